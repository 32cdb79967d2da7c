// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>
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

// Rows for one table, written many to a statement ("INSERT … VALUES (…), (…), …"): a bulk import
// spends less on each statement's set-up and tear-down than on the rows. Text is kept as UTF-8
// until the statement runs, so SQLite neither copies nor converts it. Rows added are in the
// database after the next flush().
class BulkInsert
{
public:
    BulkInsert() = default;
    // verb: "INSERT OR FAIL", "INSERT OR IGNORE", "INSERT OR REPLACE" …
    BulkInsert(sqlite3 *db, const QByteArray &verb, const QByteArray &table, const QList<QByteArray> &columns,
               int rowsPerStatement = 64);
    bool isValid() const { return m_full.isValid() && m_single.isValid(); }

    BulkInsert &add(qint64 value);
    BulkInsert &add(double value);
    BulkInsert &add(const QString &text);        // a null QString is NULL
    BulkInsert &add(const std::optional<qint64> &value);
    BulkInsert &add(const std::optional<double> &value);
    BulkInsert &addNull();
    // Ends a row; writes the rows when a statement's worth is waiting. False on a database error.
    bool endRow();
    bool flush();
    bool hasPending() const { return m_rows > 0; }
    QString error() const { return m_error; }

private:
    struct Value
    {
        enum Type : quint8 { Null, Integer, Real, Text } type = Null;
        qint64 integer = 0;
        double real = 0;
        QByteArray text;
    };
    bool run(SqliteStatement &statement, int firstRow, int rows);

    sqlite3 *m_db = nullptr;
    int m_columns = 0;
    int m_rowsPerStatement = 1;
    int m_rows = 0;
    int m_next = 0;                  // the next value to fill
    std::vector<Value> m_values;
    SqliteStatement m_full;
    SqliteStatement m_single;
    QString m_error;
};

} // namespace Sailau::Sqlite
