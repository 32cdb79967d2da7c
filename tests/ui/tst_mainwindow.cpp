// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatelistmodel.h"
#include "importer.h"
#include "format.h"
#include "language.h"
#include "metrics.h"
#include "store.h"
#include "mainwindow.h"
#include "racedetailpanel.h"
#include "racetablemodel.h"
#include "summarypanel.h"
#include "territorytreemodel.h"
#include "translations.h"

#include "../common/testsupport.h"
#include "../common/windowparts.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QAbstractButton>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTreeView>

using namespace Sailau;
using namespace SailauTest;

namespace {

// Types text as a keyboard would, letter by letter (QTest::keyClicks knows only ASCII).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnSample();
    void clickingRaceFillsDetail();
    void keyboardMovesThroughRaces();
    void searchBoxFindsTerritories();
    void territorySelectionFiltersRaces();
    void raceFilterBox();
    void sortingKeepsSelection();
    void emptyDatabaseSaysSo();
    void refusedFileKeepsCurrent();
    void dayWithoutResultsIsGreyed();
    void racePanelFollowsScope();
    void docksReopenFromViewMenu();
    void validVotesNoteNamesTheMissingCount();
    void importedDayNamesItsImports();

private:
    int rowOf(const QString &territory) const;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    setDisplayLanguage(Language::English);
    Translations::install(Language::English);   // English plural forms: "1 race", "40 races"
    QVERIFY(sampleDatabase(m_dir));
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openFile(m_dir.filePath(QStringLiteral("sample.sqlite")), &error), qPrintable(error));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

int TestMainWindow::rowOf(const QString &territory) const
{
    const RaceTableModel *model = WindowParts::raceModel(*m_window);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, int(RaceColumn::Territory)).data().toString() == territory)
            return row;
    }
    return -1;
}

void TestMainWindow::opensOnSample()
{
    QVERIFY(m_window->windowTitle().contains(QLatin1String("sample.sqlite")));
    QCOMPARE(m_window->currentDay(), QDate(2023, 11, 5));
    QCOMPARE(WindowParts::raceModel(*m_window)->rowCount(), 40);
    const QString coverage = WindowParts::coverageLabel(*m_window)->text();
    QVERIFY2(coverage.contains(QLatin1String("40 of the 45 races")), qPrintable(coverage));
    QVERIFY(coverage.contains(QLatin1String("Sample data")));
    QVERIFY(coverage.contains(QLatin1String("never as 0")));
    const QLabel *file = m_window->findChild<QLabel *>(QStringLiteral("fileLabel"));
    QVERIFY(file);
    QVERIFY(file->text().contains(QLatin1String("sample.sqlite")));
    const QLabel *counts = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(counts->text().contains(QLatin1String("40 races")));
    QVERIFY(WindowParts::dayCombo(*m_window)->count() >= 2); // 2023 pilot and the 2021 rural totals
    // No day reads "(0 races)": the 2021 rural elections have published totals and no races.
    QComboBox *days = WindowParts::dayCombo(*m_window);
    const int rural = days->findData(QDate(2021, 7, 25));
    QVERIFY(rural >= 0);
    for (int i = 0; i < days->count(); ++i)
        QVERIFY2(!days->itemText(i).contains(QLatin1String("(0 races)")), qPrintable(days->itemText(i)));
    QVERIFY2(days->itemText(rural).contains(QLatin1String("published totals only")), qPrintable(days->itemText(rural)));
    QVERIFY(days->itemData(rural, Qt::ToolTipRole).toString().contains(QLatin1String("No race of this day")));
    QVERIFY(days->itemText(days->findData(QDate(2023, 11, 5))).contains(QLatin1String("(40 races)")));
}

void TestMainWindow::dayWithoutResultsIsGreyed()
{
    // An election with neither races nor published totals: greyed with the reason, never chosen.
    {
        QSqlQuery q(m_window->database()->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO election (date, level, kind, title_en) VALUES "
                                      "('2030-01-01', 'rural', 'regular', 'Elections of rural akims')")));
    }
    m_window->setDatabase(m_window->takeDatabase());
    QComboBox *days = WindowParts::dayCombo(*m_window);
    const int empty = days->findData(QDate(2030, 1, 1));
    QVERIFY(empty >= 0);
    QVERIFY2(days->itemText(empty).contains(QLatin1String("no results")), qPrintable(days->itemText(empty)));
    QVERIFY(days->itemData(empty, Qt::ToolTipRole).toString().contains(QLatin1String("import its results")));
    auto *model = qobject_cast<QStandardItemModel *>(days->model());
    QVERIFY(model);
    QVERIFY(!model->item(empty)->isEnabled());
    // The newest day with races is chosen, not the empty one after it.
    QCOMPARE(m_window->currentDay(), QDate(2023, 11, 5));
    // Keys skip it too.
    days->setFocus();
    days->setCurrentIndex(days->findData(QDate(2023, 11, 5)));
    for (int i = 0; i < days->count(); ++i) {
        QTest::keyClick(days, Qt::Key_Down);
        QVERIFY(days->currentIndex() != empty);
    }
}

void TestMainWindow::racePanelFollowsScope()
{
    // Click Bokey Orda (West Kazakhstan) in the table.
    QTableView *view = WindowParts::raceView(*m_window);
    const int row = rowOf(QStringLiteral("Bokey Orda District"));
    QVERIFY(row >= 0);
    const QModelIndex index = WindowParts::raceModel(*m_window)->index(row, int(RaceColumn::Territory));
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    const qint64 bokey = m_window->currentRaceId();
    QVERIFY(bokey);
    RaceDetailPanel *detail = WindowParts::raceDetail(*m_window);
    QVERIFY(detail->titleLabel()->isVisible());

    // Its own region in the tree: the race stays.
    TerritoryTreeModel *model = WindowParts::territoryModel(*m_window);
    QTreeView *tree = WindowParts::territoryView(*m_window);
    const QModelIndex country = model->index(0, 0);
    auto regionNamed = [&](const QString &name) {
        for (int r = 0; r < model->rowCount(country); ++r) {
            if (model->index(r, 0, country).data().toString() == name)
                return model->index(r, 0, country);
        }
        return QModelIndex();
    };
    const QModelIndex west = regionNamed(QStringLiteral("West Kazakhstan"));
    QVERIFY(west.isValid());
    tree->scrollTo(west);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(west).center());
    QCOMPARE(m_window->currentTerritoryId(), model->territoryId(west));
    QCOMPARE(m_window->currentRaceId(), bokey);
    QVERIFY(detail->titleLabel()->isVisible());
    QVERIFY(detail->titleLabel()->text().contains(QLatin1String("Bokey Orda")));

    // Another region: the race is not there, and the panel clears.
    QSignalSpy selected(m_window.get(), &MainWindow::raceSelected);
    const QModelIndex kostanay = regionNamed(QStringLiteral("Kostanay"));
    QVERIFY(kostanay.isValid());
    tree->scrollTo(kostanay);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(kostanay).center());
    QCOMPARE(m_window->currentRaceId(), 0);
    QVERIFY(!detail->titleLabel()->isVisible());
    QVERIFY(selected.count() >= 1);
    QCOMPARE(selected.last().first().toLongLong(), 0);

    // A race of 5 November, then another election day chosen with the keyboard: cleared too.
    tree->scrollTo(country);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(country).center());
    const int again = rowOf(QStringLiteral("Bokey Orda District"));
    const QModelIndex cell = WindowParts::raceModel(*m_window)->index(again, int(RaceColumn::Territory));
    view->scrollTo(cell);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QCOMPARE(m_window->currentRaceId(), bokey);
    QComboBox *days = WindowParts::dayCombo(*m_window);
    days->setFocus();
    const int rural = days->findData(QDate(2021, 7, 25));
    QVERIFY(rural >= 0);
    while (days->currentIndex() != rural) {
        const int before = days->currentIndex();
        QTest::keyClick(days, rural > before ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(days->currentIndex() != before);
    }
    QCOMPARE(m_window->currentDay(), QDate(2021, 7, 25));
    QCOMPARE(m_window->currentRaceId(), 0);
    QVERIFY(!detail->titleLabel()->isVisible());
}

namespace {

// Opens a menu of the menu bar by clicking its title, and clicks one of its actions.
void clickMenuAction(QMainWindow *window, const QString &menuObjectTitle, const QString &actionName)
{
    QMenuBar *bar = window->menuBar();
    QAction *menuAction = nullptr;
    for (QAction *a : bar->actions()) {
        if (a->text().remove(QLatin1Char('&')) == menuObjectTitle)
            menuAction = a;
    }
    QVERIFY2(menuAction && menuAction->menu(), qPrintable(menuObjectTitle));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menuAction).center());
    QMenu *menu = menuAction->menu();
    QTRY_VERIFY(menu->isVisible());
    QAction *action = window->findChild<QAction *>(actionName);
    QVERIFY2(action, qPrintable(actionName));
    QVERIFY(menu->actions().contains(action));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    QTRY_VERIFY(!menu->isVisible());
}

} // namespace

void TestMainWindow::docksReopenFromViewMenu()
{
    QDockWidget *territories = WindowParts::territoryDock(*m_window);
    QDockWidget *charts = WindowParts::chartDock(*m_window);
    QVERIFY(territories->isVisible());
    QVERIFY(charts->isVisible());
    const Qt::DockWidgetArea territoryArea = m_window->dockWidgetArea(territories);
    const Qt::DockWidgetArea chartArea = m_window->dockWidgetArea(charts);

    // Closed with its own close button...
    auto *close = territories->findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_closebutton"));
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!territories->isVisible());
    // ...and opened again from View.
    clickMenuAction(m_window.get(), QStringLiteral("View"), QStringLiteral("actionShowTerritories"));
    QTRY_VERIFY(territories->isVisible());

    // The charts too.
    auto *closeCharts = charts->findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_closebutton"));
    QVERIFY(closeCharts);
    QTest::mouseClick(closeCharts, Qt::LeftButton);
    QTRY_VERIFY(!charts->isVisible());
    clickMenuAction(m_window.get(), QStringLiteral("View"), QStringLiteral("actionShowCharts"));
    QTRY_VERIFY(charts->isVisible());

    // Moved, floated and closed: View → Reset Layout puts everything back.
    m_window->addDockWidget(Qt::RightDockWidgetArea, territories);
    charts->setFloating(true);
    QTest::mouseClick(territories->findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_closebutton")), Qt::LeftButton);
    QTRY_VERIFY(!territories->isVisible());
    clickMenuAction(m_window.get(), QStringLiteral("View"), QStringLiteral("actionResetLayout"));
    QTRY_VERIFY(territories->isVisible());
    QVERIFY(charts->isVisible());
    QVERIFY(!charts->isFloating());
    QCOMPARE(m_window->dockWidgetArea(territories), territoryArea);
    QCOMPARE(m_window->dockWidgetArea(charts), chartArea);
}

void TestMainWindow::validVotesNoteNamesTheMissingCount()
{
    // Valid votes from the sum of the votes: the note says which ballot count is missing.
    auto notes = [](const RaceDetail &race) {
        RaceDetailPanel panel;
        panel.setRace(race);
        QStringList texts;
        for (const QLabel *label : panel.findChildren<QLabel *>())
            texts.append(label->text());
        return texts.join(QLatin1Char('\n'));
    };
    RaceDetail race;
    race.id = 1;
    race.date = QDate(2023, 11, 5);
    race.territory.name = race.territory.nameEn = QStringLiteral("Test District");
    race.figures.ballotsCast = 1000;
    race.figures.againstAll = 50;
    race.figures.candidates = {{600, true}, {300, false}};
    race.figures.candidatesRegistered = 2; // the whole list: the sum of its votes can stand for the valid votes
    race.metrics = Metrics::compute(race.figures);
    QCOMPARE(race.metrics.validVotesBasis, Metrics::ValidVotesBasis::SumOfVotes);
    const QString castKnown = notes(race);
    QVERIFY2(castKnown.contains(QLatin1String("(invalid ballots are not known)")), qPrintable(castKnown));
    QVERIFY(!castKnown.contains(QLatin1String("ballot counts are not known")));
    QVERIFY(!castKnown.contains(QLatin1String("ballots cast are not known")));

    race.figures.ballotsCast.reset();
    race.metrics = Metrics::compute(race.figures);
    const QString castUnknown = notes(race);
    QVERIFY2(castUnknown.contains(QLatin1String("(ballots cast are not known)")), qPrintable(castUnknown));
}

void TestMainWindow::clickingRaceFillsDetail()
{
    QTableView *view = WindowParts::raceView(*m_window);
    const int row = rowOf(QStringLiteral("Bokey Orda District"));
    QVERIFY(row >= 0);
    const QModelIndex index = WindowParts::raceModel(*m_window)->index(row, int(RaceColumn::Territory));
    view->scrollTo(index);
    QSignalSpy selected(m_window.get(), &MainWindow::raceSelected);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(selected.count(), 1);

    RaceDetailPanel *detail = WindowParts::raceDetail(*m_window);
    QVERIFY(detail->isVisible());
    QVERIFY(detail->titleLabel()->text().contains(QLatin1String("Bokey Orda District")));
    QCOMPARE(detail->candidateModel()->rowCount(), 4);
    QCOMPARE(detail->candidateModel()->index(0, 0).data().toString(), QStringLiteral("Нурлыбек Даумов"));
    QVERIFY(detail->sourcesLabel()->text().contains(QLatin1String("https://mgorod.kz/news/v-zko-izbrali-treh-akimov")));
    QCOMPARE(detail->valueLabel(QStringLiteral("against_all"))->text(), Format::count(178));
    QCOMPARE(detail->valueLabel(QStringLiteral("voters"))->text(), Format::missing());
    QVERIFY(!detail->valueLabel(QStringLiteral("voters"))->isEnabled());
    QCOMPARE(detail->valueLabel(QStringLiteral("winner_share"))->text(), Format::percent(4660.0 / 6046.0));
    QVERIFY(detail->valueLabel(QStringLiteral("turnout"))->toolTip().contains(QLatin1String("voters on the lists")));
}

void TestMainWindow::keyboardMovesThroughRaces()
{
    QTableView *view = WindowParts::raceView(*m_window);
    view->setFocus();
    view->setCurrentIndex(WindowParts::raceModel(*m_window)->index(0, 0));
    const qint64 first = m_window->currentRaceId();
    QVERIFY(first);
    QTest::keyClick(view, Qt::Key_Down);
    QVERIFY(m_window->currentRaceId() != first);
    QCOMPARE(m_window->currentRaceId(), WindowParts::raceModel(*m_window)->raceId(1));
}

void TestMainWindow::searchBoxFindsTerritories()
{
    QLineEdit *search = WindowParts::territorySearch(*m_window);
    typeText(search, QStringLiteral("есиль"));
    QTest::keyClick(search, Qt::Key_Return);
    TerritoryTreeModel *model = WindowParts::territoryModel(*m_window);
    const QModelIndex country = model->index(0, 0);
    QCOMPARE(model->rowCount(country), 2);
    // Enter selected the first match, and the races follow it.
    const QModelIndex current = WindowParts::territoryView(*m_window)->currentIndex();
    QVERIFY(current.data(TerritoryTreeModel::MatchRole).toBool());
    QCOMPARE(WindowParts::raceModel(*m_window)->rowCount(), 1);
    // Two territories are called "Esil District": the cell names the region too.
    const QString cell = WindowParts::raceModel(*m_window)->index(0, int(RaceColumn::Territory)).data().toString();
    QVERIFY2(cell == QLatin1String("Esil District, Akmola") || cell == QLatin1String("Esil District, North Kazakhstan"),
             qPrintable(cell));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("Esil"));
    QTRY_COMPARE(model->rowCount(model->index(0, 0)), 2);
    search->clear();
    typeText(search, QStringLiteral("ЕСИЛЬСКИЙ"));
    QTRY_COMPARE(model->rowCount(model->index(0, 0)), 2);
    search->clear();
    QTRY_COMPARE(model->rowCount(model->index(0, 0)), 20);
}

void TestMainWindow::territorySelectionFiltersRaces()
{
    TerritoryTreeModel *model = WindowParts::territoryModel(*m_window);
    const QModelIndex country = model->index(0, 0);
    QModelIndex kostanay;
    for (int row = 0; row < model->rowCount(country); ++row) {
        if (model->index(row, 0, country).data().toString() == QLatin1String("Kostanay"))
            kostanay = model->index(row, 0, country);
    }
    QVERIFY(kostanay.isValid());
    QTreeView *tree = WindowParts::territoryView(*m_window);
    tree->scrollTo(kostanay);
    QSignalSpy scope(m_window.get(), &MainWindow::scopeChanged);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(kostanay).center());
    QCOMPARE(WindowParts::raceModel(*m_window)->rowCount(), 5);
    QVERIFY(scope.count() >= 1);
    QCOMPARE(m_window->currentTerritoryId(), model->territoryId(kostanay));
    // The summary follows the region.
    QVERIFY(WindowParts::summaryPanel(*m_window)->findChild<QLabel *>()->text().contains(QLatin1String("Kostanay")));
    m_window->selectTerritory(model->territoryId(country));
    QCOMPARE(WindowParts::raceModel(*m_window)->rowCount(), 40);
}

void TestMainWindow::raceFilterBox()
{
    QTest::keyClicks(WindowParts::raceFilter(*m_window), QStringLiteral("Mereke"));
    QTRY_COMPARE(WindowParts::raceModel(*m_window)->rowCount(), 1);
    WindowParts::raceFilter(*m_window)->clear();
    QTRY_COMPARE(WindowParts::raceModel(*m_window)->rowCount(), 40);
}

void TestMainWindow::sortingKeepsSelection()
{
    const int row = rowOf(QStringLiteral("Mamlyut District"));
    QVERIFY(row >= 0);
    WindowParts::raceView(*m_window)->setCurrentIndex(WindowParts::raceModel(*m_window)->index(row, 0));
    const qint64 race = m_window->currentRaceId();
    QHeaderView *header = WindowParts::raceView(*m_window)->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(int(RaceColumn::WinnerShare)) + 10, header->height() / 2));
    QCOMPARE(WindowParts::raceModel(*m_window)->sortColumn(), RaceColumn::WinnerShare);
    QCOMPARE(m_window->currentRaceId(), race);
    const QModelIndex current = WindowParts::raceView(*m_window)->currentIndex();
    QCOMPARE(WindowParts::raceModel(*m_window)->raceId(current.row()), race);
}

void TestMainWindow::emptyDatabaseSaysSo()
{
    QTemporaryDir dir;
    QString message;
    OpenError error;
    auto db = Database::open(dir.filePath(QStringLiteral("empty.sqlite")), {}, &error, &message);
    QVERIFY(db);
    m_window->setDatabase(std::move(db));
    QCOMPARE(WindowParts::raceModel(*m_window)->rowCount(), 0);
    QVERIFY(WindowParts::coverageLabel(*m_window)->text().contains(QLatin1String("empty")));
    WindowParts::raceDetail(*m_window)->setRace(std::nullopt);
}

void TestMainWindow::refusedFileKeepsCurrent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a database\n");
    file.close();
    QString error;
    QVERIFY(!m_window->openFile(path, &error));
    QVERIFY(error.contains(QLatin1String("not a Sailau database")));
    QCOMPARE(WindowParts::raceModel(*m_window)->rowCount(), 40);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("sample.sqlite")));
}

// The banner of the bundled sample belongs to its days; an imported day names its imports, and the
// detail of a race with a partial list says why its metrics are missing.
void TestMainWindow::importedDayNamesItsImports()
{
    QTemporaryDir dir;
    auto db = sampleDatabase(dir, QStringLiteral("imported.sqlite"));
    QVERIFY(db);
    Import::ImportOptions options;
    options.path = testData(QStringLiteral("import/real-shapes/ru_cp1251_cities_without_district.csv"));
    const Import::ImportReport report = Import::Importer(*db).run(options);
    QVERIFY(report.ok);
    db.reset();
    QString error;
    QVERIFY2(m_window->openFile(dir.filePath(QStringLiteral("imported.sqlite")), &error), qPrintable(error));

    m_window->selectDay(QDate(2025, 10, 12));
    QString coverage = WindowParts::coverageLabel(*m_window)->text();
    QVERIFY2(coverage.contains(QStringLiteral("Imported from ru_cp1251_cities_without_district.csv (import %1)")
                                   .arg(report.batchId)), qPrintable(coverage));
    QVERIFY2(!coverage.contains(QLatin1String("Sample data")), qPrintable(coverage));

    m_window->selectDay(QDate(2023, 11, 5));
    coverage = WindowParts::coverageLabel(*m_window)->text();
    QVERIFY2(coverage.contains(QLatin1String("Sample data from public sources")), qPrintable(coverage));

    // Kurchatov: the sample's winner, now with the file's votes, and no one else.
    const int row = rowOf(QStringLiteral("Kurchatov"));
    QVERIFY(row >= 0);
    WindowParts::raceView(*m_window)->setCurrentIndex(WindowParts::raceModel(*m_window)->index(row, int(RaceColumn::Territory)));
    QVERIFY(WindowParts::raceDetail(*m_window)->titleLabel()->text().contains(QLatin1String("Kurchatov")));
    QStringList texts;
    for (const QLabel *label : WindowParts::raceDetail(*m_window)->findChildren<QLabel *>())
        texts.append(label->text());
    QVERIFY2(texts.join(QLatin1Char('\n')).contains(QLatin1String("only 1 candidate")), qPrintable(texts.join(QLatin1Char('|'))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
