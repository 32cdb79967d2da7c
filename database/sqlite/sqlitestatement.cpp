// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Sailau::Sqlite {

bool driverRunsLinkedSqlite(const QSqlDatabase &db)
{
    // One driver plugin is loaded per process: its library is asked once.
    static const bool same = [&db] {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next()
            && q.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
    }();
    return same;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 || !db.isOpen())
        return nullptr;
    if (!driverRunsLinkedSqlite(db))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (db && sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        m_statement = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db)
    , m_statement(other.m_statement)
{
    other.m_statement = nullptr;
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        if (m_statement)
            sqlite3_finalize(m_statement);
        m_db = other.m_db;
        m_statement = other.m_statement;
        other.m_statement = nullptr;
    }
    return *this;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    // SQLite copies the UTF-16 text (SQLITE_TRANSIENT): the string may go away after binding.
    sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, const std::optional<qint64> &value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void SqliteStatement::bind(int index, const std::optional<double> &value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::step()
{
    if (m_row) {
        // A previous row was read: a step on a reset statement starts over.
        m_row = false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_row = true;
        return true;
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        // A disk that fills up or another program's lock in the middle of an import: said in words.
        m_error = Database::explain(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                                              QString::number(sqlite3_extended_errcode(m_db))));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return ok;
}

qint64 SqliteStatement::columnInt(int index) const
{
    return sqlite3_column_int64(m_statement, index);
}

bool SqliteStatement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_statement, index) == SQLITE_NULL;
}

double SqliteStatement::columnDouble(int index) const
{
    return sqlite3_column_double(m_statement, index);
}

QString SqliteStatement::columnText(int index) const
{
    const void *text = sqlite3_column_text16(m_statement, index);
    if (!text)
        return {};
    return QString::fromUtf16(static_cast<const char16_t *>(text),
                              sqlite3_column_bytes16(m_statement, index) / qsizetype(sizeof(char16_t)));
}

void SqliteStatement::reset()
{
    m_row = false;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

QString SqliteStatement::error() const
{
    if (!m_error.isEmpty())
        return m_error;
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

} // namespace Sailau::Sqlite

namespace Sailau::Sqlite {

BulkInsert::BulkInsert(sqlite3 *db, const QByteArray &verb, const QByteArray &table, const QList<QByteArray> &columns,
                       int rowsPerStatement)
    : m_db(db)
    , m_columns(int(columns.size()))
    , m_rowsPerStatement(std::max(1, rowsPerStatement))
    , m_values(size_t(m_columns) * size_t(m_rowsPerStatement))
{
    QByteArray row = "(";
    for (int i = 0; i < m_columns; ++i)
        row += i == 0 ? "?" : ", ?";
    row += ")";
    const QByteArray head = verb + " INTO " + table + " (" + columns.join(", ") + ") VALUES ";
    QByteArray many = head;
    for (int r = 0; r < m_rowsPerStatement; ++r)
        many += (r == 0 ? QByteArray() : QByteArray(", ")) + row;
    m_full = SqliteStatement(db, many.constData());
    m_single = SqliteStatement(db, (head + row).constData());
}

BulkInsert &BulkInsert::add(qint64 value)
{
    Value &v = m_values[size_t(m_next++)];
    v.type = Value::Integer;
    v.integer = value;
    return *this;
}

BulkInsert &BulkInsert::add(double value)
{
    Value &v = m_values[size_t(m_next++)];
    v.type = Value::Real;
    v.real = value;
    return *this;
}

BulkInsert &BulkInsert::add(const QString &text)
{
    Value &v = m_values[size_t(m_next++)];
    if (text.isNull()) {
        v.type = Value::Null;
        return *this;
    }
    v.type = Value::Text;
    // Encoded into the slot's own buffer, which the rows before left large enough: no allocation
    // per value. Surrogates (characters beyond the BMP, rare in names) go the general way.
    const qsizetype n = text.size();
    v.text.resize(n * 3);
    auto *out = reinterpret_cast<unsigned char *>(v.text.data());
    const auto *p = reinterpret_cast<const char16_t *>(text.constData());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i];
        if (u < 0x80) {
            *out++ = static_cast<unsigned char>(u);
        } else if (u < 0x800) {
            *out++ = static_cast<unsigned char>(0xC0 | (u >> 6));
            *out++ = static_cast<unsigned char>(0x80 | (u & 0x3F));
        } else if (u < 0xD800 || u > 0xDFFF) {
            *out++ = static_cast<unsigned char>(0xE0 | (u >> 12));
            *out++ = static_cast<unsigned char>(0x80 | ((u >> 6) & 0x3F));
            *out++ = static_cast<unsigned char>(0x80 | (u & 0x3F));
        } else {
            v.text = text.toUtf8();
            return *this;
        }
    }
    v.text.truncate(out - reinterpret_cast<unsigned char *>(v.text.data()));
    return *this;
}

BulkInsert &BulkInsert::add(const std::optional<qint64> &value)
{
    return value ? add(*value) : addNull();
}

BulkInsert &BulkInsert::add(const std::optional<double> &value)
{
    return value ? add(*value) : addNull();
}

BulkInsert &BulkInsert::addNull()
{
    m_values[size_t(m_next++)].type = Value::Null;
    return *this;
}

bool BulkInsert::endRow()
{
    ++m_rows;
    if (m_rows < m_rowsPerStatement)
        return true;
    return flush();
}

bool BulkInsert::run(SqliteStatement &statement, int firstRow, int rows)
{
    sqlite3_stmt *stmt = statement.handle();
    int parameter = 1;
    for (int r = firstRow; r < firstRow + rows; ++r) {
        for (int c = 0; c < m_columns; ++c, ++parameter) {
            const Value &v = m_values[size_t(r * m_columns + c)];
            switch (v.type) {
            case Value::Null: sqlite3_bind_null(stmt, parameter); break;
            case Value::Integer: sqlite3_bind_int64(stmt, parameter, v.integer); break;
            case Value::Real: sqlite3_bind_double(stmt, parameter, v.real); break;
            case Value::Text:
                // The value outlives the step: SQLite may read it where it is.
                sqlite3_bind_text(stmt, parameter, v.text.constData(), int(v.text.size()), SQLITE_STATIC);
                break;
            }
        }
    }
    if (!statement.step()) {
        m_error = statement.error();
        return false;
    }
    return true;
}

bool BulkInsert::flush()
{
    bool ok = true;
    if (m_rows == m_rowsPerStatement) {
        ok = run(m_full, 0, m_rows);
    } else {
        for (int r = 0; r < m_rows && ok; ++r)
            ok = run(m_single, r, 1);
    }
    m_rows = 0;
    m_next = 0;
    return ok;
}

} // namespace Sailau::Sqlite
