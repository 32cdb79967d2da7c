// SPDX-License-Identifier: GPL-3.0-or-later
// Chart benchmarks on synthetic data (made here, marked synthetic in the database): one 300-DPI
// PNG of a 200-race chart (size and time beside a bare Qt Charts render of the same bars saved
// with Qt's defaults, and beside optipng -o2 when it is installed), batch export of every panel,
// and refreshing the panels after a selection change with 2,000 races. Prints its figures;
// asserts no timing.
#include "catalog.h"
#include "charts/chartarea.h"
#include "charts/chartexporter.h"
#include "charts/chartgraphic.h"
#include "datasetloader.h"
#include "racemetricsstore.h"
#include "store.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QValueAxis>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Sailau;
using namespace Sailau::Charts;

namespace {

const QDate Day(2031, 10, 12);   // a synthetic election day

// Builds a database with `races` synthetic district races spread over the 20 regions: every
// figure known, 2 to 6 candidates with votes, some "against all". Everything is marked synthetic.
std::unique_ptr<Database> syntheticDatabase(const QString &path, int races)
{
    QString message;
    auto db = DatasetLoader::openOrCreate(path, false, &message);
    if (!db) {
        qWarning("cannot create %s: %s", qPrintable(path), qPrintable(message));
        return db;
    }
    QSqlDatabase c = db->connection();
    c.transaction();
    QSqlQuery q(c);
    q.exec(QStringLiteral("INSERT INTO import_batch (kind, file_name, imported_at) VALUES ('synthetic', "
                          "'bench_charts (synthetic)', datetime('now'))"));
    const qint64 batch = q.lastInsertId().toLongLong();
    Catalog catalog(c);
    QString error;
    Store store(c);
    QList<TerritoryInfo> regions = store.regions();
    qint64 country = store.country() ? store.country()->id : 0;
    if (!country) {
        Catalog::NewTerritory t;
        t.level = QStringLiteral("country");
        t.name = t.nameEn = QStringLiteral("Kazakhstan");
        t.synthetic = true;
        t.batchId = batch;
        country = catalog.insertTerritory(t, &error).value_or(0);
    }
    if (regions.isEmpty()) {
        for (int i = 0; i < 20; ++i) {
            Catalog::NewTerritory t;
            t.parentId = country;
            t.level = QStringLiteral("region");
            t.name = t.nameEn = QStringLiteral("Synthetic region %1").arg(i + 1);
            t.tileRow = 1 + i / 5;
            t.tileCol = 1 + i % 5;
            t.synthetic = true;
            t.batchId = batch;
            catalog.insertTerritory(t, &error);
        }
        regions = store.regions();
    }
    const qint64 election = catalog.electionId(Day, QStringLiteral("district"), QStringLiteral("regular"),
                                               Catalog::defaultTitles(QStringLiteral("district")), batch, &error)
                                .value_or(0);
    QRandomGenerator random(20311012);
    QSqlQuery race(c), candidate(c);
    race.prepare(QStringLiteral(
        "INSERT INTO race (election_id, territory_id, voters, ballots_issued, ballots_cast, invalid, against_all, "
        "synthetic, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    candidate.prepare(QStringLiteral(
        "INSERT INTO candidate (race_id, position, name, votes, elected, self_nominated, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < races; ++i) {
        const TerritoryInfo &region = regions.at(i % regions.size());
        Catalog::NewTerritory t;
        t.parentId = region.id;
        t.level = QStringLiteral("district");
        t.name = t.nameEn = QStringLiteral("Synthetic district %1").arg(i + 1);
        t.synthetic = true;
        t.batchId = batch;
        const qint64 territory = catalog.insertTerritory(t, &error).value_or(0);
        const qint64 voters = 5000 + random.bounded(120000);
        const qint64 issued = qint64(voters * (0.45 + random.generateDouble() * 0.45));
        const qint64 cast = issued - random.bounded(qint64(issued / 50 + 1));
        const qint64 invalid = random.bounded(qint64(cast / 40 + 1));
        const qint64 valid = cast - invalid;
        const qint64 against = random.bounded(qint64(valid / 15 + 1));
        race.addBindValue(election);
        race.addBindValue(territory);
        race.addBindValue(voters);
        race.addBindValue(issued);
        race.addBindValue(cast);
        race.addBindValue(invalid);
        race.addBindValue(against);
        race.addBindValue(batch);
        if (!race.exec())
            qWarning("race: %s", qPrintable(race.lastError().text()));
        const qint64 raceId = race.lastInsertId().toLongLong();
        const int n = 2 + random.bounded(5);
        QList<qint64> votes;
        qint64 left = valid - against;
        for (int k = 0; k < n; ++k) {
            const qint64 v = k + 1 == n ? left : qint64(left * (0.3 + random.generateDouble() * 0.5));
            votes.append(v);
            left -= v;
        }
        std::sort(votes.begin(), votes.end(), std::greater<>());
        for (int k = 0; k < n; ++k) {
            candidate.addBindValue(raceId);
            candidate.addBindValue(k);
            candidate.addBindValue(QStringLiteral("Synthetic candidate %1-%2").arg(i + 1).arg(k + 1));
            candidate.addBindValue(votes.at(k));
            candidate.addBindValue(k == 0 ? 1 : 0);
            candidate.addBindValue(random.bounded(2));
            candidate.addBindValue(batch);
            candidate.exec();
        }
    }
    if (!RaceMetricsStore(c).refreshAll(&error))
        qWarning("metrics: %s", qPrintable(error));
    c.commit();
    return db;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

void report(const char *what, double ms, const char *budget)
{
    std::printf("BENCH %-58s %9.1f ms   (budget %s)\n", what, ms, budget);
    std::fflush(stdout);
}

void reportSize(const char *what, qint64 bytes)
{
    std::printf("BENCH %-58s %9.1f KB\n", what, bytes / 1024.0);
    std::fflush(stdout);
}

// The same 200 bars drawn by Qt Charts alone: a QChart with a bar series, a category axis and a
// value axis in a scene of the export's logical size, painted into an image of the export's
// pixel size and saved with QImage::save's defaults. What an export costs beyond this is
// Sailau's (title, notes, labels, reference line, compression).
qint64 bareRender(const ChartModel &model, const ExportOptions &o, const QString &path)
{
    QGraphicsScene scene;
    auto *chart = new QChart;
    chart->setTitle(model.title);
    auto *set = new QBarSet(model.valueTitle);
    QStringList categories;
    for (const RaceValue &r : model.races) {
        set->append(r.value * 100);
        categories.append(r.label);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->hide();
    scene.addItem(chart);
    const QSizeF logical = o.logicalSize();
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QSize px = o.pixelSize();
    QImage image(px, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(px)), scene.sceneRect());
    }
    image.save(path, "png");
    return QFileInfo(path).size();
}

// What optipng -o2 makes of a PNG (a copy), or -1 when optipng is not installed.
qint64 optipngSize(const QString &path)
{
    const QString optipng = QStandardPaths::findExecutable(QStringLiteral("optipng"));
    if (optipng.isEmpty())
        return -1;
    const QString copy = path + QStringLiteral(".optipng.png");
    QProcess p;
    p.start(optipng, {QStringLiteral("-quiet"), QStringLiteral("-o2"), QStringLiteral("-out"), copy, path});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return -1;
    return QFileInfo(copy).size();
}

} // namespace

class BenchCharts : public QObject
{
    Q_OBJECT
private slots:
    void pngOf200Races();
    void batchExport();
    void refreshWith2000Races();

private:
    QTemporaryDir m_dir;
};

void BenchCharts::pngOf200Races()
{
    auto db = syntheticDatabase(m_dir.filePath(QStringLiteral("synthetic-200.sqlite")), 200);
    QVERIFY(db);
    ChartData data(db->connection());
    QVERIFY(data.setScope(Day, 0));
    QCOMPARE(data.races().size(), 200);
    ExportOptions o;
    o.widthMm = 160;
    o.heightMm = 100;
    o.dpi = 300;
    QList<double> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        QString error;
        QVERIFY2(ChartExporter::exportChart(data, ChartId::TurnoutByRace, o, m_dir.filePath(QStringLiteral("t200.png")), &error),
                 qPrintable(error));
        times.append(t.nsecsElapsed() / 1e6);
    }
    report("PNG 160x100 mm @300 DPI, turnout by race, 200 races (median)", median(times), "500 ms");
    const QString exported = m_dir.filePath(QStringLiteral("t200.png"));
    const qint64 exportedBytes = QFileInfo(exported).size();
    reportSize("  its file", exportedBytes);
    const double exportMs = median(times);
    times.clear();
    const ChartModel model = data.build(ChartId::TurnoutByRace);
    qint64 bareBytes = 0;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        bareBytes = bareRender(model, o, m_dir.filePath(QStringLiteral("bare200.png")));
        times.append(t.nsecsElapsed() / 1e6);
    }
    report("bare Qt Charts render of the same bars, saved as PNG (median)", median(times), "reference");
    reportSize("  its file", bareBytes);
    std::printf("BENCH   export time / bare render time: %.2f (budget 1.5)\n", exportMs / median(times));
    if (const qint64 optimised = optipngSize(exported); optimised > 0) {
        reportSize("  the export after optipng -o2", optimised);
        std::printf("BENCH   export size / optipng -o2 size: %.2f (budget 2.0)\n", double(exportedBytes) / optimised);
    } else {
        std::printf("BENCH   optipng is not installed: no comparison with optipng -o2\n");
    }
    std::fflush(stdout);
    times.clear();
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        QString error;
        QVERIFY(ChartExporter::exportChart(data, ChartId::Margin, o, m_dir.filePath(QStringLiteral("m200.png")), &error));
        times.append(t.nsecsElapsed() / 1e6);
    }
    report("PNG 160x100 mm @300 DPI, margin, 200 races (median)", median(times), "500 ms");
    // To look at the synthetic charts: SAILAU_BENCH_OUT=folder.
    if (qEnvironmentVariableIsSet("SAILAU_BENCH_OUT")) {
        ExportOptions look;
        look.dpi = 150;
        QString error;
        ChartExporter::exportAll(data, look, qEnvironmentVariable("SAILAU_BENCH_OUT"), &error);
    }
}

void BenchCharts::batchExport()
{
    auto db = syntheticDatabase(m_dir.filePath(QStringLiteral("synthetic-batch.sqlite")), 200);
    QVERIFY(db);
    ChartData data(db->connection());
    QVERIFY(data.setScope(Day, 0));
    ExportOptions o;   // 160 × 100 mm at 300 DPI
    QElapsedTimer t;
    t.start();
    QString error;
    const QStringList files = ChartExporter::exportAll(data, o, m_dir.filePath(QStringLiteral("batch")), &error);
    const double ms = t.nsecsElapsed() / 1e6;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(files.size(), 11);
    report("batch export, 11 panels, PNG @300 DPI, 200 races", ms, "5000 ms");
    o.format = ExportOptions::Format::Pdf;
    t.restart();
    ChartExporter::exportAll(data, o, m_dir.filePath(QStringLiteral("batch-pdf")), &error);
    report("batch export, 11 panels, PDF, 200 races", t.nsecsElapsed() / 1e6, "5000 ms");
}

void BenchCharts::refreshWith2000Races()
{
    auto db = syntheticDatabase(m_dir.filePath(QStringLiteral("synthetic-2000.sqlite")), 2000);
    QVERIFY(db);
    ChartArea area;
    area.resize(1200, 420);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    area.setDatabase(db->connection());
    area.setScope(Day, 0);
    const QList<TerritoryInfo> regions = Store(db->connection()).regions();
    for (ChartId id : ChartCatalog::all()) {
        area.setCurrentChart(id);
        QList<double> scope, race;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            area.setScope(Day, i % 2 ? regions.at(i).id : 0);
            scope.append(t.nsecsElapsed() / 1e6);
            const qint64 raceId = area.data().races().value(i * 7).id;
            t.restart();
            area.setCurrentRace(raceId);
            race.append(t.nsecsElapsed() / 1e6);
        }
        QVERIFY(area.graphic(id));
        report(qPrintable(QStringLiteral("scope change, %1, 2000 races (median)").arg(ChartCatalog::key(id))),
               median(scope), "100 ms");
        report(qPrintable(QStringLiteral("race selection, %1, 2000 races (median)").arg(ChartCatalog::key(id))),
               median(race), "100 ms");
    }
}

QTEST_MAIN(BenchCharts)
#include "bench_charts.moc"
