// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>
#include <sqlite3.h>

namespace Sailau::Import {

// The SQLite handle under a Qt connection. Bulk writes use SQLite's own prepared statements on
// it: Qt's driver runs execBatch() as a loop and copies every value through QVariant, which is
// most of the cost of a million-row import.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

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

} // namespace Sailau::Import
