// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "../common/testsupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau;
using namespace SailauTest;

namespace {

std::unique_ptr<Database> openPath(const QString &path, OpenError *error, QString *message, bool create = true)
{
    OpenOptions options;
    options.create = create;
    options.busyTimeoutMs = 200;
    return Database::open(path, options, error, message);
}

int scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Writes an SQLite file with a plain sqlite connection (not through Sailau).
void writeWithSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-%1").arg(qHash(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &s : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsFreshFile();
    void reopensWithoutChange();
    void upgradesOlderVersion();
    void winnersNominationBesideTheWinner();
    void refusesNewerVersion();
    void refusesGarbage_data();
    void refusesGarbage();
    void refusesTruncatedFile();
    void refusesForeignSqlite();
    void refusesOtherApplicationId();
    void initialisesEmptyFile();
    void reportsLockedFile();
    void missingFileWithoutCreate();
    void foreignKeysAreOn();
    void everyForeignKeyHasAnIndex();
    void lostVersionNumberIsExplained_data();
    void lostVersionNumberIsExplained();
    void objectsSailauDidNotCreateMakeItReadOnly_data();
    void objectsSailauDidNotCreateMakeItReadOnly();
    void anotherConnection();
};

void TestDatabase::createsFreshFile()
{
    QTemporaryDir dir;
    OpenError error;
    QString message;
    auto db = openPath(dir.filePath(QStringLiteral("sub/new.sqlite")), &error, &message);
    QVERIFY2(db, qPrintable(message));
    QCOMPARE(error, OpenError::None);
    QVERIFY(db->isNew());
    QVERIFY(!db->isReadOnly());
    QCOMPARE(db->userVersion(), Database::SchemaVersion);
    QCOMPARE(quint32(scalar(*db, QStringLiteral("PRAGMA application_id"))), Database::ApplicationId);
    for (const char *table : {"territory", "race", "candidate", "election", "party", "source", "import_batch",
                              "published_figure", "race_metrics", "presentation_deck"}) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
        q.addBindValue(QString::fromLatin1(table));
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toInt() == 1, table);
    }
    const FileHeaderCheck header = FileHeaderCheck::read(db->path());
    QCOMPARE(header.error, OpenError::None);
    QCOMPARE(header.userVersion, Database::SchemaVersion);
}

void TestDatabase::reopensWithoutChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    OpenError error;
    QString message;
    QVERIFY(openPath(path, &error, &message));
    const QByteArray before = fileHash(path);
    auto again = openPath(path, &error, &message, false);
    QVERIFY2(again, qPrintable(message));
    QVERIFY(!again->isNew());
    again.reset();
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::upgradesOlderVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        OpenError error;
        QString message;
        auto db = openPath(path, &error, &message);
        QVERIFY(db);
        // Make it a version 1 file: the deck table came with version 2.
        QVERIFY(db->exec(QStringLiteral("DROP TABLE presentation_deck")));
        QVERIFY(db->exec(QStringLiteral("ALTER TABLE race DROP COLUMN candidate_list_complete"))); // came with version 4
        for (const char *column : {"race DROP COLUMN against_all_published", "race DROP COLUMN against_all_published_basis",
                                   "candidate DROP COLUMN vote_share_basis", "candidate DROP COLUMN age"}) // version 6
            QVERIFY(db->exec(QStringLiteral("ALTER TABLE ") + QLatin1String(column)));
        for (const char *column : {"winner_party_id", "winner_self_nominated"}) // version 7
            QVERIFY(db->exec(QStringLiteral("ALTER TABLE race_metrics DROP COLUMN ") + QLatin1String(column)));
        QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = 1")));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO source (url) VALUES ('https://example.kz/a')")));
    }
    OpenError error;
    QString message;
    auto db = openPath(path, &error, &message, false);
    QVERIFY2(db, qPrintable(message));
    QCOMPARE(db->userVersion(), Database::SchemaVersion);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM presentation_deck")), 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM source")), 1);
    // A copy of the old file is kept beside it, still at version 1.
    QVERIFY(!db->backupPath().isEmpty());
    QVERIFY(QFile::exists(db->backupPath()));
    QCOMPARE(FileHeaderCheck::read(db->backupPath()).userVersion, 1);
}

// race_metrics holds the winner's party and self-nomination as the candidate table has them:
// written with the sample, and filled by the upgrade of a file from before (version 6).
void TestDatabase::winnersNominationBesideTheWinner()
{
    const QString differing = QStringLiteral(
        "SELECT count(*) FROM race_metrics m JOIN candidate c ON c.id = m.winner_id "
        "WHERE m.winner_party_id IS NOT c.party_id OR m.winner_self_nominated IS NOT c.self_nominated");
    const QString winners = QStringLiteral("SELECT count(*) FROM race_metrics WHERE winner_id IS NOT NULL");
    const QString nominated = QStringLiteral(
        "SELECT count(*) FROM race_metrics WHERE winner_party_id IS NOT NULL OR winner_self_nominated IS NOT NULL");
    // Winners whose nomination a source gives (in the sample, not every one).
    const QString known = QStringLiteral("SELECT count(*) FROM race_metrics m JOIN candidate c ON c.id = m.winner_id "
                                         "WHERE c.party_id IS NOT NULL OR c.self_nominated IS NOT NULL");
    QTemporaryDir dir;
    QString path;
    int sampleWinners = 0;
    int knownNominations = 0;
    {
        auto db = sampleDatabase(dir);
        QVERIFY(db);
        path = db->path();
        sampleWinners = scalar(*db, winners);
        QVERIFY(sampleWinners > 0);
        knownNominations = scalar(*db, known);
        QVERIFY(knownNominations > 0);
        QCOMPARE(scalar(*db, differing), 0);
        QCOMPARE(scalar(*db, nominated), knownNominations);
        QVERIFY(db->exec(QStringLiteral("ALTER TABLE race_metrics DROP COLUMN winner_party_id")));
        QVERIFY(db->exec(QStringLiteral("ALTER TABLE race_metrics DROP COLUMN winner_self_nominated")));
        QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = 6")));
    }
    OpenError error;
    QString message;
    auto db = openPath(path, &error, &message, false);
    QVERIFY2(db, qPrintable(message));
    QCOMPARE(db->userVersion(), Database::SchemaVersion);
    QCOMPARE(scalar(*db, winners), sampleWinners);
    QCOMPARE(scalar(*db, differing), 0);
    QCOMPARE(scalar(*db, nominated), knownNominations);
}

void TestDatabase::refusesNewerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        OpenError error;
        QString message;
        auto db = openPath(path, &error, &message);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = fileHash(path);
    OpenError error;
    QString message;
    QVERIFY(!openPath(path, &error, &message, false));
    QCOMPARE(error, OpenError::NewerVersion);
    QVERIFY(message.contains(QLatin1String("newer version of Sailau")));
    QVERIFY(message.contains(QLatin1String("Update Sailau")));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesGarbage_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("expected");
    QTest::newRow("text") << QByteArray("region,district\nАбай,Курчатов\n") << int(OpenError::NotSqlite);
    QTest::newRow("random bytes") << QByteArray::fromHex("8badf00ddeadbeef0011223344556677") .repeated(300) << int(OpenError::NotSqlite);
    QTest::newRow("zip") << QByteArray("PK\x03\x04", 4) + QByteArray(2000, '\0') << int(OpenError::NotSqlite);
    QTest::newRow("header only") << QByteArray("SQLite format 3\0", 16) << int(OpenError::Truncated);
    QByteArray badPageSize = QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0');
    badPageSize[16] = 0x03; // 768 is not a power of two
    QTest::newRow("bad page size") << badPageSize << int(OpenError::Corrupt);
}

void TestDatabase::refusesGarbage()
{
    QFETCH(QByteArray, content);
    QFETCH(int, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    OpenError error;
    QString message;
    QVERIFY(!openPath(path, &error, &message, false));
    QCOMPARE(int(error), expected);
    QVERIFY(message.contains(QDir::toNativeSeparators(path)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no journal, no backup
}

void TestDatabase::refusesTruncatedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
    {
        auto db = sampleDatabase(dir, QStringLiteral("cut.sqlite"));
        QVERIFY(db);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 8192);
    QVERIFY(file.resize(size / 2 + 100)); // cut mid-page
    file.close();
    const QByteArray before = fileHash(path);
    OpenError error;
    QString message;
    QVERIFY(!openPath(path, &error, &message, false));
    QCOMPARE(error, OpenError::Truncated);
    QVERIFY(message.contains(QLatin1String("damaged")));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesForeignSqlite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    writeWithSqlite(path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                           QStringLiteral("INSERT INTO notes (text) VALUES ('кітап')")});
    const QByteArray before = fileHash(path);
    OpenError error;
    QString message;
    QVERIFY(!openPath(path, &error, &message, false));
    QCOMPARE(error, OpenError::ForeignApplication);
    QVERIFY(message.contains(QLatin1String("another application")));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesOtherApplicationId()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fossil.db"));
    writeWithSqlite(path, {QStringLiteral("PRAGMA application_id = 252006673"), QStringLiteral("CREATE TABLE t (x)")});
    const QByteArray before = fileHash(path);
    OpenError error;
    QString message;
    QVERIFY(!openPath(path, &error, &message, false));
    QCOMPARE(error, OpenError::ForeignApplication);
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::initialisesEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    OpenError error;
    QString message;
    auto db = openPath(path, &error, &message, false);
    QVERIFY2(db, qPrintable(message));
    QVERIFY(db->isNew());
    QCOMPARE(db->userVersion(), Database::SchemaVersion);
}

void TestDatabase::reportsLockedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    {
        OpenError error;
        QString message;
        QVERIFY(openPath(path, &error, &message));
    }
    // Another program holds an exclusive lock while it writes.
    const QString name = QStringLiteral("other-writer");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO source (url) VALUES ('x')")));

        OpenError error;
        QString message;
        QVERIFY(!openPath(path, &error, &message, false));
        QCOMPARE(error, OpenError::Locked);
        QVERIFY(message.contains(QLatin1String("locked by another program")));

        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    OpenError error;
    QString message;
    QVERIFY2(openPath(path, &error, &message, false), qPrintable(message));
}

void TestDatabase::missingFileWithoutCreate()
{
    QTemporaryDir dir;
    OpenError error;
    QString message;
    QVERIFY(!openPath(dir.filePath(QStringLiteral("nope.sqlite")), &error, &message, false));
    QCOMPARE(error, OpenError::NotFound);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nope.sqlite"))));
}

void TestDatabase::foreignKeysAreOn()
{
    QTemporaryDir dir;
    OpenError error;
    QString message;
    auto db = openPath(dir.filePath(QStringLiteral("fk.sqlite")), &error, &message);
    QVERIFY(db);
    QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")), 1);
    QString why;
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO race (election_id, territory_id) VALUES (999, 999)"), &why));
    QVERIFY(why.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive));
}

// Deleting a row makes SQLite look up the rows that refer to it (ON DELETE CASCADE / SET NULL, or
// the check that none remain): without an index on the referring column that is a scan of the
// whole table per deleted row, which made undoing an import quadratic.
void TestDatabase::everyForeignKeyHasAnIndex()
{
    QTemporaryDir dir;
    OpenError error;
    QString message;
    auto db = openPath(dir.filePath(QStringLiteral("fk-index.sqlite")), &error, &message);
    QVERIFY2(db, qPrintable(message));
    QSqlQuery tables(db->connection());
    QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
    QStringList missing;
    int foreignKeys = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        // The leading column of every index of the table (a primary key is an index too).
        QStringList leading;
        QSqlQuery indexes(db->connection());
        QVERIFY(indexes.exec(QStringLiteral("PRAGMA index_list(\"%1\")").arg(table)));
        while (indexes.next()) {
            QSqlQuery columns(db->connection());
            QVERIFY(columns.exec(QStringLiteral("PRAGMA index_info(\"%1\")").arg(indexes.value(1).toString())));
            if (columns.next())
                leading.append(columns.value(2).toString());
        }
        QSqlQuery info(db->connection());
        QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)));
        while (info.next()) {
            if (info.value(5).toInt() == 1 && info.value(2).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                leading.append(info.value(1).toString()); // the rowid
        }
        QSqlQuery keys(db->connection());
        QVERIFY(keys.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table)));
        while (keys.next()) {
            ++foreignKeys;
            const QString column = keys.value(3).toString();
            if (!leading.contains(column))
                missing.append(table + QLatin1Char('.') + column);
        }
    }
    QVERIFY(foreignKeys > 20);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("without an index: ") + missing.join(QStringLiteral(", "))));
}

void TestDatabase::objectsSailauDidNotCreateMakeItReadOnly_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("name");
    QTest::newRow("trigger") << QStringLiteral(
        "CREATE TRIGGER double_votes AFTER INSERT ON candidate BEGIN "
        "UPDATE candidate SET votes = votes * 2 WHERE id = NEW.id; DELETE FROM race WHERE id < 5; END")
                             << QStringLiteral("double_votes");
    QTest::newRow("view") << QStringLiteral("CREATE VIEW winners AS SELECT * FROM candidate WHERE elected = 1")
                          << QStringLiteral("winners");
    QTest::newRow("table") << QStringLiteral("CREATE TABLE notes (text TEXT)") << QStringLiteral("notes");
}

void TestDatabase::objectsSailauDidNotCreateMakeItReadOnly()
{
    // A trigger planted in a Sailau file would run during an import: such a file is opened
    // read-only, and the reason names what Sailau did not create.
    QFETCH(QString, statement);
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("planted.sqlite"));
    {
        OpenError error;
        QString message;
        auto db = openPath(path, &error, &message);
        QVERIFY2(db, qPrintable(message));
        QVERIFY(!db->isReadOnly());
    }
    writeWithSqlite(path, {statement});
    const QByteArray before = fileHash(path);
    OpenError error;
    QString message;
    auto db = openPath(path, &error, &message, false);
    QVERIFY2(db, qPrintable(message));
    QVERIFY(db->isReadOnly());
    QVERIFY2(db->readOnlyReason().contains(name), qPrintable(db->readOnlyReason()));
    QVERIFY(!db->exec(QStringLiteral("DELETE FROM race")));
    db.reset();
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::lostVersionNumberIsExplained_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("0") << 0;
    QTest::newRow("-1") << -1;
}

void TestDatabase::lostVersionNumberIsExplained()
{
    // A Sailau file whose version number was reset: once "migration 1 failed: table meta already
    // exists"; now a sentence, and the file is left as it was.
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("version.sqlite"));
    {
        OpenError error;
        QString message;
        QVERIFY(openPath(path, &error, &message));
    }
    writeWithSqlite(path, {QStringLiteral("PRAGMA user_version = %1").arg(version)});
    const QByteArray before = fileHash(path);
    OpenError error;
    QString message;
    auto db = openPath(path, &error, &message, false);
    QVERIFY(!db);
    QCOMPARE(error, OpenError::Corrupt);
    QVERIFY2(message.contains(QLatin1String("version number")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("migration")), qPrintable(message));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::anotherConnection()
{
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    QVERIFY(db);
    QString message;
    auto second = db->openAnother(&message);
    QVERIFY2(second, qPrintable(message));
    QVERIFY(second->connection().connectionName() != db->connection().connectionName());
    QCOMPARE(scalar(*second, QStringLiteral("SELECT count(*) FROM race")), 40);

    // Read-only on request: writes are refused by SQLite itself.
    OpenOptions options;
    options.readOnly = true;
    options.create = false;
    OpenError error;
    auto readOnly = Database::open(db->path(), options, &error, &message);
    QVERIFY2(readOnly, qPrintable(message));
    QVERIFY(readOnly->isReadOnly());
    QVERIFY(!readOnly->readOnlyReason().isEmpty());
    QVERIFY(!readOnly->exec(QStringLiteral("DELETE FROM race")));
    QCOMPARE(scalar(*readOnly, QStringLiteral("SELECT count(*) FROM race")), 40);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
