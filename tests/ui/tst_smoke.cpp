// SPDX-License-Identifier: GPL-3.0-or-later
// A walk through the main window as a user would take it, for the sanitizer build (.ci/sanitize
// runs it under AddressSanitizer and LeakSanitizer): open a copy of the sample, choose a
// territory and a race, go through every chart tab, open and close the import and the export
// dialogs, quit. Each step checks that it did what it should.
#include "charts/chartarea.h"
#include "charts/exportdialog.h"
#include "import/importdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "racetablemodel.h"
#include "territorytreemodel.h"

#include "../common/testsupport.h"
#include "../common/windowparts.h"

#include <QAction>
#include <QApplication>
#include <QPointer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Sailau;
using namespace SailauTest;

namespace {

// Waits for the next modal dialog, notes its class and closes it with reject(). The dialog runs
// its own event loop, so the watch has to start before the dialog is opened.
class DialogCloser : public QObject
{
public:
    DialogCloser()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            m_className = QString::fromLatin1(dialog->metaObject()->className());
            m_timer.stop();
            dialog->reject();
        });
        m_timer.start();
    }
    QString className() const { return m_className; }

private:
    QTimer m_timer;
    QString m_className;
};

} // namespace

class TestSmoke : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void walkThroughTheWindow();

private:
    QTemporaryDir m_dir;
};

void TestSmoke::initTestCase()
{
    setDisplayLanguage(Language::English);
    QVERIFY(m_dir.isValid());
    QVERIFY(sampleDatabase(m_dir));
}

void TestSmoke::walkThroughTheWindow()
{
    auto window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(window->openFile(m_dir.filePath(QStringLiteral("sample.sqlite")), &error), qPrintable(error));
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const int allRaces = WindowParts::raceModel(*window)->rowCount();
    QVERIFY(allRaces > 0);

    // A region with races: the race list narrows to it.
    TerritoryTreeModel *territories = WindowParts::territoryModel(*window);
    const QModelIndex country = territories->index(0, 0);
    QVERIFY(territories->rowCount(country) > 0);
    qint64 regionId = 0;
    for (int row = 0; row < territories->rowCount(country) && regionId == 0; ++row) {
        const qint64 id = territories->territoryId(territories->index(row, 0, country));
        window->selectTerritory(id);
        if (WindowParts::raceModel(*window)->rowCount() > 0)
            regionId = id;
    }
    QVERIFY(regionId != 0);
    QCOMPARE(window->currentTerritoryId(), regionId);
    QVERIFY(WindowParts::raceModel(*window)->rowCount() < allRaces);

    // Its first race.
    const qint64 raceId = WindowParts::raceModel(*window)->raceId(0);
    QVERIFY(raceId > 0);
    window->selectRace(raceId);
    QCOMPARE(window->currentRaceId(), raceId);

    // Every chart tab, each drawn once.
    auto *charts = window->findChild<Charts::ChartArea *>(QStringLiteral("chartArea"));
    QVERIFY(charts);
    QVERIFY(charts->count() > 1);
    for (int tab = charts->count() - 1; tab >= 0; --tab) {
        charts->setCurrentIndex(tab);
        QCOMPARE(charts->currentIndex(), tab);
        QVERIFY(charts->currentWidget()->isVisible());
        QTest::qWait(10);
    }

    // The import dialog, opened and closed without importing.
    {
        DialogCloser closer;
        window->importFile();
        QCOMPARE(closer.className(), QString::fromLatin1(ImportDialog::staticMetaObject.className()));
    }
    // The export dialog of the current chart, opened and closed without writing.
    {
        auto *exportChart = window->findChild<QAction *>(QStringLiteral("actionExportChart"));
        QVERIFY(exportChart);
        DialogCloser closer;
        exportChart->trigger();
        QCOMPARE(closer.className(), QString::fromLatin1(Charts::ExportDialog::staticMetaObject.className()));
    }
    // Nothing was imported: the race list is as it was.
    QCOMPARE(window->currentRaceId(), raceId);

    // Quit.
    QPointer<MainWindow> alive(window.get());
    QVERIFY(window->close());
    window.reset();
    QVERIFY(alive.isNull());
}

QTEST_MAIN(TestSmoke)
#include "tst_smoke.moc"
