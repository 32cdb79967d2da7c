// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping.h"
#include "territorymatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>

namespace Sailau {
class Database;
}

namespace Sailau::Import {

class RowTracking;

// One thing wrong with the file, where it is.
struct Problem
{
    enum Severity { Error, Warning };
    Severity severity = Error;
    qint64 line = 0;           // 1-based line (CSV) or row (XLSX); 0: the file as a whole
    int column = 0;            // 1-based; 0: no column
    QString columnName;        // the header of that column
    QString value;             // the cell as written
    QString message;
    // "FILE:LINE:COLUMN: message" (as compilers write it)
    QString format(const QString &fileName) const;
};

// A territory name the file uses and what the import will do with it.
struct TerritoryIssue
{
    QString key;               // stable id for choices
    QString level;             // "region", "district", "settlement"
    QString name;              // as written
    QString parentPath;        // where it would be (existing names, or the names as written)
    TerritoryMatcher::Status status = TerritoryMatcher::Status::Matched;
    qint64 matchedId = 0;
    QString matchedPath;
    QList<TerritoryMatcher::Suggestion> suggestions;
    QString newLevel;          // territory.level if it is created
    int rows = 0;
    qint64 firstLine = 0;
};

// A row of the file an import left out, and why.
struct LeftOutRow
{
    qint64 line = 0;           // where its record starts
    qint64 lastLine = 0;       // where it ends (a quoted cell may hold line breaks)
    int column = 0;            // 1-based column of its first error; 0: none, or the race's
    QString reason;            // a sentence: its own errors, or why its race is left out
    QStringList cells;         // a workbook's row, for the file of left-out rows
};

struct ImportSummary
{
    qint64 rows = 0;
    int races = 0;             // races the file describes
    int racesNew = 0;
    int racesUpdated = 0;      // existing races the file adds figures or candidates to
    int candidates = 0;        // candidate rows ("against all" rows are race figures)
    int candidatesNew = 0;
    int territoriesNew = 0;
    int elections = 0;
    QStringList days;          // ISO dates
    qint64 datesFilled = 0;    // rows without a date that got the date given for the file
    int publishedFigures = 0;  // a file of published totals: the figures it holds (no races)
    qint64 rowsLeftOut = 0;    // ImportOptions::skipInvalid: rows left out with their races
    int racesLeftOut = 0;
};

struct ImportReport
{
    bool ok = false;           // imported (or, in a dry run, would import)
    bool cancelled = false;
    bool dryRun = false;
    QString fileName;
    QString sha256;
    QList<Problem> problems;
    QList<TerritoryIssue> territories;
    ImportSummary summary;
    qint64 batchId = 0;
    QList<qint64> earlierBatches;   // batches of a file with the same SHA-256
    // Errors and warnings found, those past ImportOptions::maxProblems included.
    qint64 errorCount = 0;
    qint64 warningCount = 0;
    // ImportOptions::skipInvalid: the rows left out (in the order of the file), and the file
    // they were written to so they can be fixed and imported again (empty in a dry run).
    QList<LeftOutRow> leftOut;
    QString leftOutPath;
    // Refused only for errors of rows and races (none about the file as a whole): with
    // ImportOptions::skipInvalid the other races would be imported.
    bool rowErrorsOnly = false;
    int errors() const;
    int warnings() const;
};

struct ImportOptions
{
    QString path;
    Mapping mapping;
    bool dryRun = false;
    // Choices for territory names (TerritoryIssue::key): an existing territory's id, or 0 to
    // create a new one. Ambiguous names without a choice are errors.
    QHash<QString, qint64> territoryChoices;
    // Stop collecting problems after this many (the import is refused anyway).
    int maxProblems = 1000;
    QString batchKind;         // "" → "file", or "synthetic" when the file says it is
    // A file with the same SHA-256 as an earlier import: a warning when allowed (the dialog asks
    // first), an error that refuses the import when not (the command line without
    // --allow-duplicate).
    bool allowDuplicate = true;
    // Races with errors are left out, each whole with all its rows, and the others imported:
    // the rows left out are listed in the report and written to leftOutPath ("" → beside the
    // file, NAME.left-out.csv). Errors about the file as a whole still refuse it. Without this
    // a file with any error is refused whole.
    bool skipInvalid = false;
    QString leftOutPath;
};

// The import pipeline: file → reader → mapping → validation → one transaction → SQLite.
// Runs on the calling thread with the database's own connection (a worker thread opens its own
// with Database::openAnother). On any error, or when cancelled, the database is left exactly as
// it was.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Importer)
public:
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    explicit Importer(Database &database);

    ImportReport run(const ImportOptions &options, const ProgressCallback &progress = {},
                     const std::atomic_bool *cancel = nullptr);

    // Several files in one step (a races file and a candidates file of the same election, say):
    // each is read and checked as run() does, in the order given, each seeing what the ones
    // before it add, and all in one transaction: every file is imported, or none is and the
    // database is left exactly as it was. Each file is an import batch of its own (its name,
    // digest and counts), marked as imported with the others so that undoing one undoes the step.
    // A dry run imports them and rolls everything back, so that the check of a file sees the
    // files before it. One report per file read; a refused file ends the step (the files after
    // it are not read) and the reports before it say they were not kept. Progress counts over
    // all the files.
    QList<ImportReport> runAll(const QList<ImportOptions> &files, const ProgressCallback &progress = {},
                               const std::atomic_bool *cancel = nullptr);

    // The header row and the mapping a file gets without a preset (what the dialog starts with).
    static QStringList readHeader(const QString &path, const Mapping &mapping, QString *error);

private:
    // Runs the files of a step one after the other; the index of the first refused, or -1.
    int runStepFiles(const QList<ImportOptions> &files, const ProgressCallback &progress,
                     const std::atomic_bool *cancel, QList<ImportReport> *reports, QStringList *leftOutFiles);
    ImportReport runOnce(const ImportOptions &options, const ProgressCallback &progress,
                         const std::atomic_bool *cancel, const QSet<qint64> &skipLines, RowTracking *tracking);
    Database &m_database;
    // runAll(): the files share its transaction; a dry run of the step writes and rolls back, but
    // writes no file of rows left out.
    struct Step
    {
        bool active = false;
        bool dryRun = false;
    };
    Step m_step;
};

// Listing and undoing imports.
struct BatchInfo
{
    qint64 id = 0;
    QString kind;
    QString fileName;
    QString sha256;
    QDateTime importedAt;
    qint64 rows = 0;
    int racesAdded = 0;
    int racesUpdated = 0;
    int candidatesAdded = 0;
    int territoriesAdded = 0;
};

class Batches
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Batches)
public:
    static QList<BatchInfo> list(const Database &database);
    static std::optional<BatchInfo> find(const Database &database, qint64 id);
    // Removes exactly what the batch added and restores what it changed, in one transaction.
    // Refused (with the reason) when a later import builds on it.
    // The batches of a step of several files (Importer::runAll) are undone together.
    static bool undo(Database &database, qint64 batchId, QString *error);
    // The batches imported in one step with batchId, itself included, in order (just batchId for
    // a file imported alone).
    static QList<qint64> step(const Database &database, qint64 batchId);
};

} // namespace Sailau::Import
