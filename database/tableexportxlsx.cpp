// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX format of the table writer: the package's fixed parts, the workbook naming the one
// sheet, and the sheet's rows, written into a ZIP archive over the writer's temporary file.
#include "tableexport_p.h"

#include <QDate>
#include <QDir>

#include <quazipnewinfo.h>

#include <algorithm>

namespace Sailau::TableExport {

namespace {

// XLSX cell styles (indexes into cellXfs of styles.xml below).
constexpr int StyleHeader = 1;
constexpr int StylePercent = 2;
constexpr int StyleDate = 3;

// Days since 1899-12-30: the serial number spreadsheets store for a date.
qint64 dateSerial(const QDate &date)
{
    return QDate(1899, 12, 30).daysTo(date);
}

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('A') && c <= QLatin1Char('F'))
        || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
}

// Text for XML content or an attribute value. Characters XML 1.0 cannot carry are written as
// OOXML's _xHHHH_ escapes (and a literal "_xHHHH_" in the text gets its underscore escaped, so it
// reads back as written); a carriage return is a character reference, which XML parsers keep
// (a raw one would turn into a line feed).
QString xmlText(const QString &text, bool attribute = false)
{
    QString out;
    out.reserve(text.size() + 16);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
            continue;
        }
        switch (u) {
        case u'<': out += QLatin1String("&lt;"); continue;
        case u'>': out += QLatin1String("&gt;"); continue;
        case u'&': out += QLatin1String("&amp;"); continue;
        case u'"':
            out += attribute ? QLatin1String("&quot;") : QLatin1String("\"");
            continue;
        case u'\r': out += QLatin1String("&#13;"); continue;
        case u'\n': out += attribute ? QLatin1String("&#10;") : QLatin1String("\n"); continue;
        case u'\t': out += attribute ? QLatin1String("&#9;") : QLatin1String("\t"); continue;
        default: break;
        }
        if (u < 0x20 || u == 0xFFFE || u == 0xFFFF) {
            out += QLatin1String("_x") + QString::number(uint(u), 16).toUpper().rightJustified(4, QLatin1Char('0'))
                + QLatin1Char('_');
            continue;
        }
        if (u == u'_' && i + 6 < n && text.at(i + 1) == QLatin1Char('x') && isHex(text.at(i + 2))
            && isHex(text.at(i + 3)) && isHex(text.at(i + 4)) && isHex(text.at(i + 5))
            && text.at(i + 6) == QLatin1Char('_')) {
            out += QLatin1String("_x005F_");
            continue;
        }
        out += c;
    }
    return out;
}

QByteArray columnName(int index)
{
    QByteArray name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(char('A' + (n - 1) % 26));
    return name;
}

QString sheetNameFor(const QString &wanted)
{
    QString name = wanted.trimmed();
    for (QChar &c : name) {
        if (QStringView(u"[]:*?/\\").contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    name = name.left(31);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

const char ContentTypes[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/xl/workbook.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    "<Override PartName=\"/xl/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    "</Types>";

const char PackageRels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/>"
    "</Relationships>";

const char WorkbookRels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/>"
    "</Relationships>";

// Cell formats: 0 plain, 1 bold (the header), 2 percent with two decimals, 3 date YYYY-MM-DD.
const char Styles[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
    "<fonts count=\"2\">"
    "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    "</fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"4\">"
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    "</cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "</styleSheet>";

QByteArray workbookXml(const QString &sheetName)
{
    return QByteArrayLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
               "<bookViews><workbookView/></bookViews><sheets><sheet name=\"")
        + xmlText(sheetNameFor(sheetName), true).toUtf8()
        + QByteArrayLiteral("\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
}

// The sheet's XML before its first row: with a header, the header row frozen in view and each
// column as wide as its title.
QByteArray worksheetStart(const QStringList &header)
{
    QByteArray xml = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
    if (!header.isEmpty()) {
        // The header row stays in view while the rows scroll.
        xml += "<sheetViews><sheetView workbookViewId=\"0\">"
               "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
               "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
               "</sheetView></sheetViews>";
        xml += "<cols>";
        for (int i = 0; i < header.size(); ++i) {
            const int width = std::clamp(int(header.at(i).size()) + 3, 10, 50);
            xml += "<col min=\"" + QByteArray::number(i + 1) + "\" max=\"" + QByteArray::number(i + 1)
                + "\" width=\"" + QByteArray::number(width) + "\" customWidth=\"1\"/>";
        }
        xml += "</cols>";
    }
    xml += "<sheetData>";
    return xml;
}

} // namespace

bool TableWriter::Private::beginXlsx(const QStringList &header)
{
    zip = std::make_unique<QuaZip>(file.get());
    if (!zip->open(QuaZip::mdCreate))
        return fail(TableWriter::tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(path),
                             TableWriter::tr("the ZIP archive could not be created (error %1)").arg(zip->getZipError())));
    if (!writeEntry(QStringLiteral("[Content_Types].xml"), QByteArray(ContentTypes))
        || !writeEntry(QStringLiteral("_rels/.rels"), QByteArray(PackageRels))
        || !writeEntry(QStringLiteral("xl/workbook.xml"), workbookXml(options.sheetName))
        || !writeEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArray(WorkbookRels))
        || !writeEntry(QStringLiteral("xl/styles.xml"), QByteArray(Styles)))
        return false;

    sheet = std::make_unique<QuaZipFile>(zip.get());
    if (!sheet->open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml"))))
        return fail(writeProblem());
    buffer = worksheetStart(header);
    if (!header.isEmpty()) {
        QVariantList cells;
        cells.reserve(header.size());
        for (const QString &title : header)
            cells.append(title);
        appendXlsxRow(cells, true);
    }
    return flush(false);
}

bool TableWriter::Private::writeEntry(const QString &name, const QByteArray &data)
{
    bool ok = false;
    {
        // Closed and gone before a failure discards the archive it writes into.
        QuaZipFile entry(zip.get());
        if (entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
            ok = entry.write(data) == data.size();
            entry.close();
            ok = ok && entry.getZipError() == 0;
        }
    }
    return ok || fail(writeProblem());
}

void TableWriter::Private::appendXlsxRow(const QVariantList &cells, bool header)
{
    const QByteArray rowNumber = QByteArray::number(sheetRows + 1);
    buffer += "<row r=\"" + rowNumber + "\">";
    for (int i = 0; i < cells.size(); ++i) {
        const QVariant &cell = cells.at(i);
        const CellKind kind = header ? (kindOf(cell) == CellKind::Missing ? CellKind::Missing : CellKind::Text)
                                     : kindOf(cell);
        if (kind == CellKind::Missing)
            continue;   // a missing figure is an absent cell, never 0
        buffer += "<c r=\"" + columnName(i) + rowNumber + '"';
        switch (kind) {
        case CellKind::Integer:
            buffer += "><v>" + integerText(cell).toUtf8() + "</v></c>";
            break;
        case CellKind::Number:
            if (styles.value(i) == ColumnStyle::Percent)
                buffer += " s=\"" + QByteArray::number(StylePercent) + '"';
            buffer += "><v>" + numberText(cell.toDouble()).toUtf8() + "</v></c>";
            break;
        case CellKind::Date:
            buffer += " s=\"" + QByteArray::number(StyleDate) + "\"><v>"
                + QByteArray::number(dateSerial(cell.toDate())) + "</v></c>";
            break;
        case CellKind::Text:
            // Text is always an inline string, never a formula (no <f> is ever written), so
            // Excel cannot evaluate it. The leading apostrophe is added as well, as in CSV, so
            // that the cell stays visibly literal when the sheet is saved again as CSV and
            // that both formats hold the same text.
            if (header)
                buffer += " s=\"" + QByteArray::number(StyleHeader) + '"';
            buffer += " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                + xmlText(neutralised(cell.toString())).toUtf8() + "</t></is></c>";
            break;
        case CellKind::Missing:
            break;
        }
    }
    buffer += "</row>";
    ++sheetRows;
}

bool TableWriter::Private::commitXlsx()
{
    buffer += "</sheetData></worksheet>";
    if (!flush(true))
        return false;
    sheet->close();
    if (sheet->getZipError() != 0)
        return fail(writeProblem());
    sheet.reset();
    // Closing the archive commits the QSaveFile under it (QuaZip commits a QSaveFile instead of
    // closing it).
    zip->close();
    const int zipError = zip->getZipError();
    zip.reset();
    const bool committed = zipError == 0 && !file->isOpen() && file->error() == QFileDevice::NoError;
    if (!committed) {
        const QString detail = file->error() != QFileDevice::NoError
            ? file->errorString()
            : TableWriter::tr("the ZIP archive could not be finished (error %1)").arg(zipError);
        return fail(TableWriter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), detail));
    }
    file.reset();
    done = true;
    return true;
}

} // namespace Sailau::TableExport
