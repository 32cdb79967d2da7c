// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <map>

namespace Sailau::Import {

namespace {

struct DetectTr
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Detection)
};

constexpr qint64 SampleBytes = 64 * 1024;
constexpr int SampleRecords = 100;
constexpr int MaxLostLines = 100;

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == 0x00A0 || u == 0x202F || u == 0x2009 || u == 0x2007;
}

bool isCyrillicLetter(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x0400 && u <= 0x04FF && c.isLetter();
}

// A cell that holds a number, a percentage or a date rather than words.
bool looksNumeric(QStringView cell)
{
    cell = cell.trimmed();
    if (cell.isEmpty())
        return false;
    int digits = 0;
    for (QChar c : cell) {
        if (c.isDigit())
            ++digits;
        else if (!(c == u'.' || c == u',' || c == u'%' || c == u'-' || c == u'+' || c == u'/' || c == u':'
                   || c == u'T' || isSpace(c)))
            return false;
    }
    return digits > 0 && digits * 2 >= cell.size();
}

enum class NumberStyle { None, CommaDecimal, DotDecimal, Ambiguous };

// How a cell writes its decimals: "62,79" is a comma decimal, "62.79" a dot decimal, "1,234" could
// be either.
NumberStyle numberStyle(QStringView cell)
{
    cell = cell.trimmed();
    if (cell.endsWith(u'%'))
        cell.chop(1);
    cell = cell.trimmed();
    if (cell.startsWith(u'-') || cell.startsWith(u'+'))
        cell = cell.mid(1);
    if (cell.isEmpty())
        return NumberStyle::None;
    qsizetype sepPos = -1;
    QChar sep;
    int separators = 0;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell[i];
        if (c.isDigit() || isSpace(c))
            continue;
        if (c == u',' || c == u'.') {
            ++separators;
            sep = c;
            sepPos = i;
            continue;
        }
        return NumberStyle::None;
    }
    if (separators != 1 || sepPos == 0 || sepPos == cell.size() - 1)
        return NumberStyle::None;
    const QStringView before = cell.left(sepPos);
    const QStringView after = cell.mid(sepPos + 1);
    for (QChar c : after) {
        if (!c.isDigit())
            return NumberStyle::None;
    }
    QString intDigits;
    for (QChar c : before) {
        if (c.isDigit())
            intDigits.append(c);
    }
    if (intDigits.isEmpty())
        return NumberStyle::None;
    const bool couldBeGroup = after.size() == 3 && intDigits.size() <= 3 && intDigits != u"0"
                              && before.size() == intDigits.size();
    if (couldBeGroup)
        return NumberStyle::Ambiguous;
    return sep == u',' ? NumberStyle::CommaDecimal : NumberStyle::DotDecimal;
}

QList<QStringList> readRecords(TableReader &reader, int limit, bool dropLast)
{
    QList<QStringList> records;
    QStringList cells;
    while (records.size() < limit && reader.next(&cells))
        records.append(cells);
    // A sample cut from a longer file may end in the middle of a record.
    auto *delimited = dynamic_cast<DelimitedReader *>(&reader);
    if (dropLast && records.size() > 1 && delimited && delimited->atEnd())
        records.removeLast();
    return records;
}

} // namespace

namespace Detection {

QChar detectDelimiter(const QByteArray &sample, Encoding encoding, bool truncated)
{
    static const QChar candidates[] = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    int bestRows = 0;
    int bestColumns = 0;
    for (QChar candidate : candidates) {
        auto reader = DelimitedReader::fromBytes(sample, encoding, candidate, {}, truncated);
        const QList<QStringList> records = readRecords(*reader, SampleRecords, truncated);
        std::map<int, int> counts; // columns → records
        for (const QStringList &record : std::as_const(records))
            ++counts[int(record.size())];
        int rows = 0, columns = 0;
        for (const auto &[width, number] : counts) {
            if (width > 1 && (number > rows || (number == rows && width > columns))) {
                rows = number;
                columns = width;
            }
        }
        if (rows > bestRows || (rows == bestRows && rows > 0 && columns > bestColumns)) {
            best = candidate;
            bestRows = rows;
            bestColumns = columns;
        }
    }
    return best;
}

QChar detectDecimalSeparator(const QList<QStringList> &records, QChar delimiter)
{
    if (delimiter == u',')
        return u'.';
    int comma = 0, dot = 0, ambiguous = 0;
    for (const QStringList &record : records) {
        for (const QString &cell : record) {
            switch (numberStyle(cell)) {
            case NumberStyle::CommaDecimal: ++comma; break;
            case NumberStyle::DotDecimal: ++dot; break;
            case NumberStyle::Ambiguous: ++ambiguous; break;
            case NumberStyle::None: break;
            }
        }
    }
    if (comma > dot)
        return u',';
    if (dot > comma)
        return u'.';
    // No evidence either way: a semicolon-separated file comes from a locale that writes decimal
    // commas (that is why Excel uses ';' there).
    return delimiter == u';' ? QChar(u',') : QChar(u'.');
}

int detectHeaderRow(const QList<QStringList> &records, bool *found)
{
    *found = false;
    const auto nonEmpty = [](const QStringList &record) {
        return int(std::count_if(record.cbegin(), record.cend(),
                                 [](const QString &cell) { return !cell.trimmed().isEmpty(); }));
    };
    QList<int> widths;
    for (const QStringList &record : records) {
        if (const int n = nonEmpty(record); n > 0)
            widths.append(n);
    }
    if (widths.isEmpty())
        return 0;
    std::sort(widths.begin(), widths.end());
    const int typical = widths.at(widths.size() / 2);
    const int needed = std::max(typical > 1 ? 2 : 1, (typical + 1) / 2);

    int firstCandidate = -1;
    const int limit = int(std::min<qsizetype>(records.size(), 30));
    for (int i = 0; i < limit; ++i) {
        const QStringList &record = records.at(i);
        const int filled = nonEmpty(record);
        if (filled < needed)
            continue;
        const int numeric = int(std::count_if(record.cbegin(), record.cend(),
                                              [](const QString &cell) { return looksNumeric(cell); }));
        if (numeric * 4 > filled)
            continue;
        if (firstCandidate < 0)
            firstCandidate = i;
        // A header is followed by records with numbers.
        for (int j = i + 1; j < std::min(int(records.size()), i + 6); ++j) {
            const QStringList &next = records.at(j);
            if (std::any_of(next.cbegin(), next.cend(), [](const QString &cell) { return looksNumeric(cell); })) {
                *found = true;
                return i;
            }
        }
    }
    if (firstCandidate >= 0) {
        *found = true;
        return firstCandidate;
    }
    return 0;
}

int countLostKazakhLetters(QStringView text, QList<int> *lines, int firstLine)
{
    int count = 0;
    int line = firstLine;
    int lastListed = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n'))) {
            ++line;
            continue;
        }
        if (c != u'?')
            continue;
        // A run of question marks followed by a Cyrillic letter: "?арағанды", "Б?кей", "Ма??ыстау".
        qsizetype end = i;
        while (end < text.size() && text[end] == u'?')
            ++end;
        if (end < text.size() && isCyrillicLetter(text[end])) {
            count += int(end - i);
            if (lines && line != lastListed && lines->size() < MaxLostLines) {
                lines->append(line);
                lastListed = line;
            }
        }
        i = end - 1;
    }
    return count;
}

} // namespace Detection

namespace {

void setHeaderRow(Detected &result, const ReadOptions &overrides, const QList<QStringList> &records)
{
    if (overrides.headerRow >= 0) {
        result.headerRow = overrides.headerRow;
        result.headerFound = true;
    } else {
        result.headerRow = Detection::detectHeaderRow(records, &result.headerFound);
    }
}

// A workbook: its sheets, and the first records of the sheet chosen.
Detected detectWorkbook(const QString &path, const ReadOptions &overrides, QString *error)
{
    Detected result;
    result.kind = Detected::Xlsx;
    result.encoding.clear();
    result.encodingCertain = true;
    result.delimiter = QChar();
    result.decimalSeparator = u'.';
    QString message;
    auto reader = XlsxReader::open(path, overrides, &message);
    if (!reader) {
        result.sheets = XlsxReader::sheetNames(path, nullptr, overrides);
        if (error)
            *error = message;
        return result;
    }
    result.sheets = reader->sheets();
    QList<QStringList> records;
    QList<qint64> rows;
    QStringList cells;
    while (records.size() < SampleRecords && reader->next(&cells)) {
        records.append(cells);
        rows.append(reader->line());
    }
    if (!reader->error().isEmpty() && error)
        *error = reader->error();
    result.sampledRecords = int(records.size());
    if (!overrides.decimalSeparator.isNull())
        result.decimalSeparator = overrides.decimalSeparator;
    setHeaderRow(result, overrides, records);
    for (qsizetype i = 0; i < records.size(); ++i) {
        QList<int> lines;
        const int lost = Detection::countLostKazakhLetters(records.at(i).join(u'\t'), &lines);
        result.lostKazakhLetters += lost;
        if (lost > 0 && result.lostLetterLines.size() < MaxLostLines)
            result.lostLetterLines.append(int(rows.at(i)));
    }
    return result;
}

// Text with no byte order mark and no encoding chosen: UTF-16 by its zero bytes, valid UTF-8, or
// else Windows-1251. *certain: nothing in the sample leaves room for another.
Encoding guessEncoding(const QByteArray &sample, bool truncated, bool *certain)
{
    // Zero bytes at every other position: UTF-16 without a byte order mark. Cyrillic text in
    // UTF-16 has few zero bytes, but the byte 0x04 (of U+0400 to U+04FF) or 0x00 at every
    // other position, which neither UTF-8 nor Windows-1251 text has.
    qsizetype evenZeros = 0, oddZeros = 0, evenHigh = 0, oddHigh = 0;
    for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
        evenZeros += sample[i] == 0;
        oddZeros += sample[i + 1] == 0;
        evenHigh += sample[i] == 0 || sample[i] == 0x04;
        oddHigh += sample[i + 1] == 0 || sample[i + 1] == 0x04;
    }
    const qsizetype pairs = sample.size() / 2;
    if (pairs >= 2 && oddZeros * 10 >= pairs * 4 && evenZeros * 10 < pairs)
        return Encoding::Utf16LE;
    if (pairs >= 2 && evenZeros * 10 >= pairs * 4 && oddZeros * 10 < pairs)
        return Encoding::Utf16BE;
    if (pairs >= 8 && oddHigh * 10 >= pairs * 9 && evenHigh * 10 < pairs)
        return Encoding::Utf16LE;
    if (pairs >= 8 && evenHigh * 10 >= pairs * 9 && oddHigh * 10 < pairs)
        return Encoding::Utf16BE;
    const Utf8Check check = checkUtf8(sample, truncated);
    if (check.valid()) {
        *certain = check.multiByteSequences > 0 || !truncated;
        return Encoding::Utf8;
    }
    // More UTF-8 than broken bytes (Windows-1251 text hardly ever forms UTF-8 sequences): UTF-8
    // with broken bytes or rows pasted from elsewhere; read as UTF-8 and say so.
    return check.multiByteSequences >= check.invalidBytes ? Encoding::Utf8 : Encoding::Windows1251;
}

// Delimited text: its encoding (the user's, a byte order mark, or guessed), delimiter, decimal
// separator and header row, from the first records.
Detected detectText(const QByteArray &sample, bool truncated, const ReadOptions &overrides, QString *error)
{
    Detected result;
    Encoding encoding = Encoding::Utf8;
    Encoding bomEncoding;
    const int bom = byteOrderMark(sample, &bomEncoding);
    const std::optional<Encoding> chosen = encodingFromName(overrides.encoding);
    if (!overrides.encoding.isEmpty() && !chosen) {
        if (error)
            *error = DetectTr::tr("unknown encoding “%1”: use UTF-8, UTF-16LE, UTF-16BE or windows-1251")
                         .arg(overrides.encoding);
        return result;
    }
    if (chosen || bom > 0) {
        encoding = chosen ? *chosen : bomEncoding;
        result.encodingCertain = true;
    } else {
        encoding = guessEncoding(sample, truncated, &result.encodingCertain);
    }
    if (encoding == Encoding::Utf8) {
        const QByteArrayView body = QByteArrayView(sample).sliced(bom > 0 && bomEncoding == Encoding::Utf8 ? bom : 0);
        result.invalidUtf8 = !checkUtf8(body, truncated).valid();
    }
    result.encoding = encodingName(encoding);

    if (!overrides.delimiter.isNull())
        result.delimiter = overrides.delimiter;
    else
        result.delimiter = Detection::detectDelimiter(sample, encoding, truncated);

    auto reader = DelimitedReader::fromBytes(sample, encoding, result.delimiter, overrides, truncated);
    const QList<QStringList> records = readRecords(*reader, SampleRecords, truncated);
    result.sampledRecords = int(records.size());
    result.decimalSeparator = !overrides.decimalSeparator.isNull()
                                  ? overrides.decimalSeparator
                                  : Detection::detectDecimalSeparator(records, result.delimiter);
    setHeaderRow(result, overrides, records);

    const QString text = decodeAll(QByteArrayView(sample).sliced(bom > 0 && bomEncoding == encoding ? bom : 0), encoding);
    result.lostKazakhLetters = Detection::countLostKazakhLetters(text, &result.lostLetterLines);
    return result;
}

} // namespace

Detected detect(const QString &path, const ReadOptions &overrides, QString *error)
{
    if (error)
        error->clear();
    if (QFileInfo(path).exists() && !QFileInfo(path).isFile()) {
        // A device or a pipe may never end, or block before its first byte.
        if (error)
            *error = DetectTr::tr("%1 is not a file but a device, a pipe or a socket").arg(QFileInfo(path).fileName());
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = DetectTr::tr("cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return {};
    }
    const QByteArray sample = file.read(SampleBytes);
    const bool truncated = !file.atEnd();
    file.close();
    if (isOleSignature(sample)) {
        if (error)
            *error = oleProblem(path);
        return {};
    }
    if (isZipSignature(sample))
        return detectWorkbook(path, overrides, error);
    return detectText(sample, truncated, overrides, error);
}

} // namespace Sailau::Import
