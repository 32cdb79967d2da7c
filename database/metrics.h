// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>
#include <vector>

namespace Sailau {

using Count = std::optional<qint64>;
using Ratio = std::optional<double>;

// What is known of one candidate for the metrics. "Against all" is not a candidate: it is a race
// figure (RaceFigures::againstAll).
struct CandidateFigures
{
    Count votes;
    std::optional<bool> elected;
};

// The stored figures of one race; every one may be unknown.
struct RaceFigures
{
    Count voters;            // E, voters on the lists
    Count ballotsIssued;     // B
    Count ballotsCast;       // C
    Count invalid;           // I
    Count outsideStation;    // ballots cast outside the polling station
    Count againstAll;        // A
    Count pollingStations;
    Count candidatesRegistered;
    Ratio turnoutPublished;  // percent, as published
    // The list of candidates is complete by the word of whoever imported it (race.candidate_list_complete);
    // otherwise it is complete only where the registered count or the ballots show it.
    bool listDeclaredComplete = false;
    std::vector<CandidateFigures> candidates;
};

// Sailau's single implementation of the race metrics (DESIGN.md, "Metrics"). Tables, charts,
// exports and the command line all read these values.
class Metrics
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Metrics)
public:
    enum class Metric {
        Turnout,
        WinnerShare,
        Margin,
        MarginOverAgainstAll,
        EncLaaksoTaagepera,
        EncGolosov,
        Candidates,
        AgainstAllShare,
        InvalidShare,
        OutsideShare,
    };
    static constexpr int MetricCount = 10;

    // Why a metric is missing: the input that is not known.
    enum class Reason : quint8 {
        None = 0,
        NoVoters,
        NoBallots,          // neither ballots issued nor ballots cast
        NoBallotsCast,
        NoInvalid,
        NoValidVotes,       // neither cast − invalid nor every candidate's votes with "against all"
        NoCandidateVotes,   // some candidate's votes are not known
        NoAgainstAll,
        NoOutsideStation,
        NoWinner,           // no candidate is marked elected and the votes do not tell
        TooFewCandidates,   // fewer than two candidates: no margin
        NoCandidateList,    // the list of candidates is not known to be complete
        ZeroDenominator,
        PartialList,        // every listed candidate's votes are known, but not every candidate is listed
        NoElectedMark,      // the source marks candidates elected or not, and none elected
    };

    enum class TurnoutBasis : quint8 { None = 0, BallotsIssued, BallotsCast, Published };
    enum class ValidVotesBasis : quint8 { None = 0, CastMinusInvalid, SumOfVotes };

    Ratio turnout;              // 0…1
    TurnoutBasis turnoutBasis = TurnoutBasis::None;
    Count validVotes;           // V
    ValidVotesBasis validVotesBasis = ValidVotesBasis::None;
    Ratio winnerShare;
    Ratio margin;
    Ratio marginOverAgainstAll;
    Ratio encLaaksoTaagepera;
    Ratio encGolosov;
    std::optional<int> candidates;
    Ratio againstAllShare;
    Ratio invalidShare;
    Ratio outsideShare;
    int winnerIndex = -1;       // into RaceFigures::candidates; -1 when not known
    bool listComplete = false;  // every candidate of the race is listed with their votes
    int votesKnown = 0;         // candidates whose votes are known
    int candidatesListed = 0;   // candidates the source lists
    std::optional<int> candidatesExpected; // registered candidates, where known
    std::array<Reason, MetricCount> reasons{};

    static Metrics compute(const RaceFigures &race);

    std::optional<double> value(Metric metric) const;
    Reason reason(Metric metric) const { return reasons[size_t(metric)]; }

    // All reasons packed into one integer (4 bits per metric) for storage, and back.
    quint64 packedReasons() const;
    static std::array<Reason, MetricCount> unpackReasons(quint64 packed);

    // Effective numbers of candidates from a list of vote counts (all known).
    static Ratio laaksoTaagepera(const std::vector<qint64> &votes);
    static Ratio golosov(const std::vector<qint64> &votes);

    // For people: "voters on the lists are not known" …, and the metric names.
    static QString describe(Reason reason);
    // The reason a metric is missing, with this race's counts where they say more
    // ("only 1 of 3 candidates' votes are known").
    QString explain(Metric metric) const;
    static QString describe(TurnoutBasis basis);
    static QString name(Metric metric);
    static QString key(Metric metric);           // stable identifier: "turnout", "winner_share" …
    static bool isShare(Metric metric);          // shown as a percentage
};

} // namespace Sailau
