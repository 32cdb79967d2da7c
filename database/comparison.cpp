// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "language.h"
#include "sqlite/sqlitestatement.h"
#include "store.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

#include <sqlite3.h>

namespace Sailau {

namespace {

using M = Metrics::Metric;

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

} // namespace

std::optional<double> ComparisonLine::value(int day, Metrics::Metric m) const
{
    if (day < 0 || day >= races.size() || !races.at(day))
        return std::nullopt;
    return races.at(day)->value(m);
}

std::optional<double> ComparisonLine::delta(int from, int to, Metrics::Metric m) const
{
    const auto a = value(from, m);
    const auto b = value(to, m);
    if (!a || !b)
        return std::nullopt;
    return Metrics::isShare(m) ? (*b - *a) * 100.0 : *b - *a;
}

bool ComparisonLine::levelChanged() const
{
    QString first;
    for (const auto &race : races) {
        if (!race)
            continue;
        if (first.isEmpty())
            first = race->level;
        else if (race->level != first)
            return true;
    }
    return false;
}

QString Comparison::scopeCondition(const QSqlDatabase &db, const ComparisonScope &scope, QVariantList *bindings)
{
    QStringList marks;
    for (const QDate &day : scope.days) {
        marks.append(QStringLiteral("?"));
        bindings->append(day.toString(Qt::ISODate));
    }
    QString where = QStringLiteral("e.date IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    QVariantList territory;
    const QString condition = raceScopeCondition(db, QDate(), scope.territoryId, &territory);
    bindings->append(territory);
    return where + QStringLiteral(" AND ") + condition;
}

QList<Metrics::Metric> Comparison::comparedMetrics()
{
    return {M::Turnout, M::WinnerShare, M::Margin, M::EncLaaksoTaagepera, M::Candidates, M::AgainstAllShare};
}

std::optional<double> Comparison::median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

bool Comparison::load(const ComparisonScope &scope, QString *error)
{
    m_scope = scope;
    m_lines.clear();
    m_lineOf.clear();
    m_aggregates.clear();
    const Store store(m_db);
    if (m_scope.days.isEmpty()) {
        for (const ElectionDay &d : store.electionDays()) {
            if (d.races > 0)
                m_scope.days.append(d.date);
        }
    }
    std::sort(m_scope.days.begin(), m_scope.days.end());
    m_scope.days.erase(std::unique(m_scope.days.begin(), m_scope.days.end()), m_scope.days.end());
    const int dayCount = int(m_scope.days.size());
    QHash<QDate, int> dayIndex;
    for (int i = 0; i < dayCount; ++i)
        dayIndex.insert(m_scope.days.at(i), i);
    if (dayCount == 0)
        return true;

    // The races, lean: numbers only, read through SQLite's own statement (Qt's driver copies
    // every value through a QVariant, most of the time of 200,000 rows); texts come from the
    // elections and parties, read once.
    sqlite3 *handle = Sqlite::sqliteHandle(m_db);
    if (!handle) {
        if (error)
            *error = tr("The database is not open.");
        return false;
    }
    // Election id → index into days, and its level: a few dozen elections, looked up per race in
    // plain arrays.
    std::vector<int> electionDay;
    std::vector<QString> electionLevel;
    {
        QSqlQuery elections(m_db);
        if (!elections.exec(QStringLiteral("SELECT id, date, level FROM election")))
            return fail(error, elections);
        while (elections.next()) {
            const int day = dayIndex.value(QDate::fromString(elections.value(1).toString(), Qt::ISODate), -1);
            const qint64 id = elections.value(0).toLongLong();
            if (day < 0 || id < 0 || id > (1 << 20))
                continue;
            if (size_t(id) >= electionDay.size()) {
                electionDay.resize(size_t(id) + 1, -1);
                electionLevel.resize(size_t(id) + 1);
            }
            electionDay[size_t(id)] = day;
            electionLevel[size_t(id)] = elections.value(2).toString();
        }
    }
    struct Party
    {
        QString shortName, colour;
    };
    QHash<qint64, Party> parties;
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT id, short_name, colour FROM party")))
            return fail(error, query);
        while (query.next())
            parties.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toString()});
    }
    QVariantList bindings;
    QString where = scopeCondition(m_db, m_scope, &bindings);
    const bool territoryScope = m_scope.territoryId > 0 && where.contains(QLatin1String("t."));
    const QByteArray sql = (QStringLiteral(
            "SELECT r.id, r.territory_id, r.election_id, m.turnout, m.winner_share, m.margin, "
            "m.enc_laakso_taagepera, m.candidates, m.against_all_share, m.missing, m.winner_self_nominated, m.winner_party_id, "
            "r.synthetic, m.turnout_basis, r.voters, r.ballots_issued, r.ballots_cast "
            "FROM race r JOIN election e ON e.id = r.election_id ")
        + (territoryScope ? QStringLiteral("JOIN territory t ON t.id = r.territory_id ") : QString())
        + QStringLiteral("LEFT JOIN race_metrics m ON m.race_id = r.id WHERE ") + where).toUtf8();
    Sqlite::SqliteStatement statement(handle, sql.constData());
    if (!statement.isValid()) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &b = bindings.at(i);
        if (b.typeId() == QMetaType::QString)
            statement.bind(i + 1, b.toString());
        else
            statement.bind(i + 1, b.toLongLong());
    }

    // Lines found by territory id in a plain array: a hash lookup per race is a good part of the
    // time of 200,000 races.
    qint64 maxTerritory = 0;
    {
        Sqlite::SqliteStatement max(handle, "SELECT max(id) FROM territory");
        if (max.isValid() && sqlite3_step(max.handle()) == SQLITE_ROW)
            maxTerritory = sqlite3_column_int64(max.handle(), 0);
    }
    std::vector<int> lineOfTerritory(size_t(std::max<qint64>(0, maxTerritory) + 1), -1);
    m_lines.reserve(std::min<qint64>(maxTerritory + 1, 1 << 20));

    const QString self = selfNominatedLabel();
    // Σ ballots and Σ voters of each day as Store::computedSummary() counts them, for its turnout().
    QList<ComputedSummary> turnoutSums(dayCount);
    const M stored[] = {M::Turnout, M::WinnerShare, M::Margin, M::EncLaaksoTaagepera, M::Candidates, M::AgainstAllShare};
    sqlite3_stmt *stmt = statement.handle();
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qint64 electionId = sqlite3_column_int64(stmt, 2);
        const int day = electionId >= 0 && electionId < qint64(electionDay.size()) ? electionDay[size_t(electionId)] : -1;
        if (day < 0)
            continue;
        const qint64 territoryId = sqlite3_column_int64(stmt, 1);
        if (territoryId < 0 || territoryId >= qint64(lineOfTerritory.size()))
            continue;
        int &line = lineOfTerritory[size_t(territoryId)];
        if (line < 0) {
            line = int(m_lines.size());
            ComparisonLine l;
            l.territoryId = territoryId;
            l.races.resize(dayCount);
            m_lines.append(std::move(l));
        }
        auto &slot = m_lines[line].races[day];
        // Two elections of one day in one territory: the first race (the lowest id) stands.
        if (slot && slot->raceId < sqlite3_column_int64(stmt, 0))
            continue;
        ComparedRace race;
        race.raceId = sqlite3_column_int64(stmt, 0);
        race.level = electionLevel[size_t(electionId)];
        for (int i = 0; i < 6; ++i) {
            if (sqlite3_column_type(stmt, 3 + i) != SQLITE_NULL)
                race.metrics[size_t(stored[i])] = sqlite3_column_double(stmt, 3 + i);
        }
        race.reasons = Metrics::unpackReasons(quint64(sqlite3_column_int64(stmt, 9)));
        if (sqlite3_column_type(stmt, 10) != SQLITE_NULL)
            race.winnerSelfNominated = sqlite3_column_int64(stmt, 10) != 0;
        if (sqlite3_column_type(stmt, 11) != SQLITE_NULL) {
            const Party &party = parties[sqlite3_column_int64(stmt, 11)];
            race.winnerNomination = party.shortName;
            race.winnerPartyColour = party.colour;
            race.winnerSelfNominated = false;
        } else if (race.winnerSelfNominated.value_or(false)) {
            race.winnerNomination = self;
        }
        race.synthetic = sqlite3_column_int64(stmt, 12) != 0;
        const int basis = int(sqlite3_column_int64(stmt, 13));
        if (basis == int(Metrics::TurnoutBasis::BallotsIssued) || basis == int(Metrics::TurnoutBasis::BallotsCast)) {
            ComputedSummary &sums = turnoutSums[day];
            ++sums.racesWithTurnoutCounts;
            race.turnoutVoters = sqlite3_column_int64(stmt, 14);
            race.turnoutBallots = sqlite3_column_int64(stmt, basis == int(Metrics::TurnoutBasis::BallotsIssued) ? 15 : 16);
            sums.turnoutVoters += race.turnoutVoters;
            sums.turnoutBallots += race.turnoutBallots;
        }
        m_lines[line].synthetic = m_lines[line].synthetic || race.synthetic;
        slot = std::move(race);
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }

    // Names of the territories and their regions, in the display language.
    const QByteArray namesSql = (QStringLiteral("SELECT t.id, COALESCE(NULLIF(t.name_%1, ''), t.name), t.region_id FROM territory t")
                                     .arg(languageCode(displayLanguage()))).toUtf8();
    Sqlite::SqliteStatement names(handle, namesSql.constData());
    if (!names.isValid()) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    QHash<qint64, QString> regionNames;
    while (sqlite3_step(names.handle()) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(names.handle(), 0);
        const qint64 regionId = sqlite3_column_int64(names.handle(), 2);
        const int line = id >= 0 && id < qint64(lineOfTerritory.size()) ? lineOfTerritory[size_t(id)] : -1;
        if (line < 0 && regionId != id)
            continue;
        const QString name = names.columnText(1);
        if (line >= 0) {
            m_lines[line].territory = name;
            m_lines[line].regionId = regionId;
        }
        if (regionId == id)
            regionNames.insert(id, name);
    }
    for (ComparisonLine &l : m_lines)
        l.region = l.regionId != l.territoryId ? regionNames.value(l.regionId) : l.territory;
    // Regions in the alphabet's order (a rank each), then names; lines moved once.
    QStringList regionOrder;
    for (auto it = regionNames.cbegin(); it != regionNames.cend(); ++it)
        regionOrder.append(it.value());
    std::sort(regionOrder.begin(), regionOrder.end());
    QHash<qint64, int> regionRank;
    for (auto it = regionNames.cbegin(); it != regionNames.cend(); ++it)
        regionRank.insert(it.key(), int(regionOrder.indexOf(it.value())));
    std::vector<int> order(size_t(m_lines.size()));
    std::vector<int> rank(size_t(m_lines.size()));
    for (int i = 0; i < int(m_lines.size()); ++i) {
        order[size_t(i)] = i;
        rank[size_t(i)] = m_lines.at(i).regionId ? regionRank.value(m_lines.at(i).regionId, int(regionOrder.size()))
                                                 : int(regionOrder.size()) + 1;
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (rank[size_t(a)] != rank[size_t(b)])
            return rank[size_t(a)] < rank[size_t(b)];
        if (const int c = QString::compare(m_lines.at(a).territory, m_lines.at(b).territory); c != 0)
            return c < 0;
        return m_lines.at(a).territoryId < m_lines.at(b).territoryId;
    });
    QList<ComparisonLine> sorted;
    sorted.reserve(m_lines.size());
    for (int i : order)
        sorted.append(std::move(m_lines[i]));
    m_lines = std::move(sorted);
    m_lineOf.clear();
    m_lineOf.reserve(m_lines.size());
    for (int i = 0; i < m_lines.size(); ++i)
        m_lineOf.insert(m_lines.at(i).territoryId, i);

    // Aggregates by day, from the same races.
    for (int d = 0; d < dayCount; ++d) {
        ElectionAggregate a;
        a.day = m_scope.days.at(d);
        std::vector<double> margins;
        double candidates = 0;
        for (const ComparisonLine &l : std::as_const(m_lines)) {
            const auto &race = l.races.at(d);
            if (!race)
                continue;
            ++a.races;
            if (const auto c = race->value(M::Candidates)) {
                ++a.candidateRaces;
                candidates += *c;
                if (*c >= 2)
                    ++a.contestedRaces;
            }
            if (const auto m = race->value(M::Margin))
                margins.push_back(*m);
            if (race->winnerSelfNominated) {
                ++a.winnerRaces;
                if (*race->winnerSelfNominated)
                    ++a.selfNominatedWins;
            }
        }
        if (a.candidateRaces > 0) {
            a.candidatesPerRace = candidates / a.candidateRaces;
            a.contestedShare = double(a.contestedRaces) / a.candidateRaces;
        }
        a.marginRaces = int(margins.size());
        a.medianMargin = median(std::move(margins));
        if (a.winnerRaces > 0)
            a.selfNominatedWinShare = double(a.selfNominatedWins) / a.winnerRaces;
        // Σ ballots ÷ Σ voters over the races whose turnout rests on counts, as the summary has it.
        a.turnout = turnoutSums.at(d).turnout();
        a.turnoutRaces = turnoutSums.at(d).racesWithTurnoutCounts;
        m_aggregates.append(a);
    }
    readPublished();
    return true;
}

void Comparison::readPublished()
{
    // The scope's territory: the country when the scope is every region.
    qint64 territoryId = m_scope.territoryId;
    QSqlQuery query(m_db);
    if (territoryId == 0) {
        if (!query.exec(QStringLiteral("SELECT id FROM territory WHERE level = 'country' ORDER BY id LIMIT 1"))
            || !query.next())
            return;
        territoryId = query.value(0).toLongLong();
    }
    query.prepare(QStringLiteral(
        "SELECT f.metric, f.value, f.unit, (SELECT group_concat(s.url, char(10)) FROM published_figure_source fs "
        " JOIN source s ON s.id = fs.source_id WHERE fs.figure_id = f.id) "
        "FROM published_figure f WHERE f.election_date = ? AND f.territory_id = ? AND f.value IS NOT NULL "
        "ORDER BY f.id"));
    // Candidates: those on the ballots where a source counts them, else those registered.
    const QStringList candidateMetrics = {QStringLiteral("candidates on ballots"), QStringLiteral("candidates"),
                                          QStringLiteral("candidates registered")};
    for (ElectionAggregate &a : m_aggregates) {
        query.addBindValue(a.day.toString(Qt::ISODate));
        query.addBindValue(territoryId);
        if (!query.exec())
            return;
        int candidateRank = int(candidateMetrics.size());
        QStringList sources;
        while (query.next()) {
            const QString metric = query.value(0).toString();
            const double value = query.value(1).toDouble();
            const QString unit = query.value(2).toString();
            bool used = false;
            if (!a.publishedRaces && (metric == QLatin1String("races") || metric.startsWith(QLatin1String("races (")))) {
                a.publishedRaces = int(value);
                used = true;
            } else if (!a.publishedTurnout && metric == QLatin1String("turnout") && unit == QLatin1String("percent")) {
                a.publishedTurnout = value / 100.0;
                used = true;
            } else if (const int rank = int(candidateMetrics.indexOf(metric)); rank >= 0 && rank < candidateRank) {
                candidateRank = rank;
                a.publishedCandidates = int(value);
                used = true;
            }
            if (used) {
                for (const QString &url : query.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                    if (!sources.contains(url))
                        sources.append(url);
                }
            }
        }
        a.publishedSources = sources;
    }
}

QList<ComputedSummary> Comparison::regionTurnout(qint64 regionId) const
{
    QList<ComputedSummary> sums(m_scope.days.size());
    for (const ComparisonLine &l : m_lines) {
        if (l.regionId != regionId)
            continue;
        for (int d = 0; d < l.races.size(); ++d) {
            const auto &race = l.races.at(d);
            if (!race || race->turnoutVoters <= 0)
                continue;
            ++sums[d].racesWithTurnoutCounts;
            sums[d].turnoutVoters += race->turnoutVoters;
            sums[d].turnoutBallots += race->turnoutBallots;
        }
    }
    return sums;
}

NominationSummary Comparison::nominations(QString *error) const
{
    NominationSummary summary;
    if (m_scope.days.isEmpty())
        return summary;
    QVariantList bindings;
    const QString where = scopeCondition(m_db, m_scope, &bindings);
    // Every candidate with its race: whether the race's votes are all known (the effective
    // number is computed exactly then) and whether its winner is known.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT r.id, e.date, t.region_id, c.id, c.self_nominated, p.short_name, p.name_kk, p.name_ru, p.name_en, "
            "p.colour, c.votes, m.enc_laakso_taagepera IS NOT NULL, m.winner_id "
            "FROM candidate c JOIN race r ON r.id = c.race_id JOIN election e ON e.id = r.election_id "
            "JOIN territory t ON t.id = r.territory_id LEFT JOIN race_metrics m ON m.race_id = r.id "
            "LEFT JOIN party p ON p.id = c.party_id WHERE ") + where + QStringLiteral(" ORDER BY r.id")))
        return fail(error, query), summary;
    for (const QVariant &b : std::as_const(bindings))
        query.addBindValue(b);
    if (!query.exec())
        return fail(error, query), summary;

    QHash<QString, int> nominationIndex;
    QHash<QDate, int> dayIndex;
    for (const QDate &d : m_scope.days) {
        dayIndex.insert(d, int(summary.byElection.size()));
        SelfNominatedShare s;
        s.day = d;
        summary.byElection.append(s);
    }
    QHash<qint64, SelfNominatedShare> regions;
    QSet<qint64> votesRaces, winnerRaces;
    // Per race: whether its winner's nomination is known and self-nominated (counted once).
    qint64 currentRace = -1;
    while (query.next()) {
        const qint64 raceId = query.value(0).toLongLong();
        const QDate day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        const qint64 regionId = query.value(2).toLongLong();
        const qint64 candidateId = query.value(3).toLongLong();
        const QString party = query.value(5).toString();
        const bool selfNominated = party.isEmpty() && query.value(4).toInt() == 1;
        const QString key = !party.isEmpty() ? party : selfNominated ? QStringLiteral("self") : QString();
        const bool allVotes = query.value(11).toBool() && !query.value(10).isNull();
        const bool winnerKnown = !query.value(12).isNull();
        const bool won = winnerKnown && query.value(12).toLongLong() == candidateId;

        int n = nominationIndex.value(key, -1);
        if (n < 0) {
            n = int(summary.nominations.size());
            nominationIndex.insert(key, n);
            NominationStats stats;
            stats.key = key;
            stats.label = !party.isEmpty() ? localName(query.value(6).toString(), query.value(7).toString(),
                                                       query.value(8).toString(), party)
                          : selfNominated ? selfNominatedLabel()
                                          : tr("nomination not known");
            stats.colour = query.value(9).toString();
            summary.nominations.append(stats);
        }
        NominationStats &stats = summary.nominations[n];
        ++stats.candidates;
        ++summary.candidates;
        SelfNominatedShare &byDay = summary.byElection[dayIndex.value(day)];
        SelfNominatedShare &byRegion = regions[regionId];
        byRegion.regionId = regionId;
        if (allVotes) {
            const qint64 votes = query.value(10).toLongLong();
            stats.votes += votes;
            summary.votes += votes;
            byDay.allVotes += votes;
            byRegion.allVotes += votes;
            if (selfNominated) {
                byDay.votes += votes;
                byRegion.votes += votes;
            }
            if (!votesRaces.contains(raceId)) {
                votesRaces.insert(raceId);
                ++byDay.votesRaces;
                ++byRegion.votesRaces;
            }
        }
        if (winnerKnown) {
            ++stats.candidatesWhereWinnerKnown;
            if (won) {
                ++stats.wins;
                // The race's winner: counted once per race, where the nomination is known.
                if (!key.isEmpty()) {
                    winnerRaces.insert(raceId);
                    ++byDay.winnerRaces;
                    ++byRegion.winnerRaces;
                    if (selfNominated) {
                        ++byDay.wins;
                        ++byRegion.wins;
                    }
                }
            }
        }
        currentRace = raceId;
    }
    Q_UNUSED(currentRace)
    if (query.lastError().isValid())
        return fail(error, query), summary;
    summary.votesRaces = int(votesRaces.size());
    summary.winnerRaces = int(winnerRaces.size());

    for (NominationStats &s : summary.nominations) {
        if (summary.votes > 0)
            s.voteShare = double(s.votes) / double(summary.votes);
        if (s.candidatesWhereWinnerKnown > 0)
            s.winRate = double(s.wins) / double(s.candidatesWhereWinnerKnown);
    }
    std::stable_sort(summary.nominations.begin(), summary.nominations.end(),
                     [](const NominationStats &a, const NominationStats &b) {
                         if (a.key.isEmpty() != b.key.isEmpty())
                             return b.key.isEmpty(); // "not known" last
                         return a.candidates > b.candidates;
                     });
    auto finish = [](SelfNominatedShare &s) {
        if (s.allVotes > 0)
            s.voteShare = double(s.votes) / double(s.allVotes);
        if (s.winnerRaces > 0)
            s.winShare = double(s.wins) / double(s.winnerRaces);
    };
    for (SelfNominatedShare &s : summary.byElection) {
        s.label = s.day.toString(Qt::ISODate);
        finish(s);
    }
    const Store store(m_db);
    for (const TerritoryInfo &region : store.regions()) {
        const auto it = regions.find(region.id);
        if (it == regions.end())
            continue;
        it->label = region.displayName();
        finish(*it);
        summary.byRegion.append(*it);
    }
    if (const auto it = regions.find(0); it != regions.end()) {
        it->label = tr("no region");
        finish(*it);
        summary.byRegion.append(*it);
    }
    return summary;
}

} // namespace Sailau
