// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableexport.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <algorithm>
#include <cmath>

namespace Sailau::TableExport {

namespace {

constexpr qsizetype FlushBytes = 256 * 1024;

// XLSX cell styles (indexes into cellXfs of styles.xml below).
constexpr int StyleHeader = 1;
constexpr int StylePercent = 2;
constexpr int StyleDate = 3;

enum class CellKind { Missing, Integer, Number, Date, Text };

CellKind kindOf(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return CellKind::Missing;
    switch (cell.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return CellKind::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return std::isfinite(cell.toDouble()) ? CellKind::Number : CellKind::Missing;
    case QMetaType::QDate:
        return cell.toDate().isValid() ? CellKind::Date : CellKind::Missing;
    default:
        // Empty text is a missing cell too: both formats write nothing for it.
        return cell.toString().isEmpty() ? CellKind::Missing : CellKind::Text;
    }
}

QString integerText(const QVariant &cell)
{
    if (cell.typeId() == QMetaType::ULongLong || cell.typeId() == QMetaType::ULong)
        return QString::number(cell.toULongLong());
    return QString::number(cell.toLongLong());
}

// The shortest text that reads back as the same double, with a decimal point.
QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// Days since 1899-12-30: the serial number spreadsheets store for a date.
qint64 dateSerial(const QDate &date)
{
    return QDate(1899, 12, 30).daysTo(date);
}

// ---- CSV (RFC 4180, CRLF, UTF-8 with a byte order mark) -----------------------------------------

QString csvField(const QString &text, QChar delimiter)
{
    if (text.contains(delimiter) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return text;
}

QString csvCell(const QVariant &cell, const Options &options)
{
    switch (kindOf(cell)) {
    case CellKind::Missing:
        return {};
    case CellKind::Integer:
        return integerText(cell);
    case CellKind::Number: {
        QString text = numberText(cell.toDouble());
        if (options.decimalSeparator != QLatin1Char('.'))
            text.replace(QLatin1Char('.'), options.decimalSeparator);
        return csvField(text, options.delimiter);
    }
    case CellKind::Date:
        return cell.toDate().toString(Qt::ISODate);
    case CellKind::Text:
        return csvField(neutralised(cell.toString()), options.delimiter);
    }
    return {};
}

// ---- XLSX ---------------------------------------------------------------------------------------

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

} // namespace

Options Options::csv(QChar delimiter)
{
    Options o;
    o.format = Format::Csv;
    o.delimiter = delimiter;
    o.decimalSeparator = delimiter == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char('.');
    return o;
}

Options Options::xlsx(const QString &sheetName)
{
    Options o;
    o.format = Format::Xlsx;
    o.sheetName = sheetName;
    return o;
}

bool formatForPath(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        *format = Format::Csv;
        return true;
    }
    if (suffix == QLatin1String("xlsx")) {
        *format = Format::Xlsx;
        return true;
    }
    return false;
}

bool writeAll(QIODevice *device, const QByteArray &data)
{
    qint64 offset = 0;
    while (offset < data.size()) {
        const qint64 n = device->write(data.constData() + offset, data.size() - offset);
        if (n <= 0)
            return false;
        offset += n;
    }
    return true;
}

bool isFormulaLike(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString neutralised(const QString &text)
{
    // A leading apostrophe is what a spreadsheet user types to enter such text literally; Excel
    // and LibreOffice then show the text and never evaluate it.
    return isFormulaLike(text) ? QLatin1Char('\'') + text : text;
}

struct TableWriter::Private
{
    QString path;
    Options options;
    // Declared in this order so that the ZIP entry closes before the archive, and the archive
    // before the file under it.
    std::unique_ptr<QSaveFile> file;
    std::unique_ptr<QuaZip> zip;
    std::unique_ptr<QuaZipFile> sheet;
    QByteArray buffer;
    QList<ColumnStyle> styles;
    qint64 sheetRows = 0;     // rows in the file, the header included
    qint64 dataRows = 0;
    bool begun = false;
    bool done = false;
    QString error;

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        discard();
        return false;
    }

    QString writeProblem()
    {
        // A write cut short by a full disk leaves no error of its own: one more byte gives the
        // cause (the file is discarded anyway).
        if (file && file->isOpen() && file->error() == QFileDevice::NoError)
            file->write("", 1);
        const QString detail = file && file->error() != QFileDevice::NoError ? file->errorString()
            : sheet && sheet->getZipError() != 0
            ? TableWriter::tr("the ZIP archive could not be written (error %1)").arg(sheet->getZipError())
            : (file ? file->errorString() : QString());
        return TableWriter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), detail);
    }

    void discard()
    {
        if (file)
            file->cancelWriting();
        // With the file cancelled, closing the archive commits nothing and the temporary file goes.
        if (sheet) {
            sheet->close();
            sheet.reset();
        }
        if (zip) {
            zip->close();
            zip.reset();
        }
        file.reset();
        buffer.clear();
        done = true;
    }

    bool flush(bool force)
    {
        if (buffer.isEmpty() || (!force && buffer.size() < FlushBytes))
            return true;
        QIODevice *device = sheet ? static_cast<QIODevice *>(sheet.get()) : static_cast<QIODevice *>(file.get());
        const bool written = sheet ? device->write(buffer) == buffer.size() : writeAll(device, buffer);
        buffer.clear();
        if (!written || (sheet && sheet->getZipError() != 0))
            return fail(writeProblem());
        return true;
    }

    bool writeEntry(const QString &name, const QByteArray &data)
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

    void appendCsvRow(const QStringList &fields)
    {
        buffer += fields.join(options.delimiter).toUtf8();
        buffer += "\r\n";
    }

    void appendXlsxRow(const QVariantList &cells, bool header)
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
};

TableWriter::TableWriter(const QString &path, const Options &options)
    : d(std::make_unique<Private>())
{
    d->path = path;
    d->options = options;
}

TableWriter::~TableWriter()
{
    if (!d->done)
        d->discard();
}

bool TableWriter::begin(const QStringList &header, const QList<ColumnStyle> &styles)
{
    if (d->begun || d->done)
        return d->fail(tr("The export has already started."));
    d->begun = true;
    d->styles = styles;
    if (d->options.format == Format::Csv) {
        const QChar delimiter = d->options.delimiter;
        if (delimiter.isNull() || delimiter == QLatin1Char('"') || delimiter == QLatin1Char('\r')
            || delimiter == QLatin1Char('\n') || delimiter == d->options.decimalSeparator)
            return d->fail(tr("“%1” cannot separate the fields of a CSV file.").arg(delimiter));
    }

    d->file = std::make_unique<QSaveFile>(d->path);
    // Unbuffered: the writer keeps its own buffer, and a write that fails (a full disk) fails where
    // it is checked (QSaveFile::commit() does not report a failed flush of its own buffer).
    if (!d->file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return d->fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(d->path), d->file->errorString()));

    if (d->options.format == Format::Csv) {
        d->buffer = QByteArrayLiteral("\xEF\xBB\xBF");   // UTF-8 byte order mark: Excel reads UTF-8
        if (!header.isEmpty()) {
            QStringList fields;
            fields.reserve(header.size());
            for (const QString &title : header)
                fields.append(csvField(neutralised(title), d->options.delimiter));
            d->appendCsvRow(fields);
        }
        return d->flush(false);
    }

    d->zip = std::make_unique<QuaZip>(d->file.get());
    if (!d->zip->open(QuaZip::mdCreate))
        return d->fail(tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(d->path),
                                tr("the ZIP archive could not be created (error %1)").arg(d->zip->getZipError())));
    if (!d->writeEntry(QStringLiteral("[Content_Types].xml"), QByteArray(ContentTypes))
        || !d->writeEntry(QStringLiteral("_rels/.rels"), QByteArray(PackageRels))
        || !d->writeEntry(QStringLiteral("xl/workbook.xml"), workbookXml(d->options.sheetName))
        || !d->writeEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArray(WorkbookRels))
        || !d->writeEntry(QStringLiteral("xl/styles.xml"), QByteArray(Styles)))
        return false;

    d->sheet = std::make_unique<QuaZipFile>(d->zip.get());
    if (!d->sheet->open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml"))))
        return d->fail(d->writeProblem());
    d->buffer = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
    if (!header.isEmpty()) {
        // The header row stays in view while the rows scroll.
        d->buffer += "<sheetViews><sheetView workbookViewId=\"0\">"
                     "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                     "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
                     "</sheetView></sheetViews>";
        d->buffer += "<cols>";
        for (int i = 0; i < header.size(); ++i) {
            const int width = std::clamp(int(header.at(i).size()) + 3, 10, 50);
            d->buffer += "<col min=\"" + QByteArray::number(i + 1) + "\" max=\"" + QByteArray::number(i + 1)
                + "\" width=\"" + QByteArray::number(width) + "\" customWidth=\"1\"/>";
        }
        d->buffer += "</cols>";
    }
    d->buffer += "<sheetData>";
    if (!header.isEmpty()) {
        QVariantList cells;
        cells.reserve(header.size());
        for (const QString &title : header)
            cells.append(title);
        d->appendXlsxRow(cells, true);
    }
    return d->flush(false);
}

bool TableWriter::addRow(const QVariantList &cells)
{
    if (!d->begun || d->done)
        return d->fail(tr("The export is not open."));
    if (d->options.format == Format::Csv) {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QVariant &cell : cells)
            fields.append(csvCell(cell, d->options));
        d->appendCsvRow(fields);
    } else {
        d->appendXlsxRow(cells, false);
    }
    ++d->dataRows;
    return d->flush(false);
}

bool TableWriter::commit()
{
    if (!d->begun || d->done)
        return d->fail(tr("The export is not open."));
    if (d->options.format == Format::Xlsx) {
        d->buffer += "</sheetData></worksheet>";
        if (!d->flush(true))
            return false;
        d->sheet->close();
        if (d->sheet->getZipError() != 0)
            return d->fail(d->writeProblem());
        d->sheet.reset();
        // Closing the archive commits the QSaveFile under it (QuaZip commits a QSaveFile instead of
        // closing it).
        d->zip->close();
        const int zipError = d->zip->getZipError();
        d->zip.reset();
        const bool committed = zipError == 0 && !d->file->isOpen() && d->file->error() == QFileDevice::NoError;
        if (!committed) {
            const QString detail = d->file->error() != QFileDevice::NoError
                ? d->file->errorString()
                : tr("the ZIP archive could not be finished (error %1)").arg(zipError);
            return d->fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(d->path), detail));
        }
        d->file.reset();
        d->done = true;
        return true;
    }
    if (!d->flush(true))
        return false;
    if (!d->file->commit())
        return d->fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(d->path), d->file->errorString()));
    d->file.reset();
    d->done = true;
    return true;
}

void TableWriter::cancel()
{
    if (!d->done)
        d->discard();
}

QString TableWriter::errorString() const
{
    return d->error;
}

qint64 TableWriter::rowsWritten() const
{
    return d->dataRows;
}

bool writeTable(const QString &path, const Options &options, const QStringList &header,
                const QList<QVariantList> &rows, QString *error, const QList<ColumnStyle> &styles)
{
    TableWriter writer(path, options);
    bool ok = writer.begin(header, styles);
    for (qsizetype i = 0; ok && i < rows.size(); ++i)
        ok = writer.addRow(rows.at(i));
    ok = ok && writer.commit();
    if (!ok && error)
        *error = writer.errorString();
    return ok;
}

} // namespace Sailau::TableExport
