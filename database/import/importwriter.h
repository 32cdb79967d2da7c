// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importcontext.h"
#include "metrics.h"
#include "racestate.h"
#include "sqlite/sqlitestatement.h"
#include "tablerows.h"

#include <deque>

namespace Sailau::Import {

// Writes what an import adds: its batch, territories, races, candidates, sources and metrics,
// many rows to a statement, numbering the rows itself. Every write is inside the import's one
// transaction; problems are reported in the context.
class ImportWriter
{
    using SqliteStatement = Sqlite::SqliteStatement;
    using BulkInsert = Sqlite::BulkInsert;

    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Importer)
public:
    // Above this size a file adds so many races that the metric indexes are dropped and built
    // again at the end: one sort instead of as many scattered inserts.
    static constexpr qint64 RebuildIndexesAboveBytes = 32 * 1024 * 1024;

    explicit ImportWriter(ImportContext &context) : m_context(context) {}
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    // The import's batch row (not in a dry run); its id goes into the context.
    bool beginBatch(const QString &fileName);
    // The statements, the id counters, and (for a file of more than RebuildIndexesAboveBytes) the
    // dropped metric indexes.
    bool prepare(sqlite3 *sqlite, qint64 fileBytes);

    struct NewTerritory
    {
        qint64 id;
        qint64 parentId;
        qint64 regionId;           // 0: none
        QString level, name, path, searchKey, matchKey;
    };
    qint64 newTerritoryId() { return ++m_nextTerritoryId; }
    bool addTerritory(const NewTerritory &t);
    bool flushTerritories() { return m_newTerritories.flush(); }
    QString territoryError() const { return m_newTerritories.error(); }

    // An existing race of the election in the territory: its id, its figures, its candidates.
    bool findRace(qint64 electionId, qint64 territoryId, RaceState &race, FigureSet &stored);
    void loadCandidates(RaceState &race);
    qint64 newRaceId() { return ++m_nextRaceId; }
    void addRace(const RaceState &race, const QString &searchKey, bool listComplete);
    void appendRaceSearchKey(qint64 raceId, const QString &tail);
    void addRaceSource(qint64 raceId, qint64 sourceId);

    qint64 newCandidateId() { return ++m_nextCandidateId; }
    // The candidate's row (its id from newCandidateId(), the batch filled in here).
    bool addCandidate(CandidateRecord c);
    void addCandidateSource(qint64 candidateId, qint64 sourceId);
    // Changes one figure of a candidate already in the database, keeping its old value for undo.
    void changeCandidate(qint64 candidateId, const char *column, const QVariant &oldValue, const QVariant &newValue);

    // The basis recognised for a published share, once the race's rows are read.
    void setShareBasis(qint64 candidateId, ShareBasis basis);
    void setAgainstAllBasis(qint64 raceId, ShareBasis basis);

    // The race's metrics, with its winner (nullptr where none is known) and the winner's nomination.
    void addMetrics(qint64 raceId, const Metrics &m, const CandidateState *winner, qint64 line);

    // Writes the rows still waiting.
    bool flushAll();
    // The end of the import: the rows still waiting, figures that later rows changed (with the
    // old values of existing races for undo), the indexes dropped, the batch's counts.
    bool finish(const std::deque<RaceState> &races, const std::vector<FigureSet> &stored, const QString &sha256);

private:
    bool prepareStatements();
    bool readCounters();
    bool dropMetricIndexes();
    bool writeFigureChanges(const std::deque<RaceState> &races, const std::vector<FigureSet> &stored);
    bool writeBatchCounts(const QString &sha256);

    ImportContext &m_context;
    sqlite3 *m_sqlite = nullptr;
    SqliteStatement m_findRace, m_insertCandidateSource, m_candidateChange, m_loadCandidates, m_appendSearchKey,
        m_shareBasis, m_againstAllBasis;
    BulkInsert m_newTerritories, m_newRaces, m_newCandidates, m_newRaceSources, m_metrics;
    QStringList m_metricIndexes;                      // dropped for a large import, built again at the end
    qint64 m_nextTerritoryId = 0;
    qint64 m_nextRaceId = 0;
    qint64 m_nextCandidateId = 0;
    qint64 m_candidatesBefore = 0;                    // candidate ids up to this were there before
    // Last, so that it goes first: the rows it still holds are dropped before the inserts go.
    Sqlite::WriteQueue m_queue;
};

} // namespace Sailau::Import
