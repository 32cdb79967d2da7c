// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "language.h"
#include "sqlvalues.h"
#include "textkey.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Sailau {

namespace {

const QString territoryColumns = QStringLiteral(
    "t.id, t.parent_id, t.level, t.kato, t.iso_code, t.name, t.name_kk, t.name_ru, t.name_en, t.path, "
    "t.tile_row, t.tile_col, t.synthetic");
constexpr int territoryColumnCount = 13;

QString joinTitles(const QStringList &titles)
{
    QStringList distinct;
    for (const QString &t : titles) {
        if (!t.isEmpty() && !distinct.contains(t))
            distinct.append(t);
    }
    return distinct.join(QStringLiteral("; "));
}

} // namespace

QString ElectionDay::title() const
{
    return localName(titleKk, titleRu, titleEn, titleEn);
}

QString TerritoryInfo::displayName() const
{
    return localName(nameKk, nameRu, nameEn, name);
}

std::optional<double> ComputedSummary::turnout() const
{
    if (turnoutVoters <= 0)
        return std::nullopt;
    return double(turnoutBallots) / double(turnoutVoters);
}

QString raceScopeCondition(const QSqlDatabase &db, const QDate &day, qint64 territoryId, QVariantList *bindings)
{
    if (territoryId > 0) {
        QSqlQuery level(db);
        level.prepare(QStringLiteral("SELECT level FROM territory WHERE id = ?"));
        level.addBindValue(territoryId);
        if (level.exec() && level.next() && level.value(0).toString() == QLatin1String("country"))
            territoryId = 0; // the whole country
    }
    QStringList parts;
    if (day.isValid()) {
        parts.append(QStringLiteral("e.date = ?"));
        bindings->append(day.toString(Qt::ISODate));
    }
    if (territoryId > 0) {
        // The territory, its children, or (for a region) everything in it.
        parts.append(QStringLiteral("(t.id = ? OR t.parent_id = ? OR t.region_id = ?)"));
        for (int i = 0; i < 3; ++i)
            bindings->append(territoryId);
    }
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QLatin1String(" AND "));
}

TerritoryInfo Store::readTerritory(const QSqlQuery &query, int first) const
{
    TerritoryInfo t;
    t.id = query.value(first).toLongLong();
    t.parentId = query.value(first + 1).toLongLong();
    t.level = query.value(first + 2).toString();
    t.kato = query.value(first + 3).toString();
    t.iso = query.value(first + 4).toString();
    t.name = query.value(first + 5).toString();
    t.nameKk = query.value(first + 6).toString();
    t.nameRu = query.value(first + 7).toString();
    t.nameEn = query.value(first + 8).toString();
    t.path = query.value(first + 9).toString();
    if (!query.value(first + 10).isNull())
        t.tileRow = query.value(first + 10).toInt();
    if (!query.value(first + 11).isNull())
        t.tileCol = query.value(first + 11).toInt();
    t.synthetic = query.value(first + 12).toBool();
    return t;
}

QList<ElectionDay> Store::electionDays() const
{
    QList<ElectionDay> days;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral(
        "SELECT e.date, e.level, e.title_kk, e.title_ru, e.title_en, "
        "(SELECT count(*) FROM race r WHERE r.election_id = e.id) "
        "FROM election e ORDER BY e.date DESC, e.level"));
    QMap<QDate, QList<QStringList>> titles;
    while (query.next()) {
        const QDate date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        if (days.isEmpty() || days.last().date != date) {
            ElectionDay day;
            day.date = date;
            days.append(day);
        }
        ElectionDay &day = days.last();
        day.levels.append(query.value(1).toString());
        day.races += query.value(5).toInt();
        auto &t = titles[date];
        if (t.isEmpty())
            t = {QStringList(), QStringList(), QStringList()};
        for (int i = 0; i < 3; ++i)
            t[i].append(query.value(2 + i).toString());
    }
    // Days known only from published totals (a press release imported before any results).
    query.exec(QStringLiteral("SELECT DISTINCT election_date FROM published_figure "
                              "WHERE election_date NOT IN (SELECT date FROM election)"));
    while (query.next()) {
        ElectionDay day;
        day.date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        if (day.date.isValid())
            days.append(day);
    }
    std::sort(days.begin(), days.end(), [](const ElectionDay &a, const ElectionDay &b) { return a.date > b.date; });
    for (ElectionDay &day : days) {
        if (!titles.contains(day.date))
            continue; // published totals only: no title
        const auto &t = titles[day.date];
        day.titleKk = joinTitles(t[0]);
        day.titleRu = joinTitles(t[1]);
        day.titleEn = joinTitles(t[2]);
    }
    return days;
}

std::optional<ElectionDay> Store::electionDay(const QDate &date) const
{
    for (const ElectionDay &day : electionDays()) {
        if (day.date == date)
            return day;
    }
    return std::nullopt;
}

QList<TerritoryInfo> Store::territoryChildren(qint64 parentId, const QHash<qint64, int> &raceCounts) const
{
    QList<TerritoryInfo> children;
    QSqlQuery query(m_db);
    QString sql = QStringLiteral("SELECT ") + territoryColumns + QStringLiteral(
        ", (SELECT count(*) FROM territory c WHERE c.parent_id = t.id) FROM territory t WHERE ");
    sql += parentId > 0 ? QStringLiteral("t.parent_id = ?") : QStringLiteral("t.parent_id IS NULL");
    sql += QStringLiteral(" ORDER BY ") + localNameSql(QStringLiteral("t")) + QStringLiteral(" COLLATE sailau");
    query.prepare(sql);
    if (parentId > 0)
        query.addBindValue(parentId);
    query.exec();
    const int total = raceCounts.value(0);
    while (query.next()) {
        TerritoryInfo t = readTerritory(query, 0);
        t.childCount = query.value(territoryColumnCount).toInt();
        t.raceCount = t.level == QLatin1String("country") ? total : raceCounts.value(t.id);
        children.append(t);
    }
    return children;
}

QHash<qint64, int> Store::raceCounts(const QDate &day) const
{
    QHash<qint64, int> counts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT rt.id, rt.parent_id, rt.region_id FROM race r "
                                 "JOIN territory rt ON rt.id = r.territory_id JOIN election e ON e.id = r.election_id");
    if (day.isValid())
        sql += QStringLiteral(" WHERE e.date = ?");
    query.prepare(sql);
    if (day.isValid())
        query.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec())
        return counts;
    int total = 0;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const qint64 parent = query.value(1).toLongLong();
        const qint64 region = query.value(2).toLongLong();
        ++counts[id];
        if (parent && parent != id)
            ++counts[parent];
        if (region && region != id && region != parent)
            ++counts[region];
        ++total;
    }
    counts.insert(0, total); // 0: every race, what the country counts
    return counts;
}

QSet<qint64> Store::regionsWithRaces() const
{
    QSet<qint64> regions;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT g.id FROM territory g WHERE g.id = g.region_id AND EXISTS "
            "(SELECT 1 FROM territory t JOIN race r ON r.territory_id = t.id WHERE t.region_id = g.id)")))
        return regions;
    while (query.next())
        regions.insert(query.value(0).toLongLong());
    return regions;
}

std::optional<TerritoryInfo> Store::territory(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + territoryColumns + QStringLiteral(
        ", (SELECT count(*) FROM territory c WHERE c.parent_id = t.id) FROM territory t WHERE t.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    TerritoryInfo t = readTerritory(query, 0);
    t.childCount = query.value(territoryColumnCount).toInt();
    return t;
}

std::optional<TerritoryInfo> Store::country() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id FROM territory WHERE level = 'country' ORDER BY id LIMIT 1"))
        || !query.next())
        return std::nullopt;
    return territory(query.value(0).toLongLong());
}

QList<TerritoryInfo> Store::findTerritories(const QString &text, int limit) const
{
    QList<TerritoryInfo> found;
    const QString key = TextKey::fold(text);
    if (key.isEmpty())
        return found;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + territoryColumns + QStringLiteral(
        " FROM territory t WHERE t.search_key LIKE ? ESCAPE '\\' ORDER BY length(t.path), ")
        + localNameSql(QStringLiteral("t")) + QStringLiteral(" LIMIT ?"));
    query.addBindValue(QStringLiteral("%") + TextKey::escapeLike(key) + QStringLiteral("%"));
    query.addBindValue(limit);
    query.exec();
    while (query.next())
        found.append(readTerritory(query, 0));
    return found;
}

QList<qint64> Store::pathIds(const QString &path)
{
    QList<qint64> ids;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    return ids;
}

std::optional<TerritoryInfo> Store::regionOf(qint64 territoryId) const
{
    const auto t = territory(territoryId);
    if (!t)
        return std::nullopt;
    for (qint64 id : pathIds(t->path)) {
        const auto ancestor = id == t->id ? t : territory(id);
        if (ancestor && ancestor->isRegionLevel())
            return ancestor;
    }
    return std::nullopt;
}

QList<TerritoryInfo> Store::regions() const
{
    QList<TerritoryInfo> list;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT ") + territoryColumns
               + QStringLiteral(" FROM territory t WHERE t.level IN ('region', 'city_republican') ORDER BY ")
               + localNameSql(QStringLiteral("t")) + QStringLiteral(" COLLATE sailau"));
    while (query.next())
        list.append(readTerritory(query, 0));
    return list;
}

bool Store::hasPublishedFigures(const QDate &day) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM published_figure WHERE election_date = ? LIMIT 1"));
    query.addBindValue(day.toString(Qt::ISODate));
    return query.exec() && query.next();
}

QSet<QString> Store::repeatedNames() const
{
    QSet<QString> names;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT n FROM (SELECT ") + localNameSql(QStringLiteral("t"))
                    + QStringLiteral(" AS n FROM territory t WHERE t.level <> 'country') GROUP BY n HAVING count(*) > 1")))
        return names;
    while (query.next())
        names.insert(query.value(0).toString());
    return names;
}

namespace {

bool nameIsRepeated(const QSqlDatabase &db, const TerritoryInfo &t)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM territory t WHERE ") + localNameSql(QStringLiteral("t"))
                  + QStringLiteral(" = ? AND t.id <> ? AND t.level <> 'country' LIMIT 1"));
    query.addBindValue(t.displayName());
    query.addBindValue(t.id);
    return query.exec() && query.next();
}

} // namespace

QString Store::distinctName(const TerritoryInfo &territory) const
{
    const QString name = territory.displayName();
    if (territory.isRegionLevel() || territory.level == QLatin1String("country") || !nameIsRepeated(m_db, territory))
        return name;
    const auto region = regionOf(territory.id);
    if (!region || region->id == territory.id)
        return name;
    return QCoreApplication::translate("Sailau::Store", "%1, %2", "a territory and its region").arg(name, region->displayName());
}

QString Store::distinctNameEn(const TerritoryInfo &territory) const
{
    const QString name = territory.nameEn.isEmpty() ? territory.displayName() : territory.nameEn;
    if (territory.isRegionLevel() || territory.level == QLatin1String("country") || !nameIsRepeated(m_db, territory))
        return name;
    const auto region = regionOf(territory.id);
    if (!region || region->id == territory.id)
        return name;
    return name + QStringLiteral(", ") + (region->nameEn.isEmpty() ? region->displayName() : region->nameEn);
}

QList<PublishedFigure> Store::publishedFigures(const QDate &day, qint64 territoryId) const
{
    QList<PublishedFigure> figures;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT f.id, f.election_date, f.election_scope, f.territory_id, f.territory_name, f.metric, f.value, "
        "f.value_text, f.unit, f.notes, "
        "(SELECT group_concat(s.url, char(10)) FROM published_figure_source fs JOIN source s ON s.id = fs.source_id "
        " WHERE fs.figure_id = f.id) "
        "FROM published_figure f WHERE f.election_date = ? AND COALESCE(f.territory_id, 0) = ? ORDER BY f.id"));
    query.addBindValue(day.toString(Qt::ISODate));
    query.addBindValue(territoryId);
    query.exec();
    while (query.next()) {
        PublishedFigure f;
        f.id = query.value(0).toLongLong();
        f.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        f.scope = query.value(2).toString();
        f.territoryId = query.value(3).toLongLong();
        f.territoryName = query.value(4).toString();
        f.metric = query.value(5).toString();
        f.value = ratioOf(query.value(6));
        f.valueText = query.value(7).toString();
        f.unit = query.value(8).toString();
        f.notes = query.value(9).toString();
        f.sources = query.value(10).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        figures.append(f);
    }
    return figures;
}

ComputedSummary Store::computedSummary(const QDate &day, qint64 territoryId) const
{
    ComputedSummary s;
    QVariantList bindings;
    const QString condition = raceScopeCondition(m_db, day, territoryId, &bindings);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT count(*), count(r.voters), total(r.voters), "
        "sum(CASE WHEN m.turnout_basis IN (1, 2) THEN 1 ELSE 0 END), "
        "total(CASE WHEN m.turnout_basis = 1 THEN r.ballots_issued WHEN m.turnout_basis = 2 THEN r.ballots_cast END), "
        "total(CASE WHEN m.turnout_basis IN (1, 2) THEN r.voters END), "
        "count(m.turnout), count(m.winner_id), count(m.enc_laakso_taagepera), "
        "count(m.candidates), total(m.candidates), count(r.polling_stations), total(r.polling_stations), "
        "sum(CASE WHEN m.winner_self_nominated = 1 THEN 1 ELSE 0 END), sum(CASE WHEN m.winner_party_id IS NOT NULL THEN 1 ELSE 0 END), "
        "(SELECT count(*) FROM candidate c JOIN race r2 ON r2.id = c.race_id JOIN territory t ON t.id = r2.territory_id "
        " JOIN election e ON e.id = r2.election_id WHERE ") + condition + QStringLiteral(") "
        "FROM race r JOIN territory t ON t.id = r.territory_id JOIN election e ON e.id = r.election_id "
        "LEFT JOIN race_metrics m ON m.race_id = r.id WHERE ")
        + condition);
    for (const QVariant &b : bindings)
        query.addBindValue(b);
    for (const QVariant &b : bindings)
        query.addBindValue(b);
    if (!query.exec() || !query.next())
        return s;
    s.races = query.value(0).toInt();
    s.racesWithVoters = query.value(1).toInt();
    s.voters = qint64(query.value(2).toDouble());
    s.racesWithTurnoutCounts = query.value(3).toInt();
    s.turnoutBallots = qint64(query.value(4).toDouble());
    s.turnoutVoters = qint64(query.value(5).toDouble());
    s.racesWithTurnout = query.value(6).toInt();
    s.racesWithWinner = query.value(7).toInt();
    s.racesWithAllVotes = query.value(8).toInt();
    s.racesWithCandidateCount = query.value(9).toInt();
    s.candidatesCounted = int(query.value(10).toDouble());
    s.racesWithPollingStations = query.value(11).toInt();
    s.pollingStations = int(query.value(12).toDouble());
    s.selfNominatedWinners = query.value(13).toInt();
    s.partyWinners = query.value(14).toInt();
    s.candidatesKnown = query.value(15).toInt();
    return s;
}

std::optional<int> Store::publishedRaceCount(const QDate &day) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT f.value FROM published_figure f JOIN territory t ON t.id = f.territory_id "
        "WHERE t.level = 'country' AND f.election_date = ? AND f.value IS NOT NULL "
        "AND (f.metric = 'races' OR f.metric LIKE 'races (%') ORDER BY f.id LIMIT 1"));
    query.addBindValue(day.toString(Qt::ISODate));
    if (query.exec() && query.next())
        return int(query.value(0).toDouble());
    return std::nullopt;
}

int Store::completeRaceCount(const QDate &day) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM race r JOIN election e ON e.id = r.election_id "
        "JOIN race_metrics m ON m.race_id = r.id WHERE e.date = ? AND m.turnout_basis IN (1, 2) "
        "AND m.enc_laakso_taagepera IS NOT NULL AND m.winner_share IS NOT NULL"));
    query.addBindValue(day.toString(Qt::ISODate));
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

QList<Store::DayBatch> Store::dayBatches(const QDate &day) const
{
    QList<DayBatch> list;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT b.id, b.kind, b.file_name FROM import_batch b WHERE b.id IN "
        "(SELECT DISTINCT r.batch_id FROM race r JOIN election e ON e.id = r.election_id WHERE e.date = ?) "
        "ORDER BY b.id"));
    query.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec())
        return list;
    while (query.next())
        list.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return list;
}

DatabaseCounts Store::counts() const
{
    DatabaseCounts c;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM election), (SELECT count(*) FROM race), (SELECT count(*) FROM candidate), "
            "(SELECT count(*) FROM territory), (SELECT count(*) FROM import_batch), "
            "EXISTS (SELECT 1 FROM import_batch WHERE kind = 'sample'), "
            "EXISTS (SELECT 1 FROM import_batch WHERE kind = 'synthetic')"))
        && query.next()) {
        c.elections = query.value(0).toInt();
        c.races = query.value(1).toInt();
        c.candidates = query.value(2).toInt();
        c.territories = query.value(3).toInt();
        c.batches = query.value(4).toInt();
        c.hasSample = query.value(5).toBool();
        c.hasSynthetic = query.value(6).toBool();
    }
    return c;
}

} // namespace Sailau
