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

// The candidate the query is on, as the profile counts it, at an election on day.
Person personOf(const QSqlQuery &query, const QDate &day)
{
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
    return p;
}

// Every candidate of the scope with the fields the profile counts and the race's winner. False on
// a read failure, with the query's error.
bool selectCandidates(QSqlQuery *query, const QSqlDatabase &db, const ComparisonScope &scope)
{
    QVariantList bindings;
    const QString where = Comparison::scopeCondition(db, scope, &bindings);
    query->setForwardOnly(true);
    if (!query->prepare(QStringLiteral(
            "SELECT e.date, t.region_id, c.id, c.sex, c.birth_year, c.age, c.incumbent, m.winner_id "
            "FROM candidate c JOIN race r ON r.id = c.race_id JOIN election e ON e.id = r.election_id "
            "JOIN territory t ON t.id = r.territory_id LEFT JOIN race_metrics m ON m.race_id = r.id WHERE ")
                        + where))
        return false;
    for (const QVariant &b : std::as_const(bindings))
        query->addBindValue(b);
    return query->exec();
}

// The candidates counted for the whole scope, for each of its days and for each region.
class ProfileTallies
{
public:
    explicit ProfileTallies(const QList<QDate> &days);
    // The candidate the query is on; one of a day outside the scope is left out.
    void add(const QSqlQuery &query);
    CandidateProfileSummary finish(const QSqlDatabase &db);

private:
    QList<QDate> m_days;
    QHash<QDate, int> m_dayIndex;
    std::vector<Tally> m_byDay;
    QHash<qint64, Tally> m_regions;
    Tally m_total;
};

ProfileTallies::ProfileTallies(const QList<QDate> &days)
    : m_days(days)
    , m_byDay(size_t(days.size()))
{
    for (int i = 0; i < days.size(); ++i)
        m_dayIndex.insert(days.at(i), i);
}

void ProfileTallies::add(const QSqlQuery &query)
{
    const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    const int d = m_dayIndex.value(day, -1);
    if (d < 0)
        return;
    const Person p = personOf(query, day);
    m_total.add(p);
    m_byDay[size_t(d)].add(p);
    Tally &region = m_regions[query.value(1).toLongLong()];
    region.profile.regionId = query.value(1).toLongLong();
    region.add(p);
}

CandidateProfileSummary ProfileTallies::finish(const QSqlDatabase &db)
{
    CandidateProfileSummary summary;
    summary.total = m_total.finish();
    summary.total.label = CandidateProfiles::tr("All elections");
    for (int i = 0; i < m_days.size(); ++i) {
        CandidateProfile p = m_byDay[size_t(i)].finish();
        p.day = m_days.at(i);
        p.label = p.day.toString(Qt::ISODate);
        summary.byElection.append(p);
    }
    const Store store(db);
    for (const TerritoryInfo &region : store.regions()) {
        const auto it = m_regions.find(region.id);
        if (it == m_regions.end())
            continue;
        CandidateProfile p = it->finish();
        p.label = region.displayName();
        summary.byRegion.append(p);
    }
    if (const auto it = m_regions.find(0); it != m_regions.end()) {
        CandidateProfile p = it->finish();
        p.label = CandidateProfiles::tr("no region");
        summary.byRegion.append(p);
    }
    return summary;
}

} // namespace

CandidateProfileSummary CandidateProfiles::read(const Comparison &comparison, QString *error)
{
    const QList<QDate> &days = comparison.days();
    if (days.isEmpty())
        return {};
    const QSqlDatabase db = comparison.database();
    QSqlQuery query(db);
    if (!selectCandidates(&query, db, comparison.scope())) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    ProfileTallies tallies(days);
    while (query.next())
        tallies.add(query);
    if (query.lastError().isValid()) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    return tallies.finish(db);
}

} // namespace Sailau
