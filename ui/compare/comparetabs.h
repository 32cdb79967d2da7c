// SPDX-License-Identifier: GPL-3.0-or-later
// The tabs of the Compare Elections view: the comparison charts, the By Election table, the
// Nominations tab and the Candidates tab, filled from the comparison shown.
#pragma once

#include "charts/chartdata.h"

#include <QList>
#include <QPair>
#include <QTabWidget>

class QSplitter;
class QTableView;
class QTableWidget;

namespace Sailau {

class CandidateProfileModel;
class CompareModel;

namespace Charts {
class ChartCanvas;
struct ChartTheme;
}

// The lower half of the view. Its charts draw from the view's chart data, its tables from the
// comparison of the view's model; the view decides when (the candidates of a large comparison
// are read on the readers' thread first).
class CompareTabs : public QTabWidget
{
    Q_OBJECT
public:
    CompareTabs(CompareModel *model, const Charts::ChartData &chartData, QWidget *parent);

    Charts::ChartCanvas *canvas(Charts::ChartId chart) const;
    // The comparison chart of the current tab (CompareCandidates on the Candidates tab,
    // CompareTurnout on the tables' tabs).
    Charts::ChartId currentChart() const;

    QTableWidget *aggregatesTable() const { return m_aggregates; }
    QTableWidget *nominationsTable() const { return m_nominations; }
    QSplitter *nominationsTab() const { return m_nominationsTab; }
    QSplitter *candidatesTab() const { return m_candidatesTab; }
    QTableView *candidatesTable() const { return m_candidatesTable; }
    CandidateProfileModel *candidatesModel() const { return m_candidatesModel; }

    // Every chart but the candidates' (drawn with their tabs); none without a comparison.
    void drawComparisonCharts();
    // The line of the territory selected in the table.
    void drawTerritoryChart();
    void drawChart(Charts::ChartId id);
    void drawCandidateCharts();
    // The By Election table: the figures of each day, computed and published.
    void fillAggregates();
    void showNominations(const NominationSummary &summary);
    // The Candidates tab from the candidate profiles of the chart data.
    void showCandidates();
    // The Nominations and Candidates tabs emptied while their candidates are read.
    void clearCandidates();

private:
    void addComparisonCharts();
    void addNominationsTab();
    void addCandidatesTab();
    void addSelfNominatedRow(int row, const SelfNominatedShare &share, const QString &label);
    Charts::ChartTheme theme() const;

    CompareModel *m_model;
    const Charts::ChartData &m_chartData;
    QList<QPair<Charts::ChartId, Charts::ChartCanvas *>> m_canvases;
    QTableWidget *m_aggregates = nullptr;
    QSplitter *m_nominationsTab = nullptr;
    QTableWidget *m_nominations = nullptr;
    QSplitter *m_candidatesTab = nullptr;
    QTableView *m_candidatesTable = nullptr;
    CandidateProfileModel *m_candidatesModel = nullptr;
};

} // namespace Sailau
