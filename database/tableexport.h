// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace Sailau::TableExport {

// Writing a table (a header and rows of cells) to a file that spreadsheets open: CSV or XLSX.
//
// A cell is a QVariant:
//   - invalid or null: missing, written as an empty cell (never as 0);
//   - an integer type: a whole number;
//   - double or float: a number (NaN and infinities are missing);
//   - QDate: a date (XLSX: a date cell shown as YYYY-MM-DD; CSV: YYYY-MM-DD);
//   - anything else: text (QVariant::toString()).
//
// Text cells that a spreadsheet would take for a formula (they begin with = + - @, a tab or a
// carriage return) are neutralised: see neutralised().

enum class Format { Csv, Xlsx };

struct Options
{
    Format format = Format::Csv;
    // CSV: the field delimiter; ',' or ';' (Excel set to Russian or Kazakh reads ';').
    QChar delimiter = QLatin1Char(',');
    // CSV: the decimal separator of numbers; ',' goes with the ';' delimiter for the same Excel.
    QChar decimalSeparator = QLatin1Char('.');
    // XLSX: the name of the sheet (at most 31 characters; [ ] : * ? / \ are replaced); empty: "Sheet1".
    QString sheetName;

    // The usual pairing: ';' with decimal comma, anything else with decimal point.
    static Options csv(QChar delimiter = QLatin1Char(','));
    static Options xlsx(const QString &sheetName = {});
};

// How an XLSX number column is shown; CSV writes the number the same way in every case.
enum class ColumnStyle { General, Percent };

// The format for a file name: .csv or .xlsx (any case). False for anything else.
bool formatForPath(const QString &path, Format *format);

// Writes all of data to device. A write cut short (a full disk, a file-size limit) is tried again
// for the rest, so that the device's error names the cause; false when not all was written.
bool writeAll(QIODevice *device, const QByteArray &data);

// True when a spreadsheet would read the text as a formula or a command: it begins with
// '=', '+', '-', '@', a tab or a carriage return.
bool isFormulaLike(QStringView text);
// The text as it is written to a file: with a leading apostrophe when isFormulaLike(), else as is.
QString neutralised(const QString &text);

// Writes one table into one file, row by row, so that a large table needs little memory. The
// bytes go to a temporary file next to the target that replaces it only on commit(): a failed or
// cancelled export leaves the previous file (or no file) in place, never half a table.
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::TableExport::TableWriter)
public:
    TableWriter(const QString &path, const Options &options);
    ~TableWriter();   // without commit(): nothing is written
    TableWriter(const TableWriter &) = delete;
    TableWriter &operator=(const TableWriter &) = delete;

    // Opens the temporary file and writes the header row (bold and frozen in XLSX). styles, when
    // given, holds one entry per column. False with errorString() on failure.
    bool begin(const QStringList &header, const QList<ColumnStyle> &styles = {});
    bool addRow(const QVariantList &cells);
    // Finishes the file and puts it in place of the target.
    bool commit();
    // Drops everything written so far.
    void cancel();

    QString errorString() const;
    qint64 rowsWritten() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The whole table at once. False with error filled when the file cannot be written.
bool writeTable(const QString &path, const Options &options, const QStringList &header,
                const QList<QVariantList> &rows, QString *error = nullptr,
                const QList<ColumnStyle> &styles = {});

} // namespace Sailau::TableExport
