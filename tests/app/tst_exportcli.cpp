// SPDX-License-Identifier: GPL-3.0-or-later
// `sailau export` as a user runs it: headless, exit codes 0 / 1 / 2, files of the asked size.
#include "datasetloader.h"
#include "../common/processrun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QFileInfo>

using namespace Sailau;

class tst_ExportCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void list();
    void pngAt300Dpi();
    void pixelsAndTransparency();
    void svgAndPdf();
    void all();
    void region_data();
    void region();
    void usageErrors_data();
    void usageErrors();
    void failures();
    void unknownElectionDay();
    void withoutDisplay();

private:
    int run(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr,
            const QProcessEnvironment &extra = {});
    QTemporaryDir m_dir;
    QString m_db;
};

void tst_ExportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("sample.sqlite"));
    QString message;
    auto db = DatasetLoader::openOrCreate(m_db, true, &message);
    QVERIFY2(db, qPrintable(message));
}

int tst_ExportCli::run(const QStringList &arguments, QByteArray *out, QByteArray *err, const QProcessEnvironment &extra)
{
    SailauTest::ProcessOptions options;
    options.extra = extra;
    const SailauTest::ProcessRun run
        = SailauTest::runProgram(QStringList{QStringLiteral("export")} + arguments, m_dir.filePath(QStringLiteral("home")), options);
    if (out)
        *out = run.outBytes;
    if (err)
        *err = run.err.toUtf8();
    return run.exitCode;
}

void tst_ExportCli::list()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("--list")}, &out), 0);
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 17);   // the 11 charts of a day and the 6 of elections compared
    QStringList names;
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY(parts.size() > 3);   // a name, then a description
        names.append(parts.first());
    }
    for (const char *name : {"turnout-by-race", "turnout-distribution", "turnout-by-region", "margin", "winner-share",
                             "enc", "candidates", "against-all", "winners-by-nomination", "turnout-vs-winner-share", "map",
                             "compare-turnout", "compare-competitiveness", "compare-territory",
                             "compare-candidates", "compare-candidate-ages"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
}

void tst_ExportCli::pngAt300Dpi()
{
    const QString file = m_dir.filePath(QStringLiteral("turnout.png"));
    QByteArray err;
    QCOMPARE(run({QStringLiteral("--chart"), QStringLiteral("turnout-by-race"), QStringLiteral("--out"), file,
                  QStringLiteral("--database"), m_db, QStringLiteral("--election"), QStringLiteral("2023-11-05"),
                  QStringLiteral("--width-mm"), QStringLiteral("160"), QStringLiteral("--height-mm"), QStringLiteral("100"),
                  QStringLiteral("--dpi"), QStringLiteral("300")},
                 nullptr, &err),
             0);
    const QImage image(file);
    QCOMPARE(image.size(), QSize(1890, 1181));
    QCOMPARE(image.dotsPerMeterX(), 11811);
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
}

void tst_ExportCli::pixelsAndTransparency()
{
    const QString file = m_dir.filePath(QStringLiteral("map.png"));
    QCOMPARE(run({QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), file, QStringLiteral("--database"),
                  m_db, QStringLiteral("--width-px"), QStringLiteral("1200"), QStringLiteral("--height-px"),
                  QStringLiteral("800"), QStringLiteral("--background"), QStringLiteral("transparent"),
                  QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("--metric"), QStringLiteral("races")}),
             0);
    const QImage image(file);
    QCOMPARE(image.size(), QSize(1200, 800));
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(1199, 799)), 0);
    // Pixels without --dpi: 96 DPI.
    QCOMPARE(image.dotsPerMeterX(), 3780);
}

void tst_ExportCli::svgAndPdf()
{
    const QString svg = m_dir.filePath(QStringLiteral("enc.svg"));
    QCOMPARE(run({QStringLiteral("--chart"), QStringLiteral("enc"), QStringLiteral("--out"), svg, QStringLiteral("--database"), m_db}), 0);
    QFile s(svg);
    QVERIFY(s.open(QIODevice::ReadOnly));
    const QByteArray text = s.readAll();
    QVERIFY(text.contains("viewBox="));
    QVERIFY(text.contains("<text"));
    QVERIFY(text.contains("width=\"160"));
    const QString pdf = m_dir.filePath(QStringLiteral("enc.pdf"));
    QCOMPARE(run({QStringLiteral("--chart"), QStringLiteral("enc"), QStringLiteral("--out"), pdf, QStringLiteral("--database"),
                  m_db, QStringLiteral("--width-mm"), QStringLiteral("200"), QStringLiteral("--height-mm"), QStringLiteral("120")}),
             0);
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    const auto match = QRegularExpression(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)"))
                           .match(QString::fromLatin1(p.readAll()));
    QVERIFY(match.hasMatch());
    QVERIFY(qAbs(match.captured(1).toDouble() - 200 / 25.4 * 72) <= 1);
    QVERIFY(qAbs(match.captured(2).toDouble() - 120 / 25.4 * 72) <= 1);
}

void tst_ExportCli::all()
{
    const QString dir = m_dir.filePath(QStringLiteral("all"));
    QByteArray out;
    QCOMPARE(run({QStringLiteral("--all"), QStringLiteral("--out"), dir, QStringLiteral("--database"), m_db,
                  QStringLiteral("--dpi"), QStringLiteral("96")},
                 &out),
             0);
    const QStringList files = QDir(dir).entryList(QDir::Files);
    QCOMPARE(files.size(), 11);
    QVERIFY(files.contains(QStringLiteral("2023-11-05_kazakhstan_turnout-by-race.png")));
    QVERIFY(files.contains(QStringLiteral("2023-11-05_kazakhstan_map-turnout.png")));
    QCOMPARE(QString::fromUtf8(out).count(QLatin1Char('\n')), 11);
}

void tst_ExportCli::region_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("stem");
    QTest::newRow("English") << QStringLiteral("North Kazakhstan") << QStringLiteral("north-kazakhstan");
    QTest::newRow("Kazakh") << QStringLiteral("Солтүстік Қазақстан облысы") << QStringLiteral("north-kazakhstan");
    QTest::newRow("Russian alias") << QStringLiteral("СКО") << QStringLiteral("north-kazakhstan");
    QTest::newRow("ISO code") << QStringLiteral("KZ-23") << QStringLiteral("atyrau");
}

void tst_ExportCli::region()
{
    QFETCH(QString, region);
    QFETCH(QString, stem);
    const QString dir = m_dir.filePath(QStringLiteral("region-") + stem);
    QByteArray err;
    QCOMPARE(run({QStringLiteral("--all"), QStringLiteral("--out"), dir, QStringLiteral("--database"), m_db,
                  QStringLiteral("--region"), region, QStringLiteral("--dpi"), QStringLiteral("96")},
                 nullptr, &err),
             0);
    QVERIFY2(QFile::exists(QDir(dir).filePath(QStringLiteral("2023-11-05_%1_margin.png").arg(stem))),
             qPrintable(QDir(dir).entryList().join(QLatin1Char(' '))));
}

void tst_ExportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString png = m_dir.filePath(QStringLiteral("u.png"));
    QTest::newRow("no mode") << QStringList{QStringLiteral("--out"), png};
    QTest::newRow("both modes") << QStringList{QStringLiteral("--all"), QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), png};
    QTest::newRow("unknown chart") << QStringList{QStringLiteral("--chart"), QStringLiteral("pie"), QStringLiteral("--out"), png};
    QTest::newRow("no --out") << QStringList{QStringLiteral("--chart"), QStringLiteral("map")};
    QTest::newRow("gif") << QStringList{QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.gif"))};
    QTest::newRow("dpi too low") << QStringList{QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), png, QStringLiteral("--dpi"), QStringLiteral("50")};
    QTest::newRow("dpi too high") << QStringList{QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), png, QStringLiteral("--dpi"), QStringLiteral("601")};
    QTest::newRow("mm and px") << QStringList{QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), png, QStringLiteral("--width-mm"), QStringLiteral("100"), QStringLiteral("--height-mm"), QStringLiteral("80"), QStringLiteral("--width-px"), QStringLiteral("100")};
    QTest::newRow("width alone") << QStringList{QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), png, QStringLiteral("--width-mm"), QStringLiteral("100")};
    QTest::newRow("transparent jpeg") << QStringList{QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.jpg")), QStringLiteral("--background"), QStringLiteral("transparent")};
    QTest::newRow("bad theme") << QStringList{QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), png, QStringLiteral("--theme"), QStringLiteral("neon")};
    QTest::newRow("bad date") << QStringList{QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), png, QStringLiteral("--election"), QStringLiteral("5.11.2023")};
    QTest::newRow("stray argument") << QStringList{QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), png, QStringLiteral("extra")};
}

void tst_ExportCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QByteArray err;
    QCOMPARE(run(arguments + QStringList{QStringLiteral("--database"), m_db}, nullptr, &err), 2);
    QVERIFY(!err.isEmpty());
}

void tst_ExportCli::failures()
{
    QByteArray err;
    const QString png = m_dir.filePath(QStringLiteral("f.png"));
    QCOMPARE(run({QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), png, QStringLiteral("--database"),
                  m_dir.filePath(QStringLiteral("missing.sqlite"))},
                 nullptr, &err),
             1);
    QVERIFY(!err.isEmpty());
    QCOMPARE(run({QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), png, QStringLiteral("--database"), m_db,
                  QStringLiteral("--region"), QStringLiteral("Atlantis")},
                 nullptr, &err),
             1);
    QVERIFY(err.contains("Atlantis"));
    QCOMPARE(run({QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), png, QStringLiteral("--database"), m_db,
                  QStringLiteral("--election"), QStringLiteral("1999-01-01")},
                 nullptr, &err),
             1);
    QCOMPARE(run({QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("no/such/folder/x.png")), QStringLiteral("--database"), m_db},
                 nullptr, &err),
             1);
}

void tst_ExportCli::unknownElectionDay()
{
    // Like sailau metrics: the day is named, the days held are listed, nothing is written.
    QByteArray out;
    QByteArray err;
    const QString png = m_dir.filePath(QStringLiteral("unknown-day.png"));
    QCOMPARE(run({QStringLiteral("--chart"), QStringLiteral("map"), QStringLiteral("--out"), png, QStringLiteral("--database"), m_db,
                  QStringLiteral("--election"), QStringLiteral("2030-01-01"), QStringLiteral("--language"), QStringLiteral("en")},
                 &out, &err),
             1);
    const QString text = QString::fromUtf8(err);
    QVERIFY2(text.contains(QLatin1String("sailau export: no election was held on 2030-01-01 in ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Election days in the database: ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("2023-11-05 (40 races)")), qPrintable(text));
    QVERIFY(out.isEmpty());
    QVERIFY(!QFileInfo::exists(png));
}

void tst_ExportCli::withoutDisplay()
{
    // No QT_QPA_PLATFORM and no display: sailau picks the offscreen platform itself.
    QProcessEnvironment env;
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QString());
    env.insert(QStringLiteral("DISPLAY"), QString());
    env.insert(QStringLiteral("WAYLAND_DISPLAY"), QString());
    const QString file = m_dir.filePath(QStringLiteral("headless.png"));
    QByteArray err;
    QCOMPARE(run({QStringLiteral("--chart"), QStringLiteral("margin"), QStringLiteral("--out"), file, QStringLiteral("--database"), m_db},
                 nullptr, &err, env),
             0);
    QCOMPARE(QImageReader(file).size(), QSize(1890, 1181));
}

QTEST_GUILESS_MAIN(tst_ExportCli)
#include "tst_exportcli.moc"
