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

    // The columns of "elected" and of the published share, for the problems they cause; the bases
    // the headers of the share columns name, if any.
    RaceValidator(ImportContext &context, int electedColumn, int shareColumn,
                  ShareBasis shareHint = ShareBasis::Unknown, ShareBasis againstAllHint = ShareBasis::Unknown)
        : m_context(context)
        , m_electedColumn(electedColumn)
        , m_shareColumn(shareColumn)
        , m_shareHint(shareHint)
        , m_againstAllHint(againstAllHint)
    {
    }

    // A published share fits a basis when it equals votes / denominator to within the rounding
    // of its decimals as written: half a unit of the last decimal ("45.2": 0.05 points).
    static double publishedShareTolerance(int decimals);
    struct Denominators
    {
        std::optional<qint64> ballotsCast, validVotes, voters;
    };
    // The bases (as a bit set: 1 << int(ShareBasis)) a share fits; 0 when none does.
    static int basesFitting(double share, int decimals, qint64 votes, const Denominators &d);

    struct Race
    {
        FigureSet figures{};       // the file's figures, else those stored before the import
        const std::vector<CandidateState> *candidates = nullptr;
        quint32 firstLine = 0;     // named where a figure has no line of its own
        bool listDeclaredComplete = false;
    };
    // Reports what the race breaks; its metrics (from the one implementation).
    Metrics check(const Race &race);

    // The basis of each published share of the race: the one its figures fit (the one that fits
    // every share of the race where there is one), else the one the header names; a warning for
    // a share whose votes and denominators are known and fit no basis.
    struct Bases
    {
        ShareBasis againstAll = ShareBasis::Unknown;
        std::vector<ShareBasis> candidates;  // in the order of Race::candidates
    };
    Bases recogniseBases(const Race &race, const Metrics &m);

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
    ShareBasis m_shareHint = ShareBasis::Unknown;
    ShareBasis m_againstAllHint = ShareBasis::Unknown;
};

} // namespace Sailau::Import
