// SPDX-License-Identifier: GPL-3.0-or-later
// sailau import, inspect, imports and undo-import: the same pipeline the import dialog runs.
#include "importcommands.h"

#include "commands.h"
#include "datasetloader.h"
#include "detect.h"
#include "importer.h"
#include "language.h"
#include "mapping.h"
#include "synthetic.h"
#include "tablereader.h"
#include "textcodec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

namespace Sailau::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Cli)
};

const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
const QCommandLineOption databaseOption({QStringLiteral("d"), QStringLiteral("database")},
                                        QStringLiteral("The Sailau database file (default: the one in your data folder)."),
                                        QStringLiteral("FILE"));

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, QTextStream &err)
{
    parser.addOption(helpOption);
    if (!parser.parse(QStringList{QStringLiteral("sailau ") + command} + arguments)) {
        err << QStringLiteral("sailau %1: %2\n").arg(command, parser.errorText())
            << Text::tr("Try 'sailau %1 --help'.").arg(command) << '\n';
        return false;
    }
    return true;
}

// --database FILE (created, with the reference territories, when it does not exist yet), or the
// default database (created with the sample on first use).
std::unique_ptr<Database> openForImport(const QCommandLineParser &parser, QTextStream &err, bool create)
{
    QString message;
    std::unique_ptr<Database> db;
    if (parser.isSet(databaseOption)) {
        if (create) {
            db = DatasetLoader::openOrCreate(parser.value(databaseOption), false, &message);
        } else {
            OpenOptions options;
            options.create = false;
            OpenError error;
            db = Database::open(parser.value(databaseOption), options, &error, &message);
        }
    } else {
        db = DatasetLoader::openOrCreate(Database::defaultPath(), true, &message);
    }
    if (!db)
        err << QStringLiteral("sailau: ") << message << '\n';
    return db;
}

QChar delimiterFrom(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("tab") || t == QLatin1String("\\t") || t == QLatin1String("\t"))
        return QLatin1Char('\t');
    if (t == QLatin1String("comma"))
        return QLatin1Char(',');
    if (t == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (t == QLatin1String("pipe"))
        return QLatin1Char('|');
    if (t.size() == 1 && QStringLiteral(",;|").contains(t.at(0)))
        return t.at(0);
    *ok = false;
    return {};
}

// One file: its problems, then what was imported (or why not).
int printReport(const Import::ImportReport &report, const Import::ImportOptions &options, bool quiet, QTextStream &out,
                QTextStream &err)
{

    const QString name = options.path;
    const Import::Mapping &mapping = options.mapping;
    const bool leftOut = report.ok && !report.leftOut.isEmpty();
    for (const Import::Problem &p : report.problems) {
        // Rows left out are listed below with their errors.
        if ((p.severity == Import::Problem::Warning && quiet) || (leftOut && p.severity == Import::Problem::Error))
            continue;
        err << p.format(name) << '\n';
    }
    const QLocale c = QLocale::c();
    const Import::ImportSummary &s = report.summary;
    if (!report.ok) {
        if (report.errorCount > report.errors())
            err << Text::tr("%1: rejected with %2 errors (the first %n are listed above); nothing was written.", nullptr,
                            report.errors())
                       .arg(name, c.toString(report.errorCount))
                << '\n';
        else
            err << Text::tr("%1: rejected with %n error(s); nothing was written.", nullptr, report.errors()).arg(name) << '\n';
        if (!report.earlierBatches.isEmpty() && !options.allowDuplicate)
            err << Text::tr("To import it again all the same, add --allow-duplicate.") << '\n';
        if (!options.skipInvalid && report.rowErrorsOnly)
            err << Text::tr("%1: to import the valid races and leave out those with errors, add --skip-invalid.").arg(name)
                << '\n';
        return Failed;
    }
    const QString counts = s.publishedFigures > 0
        ? Text::tr("%n published figure(s) of %1 (a file of totals: shown in the summary, no races)", nullptr,
                   s.publishedFigures)
              .arg(s.days.join(QStringLiteral(", ")))
        : Text::tr("%1 rows, %2 races (%3 new, %4 updated), %5 candidates, %6 new territories")
              .arg(c.toString(s.rows), c.toString(s.races), c.toString(s.racesNew), c.toString(s.racesUpdated),
                   c.toString(s.candidatesNew), c.toString(s.territoriesNew));
    if (mapping.defaultDate.isValid())
        out << Text::tr("%1: --date %2 filled the date of %n row(s) that had none; rows with a date keep it.", nullptr,
                        int(std::min<qint64>(s.datesFilled, INT_MAX)))
                   .arg(name, mapping.defaultDate.toString(Qt::ISODate)) << '\n';
    if (leftOut) {
        err << Text::tr("%1: %n race(s) with errors left out, with these rows:", nullptr, s.racesLeftOut).arg(name) << '\n';
        for (const Import::LeftOutRow &row : report.leftOut) {
            Import::Problem p;
            p.line = row.line;
            p.column = row.column;
            p.message = Text::tr("left out: %1").arg(row.reason);
            err << p.format(name) << '\n';
        }
        if (report.dryRun)
            out << Text::tr("%1: %n row(s) would be left out (dry run: no file was written).", nullptr,
                            int(std::min<qint64>(s.rowsLeftOut, INT_MAX))).arg(name) << '\n';
        else
            out << Text::tr("%1: %n row(s) left out, written to %2 to fix and import again.", nullptr,
                            int(std::min<qint64>(s.rowsLeftOut, INT_MAX)))
                       .arg(name, QDir::toNativeSeparators(report.leftOutPath)) << '\n';
    }
    if (report.dryRun)
        out << Text::tr("%1: would import %2 (dry run: nothing was written).").arg(name, counts) << '\n';
    else
        out << Text::tr("%1: imported %2 as import %3.").arg(name, counts).arg(report.batchId) << '\n';
    return Ok;
}

} // namespace

int importCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Import election results from a CSV or XLSX file into the database, in one transaction: when the file "
        "has any error, every problem is listed as FILE:LINE:COLUMN: message and nothing is written.\n"
        "Exit status: 0 imported, 1 rejected, 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Text::tr("The file to import (CSV, TSV, TXT or XLSX); several files (a races file and "
                                          "a candidates file, say) are read in the order given, each seeing the races "
                                          "of the ones before it, and imported in one transaction: all of them, or "
                                          "none when one is refused."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption mappingOption({QStringLiteral("m"), QStringLiteral("mapping")},
                                           Text::tr("A mapping preset by name, or a preset JSON file."), QStringLiteral("PRESET"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
                                            Text::tr("UTF-8, UTF-16LE, UTF-16BE or windows-1251 (default: detected)."),
                                            QStringLiteral("E"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             Text::tr("The delimiter: , ; | or tab (default: detected)."), QStringLiteral("D"));
    const QCommandLineOption decimalOption(QStringLiteral("decimal"), Text::tr("The decimal separator: . or , (default: detected)."),
                                           QStringLiteral("C"));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"), Text::tr("XLSX: the sheet, counting from 1 (default 1)."),
                                         QStringLiteral("N"));
    const QCommandLineOption headerOption(QStringLiteral("header-row"),
                                          Text::tr("The row that holds the column names, counting from 1 (default: detected)."),
                                          QStringLiteral("N"));
    const QCommandLineOption dateOption(QStringLiteral("date"), Text::tr("The election date for a file without a date column."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption levelOption(QStringLiteral("level"),
                                         Text::tr("The election level: district, city_regional, regional_centre or rural."),
                                         QStringLiteral("LEVEL"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          Text::tr("The source of rows that name none (a URL or a document)."), QStringLiteral("TEXT"));
    const QCommandLineOption completeOption(QStringLiteral("complete-lists"),
                                            Text::tr("Every race of the file lists all its candidates with their votes "
                                                     "(without this, a list counts as complete only where the registered "
                                                     "count or the ballots show it)."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), Text::tr("Check the file and report, but write nothing."));
    const QCommandLineOption quietOption({QStringLiteral("q"), QStringLiteral("quiet")}, Text::tr("Do not print warnings."));
    const QCommandLineOption duplicateOption(QStringLiteral("allow-duplicate"),
                                             Text::tr("Import a file even when the same file (the same SHA-256) was "
                                                      "imported before."));
    const QCommandLineOption skipOption(QStringLiteral("skip-invalid"),
                                        Text::tr("Import the valid races and leave out those with errors (each race whole, "
                                                 "with all its rows); the rows left out are listed and written to a file "
                                                 "that can be fixed and imported again. Errors about the file as a whole "
                                                 "still refuse it."));
    const QCommandLineOption leftOutOption(QStringLiteral("left-out"),
                                           Text::tr("With --skip-invalid: the file for the rows left out (default: "
                                                    "NAME.left-out.csv beside the file)."),
                                           QStringLiteral("FILE"));
    parser.addOptions({databaseOption, mappingOption, encodingOption, delimiterOption, decimalOption, sheetOption,
                       headerOption, dateOption, levelOption, sourceOption, completeOption, dryRunOption, quietOption,
                       duplicateOption, skipOption, leftOutOption});
    if (!parse(parser, QStringLiteral("import"), arguments, err))
        return UsageError;
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().isEmpty()) {
        err << Text::tr("sailau import: give the file to import.") << '\n'
            << Text::tr("Try 'sailau import --help'.") << '\n';
        return UsageError;
    }
    if (parser.isSet(leftOutOption) && (!parser.isSet(skipOption) || parser.positionalArguments().size() > 1)) {
        err << Text::tr("sailau import: --left-out goes with --skip-invalid and one file.") << '\n';
        return UsageError;
    }

    Import::Mapping mapping;
    if (parser.isSet(mappingOption)) {
        QString why;
        const auto preset = Import::Presets::load(parser.value(mappingOption), &why);
        if (!preset) {
            err << QStringLiteral("sailau import: ") << why << '\n';
            return UsageError;
        }
        mapping = *preset;
    }
    if (parser.isSet(encodingOption)) {
        const auto encoding = Import::encodingFromName(parser.value(encodingOption));
        if (!encoding) {
            err << Text::tr("sailau import: unknown encoding '%1' (UTF-8, UTF-16LE, UTF-16BE or windows-1251)")
                       .arg(parser.value(encodingOption)) << '\n';
            return UsageError;
        }
        mapping.encoding = Import::encodingName(*encoding);
    }
    if (parser.isSet(delimiterOption)) {
        bool ok = false;
        mapping.delimiter = delimiterFrom(parser.value(delimiterOption), &ok);
        if (!ok) {
            err << Text::tr("sailau import: the delimiter must be , ; | or tab, not '%1'").arg(parser.value(delimiterOption)) << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(decimalOption)) {
        const QString d = parser.value(decimalOption);
        if (d != QLatin1String(".") && d != QLatin1String(",")) {
            err << Text::tr("sailau import: the decimal separator must be . or ,") << '\n';
            return UsageError;
        }
        mapping.decimalSeparator = d.at(0);
    }
    auto positive = [&](const QCommandLineOption &option, int *into) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        if (!ok || n < 1) {
            err << Text::tr("sailau import: --%1 takes a number from 1, not '%2'").arg(option.names().constLast(), parser.value(option)) << '\n';
            return false;
        }
        *into = n - 1;
        return true;
    };
    if (!positive(sheetOption, &mapping.sheet) || !positive(headerOption, &mapping.headerRow))
        return UsageError;
    if (parser.isSet(dateOption)) {
        mapping.defaultDate = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!mapping.defaultDate.isValid()) {
            err << Text::tr("sailau import: --date takes YYYY-MM-DD, not '%1'").arg(parser.value(dateOption)) << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(levelOption)) {
        static const QStringList levels = {QStringLiteral("district"), QStringLiteral("city_regional"),
                                           QStringLiteral("regional_centre"), QStringLiteral("rural")};
        if (!levels.contains(parser.value(levelOption))) {
            err << Text::tr("sailau import: --level must be one of %1").arg(levels.join(QStringLiteral(", "))) << '\n';
            return UsageError;
        }
        mapping.defaultLevel = parser.value(levelOption);
    }
    if (parser.isSet(sourceOption))
        mapping.defaultSource = parser.value(sourceOption);
    if (parser.isSet(completeOption))
        mapping.candidateListsComplete = true;

    auto db = openForImport(parser, err, true);
    if (!db)
        return Failed;

    QList<Import::ImportOptions> files;
    for (const QString &path : parser.positionalArguments()) {
        Import::ImportOptions options;
        options.path = path;
        options.mapping = mapping;
        options.dryRun = parser.isSet(dryRunOption);
        options.allowDuplicate = parser.isSet(duplicateOption);
        options.maxProblems = 100000;
        options.skipInvalid = parser.isSet(skipOption);
        options.leftOutPath = parser.value(leftOutOption);
        files.append(options);
    }
    Import::Importer importer(*db);
    const QList<Import::ImportReport> reports = importer.runAll(files);
    int status = Ok;
    for (int i = 0; i < reports.size(); ++i)
        status = std::max(status, printReport(reports.at(i), files.at(i), parser.isSet(quietOption), out, err));
    return status;
}

int inspectCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Print what Sailau's reader sees in a file: the detected encoding and "
                                              "delimiter, the header and the rows, each cell the exact string parsed."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("A CSV or XLSX file."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print JSON."));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), Text::tr("At most N rows (default: all)."), QStringLiteral("N"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"), Text::tr("Read with this encoding."), QStringLiteral("E"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"), Text::tr("Read with this delimiter."), QStringLiteral("D"));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"), Text::tr("XLSX: the sheet, from 1."), QStringLiteral("N"));
    parser.addOptions({jsonOption, rowsOption, encodingOption, delimiterOption, sheetOption});
    if (!parse(parser, QStringLiteral("inspect"), arguments, err))
        return UsageError;
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        err << Text::tr("sailau inspect: give exactly one file.") << '\n';
        return UsageError;
    }
    const QString path = parser.positionalArguments().first();
    Import::ReadOptions read;
    if (parser.isSet(encodingOption)) {
        const auto encoding = Import::encodingFromName(parser.value(encodingOption));
        if (!encoding) {
            err << Text::tr("sailau inspect: unknown encoding '%1'").arg(parser.value(encodingOption)) << '\n';
            return UsageError;
        }
        read.encoding = Import::encodingName(*encoding);
    }
    if (parser.isSet(delimiterOption)) {
        bool ok = false;
        read.delimiter = delimiterFrom(parser.value(delimiterOption), &ok);
        if (!ok) {
            err << Text::tr("sailau inspect: the delimiter must be , ; | or tab") << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(sheetOption))
        read.sheet = std::max(0, parser.value(sheetOption).toInt() - 1);
    qint64 maxRows = -1;
    if (parser.isSet(rowsOption)) {
        bool ok = false;
        maxRows = parser.value(rowsOption).toLongLong(&ok);
        if (!ok || maxRows < 0) {
            err << Text::tr("sailau inspect: --rows takes a number") << '\n';
            return UsageError;
        }
    }

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
    qint64 count = 0;
    const bool json = parser.isSet(jsonOption);
    for (int skip = 0; skip < detected.headerRow && reader->next(&cells); ++skip) {
    }
    const bool hasHeader = reader->next(&cells);
    if (hasHeader)
        header = cells;
    // JSON is written row by row as the file is read, like the plain text: a large file never
    // has to fit in memory.
    if (json) {
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
    while (hasHeader && (maxRows < 0 || count < maxRows) && reader->next(&cells)) {
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
    if (!reader->error().isEmpty()) {
        err << path << QLatin1Char(':') << reader->errorLine() << QLatin1Char(':') << reader->errorColumn()
            << QStringLiteral(": ") << reader->error() << '\n';
        if (!json)
            return Failed;
    }
    if (json) {
        out << (count == 0 ? "]" : "\n    ]");
        if (!reader->error().isEmpty()) {
            QByteArray text = QJsonDocument(QJsonArray{reader->error()}).toJson(QJsonDocument::Compact);
            out << QStringLiteral(",\n    \"error\": ") << QString::fromUtf8(text.mid(1, text.size() - 2));
        }
        out << "\n}\n";
        return reader->error().isEmpty() ? Ok : Failed;
    }
    return Ok;
}

int importsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("List the imports in the database, newest first."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print JSON."));
    parser.addOptions({databaseOption, jsonOption});
    if (!parse(parser, QStringLiteral("imports"), arguments, err))
        return UsageError;
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Ok;
    }
    auto db = openForImport(parser, err, false);
    if (!db)
        return Failed;
    const QList<Import::BatchInfo> batches = Import::Batches::list(*db);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Import::BatchInfo &b : batches) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), double(b.id));
            o.insert(QStringLiteral("kind"), b.kind);
            o.insert(QStringLiteral("file"), b.fileName);
            o.insert(QStringLiteral("sha256"), b.sha256);
            o.insert(QStringLiteral("imported_at"), b.importedAt.toString(Qt::ISODate));
            o.insert(QStringLiteral("rows"), double(b.rows));
            o.insert(QStringLiteral("races_added"), b.racesAdded);
            o.insert(QStringLiteral("races_updated"), b.racesUpdated);
            o.insert(QStringLiteral("candidates_added"), b.candidatesAdded);
            o.insert(QStringLiteral("territories_added"), b.territoriesAdded);
            array.append(o);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    out << Text::tr("ID\tIMPORTED (UTC)\tKIND\tROWS\tRACES\tUPDATED\tCANDIDATES\tTERRITORIES\tFILE") << '\n';
    for (const Import::BatchInfo &b : batches)
        out << b.id << '\t' << b.importedAt.toString(Qt::ISODate) << '\t' << b.kind << '\t' << b.rows << '\t'
            << b.racesAdded << '\t' << b.racesUpdated << '\t' << b.candidatesAdded << '\t' << b.territoriesAdded << '\t'
            << b.fileName << '\n';
    return Ok;
}

int undoImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Undo an import: remove exactly what it added and restore what it changed."));
    parser.addPositionalArgument(QStringLiteral("ID"), Text::tr("The import's number (see 'sailau imports')."));
    parser.addOptions({databaseOption});
    if (!parse(parser, QStringLiteral("undo-import"), arguments, err))
        return UsageError;
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Ok;
    }
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok) {
        err << Text::tr("sailau undo-import: give the number of one import (see 'sailau imports').") << '\n';
        return UsageError;
    }
    auto db = openForImport(parser, err, false);
    if (!db)
        return Failed;
    // Files imported together in one step are undone together.
    const QList<qint64> step = Import::Batches::step(*db, id);
    QList<std::optional<Import::BatchInfo>> batches;
    for (qint64 each : step)
        batches.append(Import::Batches::find(*db, each));
    QString why;
    if (!Import::Batches::undo(*db, id, &why)) {
        err << QStringLiteral("sailau undo-import: ") << why << '\n';
        return Failed;
    }
    for (int i = 0; i < step.size(); ++i)
        out << Text::tr("Undid import %1 (%2).").arg(step.at(i)).arg(batches.at(i) ? batches.at(i)->fileName : QString())
            << '\n';
    return Ok;
}

} // namespace Sailau::Cli

namespace Sailau::Cli {

int generateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Generate synthetic election results for tests and benchmarks: the same seed gives the same data. Every "
        "row names the source synthetic:sailau-generator, and an import of it is marked synthetic."));
    const QCommandLineOption racesOption(QStringLiteral("races"), Text::tr("How many races (default 1000)."), QStringLiteral("N"),
                                         QStringLiteral("1000"));
    const QCommandLineOption candidatesOption(QStringLiteral("candidates"),
                                              Text::tr("Rows per race on average, \"against all\" included (default 5)."),
                                              QStringLiteral("K"), QStringLiteral("5"));
    const QCommandLineOption stationsOption(QStringLiteral("polling-stations"),
                                            Text::tr("With --database: polling-station results to add (default 0)."),
                                            QStringLiteral("M"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), Text::tr("The seed (default 1)."), QStringLiteral("S"),
                                        QStringLiteral("1"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("out")}, Text::tr("Write a CSV file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        Text::tr("The election day of the races (default 2021-07-25); the same --races "
                                                 "on another day gives the same territories, to compare."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption corpusOption(QStringLiteral("comparison-corpus"),
                                          Text::tr("With --database: add the small synthetic corpus of three elections "
                                                   "of the same territories instead."));
    parser.addOptions({racesOption, candidatesOption, stationsOption, seedOption, outOption, databaseOption, dateOption,
                       corpusOption});
    if (!parse(parser, QStringLiteral("generate"), arguments, err))
        return UsageError;
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Ok;
    }
    bool okRaces = false, okCandidates = false, okSeed = false, okStations = false;
    SyntheticGenerator::Options options;
    options.races = parser.value(racesOption).toLongLong(&okRaces);
    options.candidatesPerRace = parser.value(candidatesOption).toInt(&okCandidates);
    options.seed = parser.value(seedOption).toULongLong(&okSeed);
    const qint64 stations = parser.value(stationsOption).toLongLong(&okStations);
    if (!okRaces || options.races < 1 || !okCandidates || options.candidatesPerRace < 2 || !okSeed || !okStations
        || stations < 0) {
        err << Text::tr("sailau generate: --races, --candidates (from 2), --polling-stations and --seed take numbers") << '\n';
        return UsageError;
    }
    if (parser.isSet(dateOption)) {
        const QDate date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!date.isValid()) {
            err << Text::tr("sailau generate: --date takes a date as YYYY-MM-DD, not '%1'").arg(parser.value(dateOption)) << '\n';
            return UsageError;
        }
        options.date = date.toString(Qt::ISODate);
    }
    if (parser.isSet(outOption) == parser.isSet(databaseOption)) {
        err << Text::tr("sailau generate: give either --out FILE.csv or --database FILE") << '\n';
        return UsageError;
    }
    QString why;
    if (parser.isSet(corpusOption)) {
        if (!parser.isSet(databaseOption)) {
            err << Text::tr("sailau generate: --comparison-corpus goes with --database FILE") << '\n';
            return UsageError;
        }
        auto db = openForImport(parser, err, true);
        if (!db)
            return Failed;
        if (!SyntheticGenerator::loadComparisonCorpus(*db, &why)) {
            err << QStringLiteral("sailau generate: ") << why << '\n';
            return Failed;
        }
        out << Text::tr("Added the synthetic comparison corpus to %1.").arg(db->path()) << '\n';
        return Ok;
    }
    if (parser.isSet(outOption)) {
        const qint64 rows = SyntheticGenerator::writeCsv(parser.value(outOption), options, &why);
        if (rows < 0) {
            err << QStringLiteral("sailau generate: ") << why << '\n';
            return Failed;
        }
        out << Text::tr("Wrote %1 rows of %2 synthetic races to %3.").arg(rows).arg(options.races).arg(parser.value(outOption)) << '\n';
        return Ok;
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("synthetic.csv"));
    if (SyntheticGenerator::writeCsv(csv, options, &why) < 0) {
        err << QStringLiteral("sailau generate: ") << why << '\n';
        return Failed;
    }
    auto db = openForImport(parser, err, true);
    if (!db)
        return Failed;
    Import::ImportOptions importOptions;
    importOptions.path = csv;
    importOptions.batchKind = QStringLiteral("synthetic");
    Import::Importer importer(*db);
    const Import::ImportReport report = importer.run(importOptions);
    if (!report.ok) {
        for (const Import::Problem &p : report.problems) {
            if (p.severity == Import::Problem::Error)
                err << p.format(QStringLiteral("synthetic.csv")) << '\n';
        }
        return Failed;
    }
    if (stations > 0 && !SyntheticGenerator::addPollingStations(*db, stations, options.seed, &why)) {
        err << QStringLiteral("sailau generate: ") << why << '\n';
        return Failed;
    }
    out << Text::tr("Added %1 synthetic races with %2 candidates (import %3) to %4.")
               .arg(report.summary.racesNew).arg(report.summary.candidatesNew).arg(report.batchId).arg(db->path()) << '\n';
    return Ok;
}

} // namespace Sailau::Cli
