// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog's check page: progress, the summary of a check or an import, the problems
// found and the territory names of the file.
#include "importcheckpage.h"

#include "format.h"
#include "importdialogtext.h"
#include "importmodels.h"
#include "importtables.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Sailau {

using namespace Import;

namespace {

// Each count with its own plural form: "1 race", "2 races"; in Russian 1, 2–4 and 5+ differ.
QString countsOf(const ImportSummary &s)
{
    return ImportDialogText::tr("%1: %2 (%3 new, %4 completed), %5, %6.")
        .arg(ImportDialogText::tr("%Ln row(s)", nullptr, int(s.rows)), ImportDialogText::tr("%Ln race(s)", nullptr, s.races),
             Format::count(s.racesNew), Format::count(s.racesUpdated),
             ImportDialogText::tr("%Ln candidate(s)", nullptr, s.candidatesNew),
             ImportDialogText::tr("%Ln new territory(ies)", nullptr, s.territoriesNew));
}

// The counts of the step; with several files, each file's own (the candidates file completes
// the races the races file made).
QString countsText(const ImportReport &report, const QList<ImportReport> &reports, bool several)
{
    if (!several)
        return countsOf(report.summary);
    QStringList lines;
    for (const ImportReport &r : reports)
        lines.append(ImportDialogText::tr("%1 — %2").arg(r.fileName, countsOf(r.summary)));
    return lines.join(QLatin1Char('\n'));
}

QString totalsText(const ImportSummary &s)
{
    return ImportDialogText::tr("%Ln published figure(s) of %1: a file of totals, shown in the summary beside the "
                                "computed figures; no races.", nullptr, s.publishedFigures)
        .arg(s.days.join(QStringLiteral(", ")));
}

QString batchesOf(const QList<ImportReport> &reports)
{
    QStringList batches;
    for (const ImportReport &r : reports) {
        if (r.batchId > 0)
            batches.append(QString::number(r.batchId));
    }
    return batches.join(QStringLiteral(", "));
}

QChar separator(bool several)
{
    return several ? QLatin1Char('\n') : QLatin1Char(' ');
}

void addUp(ImportSummary &all, const ImportSummary &s, QSet<QString> &days)
{
    all.rows += s.rows;
    all.races += s.races;
    all.racesNew += s.racesNew;
    all.racesUpdated += s.racesUpdated;
    all.candidates += s.candidates;
    all.candidatesNew += s.candidatesNew;
    all.territoriesNew += s.territoriesNew;
    all.publishedFigures += s.publishedFigures;
    all.rowsLeftOut += s.rowsLeftOut;
    all.racesLeftOut += s.racesLeftOut;
    all.datesFilled += s.datesFilled;
    for (const QString &day : s.days)
        days.insert(day);
}

} // namespace

ImportCheckPage::ImportCheckPage(QWidget *parent)
    : QWidget(parent)
    , m_problems(new ProblemModel(this))
    , m_territories(new TerritoryIssueModel(this))
{
    m_problems->setObjectName(QStringLiteral("problemModel"));
    m_territories->setObjectName(QStringLiteral("territoryIssueModel"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(ImportDialogText::tr("Progress"));
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    m_results = new QTabWidget(this);
    m_problemView = makeImportTable(m_results, ImportDialogText::tr("Problems found in the file"));
    m_problemView->setObjectName(QStringLiteral("problemView"));
    m_problemView->setModel(m_problems);
    m_problemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problemView->horizontalHeader()->setStretchLastSection(true);
    m_problemView->setWordWrap(true);
    m_results->addTab(m_problemView, ImportDialogText::tr("Problems"));
    m_results->addTab(buildTerritoryPane(), ImportDialogText::tr("Territories"));
    layout->addWidget(m_results, 1);
}

QWidget *ImportCheckPage::buildTerritoryPane()
{
    auto *territoryPane = new QWidget(m_results);
    auto *territoryLayout = new QVBoxLayout(territoryPane);
    territoryLayout->setContentsMargins(0, 0, 0, 0);
    auto *territoryHelp = new QLabel(ImportDialogText::tr("What happens to each territory name of the file. Where a name fits several "
                                                          "territories, or Sailau knows one like it, choose in the last column."),
                                     territoryPane);
    territoryHelp->setWordWrap(true);
    territoryLayout->addWidget(territoryHelp);
    m_territoryView = makeImportTable(territoryPane, ImportDialogText::tr("Territory names of the file"));
    m_territoryView->setObjectName(QStringLiteral("territoryIssueView"));
    m_territoryView->setModel(m_territories);
    m_territoryView->setItemDelegateForColumn(TerritoryIssueModel::ChoiceColumn, new ChoiceDelegate(m_territoryView));
    m_territoryView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_territoryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_territoryView->horizontalHeader()->setStretchLastSection(true);
    territoryLayout->addWidget(m_territoryView, 1);
    m_recheck = new QPushButton(ImportDialogText::tr("&Check Again with These Choices"), territoryPane);
    territoryLayout->addWidget(m_recheck, 0, Qt::AlignLeft);
    connect(m_recheck, &QPushButton::clicked, this, &ImportCheckPage::recheckRequested);
    connect(m_territories, &TerritoryIssueModel::choicesChanged, this, &ImportCheckPage::choicesChanged);
    return territoryPane;
}

ImportReport ImportCheckPage::combined(const QList<ImportReport> &reports, qsizetype fileCount)
{
    if (reports.size() == 1 && fileCount <= 1)
        return reports.constFirst();
    ImportReport all;
    all.ok = !reports.isEmpty() && reports.size() == fileCount;
    QStringList names;
    QSet<QString> days;
    QHash<QString, int> territoryAt;
    for (const ImportReport &r : reports) {
        all.ok = all.ok && r.ok;
        all.cancelled = all.cancelled || r.cancelled;
        all.dryRun = r.dryRun;
        names.append(r.fileName);
        for (Problem p : r.problems) {
            p.message = ImportDialogText::tr("%1: %2").arg(r.fileName, p.message);
            all.problems.append(p);
        }
        for (const TerritoryIssue &t : r.territories) {
            // The same name under the same parent is one choice for all the files.
            const auto at = territoryAt.constFind(t.key);
            if (at != territoryAt.constEnd()) {
                all.territories[*at].rows += t.rows;
                continue;
            }
            territoryAt.insert(t.key, int(all.territories.size()));
            all.territories.append(t);
        }
        for (LeftOutRow row : r.leftOut) {
            row.reason = ImportDialogText::tr("%1: %2").arg(r.fileName, row.reason);
            all.leftOut.append(row);
        }
        if (!r.leftOutPath.isEmpty())
            all.leftOutPath += (all.leftOutPath.isEmpty() ? QString() : QStringLiteral(", ")) + r.leftOutPath;
        all.earlierBatches += r.earlierBatches;
        all.errorCount += r.errorCount;
        all.warningCount += r.warningCount;
        if (r.batchId > 0)
            all.batchId = r.batchId;
        addUp(all.summary, r.summary, days);
    }
    all.fileName = names.join(QStringLiteral(", "));
    all.summary.days = QStringList(days.cbegin(), days.cend());
    all.summary.days.sort();
    return all;
}

QHash<QString, qint64> ImportCheckPage::territoryChoices() const
{
    return m_territories->choices();
}

int ImportCheckPage::undecided() const
{
    return m_territories->undecided();
}

void ImportCheckPage::clearTerritories()
{
    m_territories->setIssues({}, {});
}

void ImportCheckPage::showStarted(const QString &status)
{
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(status);
}

void ImportCheckPage::showProgress(qint64 done, qint64 total)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void ImportCheckPage::showStopping()
{
    m_status->setText(ImportDialogText::tr("Stopping…"));
}

void ImportCheckPage::setRunning(bool running)
{
    m_recheck->setEnabled(!running);
}

void ImportCheckPage::showReport(const ImportReport &report, const QList<ImportReport> &reports, bool several,
                                 bool wasImport)
{
    m_progress->hide();
    listProblems(report);
    m_territories->setIssues(report.territories, m_territories->choices());
    titleTabs(report);
    const QString counts = countsText(report, reports, several);
    if (report.cancelled) {
        m_status->setText(ImportDialogText::tr("Stopped. Nothing was written."));
        m_summary->setText(QString());
    } else if (wasImport && report.ok && !report.leftOut.isEmpty()) {
        describeImport(report, reports, several, counts);
    } else if (report.errors() > 0) {
        m_status->setText(report.ok && !report.leftOut.isEmpty()
            ? ImportDialogText::tr("The file cannot be imported as it is: fix the errors listed and check again, or import the valid "
                                   "races and leave out those with errors (each race whole). Nothing was written.")
            : several ? ImportDialogText::tr("The files cannot be imported as they are: fix the errors listed (in the files, or by "
                                             "changing the options and columns of the file they name), then check again. Nothing "
                                             "was written; the files are imported together or not at all.")
            : ImportDialogText::tr("The file cannot be imported as it is: fix the errors listed (in the file, or by "
                                   "changing the options and columns), then check again. Nothing was written."));
        m_summary->setText(ImportDialogText::tr("%n error(s) found.", nullptr, report.errors()) + separator(several) + counts);
        m_results->setCurrentIndex(0);
    } else if (wasImport) {
        describeImport(report, reports, several, counts);
    } else {
        describeCheck(report, several, counts);
    }
    m_problemView->resizeRowsToContents();
}

// Rows left out only because their race is: listed too, each with its reason.
void ImportCheckPage::listProblems(const ImportReport &report)
{
    QList<Problem> shown = report.problems;
    QSet<qint64> errorLines;
    for (const Problem &p : report.problems) {
        if (p.severity == Problem::Error)
            errorLines.insert(p.line);
    }
    for (const LeftOutRow &row : report.leftOut) {
        if (errorLines.contains(row.line))
            continue;
        Problem p;
        p.severity = Problem::Warning;
        p.line = row.line;
        p.message = row.reason;
        shown.append(p);
    }
    m_problems->setProblems(shown);
}

void ImportCheckPage::titleTabs(const ImportReport &report)
{
    m_results->setTabText(0, ImportDialogText::tr("Problems (%1, %2)")
                                 .arg(ImportDialogText::tr("%Ln error(s)", nullptr, report.errors()),
                                      ImportDialogText::tr("%Ln warning(s)", nullptr, report.warnings())));
    // Regions and the units below them counted apart: a file of 5 districts names 5 regions too.
    const int regionNames = int(std::count_if(report.territories.cbegin(), report.territories.cend(),
                                              [](const TerritoryIssue &t) { return t.level == QLatin1String("region"); }));
    const int unitNames = int(report.territories.size()) - regionNames;
    QStringList territoryCounts;
    if (regionNames > 0)
        territoryCounts.append(ImportDialogText::tr("%Ln region(s)", nullptr, regionNames));
    if (unitNames > 0 || regionNames == 0)
        territoryCounts.append(ImportDialogText::tr("%Ln district(s) or smaller unit(s)", nullptr, unitNames));
    territoryCounts.append(ImportDialogText::tr("%Ln new", "territories to be created", report.summary.territoriesNew));
    m_results->setTabText(1, ImportDialogText::tr("Territories (%1)").arg(territoryCounts.join(QStringLiteral(", "))));
}

// An import that was written: whole, or without the races that have errors (the summary then
// stays up and names the file of the rows left out).
void ImportCheckPage::describeImport(const ImportReport &report, const QList<ImportReport> &reports, bool several,
                                     const QString &counts)
{
    const ImportSummary &s = report.summary;
    if (report.ok && !report.leftOut.isEmpty()) {
        m_status->setText(several ? ImportDialogText::tr("Imported together as imports %1 (undone together), without the races that have "
                                                         "errors.").arg(batchesOf(reports))
                                  : ImportDialogText::tr("Imported as import %1, without the races that have errors.").arg(report.batchId));
        m_summary->setText(counts + separator(several)
                           + ImportDialogText::tr("%n row(s) left out (listed under Problems) are saved in %1: fix them there and "
                                                  "import that file.", nullptr, int(std::min<qint64>(s.rowsLeftOut, INT_MAX)))
                                 .arg(QDir::toNativeSeparators(report.leftOutPath)));
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_results->setCurrentIndex(0);
        return;
    }
    m_status->setText(several ? ImportDialogText::tr("Imported together as imports %1, in one transaction (Import History undoes "
                                                     "them together).").arg(batchesOf(reports))
                              : ImportDialogText::tr("Imported as import %1.").arg(report.batchId));
    m_summary->setText(s.publishedFigures > 0 ? totalsText(s) : counts);
}

// A check with no errors: what is left to decide, or ready to import.
void ImportCheckPage::describeCheck(const ImportReport &report, bool several, const QString &counts)
{
    const ImportSummary &s = report.summary;
    const int warnings = report.warnings();
    const int undecided = m_territories->undecided();
    m_status->setText(undecided > 0
        ? ImportDialogText::tr("Choose what to do with %n territory name(s) that fit several territories.", nullptr, undecided)
        : several ? ImportDialogText::tr("Ready to import these files together, in one transaction. Look through the warnings and the "
                                         "new territories, then press Import.")
        : ImportDialogText::tr("Ready to import. Look through the warnings and the new territories, then press Import."));
    m_summary->setText((s.publishedFigures > 0 && !several ? totalsText(s) : counts)
                       + (warnings ? separator(several) + ImportDialogText::tr("%n warning(s).", nullptr, warnings) : QString()));
    if (undecided > 0 || (warnings == 0 && s.territoriesNew > 0))
        m_results->setCurrentIndex(1);
}

} // namespace Sailau
