// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importfigures.h"
#include "territoryref.h"

#include <QVarLengthArray>

#include <optional>
#include <vector>

namespace Sailau::Import {

// A candidate of a race while its rows are read.
struct CandidateState
{
    qint64 id = 0;                 // 0 in a dry run
    size_t keyHash = 0;            // of the folded name, to find repeats
    qint64 votesValue = -1;        // -1: not known
    qint64 partyId = 0;            // 0: none
    double share = -1;             // published share; < 0: not given
    quint32 line = 0;              // 0: already in the database
    quint16 votesColumn = 0;
    qint8 electedValue = -1;       // -1 not known, 0 no, 1 yes
    qint8 shareDecimals = 0;       // of the published share, as written
    qint8 selfNominatedValue = -1; // -1 not known, 0 no, 1 yes
    ShareBasis shareBasis = ShareBasis::Unknown; // recognised when the race closes
    bool existing = false;         // in the database before this import
    bool earlierRows = false;      // read back from the database: written by earlier rows of this file

    std::optional<qint64> votes() const { return votesValue >= 0 ? std::optional<qint64>(votesValue) : std::nullopt; }
    std::optional<bool> elected() const
    {
        return electedValue >= 0 ? std::optional<bool>(electedValue == 1) : std::nullopt;
    }
    void setVotes(std::optional<qint64> v) { votesValue = v ? *v : -1; }
    void setElected(std::optional<bool> e) { electedValue = e ? qint8(*e ? 1 : 0) : qint8(-1); }
};

// What the import knows of one race. Its candidates are kept only while its rows are being
// read: when the file moves on to another race, the race is checked, its metrics written and its
// candidates let go (a race whose rows come back later reads them again from the database).
struct RaceState
{
    qint64 raceId = 0;             // 0: new, not written yet (or a dry run)
    TerritoryRef territory;
    qint64 electionHandle = 0;     // >0 an election's id; <0 one a dry run would create
    qint64 territoryId = 0;        // once written
    quint32 firstLine = 0;
    int storedIndex = -1;          // existing races: their figures before the import
    bool existing = false;         // in the database before this import
    bool written = false;          // its row is in the database (existing, or inserted by this import)
    bool dirty = false;            // figures to write at the end
    bool touched = false;          // anything changed: metrics to refresh
    bool synthetic = false;
    bool closed = false;           // checked, metrics written, candidates let go
    ShareBasis againstAllBasis = ShareBasis::Unknown; // of the published "against all" share
    qint16 nextPosition = 0;       // the position the next candidate gets
    FigureSet figures{};           // from the file
    std::vector<CandidateState> candidates;              // while open; a race has a handful
    QVarLengthArray<qint64, 1> sources;                  // of the whole race
    QVarLengthArray<qint64, 1> firstSources;             // of its first row: candidates with these need no own

    CandidateState *candidate(size_t keyHash)
    {
        for (CandidateState &c : candidates) {
            if (c.keyHash == keyHash)
                return &c;
        }
        return nullptr;
    }
};

} // namespace Sailau::Import
