// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare view's model on a large database: 200,000 synthetic races, 100,000 on each of two
// election days over the same 100,000 territories (`sailau generate` twice, in child processes).
// Prints how long the model takes to fill (read, line up, aggregate) — target 250 ms — the whole
// view opened on it, and the candidates' sex, age and incumbency read for its Candidates tab.
//
//   SAILAU_BENCH_RACES        races per day (default 100000)
//   SAILAU_BENCH_COMPARE_DB   reuse (or keep) the database at this path
#include "candidateprofile.h"
#include "compare/comparemodel.h"
#include "compare/compareview.h"
#include "database.h"
#include "store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

using namespace Sailau;

class BenchCompare : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelFills();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void BenchCompare::initTestCase()
{
    m_path = qEnvironmentVariable("SAILAU_BENCH_COMPARE_DB");
    if (m_path.isEmpty())
        m_path = m_dir.filePath(QStringLiteral("compare.sqlite"));
    if (QFileInfo::exists(m_path))
        return;
    const QString races = qEnvironmentVariable("SAILAU_BENCH_RACES", QStringLiteral("100000"));
    QElapsedTimer timer;
    timer.start();
    const QStringList days = {QStringLiteral("2021-07-25"), QStringLiteral("2025-08-17")};
    for (int i = 0; i < days.size(); ++i) {
        QProcess generate;
        generate.setProcessChannelMode(QProcess::ForwardedChannels);
        generate.start(QStringLiteral(SAILAU_BINARY),
                       {QStringLiteral("generate"), QStringLiteral("--races"), races, QStringLiteral("--seed"),
                        QString::number(i + 1), QStringLiteral("--date"), days.at(i), QStringLiteral("--database"), m_path});
        QVERIFY(generate.waitForFinished(-1));
        QCOMPARE(generate.exitCode(), 0);
    }
    qInfo("generated the database in %.1f s", double(timer.elapsed()) / 1000);
}

void BenchCompare::modelFills()
{
    OpenOptions options;
    options.create = false;
    OpenError error;
    QString message;
    auto db = Database::open(m_path, options, &error, &message);
    QVERIFY2(db, qPrintable(message));
    const Store store(db->connection());
    QList<QDate> days;
    int races = 0;
    for (const ElectionDay &d : store.electionDays()) {
        days.append(d.date);
        races += d.races;
    }
    QCOMPARE(days.size(), 2);
    qInfo("%d races on %lld days", races, qlonglong(days.size()));

    // The model alone: five fills, the first one with a cold page cache of the process.
    QList<double> times;
    CompareModel model;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(model.load(db->connection(), {days, 0}, &message));
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    QVERIFY(model.rowCount() > 0);
    qInfo("model filled: %d territories, %d columns", model.rowCount(), model.columnCount());
    std::sort(times.begin(), times.end());
    qInfo("Compare model fill (target 250 ms): fastest %.0f ms, median %.0f ms, slowest %.0f ms", times.first(),
          times.at(times.size() / 2), times.last());

    // A region: the model of one of its 17.
    const auto regions = store.regions();
    qint64 regionId = 0;
    const QHash<qint64, int> counts = store.raceCounts();
    for (const TerritoryInfo &r : regions) {
        if (counts.value(r.id) > 0) {
            regionId = r.id;
            break;
        }
    }
    QElapsedTimer regionTimer;
    regionTimer.start();
    QVERIFY(model.load(db->connection(), {days, regionId}, &message));
    qInfo("Compare model of one region (%d territories): %.0f ms", model.rowCount(), double(regionTimer.nsecsElapsed()) / 1e6);

    // The whole view: it opens and paints at once, reading the comparison on the readers'
    // thread (more than CompareView::backgroundRaces races), then shows the table, three charts
    // and the figures by day.
    QElapsedTimer viewTimer;
    viewTimer.start();
    CompareView view(db->connection());
    QSignalSpy shown(&view, &CompareView::comparisonShown);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    qInfo("Compare view opened and painted with every day ticked (target 250 ms): %.0f ms%s",
          double(viewTimer.nsecsElapsed()) / 1e6, view.isReading() ? ", the races being read" : "");
    QVERIFY(shown.wait(60000) || shown.count() > 0);
    qInfo("... its table, charts and figures by day shown: %.0f ms", double(viewTimer.nsecsElapsed()) / 1e6);

    // The candidates of every day: read and counted by day and by region, three times.
    QList<double> profileTimes;
    int candidates = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const CandidateProfileSummary s = CandidateProfiles::read(*view.model()->comparison(), &error);
        profileTimes.append(double(timer.nsecsElapsed()) / 1e6);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        candidates = s.total.candidates;
    }
    std::sort(profileTimes.begin(), profileTimes.end());
    qInfo("Candidates' sex, age and incumbency of %d candidates: fastest %.0f ms, slowest %.0f ms", candidates,
          profileTimes.first(), profileTimes.last());
    // The Candidates tab shown: the tab is there at once, its candidates (and the Nominations
    // tab's) read on the readers' thread, then its table and two charts drawn.
    QSignalSpy candidatesShown(&view, &CompareView::candidatesShown);
    QElapsedTimer tabTimer;
    tabTimer.start();
    view.chartTabs()->setCurrentWidget(view.candidatesTab());
    qInfo("Candidates tab switched to: %.0f ms%s", double(tabTimer.nsecsElapsed()) / 1e6,
          view.isReadingCandidates() ? ", the candidates being read" : "");
    QVERIFY(candidatesShown.wait(60000) || candidatesShown.count() > 0);
    QVERIFY(view.candidatesModel()->rowCount() > 0);
    QVERIFY(view.nominationsTable()->rowCount() > 0);
    qInfo("... its table and charts, and the Nominations tab, filled: %.0f ms", double(tabTimer.nsecsElapsed()) / 1e6);
}

QTEST_MAIN(BenchCompare)
#include "bench_compare.moc"
