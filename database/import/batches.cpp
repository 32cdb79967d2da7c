// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "database.h"
#include "racemetricsstore.h"
#include "tablerows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Sailau::Import {

namespace {

BatchInfo readBatch(const QSqlQuery &q)
{
    BatchInfo b;
    b.id = q.value(0).toLongLong();
    b.kind = q.value(1).toString();
    b.fileName = q.value(2).toString();
    b.sha256 = q.value(3).toString();
    b.importedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    b.rows = q.value(5).toLongLong();
    b.racesAdded = q.value(6).toInt();
    b.racesUpdated = q.value(7).toInt();
    b.candidatesAdded = q.value(8).toInt();
    b.territoriesAdded = q.value(9).toInt();
    return b;
}

const QString batchColumns = QStringLiteral(
    "SELECT id, kind, file_name, sha256, imported_at, rows_read, races_added, races_updated, candidates_added, "
    "territories_added FROM import_batch");

} // namespace

QList<BatchInfo> Batches::list(const Database &database)
{
    QList<BatchInfo> batches;
    QSqlQuery q(database.connection());
    if (q.exec(batchColumns + QStringLiteral(" ORDER BY id DESC"))) {
        while (q.next())
            batches.append(readBatch(q));
    }
    return batches;
}

std::optional<BatchInfo> Batches::find(const Database &database, qint64 id)
{
    QSqlQuery q(database.connection());
    q.prepare(batchColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readBatch(q);
    return std::nullopt;
}

namespace {

// The old figures of races that stay, from the batches' change log (the latest change first, so
// that the oldest value is the one left); the races in *races.
bool restoreRaceChanges(const QSqlDatabase &db, const QString &in, QList<qint64> *races, QString *why)
{
    QSqlQuery changes(db);
    changes.prepare(QStringLiteral("SELECT race_id, field, old_value FROM batch_change WHERE batch_id IN %1 "
                                   "ORDER BY batch_id DESC").arg(in));
    if (!changes.exec())
        return (*why = Database::explain(changes.lastError()), false);
    const auto allowed = [](const QString &field) {
        for (size_t i = 0; i < RaceRecord::countColumns.size() + RaceRecord::publishedColumns.size(); ++i) {
            if (field == QLatin1String(RaceRecord::figureColumn(i)))
                return true;
        }
        return field == QLatin1String("against_all_published_basis");
    };
    while (changes.next()) {
        const QString field = changes.value(1).toString();
        if (!allowed(field))
            return (*why = Batches::tr("Unknown field %1 in the change log.").arg(field), false);
        QSqlQuery restore(db);
        restore.prepare(QStringLiteral("UPDATE race SET %1 = ? WHERE id = ?").arg(field));
        restore.addBindValue(changes.value(2));
        restore.addBindValue(changes.value(0));
        if (!restore.exec())
            return (*why = Database::explain(restore.lastError()), false);
        races->append(changes.value(0).toLongLong());
    }
    return true;
}

// The old votes and elected marks of candidates that stay; their races in *races, with the races
// that stay but got candidates from the batches.
bool restoreCandidateChanges(const QSqlDatabase &db, const QString &in, QList<qint64> *races, QString *why)
{
    QSqlQuery changes(db);
    changes.prepare(QStringLiteral(
        "SELECT cc.candidate_id, cc.field, cc.old_value, c.race_id FROM batch_candidate_change cc "
        "JOIN candidate c ON c.id = cc.candidate_id WHERE cc.batch_id IN %1 "
        "ORDER BY cc.batch_id DESC").arg(in));
    if (!changes.exec())
        return (*why = Database::explain(changes.lastError()), false);
    while (changes.next()) {
        const QString field = changes.value(1).toString();
        if (field != QLatin1String("votes") && field != QLatin1String("elected"))
            return (*why = Batches::tr("Unknown field %1 in the change log.").arg(field), false);
        QSqlQuery restore(db);
        restore.prepare(QStringLiteral("UPDATE candidate SET %1 = ? WHERE id = ?").arg(field));
        restore.addBindValue(changes.value(2));
        restore.addBindValue(changes.value(0));
        if (!restore.exec())
            return (*why = Database::explain(restore.lastError()), false);
        races->append(changes.value(3).toLongLong());
    }
    QSqlQuery added(db);
    added.prepare(QStringLiteral("SELECT DISTINCT c.race_id FROM candidate c JOIN race r ON r.id = c.race_id "
                                 "WHERE c.batch_id IN %1 AND COALESCE(r.batch_id, 0) NOT IN %1").arg(in));
    if (added.exec()) {
        while (added.next())
            races->append(added.value(0).toLongLong());
    }
    return true;
}

// Every row the batches added, deepest first, and the sources nothing refers to any more.
bool deleteBatchRows(const QSqlDatabase &db, const QString &in, QString *why)
{
    const QString leaves = QStringLiteral("DELETE FROM territory WHERE batch_id = ? AND id NOT IN "
                                          "(SELECT parent_id FROM territory WHERE parent_id IS NOT NULL)");
    const QStringList statements = {
        QStringLiteral("DELETE FROM batch_change WHERE batch_id = ?"),
        QStringLiteral("DELETE FROM batch_candidate_change WHERE batch_id = ?"),
        QStringLiteral("DELETE FROM candidate WHERE batch_id = ?"),
        QStringLiteral("DELETE FROM race_source WHERE batch_id = ?"),
        QStringLiteral("DELETE FROM polling_station WHERE batch_id = ?"),
        QStringLiteral("DELETE FROM race WHERE batch_id = ?"),
        QStringLiteral("DELETE FROM published_figure WHERE batch_id = ?"),
        QStringLiteral("DELETE FROM territory_alias WHERE batch_id = ?"),
        leaves, leaves, leaves, // a territory's children before it
        QStringLiteral("DELETE FROM territory WHERE batch_id = ?"),
        QStringLiteral("DELETE FROM election WHERE batch_id = ? AND id NOT IN (SELECT election_id FROM race)"),
        QStringLiteral("DELETE FROM import_batch WHERE id = ?"),
        QStringLiteral("DELETE FROM source WHERE id NOT IN (SELECT source_id FROM race_source) "
                       "AND id NOT IN (SELECT source_id FROM candidate_source) "
                       "AND id NOT IN (SELECT source_id FROM published_figure_source)"),
    };
    for (const QString &statement : statements) {
        QString sql = statement;
        sql.replace(QStringLiteral("batch_id = ?"), QStringLiteral("batch_id IN ") + in);
        sql.replace(QStringLiteral("WHERE id = ?"), QStringLiteral("WHERE id IN ") + in);
        QSqlQuery q(db);
        if (!q.exec(sql))
            return (*why = Database::explain(q.lastError()), false);
    }
    return true;
}

// The metrics of the races that stay and were changed.
bool refreshRaces(const QSqlDatabase &db, QList<qint64> races, QString *why)
{
    RaceMetricsStore store(db);
    std::sort(races.begin(), races.end());
    races.erase(std::unique(races.begin(), races.end()), races.end());
    QSqlQuery stays(db);
    stays.prepare(QStringLiteral("SELECT 1 FROM race WHERE id = ?"));
    for (qint64 raceId : std::as_const(races)) {
        // A race of the step changed by a later file of it is gone with the step.
        stays.addBindValue(raceId);
        if (!stays.exec() || !stays.next())
            continue;
        if (!store.refreshRace(raceId, why))
            return false;
    }
    return true;
}

} // namespace

bool Batches::undo(Database &database, qint64 batchId, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (database.isReadOnly())
        return fail(tr("The database is read-only (%1).").arg(database.readOnlyReason()));
    const auto batch = find(database, batchId);
    if (!batch)
        return fail(tr("There is no import %1.").arg(batchId));

    QSqlDatabase db = database.connection();
    auto scalar = [&db](const QString &sql, qint64 id) -> qint64 {
        QSqlQuery q(db);
        q.prepare(sql);
        for (int i = 0; i < sql.count(QLatin1Char('?')); ++i)
            q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    };
    // What later imports built on this one must go first.
    // A step of several files is undone whole: what its batches built on each other stays inside it.
    const QList<qint64> ids = step(database, batchId);
    QStringList idTexts;
    for (qint64 id : ids)
        idTexts.append(QString::number(id));
    const QString in = QStringLiteral("(%1)").arg(idTexts.join(QLatin1Char(',')));
    // What later imports built on this one must go first.
    const qint64 dependents = scalar(QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM race r JOIN territory t ON t.id = r.territory_id "
        " WHERE t.batch_id IN %1 AND COALESCE(r.batch_id, 0) NOT IN %1 "
        " UNION ALL SELECT 1 FROM candidate c JOIN race r ON r.id = c.race_id "
        " WHERE r.batch_id IN %1 AND COALESCE(c.batch_id, 0) NOT IN %1 "
        " UNION ALL SELECT 1 FROM territory t JOIN territory p ON p.id = t.parent_id "
        " WHERE p.batch_id IN %1 AND COALESCE(t.batch_id, 0) NOT IN %1 "
        " UNION ALL SELECT 1 FROM batch_change bc JOIN race r ON r.id = bc.race_id "
        " WHERE r.batch_id IN %1 AND bc.batch_id NOT IN %1)").arg(in), batchId);
    if (dependents != 0) {
        QSqlQuery later(db);
        later.prepare(QStringLiteral(
            "SELECT DISTINCT b.id, b.file_name FROM import_batch b WHERE b.id > ? AND b.id NOT IN %1 ORDER BY b.id DESC").arg(in));
        later.addBindValue(ids.constLast());
        QStringList names;
        if (later.exec()) {
            while (later.next())
                names.append(QStringLiteral("%1 (%2)").arg(later.value(0).toString(), later.value(1).toString()));
        }
        return fail(tr("Import %1 cannot be undone while later imports add to what it created. Undo them first: %2.")
                        .arg(batchId).arg(names.join(QStringLiteral(", "))));
    }

    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(tr("The database is locked by another program. (%1)").arg(Database::explain(begin.lastError())));
    auto rollback = [&db, &fail](const QString &message) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(message);
    };

    // Races that stay but were changed: restore their old values, then recompute.
    QList<qint64> restoredRaces;
    QString why;
    if (!restoreRaceChanges(db, in, &restoredRaces, &why) || !restoreCandidateChanges(db, in, &restoredRaces, &why)
        || !deleteBatchRows(db, in, &why) || !refreshRaces(db, restoredRaces, &why))
        return rollback(why);
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return rollback(tr("The import could not be undone; the database is as it was. %1")
                            .arg(Database::explain(commit.lastError())));
    return true;
}

QList<qint64> Batches::step(const Database &database, qint64 batchId)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT options FROM import_batch WHERE id = ?"));
    q.addBindValue(batchId);
    QList<qint64> ids;
    if (q.exec() && q.next()) {
        const QJsonArray step = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QLatin1String("step")).toArray();
        for (const QJsonValue &v : step) {
            const qint64 id = v.toInteger();
            if (id > 0 && find(database, id))
                ids.append(id);
        }
    }
    if (!ids.contains(batchId))
        ids.append(batchId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace Sailau::Import
