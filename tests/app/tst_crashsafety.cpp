// SPDX-License-Identifier: GPL-3.0-or-later
// 'sailau import' killed with SIGKILL at moments spread over a large import (reading, inserting,
// committing): afterwards the database passes SQLite's integrity check and holds either nothing
// of the import or all of it.
#include "database.h"
#include "datasetloader.h"

#include "../common/processrun.h"
#include "../common/testsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#include <signal.h>

using namespace Sailau;
using namespace SailauTest;

namespace {

constexpr int MinKills = 20;
constexpr int MaxRounds = 60;
// Races in the generated file: one to two seconds of import on a build machine.
constexpr int Races = 8000;

// What a database holds, in the numbers that tell whether an import is in it.
struct State
{
    QString integrity;
    qint64 races = 0;
    qint64 candidates = 0;
    qint64 territories = 0;
    qint64 elections = 0;
    qint64 batches = 0;
    qint64 metrics = 0;
    qint64 orphans = 0;          // rows that name a batch that does not exist
    QString lastBatch;           // kind, rows, added counts of the newest batch
    bool operator==(const State &o) const
    {
        return integrity == o.integrity && races == o.races && candidates == o.candidates && territories == o.territories
            && elections == o.elections && batches == o.batches && metrics == o.metrics && orphans == o.orphans
            && lastBatch == o.lastBatch;
    }
    QString toString() const
    {
        return QStringLiteral("integrity=%1 races=%2 candidates=%3 territories=%4 elections=%5 batches=%6 metrics=%7 "
                              "orphans=%8 last=[%9]")
            .arg(integrity).arg(races).arg(candidates).arg(territories).arg(elections).arg(batches).arg(metrics)
            .arg(orphans).arg(lastBatch);
    }
};

// Read with a plain SQLite connection (no Sailau checks in between): a hot journal left by the
// killed process is rolled back by SQLite itself on this first read.
State readState(const QString &path)
{
    State s;
    const QString name = QStringLiteral("crash-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            s.integrity = db.lastError().text();
        } else {
            auto value = [&](const QString &sql) {
                QSqlQuery q(db);
                if (!q.exec(sql) || !q.next())
                    return QVariant(q.lastError().text());
                return q.value(0);
            };
            s.integrity = value(QStringLiteral("PRAGMA integrity_check")).toString();
            s.races = value(QStringLiteral("SELECT count(*) FROM race")).toLongLong();
            s.candidates = value(QStringLiteral("SELECT count(*) FROM candidate")).toLongLong();
            s.territories = value(QStringLiteral("SELECT count(*) FROM territory")).toLongLong();
            s.elections = value(QStringLiteral("SELECT count(*) FROM election")).toLongLong();
            s.batches = value(QStringLiteral("SELECT count(*) FROM import_batch")).toLongLong();
            s.metrics = value(QStringLiteral("SELECT count(*) FROM race_metrics")).toLongLong();
            s.orphans = value(QStringLiteral(
                "SELECT (SELECT count(*) FROM race WHERE batch_id IS NOT NULL AND batch_id NOT IN (SELECT id FROM import_batch))"
                " + (SELECT count(*) FROM candidate WHERE batch_id IS NOT NULL AND batch_id NOT IN (SELECT id FROM import_batch))"
                " + (SELECT count(*) FROM territory WHERE batch_id IS NOT NULL AND batch_id NOT IN (SELECT id FROM import_batch))"))
                            .toLongLong();
            s.lastBatch = value(QStringLiteral(
                "SELECT kind || '|' || file_name || '|' || (sha256 <> '') || '|' || "
                "(SELECT count(*) FROM race WHERE batch_id = b.id) || '|' || "
                "(SELECT count(*) FROM candidate WHERE batch_id = b.id) "
                "FROM import_batch b ORDER BY id DESC LIMIT 1")).toString();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

bool copyFresh(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedImportIsAllOrNothing();

private:
    QTemporaryDir m_dir;
    QString m_csv;
    QString m_base;
    State m_before;
    State m_after;
    qint64 m_importMs = 0;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("home")));
    m_csv = m_dir.filePath(QStringLiteral("big.csv"));
    {
        QProcess generate;
        generate.setProcessEnvironment(isolatedEnvironment(m_dir.filePath(QStringLiteral("home"))));
        generate.start(QStringLiteral(SAILAU_BINARY), {QStringLiteral("generate"), QStringLiteral("--races"),
                                                       QString::number(Races), QStringLiteral("--seed"), QStringLiteral("7"),
                                                       QStringLiteral("--out"), m_csv});
        QVERIFY(generate.waitForFinished(120000));
        QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());
    }
    // The database before: the sample.
    {
        auto db = sampleDatabase(m_dir, QStringLiteral("base.sqlite"));
        QVERIFY(db);
        m_base = db->path();
    }
    m_before = readState(m_base);
    QCOMPARE(m_before.integrity, QStringLiteral("ok"));

    // The reference: the same import, not interrupted; twice, the faster time counts (the first
    // run reads the program and the file from the disk).
    const QString reference = m_dir.filePath(QStringLiteral("reference.sqlite"));
    m_importMs = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 2; ++run) {
        QVERIFY(copyFresh(m_base, reference));
        QProcess import;
        import.setProcessEnvironment(isolatedEnvironment(m_dir.filePath(QStringLiteral("home"))));
        QElapsedTimer timer;
        timer.start();
        import.start(QStringLiteral(SAILAU_BINARY), {QStringLiteral("import"), m_csv, QStringLiteral("--database"), reference});
        QVERIFY(import.waitForFinished(120000));
        m_importMs = std::min(m_importMs, timer.elapsed());
        QVERIFY2(import.exitStatus() == QProcess::NormalExit && import.exitCode() == 0,
                 import.readAllStandardError().constData());
    }
    m_after = readState(reference);
    QCOMPARE(m_after.integrity, QStringLiteral("ok"));
    QCOMPARE(m_after.races, m_before.races + Races);
    QCOMPARE(m_after.batches, m_before.batches + 1);
    qInfo("one import of %d races takes %lld ms", Races, m_importMs);
}

void TestCrashSafety::killedImportIsAllOrNothing()
{
    // Kill moments: every other round at a random point from the start of the process to a little
    // past the end of an import (reading and inserting); the others while the commit writes the
    // file: the database file is watched, and a few milliseconds after it starts to change (the
    // import keeps its pages in memory until then) the process is killed. An import that ends
    // before its kill tells how long imports take now (a loaded machine is slower or faster than
    // at the reference), and rounds go on until MinKills imports were killed. One last round is
    // not killed: the import it lets finish must be complete as well.
    QRandomGenerator random(20231105);
    int absent = 0;
    int present = 0;
    int kills = 0;
    int killedComplete = 0;      // killed after the commit, before the process ended
    int rounds = 0;
    int hotJournal = 0;
    qint64 importMs = m_importMs;
    const QString path = m_dir.filePath(QStringLiteral("round.sqlite"));
    while (rounds < MaxRounds) {
        const bool last = kills >= MinKills || rounds == MaxRounds - 1;
        QVERIFY(copyFresh(m_base, path));
        const bool committing = rounds % 2 == 1;
        qint64 delay = qint64(random.bounded(double(importMs * 115 / 100)));
        const qint64 sizeBefore = QFileInfo(path).size();
        const QDateTime modifiedBefore = QFileInfo(path).lastModified();
        QProcess import;
        import.setProcessEnvironment(isolatedEnvironment(m_dir.filePath(QStringLiteral("home"))));
        QElapsedTimer timer;
        timer.start();
        import.start(QStringLiteral(SAILAU_BINARY), {QStringLiteral("import"), m_csv, QStringLiteral("--database"), path});
        QVERIFY(import.waitForStarted());
        bool ended = false;
        if (committing && !last) {
            // Until the file changes, then a random few milliseconds more.
            while (!(ended = import.waitForFinished(2))) {
                const QFileInfo now(path);
                if (now.size() != sizeBefore || now.lastModified() != modifiedBefore)
                    break;
                if (timer.elapsed() > 60000)
                    break;
            }
            delay = timer.elapsed() + qint64(random.bounded(25));
            if (!ended)
                ended = import.waitForFinished(int(std::max<qint64>(1, delay - timer.elapsed())));
        } else {
            ended = import.waitForFinished(last ? 120000 : int(std::max<qint64>(1, delay)));
        }
        if (ended) {
            QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
            importMs = timer.elapsed();
        } else {
            QCOMPARE(::kill(pid_t(import.processId()), SIGKILL), 0);
            QVERIFY(import.waitForFinished(30000));
            if (import.exitStatus() != QProcess::NormalExit)
                ++kills; // else it ended between the wait and the signal
            else
                ended = true;
        }
        ++rounds;
        // A journal left behind: the kill fell while the transaction was being written.
        if (QFile::exists(path + QStringLiteral("-journal")) && QFileInfo(path + QStringLiteral("-journal")).size() > 0)
            ++hotJournal;
        const State state = readState(path);
        QVERIFY2(state.integrity == QLatin1String("ok"),
                 qPrintable(QStringLiteral("round %1 (killed after %2 ms): %3").arg(rounds).arg(delay).arg(state.integrity)));
        if (state == m_before) {
            ++absent;
        } else {
            QVERIFY2(state == m_after, qPrintable(QStringLiteral("round %1 (killed after %2 ms):\n  got      %3\n  before   %4\n  complete %5")
                                                      .arg(rounds).arg(delay)
                                                      .arg(state.toString(), m_before.toString(), m_after.toString())));
            ++present;
            killedComplete += ended ? 0 : 1;
        }
        // The database opens in Sailau as well.
        OpenError error;
        QString message;
        OpenOptions options;
        options.create = false;
        QVERIFY2(Database::open(path, options, &error, &message), qPrintable(message));
        if (last)
            break;
    }
    qInfo("%d rounds, %d imports killed (%d after the commit); %d without the import, %d with all of it; "
          "%d left a journal to roll back", rounds, kills, killedComplete, absent, present, hotJournal);
    QVERIFY2(kills >= MinKills, qPrintable(QString::number(kills)));
    // Kills fell before the commit, and the uninterrupted import is complete.
    QVERIFY(absent > 0);
    QVERIFY(present > 0);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
