// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader_p.h"

#include <quazipfileinfo.h>

#include <QFileInfo>

#include <climits>

namespace Sailau::Import {

bool XlsxReader::Private::openSheet(int index, QString *message)
{
    if (index < 0 || index >= sheets.size()) {
        *message = tr("the workbook has %n sheet(s); sheet %1 does not exist", nullptr, int(sheets.size()))
                       .arg(index + 1);
        return false;
    }
    const Sheet &sheet = sheets.at(index);
    if (sheet.type != u"worksheet") {
        *message = tr("the sheet «%1» is a chart or a dialog, not a table").arg(sheet.name);
        return false;
    }
    if (!locate(sheet.part)) {
        *message = tr("the workbook is incomplete: the sheet «%1» (%2) is missing").arg(sheet.name, sheet.part);
        return false;
    }
    if (!checkEntry(sheet.part, &sheetBytes, message))
        return false;
    sheetFile = std::make_unique<QuaZipFile>(&zip);
    if (!sheetFile->open(QIODevice::ReadOnly)) {
        *message = tr("the workbook is damaged: the sheet «%1» cannot be unpacked").arg(sheet.name);
        return false;
    }
    sheetIndex = index;
    chunk.resize(256 * 1024);
    return true;
}

// Gives the XML reader the next piece of the sheet; false at the end or on error.
bool XlsxReader::Private::feed()
{
    const qint64 n = sheetFile->read(chunk.data(), chunk.size());
    if (n < 0)
        return setError(tr("the workbook is damaged: the sheet cannot be unpacked (after row %1)").arg(rowNumber));
    if (n == 0)
        return false;
    sheetRead += n;
    if (sheetRead > sheetBytes || sheetRead > options.maxZipEntryBytes)
        return setError(tr("the sheet unpacks to more than it declares; "
                           "the file is refused as damaged or a possible ZIP bomb"));
    xml.addData(QByteArray(chunk.constData(), qsizetype(n)));
    return true;
}

// The end of the sheet: the rest of its part is read, so that its checksum is checked.
bool XlsxReader::Private::finish()
{
    finished = true;
    while (sheetFile && sheetFile->isOpen()) {
        const qint64 n = sheetFile->read(chunk.data(), chunk.size());
        if (n < 0)
            return setError(tr("the workbook is damaged: the sheet cannot be unpacked (after row %1)").arg(rowNumber));
        if (n == 0) {
            sheetFile->close();
            if (sheetFile->getZipError() != UNZ_OK)
                return setError(tr("the workbook is damaged: the sheet fails its checksum (its bytes changed after "
                                   "it was written)"));
            break;
        }
        sheetRead += n;
        if (sheetRead > sheetBytes || sheetRead > options.maxZipEntryBytes)
            return setError(tr("the sheet unpacks to more than it declares; "
                               "the file is refused as damaged or a possible ZIP bomb"));
    }
    return false;
}

bool XlsxReader::Private::cellError(const QString &message)
{
    errorLine = int(rowNumber);
    errorColumn = cellColumn;
    return setError(tr("row %1, column %2 (%3): %4").arg(rowNumber).arg(cellColumn).arg(cellRef, message), message);
}

// The text of the finished cell.
bool XlsxReader::Private::cellValue(QString *value)
{
    const QString type = cellType;
    if (type == u"s") {
        bool ok = false;
        const qint64 index = cellText.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= sharedStrings.size())
            return cellError(tr("shared string %1 does not exist in the workbook").arg(cellText.trimmed()));
        *value = sharedStrings.at(qsizetype(index));
        return true;
    }
    if (type == u"inlineStr" || type == u"str") {
        *value = Xlsx::unescapeOoxml(cellText);
        return true;
    }
    if (type == u"b") {
        const QString t = cellText.trimmed();
        *value = (t == u"1" || t.compare(u"true", Qt::CaseInsensitive) == 0) ? QStringLiteral("TRUE")
                                                                           : QStringLiteral("FALSE");
        return true;
    }
    if (type == u"e") {
        *value = cellText.trimmed();
        return true;
    }
    if (type == u"d") {
        QString t = cellText.trimmed();
        for (const QLatin1String midnight : {QLatin1String("T00:00:00Z"), QLatin1String("T00:00:00"),
                                             QLatin1String("T00:00:00.000")}) {
            if (t.endsWith(midnight)) {
                t.chop(midnight.size());
                break;
            }
        }
        *value = t;
        return true;
    }
    // A number.
    *value = cellText.trimmed();
    if (cellStyle >= 0 && cellStyle < xfKinds.size() && xfKinds.at(cellStyle) != Xlsx::FormatKind::Number) {
        bool ok = false;
        const double serial = value->toDouble(&ok);
        if (ok) {
            const QString iso = Xlsx::serialToIso(serial, xfKinds.at(cellStyle), date1904);
            if (!iso.isEmpty())
                *value = iso;
        }
    }
    return true;
}

// An element opens: a row, a cell, its value or inline text. False on an error.
bool XlsxReader::Private::startElement()
{
    const QStringView name = xml.name();
    if (!inSheetData) {
        if (name == u"sheetData")
            inSheetData = true;
        return true;
    }
    if (name == u"c") {
        const auto attrs = xml.attributes();
        cellRef = attrs.value(QLatin1String("r")).toString();
        int column = 0;
        qint64 row = 0;
        if (cellRef.isEmpty()) {
            column = cellCount + 1;
            cellRef = QString::number(column);
        } else if (!Xlsx::parseCellReference(cellRef, &column, &row)) {
            cellColumn = cellCount + 1;
            return cellError(tr("“%1” is not a cell reference").arg(cellRef));
        }
        cellColumn = column;
        cellType = attrs.value(QLatin1String("t")).toString();
        cellStyle = attrs.hasAttribute(QLatin1String("s")) ? attrs.value(QLatin1String("s")).toInt() : 0;
        cellText.clear();
        cellHasValue = false;
        inValue = inInline = inText = false;
        phoneticDepth = 0;
    } else if (name == u"row") {
        const QStringView r = xml.attributes().value(QLatin1String("r"));
        bool ok = false;
        const qint64 number = r.toLongLong(&ok);
        if (ok && number > 0 && number <= rowNumber) {
            // Excel and LibreOffice always write rows in order; a file that does not would
            // put a data row where the header is expected.
            errorLine = int(number);
            return setError(tr("the rows of the sheet are out of order: row %1 comes after row %2. "
                               "Open the workbook in Excel or LibreOffice and save it again.")
                                .arg(number)
                                .arg(rowNumber));
        }
        rowNumber = ok && number > 0 ? number : rowNumber + 1;
        cellCount = 0;
    } else if (name == u"v") {
        inValue = true;
        cellHasValue = true;
    } else if (name == u"is") {
        inInline = true;
        cellHasValue = true;
    } else if (name == u"rPh") {
        ++phoneticDepth;
    } else if (name == u"t" && inInline && phoneticDepth == 0) {
        inText = true;
    }
    return true;
}

// An element closes: a cell is put in its column, a row is complete. Nothing while the row goes on;
// otherwise what readRow() returns.
std::optional<bool> XlsxReader::Private::endElement(QStringList *cells)
{
    const QStringView name = xml.name();
    if (!inSheetData)
        return std::nullopt;
    if (name == u"v") {
        inValue = false;
    } else if (name == u"t") {
        inText = false;
    } else if (name == u"rPh") {
        --phoneticDepth;
    } else if (name == u"is") {
        inInline = false;
        cellType = QStringLiteral("inlineStr");
    } else if (name == u"c") {
        if (!cellHasValue)
            return std::nullopt;
        QString value;
        if (!cellValue(&value))
            return false;
        const int index = cellColumn - 1;
        if (index < cellCount)
            return cellError(tr("the cell is out of order (column %1 was already read)").arg(cellColumn));
        if (index >= options.maxColumns)
            return cellError(tr("more than %1 columns").arg(options.maxColumns));
        for (int i = cellCount; i < index; ++i) {
            if (i < cells->size())
                (*cells)[i].clear();
            else
                cells->append(QString());
        }
        if (index < cells->size())
            (*cells)[index] = value;
        else
            cells->append(value);
        cellCount = index + 1;
    } else if (name == u"row") {
        if (cellCount == 0)
            return std::nullopt; // a row without values
        if (cells->size() > cellCount)
            cells->resize(cellCount);
        recordRow = rowNumber;
        return true;
    } else if (name == u"sheetData") {
        inSheetData = false;
        return finish();
    }
    return std::nullopt;
}

bool XlsxReader::Private::readRow(QStringList *cells)
{
    using T = QXmlStreamReader;
    for (;;) {
        T::TokenType token;
        if (!nextToken(xml, &sheetDepth, &token))
            return setError(tr("the sheet has elements nested more than %1 levels deep (after row %2); the file "
                               "is refused as damaged or made to exhaust memory")
                                .arg(options.maxXmlDepth)
                                .arg(rowNumber));
        switch (token) {
        case T::StartElement:
            if (!startElement())
                return false;
            break;
        case T::Characters:
            if (inValue || inText) {
                if (cellText.size() + xml.text().size() > options.maxRecordChars)
                    return cellError(tr("the cell is longer than %1 characters").arg(options.maxRecordChars));
                cellText += xml.text();
            }
            break;
        case T::EndElement:
            if (const std::optional<bool> done = endElement(cells))
                return *done;
            break;
        case T::EndDocument:
            return finish();
        case T::Invalid:
            if (xml.error() == T::PrematureEndOfDocumentError) {
                if (feed())
                    break;
                if (failed)
                    return false;
                if (inSheetData || rowNumber == 0)
                    return setError(tr("the workbook is damaged: the sheet ends in the middle (after row %1)")
                                        .arg(rowNumber));
                return finish();
            }
            errorLine = int(rowNumber);
            return setError(tr("the workbook is damaged: the sheet is not valid XML after row %1: %2")
                                .arg(rowNumber)
                                .arg(xml.errorString()));
        default:
            break;
        }
    }
}


XlsxReader::XlsxReader()
    : d(std::make_unique<Private>())
{
}

XlsxReader::~XlsxReader()
{
    if (d->sheetFile && d->sheetFile->isOpen())
        d->sheetFile->close();
}

std::unique_ptr<XlsxReader> XlsxReader::open(const QString &path, const ReadOptions &options, QString *error)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    Private &p = *reader->d;
    p.path = path;
    p.options = options;
    QString message;
    if (!p.openZip(&message) || !p.readWorkbook(&message) || !p.readSharedStrings(&message)
        || !p.readStyles(&message) || !p.openSheet(options.sheet, &message)) {
        if (error)
            *error = message;
        return nullptr;
    }
    return reader;
}

QStringList XlsxReader::sheetNames(const QString &path, QString *error, const ReadOptions &options)
{
    Private p;
    p.path = path;
    p.options = options;
    QString message;
    if (!p.openZip(&message) || !p.readWorkbook(&message)) {
        if (error)
            *error = message;
        return {};
    }
    QStringList names;
    for (const Private::Sheet &sheet : std::as_const(p.sheets))
        names.append(sheet.name);
    return names;
}

bool XlsxReader::next(QStringList *cells)
{
    if (d->failed || d->finished)
        return false;
    const bool ok = d->readRow(cells);
    m_errorLine = d->errorLine;
    m_errorColumn = d->errorColumn;
    m_errorReason = d->errorReason;
    return ok;
}

qint64 XlsxReader::line() const
{
    return d->recordRow;
}

qint64 XlsxReader::bytesRead() const
{
    return d->sheetRead;
}

qint64 XlsxReader::totalBytes() const
{
    return d->sheetBytes;
}

QString XlsxReader::error() const
{
    return d->error;
}

QString XlsxReader::sha256() const
{
    if (!d->finished || d->failed)
        return {};
    return fileSha256(d->path);
}

QStringList XlsxReader::sheets() const
{
    QStringList names;
    for (const Private::Sheet &sheet : std::as_const(d->sheets))
        names.append(sheet.name);
    return names;
}

int XlsxReader::sheetIndex() const
{
    return d->sheetIndex;
}

} // namespace Sailau::Import
