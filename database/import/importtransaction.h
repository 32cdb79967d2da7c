// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Sailau::Import {

// The one transaction of an import. BEGIN IMMEDIATE takes the write lock at once, so that another
// writer is found before any work is done. The import makes every reference it writes itself
// (territories, races, candidates, its batch), so SQLite's per-row foreign-key lookups are
// switched off for it and on again afterwards (the pragma only takes effect outside a
// transaction); a larger page cache keeps the indexes in memory while a large file goes in.
// Whatever is not committed is rolled back when the transaction goes out of scope, and the
// connection's settings are restored.
//
// Several files imported in one step share one such transaction (Importer::runAll); each file's
// own is then a savepoint inside it (nested): a file refused rolls back to where it began, and
// only the outer transaction commits.
class ImportTransaction
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Importer)
public:
    // The page cache during an import, and the connection's usual one (in KiB, as SQLite's
    // negative cache_size counts).
    static constexpr int ImportCacheKiB = 65536;
    static constexpr int UsualCacheKiB = 2000;

    explicit ImportTransaction(QSqlDatabase db, bool nested = false);
    ~ImportTransaction();
    ImportTransaction(const ImportTransaction &) = delete;
    ImportTransaction &operator=(const ImportTransaction &) = delete;

    // A dry run writes nothing: no transaction, only the larger cache. False with the reason when
    // the database is locked.
    bool begin(bool dryRun, QString *error);
    bool commit(QString *error);
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_nested = false;
    bool m_active = false;
};

} // namespace Sailau::Import
