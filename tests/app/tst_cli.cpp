// SPDX-License-Identifier: GPL-3.0-or-later
// The command line, run as users run it: the built binary with a temporary home.
#include "metrics.h"
#include "store.h"

#include "../common/processrun.h"
#include "../common/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace Sailau;
using namespace SailauTest;

namespace {

using Run = SailauTest::ProcessRun;

Run sailau(const QStringList &arguments, const QString &home)
{
    return SailauTest::runProgram(arguments, home);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void version();
    void help();
    void unknownCommand();
    void metricsOnFirstUseCreatesSample();
    void metricsJson();
    void databaseBeforeTheCommand();
    void metricsCsv();
    void metricsUsageErrors_data();
    void metricsUsageErrors();
    void metricsRefusesBadFile();
    void metricsUnknownElectionDay();
};

void TestCli::version()
{
    QTemporaryDir home;
    const Run run = sailau({QStringLiteral("--version")}, home.path());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("sailau " SAILAU_VERSION));
}

void TestCli::help()
{
    QTemporaryDir home;
    const Run run = sailau({QStringLiteral("--help")}, home.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("sailau metrics")));
    QVERIFY(run.out.contains(QLatin1String("--database")));
    const Run metricsHelp = sailau({QStringLiteral("metrics"), QStringLiteral("--help")}, home.path());
    QCOMPARE(metricsHelp.exitCode, 0);
    QVERIFY(metricsHelp.out.contains(QLatin1String("--election")));
    QVERIFY(metricsHelp.out.contains(QLatin1String("--format")));
}

void TestCli::unknownCommand()
{
    QTemporaryDir home;
    const Run run = sailau({QStringLiteral("frobnicate")}, home.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("unknown command 'frobnicate'")));
}

void TestCli::metricsOnFirstUseCreatesSample()
{
    QTemporaryDir home;
    const Run run = sailau({QStringLiteral("metrics")}, home.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(home.filePath(QStringLiteral("data/Sailau/Sailau/sailau.sqlite"))));
    QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')).size(), 1 + 40);
}

// "sailau --database FILE metrics" opened the window; the option belongs to the command before it as after it.
void TestCli::databaseBeforeTheCommand()
{
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    QVERIFY(db);
    const QStringList tail{QStringLiteral("metrics"), QStringLiteral("--election"), QStringLiteral("2023-11-05")};
    const Run after = sailau(QStringList(tail) << QStringLiteral("--database") << db->path(), dir.path());
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out.trimmed().split(QLatin1Char('\n')).size(), 1 + 40);
    const Run before = sailau(QStringList{QStringLiteral("--database"), db->path()} + tail, dir.path());
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(before.out, after.out);
    const Run joined = sailau(QStringList{QStringLiteral("--database=") + db->path()} + tail, dir.path());
    QCOMPARE(joined.exitCode, 0);
    QCOMPARE(joined.out, after.out);
}

void TestCli::metricsJson()
{
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    QVERIFY(db);
    const Run run = sailau({QStringLiteral("metrics"), QStringLiteral("--database"), db->path(),
                            QStringLiteral("--election"), QStringLiteral("2023-11-05"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--language"), QStringLiteral("ru")},
                           dir.path());
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonArray races = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(races.size(), 40);
    int checked = 0;
    for (const QJsonValue &v : races) {
        const QJsonObject r = v.toObject();
        QCOMPARE(r.value(QLatin1String("date")).toString(), QStringLiteral("2023-11-05"));
        QVERIFY(r.contains(QLatin1String("region")));
        // Every metric is present, null where missing, and equals Metrics for the stored figures.
        const auto detail = Store(db->connection()).race(qint64(r.value(QLatin1String("race_id")).toDouble()));
        QVERIFY(detail);
        QCOMPARE(r.value(QLatin1String("territory")).toString(), detail->territory.nameRu);
        for (int i = 0; i < Metrics::MetricCount; ++i) {
            const auto m = Metrics::Metric(i);
            const QJsonValue value = r.value(Metrics::key(m));
            QVERIFY2(r.contains(Metrics::key(m)), qPrintable(Metrics::key(m)));
            QCOMPARE(value.isNull(), !detail->metrics.value(m).has_value());
            if (!value.isNull())
                QVERIFY(qFuzzyCompare(value.toDouble(), *detail->metrics.value(m)));
        }
        if (r.value(QLatin1String("territory")).toString() == u"Бокейординский район"_qs) {
            QCOMPARE(r.value(QLatin1String("region")).toString(), QStringLiteral("Западно-Казахстанская область"));
            QVERIFY(qFuzzyCompare(r.value(QLatin1String("winner_share")).toDouble(), 4660.0 / 6046.0));
            QCOMPARE(r.value(QLatin1String("winner")).toString(), QStringLiteral("Нурлыбек Даумов"));
            QVERIFY(r.value(QLatin1String("voters")).isNull());
            ++checked;
        }
    }
    QCOMPARE(checked, 1);
}

void TestCli::metricsCsv()
{
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    QVERIFY(db);
    const Run run = sailau({QStringLiteral("metrics"), QStringLiteral("-d"), db->path(), QStringLiteral("--language"),
                            QStringLiteral("kk")}, dir.path());
    QCOMPARE(run.exitCode, 0);
    const QList<QStringList> rows = [&] {
        QTemporaryFile file;
        file.open();
        file.write(run.out.toUtf8());
        file.close();
        return readCsv(file.fileName());
    }();
    QCOMPARE(rows.size(), 41);
    const QStringList header = rows.first();
    QCOMPARE(header.mid(0, 4), (QStringList{QStringLiteral("race_id"), QStringLiteral("territory"),
                                            QStringLiteral("region"), QStringLiteral("date")}));
    const int turnout = int(header.indexOf(QStringLiteral("turnout")));
    QVERIFY(turnout > 0);
    bool sawIsatai = false;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), header.size());
        if (row.at(1) == u"Исатай ауданы"_qs) {
            QCOMPARE(row.at(turnout).toDouble(), 0.546);
            QCOMPARE(row.at(header.indexOf(QStringLiteral("turnout_basis"))), QStringLiteral("published"));
            QCOMPARE(row.at(header.indexOf(QStringLiteral("winner_share"))), QString()); // missing, not 0
            sawIsatai = true;
        }
    }
    QVERIFY(sawIsatai);
}

void TestCli::metricsUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << QStringLiteral("csv or json");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--election"), QStringLiteral("5.11.2023")} << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
}

void TestCli::metricsUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir home;
    const Run run = sailau(QStringList{QStringLiteral("metrics")} + arguments, home.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::metricsRefusesBadFile()
{
    QTemporaryDir dir;
    const Run missing = sailau({QStringLiteral("metrics"), QStringLiteral("--database"),
                                dir.filePath(QStringLiteral("none.sqlite"))}, dir.path());
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("does not exist")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));

    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const Run bad = sailau({QStringLiteral("metrics"), QStringLiteral("--database"), garbage}, dir.path());
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains(QLatin1String("not a Sailau database")));
}

void TestCli::metricsUnknownElectionDay()
{
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    QVERIFY(db);
    const Run run = sailau({QStringLiteral("metrics"), QStringLiteral("-d"), db->path(), QStringLiteral("--election"),
                            QStringLiteral("2030-01-01"), QStringLiteral("--language"), QStringLiteral("en")},
                           dir.path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));   // no header of an empty table
    QVERIFY2(run.err.contains(QLatin1String("no election was held on 2030-01-01")), qPrintable(run.err));
    // The days the database holds, with their races.
    QVERIFY2(run.err.contains(QLatin1String("2023-11-05 (40 races)")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("2021-07-25 (no races)")), qPrintable(run.err));
    // A day that was held still works.
    const Run held = sailau({QStringLiteral("metrics"), QStringLiteral("-d"), db->path(), QStringLiteral("--election"),
                             QStringLiteral("2023-11-05")},
                            dir.path());
    QCOMPARE(held.exitCode, 0);
    QCOMPARE(held.out.trimmed().split(QLatin1Char('\n')).size(), 1 + 40);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
