// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablereader.h"

#include <QByteArrayView>

#include <memory>

namespace Sailau::Import {

// One sheet of an Excel workbook (Office Open XML, .xlsx), read row by row from the ZIP package
// without unpacking it. The workbook, its relationships, shared strings (rich text included,
// phonetic runs left out) and number formats are read first; the sheet is then parsed as it is
// decompressed. Cells keep their exact text: shared and inline strings as written, numbers as the
// text of <v>, booleans as TRUE/FALSE, error values as written (#N/A), and cells whose number
// format is a date as ISO 8601 ("2023-11-05", "2023-11-05T08:30:00", or "08:30:00" for a time of
// day). Gaps between cells are filled with empty strings so that columns line up; rows with no
// values are skipped and line() gives the row number from the sheet.
//
// Every part is checked before it is unpacked, against ReadOptions::maxZipEntryBytes and, for
// parts over 1 MiB, ReadOptions::maxZipRatio, and the bytes are counted again while they are
// read: a ZIP bomb is refused instead of filling memory.
class XlsxReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::XlsxReader)
public:
    ~XlsxReader() override;

    // Opens sheet options.sheet of path. Null with error filled when the file is not a usable
    // workbook or has no such sheet.
    static std::unique_ptr<XlsxReader> open(const QString &path, const ReadOptions &options, QString *error);
    // The sheet names in workbook order.
    static QStringList sheetNames(const QString &path, QString *error, const ReadOptions &options = {});

    bool next(QStringList *cells) override;
    qint64 line() const override;
    qint64 bytesRead() const override;
    qint64 totalBytes() const override;
    QString error() const override;
    // Of the whole workbook once the sheet was read to its end. The package is read by QuaZip in
    // its own order, so its bytes are hashed in one more pass (they are compressed: a few MB).
    QString sha256() const override;

    QStringList sheets() const;
    int sheetIndex() const;

private:
    XlsxReader();
    struct Private;
    std::unique_ptr<Private> d;
};

// True when head starts like a ZIP archive ("PK\3\4", or an empty archive "PK\5\6").
bool isZipSignature(QByteArrayView head);
// True when head starts like an old binary Office file (.xls, OLE compound document).
bool isOleSignature(QByteArrayView head);
// Why a file with the OLE signature cannot be read, for a message: a workbook protected with a
// password (its encrypted package inside) or an Excel 97–2003 workbook.
QString oleProblem(const QString &path);

namespace Xlsx {
// Helpers exposed for tests.
// "B12" → column 2 (1-based) and row 12; false when ref is not a cell reference.
bool parseCellReference(QStringView ref, int *column, qint64 *row);
// The kind of value a number format shows.
enum class FormatKind { Number, Date, DateTime, Time };
FormatKind classifyNumberFormat(int numFmtId, QStringView formatCode);
// A spreadsheet serial number as ISO 8601 text per kind; empty when it is not a valid date.
QString serialToIso(double serial, FormatKind kind, bool date1904);
// Undoes the _xHHHH_ escapes OOXML uses for characters XML cannot carry.
QString unescapeOoxml(const QString &text);
} // namespace Xlsx

} // namespace Sailau::Import
