// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include "sqliteerror.h"

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
        m_error = explainError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
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

struct BulkInsert::Handover
{
    QMutex mutex;
    std::vector<Page> pages; // written, to be filled again
    bool failed = false;
    QString error;
};

BulkInsert::BulkInsert() = default;
BulkInsert::~BulkInsert() = default;
BulkInsert::BulkInsert(BulkInsert &&other) noexcept = default;
BulkInsert &BulkInsert::operator=(BulkInsert &&other) noexcept = default;

BulkInsert::BulkInsert(sqlite3 *db, const QByteArray &verb, const QByteArray &table, const QList<QByteArray> &columns,
                       int rowsPerStatement)
    : m_columns(int(columns.size()))
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

void BulkInsert::setWriteQueue(WriteQueue *queue)
{
    m_queue = queue;
    if (queue && !m_handover)
        m_handover = std::make_unique<Handover>();
}

BulkInsert &BulkInsert::add(qint64 value)
{
    BulkValue &v = m_values[size_t(m_next++)];
    v.type = BulkValue::Integer;
    v.integer = value;
    return *this;
}

BulkInsert &BulkInsert::add(double value)
{
    BulkValue &v = m_values[size_t(m_next++)];
    v.type = BulkValue::Real;
    v.real = value;
    return *this;
}

BulkInsert &BulkInsert::add(const QString &text)
{
    BulkValue &v = m_values[size_t(m_next++)];
    if (text.isNull()) {
        v.type = BulkValue::Null;
        return *this;
    }
    v.type = BulkValue::Text;
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
    m_values[size_t(m_next++)].type = BulkValue::Null;
    return *this;
}

bool BulkInsert::endRow()
{
    ++m_rows;
    if (m_rows < m_rowsPerStatement)
        return true;
    if (!m_queue)
        return flush();
    handOver();
    QMutexLocker lock(&m_handover->mutex);
    if (m_handover->failed)
        m_error = m_handover->error;
    return !m_handover->failed;
}

bool BulkInsert::run(SqliteStatement &statement, const Page &values, int firstRow, int rows, QString *error)
{
    sqlite3_stmt *stmt = statement.handle();
    int parameter = 1;
    for (int r = firstRow; r < firstRow + rows; ++r) {
        for (int c = 0; c < m_columns; ++c, ++parameter) {
            const BulkValue &v = values[size_t(r * m_columns + c)];
            switch (v.type) {
            case BulkValue::Null: sqlite3_bind_null(stmt, parameter); break;
            case BulkValue::Integer: sqlite3_bind_int64(stmt, parameter, v.integer); break;
            case BulkValue::Real: sqlite3_bind_double(stmt, parameter, v.real); break;
            case BulkValue::Text:
                // The value outlives the step: SQLite may read it where it is.
                sqlite3_bind_text(stmt, parameter, v.text.constData(), int(v.text.size()), SQLITE_STATIC);
                break;
            }
        }
    }
    if (!statement.step()) {
        *error = statement.error();
        return false;
    }
    return true;
}

// A statement's worth of rows in one statement, fewer one at a time.
bool BulkInsert::write(const Page &values, int rows, QString *error)
{
    if (rows == m_rowsPerStatement)
        return run(m_full, values, 0, rows, error);
    bool ok = true;
    for (int r = 0; r < rows && ok; ++r)
        ok = run(m_single, values, r, 1, error);
    return ok;
}

// The rows waiting go to the queue's thread; a page written before (its text buffers as large as
// the rows before needed) takes their place.
void BulkInsert::handOver()
{
    Page next;
    {
        QMutexLocker lock(&m_handover->mutex);
        if (!m_handover->pages.empty()) {
            next = std::move(m_handover->pages.back());
            m_handover->pages.pop_back();
        }
    }
    if (next.empty())
        next.resize(size_t(m_columns) * size_t(m_rowsPerStatement));
    WriteQueue::Job job{this, std::move(m_values), m_rows};
    m_values = std::move(next);
    m_rows = 0;
    m_next = 0;
    m_queue->post(std::move(job));
}

void BulkInsert::written(Page &&values, bool ok, const QString &error)
{
    QMutexLocker lock(&m_handover->mutex);
    if (!ok && !m_handover->failed) {
        m_handover->failed = true;
        m_handover->error = error;
    }
    m_handover->pages.push_back(std::move(values));
}

bool BulkInsert::flush()
{
    if (m_queue) {
        if (m_rows > 0)
            handOver();
        m_queue->wait();
        QMutexLocker lock(&m_handover->mutex);
        if (m_handover->failed)
            m_error = m_handover->error;
        return !m_handover->failed;
    }
    QString error;
    const bool ok = m_rows == 0 || write(m_values, m_rows, &error);
    if (!ok)
        m_error = error;
    m_rows = 0;
    m_next = 0;
    return ok;
}

WriteQueue::WriteQueue()
{
    m_pool.setMaxThreadCount(1); // the rows are written in order
}

WriteQueue::~WriteQueue()
{
    wait();
    m_pool.waitForDone();
}

void WriteQueue::post(Job job)
{
    QMutexLocker lock(&m_mutex);
    while (m_jobs.size() >= MaxWaiting)
        m_changed.wait(&m_mutex);
    m_jobs.push_back(std::move(job));
    if (!m_running) {
        m_running = true;
        m_pool.start([this] { drain(); });
    }
}

void WriteQueue::drain()
{
    QMutexLocker lock(&m_mutex);
    while (!m_jobs.empty()) {
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        const bool dropping = m_dropping;
        m_changed.wakeAll();
        lock.unlock();
        QString error;
        bool ok = true;
        {
            QMutexLocker failed(&job.insert->m_handover->mutex);
            ok = !job.insert->m_handover->failed; // after an error the rows are not written
        }
        if (ok && !dropping)
            ok = job.insert->write(job.values, job.rows, &error);
        job.insert->written(std::move(job.values), ok || dropping, error);
        lock.relock();
    }
    m_running = false;
    m_changed.wakeAll();
}

void WriteQueue::wait()
{
    QMutexLocker lock(&m_mutex);
    while (m_running)
        m_changed.wait(&m_mutex);
    m_dropping = false;
}

void WriteQueue::drop()
{
    QMutexLocker lock(&m_mutex);
    m_dropping = true;
    while (m_running)
        m_changed.wait(&m_mutex);
    m_dropping = false;
}

} // namespace Sailau::Sqlite
