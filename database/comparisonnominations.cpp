// SPDX-License-Identifier: GPL-3.0-or-later
// Votes and wins by nomination across the days of a comparison.
#include "comparison.h"

#include "language.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Sailau {

namespace {

bool fail(QString *error, const QSqlQuery &query)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

QString selfNominatedLabel()
{
    return QCoreApplication::translate("Sailau::Store", "self-nominated");
}

// One candidate of the nominations' read, from its row.
struct NominatedCandidate
{
    qint64 raceId = 0;
    QDate day;
    qint64 regionId = 0;
    QString party;              // the party's short name, or empty
    bool selfNominated = false;
    QString key;                // as NominationStats::key
    bool allVotes = false;      // every candidate's votes in the race are known
    qint64 votes = 0;           // where allVotes
    bool winnerKnown = false;
    bool won = false;
};

NominatedCandidate nominatedCandidate(const QSqlQuery &query)
{
    NominatedCandidate c;
    c.raceId = query.value(0).toLongLong();
    c.day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    c.regionId = query.value(2).toLongLong();
    c.party = query.value(5).toString();
    c.selfNominated = c.party.isEmpty() && query.value(4).toInt() == 1;
    c.key = !c.party.isEmpty() ? c.party : c.selfNominated ? QStringLiteral("self") : QString();
    c.allVotes = query.value(11).toBool() && !query.value(10).isNull();
    if (c.allVotes)
        c.votes = query.value(10).toLongLong();
    c.winnerKnown = !query.value(12).isNull();
    c.won = c.winnerKnown && query.value(12).toLongLong() == query.value(3).toLongLong();
    return c;
}

// Every candidate of the scope with its race: whether the race's votes are all known (the
// effective number is computed exactly then) and whether its winner is known. False on a read
// failure, with the query's error.
bool selectNominatedCandidates(QSqlQuery *query, const QSqlDatabase &db, const ComparisonScope &scope)
{
    QVariantList bindings;
    const QString where = Comparison::scopeCondition(db, scope, &bindings);
    query->setForwardOnly(true);
    if (!query->prepare(QStringLiteral(
            "SELECT r.id, e.date, t.region_id, c.id, c.self_nominated, p.short_name, p.name_kk, p.name_ru, p.name_en, "
            "p.colour, c.votes, m.enc_laakso_taagepera IS NOT NULL, m.winner_id "
            "FROM candidate c JOIN race r ON r.id = c.race_id JOIN election e ON e.id = r.election_id "
            "JOIN territory t ON t.id = r.territory_id LEFT JOIN race_metrics m ON m.race_id = r.id "
            "LEFT JOIN party p ON p.id = c.party_id WHERE ") + where + QStringLiteral(" ORDER BY r.id")))
        return false;
    for (const QVariant &b : std::as_const(bindings))
        query->addBindValue(b);
    return query->exec();
}

// The vote share and the win share of the self-nominated, where they rest on something.
void finishShare(SelfNominatedShare &s)
{
    if (s.allVotes > 0)
        s.voteShare = double(s.votes) / double(s.allVotes);
    if (s.winnerRaces > 0)
        s.winShare = double(s.wins) / double(s.winnerRaces);
}

// The candidates counted as they are read: by nomination, and the self-nominated by day and by
// region.
class NominationTally
{
public:
    explicit NominationTally(const QList<QDate> &days);
    void add(const QSqlQuery &query);
    // The summary as counted so far, its shares and order not yet worked out.
    const NominationSummary &counted() const { return m_summary; }
    // The shares and rates worked out, the nominations sorted, the regions in the alphabet's order.
    NominationSummary finish(const QSqlDatabase &db);

private:
    NominationStats &nominationOf(const QSqlQuery &query, const NominatedCandidate &c);
    void countVotes(const NominatedCandidate &c, NominationStats &stats, SelfNominatedShare &byDay,
                    SelfNominatedShare &byRegion);
    void countWinner(const NominatedCandidate &c, NominationStats &stats, SelfNominatedShare &byDay,
                     SelfNominatedShare &byRegion);

    NominationSummary m_summary;
    QHash<QString, int> m_nominationIndex;
    QHash<QDate, int> m_dayIndex;
    QHash<qint64, SelfNominatedShare> m_regions;
    QSet<qint64> m_votesRaces, m_winnerRaces;
};

NominationTally::NominationTally(const QList<QDate> &days)
{
    for (const QDate &d : days) {
        m_dayIndex.insert(d, int(m_summary.byElection.size()));
        SelfNominatedShare s;
        s.day = d;
        m_summary.byElection.append(s);
    }
}

void NominationTally::add(const QSqlQuery &query)
{
    const NominatedCandidate c = nominatedCandidate(query);
    NominationStats &stats = nominationOf(query, c);
    ++stats.candidates;
    ++m_summary.candidates;
    SelfNominatedShare &byDay = m_summary.byElection[m_dayIndex.value(c.day)];
    SelfNominatedShare &byRegion = m_regions[c.regionId];
    byRegion.regionId = c.regionId;
    if (c.allVotes)
        countVotes(c, stats, byDay, byRegion);
    if (c.winnerKnown)
        countWinner(c, stats, byDay, byRegion);
}

// The candidate's nomination, added (with its label and colour) at its first candidate.
NominationStats &NominationTally::nominationOf(const QSqlQuery &query, const NominatedCandidate &c)
{
    int n = m_nominationIndex.value(c.key, -1);
    if (n < 0) {
        n = int(m_summary.nominations.size());
        m_nominationIndex.insert(c.key, n);
        NominationStats stats;
        stats.key = c.key;
        stats.label = !c.party.isEmpty() ? localName(query.value(6).toString(), query.value(7).toString(),
                                                     query.value(8).toString(), c.party)
                      : c.selfNominated ? selfNominatedLabel()
                                        : Comparison::tr("nomination not known");
        stats.colour = query.value(9).toString();
        m_summary.nominations.append(stats);
    }
    return m_summary.nominations[n];
}

void NominationTally::countVotes(const NominatedCandidate &c, NominationStats &stats, SelfNominatedShare &byDay,
                                 SelfNominatedShare &byRegion)
{
    stats.votes += c.votes;
    m_summary.votes += c.votes;
    byDay.allVotes += c.votes;
    byRegion.allVotes += c.votes;
    if (c.selfNominated) {
        byDay.votes += c.votes;
        byRegion.votes += c.votes;
    }
    if (!m_votesRaces.contains(c.raceId)) {
        m_votesRaces.insert(c.raceId);
        ++byDay.votesRaces;
        ++byRegion.votesRaces;
    }
}

void NominationTally::countWinner(const NominatedCandidate &c, NominationStats &stats, SelfNominatedShare &byDay,
                                  SelfNominatedShare &byRegion)
{
    ++stats.candidatesWhereWinnerKnown;
    if (!c.won)
        return;
    ++stats.wins;
    // The race's winner: counted once per race, where the nomination is known.
    if (c.key.isEmpty())
        return;
    m_winnerRaces.insert(c.raceId);
    ++byDay.winnerRaces;
    ++byRegion.winnerRaces;
    if (c.selfNominated) {
        ++byDay.wins;
        ++byRegion.wins;
    }
}

NominationSummary NominationTally::finish(const QSqlDatabase &db)
{
    m_summary.votesRaces = int(m_votesRaces.size());
    m_summary.winnerRaces = int(m_winnerRaces.size());
    for (NominationStats &s : m_summary.nominations) {
        if (m_summary.votes > 0)
            s.voteShare = double(s.votes) / double(m_summary.votes);
        if (s.candidatesWhereWinnerKnown > 0)
            s.winRate = double(s.wins) / double(s.candidatesWhereWinnerKnown);
    }
    std::stable_sort(m_summary.nominations.begin(), m_summary.nominations.end(),
                     [](const NominationStats &a, const NominationStats &b) {
                         if (a.key.isEmpty() != b.key.isEmpty())
                             return b.key.isEmpty(); // "not known" last
                         return a.candidates > b.candidates;
                     });
    for (SelfNominatedShare &s : m_summary.byElection) {
        s.label = s.day.toString(Qt::ISODate);
        finishShare(s);
    }
    const Store store(db);
    for (const TerritoryInfo &region : store.regions()) {
        const auto it = m_regions.find(region.id);
        if (it == m_regions.end())
            continue;
        it->label = region.displayName();
        finishShare(*it);
        m_summary.byRegion.append(*it);
    }
    if (const auto it = m_regions.find(0); it != m_regions.end()) {
        it->label = Comparison::tr("no region");
        finishShare(*it);
        m_summary.byRegion.append(*it);
    }
    return std::move(m_summary);
}

} // namespace

NominationSummary Comparison::nominations(QString *error) const
{
    if (m_scope.days.isEmpty())
        return {};
    QSqlQuery query(m_db);
    if (!selectNominatedCandidates(&query, m_db, m_scope))
        return fail(error, query), NominationSummary();
    NominationTally tally(m_scope.days);
    while (query.next())
        tally.add(query);
    if (query.lastError().isValid())
        return fail(error, query), tally.counted();
    return tally.finish(m_db);
}

} // namespace Sailau
