// SPDX-License-Identifier: GPL-3.0-or-later
// Replays, in the ordinary build, every input in tests/fuzz/regressions/<target>/ (inputs a fuzz
// target once crashed on or broke a rule with) and every seed in tests/fuzz/corpus/<target>/,
// through the same code as the fuzz targets (tests/fuzz/harness.cpp): the readers must read each
// to its end or stop with an error that names a line, give the same records however the bytes
// arrive, and the importer must leave the database as it was or import what can be undone exactly.
#include "../fuzz/harness.h"

#include "language.h"

#include <QDir>
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

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
