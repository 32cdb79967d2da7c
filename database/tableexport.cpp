// SPDX-License-Identifier: GPL-3.0-or-later
// The table writer: the cells as both formats read them, CSV, and the temporary file that takes
// the target's place on commit. The XLSX package is written in tableexportxlsx.cpp.
#include "tableexport_p.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace Sailau::TableExport {

namespace {

constexpr qsizetype FlushBytes = 256 * 1024;

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

} // namespace

// ---- Cells --------------------------------------------------------------------------------------

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

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

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

// ---- The file under both formats ----------------------------------------------------------------

bool TableWriter::Private::fail(const QString &message)
{
    if (error.isEmpty())
        error = message;
    discard();
    return false;
}

QString TableWriter::Private::writeProblem()
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

void TableWriter::Private::discard()
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

bool TableWriter::Private::flush(bool force)
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

// ---- CSV ----------------------------------------------------------------------------------------

bool TableWriter::Private::beginCsv(const QStringList &header)
{
    buffer = QByteArrayLiteral("\xEF\xBB\xBF");   // UTF-8 byte order mark: Excel reads UTF-8
    if (!header.isEmpty()) {
        QStringList fields;
        fields.reserve(header.size());
        for (const QString &title : header)
            fields.append(csvField(neutralised(title), options.delimiter));
        appendCsvRow(fields);
    }
    return flush(false);
}

void TableWriter::Private::appendCsvRow(const QStringList &fields)
{
    buffer += fields.join(options.delimiter).toUtf8();
    buffer += "\r\n";
}

bool TableWriter::Private::commitCsv()
{
    if (!flush(true))
        return false;
    if (!file->commit())
        return fail(TableWriter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file->errorString()));
    file.reset();
    done = true;
    return true;
}

// ---- TableWriter --------------------------------------------------------------------------------

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
    if (d->options.format == Format::Csv)
        return d->beginCsv(header);
    return d->beginXlsx(header);
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
    if (d->options.format == Format::Xlsx)
        return d->commitXlsx();
    return d->commitCsv();
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
