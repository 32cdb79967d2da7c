// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QFileInfo;

namespace Sailau {

struct FileHeaderCheck;

// Why a file could not be opened. Each comes with a message that says what is wrong and what to do.
enum class OpenError {
    None,
    NotFound,
    CannotCreate,
    NotSqlite,
    Truncated,
    Corrupt,
    ForeignApplication,
    NewerVersion,
    Locked,
    ReadOnlyNeedsUpgrade,
    SqliteError,
};

struct OpenOptions
{
    bool create = true;          // create the file when it does not exist
    bool readOnly = false;       // open read-only even if the file is writable
    int busyTimeoutMs = 3000;    // how long to wait for another program's write lock
    // Check the whole file's structure (PRAGMA quick_check) before using it. Another connection
    // to a file that was checked when it was opened leaves it out.
    bool quickCheck = true;
};

// One SQLite file with Sailau's schema, open on one connection (one thread). Opening checks the
// file before SQLite touches it: a file that is not SQLite, is truncated, belongs to another
// application or to a newer Sailau is refused and left exactly as it was. An older Sailau file is
// migrated (after a copy is kept next to it).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Database)
public:
    static constexpr int SchemaVersion = 7;
    static constexpr quint32 ApplicationId = 0x5341494C; // "SAIL"

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens or creates path. On failure returns null and fills error and message.
    static std::unique_ptr<Database> open(const QString &path, const OpenOptions &options,
                                          OpenError *error, QString *message);

    // Another connection to the same file for use on another thread.
    std::unique_ptr<Database> openAnother(QString *message = nullptr) const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the file is read-only ("the file is read-only", "opened read-only on request").
    QString readOnlyReason() const { return m_readOnlyReason; }
    // True when the database was created (or an empty file initialised) by this open.
    bool isNew() const { return m_created; }
    // The path of the copy kept before an upgrade, or empty.
    QString backupPath() const { return m_backupPath; }

    int userVersion() const;

    // Runs one statement; on failure fills message. For schema and maintenance work only.
    bool exec(const QString &sql, QString *message = nullptr) const;

    // A sentence an analyst understands for an SQLite error that is not about the data (another
    // program holds the file, the disk is full, the file is damaged or read-only), with SQLite's
    // words after it in parentheses; SQLite's words alone for any other error.
    static QString explain(const QSqlError &error);

    // The default location: <user data>/sailau.sqlite.
    static QString defaultPath();

private:
    // Why open() refuses a file, with the message for the user.
    struct Refusal
    {
        OpenError error = OpenError::None;
        QString message;
    };

    Database() = default;

    // The steps of open(), in their order: each returns why the file is refused, or nothing.
    // nativePath is the path as given, in the system's separators, for the messages.

    // A file that does not exist: refused where it may not be created, else its folder is made.
    static std::optional<Refusal> checkNewFile(const QFileInfo &info, const QString &nativePath,
                                               const OpenOptions &options);
    // A file that exists, read before SQLite touches it: a folder, a device, or a header that
    // says the file is not SQLite, damaged, another application's or a newer Sailau's.
    static std::optional<Refusal> checkExistingFile(const QString &path, const QFileInfo &info,
                                                    const QString &nativePath, FileHeaderCheck *header);
    static std::optional<Refusal> checkHeader(const FileHeaderCheck &header, const QString &nativePath);
    // Read-only on request, or where the file or its folder cannot be written.
    void chooseReadOnly(const QFileInfo &info, const OpenOptions &options, bool create);
    // The connection, read-only where the file is to be, with the collation of names.
    std::optional<Refusal> openConnection(const QString &nativePath, bool create);
    // The number of objects in the schema, the first read of the file.
    std::optional<Refusal> countObjects(const QString &nativePath, int *objects) const;
    // Whose file the schema says it is.
    static std::optional<Refusal> checkOwner(const QString &nativePath, const FileHeaderCheck &header, int objects,
                                             bool create);
    // The tables, indexes, views and triggers of the file that Sailau did not create ("trigger t").
    QStringList foreignObjects() const;
    // Where there are such objects, the connection opened again read-only, with the reason that
    // names them.
    std::optional<Refusal> reopenReadOnlyIfForeign(const QString &nativePath);
    // SQLite's quick check of the whole file's structure.
    std::optional<Refusal> checkStructure(const QString &nativePath) const;
    // The settings of every connection: foreign keys enforced, temporary storage in memory.
    void setPragmas() const;
    // The schema brought up to SchemaVersion from version (0: a new database).
    std::optional<Refusal> upgrade(const QString &nativePath, int version);
    // The copy of an older file kept next to it before it is upgraded (backupPath()).
    std::optional<Refusal> keepBackup(const QString &nativePath, int version);
    // What more than one step refuses: a file another program is writing to, another
    // application's file.
    static Refusal lockedRefusal(const QString &nativePath);
    static Refusal foreignApplicationRefusal(const QString &nativePath);
    bool migrate(int fromVersion, QString *message);

    QString m_path;
    QString m_connectionName;
    QString m_readOnlyReason;
    QString m_backupPath;
    bool m_readOnly = false;
    bool m_created = false;
    int m_busyTimeoutMs = 3000;
};

// What a file's first bytes say, read without SQLite. Used by Database::open and its tests.
struct FileHeaderCheck
{
    OpenError error = OpenError::None;
    bool empty = false;          // zero bytes: treated as a new database
    bool sqlite = false;
    quint32 applicationId = 0;
    qint32 userVersion = 0;
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    static FileHeaderCheck read(const QString &path);
};

} // namespace Sailau
