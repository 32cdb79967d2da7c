// SPDX-License-Identifier: GPL-3.0-or-later
// sailau generate: synthetic election results for tests and benchmarks, written to a CSV file or
// imported into a database, or the small synthetic corpus of three elections to compare.
#include "importcommands.h"

#include "commands.h"
#include "importcli.h"
#include "importer.h"
#include "synthetic.h"

#include <QCommandLineParser>
#include <QTemporaryDir>

namespace Sailau::Cli {

namespace {

struct GenerateOptions
{
    GenerateOptions();

    const QCommandLineOption races;
    const QCommandLineOption candidates;
    const QCommandLineOption stations;
    const QCommandLineOption seed;
    const QCommandLineOption out;
    const QCommandLineOption date;
    const QCommandLineOption corpus;
};

GenerateOptions::GenerateOptions()
    : races(QStringLiteral("races"), CliText::tr("How many races (default 1000)."), QStringLiteral("N"),
            QStringLiteral("1000"))
    , candidates(QStringLiteral("candidates"), CliText::tr("Rows per race on average, \"against all\" included (default 5)."),
                 QStringLiteral("K"), QStringLiteral("5"))
    , stations(QStringLiteral("polling-stations"), CliText::tr("With --database: polling-station results to add (default 0)."),
               QStringLiteral("M"), QStringLiteral("0"))
    , seed(QStringLiteral("seed"), CliText::tr("The seed (default 1)."), QStringLiteral("S"), QStringLiteral("1"))
    , out({QStringLiteral("o"), QStringLiteral("out")}, CliText::tr("Write a CSV file."), QStringLiteral("FILE"))
    , date(QStringLiteral("date"),
           CliText::tr("The election day of the races (default 2021-07-25); the same --races "
                       "on another day gives the same territories, to compare."),
           QStringLiteral("YYYY-MM-DD"))
    , corpus(QStringLiteral("comparison-corpus"),
             CliText::tr("With --database: add the small synthetic corpus of three elections "
                         "of the same territories instead."))
{
}

// --races, --candidates, --seed and --date into options, --polling-stations into stations; and
// either --out or --database. False after saying on err what is wrong.
bool readOptions(const QCommandLineParser &parser, const GenerateOptions &given, SyntheticGenerator::Options *options,
                 qint64 *stations, QTextStream &err)
{
    bool okRaces = false, okCandidates = false, okSeed = false, okStations = false;
    options->races = parser.value(given.races).toLongLong(&okRaces);
    options->candidatesPerRace = parser.value(given.candidates).toInt(&okCandidates);
    options->seed = parser.value(given.seed).toULongLong(&okSeed);
    *stations = parser.value(given.stations).toLongLong(&okStations);
    if (!okRaces || options->races < 1 || !okCandidates || options->candidatesPerRace < 2
        || options->candidatesPerRace > SyntheticGenerator::MaxCandidatesPerRace || !okSeed || !okStations
        || *stations < 0) {
        err << CliText::tr("sailau generate: --races, --candidates (from 2 to %1), --polling-stations and --seed take "
                           "numbers").arg(SyntheticGenerator::MaxCandidatesPerRace) << '\n';
        return false;
    }
    if (parser.isSet(given.date)) {
        const QDate date = QDate::fromString(parser.value(given.date), Qt::ISODate);
        if (!date.isValid()) {
            err << CliText::tr("sailau generate: --date takes a date as YYYY-MM-DD, not '%1'").arg(parser.value(given.date)) << '\n';
            return false;
        }
        options->date = date.toString(Qt::ISODate);
    }
    if (parser.isSet(given.out) == parser.isSet(databaseOption)) {
        err << CliText::tr("sailau generate: give either --out FILE.csv or --database FILE") << '\n';
        return false;
    }
    return true;
}

// --comparison-corpus: the three elections added to the database.
int addComparisonCorpus(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(databaseOption)) {
        err << CliText::tr("sailau generate: --comparison-corpus goes with --database FILE") << '\n';
        return UsageError;
    }
    auto db = openForImport(parser, err, true);
    if (!db)
        return Failed;
    QString why;
    if (!SyntheticGenerator::loadComparisonCorpus(*db, &why)) {
        err << QStringLiteral("sailau generate: ") << why << '\n';
        return Failed;
    }
    out << CliText::tr("Added the synthetic comparison corpus to %1.").arg(db->path()) << '\n';
    return Ok;
}

// --out FILE: the races written to a CSV file.
int writeCsv(const QString &path, const SyntheticGenerator::Options &options, QTextStream &out, QTextStream &err)
{
    QString why;
    const qint64 rows = SyntheticGenerator::writeCsv(path, options, &why);
    if (rows < 0) {
        err << QStringLiteral("sailau generate: ") << why << '\n';
        return Failed;
    }
    out << CliText::tr("Wrote %1 rows of %2 synthetic races to %3.").arg(rows).arg(options.races).arg(path) << '\n';
    return Ok;
}

// --database FILE: the races imported as a synthetic import, with the polling stations asked for.
int addToDatabase(const QCommandLineParser &parser, const SyntheticGenerator::Options &options, qint64 stations,
                  QTextStream &out, QTextStream &err)
{
    QString why;
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
    out << CliText::tr("Added %1 synthetic races with %2 candidates (import %3) to %4.")
               .arg(report.summary.racesNew).arg(report.summary.candidatesNew).arg(report.batchId).arg(db->path()) << '\n';
    return Ok;
}

} // namespace

int generateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Generate synthetic election results for tests and benchmarks: the same seed gives the same data. Every "
        "row names the source synthetic:sailau-generator, and an import of it is marked synthetic."));
    const GenerateOptions given;
    parser.addOptions({given.races, given.candidates, given.stations, given.seed, given.out, databaseOption, given.date,
                       given.corpus});
    if (!parseArguments(parser, QStringLiteral("generate"), arguments, err))
        return UsageError;
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Ok;
    }
    SyntheticGenerator::Options options;
    qint64 stations = 0;
    if (!readOptions(parser, given, &options, &stations, err))
        return UsageError;
    if (parser.isSet(given.corpus))
        return addComparisonCorpus(parser, out, err);
    if (parser.isSet(given.out))
        return writeCsv(parser.value(given.out), options, out, err);
    return addToDatabase(parser, options, stations, out, err);
}

} // namespace Sailau::Cli
