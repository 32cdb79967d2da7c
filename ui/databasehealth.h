// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QSqlError;

namespace Sailau {

// Whether the database file the window uses can be trusted. The one place that decides the
// "damaged" state: the quick check run when a file is opened (on a thread of its own, with a
// connection of its own, so the window does not wait for it), SQLite meeting a damaged page on
// any connection later (a table's read, a summary, a chart's worker, an import, an undo: heard
// through DamageLog), and the reports of workers that found damage themselves (the import's own
// check before it writes) all end here. Once damaged, the file stays damaged until another is used.
class DatabaseHealth : public QObject
{
    Q_OBJECT
public:
    enum class State { NoDatabase, Checking, Healthy, Damaged };
    Q_ENUM(State)

    // What the quick check found.
    struct CheckResult
    {
        bool damaged = false;
        bool checked = false;   // false: the file could not be checked (locked, gone); not damaged
        QString detail;         // SQLite's or the opening's words when damaged or not checked
        qint64 msecs = 0;
    };

    explicit DatabaseHealth(QObject *parent = nullptr);
    ~DatabaseHealth() override;

    // A database is in use: checks it (PRAGMA quick_check over the whole file, whatever its size)
    // on another thread and reports with checked(), then damaged() if it is damaged.
    void watch(const QString &path);
    // No database is in use.
    void clear();
    // A file was found damaged by the caller (a refused open, a worker's own check).
    void reportDamage(const QString &path, const QString &detail);
    // A failed query: damage codes make the file damaged, other errors are left to the caller.
    void reportError(const QSqlError &error);

    State state() const { return m_state; }
    bool isDamaged() const { return m_state == State::Damaged; }
    QString path() const { return m_path; }
    // SQLite's words about the damage, for the technical detail.
    QString detail() const { return m_detail; }
    // What happened and what can be done, in sentences an analyst understands, naming the file,
    // with the technical detail last.
    QString message() const;
    // The newest backup copy kept next to the file (before an upgrade), or empty.
    QString backupPath() const { return m_backup; }
    static QString findBackup(const QString &path);

    // Waits for a check under way (closing, tests).
    void waitForCheck();

    // The quick check itself, on the calling thread with a connection of its own.
    static CheckResult check(const QString &path);

signals:
    void checked(bool healthy, qint64 msecs);
    void damaged();
    void stateChanged(Sailau::DatabaseHealth::State state);

private:
    void setState(State state);
    void damageMet(int generation, const QString &detail);

    State m_state = State::NoDatabase;
    QString m_path;
    QString m_detail;
    QString m_backup;
    int m_generation = 0;
    int m_listener = 0;
    class Watcher;
    Watcher *m_watcher = nullptr;
};

} // namespace Sailau
