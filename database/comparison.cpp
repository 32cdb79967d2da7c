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

// The metrics race_metrics holds for the line-up, in the order the races' query reads them.
constexpr M StoredMetrics[] = {M::Turnout, M::WinnerShare, M::Margin, M::EncLaaksoTaagepera, M::Candidates, M::AgainstAllShare};

bool fail(QString *error, const QSqlQuery &query)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

// The last failure on SQLite's own handle.
bool failSqlite(QString *error, sqlite3 *handle)
{
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
    return false;
}

QString selfNominatedLabel()
{
    return QCoreApplication::translate("Sailau::Store", "self-nominated");
}

// The races of a scope, read lean: numbers only, through SQLite's own statement (Qt's driver
// copies every value through a QVariant, most of the time of 200,000 rows); texts come from the
// elections and parties, read once. Each race goes into its territory's line as it is read.
class RaceReader
{
public:
    RaceReader(const QSqlDatabase &db, sqlite3 *handle, const ComparisonScope &scope)
        : m_db(db), m_handle(handle), m_scope(scope), m_turnoutSums(scope.days.size())
    {
    }

    bool readElections(QString *error);
    bool readParties(QString *error);
    // Each race of the scope in its territory's line, on its day.
    bool lineUp(QList<ComparisonLine> *lines, QString *error);
    // The names of the lines' territories and of their regions, in the display language.
    bool readNames(QList<ComparisonLine> *lines, QString *error);

    const QHash<qint64, QString> &regionNames() const { return m_regionNames; }
    // Σ ballots and Σ voters of each day as Store::computedSummary() counts them, for its turnout().
    const QList<ComputedSummary> &turnoutSums() const { return m_turnoutSums; }

private:
    struct Party
    {
        QString shortName, colour;
    };

    Sqlite::SqliteStatement prepareRaces() const;
    qint64 largestTerritoryId() const;
    ComparedRace readRace(sqlite3_stmt *stmt, qint64 electionId);
    void countTurnout(sqlite3_stmt *stmt, int day, ComparedRace *race);

    QSqlDatabase m_db;
    sqlite3 *m_handle;
    const ComparisonScope &m_scope;
    // Election id → index into days, and its level: a few dozen elections, looked up per race in
    // plain arrays.
    std::vector<int> m_electionDay;
    std::vector<QString> m_electionLevel;
    QHash<qint64, Party> m_parties;
    const QString m_selfNominated = selfNominatedLabel();
    // Lines found by territory id in a plain array: a hash lookup per race is a good part of the
    // time of 200,000 races.
    std::vector<int> m_lineOfTerritory;
    QList<ComputedSummary> m_turnoutSums;
    QHash<qint64, QString> m_regionNames;
};

bool RaceReader::readElections(QString *error)
{
    QHash<QDate, int> dayIndex;
    for (int i = 0; i < int(m_scope.days.size()); ++i)
        dayIndex.insert(m_scope.days.at(i), i);
    QSqlQuery elections(m_db);
    if (!elections.exec(QStringLiteral("SELECT id, date, level FROM election")))
        return fail(error, elections);
    while (elections.next()) {
        const int day = dayIndex.value(QDate::fromString(elections.value(1).toString(), Qt::ISODate), -1);
        const qint64 id = elections.value(0).toLongLong();
        if (day < 0 || id < 0 || id > (1 << 20))
            continue;
        if (size_t(id) >= m_electionDay.size()) {
            m_electionDay.resize(size_t(id) + 1, -1);
            m_electionLevel.resize(size_t(id) + 1);
        }
        m_electionDay[size_t(id)] = day;
        m_electionLevel[size_t(id)] = elections.value(2).toString();
    }
    return true;
}

bool RaceReader::readParties(QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, short_name, colour FROM party")))
        return fail(error, query);
    while (query.next())
        m_parties.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toString()});
    return true;
}

// The races of the scope with their stored metrics and the counts their turnout rests on, bound;
// not valid when SQLite cannot prepare it.
Sqlite::SqliteStatement RaceReader::prepareRaces() const
{
    QVariantList bindings;
    QString where = Comparison::scopeCondition(m_db, m_scope, &bindings);
    const bool territoryScope = m_scope.territoryId > 0 && where.contains(QLatin1String("t."));
    const QByteArray sql = (QStringLiteral(
            "SELECT r.id, r.territory_id, r.election_id, m.turnout, m.winner_share, m.margin, "
            "m.enc_laakso_taagepera, m.candidates, m.against_all_share, m.missing, m.winner_self_nominated, m.winner_party_id, "
            "r.synthetic, m.turnout_basis, r.voters, r.ballots_issued, r.ballots_cast "
            "FROM race r JOIN election e ON e.id = r.election_id ")
        + (territoryScope ? QStringLiteral("JOIN territory t ON t.id = r.territory_id ") : QString())
        + QStringLiteral("LEFT JOIN race_metrics m ON m.race_id = r.id WHERE ") + where).toUtf8();
    Sqlite::SqliteStatement statement(m_handle, sql.constData());
    if (!statement.isValid())
        return statement;
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &b = bindings.at(i);
        if (b.typeId() == QMetaType::QString)
            statement.bind(i + 1, b.toString());
        else
            statement.bind(i + 1, b.toLongLong());
    }
    return statement;
}

qint64 RaceReader::largestTerritoryId() const
{
    Sqlite::SqliteStatement max(m_handle, "SELECT max(id) FROM territory");
    if (max.isValid() && sqlite3_step(max.handle()) == SQLITE_ROW)
        return sqlite3_column_int64(max.handle(), 0);
    return 0;
}

bool RaceReader::lineUp(QList<ComparisonLine> *lines, QString *error)
{
    Sqlite::SqliteStatement statement = prepareRaces();
    if (!statement.isValid())
        return failSqlite(error, m_handle);
    const qint64 maxTerritory = largestTerritoryId();
    m_lineOfTerritory.assign(size_t(std::max<qint64>(0, maxTerritory) + 1), -1);
    lines->reserve(std::min<qint64>(maxTerritory + 1, 1 << 20));

    const int dayCount = int(m_scope.days.size());
    sqlite3_stmt *stmt = statement.handle();
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qint64 electionId = sqlite3_column_int64(stmt, 2);
        const int day = electionId >= 0 && electionId < qint64(m_electionDay.size()) ? m_electionDay[size_t(electionId)] : -1;
        if (day < 0)
            continue;
        const qint64 territoryId = sqlite3_column_int64(stmt, 1);
        if (territoryId < 0 || territoryId >= qint64(m_lineOfTerritory.size()))
            continue;
        int &line = m_lineOfTerritory[size_t(territoryId)];
        if (line < 0) {
            line = int(lines->size());
            ComparisonLine l;
            l.territoryId = territoryId;
            l.races.resize(dayCount);
            lines->append(std::move(l));
        }
        ComparisonLine &l = (*lines)[line];
        auto &slot = l.races[day];
        // Two elections of one day in one territory: the first race (the lowest id) stands.
        if (slot && slot->raceId < sqlite3_column_int64(stmt, 0))
            continue;
        ComparedRace race = readRace(stmt, electionId);
        countTurnout(stmt, day, &race);
        l.synthetic = l.synthetic || race.synthetic;
        slot = std::move(race);
    }
    if (rc != SQLITE_DONE)
        return failSqlite(error, m_handle);
    return true;
}

// The race on the statement's row, but for the counts its turnout rests on (countTurnout()).
ComparedRace RaceReader::readRace(sqlite3_stmt *stmt, qint64 electionId)
{
    ComparedRace race;
    race.raceId = sqlite3_column_int64(stmt, 0);
    race.level = m_electionLevel[size_t(electionId)];
    for (int i = 0; i < 6; ++i) {
        if (sqlite3_column_type(stmt, 3 + i) != SQLITE_NULL)
            race.metrics[size_t(StoredMetrics[i])] = sqlite3_column_double(stmt, 3 + i);
    }
    race.reasons = Metrics::unpackReasons(quint64(sqlite3_column_int64(stmt, 9)));
    if (sqlite3_column_type(stmt, 10) != SQLITE_NULL)
        race.winnerSelfNominated = sqlite3_column_int64(stmt, 10) != 0;
    if (sqlite3_column_type(stmt, 11) != SQLITE_NULL) {
        const Party &party = m_parties[sqlite3_column_int64(stmt, 11)];
        race.winnerNomination = party.shortName;
        race.winnerPartyColour = party.colour;
        race.winnerSelfNominated = false;
    } else if (race.winnerSelfNominated.value_or(false)) {
        race.winnerNomination = m_selfNominated;
    }
    race.synthetic = sqlite3_column_int64(stmt, 12) != 0;
    return race;
}

// The counts the race's turnout rests on, where it rests on counts (ballots issued or cast ÷
// voters), kept with the race and added to its day's sums.
void RaceReader::countTurnout(sqlite3_stmt *stmt, int day, ComparedRace *race)
{
    const int basis = int(sqlite3_column_int64(stmt, 13));
    if (basis != int(Metrics::TurnoutBasis::BallotsIssued) && basis != int(Metrics::TurnoutBasis::BallotsCast))
        return;
    ComputedSummary &sums = m_turnoutSums[day];
    ++sums.racesWithTurnoutCounts;
    race->turnoutVoters = sqlite3_column_int64(stmt, 14);
    race->turnoutBallots = sqlite3_column_int64(stmt, basis == int(Metrics::TurnoutBasis::BallotsIssued) ? 15 : 16);
    sums.turnoutVoters += race->turnoutVoters;
    sums.turnoutBallots += race->turnoutBallots;
}

bool RaceReader::readNames(QList<ComparisonLine> *lines, QString *error)
{
    const QByteArray namesSql = (QStringLiteral("SELECT t.id, COALESCE(NULLIF(t.name_%1, ''), t.name), t.region_id FROM territory t")
                                     .arg(languageCode(displayLanguage()))).toUtf8();
    Sqlite::SqliteStatement names(m_handle, namesSql.constData());
    if (!names.isValid())
        return failSqlite(error, m_handle);
    while (sqlite3_step(names.handle()) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(names.handle(), 0);
        const qint64 regionId = sqlite3_column_int64(names.handle(), 2);
        const int line = id >= 0 && id < qint64(m_lineOfTerritory.size()) ? m_lineOfTerritory[size_t(id)] : -1;
        if (line < 0 && regionId != id)
            continue;
        const QString name = names.columnText(1);
        if (line >= 0) {
            (*lines)[line].territory = name;
            (*lines)[line].regionId = regionId;
        }
        if (regionId == id)
            m_regionNames.insert(id, name);
    }
    for (ComparisonLine &l : *lines)
        l.region = l.regionId != l.territoryId ? m_regionNames.value(l.regionId) : l.territory;
    return true;
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
    settleDays();
    if (m_scope.days.isEmpty())
        return true;

    // The races, lean: numbers only, read through SQLite's own statement (see RaceReader).
    sqlite3 *handle = Sqlite::sqliteHandle(m_db);
    if (!handle) {
        if (error)
            *error = tr("The database is not open.");
        return false;
    }
    RaceReader reader(m_db, handle, m_scope);
    if (!reader.readElections(error) || !reader.readParties(error) || !reader.lineUp(&m_lines, error)
        || !reader.readNames(&m_lines, error))
        return false;
    sortLines(reader.regionNames());
    // Aggregates by day, from the same races.
    aggregate(reader.turnoutSums());
    readPublished();
    return true;
}

void Comparison::settleDays()
{
    if (m_scope.days.isEmpty()) {
        const Store store(m_db);
        for (const ElectionDay &d : store.electionDays()) {
            if (d.races > 0)
                m_scope.days.append(d.date);
        }
    }
    std::sort(m_scope.days.begin(), m_scope.days.end());
    m_scope.days.erase(std::unique(m_scope.days.begin(), m_scope.days.end()), m_scope.days.end());
}

void Comparison::sortLines(const QHash<qint64, QString> &regionNames)
{
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
}

void Comparison::aggregate(const QList<ComputedSummary> &turnoutSums)
{
    for (int d = 0; d < int(m_scope.days.size()); ++d) {
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

} // namespace Sailau
