// SPDX-License-Identifier: GPL-3.0-or-later
// The database layer under damage and contention, beyond what tst_database covers: a file damaged
// inside (a good header over broken pages), a file opened read-only, another program holding the
// write lock while an import starts. Each ends in a clear message and leaves the file as it was.
#include "database.h"
#include "datasetloader.h"
#include "importer.h"

#include "../common/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau;
using namespace Sailau::Import;
using namespace SailauTest;

namespace {

std::unique_ptr<Database> openPath(const QString &path, OpenError *error, QString *message, bool readOnly = false,
                                   int busyTimeoutMs = 300)
{
    OpenOptions options;
    options.create = false;
    options.readOnly = readOnly;
    options.busyTimeoutMs = busyTimeoutMs;
    return Database::open(path, options, error, message);
}

QString firstError(const ImportReport &report)
{
    for (const Problem &p : report.problems) {
        if (p.severity == Problem::Error)
            return p.format(report.fileName);
    }
    return {};
}

} // namespace

class TestDamaged : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refusesBrokenPages_data();
    void refusesBrokenPages();
    void refusesBrokenPagesOfALargeFile();
    void readOnlyOptionRefusesImport();
    void readOnlyConnectionCannotWrite();
    void anotherConnectionKeepsReadOnly();
    void importWaitsForWriterThenFails_data();
    void importWaitsForWriterThenFails();
    void writerTakesLockAfterOpen();
    void readerAtCommitIsExplained();
    void hotJournalIsRolledBack_data();
    void hotJournalIsRolledBack();

private:
    QString sampleCopy(const QString &name);

    QTemporaryDir m_dir;
    QString m_sample;
    QString m_table;
};

void TestDamaged::initTestCase()
{
    QVERIFY(m_dir.isValid());
    {
        auto db = sampleDatabase(m_dir, QStringLiteral("sample.sqlite"));
        QVERIFY(db);
        m_sample = db->path();
    }
    m_table = testData(QStringLiteral("import/long_cp1251_ru.csv"));
}

QString TestDamaged::sampleCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    for (const QString &suffix : {QString(), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    if (!QFile::copy(m_sample, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestDamaged::refusesBrokenPages_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("fill");
    // Page 2 onwards: the header page stays good, so only SQLite's own reading finds the damage.
    QTest::newRow("schema page zeroed") << 0 << u"zeros"_qs;
    QTest::newRow("second page random") << 1 << u"random"_qs;
    QTest::newRow("middle page random") << -2 << u"random"_qs;
    QTest::newRow("last page random") << -1 << u"random"_qs;
}

void TestDamaged::refusesBrokenPages()
{
    QFETCH(int, page);
    QFETCH(QString, fill);
    const QString path = sampleCopy(QStringLiteral("broken.sqlite"));
    const FileHeaderCheck header = FileHeaderCheck::read(path);
    QCOMPARE(header.error, OpenError::None);
    const qint64 pages = header.pageCount;
    QVERIFY(pages > 8);
    const qint64 index = page >= 0 ? page : page == -1 ? pages - 1 : pages / 2;
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes(int(header.pageSize), '\0');
        if (fill == u"random") {
            QRandomGenerator random{quint32(index)};
            for (qsizetype i = 0; i < bytes.size(); ++i)
                bytes[i] = char(random.bounded(256));
        }
        // Page 1 keeps its first 100 bytes (the file header): the damage is past them.
        const qint64 offset = index * header.pageSize + (index == 0 ? 100 : 0);
        QVERIFY(f.seek(offset));
        QVERIFY(f.write(bytes.left(int(header.pageSize - (index == 0 ? 100 : 0)))) > 0);
    }
    const QByteArray before = fileHash(path);
    OpenError error;
    QString message;
    QElapsedTimer timer;
    timer.start();
    auto db = openPath(path, &error, &message);
    QVERIFY2(!db, "a database with a broken page was opened");
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY2(error == OpenError::Corrupt || error == OpenError::ForeignApplication, qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("damaged")) || message.contains(QLatin1String("another application")),
             qPrintable(message));
    QVERIFY(message.contains(QDir::toNativeSeparators(path)));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

void TestDamaged::refusesBrokenPagesOfALargeFile()
{
    // A file larger than 64 MB with one broken page in its middle: refused on open like a small
    // one (the check once ran only on smaller files), so nothing is written into it.
    const QString path = sampleCopy(QStringLiteral("large-broken.sqlite"));
    {
        OpenError error;
        QString message;
        auto db = openPath(path, &error, &message);
        QVERIFY2(db, qPrintable(message));
        QVERIFY(db->exec(QStringLiteral(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 72000) "
            "INSERT INTO meta (key, value) SELECT 'padding ' || x, hex(randomblob(500)) FROM n")));
    }
    QVERIFY(QFileInfo(path).size() > 66 * 1024 * 1024);
    const FileHeaderCheck header = FileHeaderCheck::read(path);
    QCOMPARE(header.error, OpenError::None);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes(int(header.pageSize), '\0');
        QRandomGenerator random{7};
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char(random.bounded(256));
        QVERIFY(f.seek(header.pageCount / 2 * header.pageSize));
        QVERIFY(f.write(bytes) == bytes.size());
    }
    const QByteArray before = fileHash(path);
    OpenError error;
    QString message;
    QElapsedTimer timer;
    timer.start();
    auto db = openPath(path, &error, &message);
    qInfo("a %lld MB file checked in %lld ms", QFileInfo(path).size() >> 20, timer.elapsed());
    QVERIFY2(!db, "a large database with a broken page was opened");
    QCOMPARE(error, OpenError::Corrupt);
    QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
    QVERIFY(message.contains(QDir::toNativeSeparators(path)));
    QCOMPARE(fileHash(path), before);
}

void TestDamaged::readOnlyOptionRefusesImport()
{
    const QString path = sampleCopy(QStringLiteral("readonly.sqlite"));
    const QByteArray before = fileHash(path);
    OpenError error;
    QString message;
    auto db = openPath(path, &error, &message, true);
    QVERIFY2(db, qPrintable(message));
    QVERIFY(db->isReadOnly());
    QCOMPARE(db->readOnlyReason(), QStringLiteral("opened read-only on request"));
    const QString dump = dumpDatabase(db->connection());

    ImportOptions options;
    options.path = m_table;
    const ImportReport report = Importer(*db).run(options);
    QVERIFY(!report.ok);
    QCOMPARE(report.batchId, 0);
    QVERIFY2(firstError(report).contains(QLatin1String("read-only")), qPrintable(firstError(report)));
    QVERIFY(firstError(report).contains(QLatin1String("opened read-only on request")));
    QCOMPARE(dumpDatabase(db->connection()), dump);
    db.reset();
    QCOMPARE(fileHash(path), before);
}

void TestDamaged::readOnlyConnectionCannotWrite()
{
    // Whatever a caller tries, a read-only connection does not change the file.
    const QString path = sampleCopy(QStringLiteral("readonly-write.sqlite"));
    const QByteArray before = fileHash(path);
    OpenError error;
    QString message;
    auto db = openPath(path, &error, &message, true);
    QVERIFY2(db, qPrintable(message));
    QString why;
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO source (url) VALUES ('x')"), &why));
    QVERIFY2(why.contains(QLatin1String("readonly")) || why.contains(QLatin1String("read-only")), qPrintable(why));
    QVERIFY(!db->exec(QStringLiteral("DELETE FROM race")));
    QVERIFY(!db->exec(QStringLiteral("PRAGMA user_version = 1")) || db->userVersion() == Database::SchemaVersion);
    // Loading a data set is refused with the reason.
    const DatasetLoader::Result loaded = DatasetLoader::loadSample(*db);
    QVERIFY(!loaded.ok);
    QVERIFY2(loaded.error.contains(QLatin1String("read-only")), qPrintable(loaded.error));
    db.reset();
    QCOMPARE(fileHash(path), before);
}

void TestDamaged::anotherConnectionKeepsReadOnly()
{
    // The import dialog's worker thread opens its own connection: it must be read-only too.
    const QString path = sampleCopy(QStringLiteral("readonly-worker.sqlite"));
    const QByteArray before = fileHash(path);
    OpenError error;
    QString message;
    auto db = openPath(path, &error, &message, true);
    QVERIFY2(db, qPrintable(message));
    auto worker = db->openAnother(&message);
    QVERIFY2(worker, qPrintable(message));
    QVERIFY(worker->isReadOnly());
    ImportOptions options;
    options.path = m_table;
    const ImportReport report = Importer(*worker).run(options);
    QVERIFY(!report.ok);
    QVERIFY(firstError(report).contains(QLatin1String("read-only")));
    worker.reset();
    db.reset();
    QCOMPARE(fileHash(path), before);
}

void TestDamaged::importWaitsForWriterThenFails_data()
{
    QTest::addColumn<QString>("lock");
    QTest::newRow("immediate") << u"BEGIN IMMEDIATE"_qs;
    QTest::newRow("exclusive") << u"BEGIN EXCLUSIVE"_qs;
}

void TestDamaged::importWaitsForWriterThenFails()
{
    // Sailau has the file open; another program then starts writing. The import waits the busy
    // timeout, then gives up with a message, and the other program's work is untouched.
    QFETCH(QString, lock);
    const QString path = sampleCopy(QStringLiteral("contended.sqlite"));
    OpenError error;
    QString message;
    auto db = openPath(path, &error, &message, false, 400);
    QVERIFY2(db, qPrintable(message));
    const QString dump = dumpDatabase(db->connection());
    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(lock));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO source (url) VALUES ('https://example.invalid/other')")));

        ImportOptions options;
        options.path = m_table;
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = Importer(*db).run(options);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!report.ok);
        QCOMPARE(report.batchId, 0);
        QVERIFY2(firstError(report).contains(QLatin1String("locked by another program")), qPrintable(firstError(report)));
        QVERIFY2(elapsed >= 300 && elapsed < 10000, qPrintable(QString::number(elapsed)));

        // The other program commits its own row; Sailau's import left nothing.
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    QSqlQuery check(db->connection());
    QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM source WHERE url = 'https://example.invalid/other'")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toInt(), 1);
    QVERIFY(check.exec(QStringLiteral("DELETE FROM source WHERE url = 'https://example.invalid/other'")));
    QCOMPARE(dumpDatabase(db->connection()), dump);
    // The import goes through once the file is free.
    ImportOptions options;
    options.path = m_table;
    const ImportReport again = Importer(*db).run(options);
    QVERIFY2(again.ok, qPrintable(firstError(again)));
}

void TestDamaged::writerTakesLockAfterOpen()
{
    // A second Sailau connection (the import dialog's worker) imports while the first connection
    // holds a read transaction open: the import still commits (a reader does not block a
    // rollback-journal writer until the commit, which then waits for it) or fails cleanly.
    const QString path = sampleCopy(QStringLiteral("reader.sqlite"));
    OpenError error;
    QString message;
    auto db = openPath(path, &error, &message, false, 400);
    QVERIFY2(db, qPrintable(message));
    const QString dump = dumpDatabase(db->connection());
    auto worker = db->openAnother(&message);
    QVERIFY2(worker, qPrintable(message));
    QSqlQuery reading(db->connection());
    QVERIFY(reading.exec(QStringLiteral("BEGIN")));
    QVERIFY(reading.exec(QStringLiteral("SELECT count(*) FROM race")));
    QVERIFY(reading.next());
    ImportOptions options;
    options.path = m_table;
    const ImportReport report = Importer(*worker).run(options);
    if (!report.ok) {
        QVERIFY2(firstError(report).contains(QLatin1String("locked")) || firstError(report).contains(QLatin1String("could not be saved")),
                 qPrintable(firstError(report)));
        QVERIFY(reading.exec(QStringLiteral("COMMIT")));
        QCOMPARE(dumpDatabase(db->connection()), dump);
    } else {
        QVERIFY(reading.exec(QStringLiteral("COMMIT")));
        QVERIFY(dumpDatabase(db->connection()) != dump);
    }
    QSqlQuery check(db->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

void TestDamaged::readerAtCommitIsExplained()
{
    // Another program reading the file while the import saves: "database is locked" became a
    // sentence that says what happened and what to do, with SQLite's words after it.
    const QString path = sampleCopy(QStringLiteral("reader-at-commit.sqlite"));
    OpenError error;
    QString message;
    auto db = openPath(path, &error, &message, false, 300);
    QVERIFY2(db, qPrintable(message));
    const QByteArray before = fileHash(path);
    const QString name = QStringLiteral("other-reader");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM race")) && q.next()); // holds a shared lock
        ImportOptions options;
        options.path = m_table;
        const ImportReport report = Importer(*db).run(options);
        QVERIFY(!report.ok);
        const QString text = firstError(report);
        QVERIFY2(text.contains(QLatin1String("Another program")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("nothing was imported")), qPrintable(text));
        q.finish();
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    db.reset();
    QCOMPARE(fileHash(path), before);
}

void TestDamaged::hotJournalIsRolledBack_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-write") << false;
    QTest::newRow("read-only") << true;
}

void TestDamaged::hotJournalIsRolledBack()
{
    // The state a crash leaves: the database file half written and the journal that undoes it. It is
    // made by copying both files while another connection is inside a large transaction whose
    // pages have already gone to the file. Opening it rolls the transaction back (when the file may
    // be written), or is refused with the reason (when it may not), never read half done.
    QFETCH(bool, readOnly);
    const QString live = sampleCopy(QStringLiteral("live.sqlite"));
    QString before;
    {
        OpenError error;
        QString message;
        auto db = openPath(live, &error, &message);
        QVERIFY2(db, qPrintable(message));
        before = dumpDatabase(db->connection());
    }
    const QString crashed = m_dir.filePath(QStringLiteral("crashed.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-journal")})
        QFile::remove(crashed + suffix);
    const QString name = QStringLiteral("half-done");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(live);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 10"))); // changed pages spill to the file early
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("UPDATE candidate SET name = name || ' (changed)', votes = 0")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM race_metrics")));
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 20000) "
                                      "INSERT INTO source (url) SELECT 'https://example.invalid/' || x FROM n")));
        QVERIFY(QFile::exists(live + QStringLiteral("-journal")));
        QVERIFY(fileHash(live) != fileHash(m_sample)); // pages of the transaction are in the file
        QVERIFY(QFile::copy(live, crashed));
        QVERIFY(QFile::copy(live + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);

    const QByteArray crashedHash = fileHash(crashed);
    const QByteArray journalHash = fileHash(crashed + QStringLiteral("-journal"));
    OpenError error;
    QString message;
    auto db = openPath(crashed, &error, &message, readOnly);
    if (readOnly) {
        // A read-only connection cannot undo the half-written transaction: refused with the reason,
        // both files left for a later read-write open.
        if (db) {
            QCOMPARE(dumpDatabase(db->connection()), before);
            return;
        }
        QVERIFY2(message.contains(QLatin1String("interrupted")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("write access")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("is damaged")), qPrintable(message));
        QCOMPARE(error, OpenError::ReadOnlyNeedsUpgrade);
        QCOMPARE(fileHash(crashed), crashedHash);
        QCOMPARE(fileHash(crashed + QStringLiteral("-journal")), journalHash);
        db = openPath(crashed, &error, &message, false);
    }
    QVERIFY2(db, qPrintable(message));
    QCOMPARE(dumpDatabase(db->connection()), before);
    QSqlQuery check(db->connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestDamaged)
#include "tst_damaged.moc"
