// SPDX-License-Identifier: GPL-3.0-or-later
#include "racevalidator.h"

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
    if (!m.validVotes || *m.validVotes <= 0)
        return;
    for (const CandidateState &c : *race.candidates) {
        if (c.share >= 0 && c.votes()) {
            const double computed = 100.0 * double(*c.votes()) / double(*m.validVotes);
            if (std::abs(c.share - computed) > PublishedPercentTolerance)
                m_context.warning(c.line, m_shareColumn, QString::number(c.share),
                        tr("The published share %1% disagrees with the votes (%2% of %3 valid votes).")
                            .arg(c.share).arg(computed, 0, 'f', 2).arg(*m.validVotes));
        }
    }
}

} // namespace Sailau::Import
