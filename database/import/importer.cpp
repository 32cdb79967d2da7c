// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "database.h"
#include "importcontext.h"
#include "importsource.h"
#include "importtransaction.h"
#include "importwriter.h"
#include "racebook.h"
#include "rowparser.h"
#include "sqlite/sqlitestatement.h"
#include "territoryresolver.h"
#include "totals.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace Sailau::Import {

namespace {

// The rows of the file, each checked as text and then added; false when the import stops.
bool readRows(ImportContext &context, ImportSource &source, RowParser &parser, RaceBook &races,
              const Importer::ProgressCallback &progress, const std::atomic_bool *cancel)
{
    TableReader &reader = source.reader();
    const qint64 total = reader.totalBytes();
    qint64 nextReport = 0;
    ImportSummary &summary = context.report().summary;
    const QSet<qint64> &skipLines = context.skipLines();
    QList<LeftOutRow> &leftOut = context.report().leftOut;
    const bool workbook = source.encoding().isEmpty();
    RowTracking *tracking = context.tracking();
    while (reader.next(&parser.cells())) {
        context.setLine(reader.line());
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            context.report().cancelled = true;
            return false;
        }
        if (!leftOut.isEmpty() && leftOut.constLast().lastLine == 0)
            leftOut.last().lastLine = reader.line() - 1;
        if (parser.isBlank())
            continue;
        if (!skipLines.isEmpty() && skipLines.contains(reader.line())) {
            LeftOutRow row;
            row.line = reader.line();
            if (workbook) {
                row.cells = parser.cells();
                row.lastLine = row.line;
            }
            leftOut.append(row);
            ++summary.rowsLeftOut;
            continue;
        }
        if (!parser.checkText(reader.hadInvalidBytes())) {
            ++summary.rows;
            if (tracking)
                tracking->addRow(reader.line(), -1, TerritoryRef(), false);
            continue;
        }
        races.addRow();
        if (progress && summary.rows >= nextReport) {
            progress(reader.bytesRead(), total);
            nextReport = summary.rows + 4096;
        }
    }
    if (!reader.error().isEmpty()) {
        context.error(reader.errorLine(), reader.errorColumn(), QString(), reader.errorReason());
        return false;
    }
    if (!leftOut.isEmpty() && leftOut.constLast().lastLine == 0)
        leftOut.last().lastLine = std::numeric_limits<qint64>::max(); // to the end of the file
    source.close();
    if (progress)
        progress(total, total);
    if (summary.rows == 0 && summary.rowsLeftOut == 0)
        return context.fail(Importer::tr("The file has a header but no rows."));
    if (summary.rows == 0)
        return context.fail(Importer::tr("Every race of the file has errors: there is nothing left to import."));
    return true;
}

// Earlier imports of a file with the same SHA-256: a warning, or an error when not allowed.
void checkEarlierImports(ImportContext &context, const QString &sha)
{
    if (sha.isEmpty())
        return; // the file could not be read to its end: no digest to compare
    QSqlQuery earlier(context.db());
    earlier.prepare(QStringLiteral("SELECT id, imported_at FROM import_batch WHERE sha256 = ? AND id <> ? ORDER BY id"));
    earlier.addBindValue(sha);
    earlier.addBindValue(context.batchId());
    if (!earlier.exec())
        return;
    while (earlier.next()) {
        context.report().earlierBatches.append(earlier.value(0).toLongLong());
        const QString message = Importer::tr("This file was imported before (import %1, %2).")
                                    .arg(earlier.value(0).toLongLong())
                                    .arg(earlier.value(1).toString());
        if (context.options().allowDuplicate)
            context.warning(0, 0, QString(), message);
        else
            context.error(0, 0, QString(), message + QLatin1Char(' ')
                              + Importer::tr("Importing the same file again makes a second import of the same races."));
    }
}

// A file of published totals: its figures are read, checked and written as published figures of
// the batch, inside the same transaction as an import of races.
bool importTotals(ImportContext &context, ImportSource &source, const TotalsLayout &layout,
                  const TerritoryMatcher &territories)
{
    ImportReport &report = context.report();
    QList<PublishedRow> rows;
    const auto sink = [&context](bool isError, qint64 line, int column, const QString &value, const QString &message) {
        context.problem(isError ? Problem::Error : Problem::Warning, line, column, value, message);
    };
    const Mapping &mapping = source.mapping();
    const bool read = Totals::read(source.reader(), layout, source.header(), source.decimal(), mapping.defaultDate,
                                   mapping.defaultSource, territories, sink, &rows);
    report.summary.rows = source.reader().line() - source.headerLine();
    source.close();
    const QString sha = source.sha256();
    if (!read)
        return false;
    if (rows.isEmpty() && context.errors() == 0)
        return context.fail(Importer::tr("The file of published totals has a header but no figures."));
    report.summary.publishedFigures = int(rows.size());
    QSet<QString> days;
    for (const PublishedRow &r : std::as_const(rows))
        days.insert(r.date.toString(Qt::ISODate));
    report.summary.days = QStringList(days.begin(), days.end());
    report.summary.days.sort();
    report.sha256 = sha;
    checkEarlierImports(context, sha);
    if (!context.writing())
        return true;
    QString why;
    if (!Totals::write(context.db(), context.batchId(), rows, &why))
        return context.fail(Importer::tr("The published figures could not be written, so nothing was imported. %1").arg(why));
    QSqlQuery batch(context.db());
    batch.prepare(QStringLiteral("UPDATE import_batch SET sha256 = ?, rows_read = ? WHERE id = ?"));
    batch.addBindValue(sha);
    batch.addBindValue(report.summary.rows);
    batch.addBindValue(context.batchId());
    if (!batch.exec())
        return context.fail(Database::explain(batch.lastError()));
    return true;
}

// A file of races: every row read into races, then (without errors, and not a dry run) finished.
bool importRaces(ImportContext &context, ImportSource &source, RowParser &parser, TerritoryResolver &territories,
                 ImportWriter &writer, sqlite3 *sqlite, const Importer::ProgressCallback &progress,
                 const std::atomic_bool *cancel)
{
    if (!writer.prepare(sqlite, source.reader().totalBytes()))
        return false;
    RaceBook races(context, parser, territories, writer);
    if (!readRows(context, source, parser, races, progress, cancel))
        return false;
    races.flushRace(); // the last race: written, checked, its metrics computed
    territories.warnAboutNew();
    races.summarize();
    ImportReport &report = context.report();
    report.sha256 = source.sha256();
    checkEarlierImports(context, report.sha256);
    if (!context.writing())
        return true;
    return races.finish(report.sha256);
}

QList<Field> fieldsOf(const ImportSource &source)
{
    QList<Field> fields;
    for (int i = 0; i < source.header().size(); ++i)
        fields.append(source.mapping().fieldOf(i));
    return fields;
}

} // namespace

// file → reader → mapping → validation → one transaction → SQLite. With skipInvalid, a file
// refused for errors of rows and races is read again leaving out the rows of those races (again
// if leaving them out shows more), each reading in its own transaction.
ImportReport Importer::run(const ImportOptions &options, const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    RowTracking tracking;
    tracking.keepRows = options.skipInvalid;
    ImportReport first = runOnce(options, progress, cancel, {}, &tracking);
    first.rowErrorsOnly = !first.ok && !first.cancelled && first.errorCount > 0 && first.errorCount == tracking.attributed
        && first.summary.rows > 0;
    if (!options.skipInvalid)
        return first;
    if (first.ok || first.cancelled || first.errorCount > tracking.attributed)
        return first; // nothing to leave out, or an error about the file as a whole
    int racesLeftOut = 0;
    QHash<qint64, LeftOutRow> leftOut = tracking.leftOut(&racesLeftOut);
    constexpr int MaxReadings = 4;
    for (int reading = 1; reading < MaxReadings; ++reading) {
        const QList<qint64> lines = leftOut.keys();
        RowTracking again;
        ImportReport report = runOnce(options, progress, cancel, QSet<qint64>(lines.begin(), lines.end()), &again);
        if (report.cancelled)
            return report;
        if (!report.ok && report.errorCount == again.attributed && report.summary.rows > 0) {
            // Leaving rows out showed errors in other races (a figure compared with a row left out).
            int more = 0;
            const QHash<qint64, LeftOutRow> further = again.leftOut(&more);
            if (!further.isEmpty()) {
                leftOut.insert(further);
                racesLeftOut += more;
                continue;
            }
        }
        if (!report.ok) {
            // Refused even so: the reasons of the first reading come first.
            first.problems += report.problems;
            first.errorCount += report.errorCount;
            return first;
        }
        // Imported (or would be): the first reading's problems say what was left out and why.
        for (LeftOutRow &row : report.leftOut) {
            const LeftOutRow &why = leftOut.value(row.line);
            row.reason = why.reason;
            row.column = why.column;
        }
        report.summary.racesLeftOut = racesLeftOut;
        report.problems = first.problems;
        report.errorCount = first.errorCount;
        report.warningCount = first.warningCount;
        return report;
    }
    return first;
}

namespace {

// A step refused: no report keeps a batch, those that were fine say why, and the left-out rows'
// files already written are removed (they are written only when the whole step is kept).
QList<ImportReport> refuseStep(QList<ImportReport> reports, int index, const QString &why,
                               const QStringList &leftOutFiles)
{
    for (int i = 0; i < reports.size(); ++i) {
        ImportReport &r = reports[i];
        if (i != index && r.ok) {
            Problem p;
            p.message = why;
            r.problems.append(p);
            ++r.errorCount;
        }
        r.ok = false;
        r.batchId = 0;
        r.leftOutPath.clear();
    }
    for (const QString &path : leftOutFiles)
        QFile::remove(path);
    return reports;
}

// The transaction of a step could not begin.
ImportReport stepNotBegun(const ImportOptions &first, bool dryRun, const QString &why)
{
    ImportReport report;
    report.fileName = QFileInfo(first.path).fileName();
    report.dryRun = dryRun;
    Problem p;
    p.message = why;
    report.problems.append(p);
    report.errorCount = 1;
    return report;
}

} // namespace

int Importer::runStepFiles(const QList<ImportOptions> &files, const ProgressCallback &progress,
                           const std::atomic_bool *cancel, QList<ImportReport> *reports, QStringList *leftOutFiles)
{
    constexpr qint64 Scale = 1000; // each file's part of the step's progress
    for (int i = 0; i < files.size(); ++i) {
        ImportOptions options = files.at(i);
        options.dryRun = false; // a dry run of the step rolls back at the end instead
        const auto fileProgress = [&progress, i, n = files.size()](qint64 done, qint64 total) {
            if (progress)
                progress(i * Scale + (total > 0 ? done * Scale / total : Scale), n * Scale);
        };
        ImportReport report = run(options, fileProgress, cancel);
        report.dryRun = m_step.dryRun;
        if (!report.leftOutPath.isEmpty())
            leftOutFiles->append(report.leftOutPath);
        reports->append(report);
        if (!report.ok)
            return i;
    }
    return -1;
}

QList<ImportReport> Importer::runAll(const QList<ImportOptions> &files, const ProgressCallback &progress,
                                   const std::atomic_bool *cancel)
{
    if (files.size() == 1 || m_database.isReadOnly())
        return {run(files.value(0), progress, cancel)};
    QList<ImportReport> reports;
    if (files.isEmpty())
        return reports;
    const bool dryRun = std::all_of(files.begin(), files.end(), [](const ImportOptions &o) { return o.dryRun; });
    QStringList leftOutFiles;
    ImportTransaction transaction(m_database.connection());
    QString why;
    if (!transaction.begin(false, &why))
        return {stepNotBegun(files.first(), dryRun, why)};
    m_step = {true, dryRun};
    const int refused = runStepFiles(files, progress, cancel, &reports, &leftOutFiles);
    m_step = {};
    if (refused >= 0) {
        const ImportReport &report = reports.at(refused);
        if (report.cancelled)
            return refuseStep(reports, refused, tr("Not imported: the import was cancelled, and the files imported "
                                                   "together are kept all or none."), leftOutFiles);
        return refuseStep(reports, refused, tr("Not imported: %1 was refused, and the files imported together are "
                                               "kept all or none.").arg(report.fileName), leftOutFiles);
    }
    if (dryRun) {
        for (ImportReport &r : reports)
            r.batchId = 0;
        return reports; // the transaction rolls back everything written
    }
    // The batches say they were imported together, for their undo.
    QStringList ids;
    for (const ImportReport &r : std::as_const(reports))
        ids.append(QString::number(r.batchId));
    QSqlQuery mark(m_database.connection());
    if (!mark.exec(QStringLiteral("UPDATE import_batch SET options = '{\"step\":[%1]}' WHERE id IN (%1)")
                       .arg(ids.join(QLatin1Char(','))))) {
        return refuseStep(reports, -1, tr("The import could not be saved, so nothing was imported. %1")
                                           .arg(Database::explain(mark.lastError())), leftOutFiles);
    }
    if (!transaction.commit(&why))
        return refuseStep(reports, -1, why, leftOutFiles);
    return reports;
}

ImportReport Importer::runOnce(const ImportOptions &options, const ProgressCallback &progress,
                               const std::atomic_bool *cancel, const QSet<qint64> &skipLines, RowTracking *tracking)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    report.fileName = QFileInfo(options.path).fileName();
    ImportContext context(m_database.connection(), options, report);
    context.setTracking(tracking);
    context.setSkipLines(skipLines);
    if (m_database.isReadOnly()) {
        context.fail(tr("The database is read-only (%1): nothing can be imported into it.").arg(m_database.readOnlyReason()));
        return report;
    }
    ImportSource source(context);
    if (!source.open())
        return report;
    const std::optional<TotalsLayout> totals = Totals::recognise(source.header(), fieldsOf(source));
    RowParser parser(context, source.mapping(), {source.decimal(), source.encoding(), source.windows1251(), source.headerLine()});
    if (!totals && !parser.checkColumns())
        return report;
    sqlite3 *sqlite = Sqlite::sqliteHandle(context.db());
    if (!sqlite) {
        context.fail(tr("The database connection does not give access to SQLite."));
        return report;
    }

    ImportTransaction transaction(context.db(), m_step.active);
    QString why;
    TerritoryResolver territories(context, {parser.columnOf(Field::Region), parser.columnOf(Field::District),
                                            parser.columnOf(Field::Settlement), parser.columnOf(Field::Kato)});
    ImportWriter writer(context);
    if (!transaction.begin(options.dryRun, &why) || !territories.load(&why)) {
        context.fail(why);
        return report;
    }
    if (!options.dryRun && !writer.beginBatch(report.fileName))
        return report;
    const bool written = totals ? importTotals(context, source, *totals, territories.matcher())
                                : importRaces(context, source, parser, territories, writer, sqlite, progress, cancel);
    if (!written || context.errors() > 0 || options.dryRun) {
        report.ok = written && context.errors() == 0 && !report.cancelled;
        return report; // the transaction rolls back everything written
    }
    if (cancel && cancel->load()) {
        report.cancelled = true;
        return report;
    }
    if (!report.leftOut.isEmpty() && !m_step.dryRun) {
        // The rows left out are saved before the import is: both, or neither.
        LeftOutFile file;
        file.input = options.path;
        file.output = options.leftOutPath.isEmpty() ? LeftOutFile::defaultPath(options.path) : options.leftOutPath;
        file.encoding = source.encoding();
        file.headerLine = source.headerLine();
        file.header = source.header();
        file.rows = report.leftOut;
        if (!file.write(&why)) {
            context.fail(tr("%1 So nothing was imported.").arg(why));
            return report;
        }
        report.leftOutPath = file.output;
    }
    if (!transaction.commit(&why)) {
        context.fail(why);
        return report;
    }
    report.batchId = context.batchId();
    report.ok = true;
    return report;
}

QString Problem::format(const QString &fileName) const
{
    QString where = fileName;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    QString text = message;
    if (!columnName.isEmpty() && line > 0)
        text = QCoreApplication::translate("Sailau::Import::Importer", "[%1] %2").arg(columnName, message);
    const QString kind = severity == Warning ? QCoreApplication::translate("Sailau::Import::Importer", "warning: ")
                                             : QString();
    return where + QStringLiteral(": ") + kind + text;
}

int ImportReport::errors() const
{
    int n = 0;
    for (const Problem &p : problems)
        n += p.severity == Problem::Error ? 1 : 0;
    return n;
}

int ImportReport::warnings() const
{
    int n = 0;
    for (const Problem &p : problems)
        n += p.severity == Problem::Warning ? 1 : 0;
    return n;
}

Importer::Importer(Database &database)
    : m_database(database)
{
}

QStringList Importer::readHeader(const QString &path, const Mapping &mapping, QString *error)
{
    ReadOptions read;
    read.encoding = mapping.encoding;
    read.delimiter = mapping.delimiter;
    read.sheet = mapping.sheet;
    auto reader = openTable(path, read, error);
    if (!reader)
        return {};
    QStringList cells;
    const int headerRow = std::max(0, mapping.headerRow);
    for (int i = 0; i <= headerRow; ++i) {
        if (!reader->next(&cells)) {
            if (error)
                *error = reader->error();
            return {};
        }
    }
    return cells;
}

} // namespace Sailau::Import
