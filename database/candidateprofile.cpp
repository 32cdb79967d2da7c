// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidateprofile.h"

#include "store.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace Sailau {

int AgeBands::bandOf(int age)
{
    if (age < 30)
        return 0;
    if (age >= 60)
        return Count - 1;
    return age / 10 - 2;
}

QString AgeBands::label(int band)
{
    switch (band) {
    case 0: return tr("under 30");
    case Count - 1: return tr("60 and over");
    default: return QStringLiteral("%1–%2").arg(20 + band * 10).arg(29 + band * 10);
    }
}

QString AgeBands::key(int band)
{
    switch (band) {
    case 0: return QStringLiteral("under_30");
    case Count - 1: return QStringLiteral("60_and_over");
    default: return QStringLiteral("%1_%2").arg(20 + band * 10).arg(29 + band * 10);
    }
}

namespace {

// One candidate as the profile counts it.
struct Person
{
    std::optional<bool> woman;
    std::optional<int> age;
    std::optional<bool> incumbent;
    bool winnerKnown = false;
    bool won = false;
};

// The candidates and the winners counted, with the ages kept for their medians.
struct Tally
{
    CandidateProfile profile;
    std::vector<double> ages, winnerAges;

    void add(const Person &p)
    {
        CandidateProfile &s = profile;
        ++s.candidates;
        if (p.won)
            ++s.winners;
        if (p.woman) {
            ++s.sexKnown;
            s.women += *p.woman ? 1 : 0;
            if (p.won) {
                ++s.winnersSexKnown;
                s.womenWinners += *p.woman ? 1 : 0;
            }
        }
        if (p.age) {
            ++s.ageKnown;
            ++s.ages[size_t(AgeBands::bandOf(*p.age))];
            ages.push_back(*p.age);
            if (p.won) {
                ++s.winnersAgeKnown;
                ++s.winnerAges[size_t(AgeBands::bandOf(*p.age))];
                winnerAges.push_back(*p.age);
            }
        }
        if (p.incumbent) {
            ++s.incumbencyKnown;
            if (*p.incumbent) {
                ++s.incumbents;
                if (p.winnerKnown) {
                    ++s.incumbentsWhereWinnerKnown;
                    s.incumbentsReelected += p.won ? 1 : 0;
                }
            }
        }
    }

    CandidateProfile finish()
    {
        CandidateProfile &s = profile;
        if (s.sexKnown > 0)
            s.womenShare = double(s.women) / s.sexKnown;
        if (s.winnersSexKnown > 0)
            s.womenWinnerShare = double(s.womenWinners) / s.winnersSexKnown;
        s.medianAge = Comparison::median(std::move(ages));
        s.medianWinnerAge = Comparison::median(std::move(winnerAges));
        if (s.incumbentsWhereWinnerKnown > 0)
            s.reelectionRate = double(s.incumbentsReelected) / s.incumbentsWhereWinnerKnown;
        return s;
    }
};

} // namespace

CandidateProfileSummary CandidateProfiles::read(const Comparison &comparison, QString *error)
{
    CandidateProfileSummary summary;
    const QList<QDate> &days = comparison.days();
    if (days.isEmpty())
        return summary;
    const QSqlDatabase db = comparison.database();
    QVariantList bindings;
    const QString where = Comparison::scopeCondition(db, comparison.scope(), &bindings);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT e.date, t.region_id, c.id, c.sex, c.birth_year, c.age, c.incumbent, m.winner_id "
            "FROM candidate c JOIN race r ON r.id = c.race_id JOIN election e ON e.id = r.election_id "
            "JOIN territory t ON t.id = r.territory_id LEFT JOIN race_metrics m ON m.race_id = r.id WHERE ")
                       + where)) {
        if (error)
            *error = query.lastError().text();
        return summary;
    }
    for (const QVariant &b : std::as_const(bindings))
        query.addBindValue(b);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return summary;
    }
    QHash<QDate, int> dayIndex;
    std::vector<Tally> byDay(size_t(days.size()));
    for (int i = 0; i < days.size(); ++i)
        dayIndex.insert(days.at(i), i);
    QHash<qint64, Tally> regions;
    Tally total;
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const int d = dayIndex.value(day, -1);
        if (d < 0)
            continue;
        Person p;
        const QString sex = query.value(3).toString();
        if (sex == QLatin1String("f") || sex == QLatin1String("m"))
            p.woman = sex == QLatin1String("f");
        // The age as published; else the year of the election less the year of birth. An age no
        // akim can have (a typing error in either) is not known.
        std::optional<int> age;
        if (!query.value(5).isNull())
            age = query.value(5).toInt();
        else if (!query.value(4).isNull())
            age = day.year() - query.value(4).toInt();
        if (age && *age >= 18 && *age <= 110)
            p.age = age;
        if (!query.value(6).isNull())
            p.incumbent = query.value(6).toInt() != 0;
        p.winnerKnown = !query.value(7).isNull();
        p.won = p.winnerKnown && query.value(7).toLongLong() == query.value(2).toLongLong();
        total.add(p);
        byDay[size_t(d)].add(p);
        Tally &region = regions[query.value(1).toLongLong()];
        region.profile.regionId = query.value(1).toLongLong();
        region.add(p);
    }
    if (query.lastError().isValid()) {
        if (error)
            *error = query.lastError().text();
        return summary;
    }
    summary.total = total.finish();
    summary.total.label = tr("All elections");
    for (int i = 0; i < days.size(); ++i) {
        CandidateProfile p = byDay[size_t(i)].finish();
        p.day = days.at(i);
        p.label = p.day.toString(Qt::ISODate);
        summary.byElection.append(p);
    }
    const Store store(db);
    for (const TerritoryInfo &region : store.regions()) {
        const auto it = regions.find(region.id);
        if (it == regions.end())
            continue;
        CandidateProfile p = it->finish();
        p.label = region.displayName();
        summary.byRegion.append(p);
    }
    if (const auto it = regions.find(0); it != regions.end()) {
        CandidateProfile p = it->finish();
        p.label = tr("no region");
        summary.byRegion.append(p);
    }
    return summary;
}

} // namespace Sailau
