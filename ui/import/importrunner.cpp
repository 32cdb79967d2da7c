// SPDX-License-Identifier: GPL-3.0-or-later
// The import run: the pipeline on the imports' own thread, its progress, Stop and its reports.
#include "importrunner.h"

#include "database.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Sailau {

using namespace Import;

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent)
{
}

ImportRunner::~ImportRunner()
{
    cancel();
    wait();
}

bool ImportRunner::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void ImportRunner::wait()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void ImportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

// The imports' own thread: a long import on Qt's global pool would hold up the painting the
// raster engine hands to that pool.
static QThreadPool *importPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    return &pool;
}

void ImportRunner::start(const QString &databasePath, const ImportOptions &options)
{
    start(databasePath, QList<ImportOptions>{options});
}

void ImportRunner::start(const QString &databasePath, const QList<ImportOptions> &files)
{
    wait();
    if (m_watcher)
        m_watcher->deleteLater();   // a run's watcher may still be delivering its result
    m_damage = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    const QPointer<ImportRunner> self(this);
    auto *watcher = new QFutureWatcher<Run>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (m_watcher != watcher)
            return;
        const Run run = watcher->result();
        m_damage = run.damage;
        m_reports = run.reports;
        emit finished(m_reports.value(m_reports.size() - 1));
    });
    watcher->setFuture(QtConcurrent::run(importPool(), [self, cancel, databasePath, files] {
        Run run;
        // A connection of the worker's own, opened and closed on this thread. The whole file is
        // checked again right before it is written: damage since it was opened (a failing disk,
        // another program) stops the import before it writes a row.
        OpenOptions open;
        open.create = false;
        open.quickCheck = true;
        OpenError error;
        QString message;
        auto db = Database::open(databasePath, open, &error, &message);
        run.damage = error == OpenError::Corrupt || error == OpenError::Truncated;
        if (!db) {
            Import::ImportReport report;
            Problem p;
            p.message = message;
            report.problems.append(p);
            report.errorCount = 1;
            report.fileName = QFileInfo(files.value(0).path).fileName();
            run.reports.append(report);
            return run;
        }
        // The runner waits for this work before it goes (wait() in its destructor), so `self`
        // is alive here; progress is queued to its thread.
        ImportRunner *runner = self.data();
        run.reports = Importer(*db).runAll(files,
            [runner](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(runner, [runner, done, total] { emit runner->progress(done, total); },
                                          Qt::QueuedConnection);
            },
            cancel.get());
        return run;
    }));
}

} // namespace Sailau
