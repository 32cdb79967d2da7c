// SPDX-License-Identifier: GPL-3.0-or-later
// The import run of the import dialog: the pipeline on a worker thread with its own connection.
#pragma once

#include "importer.h"

#include <QObject>

#include <atomic>
#include <memory>

template<typename T>
class QFutureWatcher;

namespace Sailau {

// Runs the import pipeline on a worker thread (QtConcurrent::run) with its own database connection, reporting
// progress, and stops when asked (the transaction is rolled back).
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;
    void start(const QString &databasePath, const Import::ImportOptions &options);
    // Several files in one step (Importer::runAll): one transaction, all or nothing.
    void start(const QString &databasePath, const QList<Import::ImportOptions> &files);
    // The reports of the last run, one per file read.
    const QList<Import::ImportReport> &reports() const { return m_reports; }
    void cancel();
    bool isRunning() const;
    // Waits until the run has ended (for closing and tests).
    void wait();
    // Whether the last run found the database file damaged (its check before writing).
    bool damageFound() const { return m_damage; }

signals:
    void progress(qint64 done, qint64 total);
    // report: the last file's (reports() has them all).
    void finished(const Sailau::Import::ImportReport &report);

private:
    struct Run
    {
        QList<Import::ImportReport> reports;
        bool damage = false;
    };
    QList<Import::ImportReport> m_reports;
    QFutureWatcher<Run> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_damage = false;
};

} // namespace Sailau
