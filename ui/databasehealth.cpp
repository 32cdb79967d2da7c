// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasehealth.h"

#include "damagelog.h"
#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QPointer>
#include <QSqlError>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace Sailau {

namespace {

// The checks' own threads: a check reads the whole file, and must neither wait behind the
// window's background reads nor hold them up.
QThreadPool *checkPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(2);
    return &pool;
}

std::shared_ptr<std::atomic_int> &currentGeneration()
{
    // Read by listeners on any thread; one counter per process is enough: a stale event only
    // has to be told apart from one about the file in use now.
    static auto generation = std::make_shared<std::atomic_int>(0);
    return generation;
}

} // namespace

class DatabaseHealth::Watcher : public QFutureWatcher<DatabaseHealth::CheckResult>
{
public:
    using QFutureWatcher::QFutureWatcher;
    int generation = 0;
};

DatabaseHealth::DatabaseHealth(QObject *parent)
    : QObject(parent)
{
    const QPointer<DatabaseHealth> self(this);
    const auto generation = currentGeneration();
    m_listener = DamageLog::addListener([self, generation](int, const QString &detail) {
        const int met = generation->load();
        // Queued to the application's thread, where `self` can be checked safely.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, met, detail] {
            if (self)
                self->damageMet(met, detail);
        }, Qt::QueuedConnection);
    });
}

DatabaseHealth::~DatabaseHealth()
{
    DamageLog::removeListener(m_listener);
    waitForCheck();
}

DatabaseHealth::CheckResult DatabaseHealth::check(const QString &path)
{
    CheckResult result;
    QElapsedTimer timer;
    timer.start();
    OpenOptions options;
    options.create = false;
    options.readOnly = true;
    options.quickCheck = true;
    OpenError error = OpenError::None;
    QString message;
    {
        auto db = Database::open(path, options, &error, &message);
        result.checked = db != nullptr || error == OpenError::Corrupt || error == OpenError::Truncated;
    }
    result.damaged = error == OpenError::Corrupt || error == OpenError::Truncated;
    if (error != OpenError::None)
        result.detail = message;
    result.msecs = timer.elapsed();
    return result;
}

void DatabaseHealth::watch(const QString &path)
{
    waitForCheck();
    const int generation = ++*currentGeneration();
    m_generation = generation;
    m_path = QFileInfo(path).absoluteFilePath();
    m_detail.clear();
    m_backup = findBackup(m_path);
    setState(State::Checking);
    m_watcher = new Watcher(this);
    m_watcher->generation = generation;
    Watcher *watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const CheckResult result = watcher->result();
        const bool current = watcher->generation == m_generation;
        if (m_watcher == watcher)
            m_watcher = nullptr;
        watcher->deleteLater();
        if (!current)
            return;
        if (result.damaged) {
            emit checked(false, result.msecs);
            damageMet(m_generation, result.detail);
            return;
        }
        if (m_state == State::Checking)
            setState(State::Healthy);
        emit checked(true, result.msecs);
    });
    watcher->setFuture(QtConcurrent::run(checkPool(), [path = m_path] { return check(path); }));
}

void DatabaseHealth::clear()
{
    ++*currentGeneration();
    m_generation = currentGeneration()->load();
    m_path.clear();
    m_detail.clear();
    m_backup.clear();
    setState(State::NoDatabase);
}

void DatabaseHealth::reportDamage(const QString &path, const QString &detail)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_state == State::Damaged && absolute == m_path)
        return;
    if (absolute != m_path) {
        m_generation = ++*currentGeneration();
        m_path = absolute;
        m_backup = findBackup(m_path);
    }
    m_detail = detail;
    setState(State::Damaged);
    emit damaged();
}

void DatabaseHealth::reportError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok && DamageLog::isDamage(code) && !m_path.isEmpty())
        reportDamage(m_path, Database::explain(error));
}

void DatabaseHealth::damageMet(int generation, const QString &detail)
{
    if (generation != m_generation || m_path.isEmpty() || m_state == State::Damaged
        || m_state == State::NoDatabase)
        return;
    reportDamage(m_path, detail);
}

void DatabaseHealth::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void DatabaseHealth::waitForCheck()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

QString DatabaseHealth::findBackup(const QString &path)
{
    // Backups are the copies Database::open keeps before it upgrades a file: <file>.v<N>.bak,
    // or <file>.v<N>-<date>.bak when one of that version was kept already.
    const QFileInfo info(path);
    const QFileInfoList copies = info.dir().entryInfoList({info.fileName() + QStringLiteral(".v*.bak")},
                                                          QDir::Files, QDir::Time);
    return copies.isEmpty() ? QString() : copies.constFirst().absoluteFilePath();
}

QString DatabaseHealth::message() const
{
    const QFileInfo info(m_path);
    QString text = tr("The database file %1 is damaged: part of it can no longer be read. Sailau shows nothing "
                      "from it rather than figures from only some of the races, and writes nothing to it.")
                       .arg(info.fileName());
    text += QLatin1Char(' ') + tr("It is in the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
    text += QStringLiteral("\n\n");
    if (!m_backup.isEmpty()) {
        const QFileInfo backup(m_backup);
        text += tr("A backup copy from %1 is kept next to it: %2. Restore it (the damaged file is kept aside, "
                   "and imports made since that day must be made again), or open another database.")
                    .arg(QLocale().toString(backup.lastModified(), QLocale::ShortFormat), backup.fileName());
    } else {
        text += tr("There is no backup copy of this file. Open another database, or create a new one and "
                   "import the results into it again. If the file was copied from a shared folder or a "
                   "colleague, copying it again may give an undamaged copy.");
    }
    if (!m_detail.isEmpty())
        text += QStringLiteral("\n\n") + tr("Technical detail: %1").arg(m_detail);
    return text;
}

} // namespace Sailau
