// SPDX-License-Identifier: GPL-3.0-or-later
// sailau import, imports and undo-import: the same pipeline the import dialog runs. The options of
// import are read in importoptions.cpp and each file's report printed by importreport.cpp;
// inspect and generate, declared beside them, are in inspectcommand.cpp and generatecommand.cpp.
#include "importcommands.h"

#include "commands.h"
#include "importcli.h"
#include "importer.h"
#include "importoptions.h"
#include "importreport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sailau::Cli {

int importCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Import election results from a CSV or XLSX file into the database, in one transaction: when the file "
        "has any error, every problem is listed as FILE:LINE:COLUMN: message and nothing is written.\n"
        "Exit status: 0 imported, 1 rejected, 2 usage error."));
    const ImportCommandLine commandLine(parser);
    if (!parseArguments(parser, QStringLiteral("import"), arguments, err))
        return UsageError;
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Ok;
    }
    if (!commandLine.checkArguments(err))
        return UsageError;
    const std::optional<Import::Mapping> mapping = commandLine.mapping(err);
    if (!mapping)
        return UsageError;

    auto db = openForImport(parser, err, true);
    if (!db)
        return Failed;
    // Every file in one step: all of them are imported, or none when one is refused.
    const QList<Import::ImportOptions> files = commandLine.files(*mapping);
    Import::Importer importer(*db);
    const QList<Import::ImportReport> reports = importer.runAll(files);
    int status = Ok;
    for (int i = 0; i < reports.size(); ++i)
        status = std::max(status, printImportReport(reports.at(i), files.at(i), commandLine.quiet(), out, err));
    return status;
}

int importsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("List the imports in the database, newest first."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print JSON."));
    parser.addOptions({databaseOption, jsonOption});
    if (!parseArguments(parser, QStringLiteral("imports"), arguments, err))
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
    out << CliText::tr("ID\tIMPORTED (UTC)\tKIND\tROWS\tRACES\tUPDATED\tCANDIDATES\tTERRITORIES\tFILE") << '\n';
    for (const Import::BatchInfo &b : batches)
        out << b.id << '\t' << b.importedAt.toString(Qt::ISODate) << '\t' << b.kind << '\t' << b.rows << '\t'
            << b.racesAdded << '\t' << b.racesUpdated << '\t' << b.candidatesAdded << '\t' << b.territoriesAdded << '\t'
            << b.fileName << '\n';
    return Ok;
}

int undoImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Undo an import: remove exactly what it added and restore what it changed."));
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("The import's number (see 'sailau imports')."));
    parser.addOptions({databaseOption});
    if (!parseArguments(parser, QStringLiteral("undo-import"), arguments, err))
        return UsageError;
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Ok;
    }
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok) {
        err << CliText::tr("sailau undo-import: give the number of one import (see 'sailau imports').") << '\n';
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
        out << CliText::tr("Undid import %1 (%2).").arg(step.at(i)).arg(batches.at(i) ? batches.at(i)->fileName : QString())
            << '\n';
    return Ok;
}

} // namespace Sailau::Cli
