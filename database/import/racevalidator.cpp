// SPDX-License-Identifier: GPL-3.0-or-later
#include "racevalidator.h"

#include <algorithm>
#include <cmath>

namespace Sailau::Import {

Metrics RaceValidator::check(const Race &race)
{
    checkParts(race);
    checkCandidateVotes(race);
    checkVoteSum(race);
    checkWinner(race);

    RaceFigures rf;
    auto count = [&](Field f) { return figure(race, f).count(); };
    rf.voters = count(Field::Voters);
    rf.ballotsIssued = count(Field::BallotsIssued);
    rf.ballotsCast = count(Field::BallotsCast);
    rf.invalid = count(Field::Invalid);
    rf.outsideStation = count(Field::OutsideStation);
    rf.againstAll = count(Field::AgainstAll);
    rf.pollingStations = count(Field::PollingStations);
    rf.candidatesRegistered = count(Field::CandidatesRegistered);
    rf.turnoutPublished = figure(race, Field::TurnoutPublished).percent();
    rf.listDeclaredComplete = race.listDeclaredComplete;
    rf.candidates.reserve(race.candidates->size());
    for (const CandidateState &c : *race.candidates)
        rf.candidates.push_back({c.votes(), c.elected()});
    const Metrics m = Metrics::compute(rf);
    checkPublished(race, m);
    return m;
}

// Ballots issued and cast within the voters; invalid and "against all" within the ballots cast.
void RaceValidator::checkParts(const Race &race)
{
    auto exceeds = [&](Field partField, Field wholeField) {
        const Figure &part = figure(race, partField);
        const Figure &whole = figure(race, wholeField);
        if (part.count() && whole.count() && *part.count() > *whole.count())
            m_context.error(lineOf(part.line, race), part.column, QString::number(*part.count()),
                  tr("\"%1\" (%2) exceed \"%3\" (%4) in this race.")
                      .arg(Fields::label(partField)).arg(*part.count())
                      .arg(Fields::label(wholeField)).arg(*whole.count()));
    };
    exceeds(Field::BallotsIssued, Field::Voters);
    exceeds(Field::BallotsCast, Field::Voters);
    exceeds(Field::Invalid, Field::BallotsCast);
    exceeds(Field::AgainstAll, Field::BallotsCast);
}

// Votes fit in the ballots cast; where those are not given, in the ballots issued, else in the
// voters on the lists.
void RaceValidator::checkCandidateVotes(const Race &race)
{
    const Figure &voters = figure(race, Field::Voters);
    const Figure &issued = figure(race, Field::BallotsIssued);
    const Figure &cast = figure(race, Field::BallotsCast);
    for (const CandidateState &c : *race.candidates) {
        if (!c.votes())
            continue;
        const qint64 votes = *c.votes();
        const qint64 line = lineOf(c.line, race);
        if (cast.count() && votes > *cast.count())
            m_context.error(line, c.votesColumn, QString::number(votes),
                  tr("A candidate's votes (%1) exceed the ballots cast (%2) in this race.").arg(votes).arg(*cast.count()));
        else if (!cast.count() && issued.count() && votes > *issued.count())
            m_context.error(line, c.votesColumn, QString::number(votes),
                  tr("A candidate's votes (%1) exceed the ballots issued (%2) in this race.").arg(votes).arg(*issued.count()));
        else if (!cast.count() && !issued.count() && voters.count() && votes > *voters.count())
            m_context.error(line, c.votesColumn, QString::number(votes),
                  tr("A candidate's votes (%1) exceed the voters on the lists (%2) in this race.").arg(votes).arg(*voters.count()));
    }
}

// The candidates' votes and "against all" together fit in the valid ballots (cast less invalid;
// the ballots cast where the invalid ones are not given). The row named is the one whose votes
// made the sum pass them.
void RaceValidator::checkVoteSum(const Race &race)
{
    const Figure &cast = figure(race, Field::BallotsCast);
    const Figure &invalid = figure(race, Field::Invalid);
    const Figure &againstAll = figure(race, Field::AgainstAll);
    if (!cast.count())
        return;
    const qint64 valid = *cast.count() - invalid.count().value_or(0);
    qint64 sum = againstAll.count().value_or(0);
    for (const CandidateState &c : *race.candidates) {
        if (!c.votes())
            continue;
        sum += *c.votes();
        if (sum <= valid || *c.votes() > *cast.count())
            continue;
        qint64 total = againstAll.count().value_or(0);
        for (const CandidateState &other : *race.candidates)
            total += other.votes().value_or(0);
        const QString whole = invalid.count()
            ? tr("the %1 valid ballots (%2 cast less %3 invalid)").arg(valid).arg(*cast.count()).arg(*invalid.count())
            : tr("the %1 ballots cast").arg(valid);
        m_context.error(lineOf(c.line, race), c.votesColumn, QString::number(*c.votes()),
              againstAll.count()
                  ? tr("The votes of this race's candidates and \"against all\" add up to %1, more than %2: "
                       "a figure is wrong.").arg(total).arg(whole)
                  : tr("The votes of this race's candidates add up to %1, more than %2: a figure is wrong.")
                        .arg(total).arg(whole));
        break;
    }
}

// One winner, with the most votes: akims are elected by a plurality of the votes in one round (a
// repeat election is a race of its own), so there is no second round in which a candidate with
// fewer first-round votes could win.
void RaceValidator::checkWinner(const Race &race)
{
    QList<qint64> winners;
    const CandidateState *winner = nullptr;
    for (const CandidateState &c : *race.candidates) {
        if (c.elected().value_or(false)) {
            winners.append(c.line);
            winner = &c;
        }
    }
    if (winners.size() == 1 && winner->votes()) {
        for (const CandidateState &c : *race.candidates) {
            if (&c != winner && c.votes() && *c.votes() > *winner->votes()) {
                const qint64 line = winner->line ? winner->line : lineOf(c.line, race);
                m_context.error(line, m_electedColumn, QString(),
                      c.line ? tr("This candidate is marked elected with %1 votes, fewer votes than the candidate on "
                                  "line %2 (%3): the winner is the candidate with the most votes.")
                                   .arg(*winner->votes()).arg(c.line).arg(*c.votes())
                             : tr("This candidate is marked elected with %1 votes, fewer votes than a candidate "
                                  "already in the database (%2): the winner is the candidate with the most votes.")
                                   .arg(*winner->votes()).arg(*c.votes()));
                break;
            }
        }
    }
    if (winners.size() > 1) {
        QStringList lines;
        bool stored = false; // one of them is already in the database
        for (qint64 l : std::as_const(winners)) {
            if (l)
                lines.append(QString::number(l));
            else
                stored = true;
        }
        const QString list = lines.join(QStringLiteral(", "));
        m_context.error(winners.last() ? winners.last() : race.firstLine, m_electedColumn, QString(),
              stored ? tr("Two winners in one race: one already in the database and %n more on line(s) %1. A race "
                          "elects one akim.", nullptr, int(lines.size())).arg(list)
                     : tr("Two winners in one race (lines %1): a race elects one akim.").arg(list));
    }
}

// Published percentages against the counts.
void RaceValidator::checkPublished(const Race &race, const Metrics &m)
{
    const Figure &published = figure(race, Field::TurnoutPublished);
    if (published.percent() && published.line && m.turnout && m.turnoutBasis != Metrics::TurnoutBasis::Published
        && std::abs(*published.percent() - *m.turnout * 100.0) > PublishedPercentTolerance)
        m_context.warning(published.line, published.column, QString::number(*published.percent()),
                tr("The published turnout %1% disagrees with the counts (%2%).")
                    .arg(*published.percent()).arg(*m.turnout * 100.0, 0, 'f', 2));
}

double RaceValidator::publishedShareTolerance(int decimals)
{
    return 0.5 * std::pow(10.0, -std::clamp(decimals, 0, 6)) + 1e-9;
}

int RaceValidator::basesFitting(double share, int decimals, qint64 votes, const Denominators &d)
{
    const double tolerance = publishedShareTolerance(decimals);
    int fits = 0;
    auto test = [&](ShareBasis basis, const std::optional<qint64> &denominator) {
        if (denominator && *denominator > 0 && std::abs(share - 100.0 * double(votes) / double(*denominator)) <= tolerance)
            fits |= 1 << int(basis);
    };
    test(ShareBasis::BallotsCast, d.ballotsCast);
    test(ShareBasis::ValidVotes, d.validVotes);
    test(ShareBasis::Voters, d.voters);
    return fits;
}

namespace {

// The first basis of a set: the one named by the header if it is in the set, else ballots cast,
// valid votes, voters (with no invalid ballots the first two are the same).
ShareBasis firstOf(int set, ShareBasis hint)
{
    if (hint != ShareBasis::Unknown && (set & (1 << int(hint))))
        return hint;
    for (ShareBasis b : {ShareBasis::BallotsCast, ShareBasis::ValidVotes, ShareBasis::Voters}) {
        if (set & (1 << int(b)))
            return b;
    }
    return ShareBasis::Unknown;
}

} // namespace

RaceValidator::Bases RaceValidator::recogniseBases(const Race &race, const Metrics &m)
{
    constexpr int All = (1 << int(ShareBasis::BallotsCast)) | (1 << int(ShareBasis::ValidVotes))
        | (1 << int(ShareBasis::Voters));
    Bases bases;
    bases.candidates.assign(race.candidates->size(), ShareBasis::Unknown);
    Denominators d;
    d.ballotsCast = figure(race, Field::BallotsCast).count();
    d.voters = figure(race, Field::Voters).count();
    if (m.validVotes && *m.validVotes > 0)
        d.validVotes = m.validVotes;
    const bool anyDenominator = d.ballotsCast || d.validVotes || d.voters;

    // Each share: the bases it fits (every one where it cannot be checked), -1 for none.
    std::vector<int> own(race.candidates->size(), All);
    int common = All;
    bool checked = false;
    auto warnNone = [&](qint64 line, int column, double share, qint64 votes, const QString &what) {
        QStringList computed;
        if (d.ballotsCast)
            computed.append(tr("%1% of the %2 ballots cast").arg(100.0 * double(votes) / double(*d.ballotsCast), 0, 'f', 2)
                                .arg(*d.ballotsCast));
        if (d.validVotes)
            computed.append(tr("%1% of the %2 valid votes").arg(100.0 * double(votes) / double(*d.validVotes), 0, 'f', 2)
                                .arg(*d.validVotes));
        if (d.voters)
            computed.append(tr("%1% of the %2 voters on the lists").arg(100.0 * double(votes) / double(*d.voters), 0, 'f', 2)
                                .arg(*d.voters));
        m_context.warning(line, column, QString::number(share),
                tr("The published share %1% of %2 fits none of the bases it could have: %3 is %4. The share is "
                   "kept as published, its basis unknown.")
                    .arg(share).arg(what).arg(votes).arg(computed.join(QStringLiteral("; "))));
    };
    for (size_t i = 0; i < race.candidates->size(); ++i) {
        const CandidateState &c = (*race.candidates)[i];
        if (c.share < 0 || !c.votes() || !anyDenominator)
            continue;
        own[i] = basesFitting(c.share, c.shareDecimals, *c.votes(), d);
        checked = true;
        if (own[i] == 0)
            warnNone(lineOf(c.line, race), m_shareColumn, c.share, *c.votes(), tr("a candidate"));
        else
            common &= own[i];
    }
    const Figure &againstAllShare = figure(race, Field::AgainstAllPublished);
    const Figure &againstAll = figure(race, Field::AgainstAll);
    int againstAllOwn = All;
    if (againstAllShare.percent() && againstAll.count() && anyDenominator) {
        againstAllOwn = basesFitting(*againstAllShare.percent(), againstAllShare.decimals, *againstAll.count(), d);
        checked = true;
        if (againstAllOwn == 0 && againstAllShare.line)
            warnNone(againstAllShare.line, againstAllShare.column, *againstAllShare.percent(), *againstAll.count(),
                     tr("\"against all\""));
        else if (againstAllOwn)
            common &= againstAllOwn;
    }
    // The race's basis: the one every checked share fits; where nothing could be checked, the
    // one the header names.
    const ShareBasis raceBasis = checked && common ? firstOf(common, m_shareHint)
        : checked                                    ? ShareBasis::Unknown
                                                     : m_shareHint;
    for (size_t i = 0; i < race.candidates->size(); ++i) {
        if ((*race.candidates)[i].share < 0 || own[i] == 0)
            continue;
        bases.candidates[i] = own[i] == All ? raceBasis : (own[i] & common) ? firstOf(own[i] & common, m_shareHint)
                                                                           : firstOf(own[i], m_shareHint);
    }
    if (againstAllShare.percent() && againstAllOwn != 0) {
        const ShareBasis hint = m_againstAllHint != ShareBasis::Unknown ? m_againstAllHint : m_shareHint;
        if (againstAllOwn != All)
            bases.againstAll = firstOf(againstAllOwn & common ? againstAllOwn & common : againstAllOwn, hint);
        else if (checked && common)
            bases.againstAll = firstOf(common, hint);  // the same table's shares: the same basis
        else
            bases.againstAll = hint;
    }
    return bases;
}

} // namespace Sailau::Import
