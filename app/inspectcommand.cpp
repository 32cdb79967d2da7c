// SPDX-License-Identifier: GPL-3.0-or-later
// sailau inspect: what the reader sees in a file (the detected encoding, delimiter and header, and
// each row's cells as parsed), as text or as JSON written row by row.
#include "importcommands.h"

#include "commands.h"
#include "detect.h"
#include "importcli.h"
#include "tablereader.h"
#include "textcodec.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sailau::Cli {

namespace {

struct InspectOptions
{
    const QCommandLineOption json{QStringLiteral("json"), CliText::tr("Print JSON.")};
    const QCommandLineOption rows{QStringLiteral("rows"), CliText::tr("At most N rows (default: all)."), QStringLiteral("N")};
    const QCommandLineOption encoding{QStringLiteral("encoding"), CliText::tr("Read with this encoding."),
                                      QStringLiteral("E")};
    const QCommandLineOption delimiter{QStringLiteral("delimiter"), CliText::tr("Read with this delimiter."),
                                       QStringLiteral("D")};
    const QCommandLineOption sheet{QStringLiteral("sheet"), CliText::tr("XLSX: the sheet, from 1."), QStringLiteral("N")};
};

// --encoding, --delimiter and --sheet into read, --rows into maxRows (-1: all); false after
// saying on err what is wrong.
bool readOptions(const QCommandLineParser &parser, const InspectOptions &options, Import::ReadOptions *read,
                 qint64 *maxRows, QTextStream &err)
{
    if (parser.isSet(options.encoding)) {
        const auto encoding = Import::encodingFromName(parser.value(options.encoding));
        if (!encoding) {
            err << CliText::tr("sailau inspect: unknown encoding '%1'").arg(parser.value(options.encoding)) << '\n';
            return false;
        }
        read->encoding = Import::encodingName(*encoding);
    }
    if (parser.isSet(options.delimiter)) {
        bool ok = false;
        read->delimiter = delimiterFrom(parser.value(options.delimiter), &ok);
        if (!ok) {
            err << CliText::tr("sailau inspect: the delimiter must be , ; | or tab") << '\n';
            return false;
        }
    }
    if (parser.isSet(options.sheet))
        read->sheet = std::max(0, parser.value(options.sheet).toInt() - 1);
    *maxRows = -1;
    if (parser.isSet(options.rows)) {
        bool ok = false;
        *maxRows = parser.value(options.rows).toLongLong(&ok);
        if (!ok || *maxRows < 0) {
            err << CliText::tr("sailau inspect: --rows takes a number") << '\n';
            return false;
        }
    }
    return true;
}

// The JSON object up to its rows: what was detected, and the header. The rows follow as the file
// is read, like the plain text: a large file never has to fit in memory.
void printJsonHead(const QString &path, const Import::Detected &detected, const Import::ReadOptions &read,
                   const QStringList &header, QTextStream &out)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    o.insert(QStringLiteral("kind"), detected.kind == Import::Detected::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("delimited"));
    o.insert(QStringLiteral("encoding"), read.encoding.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(read.encoding));
    o.insert(QStringLiteral("delimiter"), read.delimiter.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString(read.delimiter)));
    o.insert(QStringLiteral("decimal_separator"), QString(detected.decimalSeparator));
    o.insert(QStringLiteral("header_row"), detected.headerRow + 1);
    if (!detected.sheets.isEmpty())
        o.insert(QStringLiteral("sheets"), QJsonArray::fromStringList(detected.sheets));
    o.insert(QStringLiteral("lost_kazakh_letters"), detected.lostKazakhLetters);
    o.insert(QStringLiteral("header"), QJsonArray::fromStringList(header));
    QByteArray head = QJsonDocument(o).toJson(QJsonDocument::Indented);
    head.chop(2); // "}\n": the rows follow
    while (head.endsWith('\n'))
        head.chop(1);
    out << QString::fromUtf8(head) << QStringLiteral(",\n    \"rows\": [");
}

// The rows after the header, at most maxRows (-1: all), each a JSON array or a line of cells
// separated by tabs. Returns how many were printed.
qint64 printRows(Import::TableReader &reader, bool json, qint64 maxRows, QTextStream &out)
{
    QStringList cells;
    qint64 count = 0;
    while ((maxRows < 0 || count < maxRows) && reader.next(&cells)) {
        if (json) {
            out << (count == 0 ? "\n        " : ",\n        ")
                << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(cells)).toJson(QJsonDocument::Compact));
        } else {
            out << cells.join(QLatin1Char('\t')) << '\n';
        }
        ++count;
        // A write that failed (a full disk, a closed pipe) ends the reading.
        if (out.status() != QTextStream::Ok)
            break;
    }
    return count;
}

// The end of the reading: an error of the reader on err (and in the JSON), the JSON closed.
int finishReading(const Import::TableReader &reader, const QString &path, bool json, qint64 count, QTextStream &out,
                  QTextStream &err)
{
    if (!reader.error().isEmpty()) {
        err << path << QLatin1Char(':') << reader.errorLine() << QLatin1Char(':') << reader.errorColumn()
            << QStringLiteral(": ") << reader.error() << '\n';
        if (!json)
            return Failed;
    }
    if (json) {
        out << (count == 0 ? "]" : "\n    ]");
        if (!reader.error().isEmpty()) {
            QByteArray text = QJsonDocument(QJsonArray{reader.error()}).toJson(QJsonDocument::Compact);
            out << QStringLiteral(",\n    \"error\": ") << QString::fromUtf8(text.mid(1, text.size() - 2));
        }
        out << "\n}\n";
        return reader.error().isEmpty() ? Ok : Failed;
    }
    return Ok;
}

// The file read as detected, or as the options say; its rows printed.
int inspectFile(const QString &path, Import::ReadOptions read, bool json, qint64 maxRows, QTextStream &out,
                QTextStream &err)
{
    QString why;
    const Import::Detected detected = Import::detect(path, read, &why);
    if (!why.isEmpty() && detected.encoding.isEmpty() && detected.kind == Import::Detected::Delimited) {
        err << path << QStringLiteral(": ") << why << '\n';
        return Failed;
    }
    if (read.encoding.isEmpty())
        read.encoding = detected.encoding;
    if (read.delimiter.isNull())
        read.delimiter = detected.delimiter;
    auto reader = Import::openTable(path, read, &why);
    if (!reader) {
        err << path << QStringLiteral(": ") << why << '\n';
        return Failed;
    }
    QStringList header;
    QStringList cells;
    for (int skip = 0; skip < detected.headerRow && reader->next(&cells); ++skip) {
    }
    const bool hasHeader = reader->next(&cells);
    if (hasHeader)
        header = cells;
    if (json)
        printJsonHead(path, detected, read, header, out);
    const qint64 count = hasHeader ? printRows(*reader, json, maxRows, out) : 0;
    return finishReading(*reader, path, json, count, out, err);
}

} // namespace

int inspectCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Print what Sailau's reader sees in a file: the detected encoding and "
                                                 "delimiter, the header and the rows, each cell the exact string parsed."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("A CSV or XLSX file."));
    const InspectOptions options;
    parser.addOptions({options.json, options.rows, options.encoding, options.delimiter, options.sheet});
    if (!parseArguments(parser, QStringLiteral("inspect"), arguments, err))
        return UsageError;
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        err << CliText::tr("sailau inspect: give exactly one file.") << '\n';
        return UsageError;
    }
    Import::ReadOptions read;
    qint64 maxRows = -1;
    if (!readOptions(parser, options, &read, &maxRows, err))
        return UsageError;
    return inspectFile(parser.positionalArguments().first(), read, parser.isSet(options.json), maxRows, out, err);
}

} // namespace Sailau::Cli
