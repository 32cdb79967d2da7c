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

Metrics Metrics::compute(const RaceFigures &race)
{
    Metrics m;
    auto setReason = [&m](Metric metric, Reason reason) { m.reasons[size_t(metric)] = reason; };

    // Turnout: ballots issued / voters (the Central Election Commission's definition); ballots
    // cast / voters where issued is unknown; the published figure where neither can be computed.
    if (race.voters && *race.voters > 0 && race.ballotsIssued) {
        m.turnout = double(*race.ballotsIssued) / double(*race.voters);
        m.turnoutBasis = TurnoutBasis::BallotsIssued;
    } else if (race.voters && *race.voters > 0 && race.ballotsCast) {
        m.turnout = double(*race.ballotsCast) / double(*race.voters);
        m.turnoutBasis = TurnoutBasis::BallotsCast;
    } else if (race.turnoutPublished) {
        m.turnout = *race.turnoutPublished / 100.0;
        m.turnoutBasis = TurnoutBasis::Published;
    } else if (!race.voters) {
        setReason(M::Turnout, R::NoVoters);
    } else if (*race.voters == 0) {
        setReason(M::Turnout, R::ZeroDenominator);
    } else {
        setReason(M::Turnout, R::NoBallots);
    }

    // Candidate votes, the winner and the runner-up.
    const auto &candidates = race.candidates;
    bool anyMark = false;
    qint64 sum = 0;
    for (const CandidateFigures &c : candidates) {
        anyMark = anyMark || c.elected.has_value();
        if (c.votes) {
            ++m.votesKnown;
            sum += *c.votes;
        }
    }
    m.candidatesListed = int(candidates.size());
    const bool allVotesKnown = !candidates.empty() && m.votesKnown == m.candidatesListed;
    if (race.candidatesRegistered)
        m.candidatesExpected = int(*race.candidatesRegistered);
    // The list is complete when the registered count says so, or (that count not given) when the
    // votes with "against all" and the invalid ballots account for every ballot cast, or when
    // whoever imported it said so. A list of only the winner, or of some candidates, is partial.
    // A registered count is never overruled.
    const bool accounted = allVotesKnown && race.ballotsCast
        && sum + race.againstAll.value_or(0) + race.invalid.value_or(0) == *race.ballotsCast;
    const bool listComplete = allVotesKnown
        && (race.candidatesRegistered ? *race.candidatesRegistered == qint64(candidates.size())
                                      : accounted || race.listDeclaredComplete);
    m.listComplete = listComplete;

    // The winner: the candidate marked elected. Where the source marks candidates elected or not,
    // the marks are the truth: no one marked elected is an unknown winner. Only where it marks
    // no one either way, and the whole list's votes are known, is the one with the most votes the
    // winner (if there is no tie).
    for (size_t i = 0; i < candidates.size(); ++i) {
        if (candidates[i].elected.value_or(false)) {
            m.winnerIndex = int(i);
            break;
        }
    }
    std::vector<qint64> votes;
    if (allVotesKnown) {
        for (const auto &c : candidates)
            votes.push_back(*c.votes);
        std::sort(votes.begin(), votes.end(), std::greater<>());
        if (m.winnerIndex < 0 && !anyMark && listComplete && (votes.size() == 1 || votes[0] > votes[1])) {
            for (size_t i = 0; i < candidates.size(); ++i) {
                if (*candidates[i].votes == votes[0]) {
                    m.winnerIndex = int(i);
                    break;
                }
            }
        }
    }
    // v1: the winner's votes; in a tie of a complete list no one marks, the largest count.
    const Count v1 = m.winnerIndex >= 0 ? candidates[size_t(m.winnerIndex)].votes
                     : listComplete && !anyMark ? Count(votes.front())
                                                : std::nullopt;

    // Valid votes V = C − I; where those are unknown, the sum of every candidate's votes and
    // "against all" (published shares use that denominator).
    if (race.ballotsCast && race.invalid) {
        m.validVotes = *race.ballotsCast - *race.invalid;
        m.validVotesBasis = ValidVotesBasis::CastMinusInvalid;
    } else if (listComplete && race.againstAll) {
        m.validVotes = sum + *race.againstAll;
        m.validVotesBasis = ValidVotesBasis::SumOfVotes;
    }
    const R validMissing = m.validVotes ? R::None
                           : (listComplete && !race.againstAll) ? R::NoAgainstAll
                           : (allVotesKnown && !listComplete) ? R::PartialList
                                                              : R::NoValidVotes;

    auto shareOfValid = [&](Metric metric, Count numerator, R numeratorMissing) -> Ratio {
        if (!m.validVotes) {
            setReason(metric, validMissing);
            return std::nullopt;
        }
        const Share s = divide(numerator, numeratorMissing, m.validVotes, R::NoValidVotes);
        setReason(metric, s.reason);
        return s.value;
    };

    // What the list lacks, for metrics that need every candidate.
    const R listMissing = candidates.empty() ? R::NoCandidateList
                          : allVotesKnown     ? R::PartialList
                                              : R::NoCandidateVotes;
    const R winnerMissing = candidates.empty()  ? R::NoCandidateList
                            : m.winnerIndex >= 0 ? R::NoCandidateVotes
                            : anyMark           ? R::NoElectedMark
                            : allVotesKnown && !listComplete ? R::PartialList
                                                             : R::NoWinner;
    m.winnerShare = shareOfValid(M::WinnerShare, v1, winnerMissing);

    if (listComplete && votes.size() < 2) {
        setReason(M::Margin, R::TooFewCandidates);
    } else if (listComplete && (m.winnerIndex >= 0 || !anyMark)) {
        m.margin = shareOfValid(M::Margin, Count(votes[0] - votes[1]), listMissing);
    } else {
        setReason(M::Margin, listComplete ? winnerMissing : listMissing);
    }

    const Count overAgainstAll = v1 && race.againstAll ? Count(*v1 - *race.againstAll) : std::nullopt;
    m.marginOverAgainstAll = shareOfValid(M::MarginOverAgainstAll, overAgainstAll,
                                          !race.againstAll ? R::NoAgainstAll : winnerMissing);

    if (listComplete) {
        m.encLaaksoTaagepera = laaksoTaagepera(votes);
        m.encGolosov = golosov(votes);
        if (!m.encLaaksoTaagepera) {
            setReason(M::EncLaaksoTaagepera, R::ZeroDenominator);
            setReason(M::EncGolosov, R::ZeroDenominator);
        }
    } else {
        setReason(M::EncLaaksoTaagepera, listMissing);
        setReason(M::EncGolosov, listMissing);
    }

    if (race.candidatesRegistered)
        m.candidates = int(*race.candidatesRegistered);
    else if (listComplete)
        m.candidates = int(candidates.size());
    else
        setReason(M::Candidates, R::NoCandidateList);

    m.againstAllShare = shareOfValid(M::AgainstAllShare, race.againstAll, R::NoAgainstAll);

    const Share invalid = divide(race.invalid, R::NoInvalid, race.ballotsCast, R::NoBallotsCast);
    m.invalidShare = invalid.value;
    setReason(M::InvalidShare, invalid.reason);

    const Share outside = divide(race.outsideStation, R::NoOutsideStation, race.ballotsCast, R::NoBallotsCast);
    m.outsideShare = outside.value;
    setReason(M::OutsideShare, outside.reason);

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
