// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importcontext.h"
#include "metrics.h"
#include "racestate.h"

#include <vector>

namespace Sailau::Import {

// The rules a race must keep once all its rows are read: parts within their wholes (ballots
// within voters, votes within the ballots cast), one winner with the most votes, published
// percentages in line with the counts. Problems name the line and column of the figure at fault.
class RaceValidator
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Importer)
public:
    // A published turnout or vote share may differ from the one computed from the counts by this
    // many percentage points (rounding) before it is a warning.
    static constexpr double PublishedPercentTolerance = 0.1;

    // The columns of "elected" and of the published share, for the problems they cause.
    RaceValidator(ImportContext &context, int electedColumn, int shareColumn)
        : m_context(context)
        , m_electedColumn(electedColumn)
        , m_shareColumn(shareColumn)
    {
    }

    struct Race
    {
        FigureSet figures{};       // the file's figures, else those stored before the import
        const std::vector<CandidateState> *candidates = nullptr;
        quint32 firstLine = 0;     // named where a figure has no line of its own
        bool listDeclaredComplete = false;
    };
    // Reports what the race breaks; its metrics (from the one implementation).
    Metrics check(const Race &race);

private:
    void checkParts(const Race &race);
    void checkCandidateVotes(const Race &race);
    void checkVoteSum(const Race &race);
    void checkWinner(const Race &race);
    void checkPublished(const Race &race, const Metrics &m);
    const Figure &figure(const Race &race, Field f) const { return race.figures[size_t(figureSlot(f))]; }
    qint64 lineOf(quint32 line, const Race &race) const { return line ? line : race.firstLine; }

    ImportContext &m_context;
    int m_electedColumn = 0;
    int m_shareColumn = 0;
};

} // namespace Sailau::Import
