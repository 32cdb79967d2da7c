// SPDX-License-Identifier: GPL-3.0-or-later
// 'sailau import' into databases it must not or cannot write: damaged files, random bytes, another
// application's SQLite file, a newer schema, a file its user may not write, a file another program
// is writing. Each time: a clear message, exit status 1, within a bound, and the file unchanged.
#include "database.h"
#include "datasetloader.h"
#include "importer.h"

#include "../common/processrun.h"
#include "../common/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Sailau;
using namespace SailauTest;

namespace {

using Run = ProcessRun;

Run runProcess(const QString &program, const QStringList &arguments, const QString &home)
{
    ProcessOptions options;
    options.program = program;
    options.timeoutMs = 60000;
    return runProgram(arguments, home, options);
}

// A run whose standard output goes to a file (/dev/full: every write fails with "no space left"),
// and whose files may grow to at most fileLimit bytes (a disk that fills up at that size).
Run runWithOutput(const QString &program, const QStringList &arguments, const QString &home, const QString &stdoutFile,
                  qint64 fileLimit = -1)
{
    ProcessOptions options;
    options.program = program;
    options.stdoutFile = stdoutFile;
    if (fileLimit >= 0) {
        options.childSetup = [fileLimit] {
            std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead
            rlimit limit{rlim_t(fileLimit), rlim_t(fileLimit)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        };
    }
    return runProgram(arguments, home, options);
}

void writeWithSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-writer");
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

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestRobustCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refusesBadDatabase_data();
    void refusesBadDatabase();
    void refusesUnwritableFile();
    void waitsForAnotherWriterThenFails_data();
    void waitsForAnotherWriterThenFails();
    void importsOnceTheWriterIsGone();
    void malformedFilesEndCleanly_data();
    void malformedFilesEndCleanly();
    void devicesAndPipesAreRefused();
    void failedWritesToStandardOutput_data();
    void failedWritesToStandardOutput();
    void filesOnAFullDiskAreNotLeft_data();
    void filesOnAFullDiskAreNotLeft();
    void pathBytesAreNotChanged();
    void importOnAFullDisk();
    void inspectJsonOfALargeFileStaysSmall();
    void generateKeepsCandidatesApart();

private:
    Run sailau(const QStringList &arguments) { return runProcess(QStringLiteral(SAILAU_BINARY), arguments, m_home); }
    QString sampleCopy(const QString &name);

    QTemporaryDir m_dir;
    QString m_home;
    QString m_sample;
    QString m_table;
};

void TestRobustCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    {
        auto db = sampleDatabase(m_dir, QStringLiteral("sample.sqlite"));
        QVERIFY(db);
        m_sample = db->path();
    }
    m_table = testData(QStringLiteral("import/long_cp1251_ru.csv"));
    // The table imports into the sample: the refusals below are about the database alone.
    const QString ok = sampleCopy(QStringLiteral("works.sqlite"));
    const Run run = sailau({QStringLiteral("import"), m_table, QStringLiteral("--database"), ok});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

QString TestRobustCli::sampleCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_sample, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

void TestRobustCli::refusesBadDatabase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << u"truncated"_qs << u"damaged"_qs;
    QTest::newRow("cut at a page boundary") << u"cut-pages"_qs << u"damaged"_qs;
    QTest::newRow("random bytes") << u"random"_qs << u"not a Sailau database"_qs;
    QTest::newRow("sqlite header then random bytes") << u"header-random"_qs << u"damaged"_qs;
    QTest::newRow("another application") << u"foreign"_qs << u"another application"_qs;
    QTest::newRow("newer schema") << u"newer"_qs << u"newer version of Sailau"_qs;
    QTest::newRow("a folder") << u"folder"_qs << u"folder"_qs;
    QTest::newRow("a pipe") << u"fifo"_qs << u"not a file but a device, a pipe or a socket"_qs;
}

void TestRobustCli::refusesBadDatabase()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QString path = m_dir.filePath(kind + QStringLiteral(".sqlite"));
    if (kind == u"truncated" || kind == u"cut-pages") {
        path = sampleCopy(kind + QStringLiteral(".sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 16 * 4096);
        QVERIFY(f.resize(kind == u"truncated" ? size / 2 + 123 : (size / 2) / 4096 * 4096));
    } else if (kind == u"random") {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator random(42);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QVERIFY(writeBytes(path, bytes));
    } else if (kind == u"header-random") {
        // The first 100 bytes of a real database, then random pages.
        QFile sample(m_sample);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QByteArray bytes = sample.read(100);
        const qint64 size = sample.size();
        QByteArray rest(int(size - 100), Qt::Uninitialized);
        QRandomGenerator random(43);
        for (qsizetype i = 0; i < rest.size(); ++i)
            rest[i] = char(random.bounded(256));
        QVERIFY(writeBytes(path, bytes + rest));
    } else if (kind == u"foreign") {
        writeWithSqlite(path, {QStringLiteral("CREATE TABLE race (id INTEGER PRIMARY KEY, name TEXT)"),
                               QStringLiteral("INSERT INTO race (name) VALUES ('not Sailau''s')")});
    } else if (kind == u"newer") {
        path = sampleCopy(kind + QStringLiteral(".sqlite"));
        writeWithSqlite(path, {QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)});
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == u"fifo") {
        // Nobody writes to it: opening it to read would wait for ever.
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    }
    const bool pipe = kind == u"fifo"; // reading it would block: not hashed
    const QByteArray before = pipe ? QByteArray() : fileHash(path);
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);

    const Run run = sailau({QStringLiteral("import"), m_table, QStringLiteral("--database"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.seconds * 1000 < 20000, qPrintable(QString::number(run.seconds * 1000, 'f', 0)));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QFileInfo(path).fileName()), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("QSqlQuery")) && !run.err.contains(QLatin1String("QSqlDatabase")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    // Unchanged, and nothing written beside it (no journal, no backup).
    if (!pipe)
        QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), filesBefore);
}

void TestRobustCli::refusesUnwritableFile()
{
    // As its owner sees a file with mode 0444 in a folder it may not write. Root writes any file, so
    // when the test runs as root the command runs as "nobody" (setpriv, util-linux), from a copy of
    // the program in a folder that user can reach.
    const QString dirPath = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(dirPath));
    const QString path = dirPath + QStringLiteral("/results.sqlite");
    QVERIFY(QFile::copy(m_sample, path));
    const QString table = dirPath + QStringLiteral("/table.csv");
    QVERIFY(QFile::copy(m_table, table));
    QStringList command = {QStringLiteral(SAILAU_BINARY)};
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("running as root without setpriv: a read-only file cannot be made");
        // A system unpacked into a private folder and entered with chroot can have a root folder
        // that other users may not enter; "nobody" could then start no program at all.
        if (!QFileInfo(QStringLiteral("/")).permission(QFile::ExeOther))
            QSKIP("the root folder is closed to other users: the command cannot run as another user here");
        const QString program = dirPath + QStringLiteral("/sailau");
        QVERIFY(QFile::copy(QStringLiteral(SAILAU_BINARY), program));
        QVERIFY(QFile::setPermissions(program, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        command = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                   program};
        QVERIFY(QFile::setPermissions(table, QFile::ReadOwner | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                        | QFile::ReadOther | QFile::ExeOther));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(dirPath, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    const QByteArray before = fileHash(path);

    const Run run = runProcess(command.first(), command.mid(1) + QStringList{QStringLiteral("import"), table,
                                                                              QStringLiteral("--database"), path},
                               dirPath);
    QFile::setPermissions(dirPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("read-only (the file is read-only)")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("nothing was written")), qPrintable(run.err));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dirPath).entryList(QDir::Files).size(), ::geteuid() == 0 ? 3 : 2); // no journal
}

void TestRobustCli::waitsForAnotherWriterThenFails_data()
{
    QTest::addColumn<QString>("lock");
    // EXCLUSIVE: the other program is writing its changes into the file; nobody may read.
    // IMMEDIATE: it has changes pending; others may read but not write.
    QTest::newRow("exclusive") << u"BEGIN EXCLUSIVE"_qs;
    QTest::newRow("immediate") << u"BEGIN IMMEDIATE"_qs;
}

void TestRobustCli::waitsForAnotherWriterThenFails()
{
    QFETCH(QString, lock);
    const QString path = sampleCopy(QStringLiteral("busy.sqlite"));
    const QString name = QStringLiteral("other-writer");
    const QByteArray before = fileHash(path);
    QString dumpBefore;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        dumpBefore = dumpDatabase(other);
        QSqlQuery q(other);
        QVERIFY(q.exec(lock));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO source (url) VALUES ('https://example.invalid/pending')")));

        const Run run = sailau({QStringLiteral("import"), m_table, QStringLiteral("--database"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("locked by another program")), qPrintable(run.err));
        // It waited for the lock (a bounded busy timeout), then gave up.
        QVERIFY2(run.seconds * 1000 >= 2500 && run.seconds * 1000 < 20000, qPrintable(QString::number(run.seconds * 1000, 'f', 0)));

        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(dumpDatabase(other), dumpBefore);
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(fileHash(path), before);
}

void TestRobustCli::importsOnceTheWriterIsGone()
{
    // The same file, with the lock released: the import goes through (the refusal was the lock).
    const QString path = sampleCopy(QStringLiteral("free.sqlite"));
    const Run run = sailau({QStringLiteral("import"), m_table, QStringLiteral("--database"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QLatin1String("imported")));
}

void TestRobustCli::malformedFilesEndCleanly_data()
{
    QTest::addColumn<QString>("file");
    QDir corpus(testData(QStringLiteral("malformed")));
    for (const QString &f : corpus.entryList({QStringLiteral("*.csv"), QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << corpus.filePath(f);
}

void TestRobustCli::malformedFilesEndCleanly()
{
    // The command line on the malformed corpus (tst_malformed checks each outcome through the
    // pipeline): the process exits normally with 0 or 1, a refusal says so and leaves the file as
    // it was, and 'inspect' also ends normally.
    QFETCH(QString, file);
    const QString path = sampleCopy(QStringLiteral("corpus.sqlite"));
    const QByteArray before = fileHash(path);
    const Run run = sailau({QStringLiteral("import"), file, QStringLiteral("--database"), path});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(QString::number(run.exitCode) + run.err));
    QVERIFY(run.seconds * 1000 < 20000);
    const QString name = QDir::toNativeSeparators(file);
    if (run.exitCode == 1) {
        QVERIFY2(run.err.contains(name + QStringLiteral(": rejected with")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("nothing was written")), qPrintable(run.err));
        // Every problem line starts with the file's name.
        for (const QString &line : run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(line.startsWith(name + QLatin1Char(':')), qPrintable(line));
        QCOMPARE(fileHash(path), before);
    } else {
        QVERIFY2(run.out.contains(QLatin1String("imported")), qPrintable(run.out));
    }
    const Run inspect = sailau({QStringLiteral("inspect"), file, QStringLiteral("--json")});
    QVERIFY2(inspect.exitCode == 0 || inspect.exitCode == 1, qPrintable(QString::number(inspect.exitCode) + inspect.err));
}

void TestRobustCli::devicesAndPipesAreRefused()
{
    // An endless device and a pipe nobody writes to: refused at once by import and inspect.
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.csv"));
    QFile::remove(fifo);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &file : {QStringLiteral("/dev/zero"), fifo}) {
        if (!QFileInfo::exists(file))
            continue;
        const QString path = sampleCopy(QStringLiteral("device.sqlite"));
        const QByteArray before = fileHash(path);
        const Run run = sailau({QStringLiteral("import"), file, QStringLiteral("--database"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("not a file but a device, a pipe or a socket")), qPrintable(run.err));
        QCOMPARE(fileHash(path), before);
        const Run inspect = sailau({QStringLiteral("inspect"), file});
        QCOMPARE(inspect.exitCode, 1);
        QVERIFY2(inspect.err.contains(QLatin1String("not a file but a device, a pipe or a socket")), qPrintable(inspect.err));
    }
}

void TestRobustCli::failedWritesToStandardOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("metrics csv") << QStringList{QStringLiteral("metrics"), QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("metrics json") << QStringList{QStringLiteral("metrics"), QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("imports json") << QStringList{QStringLiteral("imports"), QStringLiteral("--json")};
    QTest::newRow("imports") << QStringList{QStringLiteral("imports")};
}

void TestRobustCli::failedWritesToStandardOutput()
{
    // Standard output on a full disk: a message with the cause and exit status 1, never 0.
    QFETCH(QStringList, arguments);
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    const Run run = runWithOutput(QStringLiteral(SAILAU_BINARY), arguments + QStringList{QStringLiteral("--database"), m_sample},
                                  m_home, QStringLiteral("/dev/full"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("could not be written")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("No space left on device")), qPrintable(run.err));

    // inspect --json too.
    const Run inspect = runWithOutput(QStringLiteral(SAILAU_BINARY), {QStringLiteral("inspect"), m_table, QStringLiteral("--json")},
                                      m_home, QStringLiteral("/dev/full"));
    QCOMPARE(inspect.exitCode, 1);
    QVERIFY2(inspect.err.contains(QLatin1String("No space left on device")), qPrintable(inspect.err));
}

void TestRobustCli::filesOnAFullDiskAreNotLeft_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::newRow("generate --out") << QStringList{QStringLiteral("generate"), QStringLiteral("--races"), QStringLiteral("2000"),
                                                   QStringLiteral("--out")}
                                    << QStringLiteral("full-generated.csv");
    QTest::newRow("metrics --out csv") << QStringList{QStringLiteral("metrics"), QStringLiteral("--database"), QString(),
                                                      QStringLiteral("--out")}
                                       << QStringLiteral("full-metrics.csv");
    QTest::newRow("export png") << QStringList{QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("map"),
                                               QStringLiteral("--database"), QString(), QStringLiteral("--out")}
                                << QStringLiteral("full-chart.png");
    QTest::newRow("export svg") << QStringList{QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("map"),
                                               QStringLiteral("--database"), QString(), QStringLiteral("--out")}
                                << QStringLiteral("full-chart.svg");
    QTest::newRow("export pdf") << QStringList{QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("map"),
                                               QStringLiteral("--database"), QString(), QStringLiteral("--out")}
                                << QStringLiteral("full-chart.pdf");
    QTest::newRow("metrics --out xlsx") << QStringList{QStringLiteral("metrics"), QStringLiteral("--database"), QString(),
                                                       QStringLiteral("--out")}
                                        << QStringLiteral("full-metrics.xlsx");
}

void TestRobustCli::filesOnAFullDiskAreNotLeft()
{
    // A disk that fills up after 1 KB: a message with the cause, exit status 1, no partial file.
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    const QString path = m_dir.filePath(file);
    QFile::remove(path);
    for (QString &a : arguments) {
        if (a.isEmpty())
            a = m_sample;
    }
    const Run run = runWithOutput(QStringLiteral(SAILAU_BINARY), arguments + QStringList{path}, m_home, QString(), 1024);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(path)), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("Unknown error")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("too large")) || run.err.contains(QLatin1String("No space")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(path));
    // Nor a temporary file beside it.
    const QStringList left = QDir(m_dir.path()).entryList({file + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestRobustCli::pathBytesAreNotChanged()
{
    // A --database path with a byte that is not UTF-8 (a Windows-1251 name on a UTF-8 system) is
    // refused with a message; no file is created under another name.
    const QString dir = m_dir.filePath(QStringLiteral("bytes"));
    QVERIFY(QDir().mkpath(dir));
    const QString shell = QStringLiteral("/bin/sh");
    if (!QFileInfo::exists(shell))
        QSKIP("no /bin/sh");
    const QString script = QStringLiteral("exec \"$0\" metrics --database \"$1/$(printf 'base\\377.sqlite')\"");
    const Run run = runProcess(shell, {QStringLiteral("-c"), script, QStringLiteral(SAILAU_BINARY), dir}, m_home);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("not valid")), qPrintable(run.err));
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 0);
    const Run import = runProcess(shell, {QStringLiteral("-c"),
                                          QStringLiteral("exec \"$0\" import \"$2\" --database \"$1/$(printf 'base\\377.sqlite')\""),
                                          QStringLiteral(SAILAU_BINARY), dir, m_table}, m_home);
    QCOMPARE(import.exitCode, 1);
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void TestRobustCli::importOnAFullDisk()
{
    // The database cannot grow (a file-size limit, which SQLite reports as an I/O error; a full
    // disk is "The disk is full"): the import says so in words, exit 1, file unchanged.
    const QString path = sampleCopy(QStringLiteral("full-disk.sqlite"));
    const QByteArray before = fileHash(path);
    const Run run = runWithOutput(QStringLiteral(SAILAU_BINARY), {QStringLiteral("import"), m_table, QStringLiteral("--database"), path},
                                  m_home, QString(), QFileInfo(path).size());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("The disk is full"))
                 || run.err.contains(QLatin1String("The database file could not be read or written")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("nothing was imported")), qPrintable(run.err));
    QCOMPARE(fileHash(path), before);
}

void TestRobustCli::inspectJsonOfALargeFileStaysSmall()
{
    // 'inspect --json' once held every row in memory, about twelve times the file's size: a CSV of
    // some 60 MB is written out as it is read, in the memory of the plain-text listing.
    const QString csv = m_dir.filePath(QStringLiteral("large-inspect.csv"));
    const Run generate = sailau({QStringLiteral("generate"), QStringLiteral("--races"), QStringLiteral("60000"),
                                 QStringLiteral("--out"), csv});
    QVERIFY2(generate.exitCode == 0, qPrintable(generate.err));
    QVERIFY(QFileInfo(csv).size() > 40 * 1024 * 1024);
    const QString json = m_dir.filePath(QStringLiteral("large-inspect.json"));
    const Run inspect = runWithOutput(QStringLiteral(SAILAU_BINARY), {QStringLiteral("inspect"), csv, QStringLiteral("--json")},
                                      m_home, json);
    QVERIFY2(inspect.exitCode == 0, qPrintable(inspect.err));
    rusage usage{};
    QCOMPARE(::getrusage(RUSAGE_CHILDREN, &usage), 0);
    const long peakMegabytes = usage.ru_maxrss / 1024; // of any child so far
    qInfo("peak memory of the command-line runs: %ld MB for a %lld MB file", peakMegabytes,
          QFileInfo(csv).size() >> 20);
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed memory in quarantine and adds its shadow memory, so resident
    // size says nothing about the program's own use there; the ordinary build checks it.
    qInfo("peak memory not compared under AddressSanitizer");
#else
    QVERIFY2(peakMegabytes < 250, qPrintable(QString::number(peakMegabytes)));
#endif
    // And the output is the whole file as JSON.
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.object().value(QStringLiteral("header")).toArray().first().toString(), QStringLiteral("election_date"));
    QVERIFY(document.object().value(QStringLiteral("rows")).toArray().size() > 300000);
    QFile::remove(csv);
    QFile::remove(json);
}

// Each generated candidate of a race has a surname of its own: more candidates than there are
// surnames is a usage error (it once read past the list and crashed), the most allowed works.
void TestRobustCli::generateKeepsCandidatesApart()
{
    const QString refused = m_dir.filePath(QStringLiteral("too-many.csv"));
    const Run tooMany = sailau({QStringLiteral("generate"), QStringLiteral("--races"), QStringLiteral("50"),
                                QStringLiteral("--candidates"), QStringLiteral("40"), QStringLiteral("--out"), refused});
    QCOMPARE(tooMany.exitCode, 2);
    QVERIFY2(tooMany.err.contains(QLatin1String("--candidates (from 2 to 20)")), qPrintable(tooMany.err));
    QVERIFY(!QFile::exists(refused));

    const QString path = m_dir.filePath(QStringLiteral("most.csv"));
    const Run most = sailau({QStringLiteral("generate"), QStringLiteral("--races"), QStringLiteral("200"),
                             QStringLiteral("--candidates"), QStringLiteral("20"), QStringLiteral("--out"), path});
    QVERIFY2(most.exitCode == 0, qPrintable(most.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // race (settlement) → its candidates' surnames; "against all" has no nomination.
    QHash<QString, QStringList> surnames;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        QCOMPARE(cells.size(), 14);
        if (cells.at(10).isEmpty())
            continue;
        surnames[cells.at(1) + cells.at(2) + cells.at(3)].append(cells.at(9).section(QLatin1Char(' '), 0, 0));
    }
    QCOMPARE(surnames.size(), 200);
    int largest = 0;
    for (const QStringList &race : std::as_const(surnames)) {
        largest = std::max(largest, int(race.size()));
        QCOMPARE(QSet<QString>(race.begin(), race.end()).size(), race.size());
    }
    QVERIFY(largest > 16 && largest <= 21);
}

QTEST_GUILESS_MAIN(TestRobustCli)
#include "tst_robustcli.moc"
