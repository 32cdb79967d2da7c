// SPDX-License-Identifier: GPL-3.0-or-later
// The browsing window on a large database: 200,000 synthetic races with about 1,000,000
// candidates and 100,000 polling stations (`sailau generate`, in a child process so that its
// memory is not counted here). Prints: the window shown with its first page of races, the races
// table's first page, sorting by every column, filtering by a name, choosing a region and a race,
// and this process's peak memory.
//
//   SAILAU_BENCH_RACES   races to generate (default 200000)
//   SAILAU_BENCH_DB      reuse (or keep) the database at this path
#include "charts/chartarea.h"
#include "database.h"
#include "raceindex.h"
#include "mainwindow.h"
#include "racetablemodel.h"
#include "store.h"
#include "summarymodel.h"
#include "summarypanel.h"
#include "territorytreemodel.h"
#include "../common/windowparts.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <sys/resource.h>

#include <cstring>

using namespace Sailau;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// This process's resident memory now (VmRSS), or its peak so far (VmHWM), in MB.
double residentMb(const char *field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(strlen(field))).trimmed().split(' ').first().toDouble() / 1024;
    }
    return -1;
}

long peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Reads every column of the rows a view of this height shows, as painting does.
void readFirstPage(const QAbstractItemModel *model, int rows = 40)
{
    const int n = std::min(rows, model->rowCount());
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            model->index(r, c).data(Qt::DisplayRole);
            model->index(r, c).data(Qt::ToolTipRole);
        }
    }
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

// Notes when a widget is first painted.
class FirstPaint : public QObject
{
public:
    FirstPaint(const QElapsedTimer &clock) : m_clock(clock) {}
    double at = -1;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && at < 0)
            at = ms(m_clock);
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
};

} // namespace

class BenchScale : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void browseLargeDatabase();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void BenchScale::initTestCase()
{
    m_path = qEnvironmentVariable("SAILAU_BENCH_DB");
    if (m_path.isEmpty())
        m_path = m_dir.filePath(QStringLiteral("scale.sqlite"));
    if (QFileInfo::exists(m_path))
        return;
    const QString races = qEnvironmentVariable("SAILAU_BENCH_RACES", QStringLiteral("200000"));
    QProcess generate;
    generate.setProcessChannelMode(QProcess::ForwardedChannels);
    QElapsedTimer timer;
    timer.start();
    generate.start(QStringLiteral(SAILAU_BINARY),
                   {QStringLiteral("generate"), QStringLiteral("--races"), races, QStringLiteral("--candidates"),
                    QStringLiteral("6"), QStringLiteral("--polling-stations"), QStringLiteral("100000"),
                    QStringLiteral("--database"), m_path});
    QVERIFY(generate.waitForFinished(-1));
    QCOMPARE(generate.exitCode(), 0);
    qInfo("generated the database in %.1f s", double(timer.elapsed()) / 1000);
}

void BenchScale::browseLargeDatabase()
{
    OpenOptions options;
    options.create = false;
    OpenError error;
    QString message;
    QElapsedTimer total;
    total.start();
    auto db = Database::open(m_path, options, &error, &message);
    QVERIFY2(db, qPrintable(message));
    const qint64 races = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM race"));
    const qint64 candidates = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM candidate"));
    const qint64 stations = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM polling_station"));
    qInfo("database: %lld races, %lld candidates, %lld polling stations, %.0f MB", races, candidates, stations,
          double(QFileInfo(m_path).size()) / 1e6);

    // What `sailau` does on start: open, build the window, show it with the races of the
    // default election day.
    MainWindow window;
    FirstPaint firstPaint(total);
    WindowParts::raceView(window)->viewport()->installEventFilter(&firstPaint);
    window.resize(1400, 900);
    window.setDatabase(std::move(db));
    qInfo("window built and its database set: %.0f ms after start", ms(total));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(firstPaint.at >= 0, 60000);
    qInfo("window shown: %.0f ms after start", firstPaint.at);
    // A large day's races are read on a worker thread; the table paints them when they arrive.
    if (WindowParts::raceModel(window)->isLoading()) {
        QSignalSpy loaded(WindowParts::raceModel(window), &RaceTableModel::loaded);
        QVERIFY(loaded.wait(120000));
    }
    FirstPaint pagePaint(total);
    WindowParts::raceView(window)->viewport()->installEventFilter(&pagePaint);
    WindowParts::raceView(window)->viewport()->update();
    QTRY_VERIFY_WITH_TIMEOUT(pagePaint.at >= 0, 60000);
    qInfo("the races table painted with its first page: %.0f ms after start (resident %.0f MB, peak so far %.0f MB)", pagePaint.at,
          residentMb(), residentMb("VmHWM:"));
    QVERIFY(WindowParts::raceModel(window)->rowCount() > 0);
    // The summary and the charts (computed on other threads for a database this size) follow.
    if (WindowParts::summaryPanel(window)->model()->isPending()) {
        QSignalSpy ready(WindowParts::summaryPanel(window)->model(), &SummaryModel::summaryReady);
        QVERIFY(ready.wait(120000));
    }
    qInfo("summary computed: %.0f ms after start (resident %.0f MB, peak so far %.0f MB)", ms(total), residentMb(), residentMb("VmHWM:"));
    if (Charts::ChartArea *charts = WindowParts::chartArea(window); charts && charts->isLoading()) {
        QSignalSpy loaded(charts, &Charts::ChartArea::loaded);
        QVERIFY(loaded.wait(120000));
    }
    qInfo("charts drawn: %.0f ms after start (resident %.0f MB, peak so far %.0f MB)", ms(total), residentMb(), residentMb("VmHWM:"));

    RaceTableModel *model = WindowParts::raceModel(window);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 120000); // the whole index, not only the first order
    QElapsedTimer timer;

    // The first page of the races table for the whole country, after another filter.
    RaceFilter filter = model->filter();
    filter.text.clear();
    RaceFilter other = filter;
    other.text = QStringLiteral("a");
    model->setFilter(other);
    readFirstPage(model);
    timer.start();
    model->setFilter(filter);
    readFirstPage(model);
    qInfo("races table, first page (%d rows in all): %.1f ms", model->rowCount(), ms(timer));

    // Sorting by each column, both ways.
    double worstSort = 0;
    for (int column = 0; column < model->columnCount(); ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timer.restart();
            WindowParts::raceView(window)->sortByColumn(column, order);
            readFirstPage(model);
            const double t = ms(timer);
            worstSort = std::max(worstSort, t);
            qInfo("  sort by %-32s %s %6.1f ms", qPrintable(RaceTableModel::columnTitle(RaceColumn(column))),
                  order == Qt::AscendingOrder ? "asc " : "desc", t);
        }
    }
    qInfo("sorting by any column, slowest: %.1f ms", worstSort);
    WindowParts::raceView(window)->sortByColumn(int(RaceColumn::Region), Qt::AscendingOrder);

    // Filtering by a name (a candidate or a territory), as typed into the filter box.
    const QString name = model->index(model->rowCount() / 2, int(RaceColumn::Winner)).data().toString();
    const QString word = name.section(QLatin1Char(' '), 0, 0);
    double worstFilter = 0;
    for (const QString &text : {word, name, QStringLiteral("район"), QStringLiteral("no such name at all")}) {
        timer.restart();
        filter.text = text;
        model->setFilter(filter);
        readFirstPage(model);
        const double t = ms(timer);
        worstFilter = std::max(worstFilter, t);
        qInfo("  filter \"%s\": %d races, %.1f ms", qPrintable(text), model->rowCount(), t);
    }
    qInfo("filtering by a name, slowest: %.1f ms", worstFilter);
    filter.text.clear();
    model->setFilter(filter);

    // Choosing a region in the tree (the table, the summary and the charts follow it).
    const QModelIndex country = WindowParts::territoryModel(window)->index(0, 0);
    const QModelIndex region = WindowParts::territoryModel(window)->index(0, 0, country);
    timer.restart();
    WindowParts::territoryView(window)->setCurrentIndex(region);
    QCoreApplication::processEvents();
    readFirstPage(model);
    qInfo("choosing a region (%d races): %.0f ms", model->rowCount(), ms(timer));
    // And a race in the table (the detail panel follows).
    timer.restart();
    WindowParts::raceView(window)->selectRow(0);
    QCoreApplication::processEvents();
    qInfo("choosing a race: %.1f ms", ms(timer));

    qInfo("peak memory of the window process: %.0f MB", double(peakKilobytes()) / 1024);

    {
        // What the races table reads of the largest day, on its own.
        auto probe = Database::open(m_path, options, &error, &message);
        QVERIFY2(probe, qPrintable(message));
        QDate day;
        int most = 0;
        for (const ElectionDay &d : Store(probe->connection()).electionDays()) {
            if (d.races > most) {
                most = d.races;
                day = d.date;
            }
        }
        QElapsedTimer read;
        read.start();
        const auto index = RaceIndex::load(probe->connection(), day);
        qInfo("reading the largest day's index for the races table (%d races): %.0f ms", index ? index->size() : 0,
              ms(read));
    }

}

QTEST_MAIN(BenchScale)
#include "bench_scale.moc"
