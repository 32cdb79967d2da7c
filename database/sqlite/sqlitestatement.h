// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>
#include <QVariant>
#include <QWaitCondition>

#include <deque>
#include <memory>
#include <optional>
#include <vector>
#include <sqlite3.h>

namespace Sailau::Sqlite {

// The SQLite handle under a Qt connection. Bulk writes use SQLite's own prepared statements on
// it: Qt's driver runs execBatch() as a loop and copies every value through QVariant, which is
// most of the cost of a million-row import. Null when the connection is not SQLite, or when Qt's
// driver runs another SQLite library than the one Sailau links (a driver plugin built with its
// own copy): a handle of one library must not be used with the functions of another.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
// Whether Qt's driver on this connection runs the SQLite library Sailau links: the same
// sqlite_source_id() through Qt SQL as sqlite3_sourceid() here.
bool driverRunsLinkedSqlite(const QSqlDatabase &db);

// A prepared statement on that handle. Bind with 1-based indexes, step(), then it resets itself.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    bool isValid() const { return m_statement != nullptr; }
    sqlite3_stmt *handle() const { return m_statement; }
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &text);
    void bind(int index, const std::optional<qint64> &value);
    void bind(int index, const std::optional<double> &value);
    void bindNull(int index);
    // Runs the statement; true when it finished (SQLITE_DONE) or gave a row (SQLITE_ROW, readable
    // with the column functions until the next step or reset).
    bool step();
    bool hasRow() const { return m_row; }
    qint64 columnInt(int index) const;
    bool columnIsNull(int index) const;
    double columnDouble(int index) const;
    QString columnText(int index) const;
    void reset();
    QString error() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_row = false;
    QString m_error;
};

} // namespace Sailau::Sqlite

namespace Sailau::Sqlite {

class WriteQueue;

// One value of a row waiting to be written.
struct BulkValue
{
    enum Type : quint8 { Null, Integer, Real, Text } type = Null;
    qint64 integer = 0;
    double real = 0;
    QByteArray text;
};

// Rows for one table, written many to a statement ("INSERT … VALUES (…), (…), …"): a bulk import
// spends less on each statement's set-up and tear-down than on the rows. Text is kept as UTF-8
// until the statement runs, so SQLite neither copies nor converts it. Rows added are in the
// database after the next flush().
//
// With a WriteQueue, a statement's worth of rows is handed to the queue's thread and the caller
// goes on with the next rows; flush() waits until every row handed over is written.
class BulkInsert
{
public:
    BulkInsert();
    // verb: "INSERT OR FAIL", "INSERT OR IGNORE", "INSERT OR REPLACE" …
    BulkInsert(sqlite3 *db, const QByteArray &verb, const QByteArray &table, const QList<QByteArray> &columns,
               int rowsPerStatement = 64);
    ~BulkInsert();
    BulkInsert(BulkInsert &&other) noexcept;
    BulkInsert &operator=(BulkInsert &&other) noexcept;
    bool isValid() const { return m_full.isValid() && m_single.isValid(); }
    // Rows are written on the queue's thread from now on. The queue must outlive the rows handed
    // to it: wait for it before this object goes.
    void setWriteQueue(WriteQueue *queue);

    BulkInsert &add(qint64 value);
    BulkInsert &add(double value);
    BulkInsert &add(const QString &text);        // a null QString is NULL
    BulkInsert &add(const std::optional<qint64> &value);
    BulkInsert &add(const std::optional<double> &value);
    BulkInsert &addNull();
    // Ends a row; writes the rows (or hands them over) when a statement's worth is waiting. False
    // on a database error (with a queue: an error of rows handed over before).
    bool endRow();
    // Every row added is in the database (with a queue: every row of every insert on it).
    bool flush();
    bool hasPending() const { return m_rows > 0; }
    QString error() const { return m_error; }

private:
    friend class WriteQueue;
    using Page = std::vector<BulkValue>;
    struct Handover;
    bool run(SqliteStatement &statement, const Page &values, int firstRow, int rows, QString *error);
    bool write(const Page &values, int rows, QString *error);
    void handOver();
    void written(Page &&values, bool ok, const QString &error); // on the queue's thread

    int m_columns = 0;
    int m_rowsPerStatement = 1;
    int m_rows = 0;
    int m_next = 0;                  // the next value to fill
    Page m_values;
    SqliteStatement m_full;
    SqliteStatement m_single;
    QString m_error;
    WriteQueue *m_queue = nullptr;
    std::unique_ptr<Handover> m_handover; // pages written and back, and the queue's error
};

// The thread that writes the rows bulk inserts hand over, in the order they were handed over,
// while the import goes on reading: on the 1,000,000-row benchmark file SQLite's part is half of
// the import's time (see bench_import in the README). The connection is used by one thread at a
// time: whoever reaches the database otherwise calls wait() first (the import's context does).
class WriteQueue
{
public:
    WriteQueue();
    ~WriteQueue(); // waits for the rows handed over
    WriteQueue(const WriteQueue &) = delete;
    WriteQueue &operator=(const WriteQueue &) = delete;

    // Returns when every row handed over is written (or dropped) and the thread is idle.
    void wait();
    // Rows handed over and not yet written are dropped (the transaction is rolled back anyway).
    void drop();

    static constexpr size_t MaxWaiting = 8; // pages; the import waits while more are waiting

private:
    friend class BulkInsert;
    struct Job
    {
        BulkInsert *insert = nullptr;
        BulkInsert::Page values;
        int rows = 0;
    };
    void post(Job job);
    void drain();

    QThreadPool m_pool;
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<Job> m_jobs;
    bool m_running = false;
    bool m_dropping = false;
};

} // namespace Sailau::Sqlite
