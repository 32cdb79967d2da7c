// SPDX-License-Identifier: GPL-3.0-or-later
// `sailau metrics --out FILE.csv|FILE.xlsx` as a user runs it: the file holds the same table as
// `sailau metrics --format json`, number for number; exit codes 0 / 1 / 2; no file on failure.
#include "datasetloader.h"
#include "../common/processrun.h"
#include "import/tablereader.h"
#include "import/xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau;

class tst_MetricsExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameTableAsJson_data();
    void sameTableAsJson();
    void stdoutUnchanged();
    void formulasNeutralisedOnStdout();
    void usageErrors_data();
    void usageErrors();
    void unwritable_data();
    void unwritable();

private:
    int run(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr);
    QTemporaryDir m_dir;
    QString m_db;
};

namespace {

// The columns of the metrics table, as documented for `sailau metrics`.
const QStringList Columns = {
    QStringLiteral("race_id"), QStringLiteral("territory"), QStringLiteral("region"), QStringLiteral("date"),
    QStringLiteral("level"), QStringLiteral("voters"), QStringLiteral("ballots_issued"),
    QStringLiteral("ballots_cast"), QStringLiteral("against_all"), QStringLiteral("winner"),
    QStringLiteral("winner_nomination"), QStringLiteral("turnout"), QStringLiteral("winner_share"),
    QStringLiteral("margin"), QStringLiteral("margin_over_against_all"), QStringLiteral("enc_laakso_taagepera"),
    QStringLiteral("enc_golosov"), QStringLiteral("candidates"), QStringLiteral("against_all_share"),
    QStringLiteral("invalid_share"), QStringLiteral("outside_share"), QStringLiteral("turnout_basis")};

QList<QStringList> readTable(const QString &path, QChar delimiter, QString *error)
{
    Import::ReadOptions options;
    options.delimiter = delimiter;
    options.encoding = delimiter.isNull() ? QString() : QStringLiteral("UTF-8");
    QList<QStringList> rows;
    auto reader = Import::openTable(path, options, error);
    if (!reader)
        return rows;
    QStringList cells;
    while (reader->next(&cells))
        rows.append(cells);
    if (!reader->error().isEmpty())
        *error = reader->error();
    return rows;
}

} // namespace

void tst_MetricsExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("sample.sqlite"));
    QString message;
    auto db = DatasetLoader::openOrCreate(m_db, true, &message);
    QVERIFY2(db, qPrintable(message));
}

int tst_MetricsExport::run(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    const SailauTest::ProcessRun run = SailauTest::runProgram(
        QStringList{QStringLiteral("metrics"), QStringLiteral("--database"), m_db} + arguments, m_dir.filePath(QStringLiteral("home")));
    if (out)
        *out = run.outBytes;
    if (err)
        *err = run.err.toUtf8();
    return run.exitCode;
}

void tst_MetricsExport::sameTableAsJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QChar>("delimiter");       // null: XLSX
    QTest::addColumn<QChar>("decimal");

    QTest::newRow("csv") << "metrics.csv" << QStringList() << QChar(u',') << QChar(u'.');
    QTest::newRow("csv semicolon") << "metrics-excel.csv" << QStringList{QStringLiteral("--delimiter"), QStringLiteral(";")}
                                   << QChar(u';') << QChar(u',');
    QTest::newRow("xlsx") << "metrics.xlsx" << QStringList() << QChar() << QChar(u'.');
    QTest::newRow("csv, format named too") << "named.csv" << QStringList{QStringLiteral("--format"), QStringLiteral("csv")}
                                           << QChar(u',') << QChar(u'.');
    QTest::newRow("csv one day") << "day.csv" << QStringList{QStringLiteral("--election"), QStringLiteral("2023-11-05")}
                                 << QChar(u',') << QChar(u'.');
    QTest::newRow("xlsx in Kazakh") << "аумақтар.xlsx" << QStringList{QStringLiteral("--language"), QStringLiteral("kk")}
                                    << QChar() << QChar(u'.');
}

void tst_MetricsExport::sameTableAsJson()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    QFETCH(QChar, delimiter);
    QFETCH(QChar, decimal);

    QStringList filterArguments = extra;
    // The same races: the options that choose the file's form are left out.
    for (const QString &option : {QStringLiteral("--delimiter"), QStringLiteral("--format")}) {
        const qsizetype d = filterArguments.indexOf(option);
        if (d >= 0)
            filterArguments.remove(d, 2);
    }
    QByteArray json;
    QCOMPARE(run(filterArguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")}, &json), 0);
    QJsonParseError parseError;
    const QJsonArray races = QJsonDocument::fromJson(json, &parseError).array();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(races.size() > 10);

    const QString path = m_dir.filePath(file);
    QFile::remove(path);
    QByteArray out, err;
    QCOMPARE(run(extra + QStringList{QStringLiteral("--out"), path}, &out, &err), 0);
    QVERIFY2(err.isEmpty(), err.constData());
    QVERIFY(out.isEmpty());   // the table goes to the file only
    QVERIFY(QFileInfo::exists(path));

    if (!delimiter.isNull()) {
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        QCOMPARE(bytes.count("\r\n"), qsizetype(races.size() + 1));
    }

    QString error;
    const QList<QStringList> rows = readTable(path, delimiter, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), races.size() + 1);
    QCOMPARE(rows.first(), Columns);
    int numbers = 0;
    for (int i = 0; i < races.size(); ++i) {
        const QJsonObject race = races.at(i).toObject();
        const QStringList &cells = rows.at(i + 1);
        for (int c = 0; c < Columns.size(); ++c) {
            const QJsonValue expected = race.value(Columns.at(c));
            const QString cell = cells.value(c);
            const QString where = QStringLiteral("race %1, %2: '%3'").arg(i).arg(Columns.at(c), cell);
            if (expected.isNull()) {
                QVERIFY2(cell.isEmpty(), qPrintable(where));
            } else if (expected.isDouble()) {
                QString text = cell;
                if (decimal != QLatin1Char('.'))
                    text.replace(decimal, QLatin1Char('.'));
                bool ok = false;
                const double value = text.toDouble(&ok);
                QVERIFY2(ok, qPrintable(where));
                QVERIFY2(value == expected.toDouble(), qPrintable(where));
                ++numbers;
            } else {
                QVERIFY2(cell == expected.toString(), qPrintable(where));
            }
        }
    }
    QVERIFY(numbers > races.size());   // ids and real figures, not just empty cells
}

void tst_MetricsExport::stdoutUnchanged()
{
    // Without --out the table goes to standard output as before: no byte order mark, "\n" line ends.
    QByteArray out;
    QCOMPARE(run({}, &out), 0);
    QVERIFY(out.startsWith("race_id,territory,region,date,"));
    QVERIFY(!out.contains('\r'));
}

void tst_MetricsExport::formulasNeutralisedOnStdout()
{
    // Names a spreadsheet would run as formulas: standard output follows the rule of --out.
    const QString db = m_dir.filePath(QStringLiteral("formulas.sqlite"));
    QVERIFY(QFile::copy(m_db, db));
    {
        QString message;
        auto database = DatasetLoader::openOrCreate(db, true, &message);
        QVERIFY2(database, qPrintable(message));
        QVERIFY(database->exec(QStringLiteral(
            "UPDATE territory SET name = '=HYPERLINK(\"http://example.com\";\"x\")', name_ru = NULL, name_kk = NULL, "
            "name_en = NULL WHERE id = (SELECT territory_id FROM race ORDER BY id LIMIT 1)")));
        QVERIFY(database->exec(QStringLiteral(
            "UPDATE territory SET name_ru = name, name_kk = name, name_en = name "
            "WHERE id = (SELECT territory_id FROM race ORDER BY id LIMIT 1)")));
        QVERIFY(database->exec(QStringLiteral(
            "UPDATE candidate SET name = '@SUM(1+1)' WHERE id = (SELECT winner_id FROM race_metrics "
            "WHERE winner_id IS NOT NULL ORDER BY race_id LIMIT 1)")));
    }
    const SailauTest::ProcessRun run = SailauTest::runProgram({QStringLiteral("metrics"), QStringLiteral("--database"), db},
                                                              m_dir.filePath(QStringLiteral("home")));
    QCOMPARE(run.exitCode, 0);
    const QString &out = run.out;
    QVERIFY2(out.contains(QStringLiteral("\"'=HYPERLINK(")), qPrintable(out.left(2000)));
    QVERIFY(out.contains(QStringLiteral(",'@SUM(1+1),")));
    // No cell of standard output begins with a live formula.
    QVERIFY(!out.contains(QStringLiteral(",=HYPERLINK")) && !out.contains(QStringLiteral(",\"=HYPERLINK")));
    QVERIFY(!out.contains(QStringLiteral(",@SUM")));
    // Numbers stay numbers: a negative margin is not text to neutralise.
    QVERIFY(!out.contains(QStringLiteral(",'-")));
}

void tst_MetricsExport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::newRow("unknown suffix") << QStringList{QStringLiteral("--out")} << "metrics.txt";
    QTest::newRow("old Excel") << QStringList{QStringLiteral("--out")} << "metrics.xls";
    QTest::newRow("no suffix") << QStringList{QStringLiteral("--out")} << "metrics";
    QTest::newRow("json and out") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out")}
                                  << "metrics.csv";
    QTest::newRow("csv and xlsx") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out")}
                                  << "metrics.xlsx";
    QTest::newRow("bad delimiter") << QStringList{QStringLiteral("--delimiter"), QStringLiteral("|"), QStringLiteral("--out")}
                                   << "metrics.csv";
    QTest::newRow("delimiter for xlsx") << QStringList{QStringLiteral("--delimiter"), QStringLiteral(";"), QStringLiteral("--out")}
                                        << "metrics.xlsx";
    QTest::newRow("delimiter without out") << QStringList{QStringLiteral("--delimiter"), QStringLiteral(";")} << QString();
}

void tst_MetricsExport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    const QString path = file.isEmpty() ? QString() : m_dir.filePath(QStringLiteral("usage-") + file);
    QByteArray out, err;
    QCOMPARE(run(path.isEmpty() ? arguments : arguments + QStringList{path}, &out, &err), 2);
    QVERIFY(!err.isEmpty());
    QVERIFY(out.isEmpty());
    if (!path.isEmpty())
        QVERIFY(!QFileInfo::exists(path));
}

void tst_MetricsExport::unwritable_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("csv") << ".csv";
    QTest::newRow("xlsx") << ".xlsx";
}

void tst_MetricsExport::unwritable()
{
    QFETCH(QString, suffix);
    // A folder that does not exist, and a folder that is a file: exit 1, nothing written.
    QFile plain(m_dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    for (const QString &path : {m_dir.filePath(QStringLiteral("missing/metrics") + suffix),
                                m_dir.filePath(QStringLiteral("not-a-folder/metrics") + suffix)}) {
        QByteArray err;
        QCOMPARE(run({QStringLiteral("--out"), path}, nullptr, &err), 1);
        QVERIFY2(err.contains("metrics" + suffix.toUtf8()), err.constData());
        QVERIFY(!QFileInfo::exists(path));
    }
}

QTEST_GUILESS_MAIN(tst_MetricsExport)
#include "tst_metricsexport.moc"
