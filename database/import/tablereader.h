// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace Sailau::Import {

// How to read a file. Empty or null members mean "detect" (see detect.h); whatever is set wins.
struct ReadOptions
{
    // "" = detect; "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251" (case and the usual aliases such
    // as "utf8", "cp1251", "UTF-16" are accepted).
    QString encoding;
    // Null = detect; one of , ; \t |
    QChar delimiter;
    // XLSX: the sheet to read, 0-based, in workbook order.
    int sheet = 0;
    // For detect() only (the readers do not use them): null = detect; ',' or '.'.
    QChar decimalSeparator;
    // For detect() only: 0-based index of the header record; -1 = detect.
    int headerRow = -1;

    // Limits that keep a broken or hostile file from exhausting memory. The defaults are what the
    // application uses; tests lower them.
    qint64 maxRecordChars = qint64(64) * 1024 * 1024; // one record (a CSV record or an XLSX row)
    int maxColumns = 100000;
    qint64 maxZipEntryBytes = qint64(512) * 1024 * 1024; // XLSX: uncompressed size of one part
    int maxZipRatio = 200;                               // XLSX: uncompressed / compressed size
    int maxXmlDepth = 100;                               // XLSX: elements inside elements (real files: under 10)
    qint64 maxSharedStrings = 4000000;                   // XLSX: strings in the shared table
    qint64 maxSharedStringChars = qint64(64) * 1024 * 1024; // XLSX: their characters together
    qint64 maxSharedStringsBytes = qint64(160) * 1024 * 1024; // XLSX: the shared strings part unpacked
};

// A table read record by record. Cells are the exact strings of the file: for delimited text the
// quotes are removed, doubled quotes undone and embedded newlines kept; for XLSX a cell is its
// shared or inline string, the exact text of a number, TRUE/FALSE for a boolean and an ISO date
// ("YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" when it has a time) for a cell formatted as a date.
// Empty lines (CSV) and rows without cells (XLSX) are skipped; line() still tells where a record
// was in the file.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::TableReader)
public:
    virtual ~TableReader();

    // Next record. Returns false at the end or on error; on error error() is non-empty and names
    // the line and column. Passing the same list each time lets the reader reuse its strings.
    virtual bool next(QStringList *cells) = 0;
    // 1-based physical line (CSV) or row number (XLSX) where the last record started.
    virtual qint64 line() const = 0;
    // Progress: bytes consumed so far out of totalBytes() (uncompressed sheet bytes for XLSX).
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
    // E.g. "line 12, column 3: the quoted field that starts here is never closed".
    virtual QString error() const = 0;
    // 1-based line (row) and column (field number) of the error, 0 when unknown or no error.
    virtual int errorLine() const;
    virtual int errorColumn() const;
    // True when the text had bytes that are not valid in its encoding (they read as U+FFFD).
    virtual bool hadInvalidBytes() const;
    // The error without its position ("the quoted field that starts here is never closed"), for
    // callers that show errorLine() and errorColumn() themselves; empty when there is no error.
    QString errorReason() const { return m_errorReason; }
    // The SHA-256 of the file's bytes in hex once all of them were read; empty before that, and
    // when a read failed (the digest of part of a file would name another file).
    virtual QString sha256() const;

protected:
    TableReader() = default;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QString m_errorReason;
};

// Opens path as XLSX (recognised by content, not by name) or as delimited text. Encoding and
// delimiter left empty in options are detected. Returns null and fills error when the file cannot
// be read at all (missing, not a table, a damaged workbook, a sheet that does not exist).
std::unique_ptr<TableReader> openTable(const QString &path, const ReadOptions &options, QString *error);

// The SHA-256 of a file's contents in hex; empty when the file cannot be opened or a read fails.
QString fileSha256(const QString &path);

// The names of the sheets of an XLSX file in workbook order; empty with error filled on failure.
QStringList sheetNames(const QString &path, QString *error);

} // namespace Sailau::Import
