// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/tablereader.h"
#include "import/xlsxreader.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau::Import;

using Records = QList<QStringList>;
using Lines = QList<qint64>;
using Parts = QList<QPair<QString, QByteArray>>;

namespace {

const QString Fixture = QStringLiteral(SAILAU_TEST_DATA "/readers/libreoffice-two-sheets.xlsx");

const QByteArray Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QByteArray relationship(const QByteArray &id, const QByteArray &type, const QByteArray &target)
{
    return "<Relationship Id=\"" + id + "\" Type=\"" + RelNs + "/" + type + "\" Target=\"" + target + "\"/>";
}

// A small workbook as Excel lays it out: one sheet (or more), shared strings, styles.
Parts workbook(const QByteArray &sheetData, const QByteArray &sharedStrings, const QByteArray &styles,
               bool date1904 = false, const QByteArray &sheetTarget = "worksheets/sheet1.xml")
{
    Parts parts;
    parts.append({QStringLiteral("[Content_Types].xml"),
                  "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"});
    parts.append({QStringLiteral("_rels/.rels"),
                  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      + relationship("rId1", "officeDocument", "xl/workbook.xml") + "</Relationships>"});
    parts.append({QStringLiteral("xl/workbook.xml"),
                  "<?xml version=\"1.0\"?><workbook xmlns=\"" + Main + "\" xmlns:r=\"" + RelNs + "\"><workbookPr date1904=\""
                      + (date1904 ? "1" : "0") + "\"/><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"
                      + "<sheet name=\"Chart\" sheetId=\"2\" r:id=\"rId9\"/></sheets></workbook>"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      + relationship("rId1", "worksheet", sheetTarget) + relationship("rId2", "sharedStrings", "sharedStrings.xml")
                      + relationship("rId3", "styles", "styles.xml") + relationship("rId9", "chartsheet", "chartsheets/sheet1.xml")
                      + "</Relationships>"});
    parts.append({QStringLiteral("xl/worksheets/sheet1.xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + Main
                      + "\"><dimension ref=\"A1:Z99\"/><sheetData>" + sheetData + "</sheetData></worksheet>"});
    if (!sharedStrings.isNull())
        parts.append({QStringLiteral("xl/sharedStrings.xml"), "<?xml version=\"1.0\"?><sst xmlns=\"" + Main + "\">" + sharedStrings + "</sst>"});
    if (!styles.isNull())
        parts.append({QStringLiteral("xl/styles.xml"), "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + Main + "\">" + styles + "</styleSheet>"});
    return parts;
}

// Cell styles used below: 0 general, 1 built-in date (14), 2 built-in date and time (22), 3 a
// custom dd.mm.yyyy, 4 a time (20), 5 a percentage (10), 6 a custom "[$-419]d mmmm yyyy", 7 "0.00".
const QByteArray Styles =
    "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"dd\\.mm\\.yyyy\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"[$-419]d\\ mmmm\\ yyyy;@\"/><numFmt numFmtId=\"166\" formatCode=\"0.00\"/></numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
    "<cellXfs count=\"8\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"22\"/>"
    "<xf numFmtId=\"164\"/><xf numFmtId=\"20\"/><xf numFmtId=\"10\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/></cellXfs>";

const QByteArray Strings =
    "<si><t>plain</t></si>"
    "<si><r><rPr><b/></rPr><t>Қара</t></r><r><t xml:space=\"preserve\">ғанды </t></r><rPh sb=\"0\" eb=\"1\"><t>カラ</t></rPh></si>"
    "<si><t>a_x000D_b &amp; &lt;c&gt;</t></si>"
    "<si><t/></si>";

bool writeZip(const QString &path, const Parts &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(data);
        file.close();
        if (file.getZipError() != UNZ_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

struct ReadResult
{
    Records records;
    Lines lines;
    QString error;
    int errorLine = 0;
    int errorColumn = 0;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

ReadResult readAll(TableReader &reader)
{
    ReadResult result;
    QStringList cells;
    while (reader.next(&cells)) {
        result.records.append(cells);
        result.lines.append(reader.line());
    }
    result.error = reader.error();
    result.errorLine = reader.errorLine();
    result.errorColumn = reader.errorColumn();
    result.bytesRead = reader.bytesRead();
    result.totalBytes = reader.totalBytes();
    return result;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeWorkbook(const Parts &parts)
    {
        const QString path = m_dir.filePath(QStringLiteral("w%1.xlsx").arg(++m_files));
        if (!writeZip(path, parts))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void libreOfficeFixture_data()
    {
        QTest::addColumn<int>("sheet");
        QTest::addColumn<Records>("expected");
        QTest::addColumn<Lines>("lines");

        QTest::newRow("first sheet: dates, numbers, empty cells, Kazakh letters")
            << 0
            << Records{
                   {QStringLiteral("Сайлау күні"), QStringLiteral("Облыс"), QStringLiteral("Аудан"),
                    QStringLiteral("Сайлаушылар"), QStringLiteral("Келу, %"), QStringLiteral("Жеңімпаз")},
                   {"2023-11-05", QStringLiteral("Батыс Қазақстан облысы"), QStringLiteral("Бөкей ордасы ауданы"), "12345",
                    "0.6279", "1"},
                   {"2023-11-05", QStringLiteral("Қарағанды облысы"), "", "9876.5", "", "0"},
                   {"2025-10-12T08:30:00", QStringLiteral("Абай облысы"), QStringLiteral("Семей қ. \"ә ғ қ ң ө ұ ү һ і\""),
                    "0", "0.1", QStringLiteral("Нәтижесі\nжоқ")},
                   {"", "", "C7 only"},
               }
            << Lines{1, 2, 3, 4, 7};
        QTest::newRow("second sheet") << 1 << Records{{"name", "votes"}, {QStringLiteral("Ұлытау"), "42"}} << Lines{1, 2};
    }

    void libreOfficeFixture()
    {
        QFETCH(int, sheet);
        QFETCH(Records, expected);
        QFETCH(Lines, lines);

        ReadOptions options;
        options.sheet = sheet;
        QString error;
        auto reader = openTable(Fixture, options, &error);
        QVERIFY2(reader, qPrintable(error));
        const ReadResult result = readAll(*reader);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records, expected);
        QCOMPARE(result.lines, lines);
        QVERIFY(result.totalBytes > 0);
        QCOMPARE(result.bytesRead, result.totalBytes);
    }

    void sheetNames()
    {
        QString error;
        QCOMPARE(Sailau::Import::sheetNames(Fixture, &error),
                 (QStringList{QStringLiteral("Нәтижелер"), QStringLiteral("Sheet B")}));
        QCOMPARE(error, QString());
        QCOMPARE(Sailau::Import::sheetNames(writeWorkbook(workbook("", Strings, Styles)), &error),
                 (QStringList{"Data", "Chart"}));
    }

    void cells_data()
    {
        QTest::addColumn<QByteArray>("sheetData");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<Records>("expected");
        QTest::addColumn<Lines>("lines");

        QTest::newRow("shared strings, rich text without phonetic runs, escapes")
            << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                          "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>")
            << false << Records{{"plain", QStringLiteral("Қарағанды "), "a\rb & <c>", ""}} << Lines{1};
        QTest::newRow("inline strings, rich inline text")
            << QByteArray("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Өскемен</t></is></c>"
                          "<c r=\"B2\" t=\"inlineStr\"><is><r><t>Ұлы</t></r><r><t>тау</t></r></is></c></row>")
            << false << Records{{QStringLiteral("Өскемен"), QStringLiteral("Ұлытау")}} << Lines{2};
        QTest::newRow("numbers keep their exact text")
            << QByteArray("<row r=\"1\"><c r=\"A1\"><v>12345</v></c><c r=\"B1\" t=\"n\"><v>0.30000000000000004</v></c>"
                          "<c r=\"C1\"><v>1.2345678901234E+20</v></c><c r=\"D1\" s=\"5\"><v>0.6279</v></c>"
                          "<c r=\"E1\" s=\"7\"><v>62.79</v></c><c r=\"F1\"><v>-3</v></c></row>")
            << false << Records{{"12345", "0.30000000000000004", "1.2345678901234E+20", "0.6279", "62.79", "-3"}}
            << Lines{1};
        QTest::newRow("booleans, errors, formula strings")
            << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c>"
                          "<c r=\"C1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"D1\" t=\"str\"><f>A1&amp;\"x\"</f><v>TRUEx</v></c>"
                          "<c r=\"E1\"><f>SUM(1,2)</f><v>3</v></c></row>")
            << false << Records{{"TRUE", "FALSE", "#DIV/0!", "TRUEx", "3"}} << Lines{1};
        QTest::newRow("gaps between cells are filled")
            << QByteArray("<row r=\"1\"><c r=\"B1\"><v>2</v></c><c r=\"E1\"><v>5</v></c></row>"
                          "<row r=\"2\"><c r=\"AA2\"><v>27</v></c></row>")
            << false << Records{{"", "2", "", "", "5"}, QStringList(26, QString()) << "27"} << Lines{1, 2};
        QTest::newRow("missing rows are skipped, row numbers kept")
            << QByteArray("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"5\"><c r=\"A5\"><v>5</v></c></row>"
                          "<row r=\"1000\"><c r=\"A1000\"><v>1000</v></c></row>")
            << false << Records{{"1"}, {"5"}, {"1000"}} << Lines{1, 5, 1000};
        QTest::newRow("styled empty cells and empty rows")
            << QByteArray("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\" s=\"3\"/><c r=\"C1\" s=\"3\"/></row>"
                          "<row r=\"2\" ht=\"20\" customHeight=\"1\"/><row r=\"3\"><c r=\"A3\" s=\"1\"/></row>"
                          "<row r=\"4\"><c r=\"B4\"><v>x</v></c></row>")
            << false << Records{{"1"}, {"", "x"}} << Lines{1, 4};
        QTest::newRow("cells and rows without references")
            << QByteArray("<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>") << false
            << Records{{"1", "2"}, {"3"}} << Lines{1, 2};
        QTest::newRow("dates by built-in and custom formats")
            << QByteArray("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45235</v></c><c r=\"B1\" s=\"2\"><v>45942.3541666667</v></c>"
                          "<c r=\"C1\" s=\"3\"><v>44402</v></c><c r=\"D1\" s=\"4\"><v>0.75</v></c>"
                          "<c r=\"E1\" s=\"6\"><v>45235</v></c><c r=\"F1\" s=\"2\"><v>45235</v></c>"
                          "<c r=\"G1\" s=\"1\"><v>1</v></c><c r=\"H1\" s=\"1\"><v>59</v></c><c r=\"I1\" s=\"1\"><v>61</v></c>"
                          "<c r=\"J1\" s=\"1\"><v>60</v></c><c r=\"K1\" s=\"1\"><v>45235.99999999</v></c></row>")
            << false
            << Records{{"2023-11-05", "2025-10-12T08:30:00", "2021-07-25", "18:00:00", "2023-11-05", "2023-11-05",
                        "1900-01-01", "1900-02-28", "1900-03-01", "60", "2023-11-06"}}
            << Lines{1};
        QTest::newRow("1904 date system")
            << QByteArray("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43773</v></c></row>") << true
            << Records{{"2023-11-05"}} << Lines{1};
        QTest::newRow("ISO date cells")
            << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2023-11-05T00:00:00</v></c>"
                          "<c r=\"B1\" t=\"d\"><v>2023-11-05T08:30:00</v></c></row>")
            << false << Records{{"2023-11-05", "2023-11-05T08:30:00"}} << Lines{1};
        QTest::newRow("prefixed elements")
            << QByteArray("<x:row xmlns:x=\"" + Main + "\" r=\"3\"><x:c r=\"A3\" t=\"s\"><x:v>0</x:v></x:c></x:row>")
            << false << Records{{"plain"}} << Lines{3};
    }

    void cells()
    {
        QFETCH(QByteArray, sheetData);
        QFETCH(bool, date1904);
        QFETCH(Records, expected);
        QFETCH(Lines, lines);

        QString error;
        auto reader = openTable(writeWorkbook(workbook(sheetData, Strings, Styles, date1904)), {}, &error);
        QVERIFY2(reader, qPrintable(error));
        const ReadResult result = readAll(*reader);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records, expected);
        QCOMPARE(result.lines, lines);
    }

    void absoluteTargetsAndNoStyles()
    {
        QString error;
        auto reader = openTable(writeWorkbook(workbook("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45235</v></c></row>",
                                                       QByteArray(), QByteArray(), false, "/xl/worksheets/sheet1.xml")),
                                {}, &error);
        QVERIFY2(reader, qPrintable(error));
        const ReadResult result = readAll(*reader);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records, (Records{{"45235"}})); // no styles: a number
    }

    void numberFormats_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        using K = Xlsx::FormatKind;
        QTest::newRow("general") << 0 << QString() << int(K::Number);
        QTest::newRow("built-in 14") << 14 << QString() << int(K::Date);
        QTest::newRow("built-in 22") << 22 << QString() << int(K::DateTime);
        QTest::newRow("built-in 45 mm:ss") << 45 << QString() << int(K::Time);
        QTest::newRow("built-in 47") << 47 << QString() << int(K::Time);
        QTest::newRow("General as code") << 164 << QStringLiteral("General") << int(K::Number);
        QTest::newRow("percentage") << 164 << QStringLiteral("0.00%") << int(K::Number);
        QTest::newRow("scientific") << 164 << QStringLiteral("0.00E+00") << int(K::Number);
        QTest::newRow("dd.mm.yyyy") << 164 << QStringLiteral("dd\\.mm\\.yyyy") << int(K::Date);
        QTest::newRow("yyyy-mm-dd") << 164 << QStringLiteral("yyyy\\-mm\\-dd") << int(K::Date);
        QTest::newRow("with locale") << 164 << QStringLiteral("[$-419]d mmmm yyyy;@") << int(K::Date);
        QTest::newRow("date and time") << 164 << QStringLiteral("dd.mm.yyyy hh:mm") << int(K::DateTime);
        QTest::newRow("time with minutes") << 164 << QStringLiteral("h:mm") << int(K::Time);
        QTest::newRow("elapsed hours") << 164 << QStringLiteral("[h]:mm:ss") << int(K::Time);
        QTest::newRow("quoted letters do not count") << 164 << QStringLiteral("0 \"days\"") << int(K::Number);
        QTest::newRow("colour is not a letter") << 164 << QStringLiteral("[Red]#,##0") << int(K::Number);
        QTest::newRow("escaped letter") << 164 << QStringLiteral("0\\d") << int(K::Number);
        QTest::newRow("month name") << 164 << QStringLiteral("mmm yyyy") << int(K::Date);
    }

    void numberFormats()
    {
        QFETCH(int, id);
        QFETCH(QString, code);
        QFETCH(int, kind);
        QCOMPARE(int(Xlsx::classifyNumberFormat(id, code)), kind);
    }

    void cellReferences_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("column");
        QTest::addColumn<qint64>("row");
        QTest::newRow("A1") << "A1" << true << 1 << qint64(1);
        QTest::newRow("Z9") << "Z9" << true << 26 << qint64(9);
        QTest::newRow("AA10") << "AA10" << true << 27 << qint64(10);
        QTest::newRow("XFD1048576") << "XFD1048576" << true << 16384 << qint64(1048576);
        QTest::newRow("absolute") << "$B$3" << true << 2 << qint64(3);
        QTest::newRow("column only") << "C" << true << 3 << qint64(0);
        QTest::newRow("beyond XFD") << "XFE1" << false << 0 << qint64(0);
        QTest::newRow("digits first") << "1A" << false << 0 << qint64(0);
        QTest::newRow("empty") << "" << false << 0 << qint64(0);
        QTest::newRow("junk after") << "A1x" << false << 0 << qint64(0);
    }

    void cellReferences()
    {
        QFETCH(QString, ref);
        QFETCH(bool, ok);
        QFETCH(int, column);
        QFETCH(qint64, row);
        int c = 0;
        qint64 r = 0;
        QCOMPARE(Xlsx::parseCellReference(ref, &c, &r), ok);
        if (ok) {
            QCOMPARE(c, column);
            QCOMPARE(r, row);
        }
    }

    void broken_data()
    {
        QTest::addColumn<Parts>("parts");
        QTest::addColumn<QByteArray>("rawBytes"); // used instead of parts when set
        QTest::addColumn<int>("sheet");
        QTest::addColumn<bool>("opens");
        QTest::addColumn<int>("recordsBefore");
        QTest::addColumn<QString>("message");

        const Parts good = workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", Strings, Styles);
        const auto without = [&](const QString &name) {
            Parts parts = good;
            parts.removeIf([&](const QPair<QString, QByteArray> &p) { return p.first == name; });
            return parts;
        };
        const auto replaced = [&](const QString &name, const QByteArray &data) {
            Parts parts = good;
            for (auto &p : parts) {
                if (p.first == name)
                    p.second = data;
            }
            return parts;
        };

        QTest::newRow("not a ZIP at all") << Parts() << QByteArray("PK\3\4 this is not really a zip archive") << 0
                                          << false << 0 << QStringLiteral("not an Excel workbook");
        {
            // A workbook with a password is an OLE compound file around the encrypted package.
            QByteArray cfb("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
            cfb += QByteArray(1024, '\0');
            for (QChar c : QStringLiteral("EncryptedPackage"))
                cfb += char(c.unicode()), cfb += '\0';
            cfb += QByteArray(1024, '\0');
            QTest::newRow("a workbook with a password") << Parts() << cfb << 0 << false << 0
                                                       << QStringLiteral("protected with a password");
        }
        QTest::newRow("a ZIP without workbook.xml") << without(QStringLiteral("xl/workbook.xml")) << QByteArray() << 0
                                                    << false << 0 << QStringLiteral("xl/workbook.xml is missing");
        QTest::newRow("an OpenDocument file")
            << Parts{{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
                     {QStringLiteral("content.xml"), "<office:document-content/>"}}
            << QByteArray() << 0 << false << 0 << QStringLiteral("OpenDocument");
        QTest::newRow("the sheet part is missing") << without(QStringLiteral("xl/worksheets/sheet1.xml")) << QByteArray()
                                                   << 0 << false << 0 << QStringLiteral("is missing");
        QTest::newRow("no such sheet") << good << QByteArray() << 5 << false << 0
                                       << QStringLiteral("sheet 6 does not exist");
        QTest::newRow("a chart sheet") << good << QByteArray() << 1 << false << 0
                                       << QStringLiteral("is a chart or a dialog, not a table");
        QTest::newRow("a missing shared string")
            << workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"B2\" t=\"s\"><v>17</v></c></row>",
                        Strings, Styles)
            << QByteArray() << 0 << true << 1
            << QStringLiteral("row 2, column 2 (B2): shared string 17 does not exist in the workbook");
        QTest::newRow("shared strings referenced but no sharedStrings.xml")
            << workbook("<row r=\"4\"><c r=\"C4\" t=\"s\"><v>0</v></c></row>", QByteArray(), Styles) << QByteArray() << 0
            << true << 0 << QStringLiteral("row 4, column 3 (C4): shared string 0 does not exist");
        QTest::newRow("a bad cell reference")
            << workbook("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>", Strings, Styles) << QByteArray() << 0 << true << 0
            << QStringLiteral("is not a cell reference");
        QTest::newRow("cells out of order")
            << workbook("<row r=\"1\"><c r=\"C1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>", Strings, Styles)
            << QByteArray() << 0 << true << 0 << QStringLiteral("out of order");
        // A workbook written by a script with its header row last: read in file order, the first data row
        // became the header and the import said "a required column is missing".
        QTest::newRow("rows out of order")
            << workbook("<row r=\"2\"><c r=\"A2\"><v>1</v></c></row><row r=\"1\"><c r=\"A1\"><v>2</v></c></row>",
                        Strings, Styles)
            << QByteArray() << 0 << true << 1 << QStringLiteral("row 1 comes after row 2");
        QTest::newRow("sheet is not XML")
            << replaced(QStringLiteral("xl/worksheets/sheet1.xml"),
                        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c></row>")
            << QByteArray() << 0 << true << 1 << QStringLiteral("not valid XML");
        QTest::newRow("sheet cut short")
            << replaced(QStringLiteral("xl/worksheets/sheet1.xml"),
                        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\">")
            << QByteArray() << 0 << true << 1 << QStringLiteral("ends in the middle");
        QTest::newRow("workbook is not XML") << replaced(QStringLiteral("xl/workbook.xml"), "<workbook><sheets><sheet")
                                             << QByteArray() << 0 << false << 0
                                             << QStringLiteral("the workbook is damaged: xl/workbook.xml");
        QTest::newRow("workbook without sheets")
            << replaced(QStringLiteral("xl/workbook.xml"), "<workbook xmlns=\"" + Main + "\"><sheets/></workbook>")
            << QByteArray() << 0 << false << 0 << QStringLiteral("has no sheets");
        // Elements nested millions deep made the XML reader's stack grow without bound.
        QTest::newRow("elements nested too deep in the sheet")
            << workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>"
                            + QByteArray("<r>").repeated(5000) + "<t>x</t>" + QByteArray("</r>").repeated(5000)
                            + "</is></c></row>",
                        Strings, Styles)
            << QByteArray() << 0 << true << 1 << QStringLiteral("nested more than");
        QTest::newRow("elements nested too deep in the shared strings")
            << workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>",
                        "<si>" + QByteArray("<r>").repeated(5000) + "<t>x</t>" + QByteArray("</r>").repeated(5000) + "</si>",
                        Styles)
            << QByteArray() << 0 << false << 0 << QStringLiteral("nested more than");
        QTest::newRow("shared strings are not XML")
            << replaced(QStringLiteral("xl/sharedStrings.xml"), "<sst><si><t>x</si>") << QByteArray() << 0 << false << 0
            << QStringLiteral("xl/sharedStrings.xml");
    }

    void broken()
    {
        QFETCH(Parts, parts);
        QFETCH(QByteArray, rawBytes);
        QFETCH(int, sheet);
        QFETCH(bool, opens);
        QFETCH(int, recordsBefore);
        QFETCH(QString, message);

        QString path;
        if (!rawBytes.isEmpty()) {
            path = m_dir.filePath(QStringLiteral("raw%1.xlsx").arg(++m_files));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(rawBytes);
        } else {
            path = writeWorkbook(parts);
        }
        ReadOptions options;
        options.sheet = sheet;
        QString error;
        auto reader = openTable(path, options, &error);
        QCOMPARE(bool(reader), opens);
        if (!opens) {
            QVERIFY2(error.contains(message), qPrintable(error));
            return;
        }
        const ReadResult result = readAll(*reader);
        QCOMPARE(result.records.size(), recordsBefore);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
    }

    void sharedStringLimits_data()
    {
        QTest::addColumn<qint64>("maxCount");
        QTest::addColumn<qint64>("maxChars");
        QTest::addColumn<QString>("message");
        QTest::newRow("too many") << qint64(3) << qint64(1000) << QStringLiteral("more than 3 shared strings");
        QTest::newRow("too much text") << qint64(1000) << qint64(8) << QStringLiteral("more than 8 characters");
    }

    void sharedStringLimits()
    {
        // The number of shared strings and their total length are bounded (a small workbook of
        // forty million empty strings once took gigabytes): refused with a message, not read.
        QFETCH(qint64, maxCount);
        QFETCH(qint64, maxChars);
        QFETCH(QString, message);
        ReadOptions options;
        options.maxSharedStrings = maxCount;
        options.maxSharedStringChars = maxChars;
        QString error;
        auto reader = openTable(writeWorkbook(workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", Strings, Styles)),
                                options, &error);
        QVERIFY(!reader);
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("refused")), qPrintable(error));
        // Within the limits the same workbook reads.
        QVERIFY(openTable(writeWorkbook(workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", Strings, Styles)),
                          {}, &error));
    }

    void missingSharedStringNamesRowAndColumn()
    {
        QString error;
        auto reader = openTable(writeWorkbook(workbook("<row r=\"12\"><c r=\"C12\" t=\"s\"><v>99</v></c></row>", Strings, Styles)),
                                {}, &error);
        QVERIFY(reader);
        QStringList cells;
        QVERIFY(!reader->next(&cells));
        QCOMPARE(reader->errorLine(), 12);
        QCOMPARE(reader->errorColumn(), 3);
        QCOMPARE(reader->errorReason(), QStringLiteral("shared string 99 does not exist in the workbook"));
        QCOMPARE(reader->error(), QStringLiteral("row 12, column 3 (C12): ") + reader->errorReason());
        QVERIFY(!reader->next(&cells)); // stays failed
    }

    void zipBomb()
    {
        // 513 MiB of zeros packs into well under a megabyte. Written in chunks so memory stays small.
        const QString path = m_dir.filePath(QStringLiteral("bomb.xlsx"));
        {
            Parts parts = workbook(QByteArray(), Strings, Styles);
            parts.removeIf([](const QPair<QString, QByteArray> &p) { return p.first == u"xl/worksheets/sheet1.xml"; });
            QuaZip zip(path);
            QVERIFY(zip.open(QuaZip::mdCreate));
            for (const auto &[name, data] : parts) {
                QuaZipFile file(&zip);
                QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
                file.write(data);
                file.close();
            }
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")), nullptr, 0,
                              Z_DEFLATED, Z_BEST_SPEED));
            file.write("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            const QByteArray zeros(4 * 1024 * 1024, '0');
            for (int i = 0; i < 513 / 4 + 1; ++i)
                QCOMPARE(file.write(zeros), qint64(zeros.size()));
            file.write("</t></is></c></row></sheetData></worksheet>");
            file.close();
            zip.close();
            QCOMPARE(zip.getZipError(), UNZ_OK);
        }
        QVERIFY(QFileInfo(path).size() < 4 * 1024 * 1024);

        QElapsedTimer timer;
        timer.start();
        QString error;
        auto reader = openTable(path, {}, &error);
        QVERIFY(!reader);
        QVERIFY2(error.contains(QStringLiteral("ZIP bomb")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("xl/worksheets/sheet1.xml")), qPrintable(error));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));

        // Under a higher size limit the ratio still refuses it.
        ReadOptions options;
        options.maxZipEntryBytes = qint64(1) << 40;
        QVERIFY(!openTable(path, options, &error));
        QVERIFY2(error.contains(QStringLiteral("compressed more than 200:1")), qPrintable(error));
    }

    void entryThatUnpacksToMoreThanItDeclares()
    {
        // A part whose header declares 100 bytes but holds 4 MiB: the bytes are counted while read.
        const QByteArray body = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                                + QByteArray(4 * 1024 * 1024, 'x') + "</t></is></c></row></sheetData></worksheet>";
        QByteArray deflated = qCompress(body, 9);
        deflated = deflated.mid(4 + 2).chopped(4); // qCompress: size, zlib header, data, Adler-32
        const QString path = m_dir.filePath(QStringLiteral("liar.xlsx"));
        {
            Parts parts = workbook(QByteArray(), Strings, Styles);
            parts.removeIf([](const QPair<QString, QByteArray> &p) { return p.first == u"xl/worksheets/sheet1.xml"; });
            QuaZip zip(path);
            QVERIFY(zip.open(QuaZip::mdCreate));
            for (const auto &[name, data] : parts) {
                QuaZipFile file(&zip);
                QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
                file.write(data);
                file.close();
            }
            QuaZipNewInfo info(QStringLiteral("xl/worksheets/sheet1.xml"));
            info.uncompressedSize = 100;
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 9, true));
            file.write(deflated);
            file.close();
            zip.close();
        }
        QString error;
        auto reader = openTable(path, {}, &error);
        if (!reader) {
            QVERIFY(!error.isEmpty());
            return;
        }
        const ReadResult result = readAll(*reader);
        QVERIFY(result.records.isEmpty());
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.bytesRead <= 100);
    }
};

QTEST_APPLESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
