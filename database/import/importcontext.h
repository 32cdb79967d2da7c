// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"
#include "leftout.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Sailau::Sqlite {
class WriteQueue;
}

namespace Sailau::Import {

// What the parts of one import share: the connection, the options, the report the problems go
// into, and where in the file the import is.
class ImportContext
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Importer)
public:
    ImportContext(QSqlDatabase db, const ImportOptions &options, ImportReport &report)
        : m_db(std::move(db))
        , m_options(options)
        , m_report(report)
    {
    }

    // The connection, once the rows handed to the writer's thread are written: whoever reads or
    // writes through it has it to themselves.
    const QSqlDatabase &db() const;
    // Waits until the rows handed to the writer's thread are written (before using a connection
    // taken earlier).
    void sync() const;
    void setWriteQueue(Sqlite::WriteQueue *queue) { m_writeQueue = queue; }
    const ImportOptions &options() const { return m_options; }
    ImportReport &report() { return m_report; }

    void problem(Problem::Severity severity, qint64 line, int column, const QString &value, const QString &message);
    void error(qint64 line, int column, const QString &value, const QString &message)
    {
        problem(Problem::Error, line, column, value, message);
    }
    void warning(qint64 line, int column, const QString &value, const QString &message)
    {
        problem(Problem::Warning, line, column, value, message);
    }
    // An error about the file as a whole; false, for "return fail(…)".
    bool fail(const QString &message)
    {
        error(0, 0, QString(), message);
        return false;
    }
    int errors() const { return m_errors; }
    // Rows are written: not a dry run, and nothing wrong so far.
    bool writing() const { return !m_options.dryRun && m_errors == 0; }

    // The header row, for the names of columns in problems.
    void setHeader(const QStringList &header) { m_header = header; }
    const QStringList &header() const { return m_header; }
    QString columnName(int column) const;

    // The line (CSV) or row (XLSX) being read.
    qint64 line() const { return m_line; }
    void setLine(qint64 line) { m_line = line; }

    // An import that may leave out invalid races: where each row went and what was wrong (null
    // when the import takes the file whole or not at all). The errors of the row or race being
    // read wait in it until they are given to one.
    RowTracking *tracking() const { return m_tracking; }
    void setTracking(RowTracking *tracking) { m_tracking = tracking; }
    // Lines whose rows this import leaves out (empty: none).
    const QSet<qint64> &skipLines() const { return m_skipLines; }
    void setSkipLines(QSet<qint64> lines) { m_skipLines = std::move(lines); }

    qint64 batchId() const { return m_batchId; }
    void setBatchId(qint64 id) { m_batchId = id; }
    // A row says its figures are synthetic ("synthetic:" source): so are the batch and territories.
    bool synthetic() const { return m_synthetic; }
    void setSynthetic() { m_synthetic = true; }

private:
    QSqlDatabase m_db;
    Sqlite::WriteQueue *m_writeQueue = nullptr;
    const ImportOptions &m_options;
    ImportReport &m_report;
    QStringList m_header;
    qint64 m_line = 0;
    int m_errors = 0;
    int m_warnings = 0;
    qint64 m_batchId = 0;
    RowTracking *m_tracking = nullptr;
    QSet<qint64> m_skipLines;
    bool m_synthetic = false;
};

} // namespace Sailau::Import
