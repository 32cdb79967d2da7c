// SPDX-License-Identifier: GPL-3.0-or-later
// The import benchmark: `sailau import` of a synthetic long-format CSV (1,000,000 candidate rows,
// about 200,000 races) into a new database, side by side with
// `sqlite3 NEW.db '.mode csv' '.import FILE t'` on the same file. Prints both times, their ratio
// and the import's peak memory. SAILAU_BENCH_RACES sets the size (default 200000).
#include "synthetic.h"
#include "../common/processrun.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

namespace {

SailauTest::ProcessRun run(const QString &program, const QStringList &arguments, const QString &home)
{
    SailauTest::ProcessOptions options;
    options.program = program;
    options.timeoutMs = -1;
    return SailauTest::runProgram(arguments, home, options);
}

long peakChildKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

class BenchImport : public QObject
{
    Q_OBJECT
private slots:
    void importAgainstSqlite();
};

void BenchImport::importAgainstSqlite()
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        QSKIP("sqlite3 is not installed (Debian package sqlite3)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Sailau::SyntheticGenerator::Options options;
    options.races = qEnvironmentVariableIntValue("SAILAU_BENCH_RACES") > 0 ? qEnvironmentVariableIntValue("SAILAU_BENCH_RACES")
                                                                          : 200000;
    options.seed = 2023;
    const QString csv = dir.filePath(QStringLiteral("synthetic.csv"));
    QString error;
    QElapsedTimer generate;
    generate.start();
    const qint64 rows = Sailau::SyntheticGenerator::writeCsv(csv, options, &error);
    QVERIFY2(rows > 0, qPrintable(error));
    const double mb = double(QFileInfo(csv).size()) / (1024.0 * 1024.0);
    qInfo("generated %lld rows (%lld races, %.1f MB) in %.2f s", rows, qint64(options.races), mb,
          double(generate.elapsed()) / 1000.0);

    // Warm the page cache so that neither run pays for the first read.
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        while (!f.read(1 << 22).isEmpty()) {
        }
    }

    const SailauTest::ProcessRun reference = run(sqlite, {dir.filePath(QStringLiteral("reference.db")), QStringLiteral(".mode csv"),
                                         QStringLiteral(".import %1 t").arg(csv)}, dir.path());
    QCOMPARE(reference.exitCode, 0);
    const long afterSqlite = peakChildKilobytes();

    const SailauTest::ProcessRun import = run(QStringLiteral(SAILAU_BINARY),
                             {QStringLiteral("import"), csv, QStringLiteral("--database"), dir.filePath(QStringLiteral("new.sqlite")),
                              QStringLiteral("--quiet")}, dir.path());
    QVERIFY2(import.exitCode == 0, import.err.left(2000).toUtf8().constData());
    const long peak = peakChildKilobytes();

    qInfo("sqlite3 .import: %.2f s", reference.seconds);
    qInfo("sailau import:   %.2f s (%.2f× sqlite3), %.0f rows/s, peak memory %.0f MB%s", import.seconds,
          import.seconds / reference.seconds, double(rows) / import.seconds, double(peak) / 1024.0,
          peak == afterSqlite ? " (at most; sqlite3 had the larger peak)" : "");
}

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
