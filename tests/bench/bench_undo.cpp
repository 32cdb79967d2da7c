// SPDX-License-Identifier: GPL-3.0-or-later
// The undo benchmark: `sailau import` of a synthetic long-format CSV into a new database, then
// `sailau undo-import` of that import, for 10,000 and 200,000 races (SAILAU_BENCH_UNDO_RACES sets
// other sizes, comma-separated). Prints both times and their ratio; undo is meant to take no longer
// than twice the import.
#include "synthetic.h"
#include "../common/processrun.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

SailauTest::ProcessRun run(const QStringList &arguments, const QString &home)
{
    SailauTest::ProcessOptions options;
    options.timeoutMs = -1;
    return SailauTest::runProgram(arguments, home, options);
}

} // namespace

class BenchUndo : public QObject
{
    Q_OBJECT
private slots:
    void undoAgainstImport_data();
    void undoAgainstImport();
};

void BenchUndo::undoAgainstImport_data()
{
    QTest::addColumn<int>("races");
    QStringList sizes = qEnvironmentVariable("SAILAU_BENCH_UNDO_RACES").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (sizes.isEmpty())
        sizes = {QStringLiteral("10000"), QStringLiteral("200000")};
    for (const QString &size : std::as_const(sizes))
        QTest::newRow(qPrintable(size + QStringLiteral(" races"))) << size.toInt();
}

void BenchUndo::undoAgainstImport()
{
    QFETCH(int, races);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Sailau::SyntheticGenerator::Options options;
    options.races = races;
    options.seed = 2023;
    const QString csv = dir.filePath(QStringLiteral("synthetic.csv"));
    QString error;
    const qint64 rows = Sailau::SyntheticGenerator::writeCsv(csv, options, &error);
    QVERIFY2(rows > 0, qPrintable(error));
    const QString database = dir.filePath(QStringLiteral("undo.sqlite"));

    const SailauTest::ProcessRun import = run({QStringLiteral("import"), csv, QStringLiteral("--database"), database, QStringLiteral("--quiet")},
                             dir.path());
    QVERIFY2(import.exitCode == 0, import.err.left(2000).toUtf8().constData());
    const SailauTest::ProcessRun list = run({QStringLiteral("imports"), QStringLiteral("--json"), QStringLiteral("--database"), database}, dir.path());
    QVERIFY2(list.exitCode == 0, list.err.left(2000).toUtf8().constData());
    const QJsonArray batches = QJsonDocument::fromJson(list.outBytes).array();
    QVERIFY(!batches.isEmpty());
    qint64 batch = 0;
    for (const QJsonValue &b : batches)
        batch = qMax(batch, qint64(b.toObject().value(QStringLiteral("id")).toDouble()));
    QVERIFY(batch > 0);
    const double megabytes = double(QFileInfo(database).size()) / (1024.0 * 1024.0);

    const SailauTest::ProcessRun undo = run({QStringLiteral("undo-import"), QString::number(batch), QStringLiteral("--database"), database},
                           dir.path());
    QVERIFY2(undo.exitCode == 0, undo.err.left(2000).toUtf8().constData());

    qInfo("%d races, %lld candidate rows, database %.0f MB", races, rows, megabytes);
    qInfo("sailau import:      %.2f s", import.seconds);
    qInfo("sailau undo-import: %.2f s (%.2f× the import)", undo.seconds, undo.seconds / import.seconds);
}

QTEST_GUILESS_MAIN(BenchUndo)
#include "bench_undo.moc"
