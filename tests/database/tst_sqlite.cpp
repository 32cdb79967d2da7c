// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite under Qt's connection: the raw handle only where Qt's driver runs the library Sailau
// links, and the statements on it.
#include "database.h"
#include "sqlite/sqlitestatement.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau;

class TestSqlite : public QObject
{
    Q_OBJECT

private slots:
    void handleOnlyForTheLinkedLibrary();
    void noHandleWithoutAnOpenSqliteConnection();
    void bulkInsertWritesEveryRow();
    void writeErrorsAreSaidInWords();
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

QTEST_GUILESS_MAIN(TestSqlite)
#include "tst_sqlite.moc"
