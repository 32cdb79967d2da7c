// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwriter.h"

#include "database.h"
#include "racemetricsstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Sailau::Import {

using Sqlite::BulkInsert;
using Sqlite::SqliteStatement;

ImportWriter::~ImportWriter()
{
    // Everything is written by finish(); rows still waiting belong to an import that is rolled back.
    m_queue.drop();
    m_context.setWriteQueue(nullptr);
}

bool ImportWriter::beginBatch(const QString &fileName)
{
    QSqlQuery batch(m_context.db());
    batch.prepare(QStringLiteral("INSERT INTO import_batch (kind, file_name, sha256, imported_at) VALUES ('file', ?, '', ?)"));
    batch.addBindValue(fileName);
    batch.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!batch.exec())
        return m_context.fail(Database::explain(batch.lastError()));
    m_context.setBatchId(batch.lastInsertId().toLongLong());
    return true;
}

bool ImportWriter::prepare(sqlite3 *sqlite, qint64 fileBytes)
{
    m_sqlite = sqlite;
    if (!prepareStatements() || !readCounters())
        return false;
    // Rows are written on a thread beside the import's; a bulk write route needs SQLite built to
    // be used from more than one thread (one at a time), as Debian's is.
    if (sqlite3_threadsafe() != 0) {
        for (BulkInsert *b : {&m_newTerritories, &m_newRaces, &m_newCandidates, &m_newRaceSources, &m_metrics})
            b->setWriteQueue(&m_queue);
        m_context.setWriteQueue(&m_queue);
    }
    if (!m_context.options().dryRun && fileBytes > RebuildIndexesAboveBytes)
        return dropMetricIndexes();
    return true;
}

// The inserts say OR FAIL: any failure rolls the whole import back, so SQLite need not keep a
// journal to undo one statement (which costs more than the insert itself).
bool ImportWriter::prepareStatements()
{
    m_newRaces = BulkInsert(m_sqlite, "INSERT OR FAIL", "race", RaceRecord::columns());
    m_newCandidates = BulkInsert(m_sqlite, "INSERT OR FAIL", "candidate", CandidateRecord::columns());
    m_newTerritories = BulkInsert(m_sqlite, "INSERT OR FAIL", "territory",
                                  {"id", "parent_id", "region_id", "level", "name", "path", "search_key", "match_key",
                                   "synthetic", "batch_id"});
    m_newRaceSources = BulkInsert(m_sqlite, "INSERT OR IGNORE", "race_source", RaceSourceRecord::columns());
    m_metrics = BulkInsert(m_sqlite, "INSERT OR REPLACE", "race_metrics", RaceMetricsRow::columns());
    m_findRace = SqliteStatement(m_sqlite,
        "SELECT id, voters, ballots_issued, ballots_cast, invalid, outside_station, against_all, polling_stations, "
        "candidates_registered, turnout_published, against_all_published FROM race WHERE election_id = ? AND territory_id = ?");
    m_loadCandidates = SqliteStatement(m_sqlite,
        "SELECT id, search_key, votes, elected, 0, party_id, self_nominated FROM candidate WHERE race_id = ? ORDER BY position");
    m_insertCandidateSource = SqliteStatement(m_sqlite,
        "INSERT OR IGNORE INTO candidate_source (candidate_id, source_id) VALUES (?, ?)");
    m_candidateChange = SqliteStatement(m_sqlite,
        "INSERT OR IGNORE INTO batch_candidate_change (batch_id, candidate_id, field, old_value) VALUES (?, ?, ?, ?)");
    m_appendSearchKey = SqliteStatement(m_sqlite, "UPDATE race SET search_key = search_key || ? WHERE id = ?");
    m_shareBasis = SqliteStatement(m_sqlite, "UPDATE candidate SET vote_share_basis = ? WHERE id = ?");
    m_againstAllBasis = SqliteStatement(m_sqlite, "UPDATE race SET against_all_published_basis = ? WHERE id = ?");
    for (const SqliteStatement *st : {&m_findRace, &m_loadCandidates, &m_insertCandidateSource, &m_candidateChange,
                                      &m_appendSearchKey, &m_shareBasis, &m_againstAllBasis}) {
        if (!st->isValid())
            return m_context.fail(tr("The database is not a complete Sailau database: %1").arg(st->error()));
    }
    for (const BulkInsert *b : {&m_newRaces, &m_newCandidates, &m_newTerritories, &m_newRaceSources, &m_metrics}) {
        if (!b->isValid())
            return m_context.fail(tr("The database is not a complete Sailau database: %1")
                                      .arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite))));
    }
    return true;
}

// The import numbers what it adds itself, so that rows can be written many at a time.
bool ImportWriter::readCounters()
{
    for (auto [table, next] : {std::pair{"territory", &m_nextTerritoryId}, std::pair{"race", &m_nextRaceId},
                               std::pair{"candidate", &m_nextCandidateId}}) {
        QSqlQuery max(m_context.db());
        if (!max.exec(QStringLiteral("SELECT COALESCE(max(id), 0) FROM %1").arg(QLatin1String(table))) || !max.next())
            return m_context.fail(Database::explain(max.lastError()));
        *next = max.value(0).toLongLong();
    }
    m_candidatesBefore = m_nextCandidateId;
    return true;
}

// The metric indexes of a large import are built afresh at the end (the drop is part of the
// transaction).
bool ImportWriter::dropMetricIndexes()
{
    QSqlQuery indexes(m_context.db());
    indexes.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                "AND tbl_name = 'race_metrics' AND sql IS NOT NULL"));
    QStringList names;
    while (indexes.next()) {
        names.append(indexes.value(0).toString());
        m_metricIndexes.append(indexes.value(1).toString());
    }
    indexes.finish();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery drop(m_context.db());
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return m_context.fail(Database::explain(drop.lastError()));
    }
    return true;
}

bool ImportWriter::addTerritory(const NewTerritory &t)
{
    m_newTerritories.add(t.id).add(t.parentId);
    if (t.regionId)
        m_newTerritories.add(t.regionId);
    else
        m_newTerritories.addNull();
    m_newTerritories.add(t.level).add(t.name).add(t.path).add(t.searchKey).add(t.matchKey)
        .add(qint64(m_context.synthetic() ? 1 : 0)).add(m_context.batchId());
    return m_newTerritories.endRow();
}

bool ImportWriter::findRace(qint64 electionId, qint64 territoryId, RaceState &race, FigureSet &stored)
{
    m_context.sync();
    m_findRace.bind(1, electionId);
    m_findRace.bind(2, territoryId);
    const bool found = m_findRace.step() && m_findRace.hasRow();
    if (found) {
        race.raceId = m_findRace.columnInt(0);
        race.territoryId = territoryId;
        race.existing = true;
        race.written = true;
        for (int i = 0; i < FigureCount; ++i) {
            if (!m_findRace.columnIsNull(1 + i))
                stored[size_t(i)] = Figure::ofCount(m_findRace.columnInt(1 + i), 0, 0);
        }
        if (!m_findRace.columnIsNull(1 + FigureCount))
            stored[TurnoutSlot] = Figure::ofPercent(m_findRace.columnDouble(1 + FigureCount), 0, 0);
        if (!m_findRace.columnIsNull(2 + FigureCount))
            stored[AgainstAllShareSlot] = Figure::ofPercent(m_findRace.columnDouble(2 + FigureCount), 0, 0);
    }
    m_findRace.reset();
    return found;
}

void ImportWriter::loadCandidates(RaceState &race)
{
    m_context.sync();
    m_loadCandidates.bind(1, race.raceId);
    while (m_loadCandidates.step() && m_loadCandidates.hasRow()) {
        CandidateState c;
        c.id = m_loadCandidates.columnInt(0);
        c.keyHash = qHash(m_loadCandidates.columnText(1));
        if (!m_loadCandidates.columnIsNull(2))
            c.votesValue = m_loadCandidates.columnInt(2);
        if (!m_loadCandidates.columnIsNull(3))
            c.electedValue = m_loadCandidates.columnInt(3) != 0 ? 1 : 0;
        if (!m_loadCandidates.columnIsNull(5))
            c.partyId = m_loadCandidates.columnInt(5);
        if (!m_loadCandidates.columnIsNull(6))
            c.selfNominatedValue = m_loadCandidates.columnInt(6) != 0 ? 1 : 0;
        c.existing = c.id <= m_candidatesBefore;
        c.earlierRows = !c.existing;
        c.line = c.existing ? 0 : quint32(m_loadCandidates.columnInt(4));
        race.candidates.push_back(c);
    }
    m_loadCandidates.reset();
    race.nextPosition = qint16(race.candidates.size());
}

void ImportWriter::addRace(const RaceState &race, const QString &searchKey, bool listComplete)
{
    RaceRecord r;
    r.id = race.raceId;
    r.electionId = race.electionHandle;
    r.territoryId = race.territoryId;
    for (int slot = 0; slot < FigureCount; ++slot)
        r.counts[size_t(slot)] = race.figures[size_t(slot)].count();
    r.turnoutPublished = race.figures[TurnoutSlot].percent();
    r.againstAllPublished = race.figures[AgainstAllShareSlot].percent();
    if (const char *basis = shareBasisKey(race.againstAllBasis))
        r.againstAllBasis = QString::fromLatin1(basis);
    r.synthetic = race.synthetic;
    r.batchId = m_context.batchId();
    r.searchKey = searchKey;
    r.listComplete = listComplete;
    r.addTo(m_newRaces);
    if (!m_newRaces.endRow())
        m_context.error(race.firstLine, 0, QString(), tr("The race could not be written: %1").arg(m_newRaces.error()));
}

void ImportWriter::appendRaceSearchKey(qint64 raceId, const QString &tail)
{
    if (!m_newRaces.flush()) // the race's row may still be waiting
        m_context.error(m_context.line(), 0, QString(), m_newRaces.error());
    m_appendSearchKey.bind(1, tail);
    m_appendSearchKey.bind(2, raceId);
    if (!m_appendSearchKey.step())
        m_context.error(m_context.line(), 0, QString(), m_appendSearchKey.error());
}

void ImportWriter::addRaceSource(qint64 raceId, qint64 sourceId)
{
    RaceSourceRecord{raceId, QString(), sourceId, m_context.batchId()}.addTo(m_newRaceSources);
    if (!m_newRaceSources.endRow())
        m_context.error(m_context.line(), 0, QString(), m_newRaceSources.error());
}

bool ImportWriter::addCandidate(CandidateRecord c)
{
    c.batchId = m_context.batchId();
    c.addTo(m_newCandidates);
    if (!m_newCandidates.endRow()) {
        m_context.error(m_context.line(), 0, QString(),
                        tr("The candidate could not be written: %1").arg(m_newCandidates.error()));
        return false;
    }
    return true;
}

void ImportWriter::addCandidateSource(qint64 candidateId, qint64 sourceId)
{
    m_context.sync();
    m_insertCandidateSource.bind(1, candidateId);
    m_insertCandidateSource.bind(2, sourceId);
    if (!m_insertCandidateSource.step())
        m_context.error(m_context.line(), 0, QString(), m_insertCandidateSource.error());
}

void ImportWriter::changeCandidate(qint64 candidateId, const char *column, const QVariant &oldValue,
                                   const QVariant &newValue)
{
    m_context.sync();
    m_candidateChange.bind(1, m_context.batchId());
    m_candidateChange.bind(2, candidateId);
    m_candidateChange.bind(3, QString::fromLatin1(column));
    if (oldValue.isNull())
        m_candidateChange.bindNull(4);
    else
        m_candidateChange.bind(4, oldValue.toLongLong());
    if (!m_candidateChange.step())
        m_context.error(m_context.line(), 0, QString(), m_candidateChange.error());
    QSqlQuery q(m_context.db());
    q.prepare(QStringLiteral("UPDATE candidate SET %1 = ? WHERE id = ?").arg(QString::fromLatin1(column)));
    q.addBindValue(newValue);
    q.addBindValue(candidateId);
    if (!q.exec())
        m_context.error(m_context.line(), 0, QString(), Database::explain(q.lastError()));
}

void ImportWriter::setShareBasis(qint64 candidateId, ShareBasis basis)
{
    if (!m_newCandidates.flush()) // the candidate's row may still be waiting
        m_context.error(m_context.line(), 0, QString(), m_newCandidates.error());
    const char *key = shareBasisKey(basis);
    if (key)
        m_shareBasis.bind(1, QString::fromLatin1(key));
    else
        m_shareBasis.bindNull(1);
    m_shareBasis.bind(2, candidateId);
    if (!m_shareBasis.step())
        m_context.error(m_context.line(), 0, QString(), m_shareBasis.error());
    m_shareBasis.reset();
}

void ImportWriter::setAgainstAllBasis(qint64 raceId, ShareBasis basis)
{
    if (!m_newRaces.flush())
        m_context.error(m_context.line(), 0, QString(), m_newRaces.error());
    const char *key = shareBasisKey(basis);
    if (key)
        m_againstAllBasis.bind(1, QString::fromLatin1(key));
    else
        m_againstAllBasis.bindNull(1);
    m_againstAllBasis.bind(2, raceId);
    if (!m_againstAllBasis.step())
        m_context.error(m_context.line(), 0, QString(), m_againstAllBasis.error());
    m_againstAllBasis.reset();
}

void ImportWriter::addMetrics(qint64 raceId, const Metrics &m, const CandidateState *winner, qint64 line)
{
    RaceMetricsRow::Winner w;
    if (winner && winner->id) {
        w.id = winner->id;
        if (winner->partyId)
            w.partyId = winner->partyId;
        if (winner->selfNominatedValue >= 0)
            w.selfNominated = winner->selfNominatedValue == 1;
    }
    RaceMetricsRow::write(m_metrics, raceId, m, w);
    if (!m_metrics.endRow())
        m_context.error(line, 0, QString(), m_metrics.error());
}

bool ImportWriter::flushAll()
{
    for (BulkInsert *b : {&m_newTerritories, &m_newRaces, &m_newCandidates, &m_newRaceSources}) {
        if (!b->flush())
            return m_context.fail(b->error());
    }
    return true;
}

bool ImportWriter::finish(const std::deque<RaceState> &races, const std::vector<FigureSet> &stored,
                          const QString &sha256)
{
    if (!flushAll() || !m_metrics.flush())
        return m_context.fail(m_metrics.error());
    if (!writeFigureChanges(races, stored))
        return false;
    // The metric indexes dropped for a large import, built in one go.
    for (const QString &sql : std::as_const(m_metricIndexes)) {
        QSqlQuery create(m_context.db());
        if (!create.exec(sql))
            return m_context.fail(Database::explain(create.lastError()));
    }
    return writeBatchCounts(sha256);
}

// Figures that later rows added to races written before, with the old values of existing races
// for undo.
bool ImportWriter::writeFigureChanges(const std::deque<RaceState> &races, const std::vector<FigureSet> &storedSets)
{
    static const Figure none{};
    SqliteStatement change(m_sqlite, "INSERT OR IGNORE INTO batch_change (batch_id, race_id, field, old_value) VALUES (?, ?, ?, ?)");
    for (const RaceState &race : races) {
        if (!race.dirty)
            continue;
        for (int slot = 0; slot < SlotCount; ++slot) {
            const Figure &f = race.figures[size_t(slot)];
            const Figure &old = race.storedIndex >= 0 ? storedSets[size_t(race.storedIndex)][size_t(slot)] : none;
            if (!f.isSet() || (old.isSet() && old == f))
                continue;
            if (race.existing) {
                change.bind(1, m_context.batchId());
                change.bind(2, race.raceId);
                change.bind(3, QString::fromLatin1(RaceRecord::figureColumn(size_t(slot))));
                if (old.count())
                    change.bind(4, *old.count());
                else
                    change.bind(4, old.percent());
                if (!change.step())
                    return m_context.fail(change.error());
            }
            const QByteArray sql = QByteArray("UPDATE race SET ") + RaceRecord::figureColumn(size_t(slot)) + " = ? WHERE id = ?";
            SqliteStatement update(m_sqlite, sql.constData());
            if (f.count())
                update.bind(1, *f.count());
            else
                update.bind(1, f.percent());
            update.bind(2, race.raceId);
            if (!update.step())
                return m_context.fail(update.error());
        }
    }
    return true;
}

bool ImportWriter::writeBatchCounts(const QString &sha256)
{
    const ImportSummary &summary = m_context.report().summary;
    const ImportOptions &options = m_context.options();
    QSqlQuery counts(m_context.db());
    counts.prepare(QStringLiteral(
        "UPDATE import_batch SET rows_read = ?, races_added = ?, races_updated = ?, candidates_added = ?, "
        "territories_added = ?, kind = ?, sha256 = ? WHERE id = ?"));
    counts.addBindValue(summary.rows);
    counts.addBindValue(summary.racesNew);
    counts.addBindValue(summary.racesUpdated);
    counts.addBindValue(summary.candidatesNew);
    counts.addBindValue(summary.territoriesNew);
    counts.addBindValue(!options.batchKind.isEmpty() ? options.batchKind
                        : m_context.synthetic()     ? QStringLiteral("synthetic")
                                                     : QStringLiteral("file"));
    counts.addBindValue(sha256);
    counts.addBindValue(m_context.batchId());
    if (!counts.exec())
        return m_context.fail(Database::explain(counts.lastError()));
    return true;
}

} // namespace Sailau::Import
