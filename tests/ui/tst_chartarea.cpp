// SPDX-License-Identifier: GPL-3.0-or-later
// The chart area in the main window: clicks on bars and tiles select races and regions in the
// tables and back; a click where nothing lies does not crash Qt 6.4's QChartView.
#include "charts/chartarea.h"
#include "charts/chartcanvas.h"
#include "charts/chartgraphic.h"
#include "charts/exportdialog.h"
#include "charts/tilemapitem.h"
#include "datasetloader.h"
#include "mainwindow.h"
#include "racetablemodel.h"
#include "store.h"
#include "language.h"
#include "translations.h"
#include "../common/windowparts.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImageReader>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau;
using namespace Sailau::Charts;

class tst_ChartArea : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void followsTheScope();
    void clickOnBarSelectsRace();
    void tableSelectsBar();
    void clickOnTileSelectsRegion();
    void clickOnEmptyChartArea();
    void guardedViewWithNothingUnderThePointer();
    void themes();
    void exportDialogWritesTheFile();
    void exportDialogJpegQuality();
    void refreshWithinBudget();

private:
    QPoint viewPoint(ChartCanvas *canvas, const QPointF &chartPoint) const;
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
    ChartArea *m_area = nullptr;
};

void tst_ChartArea::init()
{
    Translations::install(Language::English);   // English plural forms, as the program has them
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    QString message;
    auto db = DatasetLoader::openOrCreate(m_dir->filePath(QStringLiteral("sample.sqlite")), true, &message);
    QVERIFY2(db, qPrintable(message));
    m_window = new MainWindow;
    m_window->resize(1400, 1000);
    m_window->setDatabase(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_area = m_window->findChild<ChartArea *>(QStringLiteral("chartArea"));
    QVERIFY(m_area);
    m_area->setTheme(ThemeId::Light);
}

void tst_ChartArea::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

QPoint tst_ChartArea::viewPoint(ChartCanvas *canvas, const QPointF &chartPoint) const
{
    QGraphicsView *view = canvas->currentView();
    QGraphicsWidget *item = canvas->graphic()->widget();
    return view->mapFromScene(item->mapToScene(chartPoint));
}

void tst_ChartArea::followsTheScope()
{
    QCOMPARE(m_area->data().day(), QDate(2023, 11, 5));
    QCOMPARE(m_area->data().races().size(), 40);
    // Choosing a region in the tree narrows the per-race charts to it.
    const Store store(m_window->database()->connection());
    qint64 nko = 0;
    for (const TerritoryInfo &t : store.regions())
        if (t.iso == QLatin1String("KZ-59"))
            nko = t.id;
    m_window->selectTerritory(nko);
    QCOMPARE(m_area->data().territoryId(), nko);
    QCOMPARE(m_area->currentRegion(), nko);
    m_area->setCurrentChart(ChartId::Margin);
    ChartGraphic *g = m_area->graphic(ChartId::Margin);
    QVERIFY(g);
    QCOMPARE(g->model().races.size(), 3);
    auto *note = m_area->currentPanel()->noteLabel();
    QVERIFY2(note->text().contains(QLatin1String("All 3 races")), qPrintable(note->text()));
}

void tst_ChartArea::clickOnBarSelectsRace()
{
    m_area->setCurrentChart(ChartId::Margin);
    ChartGraphic *g = m_area->graphic(ChartId::Margin);
    QVERIFY(g && g->chart());
    QCOMPARE(g->model().races.size(), 4);
    ChartCanvas *canvas = m_area->currentPanel()->canvas();
    QTest::qWait(50);
    auto *series = qobject_cast<QAbstractBarSeries *>(g->chart()->series().first());
    QVERIFY(series);
    const int index = 2;
    const RaceValue race = g->model().races.at(index);
    const QPointF middle = g->chart()->mapToPosition(QPointF(race.value * 100 / 2, index), series);
    QSignalSpy activated(m_area, &ChartArea::raceActivated);
    QTest::mouseClick(canvas->chartView()->viewport(), Qt::LeftButton, {}, viewPoint(canvas, middle));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), race.raceId);
    // The table selects the race, and the bar shows it.
    QCOMPARE(m_window->currentRaceId(), race.raceId);
    const QModelIndex current = WindowParts::raceView(*m_window)->currentIndex();
    QCOMPARE(WindowParts::raceModel(*m_window)->raceId(current.row()), race.raceId);
    QCOMPARE(m_area->graphic(ChartId::Margin)->selectedRace(), race.raceId);
    QVERIFY(series->barSets().first()->isBarSelected(index));
}

void tst_ChartArea::tableSelectsBar()
{
    m_area->setCurrentChart(ChartId::WinnerShare);
    ChartGraphic *g = m_area->graphic(ChartId::WinnerShare);
    QVERIFY(g && g->chart());
    const RaceValue race = g->model().races.at(1);
    // Select the race's row in the table with a click.
    const int row = WindowParts::raceModel(*m_window)->rowOfRace(race.raceId);
    QVERIFY(row >= 0);
    QTableView *table = WindowParts::raceView(*m_window);
    table->scrollTo(WindowParts::raceModel(*m_window)->index(row, 0));
    const QRect cell = table->visualRect(WindowParts::raceModel(*m_window)->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_window->currentRaceId(), race.raceId);
    QCOMPARE(g->selectedRace(), race.raceId);
    auto *series = qobject_cast<QAbstractBarSeries *>(g->chart()->series().first());
    QVERIFY(series->barSets().first()->isBarSelected(1));
    QVERIFY(!series->barSets().first()->isBarSelected(0));
}

void tst_ChartArea::clickOnTileSelectsRegion()
{
    m_area->setCurrentChart(ChartId::Map);
    ChartGraphic *g = m_area->graphic(ChartId::Map);
    QVERIFY(g && g->tileMap());
    ChartCanvas *canvas = m_area->currentPanel()->canvas();
    QTest::qWait(50);
    const Store store(m_window->database()->connection());
    qint64 atyrau = 0;
    for (const TerritoryInfo &t : store.regions())
        if (t.iso == QLatin1String("KZ-23"))
            atyrau = t.id;
    const QRectF tile = g->tileMap()->tileRect(atyrau);
    QVERIFY(!tile.isEmpty());
    QSignalSpy activated(m_area, &ChartArea::territoryActivated);
    QTest::mouseClick(canvas->mapView()->viewport(), Qt::LeftButton, {}, viewPoint(canvas, tile.center()));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), atyrau);
    QCOMPARE(m_window->currentTerritoryId(), atyrau);
    // The map (built again for the new scope) outlines the region.
    QCOMPARE(m_area->graphic(ChartId::Map)->selectedRegion(), atyrau);
    // And back: the tree chooses another region, the map follows.
    qint64 karaganda = 0;
    for (const TerritoryInfo &t : store.regions())
        if (t.iso == QLatin1String("KZ-35"))
            karaganda = t.id;
    m_window->selectTerritory(karaganda);
    QCOMPARE(m_area->graphic(ChartId::Map)->selectedRegion(), karaganda);
    // Turnout by region selects the bar of the region too.
    m_area->setCurrentChart(ChartId::TurnoutByRegion);
    ChartGraphic *bars = m_area->graphic(ChartId::TurnoutByRegion);
    int index = -1;
    for (int i = 0; i < bars->model().categories.size(); ++i)
        if (bars->model().categories.at(i).territoryId == karaganda)
            index = i;
    QVERIFY(index >= 0);
    auto *series = qobject_cast<QAbstractBarSeries *>(bars->chart()->series().first());
    bool selected = false;
    for (QBarSet *set : series->barSets())
        selected |= set->isBarSelected(index);
    QVERIFY(selected);
}

void tst_ChartArea::clickOnEmptyChartArea()
{
    m_area->setCurrentChart(ChartId::TurnoutByRace);
    ChartGraphic *g = m_area->graphic(ChartId::TurnoutByRace);
    QVERIFY(g && g->chart());
    ChartCanvas *canvas = m_area->currentPanel()->canvas();
    QTest::qWait(50);
    QSignalSpy races(m_area, &ChartArea::raceActivated);
    QSignalSpy regions(m_area, &ChartArea::territoryActivated);
    // The top right of the plot area holds no bar; the corners of the view lie outside the plot.
    const QRectF plot = g->chart()->plotArea();
    const QList<QPointF> points = {plot.topRight() + QPointF(-3, 3), QPointF(2, 2),
                                   QPointF(g->chart()->size().width() - 2, g->chart()->size().height() - 2)};
    for (const QPointF &p : points) {
        QTest::mouseClick(canvas->chartView()->viewport(), Qt::LeftButton, {}, viewPoint(canvas, p));
        QTest::mouseClick(canvas->chartView()->viewport(), Qt::RightButton, {}, viewPoint(canvas, p));
    }
    QCOMPARE(races.count(), 0);
    QCOMPARE(regions.count(), 0);
    // Below the chart's own area, inside the view: nothing at all lies there.
    GuardedChartView *view = canvas->chartView();
    g->chart()->resize(g->chart()->size().width(), g->chart()->size().height() / 2);
    const QPoint below(view->viewport()->width() / 2, view->viewport()->height() - 3);
    QVERIFY(view->itemAt(below) == nullptr);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, below);
    QCOMPARE(races.count(), 0);
}

void tst_ChartArea::guardedViewWithNothingUnderThePointer()
{
    GuardedChartView view;
    // setChart() hands the view's own first chart back to the caller.
    const std::unique_ptr<QChart> first(view.chart());
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    view.setChart(chart);
    view.setRubberBand(QChartView::RectangleRubberBand);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The chart covers the top left only; below and right of it nothing lies in the scene.
    chart->resize(200, 120);
    const QPoint empty(300, 250);
    QVERIFY(view.itemAt(empty) == nullptr);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, empty);
    QTest::mouseClick(view.viewport(), Qt::RightButton, {}, empty);
    QVERIFY(view.isVisible());
}

void tst_ChartArea::themes()
{
    for (ThemeId t : {ThemeId::Dark, ThemeId::Presentation, ThemeId::Light}) {
        m_area->setTheme(t);
        m_area->setCurrentChart(ChartId::Enc);
        ChartGraphic *g = m_area->graphic(ChartId::Enc);
        QVERIFY(g && g->chart());
        const ChartTheme theme = ChartTheme::make(t);
        QCOMPARE(g->chart()->backgroundBrush().color(), theme.background);
        // Colours are set after the theme: the series keep Sailau's palette.
        auto *series = qobject_cast<QAbstractBarSeries *>(g->chart()->series().first());
        QCOMPARE(series->barSets().at(0)->color(), theme.primary);
        QCOMPARE(series->barSets().at(1)->color(), theme.secondary);
    }
}

void tst_ChartArea::exportDialogWritesTheFile()
{
    ExportDialog dialog(m_area->data(), ChartId::TurnoutByRace, ExportOptions(), ExportDialog::Mode::Single, m_window);
    dialog.widthSpin()->setValue(160);
    dialog.heightSpin()->setValue(100);
    dialog.dpiSpin()->setValue(300);
    QVERIFY2(dialog.sizeLabel()->text().startsWith(QStringLiteral("1890 × 1181 px")), qPrintable(dialog.sizeLabel()->text()));
    // Switching to pixels keeps the physical size.
    dialog.unitCombo()->setCurrentIndex(1);
    QCOMPARE(dialog.widthSpin()->value(), 1890.0);
    QCOMPARE(dialog.heightSpin()->value(), 1181.0);
    const QString path = m_dir->filePath(QStringLiteral("dialog.png"));
    dialog.setTargetPath(path);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QImageReader reader(path);
    QCOMPARE(reader.size(), QSize(1890, 1181));
}

void tst_ChartArea::exportDialogJpegQuality()
{
    ExportDialog dialog(m_area->data(), ChartId::TurnoutByRace, ExportOptions(), ExportDialog::Mode::Single, m_window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Quality means something for JPEG only.
    QCOMPARE(dialog.qualitySpin()->value(), 90);
    QVERIFY(!dialog.qualitySpin()->isEnabled());
    dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(int(ExportOptions::Format::Jpeg)));
    QVERIFY(dialog.qualitySpin()->isEnabled());
    dialog.qualitySpin()->setFocus();
    dialog.qualitySpin()->selectAll();
    QTest::keyClicks(dialog.qualitySpin(), QStringLiteral("70"));
    QCOMPARE(dialog.options().jpegQuality, 70);
    QCOMPARE(dialog.options().format, ExportOptions::Format::Jpeg);
}

void tst_ChartArea::refreshWithinBudget()
{
    // Not a benchmark (see bench_charts): a scope change on the sample is immediate.
    QElapsedTimer timer;
    timer.start();
    m_area->setScope(QDate(2023, 11, 5), 0);
    QVERIFY(timer.elapsed() < 2000);
}

QTEST_MAIN(tst_ChartArea)
#include "tst_chartarea.moc"
