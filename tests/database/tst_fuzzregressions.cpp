// SPDX-License-Identifier: GPL-3.0-or-later
// Replays, in the ordinary build, every input in tests/fuzz/regressions/<target>/ (inputs a fuzz
// target once crashed on or broke a rule with) and every seed in tests/fuzz/corpus/<target>/,
// through the same code as the fuzz targets (tests/fuzz/harness.cpp): the readers must read each
// to its end or stop with an error that names a line, give the same records however the bytes
// arrive, and the importer must leave the database as it was or import what can be undone exactly.
#include "harness.h"

#include "language.h"
#include "xlsxreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace SailauFuzz;

namespace {

const char *const Targets[] = {"csvreader", "xlsxreader", "import"};

QString fuzzDir(const QString &relative)
{
    return QDir(QStringLiteral(SAILAU_FUZZ_DIR)).filePath(relative);
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyTargetHasSeeds();
    void replay_data();
    void replay();
    void brokenZipDirectoryRefusedAtOnce();

private:
    std::unique_ptr<Harness> m_harness;
};

void TestFuzzRegressions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Sailau::setDisplayLanguage(Sailau::Language::English);
    m_harness = std::make_unique<Harness>();
    QVERIFY(m_harness->isValid());
}

// The seeds are what the fuzzers start from: a target without any would start from nothing.
void TestFuzzRegressions::everyTargetHasSeeds()
{
    for (const char *target : Targets) {
        const QDir seeds(fuzzDir(QStringLiteral("corpus/") + QLatin1String(target)));
        QVERIFY2(seeds.exists(), target);
        QVERIFY2(seeds.entryList(QDir::Files).size() >= 3, target);
    }
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const char *target : Targets) {
        for (const char *kind : {"regressions", "corpus"}) {
            const QDir dir(fuzzDir(QLatin1String(kind) + QLatin1Char('/') + QLatin1String(target)));
            const QStringList files = dir.entryList(QDir::Files, QDir::Name);
            for (const QString &file : files) {
                const QString row = QLatin1String(target) + QLatin1Char('/') + QLatin1String(kind) + QLatin1Char('/') + file;
                QTest::newRow(row.toUtf8().constData()) << QString::fromLatin1(target) << dir.filePath(file);
            }
        }
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = file.readAll();
    QString broken;
    if (target == QLatin1String("csvreader"))
        broken = m_harness->csvReader(bytes);
    else if (target == QLatin1String("xlsxreader"))
        broken = m_harness->xlsxReader(bytes);
    else if (target == QLatin1String("import"))
        broken = m_harness->importPipeline(bytes);
    else
        QFAIL(qPrintable(QStringLiteral("unknown target ") + target));
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
}

// A 1 KiB workbook whose central directory gives its entries 64 KiB extra fields and comments
// that run past its end: the ZIP library read them a few bytes at a time, for every part looked
// for (2.4 million system calls, seconds of work). It is refused as damaged before that.
void TestFuzzRegressions::brokenZipDirectoryRefusedAtOnce()
{
    const QString path = fuzzDir(QStringLiteral("regressions/xlsxreader/central-directory-extra-past-end.xlsx"));
    QVERIFY(QFile::exists(path));
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!Sailau::Import::XlsxReader::open(path, {}, &error));
    QVERIFY2(error.contains(QLatin1String("not an Excel workbook")), qPrintable(error));
    QVERIFY(Sailau::Import::XlsxReader::sheetNames(path, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
