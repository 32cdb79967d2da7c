// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "collation.h"
#include "damagelog.h"
#include "sqlite/sqliteerror.h"
#include "sqlite/sqlitestatement.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Sailau {

namespace {

QAtomicInt connectionCounter;

quint32 bigEndian32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

struct Migration
{
    int version;
    QString file;
};

QList<Migration> migrations()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/sailau/migrations"));
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_.*\\.sql$"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            list.append({match.captured(1).toInt(), dir.filePath(name)});
    }
    return list;
}

// Splits a migration into statements: a statement ends with a line that ends with ';'.
QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += rawLine;
        current += QLatin1Char('\n');
        if (line.endsWith(QLatin1Char(';'))) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

// The names of the tables, indexes, views and triggers Sailau's migrations create, in any version.
const QSet<QString> &ownObjects()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        static const QRegularExpression create(
            QStringLiteral("CREATE\\s+(?:UNIQUE\\s+)?(?:TABLE|INDEX|VIEW|TRIGGER)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?(\\w+)"),
            QRegularExpression::CaseInsensitiveOption);
        for (const Migration &migration : migrations()) {
            QFile file(migration.file);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            auto it = create.globalMatch(QString::fromUtf8(file.readAll()));
            while (it.hasNext())
                set.insert(it.next().captured(1).toLower());
        }
        return set;
    }();
    return names;
}

bool looksLocked(const QSqlError &error)
{
    const QString text = error.databaseText().toLower();
    return error.nativeErrorCode() == QLatin1String("5") || error.nativeErrorCode() == QLatin1String("6")
        || text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy"));
}

} // namespace

FileHeaderCheck FileHeaderCheck::read(const QString &path)
{
    FileHeaderCheck check;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.error = OpenError::NotFound;
        return check;
    }
    const qint64 size = file.size();
    if (size == 0) {
        check.empty = true;
        return check;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        check.error = OpenError::NotSqlite;
        return check;
    }
    check.sqlite = true;
    if (header.size() < 100) {
        check.error = OpenError::Truncated;
        return check;
    }
    const auto *p = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = (quint32(p[16]) << 8) | quint32(p[17]);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        check.error = OpenError::Corrupt;
        return check;
    }
    check.pageSize = pageSize;
    const quint32 changeCounter = bigEndian32(p + 24);
    const quint32 pageCount = bigEndian32(p + 28);
    const quint32 validFor = bigEndian32(p + 92);
    check.userVersion = qint32(bigEndian32(p + 60));
    check.applicationId = bigEndian32(p + 68);
    if (validFor == changeCounter && pageCount > 0)
        check.pageCount = pageCount;
    else
        check.pageCount = size / pageSize;
    if (size % qint64(pageSize) != 0 || size < check.pageCount * qint64(pageSize))
        check.error = OpenError::Truncated;
    return check;
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::explain(const QSqlError &error)
{
    return Sqlite::explainError(error);
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sailau.sqlite"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::userVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::exec(const QString &sql, QString *message) const
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    if (message)
        *message = query.lastError().text();
    return false;
}

std::unique_ptr<Database> Database::open(const QString &path, const OpenOptions &options,
                                         OpenError *error, QString *message)
{
    auto fail = [&](const Refusal &refusal) -> std::unique_ptr<Database> {
        if (error)
            *error = refusal.error;
        if (message)
            *message = refusal.message;
        return nullptr;
    };
    if (error)
        *error = OpenError::None;
    // Damage met on this connection later is heard (installed before main(); this keeps it linked).
    DamageLog::install();

    const QString nativePath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    bool create = false;
    FileHeaderCheck header;
    if (!info.exists()) {
        if (const auto refusal = checkNewFile(info, nativePath, options))
            return fail(*refusal);
        create = true;
    } else {
        if (const auto refusal = checkExistingFile(path, info, nativePath, &header))
            return fail(*refusal);
        create = header.empty;
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_busyTimeoutMs = options.busyTimeoutMs;
    db->m_connectionName = QStringLiteral("sailau-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    db->chooseReadOnly(info, options, create);
    if (const auto refusal = db->openConnection(nativePath, create))
        return fail(*refusal);

    int objects = 0;
    if (const auto refusal = db->countObjects(nativePath, &objects))
        return fail(*refusal);
    if (const auto refusal = checkOwner(nativePath, header, objects, create))
        return fail(*refusal);
    if (objects == 0 && !create && !db->m_readOnly)
        create = true; // a valid but empty SQLite file: initialise it

    // Objects Sailau did not create (a trigger runs on every write, whoever planted it): the file
    // is opened read-only, and the reason names them.
    if (!create) {
        if (const auto refusal = db->reopenReadOnlyIfForeign(nativePath))
            return fail(*refusal);
    }

    // A quick structural check of the whole file, whatever its size: a damaged page anywhere is
    // found before anything is read from or written to it.
    if (!create && options.quickCheck) {
        if (const auto refusal = db->checkStructure(nativePath))
            return fail(*refusal);
    }

    db->setPragmas();
    const int version = create ? 0 : db->userVersion();
    if (version < SchemaVersion) {
        if (const auto refusal = db->upgrade(nativePath, version))
            return fail(*refusal);
    }
    db->m_created = create;
    return db;
}

Database::Refusal Database::lockedRefusal(const QString &nativePath)
{
    return {OpenError::Locked,
            tr("%1 is locked by another program that is writing to it. Close that "
               "program or wait until it finishes, then open the file again.")
                .arg(nativePath)};
}

Database::Refusal Database::foreignApplicationRefusal(const QString &nativePath)
{
    return {OpenError::ForeignApplication,
            tr("%1 is an SQLite database of another application, not a Sailau database. "
               "It was left unchanged.").arg(nativePath)};
}

std::optional<Database::Refusal> Database::checkNewFile(const QFileInfo &info, const QString &nativePath,
                                                        const OpenOptions &options)
{
    if (!options.create || options.readOnly)
        return Refusal{OpenError::NotFound, tr("%1 does not exist.").arg(nativePath)};
    if (!QDir().mkpath(info.absolutePath()))
        return Refusal{OpenError::CannotCreate,
                       tr("Cannot create the folder %1. Choose a location you can write to.")
                           .arg(QDir::toNativeSeparators(info.absolutePath()))};
    return std::nullopt;
}

std::optional<Database::Refusal> Database::checkExistingFile(const QString &path, const QFileInfo &info,
                                                             const QString &nativePath, FileHeaderCheck *header)
{
    if (info.isDir())
        return Refusal{OpenError::NotSqlite, tr("%1 is a folder, not a database file.").arg(nativePath)};
    // A device or a pipe: reading it may never end or never begin.
    if (!info.isFile())
        return Refusal{OpenError::NotSqlite,
                       tr("%1 is not a file but a device, a pipe or a socket, not a database file.").arg(nativePath)};
    *header = FileHeaderCheck::read(path);
    return checkHeader(*header, nativePath);
}

std::optional<Database::Refusal> Database::checkHeader(const FileHeaderCheck &header, const QString &nativePath)
{
    switch (header.error) {
    case OpenError::None:
        break;
    case OpenError::NotFound:
        return Refusal{OpenError::NotFound,
                       tr("%1 cannot be read. Check that you have permission to read it.").arg(nativePath)};
    case OpenError::NotSqlite:
        return Refusal{OpenError::NotSqlite,
                       tr("%1 is not a Sailau database (it is not an SQLite file). "
                          "To load results from a spreadsheet or CSV file, use File → Import.")
                           .arg(nativePath)};
    case OpenError::Truncated:
        return Refusal{OpenError::Truncated,
                       tr("%1 is damaged: the file is shorter than its header says (it may have been "
                          "cut off while copying). Copy it again from its origin or open a backup.")
                           .arg(nativePath)};
    default:
        return Refusal{OpenError::Corrupt,
                       tr("%1 is damaged: its SQLite header is not valid. Open a backup copy.").arg(nativePath)};
    }
    if (header.userVersion > SchemaVersion && header.applicationId == ApplicationId)
        return Refusal{OpenError::NewerVersion,
                       tr("%1 was written by a newer version of Sailau (database version %2; this "
                          "version reads up to %3). Update Sailau to open it.")
                           .arg(nativePath).arg(header.userVersion).arg(SchemaVersion)};
    if (header.sqlite && header.applicationId != 0 && header.applicationId != ApplicationId)
        return foreignApplicationRefusal(nativePath);
    return std::nullopt;
}

void Database::chooseReadOnly(const QFileInfo &info, const OpenOptions &options, bool create)
{
    const QFileInfo dirInfo(info.absolutePath());
    if (options.readOnly) {
        m_readOnly = true;
        m_readOnlyReason = tr("opened read-only on request");
    } else if (!create && (!info.isWritable() || !dirInfo.isWritable())) {
        m_readOnly = true;
        m_readOnlyReason = !info.isWritable()
            ? tr("the file is read-only")
            : tr("its folder is read-only, so changes could not be saved safely");
    }
}

std::optional<Database::Refusal> Database::openConnection(const QString &nativePath, bool create)
{
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    sql.setDatabaseName(m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs);
    if (m_readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    sql.setConnectOptions(connectOptions);
    if (!sql.open())
        return Refusal{create ? OpenError::CannotCreate : OpenError::SqliteError,
                       tr("%1 cannot be opened: %2").arg(nativePath, sql.lastError().text())};
    // Names sort in the order of the Kazakh alphabet (ORDER BY … COLLATE sailau).
    Collation::install(Sqlite::sqliteHandle(sql));
    return std::nullopt;
}

std::optional<Database::Refusal> Database::countObjects(const QString &nativePath, int *objects) const
{
    // Read the schema: this is where SQLite notices damage or another program's lock.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        const QSqlError e = query.lastError();
        if (looksLocked(e))
            return lockedRefusal(nativePath);
        // A journal left by a program that stopped while writing (a crash, a power cut): SQLite
        // undoes the unfinished change on the next open that may write, which a read-only
        // open cannot. The file is not damaged; it needs one open with write access.
        if (m_readOnly && QFileInfo(m_path + QStringLiteral("-journal")).size() > 0)
            return Refusal{OpenError::ReadOnlyNeedsUpgrade,
                           tr("%1 holds a change that was interrupted (a program stopped while writing it), "
                              "which must be undone before the file can be read, but %2. Open it once "
                              "with write access; nothing is lost.")
                               .arg(nativePath, m_readOnlyReason)};
        return Refusal{OpenError::Corrupt,
                       tr("%1 is damaged and cannot be read (%2). Open a backup copy.")
                           .arg(nativePath, e.databaseText())};
    }
    *objects = query.value(0).toInt();
    return std::nullopt;
}

std::optional<Database::Refusal> Database::checkOwner(const QString &nativePath, const FileHeaderCheck &header,
                                                      int objects, bool create)
{
    if (!create && header.applicationId == 0 && objects > 0)
        return foreignApplicationRefusal(nativePath);
    // Sailau's tables with no version number (reset by another program or a faulty copy): which
    // version of the schema it holds is unknown, so nothing is done to it.
    if (!create && objects > 0 && header.applicationId == ApplicationId && header.userVersion <= 0)
        return Refusal{OpenError::Corrupt,
                       tr("%1 is a Sailau database whose version number has been lost (it reads %2), so Sailau cannot "
                          "tell how to read it. The file was left unchanged. Open a backup copy.")
                           .arg(nativePath)
                           .arg(header.userVersion)};
    return std::nullopt;
}

QStringList Database::foreignObjects() const
{
    QSqlQuery query(connection());
    QStringList foreign;
    if (query.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                                  "ORDER BY type, name"))) {
        while (query.next()) {
            if (!ownObjects().contains(query.value(1).toString().toLower()))
                foreign.append(QStringLiteral("%1 %2").arg(query.value(0).toString(), query.value(1).toString()));
        }
    }
    return foreign;
}

std::optional<Database::Refusal> Database::reopenReadOnlyIfForeign(const QString &nativePath)
{
    const QStringList foreign = foreignObjects();
    if (foreign.isEmpty())
        return std::nullopt;
    QSqlDatabase sql = connection();
    sql.close();
    sql.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_READONLY").arg(m_busyTimeoutMs));
    if (!sql.open())
        return Refusal{OpenError::SqliteError, tr("%1 cannot be opened: %2").arg(nativePath, sql.lastError().text())};
    Collation::install(Sqlite::sqliteHandle(sql));
    m_readOnly = true;
    m_readOnlyReason =
        tr("it holds objects that Sailau did not create and that could change or delete data when it is "
           "written to (%1); remove them with an SQLite tool, or import into another database")
            .arg(foreign.join(QStringLiteral(", ")));
    return std::nullopt;
}

std::optional<Database::Refusal> Database::checkStructure(const QString &nativePath) const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok")) {
        if (looksLocked(query.lastError()))
            return lockedRefusal(nativePath);
        return Refusal{OpenError::Corrupt,
                       tr("%1 is damaged (the SQLite integrity check failed: %2). Open a backup copy.")
                           .arg(nativePath, query.value(0).toString())};
    }
    return std::nullopt;
}

void Database::setPragmas() const
{
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // Statement journals and sorts in memory: a temporary file per statement would make every
    // insert of a large import touch the disk.
    exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

std::optional<Database::Refusal> Database::upgrade(const QString &nativePath, int version)
{
    if (m_readOnly)
        return Refusal{OpenError::ReadOnlyNeedsUpgrade,
                       tr("%1 was written by an older version of Sailau and must be upgraded, but %2. "
                          "Copy it to a folder you can write to and open the copy.")
                           .arg(nativePath, m_readOnlyReason)};
    if (version > 0) {
        if (auto refusal = keepBackup(nativePath, version))
            return refusal;
    }
    QString why;
    if (!migrate(version, &why)) {
        if (why.contains(QLatin1String("locked")) || why.contains(QLatin1String("busy")))
            return lockedRefusal(nativePath);
        return Refusal{OpenError::SqliteError, tr("%1 could not be prepared: %2").arg(nativePath, why)};
    }
    return std::nullopt;
}

std::optional<Database::Refusal> Database::keepBackup(const QString &nativePath, int version)
{
    QString backup = m_path + QStringLiteral(".v%1.bak").arg(version);
    if (QFile::exists(backup))
        backup = m_path + QStringLiteral(".v%1-%2.bak").arg(version).arg(
                     QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (!QFile::copy(m_path, backup))
        return Refusal{OpenError::CannotCreate,
                       tr("%1 needs an upgrade, but a backup copy could not be written to %2.")
                           .arg(nativePath, QDir::toNativeSeparators(backup))};
    m_backupPath = backup;
    return std::nullopt;
}

std::unique_ptr<Database> Database::openAnother(QString *message) const
{
    OpenOptions options;
    options.create = false;
    options.readOnly = m_readOnly;
    options.busyTimeoutMs = m_busyTimeoutMs;
    options.quickCheck = false; // checked when this connection's file was opened
    OpenError error;
    return open(m_path, options, &error, message);
}

bool Database::migrate(int fromVersion, QString *message)
{
    QSqlDatabase sql = connection();
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), message))
        return false;
    for (const Migration &migration : migrations()) {
        if (migration.version <= fromVersion)
            continue;
        QFile file(migration.file);
        if (!file.open(QIODevice::ReadOnly)) {
            if (message)
                *message = tr("missing migration %1").arg(migration.file);
            exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        for (const QString &statement : statements(QString::fromUtf8(file.readAll()))) {
            QSqlQuery query(sql);
            if (!query.exec(statement)) {
                if (message)
                    *message = tr("migration %1 failed: %2").arg(migration.version).arg(query.lastError().text());
                query.finish();
                exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
    }
    const bool ok = exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), message)
        && exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), message)
        && exec(QStringLiteral("COMMIT"), message);
    if (!ok)
        exec(QStringLiteral("ROLLBACK"));
    return ok;
}

} // namespace Sailau
