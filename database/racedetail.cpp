// SPDX-License-Identifier: GPL-3.0-or-later
// Store::race(): one race as the detail panel, the charts and the exports show it, with its
// election, territory, candidates, sources and the import that wrote it.
#include "store.h"

#include "language.h"
#include "racemetricsstore.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Sailau {

namespace {

// When the import ran: "2026-12-04 15:30:00" (SQLite's datetime()) or ISO 8601 with a T.
QDateTime importTime(QString at)
{
    if (at.size() > 10 && at.at(10) == QLatin1Char(' '))
        at[10] = QLatin1Char('T');
    return QDateTime::fromString(at, Qt::ISODate);
}

// One candidate's row of readCandidates().
CandidateInfo readCandidate(const QSqlQuery &query)
{
    CandidateInfo c;
    c.id = query.value(0).toLongLong();
    c.name = query.value(1).toString();
    c.nomination = query.value(2).toString();
    if (!query.value(3).isNull())
        c.selfNominated = query.value(3).toBool();
    c.votes = countOf(query.value(4));
    c.voteSharePublished = ratioOf(query.value(5));
    if (!query.value(6).isNull())
        c.elected = query.value(6).toBool();
    c.partyShort = query.value(7).toString();
    c.partyName = localName(query.value(8).toString(), query.value(9).toString(),
                            query.value(10).toString(), c.partyShort);
    c.partyColour = query.value(11).toString();
    c.sources = query.value(12).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    c.voteShareBasis = query.value(13).toString();
    c.sex = query.value(14).toString();
    if (!query.value(15).isNull())
        c.birthYear = query.value(15).toInt();
    if (!query.value(16).isNull())
        c.age = query.value(16).toInt();
    c.occupation = query.value(17).toString();
    if (!query.value(18).isNull())
        c.incumbent = query.value(18).toBool();
    return c;
}

// The race's candidates in the order of the source, into the detail and its figures.
void readCandidates(const QSqlDatabase &db, qint64 raceId, RaceDetail *d)
{
    QSqlQuery candidates(db);
    candidates.prepare(QStringLiteral(
        "SELECT c.id, c.name, c.nomination, c.self_nominated, c.votes, c.vote_share_published, c.elected, "
        "p.short_name, p.name_kk, p.name_ru, p.name_en, p.colour, "
        "(SELECT group_concat(s.url, char(10)) FROM candidate_source cs JOIN source s ON s.id = cs.source_id "
        " WHERE cs.candidate_id = c.id), "
        "c.vote_share_basis, c.sex, c.birth_year, c.age, c.occupation, c.incumbent "
        "FROM candidate c LEFT JOIN party p ON p.id = c.party_id WHERE c.race_id = ? ORDER BY c.position, c.id"));
    candidates.addBindValue(raceId);
    candidates.exec();
    while (candidates.next()) {
        const CandidateInfo c = readCandidate(candidates);
        d->figures.candidates.push_back({c.votes, c.elected});
        d->candidates.append(c);
    }
}

// The sources of the race as a whole and of its figures.
QList<SourceInfo> readSources(const QSqlDatabase &db, qint64 raceId)
{
    QList<SourceInfo> list;
    QSqlQuery sources(db);
    sources.prepare(QStringLiteral(
        "SELECT s.url, rs.field FROM race_source rs JOIN source s ON s.id = rs.source_id "
        "WHERE rs.race_id = ? ORDER BY rs.field, s.id"));
    sources.addBindValue(raceId);
    sources.exec();
    while (sources.next())
        list.append({sources.value(0).toString(), sources.value(1).toString()});
    return list;
}

} // namespace

QString CandidateInfo::nominationLabel() const
{
    if (!partyShort.isEmpty())
        return partyName.isEmpty() ? partyShort : partyName;
    if (selfNominated.value_or(false))
        return QCoreApplication::translate("Sailau::Store", "self-nominated");
    return nomination;
}

QStringList RaceDetail::sourcesFor(const QString &field) const
{
    QStringList urls;
    for (const SourceInfo &s : sources) {
        if (s.field == field && !urls.contains(s.url))
            urls.append(s.url);
    }
    if (urls.isEmpty() && !field.isEmpty())
        return sourcesFor(QString());
    return urls;
}

std::optional<RaceDetail> Store::race(qint64 raceId) const
{
    QSqlQuery query(m_db);
    // The race's figures first (columns 0 to 8).
    query.prepare(QStringLiteral("SELECT ") + raceFigureColumns() + QStringLiteral(
        ", r.synthetic, "
        "e.date, e.level, e.kind, e.title_kk, e.title_ru, e.title_en, b.file_name, b.kind, r.territory_id, b.imported_at, "
        "r.candidate_list_complete, r.against_all_published, r.against_all_published_basis "
        "FROM race r JOIN election e ON e.id = r.election_id "
        "LEFT JOIN import_batch b ON b.id = r.batch_id WHERE r.id = ?"));
    query.addBindValue(raceId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    RaceDetail d;
    d.id = raceId;
    d.figures = readRaceFigures(query, 0, 20);
    d.againstAllPublished = ratioOf(query.value(21));
    d.againstAllPublishedBasis = query.value(22).toString();
    d.synthetic = query.value(9).toBool();
    d.date = QDate::fromString(query.value(10).toString(), Qt::ISODate);
    d.level = query.value(11).toString();
    d.kind = query.value(12).toString();
    d.electionTitle = localName(query.value(13).toString(), query.value(14).toString(),
                                query.value(15).toString(), query.value(15).toString());
    d.batchFile = query.value(16).toString();
    d.batchKind = query.value(17).toString();
    d.batchImportedAt = importTime(query.value(19).toString());
    const qint64 territoryId = query.value(18).toLongLong();
    if (const auto t = territory(territoryId))
        d.territory = *t;
    if (const auto r = regionOf(territoryId))
        d.region = *r;

    readCandidates(m_db, raceId, &d);
    d.metrics = Metrics::compute(d.figures);
    d.sources = readSources(m_db, raceId);
    return d;
}

} // namespace Sailau
