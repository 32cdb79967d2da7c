// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog's third page: the check's (or the import's) progress, summary and problems.
#pragma once

#include "importer.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Sailau {

class ProblemModel;
class TerritoryIssueModel;

// Page 3, check and import: the progress of a run, what it found (a summary, every problem with
// its line and column, each territory name of the file with what happens to it) and the choices
// for the territory names that fit several territories.
class ImportCheckPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportCheckPage(QWidget *parent = nullptr);

    // The reports of one step as one (each problem names its file when there are several).
    static Import::ImportReport combined(const QList<Import::ImportReport> &reports, qsizetype fileCount);

    // The choices made for the territory names, and how many still wait for one.
    QHash<QString, qint64> territoryChoices() const;
    int undecided() const;
    void clearTerritories();

    // A run started (status says what it does), goes on, is asked to stop, ended.
    void showStarted(const QString &status);
    void showProgress(qint64 done, qint64 total);
    void showStopping();
    void setRunning(bool running);
    // What a run found: report sums up reports (one per file); several when the step has several
    // files; wasImport when the run imported rather than checked.
    void showReport(const Import::ImportReport &report, const QList<Import::ImportReport> &reports, bool several,
                    bool wasImport);

signals:
    void recheckRequested();
    // A territory choice was changed since the check.
    void choicesChanged();

private:
    QWidget *buildTerritoryPane();
    void listProblems(const Import::ImportReport &report);
    void titleTabs(const Import::ImportReport &report);
    void describeImport(const Import::ImportReport &report, const QList<Import::ImportReport> &reports,
                        bool several, const QString &counts);
    void describeCheck(const Import::ImportReport &report, bool several, const QString &counts);

    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_summary;
    QTabWidget *m_results;
    QTableView *m_problemView;
    QTableView *m_territoryView;
    ProblemModel *m_problems;
    TerritoryIssueModel *m_territories;
    QPushButton *m_recheck;
};

} // namespace Sailau
