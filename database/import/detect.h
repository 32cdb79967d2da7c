// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablereader.h"
#include "textcodec.h"

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sailau::Import {

// What a file looks like, from its first 64 KiB (delimited text) or first rows (XLSX).
struct Detected
{
    enum Kind { Delimited, Xlsx };
    Kind kind = Delimited;
    // "UTF-8", "UTF-16LE", "UTF-16BE" or "windows-1251"; empty for XLSX.
    QString encoding;
    // True when a byte order mark says so, the user chose it, or the sample has UTF-8 text that
    // could not be anything else; false for a guess (plain ASCII so far, Windows-1251).
    bool encodingCertain = false;
    // , ; \t or | (null for XLSX).
    QChar delimiter;
    // ',' or '.' (always '.' for XLSX, which stores numbers in one format).
    QChar decimalSeparator = u'.';
    // 0-based index, among the records the reader returns, of the header; usually 0. Title lines
    // above a table are skipped. When no record looks like a header, 0 and headerFound is false.
    int headerRow = 0;
    bool headerFound = false;
    // '?' where a Kazakh letter was (ә ғ қ ң ө ұ ү һ і cannot be saved in Windows-1251): question
    // marks in or at the start of a Cyrillic word ("Б?кей", "?арағанды"), in the sample.
    int lostKazakhLetters = 0;
    // The 1-based lines (CSV) or row numbers (XLSX) where they are, at most 100.
    QList<int> lostLetterLines;
    // XLSX: the sheet names in workbook order.
    QStringList sheets;
    // The file is read as UTF-8 but has bytes that are not valid UTF-8: they read as U+FFFD.
    bool invalidUtf8 = false;
    // The number of records looked at (for the UI: "from the first N rows").
    int sampledRecords = 0;
};

// Looks at path and detects how to read it. Whatever is set in overrides (encoding, delimiter,
// decimalSeparator, headerRow, sheet) wins. On failure (file missing, a damaged workbook) error
// is filled and the result holds what could be found.
Detected detect(const QString &path, const ReadOptions &overrides, QString *error);

// The parts of detect() that work on text already in memory, for tests and for previews.
namespace Detection {
// The candidate among , ; \t | that splits the most records into the same number (> 1) of columns.
QChar detectDelimiter(const QByteArray &sample, Encoding encoding, bool truncated);
QChar detectDecimalSeparator(const QList<QStringList> &records, QChar delimiter);
int detectHeaderRow(const QList<QStringList> &records, bool *found);
// Counts lost Kazakh letters in text; lines are counted from firstLine.
int countLostKazakhLetters(QStringView text, QList<int> *lines, int firstLine = 1);
} // namespace Detection

} // namespace Sailau::Import
