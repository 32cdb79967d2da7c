// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite under Qt's connection: the raw handle only where Qt's driver runs the library Sailau
// links, and the statements on it.
#include "database.h"
#include "sqlite/sqlitestatement.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

using namespace Sailau;

namespace {

// A connection to a new database file of its own, closed and let go at the end of the test.
struct ScratchDatabase
{
    explicit ScratchDatabase(const QString &name)
        : name(name)
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("scratch.sqlite")));
        if (db.open())
            handle = Sqlite::sqliteHandle(db);
    }
    // Why a write queue cannot be tried here, or nullptr.
    const char *cannotWriteOnAThread() const
    {
        if (!handle)
            return "Qt's driver runs another SQLite library than the one linked";
        return sqlite3_threadsafe() == 0 ? "SQLite is built for one thread only" : nullptr;
    }
    ~ScratchDatabase()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    QTemporaryDir dir;
    QString name;
    QSqlDatabase db;
    sqlite3 *handle = nullptr;
};

} // namespace

class TestSqlite : public QObject
{
    Q_OBJECT

private slots:
    void handleOnlyForTheLinkedLibrary();
    void noHandleWithoutAnOpenSqliteConnection();
    void bulkInsertWritesEveryRow();
    void writeErrorsAreSaidInWords();
    void writeQueueKeepsTheOrderOfEveryTable();
    void writeQueueSaysTheFirstErrorAndDrops();
};

void TestSqlite::handleOnlyForTheLinkedLibrary()
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("tst_sqlite_handle");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next());
        const bool same = q.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
        QCOMPARE(Sqlite::driverRunsLinkedSqlite(db), same);
        sqlite3 *handle = Sqlite::sqliteHandle(db);
        QCOMPARE(handle != nullptr, same);
        if (handle) {
            // The handle is the connection's own: what one writes the other reads.
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
            Sqlite::SqliteStatement insert(handle, "INSERT INTO t VALUES (?)");
            QVERIFY(insert.isValid());
            insert.bind(1, qint64(7));
            QVERIFY(insert.step());
            QVERIFY(q.exec(QStringLiteral("SELECT x FROM t")) && q.next());
            QCOMPARE(q.value(0).toLongLong(), 7);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestSqlite::noHandleWithoutAnOpenSqliteConnection()
{
    QCOMPARE(Sqlite::sqliteHandle(QSqlDatabase()), nullptr);
    const QString name = QStringLiteral("tst_sqlite_closed");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QCOMPARE(Sqlite::sqliteHandle(db), nullptr); // not open
    }
    QSqlDatabase::removeDatabase(name);
}

void TestSqlite::bulkInsertWritesEveryRow()
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("tst_sqlite_bulk");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(db.open());
        sqlite3 *handle = Sqlite::sqliteHandle(db);
        if (!handle)
            QSKIP("Qt's driver runs another SQLite library than the one linked");
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (i INTEGER, r REAL, s TEXT)")));
        {
            // Finalised before the connection closes (SQLite keeps a connection with live
            // statements open).
            Sqlite::BulkInsert bulk(handle, "INSERT OR FAIL", "t", {"i", "r", "s"}, 4);
            QVERIFY(bulk.isValid());
            for (int i = 0; i < 10; ++i) {
                bulk.add(qint64(i)).add(std::optional<double>()).add(i % 2 ? QStringLiteral("Әлия қызы") : QString());
                QVERIFY(bulk.endRow());
            }
            QVERIFY(bulk.flush());
        }
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(i), count(r), count(s), max(s) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 10);
        QCOMPARE(q.value(1).toInt(), 45);
        QCOMPARE(q.value(2).toInt(), 0);
        QCOMPARE(q.value(3).toInt(), 5);
        QCOMPARE(q.value(4).toString(), QStringLiteral("Әлия қызы"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A write refused in the middle of an import (another program holds the file) reads as a sentence,
// with SQLite's words after it, not as "database is locked" alone.
void TestSqlite::writeErrorsAreSaidInWords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.sqlite"));
    const QString writer = QStringLiteral("tst_sqlite_writer"), other = QStringLiteral("tst_sqlite_other");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), writer);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        sqlite3 *handle = Sqlite::sqliteHandle(db);
        if (!handle)
            QSKIP("Qt's driver runs another SQLite library than the one linked");
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (i INTEGER)")));
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        {
            // Finalised before the connection closes: SQLite refuses to close a connection
            // with a live statement, and the connection would stay open.
            Sqlite::SqliteStatement insert(handle, "INSERT INTO t (i) VALUES (?)");
            QVERIFY(insert.isValid());
            insert.bind(1, qint64(1));
            QVERIFY(!insert.step());
            QVERIFY2(insert.error().startsWith(QLatin1String("Another program is reading or writing the database file.")),
                     qPrintable(insert.error()));
            QVERIFY2(insert.error().contains(QLatin1String("locked")), qPrintable(insert.error()));
        }
        QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
        holder.close();
        db.close();
    }
    QSqlDatabase::removeDatabase(other);
    QSqlDatabase::removeDatabase(writer);
}

// Rows of two tables handed to the queue's thread all arrive, rows of one table in the order they
// were added (a row that replaces an earlier one wins), every text with its letters; reads after
// flush() see them.
void TestSqlite::writeQueueKeepsTheOrderOfEveryTable()
{
    ScratchDatabase scratch(QStringLiteral("tst_sqlite_queue"));
    QVERIFY(scratch.db.isOpen());
    if (const char *why = scratch.cannotWriteOnAThread())
        QSKIP(why);
    sqlite3 *handle = scratch.handle;
    QSqlQuery q(scratch.db);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT)")));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL, name TEXT)")));
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    const int parents = 1000, childrenEach = 3;
    {
        Sqlite::BulkInsert parent(handle, "INSERT OR REPLACE", "parent", {"id", "name"}, 7);
        Sqlite::BulkInsert child(handle, "INSERT OR FAIL", "child", {"id", "parent_id", "name"}, 16);
        Sqlite::WriteQueue queue; // after the inserts: it goes first
        parent.setWriteQueue(&queue);
        child.setWriteQueue(&queue);
        for (int p = 1; p <= parents; ++p) {
            parent.add(qint64(p)).add(QStringLiteral("Қызылорда %1").arg(p));
            QVERIFY(parent.endRow());
            if (p % 100 == 0) { // written again: the later row is the one kept
                parent.add(qint64(p)).add(QStringLiteral("Түркістан %1").arg(p));
                QVERIFY(parent.endRow());
            }
            for (int c = 0; c < childrenEach; ++c) {
                child.add(qint64(p * childrenEach + c)).add(qint64(p)).add(QStringLiteral("Өскемен ұлы %1").arg(c));
                QVERIFY(child.endRow());
            }
        }
        QVERIFY(parent.flush());
        QVERIFY(child.flush());
    }
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(id) FROM parent")) && q.next());
    QCOMPARE(q.value(0).toInt(), parents);
    QCOMPARE(q.value(1).toLongLong(), qint64(parents) * (parents + 1) / 2);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT parent_id) FROM child")) && q.next());
    QCOMPARE(q.value(0).toInt(), parents * childrenEach);
    QCOMPARE(q.value(1).toInt(), parents);
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM parent WHERE id = 777")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Қызылорда 777"));
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM parent WHERE id = 700")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Түркістан 700"));
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM child WHERE id = %1").arg(500 * childrenEach + 2)) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Өскемен ұлы 2"));
    q.finish();
}

// A row refused on the queue's thread is said at the next end of a row or flush, rows after it
// are not written, and drop() leaves the rows still waiting unwritten.
void TestSqlite::writeQueueSaysTheFirstErrorAndDrops()
{
    ScratchDatabase scratch(QStringLiteral("tst_sqlite_queue_error"));
    QVERIFY(scratch.db.isOpen());
    if (const char *why = scratch.cannotWriteOnAThread())
        QSKIP(why);
    sqlite3 *handle = scratch.handle;
    QSqlQuery q(scratch.db);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)")));
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    {
        Sqlite::BulkInsert bulk(handle, "INSERT OR FAIL", "t", {"id"}, 4);
        Sqlite::WriteQueue queue;
        bulk.setWriteQueue(&queue);
        // 0…7, then 5 again (refused), then 100…199.
        QList<qint64> ids;
        for (qint64 i = 0; i < 8; ++i)
            ids.append(i);
        ids.append(5);
        for (qint64 i = 100; i < 200; ++i)
            ids.append(i);
        bool refused = false;
        for (qint64 id : std::as_const(ids)) {
            bulk.add(id);
            if (!bulk.endRow())
                refused = true;
        }
        QVERIFY(!bulk.flush());
        QVERIFY2(bulk.error().contains(QLatin1String("UNIQUE")), qPrintable(bulk.error()));
        Q_UNUSED(refused); // said at an end of a row or, at the latest, at the flush
    }
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(id) FROM t")) && q.next());
    // The pages before the refused one are written, none after it.
    QVERIFY(q.value(0).toInt() <= 8);
    QVERIFY(q.value(1).toLongLong() < 100);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM t")));
    // Each row takes 10 ms to write, so that rows are still waiting when they are dropped.
    QCOMPARE(sqlite3_create_function(handle, "pause", 0, SQLITE_UTF8, nullptr,
                                     [](sqlite3_context *context, int, sqlite3_value **) {
                                         QThread::msleep(10);
                                         sqlite3_result_null(context);
                                     },
                                     nullptr, nullptr),
             SQLITE_OK);
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER slowly AFTER INSERT ON t BEGIN SELECT pause(); END")));
    {
        Sqlite::BulkInsert bulk(handle, "INSERT OR FAIL", "t", {"id"}, 2);
        Sqlite::WriteQueue queue;
        bulk.setWriteQueue(&queue);
        for (qint64 i = 0; i < 40; ++i) {
            bulk.add(i);
            QVERIFY(bulk.endRow());
        }
        queue.drop();
        // What was written before the drop is whole pages, in order.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), COALESCE(max(id), -1) FROM t")) && q.next());
        const int kept = q.value(0).toInt();
        QCOMPARE(kept % 2, 0);
        QCOMPARE(q.value(1).toLongLong(), qint64(kept) - 1);
        QVERIFY2(kept < 40, qPrintable(QString::number(kept)));
    }
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    q.finish();
}

QTEST_GUILESS_MAIN(TestSqlite)
#include "tst_sqlite.moc"
