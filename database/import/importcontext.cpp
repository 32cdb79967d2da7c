// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontext.h"

#include "sqlite/sqlitestatement.h"

namespace Sailau::Import {

const QSqlDatabase &ImportContext::db() const
{
    sync();
    return m_db;
}

void ImportContext::sync() const
{
    if (m_writeQueue)
        m_writeQueue->wait();
}

void ImportContext::problem(Problem::Severity severity, qint64 line, int column, const QString &value,
                            const QString &message)
{
    if (severity == Problem::Error) {
        ++m_errors;
        ++m_report.errorCount;
    } else {
        ++m_warnings;
        ++m_report.warningCount;
    }
    const bool kept = m_report.problems.size() < m_options.maxProblems;
    if (!kept && !(m_tracking && severity == Problem::Error))
        return;
    Problem p;
    p.severity = severity;
    p.line = line;
    p.column = column;
    p.columnName = column > 0 ? columnName(column) : QString();
    p.value = value.size() > 200 ? value.left(200) + QStringLiteral("…") : value;
    p.message = message;
    if (m_tracking && severity == Problem::Error)
        m_tracking->pending.append(p);
    if (kept)
        m_report.problems.append(p);
}

QString ImportContext::columnName(int column) const
{
    const QString header = m_header.value(column - 1).trimmed();
    return header.isEmpty() ? tr("column %1").arg(column) : header;
}

} // namespace Sailau::Import
