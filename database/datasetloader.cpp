// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetloader.h"

#include "catalog.h"
#include "database.h"
#include "racemetricsstore.h"
#include "textkey.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Sailau {

namespace {

// The race columns a data set may give, with the JSON key of each.
const char *const raceFields[] = {"voters", "ballots_issued", "ballots_cast", "invalid",
                                  "outside_station", "against_all", "polling_stations",
                                  "candidates_registered", "turnout_published", "candidate_list_complete"};

QVariant nullable(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isDouble())
        return v.toDouble();
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.toString();
}

QVariant integerOrNull(const QJsonValue &v)
{
    if (!v.isDouble())
        return QVariant(QMetaType::fromType<qint64>());
    return qint64(v.toDouble());
}

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

std::unique_ptr<Database> DatasetLoader::openOrCreate(const QString &path, bool sampleIfCreated, QString *message,
                                                     OpenError *error, const OpenOptions &options)
{
    OpenError code = OpenError::None;
    auto db = Database::open(path, options, &code, message);
    if (error)
        *error = code;
    if (!db)
        return nullptr;
    if (db->isNew() && !db->isReadOnly()) {
        const Result reference = loadReference(*db);
        if (!reference.ok) {
            if (message)
                *message = tr("The reference territories could not be written to %1: %2").arg(path, reference.error);
            return nullptr;
        }
    }
    if (db->isNew() && sampleIfCreated && !db->isReadOnly()) {
        const Result result = loadSample(*db);
        if (!result.ok) {
            if (message)
                *message = tr("The sample could not be loaded into %1: %2").arg(path, result.error);
            return nullptr;
        }
    }
    return db;
}

QString DatasetLoader::samplePath()
{
    return QStringLiteral(":/sailau/sample/pilot-2023.json");
}

DatasetLoader::Result DatasetLoader::load(Database &database, const QString &path, const QString &batchKind, Part part)
{
    const bool everything = part == Part::Everything;
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (document.isNull()) {
        result.error = tr("%1 is not valid JSON (at byte %2: %3)")
                           .arg(path).arg(parseError.offset).arg(parseError.errorString());
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("sailau-dataset")) {
        result.error = tr("%1 is not a Sailau data set").arg(path);
        return result;
    }
    if (database.isReadOnly()) {
        result.error = tr("The database is read-only (%1).").arg(database.readOnlyReason());
        return result;
    }

    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        result.error = db.lastError().text();
        return result;
    }
    Catalog catalog(db);
    QString error;
    auto failed = [&](const QString &what) {
        result.error = what.isEmpty() ? error : what + QStringLiteral(": ") + error;
        return result;
    };
    auto execOrFail = [&](QSqlQuery &query) {
        if (query.exec())
            return true;
        error = query.lastError().text();
        return false;
    };

    // The batch, so that everything the data set adds can be listed and undone.
    qint64 batchId = 0;
    if (everything) {
        QSqlQuery batch(db);
        batch.prepare(QStringLiteral(
            "INSERT INTO import_batch (kind, file_name, sha256, imported_at) VALUES (?, ?, ?, ?)"));
        batch.addBindValue(batchKind);
        batch.addBindValue(QFileInfo(path).fileName());
        batch.addBindValue(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        batch.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!execOrFail(batch))
            return failed(tr("batch"));
        batchId = batch.lastInsertId().toLongLong();
    }
    result.batchId = batchId;

    // Sources.
    QHash<QString, qint64> sources;
    for (const QJsonValue &value : everything ? root.value(QLatin1String("sources")).toArray() : QJsonArray()) {
        const QJsonObject s = value.toObject();
        const auto id = catalog.sourceId(s.value(QLatin1String("url")).toString(), &error);
        if (!id)
            return failed(tr("source"));
        sources.insert(s.value(QLatin1String("id")).toString(), *id);
    }
    auto sourceList = [&](const QJsonValue &v) {
        QList<qint64> ids;
        for (const QJsonValue &s : v.toArray()) {
            const qint64 id = sources.value(s.toString());
            if (id && !ids.contains(id))
                ids.append(id);
        }
        return ids;
    };

    // Parties and their former names.
    int order = 0;
    for (const QJsonValue &value : root.value(QLatin1String("parties")).toArray()) {
        const QJsonObject p = value.toObject();
        QSqlQuery find(db);
        find.prepare(QStringLiteral("SELECT id FROM party WHERE short_name = ?"));
        find.addBindValue(p.value(QLatin1String("short")).toString());
        if (!execOrFail(find))
            return failed(tr("party"));
        if (find.next())
            continue;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO party (short_name, name_kk, name_ru, name_en, colour, sort_order) VALUES (?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(p.value(QLatin1String("short")).toString());
        insert.addBindValue(p.value(QLatin1String("kk")).toString());
        insert.addBindValue(p.value(QLatin1String("ru")).toString());
        insert.addBindValue(p.value(QLatin1String("en")).toString());
        insert.addBindValue(p.value(QLatin1String("colour")).toString());
        insert.addBindValue(++order);
        if (!execOrFail(insert))
            return failed(tr("party"));
        const qint64 partyId = insert.lastInsertId().toLongLong();
        for (const QJsonValue &a : p.value(QLatin1String("aliases")).toArray()) {
            const QJsonObject alias = a.toObject();
            QSqlQuery insertAlias(db);
            insertAlias.prepare(QStringLiteral(
                "INSERT INTO party_alias (party_id, alias, match_key, valid_from, valid_to) VALUES (?, ?, ?, ?, ?)"));
            const QString name = alias.value(QLatin1String("name")).toString();
            insertAlias.addBindValue(partyId);
            insertAlias.addBindValue(name);
            insertAlias.addBindValue(TextKey::nameKey(name));
            insertAlias.addBindValue(nullable(alias.value(QLatin1String("from"))));
            insertAlias.addBindValue(nullable(alias.value(QLatin1String("to"))));
            if (!execOrFail(insertAlias))
                return failed(tr("party alias"));
        }
    }

    // Elections.
    QHash<QString, qint64> elections;
    for (const QJsonValue &value : everything ? root.value(QLatin1String("elections")).toArray() : QJsonArray()) {
        const QJsonObject e = value.toObject();
        const QDate date = QDate::fromString(e.value(QLatin1String("date")).toString(), Qt::ISODate);
        const auto id = catalog.electionId(date, e.value(QLatin1String("level")).toString(),
                                           e.value(QLatin1String("kind")).toString(QStringLiteral("regular")),
                                           {e.value(QLatin1String("kk")).toString(),
                                            e.value(QLatin1String("ru")).toString(),
                                            e.value(QLatin1String("en")).toString()},
                                           batchId, &error);
        if (!id)
            return failed(tr("election %1").arg(e.value(QLatin1String("ref")).toString()));
        elections.insert(e.value(QLatin1String("ref")).toString(), *id);
    }

    // Territories: existing ones (by ISO or KATO code, or by name under the same parent) are reused.
    QHash<QString, qint64> territories;
    for (const QJsonValue &value : root.value(QLatin1String("territories")).toArray()) {
        const QJsonObject t = value.toObject();
        const QString ref = t.value(QLatin1String("ref")).toString();
        const QString level = t.value(QLatin1String("level")).toString();
        if (!everything && level != QLatin1String("country") && level != QLatin1String("region")
            && level != QLatin1String("city_republican"))
            continue;
        const qint64 parentId = territories.value(t.value(QLatin1String("parent")).toString());
        QSqlQuery find(db);
        find.prepare(QStringLiteral(
            "SELECT id FROM territory WHERE (iso_code IS NOT NULL AND iso_code = ?) "
            "OR (kato IS NOT NULL AND kato = ?) OR (COALESCE(parent_id, 0) = ? AND name = ?)"));
        find.addBindValue(t.value(QLatin1String("iso")).toString());
        find.addBindValue(t.value(QLatin1String("kato")).toString());
        find.addBindValue(parentId);
        find.addBindValue(t.value(QLatin1String("name")).toString());
        if (!execOrFail(find))
            return failed(tr("territory %1").arg(ref));
        if (find.next()) {
            territories.insert(ref, find.value(0).toLongLong());
            continue;
        }
        Catalog::NewTerritory n;
        n.parentId = parentId;
        n.level = t.value(QLatin1String("level")).toString();
        n.name = t.value(QLatin1String("name")).toString();
        n.nameKk = t.value(QLatin1String("kk")).toString();
        n.nameRu = t.value(QLatin1String("ru")).toString();
        n.nameEn = t.value(QLatin1String("en")).toString();
        n.kato = t.value(QLatin1String("kato")).toString();
        n.iso = t.value(QLatin1String("iso")).toString();
        for (const QJsonValue &a : t.value(QLatin1String("aliases")).toArray())
            n.aliases.append(a.toString());
        const QJsonArray tile = t.value(QLatin1String("tile")).toArray();
        if (tile.size() == 2) {
            n.tileRow = tile.at(0).toInt();
            n.tileCol = tile.at(1).toInt();
        }
        n.batchId = everything ? batchId : 0;
        const auto id = catalog.insertTerritory(n, &error);
        if (!id)
            return failed(tr("territory %1").arg(ref));
        territories.insert(ref, *id);
        ++result.territories;
    }

    // Races, their sources (whole race and single figures), candidates.
    QSqlQuery insertRace(db);
    {
        QStringList columns{QStringLiteral("election_id"), QStringLiteral("territory_id"), QStringLiteral("batch_id")};
        QStringList marks{QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")};
        for (const char *field : raceFields) {
            columns.append(QLatin1String(field));
            marks.append(QStringLiteral("?"));
        }
        insertRace.prepare(QStringLiteral("INSERT INTO race (%1) VALUES (%2)")
                               .arg(columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    }
    QSqlQuery insertRaceSource(db);
    insertRaceSource.prepare(QStringLiteral(
        "INSERT INTO race_source (race_id, field, source_id, batch_id) VALUES (?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING"));
    QSqlQuery insertCandidate(db);
    insertCandidate.prepare(QStringLiteral(
        "INSERT INTO candidate (race_id, position, name, search_key, nomination, party_id, self_nominated, "
        "votes, vote_share_published, elected, batch_id, sex, birth_year, age, occupation, incumbent) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertCandidateSource(db);
    insertCandidateSource.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO candidate_source (candidate_id, source_id) VALUES (?, ?)"));

    for (const QJsonValue &value : everything ? root.value(QLatin1String("races")).toArray() : QJsonArray()) {
        const QJsonObject r = value.toObject();
        const QString electionRef = r.value(QLatin1String("election")).toString();
        const QString territoryRef = r.value(QLatin1String("territory")).toString();
        const qint64 electionId = elections.value(electionRef);
        const qint64 territoryId = territories.value(territoryRef);
        if (!electionId || !territoryId)
            return failed(tr("race %1 refers to an unknown election or territory").arg(territoryRef));
        const QJsonObject figures = r.value(QLatin1String("figures")).toObject();
        insertRace.bindValue(0, electionId);
        insertRace.bindValue(1, territoryId);
        insertRace.bindValue(2, batchId);
        int column = 3;
        for (const char *field : raceFields) {
            const QJsonValue v = figures.value(QLatin1String(field));
            if (qstrcmp(field, "turnout_published") == 0)
                insertRace.bindValue(column++, v.isDouble() ? QVariant(v.toDouble()) : QVariant(QMetaType::fromType<double>()));
            else
                insertRace.bindValue(column++, integerOrNull(v));
        }
        if (!execOrFail(insertRace))
            return failed(tr("race %1").arg(territoryRef));
        const qint64 raceId = insertRace.lastInsertId().toLongLong();
        ++result.races;

        auto addRaceSources = [&](const QString &field, const QJsonValue &list) {
            for (qint64 sourceId : sourceList(list)) {
                insertRaceSource.bindValue(0, raceId);
                insertRaceSource.bindValue(1, field.isNull() ? QString(QLatin1String("")) : field); // '' = the whole race
                insertRaceSource.bindValue(2, sourceId);
                insertRaceSource.bindValue(3, batchId);
                if (!execOrFail(insertRaceSource))
                    return false;
            }
            return true;
        };
        if (!addRaceSources(QString(), r.value(QLatin1String("sources"))))
            return failed(tr("race %1").arg(territoryRef));
        const QJsonObject figureSources = r.value(QLatin1String("figure_sources")).toObject();
        for (auto it = figureSources.begin(); it != figureSources.end(); ++it) {
            if (!addRaceSources(it.key(), it.value()))
                return failed(tr("race %1").arg(territoryRef));
        }

        const QDate date = QDate::fromString(electionRef.left(10), Qt::ISODate);
        int position = 0;
        for (const QJsonValue &cv : r.value(QLatin1String("candidates")).toArray()) {
            const QJsonObject c = cv.toObject();
            const QString name = c.value(QLatin1String("name")).toString();
            const QString nomination = c.value(QLatin1String("nomination")).toString();
            const Catalog::Nomination resolved = catalog.resolveNomination(nomination, date);
            insertCandidate.bindValue(0, raceId);
            insertCandidate.bindValue(1, ++position);
            insertCandidate.bindValue(2, name);
            insertCandidate.bindValue(3, TextKey::nameKey(name));
            insertCandidate.bindValue(4, nomination.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(nomination));
            insertCandidate.bindValue(5, resolved.partyId ? QVariant(resolved.partyId) : QVariant(QMetaType::fromType<qint64>()));
            insertCandidate.bindValue(6, resolved.known ? QVariant(resolved.selfNominated ? 1 : 0) : QVariant(QMetaType::fromType<int>()));
            insertCandidate.bindValue(7, integerOrNull(c.value(QLatin1String("votes"))));
            const QJsonValue share = c.value(QLatin1String("vote_share_published"));
            insertCandidate.bindValue(8, share.isDouble() ? QVariant(share.toDouble()) : QVariant(QMetaType::fromType<double>()));
            const QJsonValue elected = c.value(QLatin1String("elected"));
            insertCandidate.bindValue(9, elected.isBool() ? QVariant(elected.toBool() ? 1 : 0) : QVariant(QMetaType::fromType<int>()));
            insertCandidate.bindValue(10, batchId);
            // Optional: "sex" ("m" or "f"), "birth_year", "age" (at the election), "occupation",
            // "incumbent"; absent is not known.
            const QString sex = c.value(QLatin1String("sex")).toString();
            insertCandidate.bindValue(11, sex == QLatin1String("m") || sex == QLatin1String("f") ? QVariant(sex)
                                                                                               : QVariant(QMetaType::fromType<QString>()));
            insertCandidate.bindValue(12, integerOrNull(c.value(QLatin1String("birth_year"))));
            insertCandidate.bindValue(13, integerOrNull(c.value(QLatin1String("age"))));
            const QString occupation = c.value(QLatin1String("occupation")).toString();
            insertCandidate.bindValue(14, occupation.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(occupation));
            const QJsonValue incumbent = c.value(QLatin1String("incumbent"));
            insertCandidate.bindValue(15, incumbent.isBool() ? QVariant(incumbent.toBool() ? 1 : 0) : QVariant(QMetaType::fromType<int>()));
            if (!execOrFail(insertCandidate))
                return failed(tr("candidate %1").arg(name));
            const qint64 candidateId = insertCandidate.lastInsertId().toLongLong();
            ++result.candidates;
            for (qint64 sourceId : sourceList(c.value(QLatin1String("sources")))) {
                insertCandidateSource.bindValue(0, candidateId);
                insertCandidateSource.bindValue(1, sourceId);
                if (!execOrFail(insertCandidateSource))
                    return failed(tr("candidate %1").arg(name));
            }
        }
    }

    // Published aggregates.
    QSqlQuery insertFigure(db);
    insertFigure.prepare(QStringLiteral(
        "INSERT INTO published_figure (election_date, election_scope, territory_id, territory_name, metric, "
        "value, value_text, unit, notes, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertFigureSource(db);
    insertFigureSource.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO published_figure_source (figure_id, source_id) VALUES (?, ?)"));
    for (const QJsonValue &value : everything ? root.value(QLatin1String("published")).toArray() : QJsonArray()) {
        const QJsonObject f = value.toObject();
        const qint64 territoryId = territories.value(f.value(QLatin1String("territory")).toString());
        insertFigure.bindValue(0, f.value(QLatin1String("date")).toString());
        insertFigure.bindValue(1, nullable(f.value(QLatin1String("scope"))));
        insertFigure.bindValue(2, territoryId ? QVariant(territoryId) : QVariant(QMetaType::fromType<qint64>()));
        insertFigure.bindValue(3, nullable(f.value(QLatin1String("territory_name"))));
        insertFigure.bindValue(4, f.value(QLatin1String("metric")).toString());
        const QJsonValue v = f.value(QLatin1String("value"));
        insertFigure.bindValue(5, v.isDouble() ? QVariant(v.toDouble()) : QVariant(QMetaType::fromType<double>()));
        insertFigure.bindValue(6, nullable(f.value(QLatin1String("value_text"))));
        insertFigure.bindValue(7, nullable(f.value(QLatin1String("unit"))));
        insertFigure.bindValue(8, nullable(f.value(QLatin1String("notes"))));
        insertFigure.bindValue(9, batchId);
        if (!execOrFail(insertFigure))
            return failed(tr("published figure"));
        const qint64 figureId = insertFigure.lastInsertId().toLongLong();
        ++result.published;
        for (qint64 sourceId : sourceList(f.value(QLatin1String("sources")))) {
            insertFigureSource.bindValue(0, figureId);
            insertFigureSource.bindValue(1, sourceId);
            if (!execOrFail(insertFigureSource))
                return failed(tr("published figure"));
        }
    }

    // A synthetic data set (the comparison corpus) is marked as the generator's races are, so
    // that it is never mixed silently with real results.
    if (everything && batchKind == QLatin1String("synthetic")) {
        for (const char *table : {"race", "territory"}) {
            QSqlQuery mark(db);
            mark.prepare(QStringLiteral("UPDATE %1 SET synthetic = 1 WHERE batch_id = ?").arg(QLatin1String(table)));
            mark.addBindValue(batchId);
            if (!execOrFail(mark))
                return failed(tr("batch"));
        }
    }

    if (everything && !RaceMetricsStore(db).refresh(QStringLiteral("r.batch_id = ?"), {batchId}, &error))
        return failed(tr("metrics"));

    QSqlQuery counts(db);
    counts.prepare(QStringLiteral(
        "UPDATE import_batch SET races_added = ?, candidates_added = ?, territories_added = ?, rows_read = ? WHERE id = ?"));
    counts.addBindValue(result.races);
    counts.addBindValue(result.candidates);
    counts.addBindValue(result.territories);
    counts.addBindValue(result.races + result.candidates + result.published);
    counts.addBindValue(batchId);
    if (everything && !execOrFail(counts))
        return failed(tr("batch"));

    if (!transaction.commit()) {
        result.error = db.lastError().text();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Sailau
