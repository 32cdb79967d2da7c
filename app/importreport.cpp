// SPDX-License-Identifier: GPL-3.0-or-later
// The report `sailau import` prints of each file: its problems as FILE:LINE:COLUMN: message, the
// rows left out, and what was imported or why nothing was.
#include "importreport.h"

#include "commands.h"
#include "importcli.h"

#include <QDir>
#include <QLocale>

#include <climits>

namespace Sailau::Cli {

namespace {

int clampedCount(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

void printProblems(const Import::ImportReport &report, const QString &name, bool quiet, bool leftOut, QTextStream &err)
{
    for (const Import::Problem &p : report.problems) {
        // Rows left out are listed below with their errors.
        if ((p.severity == Import::Problem::Warning && quiet) || (leftOut && p.severity == Import::Problem::Error))
            continue;
        err << p.format(name) << '\n';
    }
}

// A file refused: how many errors, and what would let it in.
void printRejected(const Import::ImportReport &report, const Import::ImportOptions &options, QTextStream &err)
{
    const QString &name = options.path;
    const QLocale c = QLocale::c();
    if (report.errorCount > report.errors())
        err << CliText::tr("%1: rejected with %2 errors (the first %n are listed above); nothing was written.", nullptr,
                           report.errors())
                   .arg(name, c.toString(report.errorCount))
            << '\n';
    else
        err << CliText::tr("%1: rejected with %n error(s); nothing was written.", nullptr, report.errors()).arg(name) << '\n';
    if (!report.earlierBatches.isEmpty() && !options.allowDuplicate)
        err << CliText::tr("To import it again all the same, add --allow-duplicate.") << '\n';
    if (!options.skipInvalid && report.rowErrorsOnly)
        err << CliText::tr("%1: to import the valid races and leave out those with errors, add --skip-invalid.").arg(name)
            << '\n';
}

// The races --skip-invalid left out: each row with its error, and where the rows were written.
void printLeftOut(const Import::ImportReport &report, const QString &name, QTextStream &out, QTextStream &err)
{
    const Import::ImportSummary &s = report.summary;
    err << CliText::tr("%1: %n race(s) with errors left out, with these rows:", nullptr, s.racesLeftOut).arg(name) << '\n';
    for (const Import::LeftOutRow &row : report.leftOut) {
        Import::Problem p;
        p.line = row.line;
        p.column = row.column;
        p.message = CliText::tr("left out: %1").arg(row.reason);
        err << p.format(name) << '\n';
    }
    if (report.dryRun)
        out << CliText::tr("%1: %n row(s) would be left out (dry run: no file was written).", nullptr,
                           clampedCount(s.rowsLeftOut)).arg(name) << '\n';
    else
        out << CliText::tr("%1: %n row(s) left out, written to %2 to fix and import again.", nullptr,
                           clampedCount(s.rowsLeftOut))
                   .arg(name, QDir::toNativeSeparators(report.leftOutPath)) << '\n';
}

// What a file held: its published figures, or its rows, races, candidates and territories.
QString importedCounts(const Import::ImportSummary &s)
{
    const QLocale c = QLocale::c();
    return s.publishedFigures > 0
        ? CliText::tr("%n published figure(s) of %1 (a file of totals: shown in the summary, no races)", nullptr,
                      s.publishedFigures)
              .arg(s.days.join(QStringLiteral(", ")))
        : CliText::tr("%1 rows, %2 races (%3 new, %4 updated), %5 candidates, %6 new territories")
              .arg(c.toString(s.rows), c.toString(s.races), c.toString(s.racesNew), c.toString(s.racesUpdated),
                   c.toString(s.candidatesNew), c.toString(s.territoriesNew));
}

} // namespace

int printImportReport(const Import::ImportReport &report, const Import::ImportOptions &options, bool quiet,
                      QTextStream &out, QTextStream &err)
{
    const QString name = options.path;
    const Import::Mapping &mapping = options.mapping;
    const bool leftOut = report.ok && !report.leftOut.isEmpty();
    printProblems(report, name, quiet, leftOut, err);
    if (!report.ok) {
        printRejected(report, options, err);
        return Failed;
    }
    const Import::ImportSummary &s = report.summary;
    const QString counts = importedCounts(s);
    if (mapping.defaultDate.isValid())
        out << CliText::tr("%1: --date %2 filled the date of %n row(s) that had none; rows with a date keep it.", nullptr,
                           clampedCount(s.datesFilled))
                   .arg(name, mapping.defaultDate.toString(Qt::ISODate)) << '\n';
    if (leftOut)
        printLeftOut(report, name, out, err);
    if (report.dryRun)
        out << CliText::tr("%1: would import %2 (dry run: nothing was written).").arg(name, counts) << '\n';
    else
        out << CliText::tr("%1: imported %2 as import %3.").arg(name, counts).arg(report.batchId) << '\n';
    return Ok;
}

} // namespace Sailau::Cli
