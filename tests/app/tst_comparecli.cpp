// SPDX-License-Identifier: GPL-3.0-or-later
// `sailau compare` and the comparison charts of `sailau export`, run as a user runs them, on the
// synthetic comparison corpus (`sailau generate --comparison-corpus`).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_CompareCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lineUpCsv();
    void aggregatesCsv();
    void nominationsCsv();
    void candidatesCsv_data();
    void candidatesCsv();
    void candidatesKeepKazakhLetters();
    void json();
    void outFiles();
    void unknownDayListsTheDays();
    void usageErrors_data();
    void usageErrors();
    void exportCompareChart_data();
    void exportCompareChart();
    void exportListNamesTheComparisonCharts();
    void metricsCandidatesAsTheCorpusHasThem();
    void metricsCandidatesCsvAndFiles();

private:
    int run(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr);
    QTemporaryDir m_dir;
    QString m_db;
};

int tst_CompareCli::run(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SAILAU_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void tst_CompareCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("compare.sqlite"));
    QByteArray err;
    QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--comparison-corpus"), QStringLiteral("--database"), m_db},
                 nullptr, &err), 0);
}

void tst_CompareCli::lineUpCsv()
{
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("compare"), QStringLiteral("--database"), m_db, QStringLiteral("--elections"),
                  QStringLiteral("2021-07-25,2023-11-05"), QStringLiteral("--language"), QStringLiteral("en")},
                 &out, &err), 0);
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // the header and four territories
    const QStringList header = lines.first().split(QLatin1Char(','));
    QVERIFY(header.contains(QStringLiteral("turnout_2021-07-25")));
    QVERIFY(header.contains(QStringLiteral("turnout_change_2021-07-25_2023-11-05_pp")));
    QVERIFY(header.contains(QStringLiteral("candidates_change_2021-07-25_2023-11-05")));
    QString aksu;
    QString ornek;
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("Aksu District")))
            aksu = line;
        if (line.contains(QLatin1String("Ornek District")))
            ornek = line;
    }
    QVERIFY(!aksu.isEmpty() && !ornek.isEmpty());
    const QStringList a = aksu.split(QLatin1Char(','));
    QCOMPARE(a.at(header.indexOf(QStringLiteral("turnout_2021-07-25"))), QStringLiteral("0.6"));
    QCOMPARE(a.at(header.indexOf(QStringLiteral("turnout_2023-11-05"))), QStringLiteral("0.5"));
    QCOMPARE(a.at(header.indexOf(QStringLiteral("turnout_change_2021-07-25_2023-11-05_pp"))), QStringLiteral("-10"));
    QCOMPARE(a.at(header.indexOf(QStringLiteral("winner_nomination_2021-07-25"))), QStringLiteral("AMANAT"));
    // No race in 2023: empty, and so is the change.
    const QStringList o = ornek.split(QLatin1Char(','));
    QCOMPARE(o.at(header.indexOf(QStringLiteral("turnout_2023-11-05"))), QString());
    QCOMPARE(o.at(header.indexOf(QStringLiteral("turnout_change_2021-07-25_2023-11-05_pp"))), QString());
    QCOMPARE(o.at(header.indexOf(QStringLiteral("margin_2021-07-25"))), QString()); // a partial list
}

void tst_CompareCli::aggregatesCsv()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("compare"), QStringLiteral("--database"), m_db, QStringLiteral("--elections"), QStringLiteral("all"),
                  QStringLiteral("--aggregates")}, &out), 0);
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("election,races,turnout,turnout_races,candidates_per_race,candidate_races,contested_share,"
                                         "contested_races,median_margin,margin_races,self_nominated_win_share,"
                                         "self_nominated_wins,winner_races,published_races,published_turnout,"
                                         "published_candidates,published_sources"));
    // The corpus publishes no totals: the published columns are empty, not 0.
    QCOMPARE(lines.at(1), QStringLiteral("2021-07-25,4,%1,4,2,4,0.75,3,%2,2,0.5,2,4,,,,")
                              .arg(QString::number(2400.0 / 4300, 'g', 10), QString::number((200.0 / 600 + 0.4) / 2, 'g', 10)));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("2025-08-17,4,%1,3,1.75,4,0.75,3,%2,3,0.5,2,4")
                                        .arg(QString::number(1800.0 / 3500, 'g', 10), QString::number(50.0 / 550, 'g', 10))),
             qPrintable(lines.at(3)));
}

void tst_CompareCli::nominationsCsv()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("compare"), QStringLiteral("--database"), m_db, QStringLiteral("--nominations"),
                  QStringLiteral("--language"), QStringLiteral("en")}, &out), 0);
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(1), QStringLiteral("self-nominated,10,3760,%1,6,10,0.6").arg(QString::number(3760.0 / 6300, 'g', 10)));
}

// --candidates on the corpus: the figures worked out by hand in tst_comparison (which candidates
// have a sex, a year of birth or age, and incumbency is listed there). Empty cells are missing:
// nobody's sex is known in 2021, so both women's shares and counts are empty there, not 0.
void tst_CompareCli::candidatesCsv_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("header") << 0 << QStringLiteral(
        "group,name,candidates,sex_known,women,women_share,winners,winners_sex_known,women_winners,women_winner_share,"
        "age_known,median_age,age_under_30,age_30_39,age_40_49,age_50_59,age_60_and_over,winners_age_known,"
        "median_winner_age,winner_age_under_30,winner_age_30_39,winner_age_40_49,winner_age_50_59,winner_age_60_and_over,"
        "incumbency_known,incumbents_standing,incumbents_where_winner_known,incumbents_reelected,reelection_rate");
    // Ages 51, 46, 44 (median 46); winners 51, 46; Үсенов, the sitting akim, won.
    QTest::newRow("2021") << 1 << QStringLiteral("election,2021-07-25,6,0,,,4,0,,,3,46,0,0,2,1,0,2,48.5,0,0,1,1,0,1,1,1,1,1");
    // 1 woman of 5 known; winners Әбенов and Үсенов, men: 0 of 2, a real 0.
    QTest::newRow("2023") << 2 << QStringLiteral("election,2023-11-05,7,5,1,0.2,3,2,0,0,4,45.5,0,1,2,1,0,2,50.5,0,0,1,1,0,5,2,2,2,1");
    // 4 women of 7, 2 of 4 winners; Ермеков, the sitting akim, lost.
    QTest::newRow("2025") << 3 << QStringLiteral("election,2025-08-17,7,7,4,%1,4,4,2,0.5,7,40,1,2,3,1,0,4,38.5,0,2,2,0,0,7,1,1,0,0")
                                      .arg(QString::number(4.0 / 7, 'g', 10));
    QTest::newRow("Altyn") << 4 << QStringLiteral(
        "region,Altyn Region (synthetic),13,8,3,0.375,6,4,1,0.25,10,44.5,1,1,6,2,0,6,47,0,1,3,2,0,9,3,3,3,1");
    QTest::newRow("Kumis") << 5 << QStringLiteral(
        "region,Kumis Region (synthetic),7,4,2,0.5,5,2,1,0.5,4,41.5,0,2,1,1,0,2,41.5,0,1,1,0,0,4,1,1,0,0");
    QTest::newRow("all") << 6 << QStringLiteral("all,,20,12,5,%1,11,6,2,%2,14,44.5,1,3,7,3,0,8,46,0,2,4,2,0,13,4,4,3,0.75")
                                     .arg(QString::number(5.0 / 12, 'g', 10), QString::number(2.0 / 6, 'g', 10));
}

void tst_CompareCli::candidatesCsv()
{
    QFETCH(int, line);
    QFETCH(QString, expected);
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("compare"), QStringLiteral("--database"), m_db, QStringLiteral("--elections"),
                  QStringLiteral("2021-07-25,2023-11-05,2025-08-17"), QStringLiteral("--candidates"),
                  QStringLiteral("--language"), QStringLiteral("en")}, &out, &err), 0);
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 3 + 2 + 1);
    QCOMPARE(lines.at(line), expected);
}

void tst_CompareCli::candidatesKeepKazakhLetters()
{
    // A region, in Kazakh, as JSON: the region's name keeps its letters; 2021 has no sex known (null).
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("compare"), QStringLiteral("--database"), m_db, QStringLiteral("--elections"),
                  QStringLiteral("2021-07-25,2025-08-17"), QStringLiteral("--region"), QStringLiteral("Күміс облысы"),
                  QStringLiteral("--candidates"), QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("--language"), QStringLiteral("kk")}, &out, &err), 0);
    const QJsonArray rows = QJsonDocument::fromJson(out).object().value(QStringLiteral("candidates")).toArray();
    QCOMPARE(rows.size(), 2 + 1 + 1);
    QVERIFY(rows.at(0).toObject().value(QStringLiteral("women_share")).isNull());
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("candidates")).toInt(), 2);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("women_share")).toDouble(), 2.0 / 3);
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Күміс облысы"));
    QCOMPARE(rows.at(3).toObject().value(QStringLiteral("group")).toString(), QStringLiteral("all"));
    // --candidates with another table is a usage error.
    QCOMPARE(run({QStringLiteral("compare"), QStringLiteral("--database"), m_db, QStringLiteral("--candidates"),
                  QStringLiteral("--nominations")}, nullptr, &err), 2);
}

void tst_CompareCli::json()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("compare"), QStringLiteral("--database"), m_db, QStringLiteral("--elections"),
                  QStringLiteral("2023-11-05,2025-08-17"), QStringLiteral("--region"), QStringLiteral("Kumis Region (synthetic)"),
                  QStringLiteral("--format"), QStringLiteral("json")}, &out), 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("elections")).toArray().size(), 2);
    const QJsonArray lines = root.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 2);
    for (const QJsonValue &v : lines) {
        const QJsonObject line = v.toObject();
        if (line.value(QStringLiteral("territory")).toString() == QLatin1String("Ornek District")) {
            QVERIFY(line.value(QStringLiteral("turnout_2023-11-05")).isNull());
            QCOMPARE(line.value(QStringLiteral("turnout_2025-08-17")).toDouble(), 0.6);
        }
    }
    const QJsonObject nominations = root.value(QStringLiteral("nominations")).toObject();
    QCOMPARE(nominations.value(QStringLiteral("candidates")).toInt(), 5);
    const QJsonArray byElection = nominations.value(QStringLiteral("self_nominated_by_election")).toArray();
    QCOMPARE(byElection.size(), 2);
    QCOMPARE(byElection.at(0).toObject().value(QStringLiteral("win_share")).toDouble(), 1.0);
}

void tst_CompareCli::outFiles()
{
    const QString csv = m_dir.filePath(QStringLiteral("compare.csv"));
    QCOMPARE(run({QStringLiteral("compare"), QStringLiteral("--database"), m_db, QStringLiteral("--out"), csv}), 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, as every exported CSV
    QVERIFY(bytes.contains("territory_id,territory,region"));
    const QString json = m_dir.filePath(QStringLiteral("compare.json"));
    QCOMPARE(run({QStringLiteral("compare"), QStringLiteral("--database"), m_db, QStringLiteral("--out"), json}), 0);
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(jsonFile.readAll()).isObject());
    // A folder that does not exist: exit 1, nothing left behind.
    QByteArray err;
    QCOMPARE(run({QStringLiteral("compare"), QStringLiteral("--database"), m_db, QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("missing/compare.json"))}, nullptr, &err), 1);
    QVERIFY(!err.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing"))));
}

void tst_CompareCli::unknownDayListsTheDays()
{
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("compare"), QStringLiteral("--database"), m_db, QStringLiteral("--elections"),
                  QStringLiteral("2021-07-25,2022-01-01")}, &out, &err), 1);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains("2022-01-01") && err.contains("2021-07-25") && err.contains("2025-08-17"), err.constData());
}

void tst_CompareCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("one day") << QStringList{QStringLiteral("--elections"), QStringLiteral("2021-07-25")};
    QTest::newRow("not a date") << QStringList{QStringLiteral("--elections"), QStringLiteral("2021-07-25,July")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("both tables") << QStringList{QStringLiteral("--aggregates"), QStringLiteral("--nominations")};
    QTest::newRow("bad suffix") << QStringList{QStringLiteral("--out"), QStringLiteral("compare.txt")};
}

void tst_CompareCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QByteArray err;
    QCOMPARE(run(QStringList{QStringLiteral("compare"), QStringLiteral("--database"), m_db} + arguments, nullptr, &err), 2);
    QVERIFY(err.contains("sailau compare"));
}

void tst_CompareCli::exportCompareChart_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("region");
    QTest::newRow("turnout") << QStringLiteral("compare-turnout") << QString();
    QTest::newRow("competitiveness") << QStringLiteral("compare-competitiveness") << QStringLiteral("Altyn Region (synthetic)");
    QTest::newRow("territory") << QStringLiteral("compare-territory") << QStringLiteral("Koktobe City");
    QTest::newRow("candidates") << QStringLiteral("compare-candidates") << QString();
    QTest::newRow("candidate ages") << QStringLiteral("compare-candidate-ages") << QStringLiteral("Altyn Region (synthetic)");
    QTest::newRow("nominations") << QStringLiteral("compare-nominations") << QString();
}

void tst_CompareCli::exportCompareChart()
{
    QFETCH(QString, chart);
    QFETCH(QString, region);
    const QString png = m_dir.filePath(chart + QStringLiteral(".png"));
    QStringList arguments = {QStringLiteral("export"), QStringLiteral("--database"), m_db, QStringLiteral("--chart"), chart,
                             QStringLiteral("--elections"), QStringLiteral("2021-07-25,2023-11-05,2025-08-17"),
                             QStringLiteral("--width-px"), QStringLiteral("1200"), QStringLiteral("--height-px"),
                             QStringLiteral("800"), QStringLiteral("--out"), png};
    if (!region.isEmpty())
        arguments << QStringLiteral("--region") << region;
    QByteArray out, err;
    QCOMPARE(run(arguments, &out, &err), 0);
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1200, 800));
    // Drawn: a good share of the page is neither white nor nearly so (lines, text, axes).
    int inked = 0, coloured = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c.lightness() < 200)
                ++inked;
            if (c.saturation() > 100 && c.lightness() < 220)
                ++coloured;
        }
    }
    QVERIFY2(inked > 2000, qPrintable(QString::number(inked)));
    QVERIFY2(coloured > 300, qPrintable(QString::number(coloured))); // the lines themselves
    // The SVG names the chart and the days.
    const QString svg = m_dir.filePath(chart + QStringLiteral(".svg"));
    arguments.replace(arguments.indexOf(png), svg);
    arguments << QStringLiteral("--language") << QStringLiteral("en");
    QCOMPARE(run(arguments, &out, &err), 0);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.size() > 5000);
    QVERIFY2(text.contains("2021") && text.contains("2025"), "the days are on the chart");
    if (chart == QLatin1String("compare-territory"))
        QVERIFY(text.contains("Koktobe City"));
    if (chart == QLatin1String("compare-nominations"))
        QVERIFY(text.contains("AMANAT") && text.contains("self-nominated") && text.contains("Win rate"));
}

void tst_CompareCli::exportListNamesTheComparisonCharts()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--list")}, &out), 0);
    QVERIFY(out.contains("compare-turnout"));
    QVERIFY(out.contains("compare-competitiveness"));
    QVERIFY(out.contains("compare-territory"));
    QVERIFY(out.contains("compare-candidates"));
    QVERIFY(out.contains("compare-nominations"));
    QVERIFY(out.contains("compare-candidate-ages"));
    // --elections with a chart of one day is a mistake.
    QByteArray err;
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--database"), m_db, QStringLiteral("--chart"),
                  QStringLiteral("turnout-by-race"), QStringLiteral("--elections"), QStringLiteral("2021-07-25,2023-11-05"),
                  QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.png"))}, nullptr, &err), 2);
}

QTEST_GUILESS_MAIN(tst_CompareCli)
#include "tst_comparecli.moc"

// `sailau metrics --candidates`: every candidate of the corpus, day by day, with what the corpus
// gives of them and nothing else (a sex, year of birth, age or incumbency the corpus leaves out
// is null, never "no" or 0).
void tst_CompareCli::metricsCandidatesAsTheCorpusHasThem()
{
    QFile corpusFile(QStringLiteral(SAILAU_TEST_DATA "/../../resources/sample/comparison-synthetic.json"));
    QVERIFY(corpusFile.open(QIODevice::ReadOnly));
    const QJsonObject corpus = QJsonDocument::fromJson(corpusFile.readAll()).object();
    QHash<QString, QString> dayOfElection;
    for (const QJsonValue &e : corpus.value(QStringLiteral("elections")).toArray())
        dayOfElection.insert(e[QStringLiteral("ref")].toString(), e[QStringLiteral("date")].toString());
    QHash<QString, QList<QJsonObject>> expected; // by day
    for (const QJsonValue &race : corpus.value(QStringLiteral("races")).toArray()) {
        const QString day = dayOfElection.value(race[QStringLiteral("election")].toString());
        for (const QJsonValue &c : race[QStringLiteral("candidates")].toArray())
            expected[day].append(c.toObject());
    }
    QCOMPARE(expected.size(), 3);

    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("metrics"), QStringLiteral("--database"), m_db, QStringLiteral("--candidates"),
                      QStringLiteral("--election"), it.key(), QStringLiteral("--format"), QStringLiteral("json")},
                     &out, &err), 0);
        const QJsonArray rows = QJsonDocument::fromJson(out).array();
        QCOMPARE(rows.size(), it.value().size());
        for (const QJsonObject &c : it.value()) {
            const QString name = c.value(QStringLiteral("name")).toString();
            QJsonObject row;
            for (const QJsonValue &r : rows) {
                if (r[QStringLiteral("candidate")].toString() == name)
                    row = r.toObject();
            }
            QVERIFY2(!row.isEmpty(), qPrintable(it.key() + QLatin1Char(' ') + name));
            QCOMPARE(row.value(QStringLiteral("date")).toString(), it.key());
            QCOMPARE(row.value(QStringLiteral("votes")).toDouble(), c.value(QStringLiteral("votes")).toDouble());
            QCOMPARE(row.value(QStringLiteral("elected")), c.value(QStringLiteral("elected")));
            // Absent from the corpus: null in the output (QJsonValue::Undefined becomes Null).
            for (const char *key : {"sex", "birth_year", "age", "occupation", "incumbent"}) {
                const QJsonValue given = c.value(QLatin1String(key));
                const QJsonValue written = row.value(QLatin1String(key));
                if (given.isUndefined())
                    QVERIFY2(written.isNull(), qPrintable(name + QLatin1Char(' ') + QLatin1String(key)));
                else
                    QCOMPARE(written, given);
            }
            const QString nomination = c.value(QStringLiteral("nomination")).toString();
            if (nomination == QLatin1String("самовыдвижение"))
                QCOMPARE(row.value(QStringLiteral("nomination")).toString(), QStringLiteral("self-nominated"));
            else if (nomination == QLatin1String("AMANAT"))
                QCOMPARE(row.value(QStringLiteral("nomination")).toString(), QStringLiteral("AMANAT"));
            else
                QVERIFY(!row.value(QStringLiteral("nomination")).toString().isEmpty());
            QVERIFY(row.value(QStringLiteral("sources")).toString().startsWith(QLatin1String("synthetic:")));
        }
    }
}

// The same table as CSV on the standard output and in .csv and .xlsx files; Kazakh letters kept.
void tst_CompareCli::metricsCandidatesCsvAndFiles()
{
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("metrics"), QStringLiteral("--database"), m_db, QStringLiteral("--candidates"),
                  QStringLiteral("--election"), QStringLiteral("2023-11-05")}, &out, &err), 0);
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 7);
    QCOMPARE(lines.first(), QStringLiteral("race_id,date,region,territory,candidate,nomination,votes,vote_share_published,"
                                           "vote_share_basis,elected,sex,birth_year,age,occupation,incumbent,sources"));
    QString abenov;
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral("Әбенов Нұрлан")))
            abenov = line;
    }
    QVERIFY2(abenov.contains(QStringLiteral(",AMANAT,250,,,true,m,1970,,аудан әкімі,true,")), qPrintable(abenov));

    const QString csv = m_dir.filePath(QStringLiteral("candidates.csv"));
    const QString xlsx = m_dir.filePath(QStringLiteral("candidates.xlsx"));
    QCOMPARE(run({QStringLiteral("metrics"), QStringLiteral("--database"), m_db, QStringLiteral("--candidates"),
                  QStringLiteral("--out"), csv, QStringLiteral("--delimiter"), QStringLiteral(";")}), 0);
    QCOMPARE(run({QStringLiteral("metrics"), QStringLiteral("--database"), m_db, QStringLiteral("--candidates"),
                  QStringLiteral("--out"), xlsx}), 0);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList csvLines = QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(csvLines.size(), 1 + 6 + 7 + 7); // every candidate of the three days
    QVERIFY(csvLines.first().contains(QStringLiteral("race_id;date;region")));
    QFile xlsxFile(xlsx);
    QVERIFY(xlsxFile.open(QIODevice::ReadOnly));
    QVERIFY(xlsxFile.read(2) == "PK");
}
