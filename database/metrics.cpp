// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include <algorithm>
#include <functional>

namespace Sailau {

namespace {

using M = Metrics::Metric;
using R = Metrics::Reason;

struct Share
{
    Ratio value;
    R reason = R::None;
};

Share divide(Count numerator, R numeratorMissing, Count denominator, R denominatorMissing)
{
    if (!denominator)
        return {std::nullopt, denominatorMissing};
    if (!numerator)
        return {std::nullopt, numeratorMissing};
    if (*denominator == 0)
        return {std::nullopt, R::ZeroDenominator};
    return {double(*numerator) / double(*denominator), R::None};
}

} // namespace

Ratio Metrics::laaksoTaagepera(const std::vector<qint64> &votes)
{
    double total = 0;
    for (qint64 v : votes)
        total += double(v);
    if (votes.empty() || total <= 0)
        return std::nullopt;
    double sumSquares = 0;
    for (qint64 v : votes) {
        const double p = double(v) / total;
        sumSquares += p * p;
    }
    return 1.0 / sumSquares;
}

Ratio Metrics::golosov(const std::vector<qint64> &votes)
{
    double total = 0;
    for (qint64 v : votes)
        total += double(v);
    if (votes.empty() || total <= 0)
        return std::nullopt;
    const double p1 = double(*std::max_element(votes.begin(), votes.end())) / total;
    double n = 0;
    for (qint64 v : votes) {
        const double p = double(v) / total;
        if (p > 0)
            n += p / (p + p1 * p1 - p * p);
    }
    return n;
}

namespace {

void setReason(Metrics &m, M metric, R reason)
{
    m.reasons[size_t(metric)] = reason;
}

// Turnout: ballots issued / voters (the Central Election Commission's definition); ballots
// cast / voters where issued is unknown; the published figure where neither can be computed.
void computeTurnout(Metrics &m, const RaceFigures &race)
{
    if (race.voters && *race.voters > 0 && race.ballotsIssued) {
        m.turnout = double(*race.ballotsIssued) / double(*race.voters);
        m.turnoutBasis = Metrics::TurnoutBasis::BallotsIssued;
    } else if (race.voters && *race.voters > 0 && race.ballotsCast) {
        m.turnout = double(*race.ballotsCast) / double(*race.voters);
        m.turnoutBasis = Metrics::TurnoutBasis::BallotsCast;
    } else if (race.turnoutPublished) {
        m.turnout = *race.turnoutPublished / 100.0;
        m.turnoutBasis = Metrics::TurnoutBasis::Published;
    } else if (!race.voters) {
        setReason(m, M::Turnout, R::NoVoters);
    } else if (*race.voters == 0) {
        setReason(m, M::Turnout, R::ZeroDenominator);
    } else {
        setReason(m, M::Turnout, R::NoBallots);
    }
}

// What the candidates' votes say, for the winner, the runner-up and the metrics that need
// every candidate.
struct VoteTotals
{
    bool anyMark = false;        // the source marks some candidate elected or not
    qint64 sum = 0;              // the votes that are known, added up
    bool allVotesKnown = false;  // every listed candidate's votes are known
    bool listComplete = false;   // and every candidate of the race is listed
    std::vector<qint64> votes;   // v1 ≥ v2 ≥ …, where every listed candidate's votes are known
};

// Candidate votes: how many are known, their sum, and whether the list is complete. Fills the
// counts of candidates listed, expected and with votes known, and listComplete.
VoteTotals countVotes(Metrics &m, const RaceFigures &race)
{
    const auto &candidates = race.candidates;
    VoteTotals totals;
    for (const CandidateFigures &c : candidates) {
        totals.anyMark = totals.anyMark || c.elected.has_value();
        if (c.votes) {
            ++m.votesKnown;
            totals.sum += *c.votes;
        }
    }
    m.candidatesListed = int(candidates.size());
    totals.allVotesKnown = !candidates.empty() && m.votesKnown == m.candidatesListed;
    if (race.candidatesRegistered)
        m.candidatesExpected = int(*race.candidatesRegistered);
    // The list is complete when the registered count says so, or (that count not given) when the
    // votes with "against all" and the invalid ballots account for every ballot cast, or when
    // whoever imported it said so. A list of only the winner, or of some candidates, is partial.
    // A registered count is never overruled.
    const bool accounted = totals.allVotesKnown && race.ballotsCast
        && totals.sum + race.againstAll.value_or(0) + race.invalid.value_or(0) == *race.ballotsCast;
    totals.listComplete = totals.allVotesKnown
        && (race.candidatesRegistered ? *race.candidatesRegistered == qint64(candidates.size())
                                      : accounted || race.listDeclaredComplete);
    m.listComplete = totals.listComplete;
    if (totals.allVotesKnown) {
        for (const auto &c : candidates)
            totals.votes.push_back(*c.votes);
        std::sort(totals.votes.begin(), totals.votes.end(), std::greater<>());
    }
    return totals;
}

// The winner: the candidate marked elected. Where the source marks candidates elected or not,
// the marks are the truth: no one marked elected is an unknown winner. Only where it marks
// no one either way, and the whole list's votes are known, is the one with the most votes the
// winner (if there is no tie).
void findWinner(Metrics &m, const std::vector<CandidateFigures> &candidates, const VoteTotals &totals)
{
    for (size_t i = 0; i < candidates.size(); ++i) {
        if (candidates[i].elected.value_or(false)) {
            m.winnerIndex = int(i);
            break;
        }
    }
    const std::vector<qint64> &votes = totals.votes;
    if (m.winnerIndex < 0 && !totals.anyMark && totals.listComplete && (votes.size() == 1 || votes[0] > votes[1])) {
        for (size_t i = 0; i < candidates.size(); ++i) {
            if (*candidates[i].votes == votes[0]) {
                m.winnerIndex = int(i);
                break;
            }
        }
    }
}

// v1: the winner's votes; in a tie of a complete list no one marks, the largest count.
Count winnerVotes(const Metrics &m, const std::vector<CandidateFigures> &candidates, const VoteTotals &totals)
{
    return m.winnerIndex >= 0 ? candidates[size_t(m.winnerIndex)].votes
           : totals.listComplete && !totals.anyMark ? Count(totals.votes.front())
                                                    : std::nullopt;
}

// Valid votes V = C − I; where those are unknown, the sum of every candidate's votes and
// "against all" (published shares use that denominator). Returns why V is missing, or None.
R computeValidVotes(Metrics &m, const RaceFigures &race, const VoteTotals &totals)
{
    if (race.ballotsCast && race.invalid) {
        m.validVotes = *race.ballotsCast - *race.invalid;
        m.validVotesBasis = Metrics::ValidVotesBasis::CastMinusInvalid;
    } else if (totals.listComplete && race.againstAll) {
        m.validVotes = totals.sum + *race.againstAll;
        m.validVotesBasis = Metrics::ValidVotesBasis::SumOfVotes;
    }
    return m.validVotes ? R::None
           : (totals.listComplete && !race.againstAll) ? R::NoAgainstAll
           : (totals.allVotesKnown && !totals.listComplete) ? R::PartialList
                                                            : R::NoValidVotes;
}

// Why the metrics that rest on the valid votes, on every candidate or on the winner are missing
// where they are.
struct MissingInputs
{
    R validVotes = R::None;
    R list = R::None;
    R winner = R::None;
};

MissingInputs missingInputs(const Metrics &m, const RaceFigures &race, const VoteTotals &totals, R validMissing)
{
    MissingInputs missing;
    missing.validVotes = validMissing;
    // What the list lacks, for metrics that need every candidate.
    missing.list = race.candidates.empty() ? R::NoCandidateList
                   : totals.allVotesKnown  ? R::PartialList
                                           : R::NoCandidateVotes;
    missing.winner = race.candidates.empty()  ? R::NoCandidateList
                     : m.winnerIndex >= 0    ? R::NoCandidateVotes
                     : totals.anyMark        ? R::NoElectedMark
                     : totals.allVotesKnown && !totals.listComplete ? R::PartialList
                                                                    : R::NoWinner;
    return missing;
}

// A share of the valid votes: missing where V is (for V's reason), else as divide() has it.
Ratio shareOfValid(Metrics &m, const MissingInputs &missing, M metric, const Count &numerator, R numeratorMissing)
{
    if (!m.validVotes) {
        setReason(m, metric, missing.validVotes);
        return std::nullopt;
    }
    const Share s = divide(numerator, numeratorMissing, m.validVotes, R::NoValidVotes);
    setReason(m, metric, s.reason);
    return s.value;
}

// The winner's share, the margin of victory and the margin over "against all".
void computeWinnerShares(Metrics &m, const RaceFigures &race, const VoteTotals &totals, const MissingInputs &missing)
{
    const Count v1 = winnerVotes(m, race.candidates, totals);
    m.winnerShare = shareOfValid(m, missing, M::WinnerShare, v1, missing.winner);

    if (totals.listComplete && totals.votes.size() < 2) {
        setReason(m, M::Margin, R::TooFewCandidates);
    } else if (totals.listComplete && (m.winnerIndex >= 0 || !totals.anyMark)) {
        m.margin = shareOfValid(m, missing, M::Margin, Count(totals.votes[0] - totals.votes[1]), missing.list);
    } else {
        setReason(m, M::Margin, totals.listComplete ? missing.winner : missing.list);
    }

    const Count overAgainstAll = v1 && race.againstAll ? Count(*v1 - *race.againstAll) : std::nullopt;
    m.marginOverAgainstAll = shareOfValid(m, missing, M::MarginOverAgainstAll, overAgainstAll,
                                          !race.againstAll ? R::NoAgainstAll : missing.winner);
}

// The effective numbers of candidates, of a complete list only.
void computeEnc(Metrics &m, const VoteTotals &totals, const MissingInputs &missing)
{
    if (totals.listComplete) {
        m.encLaaksoTaagepera = Metrics::laaksoTaagepera(totals.votes);
        m.encGolosov = Metrics::golosov(totals.votes);
        if (!m.encLaaksoTaagepera) {
            setReason(m, M::EncLaaksoTaagepera, R::ZeroDenominator);
            setReason(m, M::EncGolosov, R::ZeroDenominator);
        }
    } else {
        setReason(m, M::EncLaaksoTaagepera, missing.list);
        setReason(m, M::EncGolosov, missing.list);
    }
}

// The candidates of the race: the registered count, else the length of a complete list.
void countCandidates(Metrics &m, const RaceFigures &race, const VoteTotals &totals)
{
    if (race.candidatesRegistered)
        m.candidates = int(*race.candidatesRegistered);
    else if (totals.listComplete)
        m.candidates = int(race.candidates.size());
    else
        setReason(m, M::Candidates, R::NoCandidateList);
}

// "Against all" of the valid votes; invalid ballots and ballots cast outside the station of the
// ballots cast.
void computeBallotShares(Metrics &m, const RaceFigures &race, const MissingInputs &missing)
{
    m.againstAllShare = shareOfValid(m, missing, M::AgainstAllShare, race.againstAll, R::NoAgainstAll);

    const Share invalid = divide(race.invalid, R::NoInvalid, race.ballotsCast, R::NoBallotsCast);
    m.invalidShare = invalid.value;
    setReason(m, M::InvalidShare, invalid.reason);

    const Share outside = divide(race.outsideStation, R::NoOutsideStation, race.ballotsCast, R::NoBallotsCast);
    m.outsideShare = outside.value;
    setReason(m, M::OutsideShare, outside.reason);
}

} // namespace

Metrics Metrics::compute(const RaceFigures &race)
{
    Metrics m;
    computeTurnout(m, race);
    // Candidate votes, the winner and the runner-up.
    const VoteTotals totals = countVotes(m, race);
    findWinner(m, race.candidates, totals);
    const R validMissing = computeValidVotes(m, race, totals);
    const MissingInputs missing = missingInputs(m, race, totals, validMissing);
    computeWinnerShares(m, race, totals, missing);
    computeEnc(m, totals, missing);
    countCandidates(m, race, totals);
    computeBallotShares(m, race, missing);
    return m;
}

std::optional<double> Metrics::value(Metric metric) const
{
    switch (metric) {
    case M::Turnout: return turnout;
    case M::WinnerShare: return winnerShare;
    case M::Margin: return margin;
    case M::MarginOverAgainstAll: return marginOverAgainstAll;
    case M::EncLaaksoTaagepera: return encLaaksoTaagepera;
    case M::EncGolosov: return encGolosov;
    case M::Candidates: return candidates ? std::optional<double>(*candidates) : std::nullopt;
    case M::AgainstAllShare: return againstAllShare;
    case M::InvalidShare: return invalidShare;
    case M::OutsideShare: return outsideShare;
    }
    return std::nullopt;
}

quint64 Metrics::packedReasons() const
{
    quint64 packed = 0;
    for (int i = 0; i < MetricCount; ++i)
        packed |= quint64(quint8(reasons[size_t(i)]) & 0xF) << (4 * i);
    return packed;
}

std::array<Metrics::Reason, Metrics::MetricCount> Metrics::unpackReasons(quint64 packed)
{
    std::array<Reason, MetricCount> out{};
    for (int i = 0; i < MetricCount; ++i)
        out[size_t(i)] = Reason((packed >> (4 * i)) & 0xF);
    return out;
}

QString Metrics::describe(Reason reason)
{
    switch (reason) {
    case R::None: return {};
    case R::NoVoters: return tr("voters on the lists are not known");
    case R::NoBallots: return tr("neither ballots issued nor ballots cast are known");
    case R::NoBallotsCast: return tr("ballots cast are not known");
    case R::NoInvalid: return tr("invalid ballots are not known");
    case R::NoValidVotes: return tr("valid votes are not known");
    case R::NoCandidateVotes: return tr("some candidates' votes are not known");
    case R::NoAgainstAll: return tr("votes \"against all\" are not known");
    case R::NoOutsideStation: return tr("ballots cast outside the polling station are not known");
    case R::NoWinner: return tr("the winner is not known");
    case R::TooFewCandidates: return tr("fewer than two candidates");
    case R::NoCandidateList: return tr("the full list of candidates is not known");
    case R::ZeroDenominator: return tr("the denominator is zero");
    case R::PartialList: return tr("only some candidates' votes are known: the list is not known to be complete");
    case R::NoElectedMark: return tr("the source marks no candidate elected");
    }
    return {};
}

QString Metrics::explain(Metric metric) const
{
    const Reason r = reason(metric);
    if (r != R::PartialList && r != R::NoCandidateVotes)
        return describe(r);
    const int expected = std::max(candidatesExpected.value_or(0), candidatesListed);
    if (expected > votesKnown)
        return tr("only %1 of %n candidates' votes are known", nullptr, expected).arg(votesKnown);
    return tr("only %n candidate(s)' votes are known, and neither the registered count nor the ballots show that "
              "the list is complete", nullptr, votesKnown);
}

QString Metrics::describe(TurnoutBasis basis)
{
    switch (basis) {
    case TurnoutBasis::None: return {};
    case TurnoutBasis::BallotsIssued: return tr("ballots issued ÷ voters on the lists");
    case TurnoutBasis::BallotsCast: return tr("ballots cast ÷ voters on the lists (ballots issued not known)");
    case TurnoutBasis::Published: return tr("as published (the counts are not known)");
    }
    return {};
}

QString Metrics::name(Metric metric)
{
    switch (metric) {
    case M::Turnout: return tr("Turnout");
    case M::WinnerShare: return tr("Winner's share");
    case M::Margin: return tr("Margin of victory");
    case M::MarginOverAgainstAll: return tr("Margin over \"against all\"");
    case M::EncLaaksoTaagepera: return tr("Effective number of candidates (Laakso–Taagepera)");
    case M::EncGolosov: return tr("Effective number of candidates (Golosov)");
    case M::Candidates: return tr("Candidates");
    case M::AgainstAllShare: return tr("\"Against all\" share");
    case M::InvalidShare: return tr("Invalid ballots share");
    case M::OutsideShare: return tr("Share cast outside the station");
    }
    return {};
}

QString Metrics::key(Metric metric)
{
    switch (metric) {
    case M::Turnout: return QStringLiteral("turnout");
    case M::WinnerShare: return QStringLiteral("winner_share");
    case M::Margin: return QStringLiteral("margin");
    case M::MarginOverAgainstAll: return QStringLiteral("margin_over_against_all");
    case M::EncLaaksoTaagepera: return QStringLiteral("enc_laakso_taagepera");
    case M::EncGolosov: return QStringLiteral("enc_golosov");
    case M::Candidates: return QStringLiteral("candidates");
    case M::AgainstAllShare: return QStringLiteral("against_all_share");
    case M::InvalidShare: return QStringLiteral("invalid_share");
    case M::OutsideShare: return QStringLiteral("outside_share");
    }
    return {};
}

bool Metrics::isShare(Metric metric)
{
    return metric != M::EncLaaksoTaagepera && metric != M::EncGolosov && metric != M::Candidates;
}

} // namespace Sailau
