// SPDX-License-Identifier: GPL-3.0-or-later
// The tabs of the Compare Elections view: their charts and canvases, the By Election table and
// the Nominations and Candidates tabs. Their strings keep the view's translation context.
#include "comparetabs.h"

#include "candidateprofilemodel.h"
#include "charts/chartcanvas.h"
#include "charts/chartgraphic.h"
#include "charts/charttheme.h"
#include "comparemodel.h"
#include "compareviewtext.h"
#include "format.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>

namespace Sailau {

using namespace Charts;

namespace {

// The charts of the Nominations and Candidates tabs: drawn from every candidate of the
// comparison, read when one of those tabs is shown.
bool isCandidateChart(ChartId id)
{
    return id == ChartId::CompareCandidates || id == ChartId::CompareCandidateAges
        || id == ChartId::CompareNominations;
}

QTableWidgetItem *item(const QString &text, const QString &tip = {}, bool number = true)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (!tip.isEmpty())
        i->setToolTip(tip);
    if (number)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

// "62.8%", or "—" with why.
QTableWidgetItem *shareItem(const std::optional<double> &value, int races, const QString &missingWhy)
{
    if (!value)
        return item(Format::missing(), missingWhy);
    return item(Format::percent(value, 1), CompareViewText::tr("from %n race(s)", nullptr, races));
}

} // namespace

CompareTabs::CompareTabs(CompareModel *model, const ChartData &chartData, QWidget *parent)
    : QTabWidget(parent)
    , m_model(model)
    , m_chartData(chartData)
{
    setObjectName(QStringLiteral("compareCharts"));
    addComparisonCharts();
    m_aggregates = new QTableWidget(this);
    m_aggregates->setObjectName(QStringLiteral("compareAggregates"));
    m_aggregates->verticalHeader()->hide();
    m_aggregates->setAlternatingRowColors(true);
    addTab(m_aggregates, CompareViewText::tr("By Election"));
    addNominationsTab();
    addCandidatesTab();
}

// A tab for each comparison chart but the candidates'.
void CompareTabs::addComparisonCharts()
{
    for (ChartId id : ChartCatalog::comparisons()) {
        if (isCandidateChart(id))
            continue;
        auto *canvas = new ChartCanvas(this);
        canvas->setObjectName(QStringLiteral("compareCanvas-") + ChartCatalog::key(id));
        addTab(canvas, ChartCatalog::title(id));
        m_canvases.append({id, canvas});
    }
}

// Nominations: the table above, each nomination's share of the votes and win rate below.
void CompareTabs::addNominationsTab()
{
    m_nominationsTab = new QSplitter(Qt::Vertical, this);
    m_nominationsTab->setObjectName(QStringLiteral("compareNominationsTab"));
    m_nominations = new QTableWidget(m_nominationsTab);
    m_nominations->setObjectName(QStringLiteral("compareNominations"));
    m_nominations->verticalHeader()->hide();
    m_nominations->setAlternatingRowColors(true);
    auto *canvas = new ChartCanvas(m_nominationsTab);
    canvas->setObjectName(QStringLiteral("compareCanvas-") + ChartCatalog::key(ChartId::CompareNominations));
    // The view's font, as for the rest of the dialog.
    canvas->setMinimumHeight(window()->fontMetrics().height() * 14);
    m_canvases.append({ChartId::CompareNominations, canvas});
    m_nominationsTab->setSizes({2000, 3000});
    addTab(m_nominationsTab, CompareViewText::tr("Nominations"));
}

// Candidates: the table above, women and sitting akims by day and the ages below.
void CompareTabs::addCandidatesTab()
{
    m_candidatesTab = new QSplitter(Qt::Vertical, this);
    m_candidatesTab->setObjectName(QStringLiteral("compareCandidates"));
    m_candidatesModel = new CandidateProfileModel(this);
    m_candidatesTable = new QTableView(m_candidatesTab);
    m_candidatesTable->setObjectName(QStringLiteral("compareCandidatesTable"));
    m_candidatesTable->setAccessibleName(CompareViewText::tr("Candidates by election day and by region"));
    m_candidatesTable->setModel(m_candidatesModel);
    m_candidatesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidatesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_candidatesTable->setAlternatingRowColors(true);
    m_candidatesTable->setWordWrap(false);
    m_candidatesTable->verticalHeader()->hide();
    m_candidatesTable->setTabKeyNavigation(false);
    auto *candidateCharts = new QSplitter(Qt::Horizontal, m_candidatesTab);
    for (ChartId id : {ChartId::CompareCandidates, ChartId::CompareCandidateAges}) {
        auto *canvas = new ChartCanvas(candidateCharts);
        canvas->setObjectName(QStringLiteral("compareCanvas-") + ChartCatalog::key(id));
        m_canvases.append({id, canvas});
    }
    addTab(m_candidatesTab, CompareViewText::tr("Candidates"));
    // The charts under the candidates' table get the larger part (the first time: the view
    // restores the sizes the user left): their axes and legends need the height, and the table
    // scrolls.
    candidateCharts->setMinimumHeight(window()->fontMetrics().height() * 14);
    m_candidatesTab->setStretchFactor(0, 1);
    m_candidatesTab->setStretchFactor(1, 3);
}

ChartCanvas *CompareTabs::canvas(ChartId chart) const
{
    for (const auto &entry : m_canvases) {
        if (entry.first == chart)
            return entry.second;
    }
    return nullptr;
}

ChartId CompareTabs::currentChart() const
{
    for (const auto &entry : m_canvases) {
        if (entry.second == currentWidget())
            return entry.first;
    }
    if (currentWidget() == m_candidatesTab)
        return ChartId::CompareCandidates;
    if (currentWidget() == m_nominationsTab)
        return ChartId::CompareNominations;
    return ChartId::CompareTurnout;
}

// The charts take the colours of the view's palette.
ChartTheme CompareTabs::theme() const
{
    return ChartTheme::make(ChartTheme::fromPalette(window()->palette()));
}

void CompareTabs::drawComparisonCharts()
{
    const ChartTheme theme = this->theme();
    for (const auto &entry : m_canvases) {
        if (!m_chartData.comparison()) {
            entry.second->setGraphic(nullptr);
            continue;
        }
        if (isCandidateChart(entry.first))
            continue;   // drawn with the Candidates tab
        ChartModel model = m_chartData.build(entry.first);
        entry.second->setGraphic(std::make_unique<ChartGraphic>(model, theme));
    }
}

void CompareTabs::drawTerritoryChart()
{
    ChartCanvas *c = canvas(ChartId::CompareTerritory);
    if (!c)
        return;
    c->setGraphic(std::make_unique<ChartGraphic>(m_chartData.build(ChartId::CompareTerritory), theme()));
}

void CompareTabs::drawChart(ChartId id)
{
    ChartCanvas *c = canvas(id);
    if (!c)
        return;
    if (!m_chartData.comparison())
        c->setGraphic(nullptr);
    else
        c->setGraphic(std::make_unique<ChartGraphic>(m_chartData.build(id), theme()));
}

void CompareTabs::drawCandidateCharts()
{
    for (ChartId id : {ChartId::CompareCandidates, ChartId::CompareCandidateAges})
        drawChart(id);
}

void CompareTabs::fillAggregates()
{
    m_aggregates->clear();
    const QStringList header = {CompareViewText::tr("Election day"), CompareViewText::tr("Races held"),
                                Metrics::name(Metrics::Metric::Turnout), CompareViewText::tr("Candidates per race"),
                                CompareViewText::tr("Contested races"), CompareViewText::tr("Median margin"),
                                CompareViewText::tr("Won by self-nominated"), CompareViewText::tr("Races, published"),
                                CompareViewText::tr("Turnout, published"), CompareViewText::tr("Candidates per race, published")};
    m_aggregates->setColumnCount(int(header.size()));
    m_aggregates->setHorizontalHeaderLabels(header);
    const auto comparison = m_model->comparison();
    m_aggregates->setRowCount(comparison ? int(comparison->aggregates().size()) : 0);
    if (!comparison) {
        m_aggregates->resizeColumnsToContents();   // the headers whole, with no row yet
        return;
    }
    int row = 0;
    for (const ElectionAggregate &a : comparison->aggregates()) {
        m_aggregates->setItem(row, 0, item(Format::date(a.day), {}, false));
        m_aggregates->setItem(row, 1, item(Format::count(qint64(a.races))));
        m_aggregates->setItem(row, 2, shareItem(a.turnout, a.turnoutRaces,
                                                CompareViewText::tr("No race has both voters and ballots known.")));
        m_aggregates->setItem(row, 3, a.candidatesPerRace
                                          ? item(Format::decimal(a.candidatesPerRace, 2),
                                                 CompareViewText::tr("from %n race(s)", nullptr, a.candidateRaces))
                                          : item(Format::missing(),
                                                 CompareViewText::tr("No race's number of candidates is known.")));
        m_aggregates->setItem(row, 4, shareItem(a.contestedShare, a.candidateRaces,
                                                CompareViewText::tr("No race's number of candidates is known.")));
        m_aggregates->setItem(row, 5,
                              shareItem(a.medianMargin, a.marginRaces,
                                        CompareViewText::tr("No race's margin is known: it needs every candidate's votes.")));
        m_aggregates->setItem(row, 6, shareItem(a.selfNominatedWinShare, a.winnerRaces,
                                                CompareViewText::tr("No winner's nomination is known.")));
        // Beside them, what a source published for the day (the country, or the region chosen).
        const QString sources = a.publishedSources.isEmpty()
            ? QString()
            : CompareViewText::tr("Published by %1").arg(a.publishedSources.join(QStringLiteral(", ")));
        const QString none = CompareViewText::tr("No source in the database publishes this figure for the day.");
        m_aggregates->setItem(row, 7, a.publishedRaces ? item(Format::count(qint64(*a.publishedRaces)), sources)
                                                       : item(Format::missing(), none));
        m_aggregates->setItem(row, 8, a.publishedTurnout ? item(Format::percent(a.publishedTurnout, 2), sources)
                                                         : item(Format::missing(), none));
        const auto perRace = a.publishedCandidatesPerRace();
        m_aggregates->setItem(row, 9, perRace ? item(Format::decimal(perRace, 2),
                                                     CompareViewText::tr("%1 candidates in %2 races; %3")
                                                         .arg(Format::count(qint64(*a.publishedCandidates)),
                                                              Format::count(qint64(*a.publishedRaces)), sources))
                                              : item(Format::missing(), none));
        ++row;
    }
    m_aggregates->resizeColumnsToContents();
}

void CompareTabs::showNominations(const NominationSummary &s)
{
    m_nominations->clear();
    const QStringList header = {CompareViewText::tr("Nomination"), CompareViewText::tr("Candidates"),
                                CompareViewText::tr("Votes"), CompareViewText::tr("Share of the votes"),
                                CompareViewText::tr("Wins"), CompareViewText::tr("Win rate")};
    m_nominations->setColumnCount(int(header.size()));
    m_nominations->setHorizontalHeaderLabels(header);
    drawChart(ChartId::CompareNominations);
    if (!m_model->comparison()) {
        m_nominations->setRowCount(0);
        return;
    }
    m_nominations->setRowCount(int(s.nominations.size() + s.byElection.size() + s.byRegion.size()));
    int row = 0;
    const QString votesTip = CompareViewText::tr("Votes in the %n race(s) whose every candidate's votes are known",
                                                 nullptr, s.votesRaces);
    const QString noVotes = CompareViewText::tr("No race's votes are all known.");
    for (const NominationStats &n : s.nominations) {
        m_nominations->setItem(row, 0, item(n.label, {}, false));
        m_nominations->setItem(row, 1, item(Format::count(qint64(n.candidates))));
        m_nominations->setItem(row, 2, item(Format::count(n.votes), votesTip));
        m_nominations->setItem(row, 3, n.voteShare ? item(Format::percent(n.voteShare, 1), votesTip)
                                                   : item(Format::missing(), noVotes));
        m_nominations->setItem(row, 4, item(Format::count(qint64(n.wins))));
        const QString winsTip = CompareViewText::tr("%1 wins of %2 candidates in races whose winner is known")
                                    .arg(n.wins)
                                    .arg(n.candidatesWhereWinnerKnown);
        m_nominations->setItem(row, 5, n.winRate ? item(Format::percent(n.winRate, 1), winsTip)
                                                 : item(Format::missing(), CompareViewText::tr("No race's winner is known.")));
        ++row;
    }
    // Self-nominated candidates by day and by region.
    for (const SelfNominatedShare &share : s.byElection)
        addSelfNominatedRow(row++, share, CompareViewText::tr("Self-nominated, %1").arg(Format::date(share.day)));
    for (const SelfNominatedShare &share : s.byRegion)
        addSelfNominatedRow(row++, share, CompareViewText::tr("Self-nominated, %1").arg(share.label));
    m_nominations->resizeColumnsToContents();
}

void CompareTabs::addSelfNominatedRow(int row, const SelfNominatedShare &share, const QString &label)
{
    m_nominations->setItem(row, 0, item(label, {}, false));
    m_nominations->setItem(row, 2, item(Format::count(share.votes)));
    m_nominations->setItem(row, 3, share.voteShare
                                       ? item(Format::percent(share.voteShare, 1),
                                              CompareViewText::tr("from %n race(s)", nullptr, share.votesRaces))
                                       : item(Format::missing(), CompareViewText::tr("No race's votes are all known.")));
    m_nominations->setItem(row, 4, item(Format::count(qint64(share.wins))));
    const QString winsTip = CompareViewText::tr("%1 of %2 races whose winner's nomination is known")
                                .arg(share.wins)
                                .arg(share.winnerRaces);
    m_nominations->setItem(row, 5, share.winShare
                                       ? item(Format::percent(share.winShare, 1), winsTip)
                                       : item(Format::missing(), CompareViewText::tr("No winner's nomination is known.")));
}

void CompareTabs::showCandidates()
{
    m_candidatesModel->setSummary(m_chartData.candidateProfiles());
    m_candidatesTable->resizeColumnsToContents();
    m_candidatesTable->setColumnWidth(CandidateProfileModel::NameColumn,
                                      std::min(m_candidatesTable->columnWidth(CandidateProfileModel::NameColumn), 280));
    drawCandidateCharts();
}

void CompareTabs::clearCandidates()
{
    m_nominations->setRowCount(0);
    m_candidatesModel->clear();
    for (ChartId id : {ChartId::CompareCandidates, ChartId::CompareCandidateAges, ChartId::CompareNominations}) {
        if (ChartCanvas *c = canvas(id))
            c->setGraphic(nullptr);
    }
}

} // namespace Sailau
