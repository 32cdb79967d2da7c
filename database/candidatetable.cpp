// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatetable.h"

#include "language.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Sailau {

namespace {

// Races per query: well under SQLite's limit of bound parameters.
constexpr int RacesPerQuery = 500;

QVariant textCell(const QVariant &value)
{
    return value.isNull() || value.toString().isEmpty() ? QVariant() : QVariant(value.toString());
}

QVariant wholeCell(const QVariant &value)
{
    return value.isNull() ? QVariant() : QVariant(value.toLongLong());
}

} // namespace

QString CandidateTable::key(Column column)
{
    switch (column) {
    case RaceId: return QStringLiteral("race_id");
    case Date: return QStringLiteral("date");
    case Region: return QStringLiteral("region");
    case Territory: return QStringLiteral("territory");
    case Name: return QStringLiteral("candidate");
    case Nomination: return QStringLiteral("nomination");
    case Votes: return QStringLiteral("votes");
    case VoteSharePublished: return QStringLiteral("vote_share_published");
    case VoteShareBasis: return QStringLiteral("vote_share_basis");
    case Elected: return QStringLiteral("elected");
    case Sex: return QStringLiteral("sex");
    case BirthYear: return QStringLiteral("birth_year");
    case Age: return QStringLiteral("age");
    case Occupation: return QStringLiteral("occupation");
    case Incumbent: return QStringLiteral("incumbent");
    case Sources: return QStringLiteral("sources");
    }
    return {};
}

QString CandidateTable::title(Column column)
{
    switch (column) {
    case RaceId: return tr("Race");
    case Date: return tr("Election day");
    case Region: return tr("Region");
    case Territory: return tr("Territory");
    case Name: return tr("Candidate");
    case Nomination: return tr("Nomination");
    case Votes: return tr("Votes");
    case VoteSharePublished: return tr("Published vote share, %");
    case VoteShareBasis: return tr("Share of");
    case Elected: return tr("Elected");
    case Sex: return tr("Sex");
    case BirthYear: return tr("Year of birth");
    case Age: return tr("Age at the election");
    case Occupation: return tr("Occupation or position");
    case Incumbent: return tr("Sitting akim");
    case Sources: return tr("Sources");
    }
    return {};
}

QStringList CandidateTable::header() const
{
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header.append(m_audience == Audience::People ? title(Column(c)) : key(Column(c)));
    return header;
}

QList<TableExport::ColumnStyle> CandidateTable::styles() const
{
    // The published share is a percent as the source wrote it (56.3), not a fraction.
    return QList<TableExport::ColumnStyle>(ColumnCount, TableExport::ColumnStyle::General);
}

QList<QVariantList> CandidateTable::rows(const QSqlDatabase &db, const QList<RaceRow> &races, QString *error) const
{
    QList<QVariantList> out;
    for (qsizetype first = 0; first < races.size(); first += RacesPerQuery) {
        if (!readPart(db, races.mid(first, RacesPerQuery), &out, error))
            return {};
    }
    return out;
}

bool CandidateTable::readPart(const QSqlDatabase &db, const QList<RaceRow> &part, QList<QVariantList> *out,
                              QString *error) const
{
    QStringList marks;
    for (qsizetype i = 0; i < part.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.race_id, c.name, c.nomination, c.self_nominated, c.votes, c.vote_share_published, "
        "c.vote_share_basis, c.elected, c.sex, c.birth_year, c.age, c.occupation, c.incumbent, "
        "p.short_name, p.name_kk, p.name_ru, p.name_en, "
        "(SELECT group_concat(s.url, ' ') FROM candidate_source cs JOIN source s ON s.id = cs.source_id "
        " WHERE cs.candidate_id = c.id) "
        "FROM candidate c LEFT JOIN party p ON p.id = c.party_id "
        "WHERE c.race_id IN (%1) ORDER BY c.race_id, c.position, c.id")
                      .arg(marks.join(QLatin1Char(','))));
    for (const RaceRow &race : part)
        query.addBindValue(race.id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    QHash<qint64, const RaceRow *> raceOf;
    for (const RaceRow &race : part)
        raceOf.insert(race.id, &race);
    QHash<qint64, QList<QVariantList>> byRace;
    while (query.next()) {
        const qint64 raceId = query.value(0).toLongLong();
        if (const RaceRow *race = raceOf.value(raceId))
            byRace[raceId].append(row(query, *race));
    }
    for (const RaceRow &race : part)
        out->append(byRace.take(race.id));
    return true;
}

QVariantList CandidateTable::row(const QSqlQuery &query, const RaceRow &race) const
{
    const QVariant share = query.value(5);
    QVariantList cells(ColumnCount);
    cells[RaceId] = query.value(0).toLongLong();
    cells[Date] = race.date;
    cells[Region] = race.region.isEmpty() ? QVariant() : QVariant(race.region);
    cells[Territory] = race.territory;
    cells[Name] = query.value(1).toString();
    cells[Nomination] = nominationCell(query);
    cells[Votes] = wholeCell(query.value(4));
    cells[VoteSharePublished] = share.isNull() ? QVariant() : QVariant(share.toDouble());
    cells[VoteShareBasis] = basisCell(query.value(6).toString());
    cells[Elected] = yesNoCell(query.value(7));
    cells[Sex] = sexCell(query.value(8).toString());
    cells[BirthYear] = wholeCell(query.value(9));
    cells[Age] = wholeCell(query.value(10));
    cells[Occupation] = textCell(query.value(11));
    cells[Incumbent] = yesNoCell(query.value(12));
    cells[Sources] = textCell(query.value(17));
    return cells;
}

QVariant CandidateTable::nominationCell(const QSqlQuery &query) const
{
    const bool people = m_audience == Audience::People;
    const QString partyShort = query.value(13).toString();
    if (!partyShort.isEmpty()) {
        return people ? localName(query.value(14).toString(), query.value(15).toString(), query.value(16).toString(),
                                  partyShort)
                      : partyShort;
    }
    if (!query.value(3).isNull() && query.value(3).toBool())
        return people ? tr("self-nominated") : QStringLiteral("self-nominated");
    return textCell(query.value(2));
}

QVariant CandidateTable::yesNoCell(const QVariant &value) const
{
    if (value.isNull())
        return {};
    if (m_audience != Audience::People)
        return value.toBool();
    return value.toBool() ? tr("yes") : tr("no");
}

QVariant CandidateTable::sexCell(const QString &sex) const
{
    if (sex.isEmpty())
        return {};
    if (m_audience != Audience::People)
        return sex;
    if (sex == QLatin1String("f"))
        return tr("female");
    if (sex == QLatin1String("m"))
        return tr("male");
    return sex;
}

QVariant CandidateTable::basisCell(const QString &basis) const
{
    if (basis.isEmpty())
        return {};
    if (m_audience != Audience::People)
        return basis;
    if (basis == QLatin1String("ballots_cast"))
        return tr("ballots cast");
    if (basis == QLatin1String("valid_votes"))
        return tr("valid votes");
    if (basis == QLatin1String("voters"))
        return tr("voters");
    return basis;
}

} // namespace Sailau
