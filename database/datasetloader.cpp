// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetloader.h"

#include "catalog.h"
#include "database.h"
#include "racemetricsstore.h"
#include "sqlite/sqlitestatement.h"
#include "tablerows.h"
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

#include <functional>
#include <optional>

namespace Sailau {

namespace {

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

std::optional<qint64> countOf(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<qint64>(qint64(v.toDouble())) : std::nullopt;
}

std::optional<bool> flagOf(const QJsonValue &v)
{
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

// The races of a data set, their sources and candidates, written by the rows the import writes
// (database/tablerows.h), one row to a statement.
class RaceWriter
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::DatasetLoader)
public:
    using SourceList = std::function<QList<qint64>(const QJsonValue &)>;

    RaceWriter(const QSqlDatabase &db, qint64 batchId)
        : m_db(db)
        , m_sqlite(Sqlite::sqliteHandle(db))
        , m_batchId(batchId)
    {
        if (!m_sqlite)
            return;
        m_races = Sqlite::BulkInsert(m_sqlite, "INSERT", "race", RaceRecord::columns(), 1);
        m_candidates = Sqlite::BulkInsert(m_sqlite, "INSERT", "candidate", CandidateRecord::columns(), 1);
        m_raceSources = Sqlite::BulkInsert(m_sqlite, "INSERT OR IGNORE", "race_source", RaceSourceRecord::columns(), 1);
        m_candidateSources = Sqlite::BulkInsert(m_sqlite, "INSERT OR IGNORE", "candidate_source",
                                                {"candidate_id", "source_id"}, 1);
    }

    // A null string when every race is written; else what could not be (error() says why).
    QString write(const QJsonArray &races, const QHash<QString, qint64> &elections,
                  const QHash<QString, qint64> &territories, Catalog &catalog, const SourceList &sourceList,
                  DatasetLoader::Result *result)
    {
        if (!m_sqlite) {
            m_error = tr("the database connection does not give access to SQLite");
            return tr("races");
        }
        if (!nextIds())
            return tr("races");
        for (const QJsonValue &value : races) {
            const QJsonObject r = value.toObject();
            const QString electionRef = r.value(QLatin1String("election")).toString();
            const QString territoryRef = r.value(QLatin1String("territory")).toString();
            RaceRecord race;
            race.id = ++m_raceId;
            race.electionId = elections.value(electionRef);
            race.territoryId = territories.value(territoryRef);
            if (!race.electionId || !race.territoryId)
                return tr("race %1 refers to an unknown election or territory").arg(territoryRef);
            const QJsonObject figures = r.value(QLatin1String("figures")).toObject();
            for (size_t i = 0; i < RaceRecord::countColumns.size(); ++i)
                race.counts[i] = countOf(figures.value(QLatin1String(RaceRecord::countColumns[i])));
            const QJsonValue turnout = figures.value(QLatin1String("turnout_published"));
            if (turnout.isDouble())
                race.turnoutPublished = turnout.toDouble();
            race.listComplete = figures.value(QLatin1String("candidate_list_complete")).toInt() == 1;
            race.batchId = m_batchId;
            if (!add(race, m_races))
                return tr("race %1").arg(territoryRef);
            ++result->races;
            if (!addSources(race.id, QString(), sourceList(r.value(QLatin1String("sources")))))
                return tr("race %1").arg(territoryRef);
            const QJsonObject figureSources = r.value(QLatin1String("figure_sources")).toObject();
            for (auto it = figureSources.begin(); it != figureSources.end(); ++it) {
                if (!addSources(race.id, it.key(), sourceList(it.value())))
                    return tr("race %1").arg(territoryRef);
            }
            const QDate date = QDate::fromString(electionRef.left(10), Qt::ISODate);
            qint64 position = 0;
            for (const QJsonValue &cv : r.value(QLatin1String("candidates")).toArray()) {
                const QJsonObject c = cv.toObject();
                const CandidateRecord candidate = candidateOf(c, race.id, ++position, date, catalog);
                if (!add(candidate, m_candidates))
                    return tr("candidate %1").arg(candidate.name);
                ++result->candidates;
                for (qint64 sourceId : sourceList(c.value(QLatin1String("sources")))) {
                    m_candidateSources.add(candidate.id).add(sourceId);
                    if (!m_candidateSources.endRow()) {
                        m_error = m_candidateSources.error();
                        return tr("candidate %1").arg(candidate.name);
                    }
                }
            }
        }
        return QString();
    }

    QString error() const { return m_error; }

private:
    bool nextIds()
    {
        for (auto [table, id] : {std::pair{"race", &m_raceId}, std::pair{"candidate", &m_candidateId}}) {
            QSqlQuery max(m_db);
            if (!max.exec(QStringLiteral("SELECT COALESCE(max(id), 0) FROM %1").arg(QLatin1String(table))) || !max.next()) {
                m_error = max.lastError().text();
                return false;
            }
            *id = max.value(0).toLongLong();
        }
        return true;
    }

    template <typename Record>
    bool add(const Record &record, Sqlite::BulkInsert &insert)
    {
        record.addTo(insert);
        if (insert.endRow())
            return true;
        m_error = insert.error();
        return false;
    }

    bool addSources(qint64 raceId, const QString &field, const QList<qint64> &sourceIds)
    {
        for (qint64 sourceId : sourceIds) {
            if (!add(RaceSourceRecord{raceId, field, sourceId, m_batchId}, m_raceSources))
                return false;
        }
        return true;
    }

    // Optional: "sex" ("m" or "f"), "birth_year", "age" (at the election), "occupation",
    // "incumbent"; absent is not known.
    CandidateRecord candidateOf(const QJsonObject &c, qint64 raceId, qint64 position, const QDate &date, Catalog &catalog)
    {
        CandidateRecord candidate;
        candidate.id = ++m_candidateId;
        candidate.raceId = raceId;
        candidate.position = position;
        candidate.name = c.value(QLatin1String("name")).toString();
        candidate.searchKey = TextKey::nameKey(candidate.name);
        const QString nomination = c.value(QLatin1String("nomination")).toString();
        candidate.nomination = nomination.isEmpty() ? QString() : nomination;
        const Catalog::Nomination resolved = catalog.resolveNomination(nomination, date);
        candidate.partyId = resolved.partyId;
        if (resolved.known)
            candidate.selfNominated = resolved.selfNominated;
        candidate.votes = countOf(c.value(QLatin1String("votes")));
        const QJsonValue share = c.value(QLatin1String("vote_share_published"));
        if (share.isDouble())
            candidate.share = share.toDouble();
        candidate.elected = flagOf(c.value(QLatin1String("elected")));
        candidate.batchId = m_batchId;
        const QString sex = c.value(QLatin1String("sex")).toString();
        if (sex == QLatin1String("m") || sex == QLatin1String("f"))
            candidate.sex = sex;
        candidate.birthYear = countOf(c.value(QLatin1String("birth_year")));
        candidate.age = countOf(c.value(QLatin1String("age")));
        const QString occupation = c.value(QLatin1String("occupation")).toString();
        if (!occupation.isEmpty())
            candidate.occupation = occupation;
        candidate.incumbent = flagOf(c.value(QLatin1String("incumbent")));
        return candidate;
    }

    QSqlDatabase m_db;
    sqlite3 *m_sqlite = nullptr;
    qint64 m_batchId = 0;
    qint64 m_raceId = 0;
    qint64 m_candidateId = 0;
    Sqlite::BulkInsert m_races, m_candidates, m_raceSources, m_candidateSources;
    QString m_error;
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

namespace {

// What a data set adds, part by part, inside the loader's transaction. Each part says false on an
// error, which result() then holds.
class DatasetWriter
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::DatasetLoader)
public:
    DatasetWriter(const QSqlDatabase &db, const QJsonObject &root, bool everything)
        : m_db(db)
        , m_root(root)
        , m_everything(everything)
        , m_catalog(db)
    {
    }

    DatasetLoader::Result &result() { return m_result; }

    // The batch, so that everything the data set adds can be listed and undone.
    bool batch(const QString &kind, const QString &path, const QByteArray &bytes)
    {
        if (!m_everything)
            return true;
        QSqlQuery batch(m_db);
        batch.prepare(QStringLiteral(
            "INSERT INTO import_batch (kind, file_name, sha256, imported_at) VALUES (?, ?, ?, ?)"));
        batch.addBindValue(kind);
        batch.addBindValue(QFileInfo(path).fileName());
        batch.addBindValue(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        batch.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!exec(batch))
            return failed(tr("batch"));
        m_batchId = batch.lastInsertId().toLongLong();
        m_result.batchId = m_batchId;
        return true;
    }

    bool sources()
    {
        for (const QJsonValue &value : array("sources")) {
            const QJsonObject s = value.toObject();
            const auto id = m_catalog.sourceId(s.value(QLatin1String("url")).toString(), &m_error);
            if (!id)
                return failed(tr("source"));
            m_sources.insert(s.value(QLatin1String("id")).toString(), *id);
        }
        return true;
    }

    // Parties and their former names (the reference too).
    bool parties()
    {
        int order = 0;
        for (const QJsonValue &value : m_root.value(QLatin1String("parties")).toArray()) {
            const QJsonObject p = value.toObject();
            QSqlQuery find(m_db);
            find.prepare(QStringLiteral("SELECT id FROM party WHERE short_name = ?"));
            find.addBindValue(p.value(QLatin1String("short")).toString());
            if (!exec(find))
                return failed(tr("party"));
            if (find.next())
                continue;
            QSqlQuery insert(m_db);
            insert.prepare(QStringLiteral(
                "INSERT INTO party (short_name, name_kk, name_ru, name_en, colour, sort_order) VALUES (?, ?, ?, ?, ?, ?)"));
            for (const char *key : {"short", "kk", "ru", "en", "colour"})
                insert.addBindValue(p.value(QLatin1String(key)).toString());
            insert.addBindValue(++order);
            if (!exec(insert))
                return failed(tr("party"));
            if (!partyAliases(insert.lastInsertId().toLongLong(), p.value(QLatin1String("aliases")).toArray()))
                return failed(tr("party alias"));
        }
        return true;
    }

    bool elections()
    {
        for (const QJsonValue &value : array("elections")) {
            const QJsonObject e = value.toObject();
            const QDate date = QDate::fromString(e.value(QLatin1String("date")).toString(), Qt::ISODate);
            const auto id = m_catalog.electionId(date, e.value(QLatin1String("level")).toString(),
                                                 e.value(QLatin1String("kind")).toString(QStringLiteral("regular")),
                                                 {e.value(QLatin1String("kk")).toString(),
                                                  e.value(QLatin1String("ru")).toString(),
                                                  e.value(QLatin1String("en")).toString()},
                                                 m_batchId, &m_error);
            if (!id)
                return failed(tr("election %1").arg(e.value(QLatin1String("ref")).toString()));
            m_elections.insert(e.value(QLatin1String("ref")).toString(), *id);
        }
        return true;
    }

    // Territories: existing ones (by ISO or KATO code, or by name under the same parent) are
    // reused. The reference alone takes the country and its first-level units.
    bool territories()
    {
        for (const QJsonValue &value : m_root.value(QLatin1String("territories")).toArray()) {
            const QJsonObject t = value.toObject();
            const QString ref = t.value(QLatin1String("ref")).toString();
            const QString level = t.value(QLatin1String("level")).toString();
            if (!m_everything && level != QLatin1String("country") && level != QLatin1String("region")
                && level != QLatin1String("city_republican"))
                continue;
            const qint64 parentId = m_territories.value(t.value(QLatin1String("parent")).toString());
            QSqlQuery find(m_db);
            find.prepare(QStringLiteral(
                "SELECT id FROM territory WHERE (iso_code IS NOT NULL AND iso_code = ?) "
                "OR (kato IS NOT NULL AND kato = ?) OR (COALESCE(parent_id, 0) = ? AND name = ?)"));
            find.addBindValue(t.value(QLatin1String("iso")).toString());
            find.addBindValue(t.value(QLatin1String("kato")).toString());
            find.addBindValue(parentId);
            find.addBindValue(t.value(QLatin1String("name")).toString());
            if (!exec(find))
                return failed(tr("territory %1").arg(ref));
            if (find.next()) {
                m_territories.insert(ref, find.value(0).toLongLong());
                continue;
            }
            const auto id = m_catalog.insertTerritory(newTerritory(t, parentId), &m_error);
            if (!id)
                return failed(tr("territory %1").arg(ref));
            m_territories.insert(ref, *id);
            ++m_result.territories;
        }
        return true;
    }

    // Races, their sources (whole race and single figures), candidates.
    bool races()
    {
        if (!m_everything)
            return true;
        RaceWriter writer(m_db, m_batchId);
        const QString why = writer.write(array("races"), m_elections, m_territories, m_catalog,
                                         [this](const QJsonValue &v) { return sourceList(v); }, &m_result);
        if (why.isNull())
            return true;
        m_error = writer.error();
        return failed(why);
    }

    // Published aggregates.
    bool published()
    {
        QSqlQuery insertFigure(m_db);
        insertFigure.prepare(QStringLiteral(
            "INSERT INTO published_figure (election_date, election_scope, territory_id, territory_name, metric, "
            "value, value_text, unit, notes, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery insertFigureSource(m_db);
        insertFigureSource.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO published_figure_source (figure_id, source_id) VALUES (?, ?)"));
        for (const QJsonValue &value : array("published")) {
            const QJsonObject f = value.toObject();
            const qint64 territoryId = m_territories.value(f.value(QLatin1String("territory")).toString());
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
            insertFigure.bindValue(9, m_batchId);
            if (!exec(insertFigure))
                return failed(tr("published figure"));
            const qint64 figureId = insertFigure.lastInsertId().toLongLong();
            ++m_result.published;
            for (qint64 sourceId : sourceList(f.value(QLatin1String("sources")))) {
                insertFigureSource.bindValue(0, figureId);
                insertFigureSource.bindValue(1, sourceId);
                if (!exec(insertFigureSource))
                    return failed(tr("published figure"));
            }
        }
        return true;
    }

    // A synthetic data set (the comparison corpus) is marked as the generator's races are, so
    // that it is never mixed silently with real results; then the metrics and the batch's counts.
    bool finish(const QString &batchKind)
    {
        if (!m_everything)
            return true;
        if (batchKind == QLatin1String("synthetic")) {
            for (const char *table : {"race", "territory"}) {
                QSqlQuery mark(m_db);
                mark.prepare(QStringLiteral("UPDATE %1 SET synthetic = 1 WHERE batch_id = ?").arg(QLatin1String(table)));
                mark.addBindValue(m_batchId);
                if (!exec(mark))
                    return failed(tr("batch"));
            }
        }
        if (!RaceMetricsStore(m_db).refresh(QStringLiteral("r.batch_id = ?"), {m_batchId}, &m_error))
            return failed(tr("metrics"));
        QSqlQuery counts(m_db);
        counts.prepare(QStringLiteral(
            "UPDATE import_batch SET races_added = ?, candidates_added = ?, territories_added = ?, rows_read = ? WHERE id = ?"));
        counts.addBindValue(m_result.races);
        counts.addBindValue(m_result.candidates);
        counts.addBindValue(m_result.territories);
        counts.addBindValue(m_result.races + m_result.candidates + m_result.published);
        counts.addBindValue(m_batchId);
        return exec(counts) || failed(tr("batch"));
    }

private:
    // A part of the data set that only a whole load writes (the reference takes none of it).
    QJsonArray array(const char *key) const
    {
        return m_everything ? m_root.value(QLatin1String(key)).toArray() : QJsonArray();
    }

    bool exec(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        m_error = query.lastError().text();
        return false;
    }

    bool failed(const QString &what)
    {
        m_result.error = what.isEmpty() ? m_error : what + QStringLiteral(": ") + m_error;
        return false;
    }

    QList<qint64> sourceList(const QJsonValue &v) const
    {
        QList<qint64> ids;
        for (const QJsonValue &s : v.toArray()) {
            const qint64 id = m_sources.value(s.toString());
            if (id && !ids.contains(id))
                ids.append(id);
        }
        return ids;
    }

    bool partyAliases(qint64 partyId, const QJsonArray &aliases)
    {
        for (const QJsonValue &a : aliases) {
            const QJsonObject alias = a.toObject();
            QSqlQuery insertAlias(m_db);
            insertAlias.prepare(QStringLiteral(
                "INSERT INTO party_alias (party_id, alias, match_key, valid_from, valid_to) VALUES (?, ?, ?, ?, ?)"));
            const QString name = alias.value(QLatin1String("name")).toString();
            insertAlias.addBindValue(partyId);
            insertAlias.addBindValue(name);
            insertAlias.addBindValue(TextKey::nameKey(name));
            insertAlias.addBindValue(nullable(alias.value(QLatin1String("from"))));
            insertAlias.addBindValue(nullable(alias.value(QLatin1String("to"))));
            if (!exec(insertAlias))
                return false;
        }
        return true;
    }

    Catalog::NewTerritory newTerritory(const QJsonObject &t, qint64 parentId) const
    {
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
        n.batchId = m_everything ? m_batchId : 0;
        return n;
    }

    QSqlDatabase m_db;
    QJsonObject m_root;
    bool m_everything = false;
    Catalog m_catalog;
    DatasetLoader::Result m_result;
    QString m_error;
    qint64 m_batchId = 0;
    QHash<QString, qint64> m_sources, m_elections, m_territories;
};

} // namespace

DatasetLoader::Result DatasetLoader::load(Database &database, const QString &path, const QString &batchKind, Part part)
{
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
    DatasetWriter writer(db, root, part == Part::Everything);
    if (!writer.batch(batchKind, path, bytes) || !writer.sources() || !writer.parties() || !writer.elections()
        || !writer.territories() || !writer.races() || !writer.published() || !writer.finish(batchKind))
        return writer.result();
    if (!transaction.commit()) {
        writer.result().error = db.lastError().text();
        return writer.result();
    }
    writer.result().ok = true;
    return writer.result();
}

} // namespace Sailau
