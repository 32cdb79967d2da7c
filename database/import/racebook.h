// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "importcontext.h"
#include "importwriter.h"
#include "racestate.h"
#include "racevalidator.h"
#include "repeatcache.h"
#include "rowparser.h"
#include "territoryresolver.h"

#include <QPair>
#include <utility>
#include <QSet>

#include <deque>

namespace Sailau::Import {

// The races of an import as its rows come: each row placed in its election and race, its figures
// and candidate added; a race is written, checked and its metrics computed when the file moves on
// to another race.
class RaceBook
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Importer)
public:
    RaceBook(ImportContext &context, RowParser &parser, TerritoryResolver &territories, ImportWriter &writer);

    // The current row of the parser: parsed, placed and added.
    void addRow();
    // The race whose rows were read last: written, checked, its metrics computed.
    void flushRace();
    // The counts of the report's summary; the figures that later rows changed are written by finish().
    void summarize();
    bool finish(const QString &sha256);

private:
    void placeRow(int *placedRace, TerritoryRef *placedTerritory);
    void joinKnownRace(RowValues &row, TerritoryRef territory);
    qint64 ensureElection(const QDate &date, const QString &level);
    int raceFor(const QDate &date, const QString &level, TerritoryRef territory, bool synthetic);
    int newRace(qint64 election, TerritoryRef territory, bool synthetic);
    void reopen(RaceState &race);
    Metrics checkRace(RaceState &race);
    void closeRace(RaceState &race, const Metrics &m);
    void writeRace(RaceState &race);
    void setFigure(RaceState &race, int slot, const Figure &value, const QString &text);
    const Figure &storedFigure(const RaceState &race, int slot) const;
    QString levelOf(TerritoryRef territory) const;
    qint64 sourceId(const QString &url);
    QVarLengthArray<qint64, 1> addSources(RaceState &race, const QString &sourceText);
    void addCandidate(RaceState &race, const RowValues &row, const QVarLengthArray<qint64, 1> &sourceIds);
    void completeCandidate(RaceState &race, CandidateState &c, const RowValues &row);
    Catalog::Nomination nomination(const QString &text, const QDate &date);

    ImportContext &m_context;
    RowParser &m_parser;
    TerritoryResolver &m_territories;
    ImportWriter &m_writer;
    RaceValidator m_validator;
    Catalog m_catalog;

    // Elections.
    // (day, territory) → the level of its race ("" none). Keyed by numbers: a key of text made
    // per row cost 15 % of the import thread's instructions, most of it in QDate::toString
    // (callgrind, `sailau import` of 100,321 synthetic rows: 4.71 billion before, 4.00 after).
    QHash<std::pair<qint64, qint64>, QString> m_dayLevels;
    QHash<QString, qint64> m_elections;               // date|level → id (negative when new in a dry run)
    QSet<QString> m_newElections;
    QDate m_lastElectionDate;
    QString m_lastElectionLevel;
    qint64 m_lastElection = 0;
    bool m_lastElectionNew = false;
    // Nominations and sources.
    RepeatCache<Catalog::Nomination> m_nominations;   // nominations as written, for one date
    QSet<QString> m_unknownNominations;               // named in a warning already
    QDate m_nominationDate;
    QHash<QString, qint64> m_sources;
    QString m_lastSourceText;                         // the previous row's sources, all found
    QVarLengthArray<qint64, 1> m_lastSourceIds;
    // Races.
    QHash<QPair<qint64, TerritoryRef>, int> m_raceIndex; // (election, territory) → race
    std::deque<RaceState> m_races;                    // a deque: no copying as it grows
    std::vector<FigureSet> m_stored;                  // figures of existing races before the import
    int m_openRace = -1;                              // the race whose candidates' names are being collected
    int m_lastRace = -1;                              // the race added last
    QString m_searchTail;                             // the open race's new candidates' names
    QString m_raceKey;
};

} // namespace Sailau::Import
