// SPDX-License-Identifier: GPL-3.0-or-later
// The table writer: CSV bytes (BOM, CRLF, quoting, delimiter, decimal separator), the XLSX package
// read back part by part and through Sailau's own XLSX reader, formula-like text neutralised in
// both, and a failed or cancelled export leaving no file behind.
#include "tableexport.h"

#include "import/xlsxreader.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <limits>

using namespace Sailau;
using namespace Sailau::TableExport;

namespace {

const QByteArray Bom("\xEF\xBB\xBF");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray zipEntry(const QString &path, const QString &name)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList zipEntries(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return {};
    return zip.getFileNameList();
}

// One cell of sheet1.xml as written: its type and style attributes and its value (the text of
// <t> for an inline string, of <v> otherwise).
struct SheetCell
{
    QString type;
    QString style;
    QString value;
};

struct Sheet
{
    QHash<QString, SheetCell> cells;   // by reference, "A1"
    int formulas = 0;                  // <f> elements
    bool frozenHeader = false;
    QString error;
};

Sheet parseSheet(const QByteArray &xml)
{
    Sheet sheet;
    QXmlStreamReader reader(xml);
    QString ref;
    SheetCell cell;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == u"f")
                ++sheet.formulas;
            else if (reader.name() == u"pane")
                sheet.frozenHeader = reader.attributes().value(QLatin1String("state")) == u"frozen"
                    && reader.attributes().value(QLatin1String("ySplit")) == u"1";
            else if (reader.name() == u"c") {
                ref = reader.attributes().value(QLatin1String("r")).toString();
                cell = {reader.attributes().value(QLatin1String("t")).toString(),
                        reader.attributes().value(QLatin1String("s")).toString(), {}};
            } else if (reader.name() == u"t" || reader.name() == u"v") {
                cell.value += reader.readElementText();
            }
        } else if (reader.isEndElement() && reader.name() == u"c") {
            sheet.cells.insert(ref, cell);
        }
    }
    if (reader.hasError())
        sheet.error = reader.errorString();
    return sheet;
}

QList<QStringList> readBack(const QString &path, QString *error)
{
    QList<QStringList> rows;
    auto reader = Import::XlsxReader::open(path, {}, error);
    if (!reader)
        return rows;
    QStringList cells;
    while (reader->next(&cells))
        rows.append(cells);
    if (!reader->error().isEmpty())
        *error = reader->error();
    return rows;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private slots:
    void formatForPath();
    void neutralisedText_data();
    void neutralisedText();
    void textCsv_data();
    void textCsv();
    void textXlsx_data();
    void textXlsx();
    void numbersCsv_data();
    void numbersCsv();
    void numbersXlsx();
    void headerAndLayoutXlsx();
    void largeTableXlsx();
    void failedWriteLeavesNoFile_data();
    void failedWriteLeavesNoFile();
    void cancelKeepsPreviousFile_data();
    void cancelKeepsPreviousFile();
    void refusesBadDelimiter();

private:
    QTemporaryDir m_dir;
};

void TestTableExport::formatForPath()
{
    Format format = Format::Xlsx;
    QVERIFY(TableExport::formatForPath(QStringLiteral("/tmp/races.csv"), &format));
    QCOMPARE(format, Format::Csv);
    QVERIFY(TableExport::formatForPath(QStringLiteral("C:/Отчёт/races.XLSX"), &format));
    QCOMPARE(format, Format::Xlsx);
    QVERIFY(!TableExport::formatForPath(QStringLiteral("races.xls"), &format));
    QVERIFY(!TableExport::formatForPath(QStringLiteral("races"), &format));
}

// The text cells of the issue, as a spreadsheet must see them: expected values are written out
// by hand from the rule (a leading apostrophe before = + - @ TAB CR).
static void textRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");        // the cell's text in the file
    QTest::addColumn<QByteArray>("commaField");   // the CSV field with ',' as the delimiter
    QTest::addColumn<QByteArray>("semicolonField");

    QTest::newRow("equals") << "=1+2" << "'=1+2" << QByteArray("'=1+2") << QByteArray("'=1+2");
    QTest::newRow("plus") << "+7" << "'+7" << QByteArray("'+7") << QByteArray("'+7");
    QTest::newRow("minus") << "-x" << "'-x" << QByteArray("'-x") << QByteArray("'-x");
    QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)" << QByteArray("'@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << "\tTab" << "'\tTab" << QByteArray("'\tTab") << QByteArray("'\tTab");
    QTest::newRow("carriage return") << "\rCR" << "'\rCR" << QByteArray("\"'\rCR\"") << QByteArray("\"'\rCR\"");
    QTest::newRow("formula with comma") << "=HYPERLINK(\"http://x\",\"y\")" << "'=HYPERLINK(\"http://x\",\"y\")"
                                        << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
                                        << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("apostrophe already") << "'already" << "'already" << QByteArray("'already") << QByteArray("'already");
    QTest::newRow("kazakh name") << QStringLiteral("Әлия Сәрсенова") << QStringLiteral("Әлия Сәрсенова")
                                 << QStringLiteral("Әлия Сәрсенова").toUtf8() << QStringLiteral("Әлия Сәрсенова").toUtf8();
    QTest::newRow("sql") << "'); DROP TABLE race;--" << "'); DROP TABLE race;--"
                         << QByteArray("'); DROP TABLE race;--") << QByteArray("\"'); DROP TABLE race;--\"");
    QTest::newRow("minus inside") << "Қызылорда - 2" << QStringLiteral("Қызылорда - 2")
                                  << QStringLiteral("Қызылорда - 2").toUtf8() << QStringLiteral("Қызылорда - 2").toUtf8();
    QTest::newRow("comma and quotes") << "a,b \"q\"" << "a,b \"q\"" << QByteArray("\"a,b \"\"q\"\"\"")
                                      << QByteArray("\"a,b \"\"q\"\"\"");
    QTest::newRow("new line") << "line 1\nline 2" << "line 1\nline 2" << QByteArray("\"line 1\nline 2\"")
                              << QByteArray("\"line 1\nline 2\"");
    QTest::newRow("ooxml escape look-alike") << "a_x0041_b" << "a_x0041_b" << QByteArray("a_x0041_b")
                                             << QByteArray("a_x0041_b");
    QTest::newRow("markup") << "<b>&amp;</b>" << "<b>&amp;</b>" << QByteArray("<b>&amp;</b>")
                            << QByteArray("\"<b>&amp;</b>\"");   // ';' inside
}

void TestTableExport::neutralisedText_data()
{
    textRows();
}

void TestTableExport::neutralisedText()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(neutralised(text), written);
    QCOMPARE(isFormulaLike(text), written != text);
}

void TestTableExport::textCsv_data()
{
    textRows();
}

void TestTableExport::textCsv()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, commaField);
    QFETCH(QByteArray, semicolonField);

    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';')}) {
        const QString path = m_dir.filePath(QStringLiteral("text.csv"));
        QString error;
        QVERIFY2(writeTable(path, Options::csv(delimiter), {QStringLiteral("id"), QStringLiteral("name")},
                            {{1, text}}, &error),
                 qPrintable(error));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith(Bom));
        QVERIFY(isValidUtf8(bytes));
        const QByteArray field = delimiter == QLatin1Char(',') ? commaField : semicolonField;
        const QByteArray expected = Bom + "id" + delimiter.toLatin1() + "name\r\n1" + delimiter.toLatin1() + field + "\r\n";
        QCOMPARE(bytes, expected);
    }
}

void TestTableExport::textXlsx_data()
{
    textRows();
}

void TestTableExport::textXlsx()
{
    QFETCH(QString, text);
    QFETCH(QString, written);

    const QString path = m_dir.filePath(QStringLiteral("text.xlsx"));
    QString error;
    QVERIFY2(writeTable(path, Options::xlsx(), {QStringLiteral("id"), QStringLiteral("name")}, {{1, text}}, &error),
             qPrintable(error));

    const QStringList entries = zipEntries(path);
    for (const char *part : {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                             "xl/worksheets/sheet1.xml", "xl/styles.xml"})
        QVERIFY2(entries.contains(QLatin1String(part)), part);

    const Sheet sheet = parseSheet(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.formulas, 0);
    QVERIFY(sheet.cells.contains(QStringLiteral("B2")));
    const SheetCell cell = sheet.cells.value(QStringLiteral("B2"));
    QCOMPARE(cell.type, QStringLiteral("inlineStr"));
    // As XML it is exact; OOXML's own _xHHHH_ escapes are undone as every spreadsheet does.
    QCOMPARE(Import::Xlsx::unescapeOoxml(cell.value), written);
    QCOMPARE(sheet.cells.value(QStringLiteral("A2")).type, QString());   // a number
    QCOMPARE(sheet.cells.value(QStringLiteral("A2")).value, QStringLiteral("1"));

    // Sailau's own reader sees the same cells.
    const QList<QStringList> rows = readBack(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("1"), written}));
}

void TestTableExport::numbersCsv_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QByteArray>("expected");
    // 42, -17, 3.25, -0.5, 0.1, missing, NaN (missing), empty text (missing), text "-x", a date.
    QTest::newRow("comma") << QChar(u',') << QByteArray("42,-17,3.25,-0.5,0.1,,,,'-x,2023-11-05\r\n");
    QTest::newRow("semicolon, decimal comma")
        << QChar(u';') << QByteArray("42;-17;3,25;-0,5;0,1;;;;'-x;2023-11-05\r\n");
}

static QVariantList numberRow()
{
    return {42, qint64(-17), 3.25, -0.5, 0.1, QVariant(), std::numeric_limits<double>::quiet_NaN(), QString(),
            QStringLiteral("-x"), QDate(2023, 11, 5)};
}

void TestTableExport::numbersCsv()
{
    QFETCH(QChar, delimiter);
    QFETCH(QByteArray, expected);
    const QString path = m_dir.filePath(QStringLiteral("numbers.csv"));
    QString error;
    QVERIFY2(writeTable(path, Options::csv(delimiter), {}, {numberRow()}, &error), qPrintable(error));
    QCOMPARE(readAll(path), Bom + expected);
}

void TestTableExport::numbersXlsx()
{
    const QString path = m_dir.filePath(QStringLiteral("numbers.xlsx"));
    QString error;
    QVERIFY2(writeTable(path, Options::xlsx(), {QStringLiteral("n")}, {numberRow()}, &error,
                        {ColumnStyle::General, ColumnStyle::General, ColumnStyle::Percent}),
             qPrintable(error));
    const Sheet sheet = parseSheet(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.formulas, 0);
    // Numbers are number cells (no t attribute), negative ones included; nothing gets an apostrophe.
    const QList<std::pair<const char *, const char *>> numbers = {
        {"A2", "42"}, {"B2", "-17"}, {"C2", "3.25"}, {"D2", "-0.5"}, {"E2", "0.1"}};
    for (const auto &[ref, value] : numbers) {
        QVERIFY2(sheet.cells.contains(QLatin1String(ref)), ref);
        QCOMPARE(sheet.cells.value(QLatin1String(ref)).type, QString());
        QCOMPARE(sheet.cells.value(QLatin1String(ref)).value, QLatin1String(value));
    }
    QCOMPARE(sheet.cells.value(QStringLiteral("C2")).style, QStringLiteral("2"));   // percent format
    // Missing, NaN and empty text: no cell at all (never a 0).
    QVERIFY(!sheet.cells.contains(QStringLiteral("F2")));
    QVERIFY(!sheet.cells.contains(QStringLiteral("G2")));
    QVERIFY(!sheet.cells.contains(QStringLiteral("H2")));
    QCOMPARE(sheet.cells.value(QStringLiteral("I2")).type, QStringLiteral("inlineStr"));
    QCOMPARE(sheet.cells.value(QStringLiteral("I2")).value, QStringLiteral("'-x"));
    // A date is a serial number: 2023-11-05 is day 45235 counted from 1899-12-30.
    QCOMPARE(sheet.cells.value(QStringLiteral("J2")).value, QStringLiteral("45235"));

    const QList<QStringList> rows = readBack(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("42"), QStringLiteral("-17"), QStringLiteral("3.25"),
                                      QStringLiteral("-0.5"), QStringLiteral("0.1"), QString(), QString(), QString(),
                                      QStringLiteral("'-x"), QStringLiteral("2023-11-05")}));
}

void TestTableExport::headerAndLayoutXlsx()
{
    const QString path = m_dir.filePath(QStringLiteral("header.xlsx"));
    QString error;
    Options options = Options::xlsx(QStringLiteral("Сайлау [2023]: нәтиже/барлығы"));
    QVERIFY2(writeTable(path, options, {QStringLiteral("Аумақ"), QStringLiteral("=danger")}, {}, &error),
             qPrintable(error));
    const Sheet sheet = parseSheet(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY(sheet.frozenHeader);
    QCOMPARE(sheet.cells.value(QStringLiteral("A1")).style, QStringLiteral("1"));   // bold
    QCOMPARE(sheet.cells.value(QStringLiteral("A1")).value, QStringLiteral("Аумақ"));
    QCOMPARE(sheet.cells.value(QStringLiteral("B1")).value, QStringLiteral("'=danger"));

    // The sheet name without the characters Excel refuses.
    QXmlStreamReader workbook(zipEntry(path, QStringLiteral("xl/workbook.xml")));
    QString name;
    while (!workbook.atEnd()) {
        if (workbook.readNext() == QXmlStreamReader::StartElement && workbook.name() == u"sheet")
            name = workbook.attributes().value(QLatin1String("name")).toString();
    }
    QCOMPARE(name, QStringLiteral("Сайлау _2023__ нәтиже_барлығы"));
    QCOMPARE(Import::XlsxReader::sheetNames(path, &error), QStringList{name});
}

void TestTableExport::largeTableXlsx()
{
    // Many rows go through the archive in pieces; every one comes back.
    const QString path = m_dir.filePath(QStringLiteral("large.xlsx"));
    TableWriter writer(path, Options::xlsx());
    QVERIFY(writer.begin({QStringLiteral("i"), QStringLiteral("name"), QStringLiteral("share")}));
    constexpr int Rows = 30000;
    for (int i = 0; i < Rows; ++i)
        QVERIFY(writer.addRow({i, QStringLiteral("Аудан %1").arg(i), i / double(Rows)}));
    QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
    QCOMPARE(writer.rowsWritten(), qint64(Rows));
    QString error;
    const QList<QStringList> rows = readBack(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), Rows + 1);
    QCOMPARE(rows.last().at(1), QStringLiteral("Аудан %1").arg(Rows - 1));
    QCOMPARE(rows.last().at(2).toDouble(), (Rows - 1) / double(Rows));
}

void TestTableExport::failedWriteLeavesNoFile_data()
{
    QTest::addColumn<bool>("xlsx");
    QTest::newRow("csv") << false;
    QTest::newRow("xlsx") << true;
}

void TestTableExport::failedWriteLeavesNoFile()
{
    QFETCH(bool, xlsx);
    const QString suffix = xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    const Options options = xlsx ? Options::xlsx() : Options::csv();

    // A folder that does not exist, and a "folder" that is a file: neither can be written, even
    // by root.
    QFile plain(m_dir.filePath(QStringLiteral("plain-file")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    for (const QString &path : {m_dir.filePath(QStringLiteral("no-such-folder/out") + suffix),
                                m_dir.filePath(QStringLiteral("plain-file/out") + suffix)}) {
        QString error;
        QVERIFY(!writeTable(path, options, {QStringLiteral("a")}, {{1}}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }
    // Only the file made above is left in the folder: no temporary file stays behind.
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(!name.startsWith(QLatin1String("out")), qPrintable(name));
}

void TestTableExport::cancelKeepsPreviousFile_data()
{
    failedWriteLeavesNoFile_data();
}

void TestTableExport::cancelKeepsPreviousFile()
{
    QFETCH(bool, xlsx);
    QTemporaryDir dir;
    const QString path = dir.filePath(xlsx ? QStringLiteral("t.xlsx") : QStringLiteral("t.csv"));
    const Options options = xlsx ? Options::xlsx() : Options::csv();
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
    }
    {
        TableWriter writer(path, options);
        QVERIFY(writer.begin({QStringLiteral("a")}));
        for (int i = 0; i < 5000; ++i)
            QVERIFY(writer.addRow({i, QStringLiteral("=x")}));
        writer.cancel();
        QVERIFY(!writer.addRow({1}));
    }
    QCOMPARE(readAll(path), QByteArray("previous export"));
    {
        // Destroyed without commit(): the same.
        TableWriter writer(path, options);
        QVERIFY(writer.begin({QStringLiteral("a")}));
        QVERIFY(writer.addRow({1}));
    }
    QCOMPARE(readAll(path), QByteArray("previous export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(path).fileName()});

    // A new folder without an old file: nothing appears.
    const QString fresh = dir.filePath(xlsx ? QStringLiteral("new.xlsx") : QStringLiteral("new.csv"));
    {
        TableWriter writer(fresh, options);
        QVERIFY(writer.begin({QStringLiteral("a")}));
        QVERIFY(writer.addRow({1}));
        writer.cancel();
    }
    QVERIFY(!QFileInfo::exists(fresh));
}

void TestTableExport::refusesBadDelimiter()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    Options options = Options::csv();
    options.delimiter = QLatin1Char('"');
    QString error;
    QVERIFY(!writeTable(path, options, {QStringLiteral("a")}, {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
