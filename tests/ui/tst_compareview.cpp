// SPDX-License-Identifier: GPL-3.0-or-later
// View → Compare Elections on the synthetic comparison corpus: the model (checked by
// QAbstractItemModelTester), the view opened from the main window and driven with QTest, and
// its charts exported through the chart export pipeline.
#include "candidateprofile.h"
#include "charts/chartcanvas.h"
#include "charts/chartexporter.h"
#include "charts/chartgraphic.h"
#include "compare/candidateprofilemodel.h"
#include "compare/comparemodel.h"
#include "compare/compareview.h"
#include "database.h"
#include "language.h"
#include "mainwindow.h"
#include "synthetic.h"

#include "../common/testsupport.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QScopeGuard>
#include <QLabel>
#include <QSignalSpy>

using namespace Sailau;
using namespace Sailau::Charts;

namespace {

const QDate day1(2021, 7, 25), day2(2023, 11, 5), day3(2025, 8, 17);

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelUnderTheTester();
    void figuresAndChanges();
    void opensFromTheViewMenuAndSelectsDays();
    void selectingARowDrawsItsLine();
    void exportedChartHasItsSizeAndContent();
    void largeComparisonsAreReadInTheBackground();
    void candidatesModelUnderTheTester();
    void candidatesTabShowsWomenAgesAndIncumbents();
    void publishedOnlyDayBesideTheSample();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestCompareView::initTestCase()
{
    Translations::install(Language::English);
    setDisplayLanguage(Language::English);
    m_path = m_dir.filePath(QStringLiteral("compare.sqlite"));
    OpenError code;
    QString message;
    m_db = Database::open(m_path, OpenOptions(), &code, &message);
    QVERIFY2(m_db, qPrintable(message));
    QVERIFY2(SyntheticGenerator::loadComparisonCorpus(*m_db, &message), qPrintable(message));
}

void TestCompareView::modelUnderTheTester()
{
    CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY2(model.load(m_db->connection(), {{day1, day2, day3}, 0}, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 2 + 3 + 2);
    model.setFigure(CompareModel::Figure::Nomination);
    QCOMPARE(model.columnCount(), 2 + 3);   // no change columns for a nomination
    model.setFigure(CompareModel::Figure::Margin);
    QVERIFY(model.load(m_db->connection(), {{day1, day3}, 0}));
    QCOMPARE(model.columnCount(), 2 + 2 + 1);
    model.setComparison(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestCompareView::figuresAndChanges()
{
    CompareModel model;
    QVERIFY(model.load(m_db->connection(), {{day1, day2, day3}, 0}));
    QCOMPARE(model.index(0, CompareModel::TerritoryColumn).data().toString(), QStringLiteral("Aksu District"));
    QCOMPARE(model.index(0, model.dayColumn(0)).data().toString(), QStringLiteral("60.0%"));
    QCOMPARE(model.index(0, model.changeColumn(0)).data().toString(), QStringLiteral("\u221210.0 pp"));
    QCOMPARE(model.index(0, model.changeColumn(0)).data(CompareModel::SortRole).toDouble(), -10.0);
    // 2025: voters not known; the change is missing too, with why.
    QCOMPARE(model.index(0, model.dayColumn(2)).data().toString(), QStringLiteral("—"));
    QVERIFY(model.index(0, model.dayColumn(2)).data(Qt::ToolTipRole).toString().contains(QLatin1String("voters")));
    QCOMPARE(model.index(0, model.changeColumn(1)).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(0, model.changeColumn(1)).data(CompareModel::SortRole).isValid());
    // The city that was a village: its levels in the tooltip.
    int koktobe = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data().toString() == QLatin1String("Koktobe City"))
            koktobe = r;
    }
    QVERIFY(koktobe >= 0);
    QVERIFY(model.index(koktobe, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("rural")));
    model.setFigure(CompareModel::Figure::Nomination);
    QCOMPARE(model.index(koktobe, model.dayColumn(0)).data().toString(), QStringLiteral("self-nominated"));
}

void TestCompareView::opensFromTheViewMenuAndSelectsDays()
{
    MainWindow window;
    OpenError code;
    QString message;
    OpenOptions options;
    options.create = false;
    window.setDatabase(Database::open(m_path, options, &code, &message));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    CompareView *view = nullptr;
    QTRY_VERIFY((view = window.findChild<CompareView *>(QStringLiteral("compareView"))) != nullptr);
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->selectedDays(), (QList<QDate>{day1, day2, day3}));
    QCOMPARE(view->model()->rowCount(), 4);

    // Untick 2023-11-05 with the keyboard: the days list is newest first.
    QListWidget *days = view->dayList();
    days->setFocus();
    days->setCurrentRow(1);
    QCOMPARE(days->currentItem()->data(Qt::UserRole + 1).toDate(), day2);
    QTest::keyClick(days, Qt::Key_Space);
    QCOMPARE(view->selectedDays(), (QList<QDate>{day1, day3}));
    QCOMPARE(view->model()->dayCount(), 2);
    QCOMPARE(view->aggregatesTable()->rowCount(), 2);
    QCOMPARE(view->aggregatesTable()->item(0, 1)->text(), QStringLiteral("4"));

    // Untick one more: fewer than two days, nothing to compare, said so.
    days->setCurrentRow(0);
    QTest::keyClick(days, Qt::Key_Space);
    QCOMPARE(view->selectedDays(), QList<QDate>{day1});
    QCOMPARE(view->model()->rowCount(), 0);
    days->setCurrentRow(0);
    QTest::keyClick(days, Qt::Key_Space);

    // A region: only its territories.
    QComboBox *territory = view->territoryCombo();
    territory->setFocus();
    const int kumis = territory->findText(QStringLiteral("Kumis Region (synthetic)"));
    QVERIFY(kumis > 0);
    territory->setCurrentIndex(kumis);
    QCOMPARE(view->model()->rowCount(), 2);
    // The turnout chart draws one line per territory and one for the region.
    ChartCanvas *canvas = view->canvas(ChartId::CompareTurnout);
    QVERIFY(canvas && canvas->graphic());
    QCOMPARE(canvas->graphic()->model().series.size(), 3);
    QCOMPARE(canvas->graphic()->model().periods.size(), 2);

    // Show: winner's share, chosen with the keyboard.
    QComboBox *figure = view->figureCombo();
    figure->setFocus();
    QTest::keyClick(figure, Qt::Key_Down);
    QCOMPARE(view->model()->figure(), CompareModel::Figure::WinnerShare);
    // Closed, the view is gone (it holds the database's connection).
    QPointer<CompareView> closed(view);
    view->close();
    QTRY_VERIFY(closed.isNull());
}

void TestCompareView::selectingARowDrawsItsLine()
{
    CompareView view(m_db->connection());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.table();
    // Click the row of the renamed district.
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == QLatin1String("Zhanabirlik District"))
            row = r;
    }
    QVERIFY(row >= 0);
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    ChartCanvas *canvas = view.canvas(ChartId::CompareTerritory);
    QVERIFY(canvas->graphic());
    const ChartModel &model = canvas->graphic()->model();
    QVERIFY2(model.scope.startsWith(QLatin1String("Zhanabirlik District")), qPrintable(model.scope));
    QCOMPARE(model.series.size(), 3);
    QCOMPARE(model.series.at(0).values.size(), 3);
    QCOMPARE(*model.series.at(0).values.at(0), 0.5);    // turnout 2021
    QCOMPARE(*model.series.at(0).values.at(1), 0.6);
    QCOMPARE(*model.series.at(0).values.at(2), 0.45);
    view.chartTabs()->setCurrentWidget(canvas);
    QCOMPARE(view.currentChart(), ChartId::CompareTerritory);

    // The nominations are read when their tab is shown.
    QTableWidget *nominations = view.nominationsTable();
    QCOMPARE(nominations->rowCount(), 0);
    view.chartTabs()->setCurrentWidget(view.nominationsTab());
    QCOMPARE(view.currentChart(), ChartId::CompareNominations);
    QCOMPARE(nominations->rowCount(), 3 + 3 + 2);   // nominations, then self-nominated by day and by region
    // Its chart: each nomination's share of the votes and win rate, as the table gives them.
    ChartCanvas *nominationChart = view.canvas(ChartId::CompareNominations);
    QVERIFY(nominationChart && nominationChart->graphic());
    const NominationSummary summary = view.model()->comparison()->nominations();
    const ChartModel nominationModel = nominationChart->graphic()->model();
    QCOMPARE(nominationModel.categories.size(), summary.nominations.size());
    for (int i = 0; i < summary.nominations.size(); ++i) {
        QCOMPARE(nominationModel.categories.at(i).label, summary.nominations.at(i).label);
        QCOMPARE(nominationModel.categories.at(i).value, summary.nominations.at(i).voteShare);
        QCOMPARE(nominationModel.categories.at(i).second, summary.nominations.at(i).winRate);
    }
    QCOMPARE(nominations->item(0, 0)->text(), QStringLiteral("self-nominated"));
    QCOMPARE(nominations->item(0, 1)->text(), QStringLiteral("10"));
    QCOMPARE(nominations->item(0, 5)->text(), QStringLiteral("60.0%"));
    QCOMPARE(nominations->item(3, 0)->text(), QStringLiteral("Self-nominated, 25 Jul 2021"));
    QCOMPARE(nominations->item(3, 3)->text(), QStringLiteral("65.0%"));
}

void TestCompareView::exportedChartHasItsSizeAndContent()
{
    ChartData data(m_db->connection());
    QVERIFY(data.setScope(day3, 0));
    QVERIFY(data.setComparison({day1, day2, day3}));
    ExportOptions options;
    options.unit = ExportOptions::Unit::Millimetres;
    options.widthMm = 160;
    options.heightMm = 100;
    options.dpi = 150;
    const QString path = m_dir.filePath(QStringLiteral("compare-competitiveness.png"));
    QString error;
    QVERIFY2(ChartExporter::exportChart(data, ChartId::CompareCompetitiveness, options, path, &error), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(945, 591));        // 160 × 100 mm at 150 DPI
    QCOMPARE(image.dotsPerMeterX(), 5906);
    const ChartModel model = data.build(ChartId::CompareCompetitiveness);
    QCOMPARE(model.series.size(), 3);
    QCOMPARE(*model.series.at(0).values.at(1), 1.0);            // 2023: every race contested
    QCOMPARE(*model.series.at(1).values.at(2), 50.0 / 550);     // 2025: median margin
    // The three lines are drawn in their colours.
    for (const TimeSeries &t : model.series) {
        const QColor colour(t.colour);
        int found = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - colour.red()) < 12 && std::abs(c.green() - colour.green()) < 12
                    && std::abs(c.blue() - colour.blue()) < 12)
                    ++found;
            }
        }
        QVERIFY2(found > 100, qPrintable(t.name + QStringLiteral(": %1 pixels").arg(found)));
    }
    const QByteArray svg = ChartExporter::renderSvg(data, ChartId::CompareCompetitiveness, options);
    QVERIFY(svg.contains("Median margin of victory"));
    QVERIFY(svg.contains("Competitiveness by election"));
}

// Past CompareView::backgroundRaces the comparison is read on the readers' thread: the view is
// there at once, says it is reading, and then shows the same lines as a read on the window's
// connection; the nominations, read later, go through the window's connection.
void TestCompareView::largeComparisonsAreReadInTheBackground()
{
    const int threshold = CompareView::backgroundRaces;
    CompareView::backgroundRaces = 0;
    auto restore = qScopeGuard([threshold] { CompareView::backgroundRaces = threshold; });

    CompareModel direct;
    QVERIFY(direct.load(m_db->connection(), {{day1, day2, day3}, 0}));

    // The read ends on the window's thread: until events are processed the view is reading
    // (waiting for the window to be shown first would let a read of this small corpus finish).
    CompareView view(m_db->connection());
    QSignalSpy shown(&view, &CompareView::comparisonShown);
    QVERIFY(view.isReading());
    QVERIFY(view.findChild<QLabel *>() != nullptr);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(!view.isReading());
    QCOMPARE(view.model()->rowCount(), direct.rowCount());
    for (int r = 0; r < direct.rowCount(); ++r) {
        for (int c = 0; c < direct.columnCount(); ++c)
            QCOMPARE(view.model()->index(r, c).data(), direct.index(r, c).data());
    }
    // Unticking a day with the mouse reads again; the older read, if any, is dropped.
    QListWidget *days = view.dayList();
    const QRect box = days->visualItemRect(days->item(0));
    QTest::mouseClick(days->viewport(), Qt::LeftButton, {}, QPoint(box.left() + box.height() / 2, box.center().y()));
    QCOMPARE(view.selectedDays().size(), 2);
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(view.model()->comparison()->days().size(), 2);
    // The Nominations and Candidates tabs read every candidate: on the readers' thread too, once
    // for both tabs, with the same figures as a read on the window's connection.
    QSignalSpy candidates(&view, &CompareView::candidatesShown);
    view.chartTabs()->setCurrentWidget(view.nominationsTab());
    QVERIFY(view.isReadingCandidates());
    QCOMPARE(view.nominationsTable()->rowCount(), 0);
    view.chartTabs()->setCurrentWidget(view.candidatesTab());   // the same read goes on
    QTRY_COMPARE(candidates.count(), 1);
    QVERIFY(!view.isReadingCandidates());
    const NominationSummary nominations = view.model()->comparison()->nominations();
    QCOMPARE(view.nominationsTable()->rowCount(),
             int(nominations.nominations.size() + nominations.byElection.size() + nominations.byRegion.size()));
    QCOMPARE(view.nominationsTable()->item(0, 0)->text(), nominations.nominations.first().label);
    CandidateProfileModel expected;
    expected.setSummary(CandidateProfiles::read(*view.model()->comparison()));
    QCOMPARE(view.candidatesModel()->rowCount(), expected.rowCount());
    for (int r = 0; r < expected.rowCount(); ++r) {
        for (int c = 0; c < expected.columnCount(); ++c)
            QCOMPARE(view.candidatesModel()->index(r, c).data(), expected.index(r, c).data());
    }
    QCOMPARE(candidates.count(), 1);
    // Another choice of days while the candidates are read drops that read; the new comparison's
    // candidates are read for the tab shown.
    view.chartTabs()->setCurrentWidget(view.nominationsTab());
    days->item(0)->setCheckState(Qt::Checked);
    QTRY_COMPARE(shown.count(), 3);
    QTRY_COMPARE(candidates.count(), 2);
    QCOMPARE(view.model()->comparison()->days().size(), 3);
    QVERIFY(view.nominationsTable()->rowCount() > 0);
}

// The candidates' figures of the corpus, worked out in tst_comparison: 2021 no sex known; 2023
// 1 woman of 5 candidates with sex known, 0 of 2 winners; 2025 4 of 7 and 2 of 4; all days 5 of
// 12 and 2 of 6; ages 40–49: 7 candidates of whom 4 won; 4 sitting akims stood, 3 kept the post.
void TestCompareView::candidatesModelUnderTheTester()
{
    CandidateProfileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Comparison comparison(m_db->connection());
    QVERIFY(comparison.load({{day1, day2, day3}, 0}));
    model.setSummary(CandidateProfiles::read(comparison));
    QCOMPARE(model.rowCount(), 3 + 2 + 1);   // the days, the regions, all
    QCOMPARE(model.columnCount(), int(CandidateProfileModel::ColumnCount));
    using C = CandidateProfileModel;
    QCOMPARE(model.index(0, C::NameColumn).data().toString(), QStringLiteral("25 Jul 2021"));
    // Nobody's sex known in 2021: missing, with why, never 0 %.
    QCOMPARE(model.index(0, C::WomenColumn).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(0, C::WomenColumn).data(C::ValueRole).isValid());
    QVERIFY(model.index(0, C::WomenColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("No candidate's sex")));
    QCOMPARE(model.index(0, C::SexKnownColumn).data().toString(), QStringLiteral("0 of 6"));
    QCOMPARE(model.index(1, C::WomenColumn).data().toString(), QStringLiteral("20.0%"));
    QVERIFY(model.index(1, C::WomenColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("Women: 1 of the 5")));
    QCOMPARE(model.index(1, C::WomenWinnersColumn).data().toString(), QStringLiteral("0.0%"));   // a real 0
    QCOMPARE(model.index(1, C::MedianAgeColumn).data().toString(), QStringLiteral("45.5"));
    QCOMPARE(model.index(3, C::NameColumn).data().toString(), QStringLiteral("Altyn Region (synthetic)"));
    QCOMPARE(model.index(3, C::WomenColumn).data(C::ValueRole).toDouble(), 3.0 / 8);
    const int total = model.rowCount() - 1;
    QCOMPARE(model.index(total, C::NameColumn).data().toString(), QStringLiteral("All elections"));
    QCOMPARE(model.index(total, C::FirstAgeBandColumn + 2).data().toString(), QStringLiteral("7 (4)"));
    QCOMPARE(model.headerData(C::FirstAgeBandColumn + 2, Qt::Horizontal).toString(), QStringLiteral("40–49"));
    QCOMPARE(model.index(total, C::IncumbentsColumn).data().toString(), QStringLiteral("4"));
    QCOMPARE(model.index(total, C::ReelectedColumn).data().toString(), QStringLiteral("75.0%"));
    QCOMPARE(model.index(total, C::ReelectedColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("3 of 4 sitting akims who stood kept their post"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCompareView::candidatesTabShowsWomenAgesAndIncumbents()
{
    CompareView view(m_db->connection());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Read when the tab is shown: nothing before.
    QCOMPARE(view.candidatesModel()->rowCount(), 0);
    QTabBar *bar = view.chartTabs()->tabBar();
    const int index = view.chartTabs()->indexOf(view.candidatesTab());
    QVERIFY(index > view.chartTabs()->indexOf(view.nominationsTab()));
    QCOMPARE(view.chartTabs()->tabText(index), QStringLiteral("Candidates"));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(view.chartTabs()->currentWidget(), view.candidatesTab());
    QCOMPARE(view.candidatesModel()->rowCount(), 6);
    QCOMPARE(view.currentChart(), ChartId::CompareCandidates);
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("compareExport"))->isEnabled());

    // Women among the candidates and the winners, sitting akims re-elected: a gap in 2021.
    ChartCanvas *lines = view.canvas(ChartId::CompareCandidates);
    QVERIFY(lines && lines->graphic());
    const ChartModel &model = lines->graphic()->model();
    QCOMPARE(model.series.size(), 3);
    QVERIFY(!model.series.at(0).values.at(0));
    QCOMPARE(*model.series.at(0).values.at(1), 0.2);
    QCOMPARE(*model.series.at(0).values.at(2), 4.0 / 7);
    QCOMPARE(model.series.at(0).counts, (QList<int>{0, 5, 7}));
    QCOMPARE(*model.series.at(1).values.at(1), 0.0);
    QCOMPARE(*model.series.at(2).values.at(2), 0.0);   // the one sitting akim of 2025 lost
    // The ages: candidates and winners in bands of ten years.
    ChartCanvas *ages = view.canvas(ChartId::CompareCandidateAges);
    QVERIFY(ages && ages->graphic());
    const ChartModel &bands = ages->graphic()->model();
    QCOMPARE(bands.categories.size(), 5);
    QCOMPARE(*bands.categories.at(2).value, 7.0);
    QCOMPARE(*bands.categories.at(2).second, 4.0);
    QVERIFY(bands.note.contains(QLatin1String("14 of 20 candidates")));

    // A region: only its candidates, read again at once since the tab is shown.
    const int kumis = view.territoryCombo()->findText(QStringLiteral("Kumis Region (synthetic)"));
    view.territoryCombo()->setCurrentIndex(kumis);
    QCOMPARE(view.candidatesModel()->rowCount(), 3 + 1 + 1);
    QCOMPARE(view.candidatesModel()->summary().total.candidates, 7);

    // Keyboard: Ctrl+Tab from the Nominations tab comes back to it.
    view.chartTabs()->setCurrentWidget(view.nominationsTab());
    view.chartTabs()->setFocus();
    QTest::keyClick(view.chartTabs(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(view.chartTabs()->currentWidget(), view.candidatesTab());
}

// The bundled sample holds the 2023 races and only the published totals of 2021: that day is
// listed, unticked, and once ticked the By Election tab shows its published races and turnout
// beside the 2023 figures, and "—" for what 2021 holds no race of.
void TestCompareView::publishedOnlyDayBesideTheSample()
{
    QTemporaryDir dir;
    auto sample = SailauTest::sampleDatabase(dir);
    QVERIFY(sample);
    CompareView view(sample->connection());
    QListWidget *days = view.dayList();
    QCOMPARE(days->count(), 2);
    QListWidgetItem *rural = nullptr;
    for (int i = 0; i < days->count(); ++i) {
        if (days->item(i)->text().contains(QLatin1String("published totals only")))
            rural = days->item(i);
    }
    QVERIFY(rural);
    QCOMPARE(rural->checkState(), Qt::Unchecked);
    QVERIFY(!view.model()->comparison());
    rural->setCheckState(Qt::Checked);
    QTRY_VERIFY(view.model()->comparison());
    const QList<ElectionAggregate> aggregates = view.model()->comparison()->aggregates();
    QCOMPARE(aggregates.size(), 2);
    QTableWidget *table = view.aggregatesTable();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("0"));
    QCOMPARE(table->item(0, 7)->text(), QStringLiteral("730"));
    QCOMPARE(table->item(0, 8)->text(), QStringLiteral("79.10%"));
    QVERIFY(table->item(0, 8)->toolTip().startsWith(QLatin1String("Published by http")));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("—"));
    QCOMPARE(table->item(1, 7)->text(), QString::number(*aggregates.at(1).publishedRaces));
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
