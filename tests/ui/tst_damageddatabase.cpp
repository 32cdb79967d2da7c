// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged database file puts the window in one state, whenever the damage is met: on open (the
// quick check on its own thread, whatever the file's size), or on a read later. The state names
// the file, refuses every write and shows nothing read from part of the file.
#include "charts/chartarea.h"
#include "databasehealth.h"
#include "importrunner.h"
#include "importer.h"
#include "language.h"
#include "mainwindow.h"
#include "translations.h"

#include "../common/testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QUrl>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QDir>
#include <QElapsedTimer>

using namespace Sailau;
using namespace SailauTest;

namespace {

struct Layout
{
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    qint64 raceRoot = 0;
};

Layout layoutOf(const QString &path)
{
    Layout layout;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                layout.pageSize = q.value(0).toLongLong();
            if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next())
                layout.pageCount = q.value(0).toLongLong();
            if (q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'race'")) && q.next())
                layout.raceRoot = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return layout;
}

// Overwrites whole pages (numbered from 1) with bytes no page holds, as a failing disk or a copy
// cut short and patched would, and counts the file as changed, as another program's write does.
bool overwritePages(const QString &path, qint64 pageSize, const QList<qint64> &pages)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QByteArray garbage(int(pageSize), char(0xA5));
    for (qint64 page : pages) {
        if (page <= 1)
            continue;   // the header page stays: SQLite must open the file and meet the damage later
        if (!file.seek((page - 1) * pageSize) || file.write(garbage) != pageSize)
            return false;
    }
    // The file change counter (offset 24): a connection's cached pages are read again.
    if (!file.seek(24))
        return false;
    QByteArray counter = file.read(4);
    counter[3] = char(quint8(counter[3]) + 1);
    return file.seek(24) && file.write(counter) == 4;
}

QList<qint64> middlePages(const Layout &layout, int count)
{
    QList<qint64> pages;
    const qint64 middle = layout.pageCount / 2;
    for (qint64 p = middle - count / 2; p < middle - count / 2 + count; ++p)
        pages.append(p);
    return pages;
}

// A valid Sailau database with the sample, then its race table's root page and pages in the
// middle overwritten.
QString damagedSample(const QTemporaryDir &dir, const QString &name)
{
    if (!sampleDatabase(dir, name))
        return {};
    const QString path = dir.filePath(name);
    const Layout layout = layoutOf(path);
    QList<qint64> pages = middlePages(layout, 4);
    pages.append(layout.raceRoot);
    return overwritePages(path, layout.pageSize, pages) ? path : QString();
}

// Over 64 MB, made in a second or two: the sample, then long source titles (overflow pages), then
// pages in the middle overwritten. The races themselves read well: only the check finds it.
QString largeDamagedDatabase(const QTemporaryDir &dir, const QString &name)
{
    {
        auto db = sampleDatabase(dir, name);
        if (!db)
            return {};
        QSqlQuery q(db->connection());
        if (!q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 70) "
                                   "INSERT INTO source(url, title) SELECT 'padding:' || i, hex(zeroblob(500000)) FROM n")))
            return {};
    }
    const QString path = dir.filePath(name);
    if (QFileInfo(path).size() <= 64 * 1024 * 1024)
        return {};
    const Layout layout = layoutOf(path);
    return overwritePages(path, layout.pageSize, middlePages(layout, 8)) ? path : QString();
}

} // namespace

class TestDamagedDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void damagedOnOpen();
    void largeDamagedFileOnOpen();
    void damageMetOnLaterRead();
    void damagedHeaderOnOpen();
    void damageMetByAnUndo();
    void healthyFileStaysUsable();
    void backupIsOffered();
    void importWorkerChecksBeforeWriting();

private:
    void verifyDamagedState(MainWindow &window, const QString &path);
    static DatabaseHealth *health(MainWindow &window)
    {
        return window.findChild<DatabaseHealth *>(QStringLiteral("databaseHealth"));
    }
};

void TestDamagedDatabase::initTestCase()
{
    setDisplayLanguage(Language::English);
    Translations::install(Language::English);
}

void TestDamagedDatabase::verifyDamagedState(MainWindow &window, const QString &path)
{
    QVERIFY(health(window));
    QTRY_VERIFY_WITH_TIMEOUT(health(window)->isDamaged(), 20000);
    QCoreApplication::processEvents();
    QCOMPARE(health(window)->path(), QFileInfo(path).absoluteFilePath());

    // The message names the file, in plain words first.
    auto *panel = window.findChild<QWidget *>(QStringLiteral("damagedPanel"));
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    auto *message = window.findChild<QLabel *>(QStringLiteral("damageMessage"));
    QVERIFY(message);
    const QString text = message->text();
    QVERIFY2(text.contains(QFileInfo(path).fileName()), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("damaged")), qPrintable(text));
    QVERIFY(window.windowTitle().contains(QLatin1String("damaged")));

    // Writes are refused.
    for (const char *name : {"actionImport", "actionImportHistory", "actionLoadSample", "actionExportTable"}) {
        auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->isEnabled(), name);
    }
    QVERIFY(!window.database());

    // Nothing read from part of the file is shown: no chart, no races, no coverage figures.
    auto *charts = window.findChild<Charts::ChartArea *>();
    QVERIFY(charts);
    QVERIFY(!charts->database().isValid());
    auto *chartDock = window.findChild<QDockWidget *>(QStringLiteral("chartDock"));
    QVERIFY(chartDock && !chartDock->isVisible());
    auto *coverage = window.findChild<QLabel *>(QStringLiteral("coverageLabel"));
    QVERIFY(coverage);
    QVERIFY2(!coverage->text().contains(QLatin1String("known only in part")), qPrintable(coverage->text()));
    QVERIFY(!coverage->isVisible());

    // What to do next.
    auto *open = window.findChild<QAbstractButton *>(QStringLiteral("damageOpenButton"));
    QVERIFY(open && open->isVisible() && open->isEnabled());
    auto *create = window.findChild<QAbstractButton *>(QStringLiteral("damageNewButton"));
    QVERIFY(create && create->isVisible() && create->isEnabled());

    // A results file dropped onto the window is not taken.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(testData(QStringLiteral("import/per_race.tsv")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(!enter.isAccepted());
}

void TestDamagedDatabase::damagedOnOpen()
{
    QTemporaryDir dir;
    const QString path = damagedSample(dir, QStringLiteral("damaged-small.sqlite"));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    // Opening reads the schema, the check and the window's reads the rest: whichever meets the
    // damage first, the state is the same.
    QString error;
    window.openFile(path, &error);
    verifyDamagedState(window, path);
}

void TestDamagedDatabase::largeDamagedFileOnOpen()
{
    QTemporaryDir dir;
    QElapsedTimer made;
    made.start();
    const QString path = largeDamagedDatabase(dir, QStringLiteral("damaged-large.sqlite"));
    QVERIFY(!path.isEmpty());
    qInfo("made a %.0f MB damaged database in %lld ms", double(QFileInfo(path).size()) / 1e6, made.elapsed());
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    // The check runs on its own thread: the window has the file and is not waiting for it.
    QVERIFY(health(window));
    QCOMPARE(health(window)->state(), DatabaseHealth::State::Checking);
    verifyDamagedState(window, path);
}

void TestDamagedDatabase::damageMetOnLaterRead()
{
    QTemporaryDir dir;
    QVERIFY(sampleDatabase(dir, QStringLiteral("later.sqlite")));
    const QString path = dir.filePath(QStringLiteral("later.sqlite"));
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    QTRY_COMPARE(health(window)->state(), DatabaseHealth::State::Healthy);
    auto *import = window.findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(import && import->isEnabled());

    // Another program (or the disk) damages the race table while the window shows it.
    const Layout layout = layoutOf(path);
    QVERIFY(overwritePages(path, layout.pageSize, {layout.raceRoot}));

    // The next read of the races meets the damage.
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("raceFilter"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("a"));
    verifyDamagedState(window, path);
}

// A write that meets the damage (undoing an import, on a connection of its own as the history
// dialog's is) puts the window in the same state.
void TestDamagedDatabase::damageMetByAnUndo()
{
    QTemporaryDir dir;
    QVERIFY(sampleDatabase(dir, QStringLiteral("undo.sqlite")));
    const QString path = dir.filePath(QStringLiteral("undo.sqlite"));
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    QTRY_COMPARE(health(window)->state(), DatabaseHealth::State::Healthy);

    // A results file dropped onto a healthy window is taken.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(testData(QStringLiteral("import/per_race.tsv")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());

    const Layout layout = layoutOf(path);
    QVERIFY(overwritePages(path, layout.pageSize, {layout.raceRoot}));
    OpenOptions options;
    options.create = false;
    options.quickCheck = false;
    OpenError code;
    QString message;
    auto db = Database::open(path, options, &code, &message);
    QVERIFY2(db, qPrintable(message));
    const QList<Import::BatchInfo> batches = Import::Batches::list(*db);
    QVERIFY(!batches.isEmpty());
    QVERIFY(!Import::Batches::undo(*db, batches.constFirst().id, &error));
    db.reset();
    verifyDamagedState(window, path);
}

void TestDamagedDatabase::damagedHeaderOnOpen()
{
    QTemporaryDir dir;
    QVERIFY(sampleDatabase(dir, QStringLiteral("cut.sqlite")));
    const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() - 1000));   // cut off while copying
    file.close();
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QString error;
    QVERIFY(!window.openFile(path, &error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    verifyDamagedState(window, path);
}

void TestDamagedDatabase::healthyFileStaysUsable()
{
    QTemporaryDir dir;
    QVERIFY(sampleDatabase(dir, QStringLiteral("healthy.sqlite")));
    MainWindow window;
    window.show();
    QSignalSpy checked(health(window), &DatabaseHealth::checked);
    QString error;
    QVERIFY2(window.openFile(dir.filePath(QStringLiteral("healthy.sqlite")), &error), qPrintable(error));
    QTRY_COMPARE(checked.count(), 1);
    QCOMPARE(health(window)->state(), DatabaseHealth::State::Healthy);
    QVERIFY(window.database());
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("damagedPanel"))->isVisible());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionImport"))->isEnabled());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("coverageLabel"))->text().contains(QLatin1String("40 of the 45 races")));
}

void TestDamagedDatabase::backupIsOffered()
{
    QTemporaryDir dir;
    // The copy kept before an upgrade is the backup there is.
    QVERIFY(sampleDatabase(dir, QStringLiteral("kept.sqlite")));
    const QString path = damagedSample(dir, QStringLiteral("kept-damaged.sqlite"));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::copy(dir.filePath(QStringLiteral("kept.sqlite")), path + QStringLiteral(".v4.bak")));
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QString error;
    window.openFile(path, &error);
    verifyDamagedState(window, path);
    auto *restore = window.findChild<QAbstractButton *>(QStringLiteral("damageRestoreButton"));
    QVERIFY(restore && restore->isVisible());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("damageMessage"))->text().contains(QLatin1String(".v4.bak")));

    // Restoring keeps the damaged file aside and opens the backup in its place.
    QVERIFY(window.restoreBackup(false));
    QCOMPARE(health(window)->isDamaged(), false);
    QVERIFY(window.database());
    QTRY_COMPARE(health(window)->state(), DatabaseHealth::State::Healthy);
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("damagedPanel"))->isVisible());
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("kept-damaged.sqlite.damaged-*")});
    QCOMPARE(aside.size(), 1);
}

void TestDamagedDatabase::importWorkerChecksBeforeWriting()
{
    QTemporaryDir dir;
    const QString path = damagedSample(dir, QStringLiteral("import-target.sqlite"));
    QVERIFY(!path.isEmpty());
    ImportRunner runner;
    Import::ImportReport report;
    bool done = false;
    connect(&runner, &ImportRunner::finished, this, [&](const Import::ImportReport &r) {
        report = r;
        done = true;
    });
    Import::ImportOptions options;
    options.path = testData(QStringLiteral("import/per_race.tsv"));
    runner.start(path, options);
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(!report.ok);
    QVERIFY(!report.problems.isEmpty());
    QVERIFY2(report.problems.constFirst().message.contains(QLatin1String("damaged")),
             qPrintable(report.problems.constFirst().message));
    QVERIFY(runner.damageFound());
}

QTEST_MAIN(TestDamagedDatabase)
#include "tst_damageddatabase.moc"
