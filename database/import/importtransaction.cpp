// SPDX-License-Identifier: GPL-3.0-or-later
#include "importtransaction.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Sailau::Import {

ImportTransaction::ImportTransaction(QSqlDatabase db, bool nested)
    : m_db(std::move(db))
    , m_nested(nested)
{
    if (!m_nested)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(ImportCacheKiB));
}

ImportTransaction::~ImportTransaction()
{
    if (m_nested) {
        if (m_active) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO import_file"));
            QSqlQuery(m_db).exec(QStringLiteral("RELEASE import_file"));
        }
        return;
    }
    if (m_active)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(UsualCacheKiB));
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

bool ImportTransaction::begin(bool dryRun, QString *error)
{
    if (dryRun)
        return true;
    if (m_nested) {
        QSqlQuery savepoint(m_db);
        if (!savepoint.exec(QStringLiteral("SAVEPOINT import_file"))) {
            *error = Database::explain(savepoint.lastError());
            return false;
        }
        m_active = true;
        return true;
    }
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = tr("The database is locked by another program; nothing was imported. (%1)").arg(begin.lastError().text());
        return false;
    }
    m_active = true;
    return true;
}

bool ImportTransaction::commit(QString *error)
{
    QSqlQuery commit(m_db);
    if (!commit.exec(m_nested ? QStringLiteral("RELEASE import_file") : QStringLiteral("COMMIT"))) {
        *error = tr("The import could not be saved, so nothing was imported. %1").arg(Database::explain(commit.lastError()));
        return false;
    }
    m_active = false;
    return true;
}

} // namespace Sailau::Import
