// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareview.h"

#include "candidateprofile.h"
#include "charts/chartcanvas.h"
#include "charts/chartexporter.h"
#include "charts/chartgraphic.h"
#include "charts/exportdialog.h"
#include "format.h"
#include "store.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sailau {

using namespace Charts;

namespace {

constexpr int DayRole = Qt::UserRole + 1;
constexpr int RacesRole = Qt::UserRole + 2;

const QLatin1String GeometryKey("compare/geometry");
const QLatin1String SplitterKey("compare/splitter");
const QLatin1String CandidatesSplitterKey("compare/candidatesSplitter");

// The charts of the Nominations and Candidates tabs: drawn from every candidate of the
// comparison, read when one of those tabs is shown.
bool isCandidateChart(ChartId id)
{
    return id == ChartId::CompareCandidates || id == ChartId::CompareCandidateAges
        || id == ChartId::CompareNominations;
}

// The races a comparison holds, over all its days.
int racesOf(const Comparison &comparison)
{
    int races = 0;
    for (const ElectionAggregate &a : comparison.aggregates())
        races += a.races;
    return races;
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
    return item(Format::percent(value, 1), CompareView::tr("from %n race(s)", nullptr, races));
}

} // namespace

CompareView::CompareView(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_model(new CompareModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_chartData(m_db)
    , m_reader(new BackgroundReader(this))
    , m_candidateReader(new BackgroundReader(this))
{
    setObjectName(QStringLiteral("compareView"));
    setWindowTitle(tr("Compare Elections"));
    setSizeGripEnabled(true);

    auto *layout = new QVBoxLayout(this);
    auto *choices = new QHBoxLayout;
    layout->addLayout(choices);

    m_days = new QListWidget(this);
    m_days->setObjectName(QStringLiteral("compareDays"));
    m_days->setAccessibleName(tr("Election days"));
    m_days->setToolTip(tr("Tick two or more election days to compare."));
    const Store store(m_db);
    for (const ElectionDay &day : store.electionDays()) {
        // A day whose races are not held but whose totals were published can be ticked (unticked
        // at first): its published figures stand beside the other days' on the By Election tab.
        const bool publishedOnly = day.races == 0 && store.hasPublishedFigures(day.date);
        if (day.races == 0 && !publishedOnly)
            continue;
        auto *entry = new QListWidgetItem(publishedOnly
                                              ? tr("%1 — published totals only").arg(Format::date(day.date))
                                              : tr("%1 — %n race(s)", nullptr, day.races).arg(Format::date(day.date)),
                                          m_days);
        entry->setToolTip(day.title());
        entry->setData(DayRole, day.date);
        entry->setData(RacesRole, day.races);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        entry->setCheckState(publishedOnly ? Qt::Unchecked : Qt::Checked);
    }
    m_days->setMaximumHeight(m_days->fontMetrics().height() * 5 + 12);
    auto *daysBox = new QVBoxLayout;
    auto *daysLabel = new QLabel(tr("&Election days:"), this);
    daysLabel->setBuddy(m_days);
    daysBox->addWidget(daysLabel);
    daysBox->addWidget(m_days);
    choices->addLayout(daysBox, 1);

    auto *form = new QFormLayout;
    m_territory = new QComboBox(this);
    m_territory->setObjectName(QStringLiteral("compareTerritory"));
    const QSet<qint64> withRaces = store.regionsWithRaces();
    if (const auto country = store.country())
        m_territory->addItem(tr("%1 (every region)").arg(country->displayName()), qint64(0));
    else
        m_territory->addItem(tr("Every region"), qint64(0));
    for (const TerritoryInfo &region : store.regions()) {
        if (withRaces.contains(region.id))
            m_territory->addItem(region.displayName(), region.id);
    }
    form->addRow(tr("&Territory:"), m_territory);
    m_figure = new QComboBox(this);
    m_figure->setObjectName(QStringLiteral("compareFigure"));
    for (CompareModel::Figure f : CompareModel::figures())
        m_figure->addItem(CompareModel::figureName(f), int(f));
    form->addRow(tr("&Show:"), m_figure);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    form->addRow(m_status);
    choices->addLayout(form, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("compareSplitter"));
    layout->addWidget(splitter, 1);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CompareModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Territories compared"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setTabKeyNavigation(false);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("compareCharts"));
    for (ChartId id : ChartCatalog::comparisons()) {
        if (isCandidateChart(id))
            continue;
        auto *canvas = new ChartCanvas(m_tabs);
        canvas->setObjectName(QStringLiteral("compareCanvas-") + ChartCatalog::key(id));
        m_tabs->addTab(canvas, ChartCatalog::title(id));
        m_canvases.append({id, canvas});
    }
    m_aggregates = new QTableWidget(m_tabs);
    m_aggregates->setObjectName(QStringLiteral("compareAggregates"));
    m_aggregates->verticalHeader()->hide();
    m_aggregates->setAlternatingRowColors(true);
    m_tabs->addTab(m_aggregates, tr("By Election"));
    // Nominations: the table above, each nomination's share of the votes and win rate below.
    m_nominationsTab = new QSplitter(Qt::Vertical, m_tabs);
    m_nominationsTab->setObjectName(QStringLiteral("compareNominationsTab"));
    m_nominations = new QTableWidget(m_nominationsTab);
    m_nominations->setObjectName(QStringLiteral("compareNominations"));
    m_nominations->verticalHeader()->hide();
    m_nominations->setAlternatingRowColors(true);
    {
        auto *canvas = new ChartCanvas(m_nominationsTab);
        canvas->setObjectName(QStringLiteral("compareCanvas-") + ChartCatalog::key(ChartId::CompareNominations));
        canvas->setMinimumHeight(fontMetrics().height() * 14);
        m_canvases.append({ChartId::CompareNominations, canvas});
    }
    m_nominationsTab->setSizes({2000, 3000});
    m_tabs->addTab(m_nominationsTab, tr("Nominations"));
    // Candidates: the table above, women and sitting akims by day and the ages below.
    m_candidatesTab = new QSplitter(Qt::Vertical, m_tabs);
    m_candidatesTab->setObjectName(QStringLiteral("compareCandidates"));
    m_candidatesModel = new CandidateProfileModel(this);
    m_candidatesTable = new QTableView(m_candidatesTab);
    m_candidatesTable->setObjectName(QStringLiteral("compareCandidatesTable"));
    m_candidatesTable->setAccessibleName(tr("Candidates by election day and by region"));
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
    m_tabs->addTab(m_candidatesTab, tr("Candidates"));
    // The charts under the candidates' table get the larger part (the first time: see below):
    // their axes and legends need the height, and the table scrolls.
    candidateCharts->setMinimumHeight(fontMetrics().height() * 14);
    m_candidatesTab->setStretchFactor(0, 1);
    m_candidatesTab->setStretchFactor(1, 3);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export Chart…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("compareExport"));
    connect(m_export, &QPushButton::clicked, this, &CompareView::exportCurrentChart);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_days, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            reload();
    });
    connect(m_territory, qOverload<int>(&QComboBox::currentIndexChanged), this, &CompareView::reload);
    connect(m_figure, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_model->setFigure(CompareModel::Figure(m_figure->currentData().toInt()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CompareView::rowChanged);
    // Columns as wide as the rows shown and their headers ("Change 2021 → 2023") need, names
    // at most 280 pixels.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        for (int c : {int(CompareModel::TerritoryColumn), int(CompareModel::RegionColumn)})
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 280));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_export->setEnabled(m_tabs->currentWidget() != m_aggregates);
        if (m_tabs->currentWidget() == m_nominationsTab && m_nominationsDirty)
            fillNominations();
        if (m_tabs->currentWidget() == m_candidatesTab && m_candidatesDirty)
            fillCandidates();
    });
    // The size and the splitters as the user left them; the first time, large enough for the
    // charts of the Candidates tab, within the screen.
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        QSize size(1200, 900);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.9);
        resize(size);
    }
    if (!m_splitter->restoreState(settings.value(SplitterKey).toByteArray()))
        m_splitter->setSizes({2000, 3000});
    if (!m_candidatesTab->restoreState(settings.value(CandidatesSplitterKey).toByteArray()))
        m_candidatesTab->setSizes({2000, 3000});
    reload();
}

void CompareView::hideEvent(QHideEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(CandidatesSplitterKey, m_candidatesTab->saveState());
    QDialog::hideEvent(event);
}

QList<QDate> CompareView::selectedDays() const
{
    QList<QDate> days;
    for (int i = 0; i < m_days->count(); ++i) {
        if (m_days->item(i)->checkState() == Qt::Checked)
            days.append(m_days->item(i)->data(DayRole).toDate());
    }
    std::sort(days.begin(), days.end());
    return days;
}

qint64 CompareView::selectedTerritory() const
{
    return m_territory->currentData().toLongLong();
}

void CompareView::setSelectedDays(const QList<QDate> &days)
{
    m_filling = true;
    for (int i = 0; i < m_days->count(); ++i)
        m_days->item(i)->setCheckState(days.contains(m_days->item(i)->data(DayRole).toDate()) ? Qt::Checked : Qt::Unchecked);
    m_filling = false;
    reload();
}

void CompareView::setSelectedTerritory(qint64 territoryId)
{
    const int index = m_territory->findData(territoryId);
    if (index >= 0)
        m_territory->setCurrentIndex(index);
}

ChartCanvas *CompareView::canvas(ChartId chart) const
{
    for (const auto &entry : m_canvases) {
        if (entry.first == chart)
            return entry.second;
    }
    return nullptr;
}

ChartId CompareView::currentChart() const
{
    for (const auto &entry : m_canvases) {
        if (entry.second == m_tabs->currentWidget())
            return entry.first;
    }
    if (m_tabs->currentWidget() == m_candidatesTab)
        return ChartId::CompareCandidates;
    if (m_tabs->currentWidget() == m_nominationsTab)
        return ChartId::CompareNominations;
    return ChartId::CompareTurnout;
}

void CompareView::reload()
{
    const QList<QDate> days = selectedDays();
    if (days.size() < 2) {
        m_reader->cancel();
        m_candidateReader->cancel();
        m_candidatesReadOf = nullptr;
        unsetCursor();
        m_model->setComparison(nullptr);
        m_chartData.setComparison(std::shared_ptr<const Comparison>());
        m_status->setText(tr("Tick two or more election days to compare."));
        rebuildCharts();
        fillAggregates();
        m_nominationsDirty = true;
        fillNominations();
        m_candidatesDirty = true;
        fillCandidates();
        return;
    }
    ComparisonScope scope;
    scope.days = days;
    scope.territoryId = selectedTerritory();
    const int races = selectedRaces();
    if (races <= backgroundRaces || m_db.databaseName().isEmpty()) {
        m_reader->cancel();
        unsetCursor();
        auto comparison = std::make_shared<Comparison>(m_db);
        QString error;
        if (!comparison->load(scope, &error)) {
            m_status->setText(tr("The database could not be read: %1").arg(error));
            return;
        }
        showComparison(std::move(comparison));
        return;
    }
    // Read on the readers' thread, on a connection of its own; the table and charts shown stay
    // until the new comparison is there (a newer choice drops an older read).
    struct Read
    {
        std::shared_ptr<Comparison> comparison;
        QString error;
    };
    m_status->setText(tr("Reading %1 races of %n election day(s)…", nullptr, int(days.size())).arg(Format::count(qint64(races))));
    setCursor(Qt::BusyCursor);
    m_reader->start<Read>(m_db.databaseName(),
        [scope](const Database &db) {
            Read read;
            read.comparison = std::make_shared<Comparison>(db.connection());
            if (!read.comparison->load(scope, &read.error))
                read.comparison.reset();
            else
                read.comparison->setConnection(QSqlDatabase()); // this thread's connection closes with it
            return read;
        },
        [this](Read read) {
            unsetCursor();
            if (!read.comparison) {
                m_status->setText(tr("The database could not be read: %1").arg(read.error));
                return;
            }
            read.comparison->setConnection(m_db);
            showComparison(std::move(read.comparison));
        });
}

int CompareView::selectedRaces() const
{
    int races = 0;
    for (int i = 0; i < m_days->count(); ++i) {
        if (m_days->item(i)->checkState() == Qt::Checked)
            races += m_days->item(i)->data(RacesRole).toInt();
    }
    return races;
}

void CompareView::showComparison(std::shared_ptr<Comparison> comparison)
{
    // The candidates of the comparison shown until now are no longer wanted.
    m_candidateReader->cancel();
    m_candidatesReadOf = nullptr;
    const ComparisonScope scope = comparison->scope();
    m_model->setComparison(std::move(comparison));
    // The comparison charts draw from the comparison: the day's races are not read again.
    m_chartData.setScope(scope.days.last(), scope.territoryId, nullptr, ChartData::ScopeRows::None);
    m_chartData.setComparison(m_model->comparison());
    m_chartData.setComparedTerritory(0);
    const int races = racesOf(*m_model->comparison());
    m_status->setText(tr("%n territory(ies) on %1 election days, %2 races.", nullptr, m_model->rowCount())
                          .arg(scope.days.size())
                          .arg(Format::count(qint64(races))));
    rebuildCharts();
    fillAggregates();
    m_nominationsDirty = true;
    if (m_tabs->currentWidget() == m_nominationsTab)
        fillNominations();
    m_candidatesDirty = true;
    if (m_tabs->currentWidget() == m_candidatesTab)
        fillCandidates();
    emit comparisonShown();
}

void CompareView::rowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? current.data(CompareModel::TerritoryIdRole).toLongLong() : 0;
    m_chartData.setComparedTerritory(id);
    ChartCanvas *c = canvas(ChartId::CompareTerritory);
    if (!c)
        return;
    const ChartTheme theme = ChartTheme::make(ChartTheme::fromPalette(palette()));
    c->setGraphic(std::make_unique<ChartGraphic>(m_chartData.build(ChartId::CompareTerritory), theme));
}

void CompareView::rebuildCharts()
{
    const ChartTheme theme = ChartTheme::make(ChartTheme::fromPalette(palette()));
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

void CompareView::fillAggregates()
{
    m_aggregates->clear();
    const QStringList header = {tr("Election day"), tr("Races held"), Metrics::name(Metrics::Metric::Turnout),
                                tr("Candidates per race"), tr("Contested races"), tr("Median margin"),
                                tr("Won by self-nominated"), tr("Races, published"), tr("Turnout, published"),
                                tr("Candidates per race, published")};
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
        m_aggregates->setItem(row, 2, shareItem(a.turnout, a.turnoutRaces, tr("No race has both voters and ballots known.")));
        m_aggregates->setItem(row, 3, a.candidatesPerRace
                                          ? item(Format::decimal(a.candidatesPerRace, 2), tr("from %n race(s)", nullptr, a.candidateRaces))
                                          : item(Format::missing(), tr("No race's number of candidates is known.")));
        m_aggregates->setItem(row, 4, shareItem(a.contestedShare, a.candidateRaces, tr("No race's number of candidates is known.")));
        m_aggregates->setItem(row, 5, shareItem(a.medianMargin, a.marginRaces,
                                                tr("No race's margin is known: it needs every candidate's votes.")));
        m_aggregates->setItem(row, 6, shareItem(a.selfNominatedWinShare, a.winnerRaces, tr("No winner's nomination is known.")));
        // Beside them, what a source published for the day (the country, or the region chosen).
        const QString sources = a.publishedSources.isEmpty()
            ? QString()
            : tr("Published by %1").arg(a.publishedSources.join(QStringLiteral(", ")));
        const QString none = tr("No source in the database publishes this figure for the day.");
        m_aggregates->setItem(row, 7, a.publishedRaces ? item(Format::count(qint64(*a.publishedRaces)), sources)
                                                       : item(Format::missing(), none));
        m_aggregates->setItem(row, 8, a.publishedTurnout ? item(Format::percent(a.publishedTurnout, 2), sources)
                                                         : item(Format::missing(), none));
        const auto perRace = a.publishedCandidatesPerRace();
        m_aggregates->setItem(row, 9, perRace ? item(Format::decimal(perRace, 2),
                                                     tr("%1 candidates in %2 races; %3")
                                                         .arg(Format::count(qint64(*a.publishedCandidates)),
                                                              Format::count(qint64(*a.publishedRaces)), sources))
                                              : item(Format::missing(), none));
        ++row;
    }
    m_aggregates->resizeColumnsToContents();
}

void CompareView::fillNominations()
{
    if (m_model->comparison() && readsCandidatesInBackground()) {
        readCandidates();
        return;
    }
    m_nominationsDirty = false;
    showNominations(m_model->comparison() ? m_chartData.nominations() : NominationSummary());
}

void CompareView::showNominations(const NominationSummary &s)
{
    m_nominations->clear();
    const QStringList header = {tr("Nomination"), tr("Candidates"), tr("Votes"), tr("Share of the votes"), tr("Wins"),
                                tr("Win rate")};
    m_nominations->setColumnCount(int(header.size()));
    m_nominations->setHorizontalHeaderLabels(header);
    drawChart(ChartId::CompareNominations);
    if (!m_model->comparison()) {
        m_nominations->setRowCount(0);
        return;
    }
    m_nominations->setRowCount(int(s.nominations.size() + s.byElection.size() + s.byRegion.size()));
    int row = 0;
    const QString votesTip = tr("Votes in the %n race(s) whose every candidate's votes are known", nullptr, s.votesRaces);
    for (const NominationStats &n : s.nominations) {
        m_nominations->setItem(row, 0, item(n.label, {}, false));
        m_nominations->setItem(row, 1, item(Format::count(qint64(n.candidates))));
        m_nominations->setItem(row, 2, item(Format::count(n.votes), votesTip));
        m_nominations->setItem(row, 3, n.voteShare ? item(Format::percent(n.voteShare, 1), votesTip)
                                                   : item(Format::missing(), tr("No race's votes are all known.")));
        m_nominations->setItem(row, 4, item(Format::count(qint64(n.wins))));
        m_nominations->setItem(row, 5, n.winRate ? item(Format::percent(n.winRate, 1),
                                                        tr("%1 wins of %2 candidates in races whose winner is known")
                                                            .arg(n.wins).arg(n.candidatesWhereWinnerKnown))
                                                 : item(Format::missing(), tr("No race's winner is known.")));
        ++row;
    }
    // Self-nominated candidates by day and by region.
    auto addShare = [&](const SelfNominatedShare &share, const QString &label) {
        m_nominations->setItem(row, 0, item(label, {}, false));
        m_nominations->setItem(row, 2, item(Format::count(share.votes)));
        m_nominations->setItem(row, 3, share.voteShare ? item(Format::percent(share.voteShare, 1),
                                                              tr("from %n race(s)", nullptr, share.votesRaces))
                                                       : item(Format::missing(), tr("No race's votes are all known.")));
        m_nominations->setItem(row, 4, item(Format::count(qint64(share.wins))));
        m_nominations->setItem(row, 5, share.winShare ? item(Format::percent(share.winShare, 1),
                                                             tr("%1 of %2 races whose winner's nomination is known")
                                                                 .arg(share.wins).arg(share.winnerRaces))
                                                      : item(Format::missing(), tr("No winner's nomination is known.")));
        ++row;
    };
    for (const SelfNominatedShare &share : s.byElection)
        addShare(share, tr("Self-nominated, %1").arg(Format::date(share.day)));
    for (const SelfNominatedShare &share : s.byRegion)
        addShare(share, tr("Self-nominated, %1").arg(share.label));
    m_nominations->resizeColumnsToContents();
}

void CompareView::fillCandidates()
{
    const auto comparison = m_model->comparison();
    if (comparison && readsCandidatesInBackground()) {
        readCandidates();
        return;
    }
    m_candidatesDirty = false;
    if (!comparison) {
        m_candidatesModel->clear();
        drawCandidateCharts();
        return;
    }
    // Read once: the charts below the table draw from the same summary.
    QString error;
    m_chartData.candidateProfiles(&error);
    showCandidates(error);
}

void CompareView::showCandidates(const QString &error)
{
    if (!error.isEmpty())
        m_status->setText(tr("The database could not be read: %1").arg(error));
    m_candidatesModel->setSummary(m_chartData.candidateProfiles());
    m_candidatesTable->resizeColumnsToContents();
    m_candidatesTable->setColumnWidth(CandidateProfileModel::NameColumn,
                                      std::min(m_candidatesTable->columnWidth(CandidateProfileModel::NameColumn), 280));
    drawCandidateCharts();
}

bool CompareView::readsCandidatesInBackground() const
{
    const auto comparison = m_model->comparison();
    return comparison && !m_db.databaseName().isEmpty() && racesOf(*comparison) > backgroundRaces;
}

// Every candidate of a large comparison, for both tabs at once, on the readers' thread: the view
// stays responsive, the tabs say they are reading, and a newer comparison drops an older read.
void CompareView::readCandidates()
{
    const auto comparison = m_model->comparison();
    if (m_candidateReader->isBusy() && m_candidatesReadOf == comparison.get())
        return;   // already under way for this comparison
    m_candidatesReadOf = comparison.get();
    // A copy (its lists shared, not copied) that the reader's connection reads through.
    auto scoped = std::make_shared<Comparison>(*comparison);
    scoped->setConnection(QSqlDatabase());
    struct Read
    {
        NominationSummary nominations;
        CandidateProfileSummary profiles;
        QString error;
    };
    const int races = racesOf(*comparison);
    if (!m_candidateReader->isBusy())
        m_comparisonStatus = m_status->text();
    m_status->setText(tr("Reading the candidates of %1 races…").arg(Format::count(qint64(races))));
    m_nominations->setRowCount(0);
    m_candidatesModel->clear();
    for (ChartId id : {ChartId::CompareCandidates, ChartId::CompareCandidateAges, ChartId::CompareNominations}) {
        if (ChartCanvas *c = canvas(id))
            c->setGraphic(nullptr);
    }
    m_candidateReader->start<Read>(m_db.databaseName(),
        [scoped](const Database &db) {
            Read read;
            scoped->setConnection(db.connection());
            read.nominations = scoped->nominations(&read.error);
            if (read.error.isEmpty())
                read.profiles = CandidateProfiles::read(*scoped, &read.error);
            scoped->setConnection(QSqlDatabase()); // this thread's connection closes after the read
            return read;
        },
        [this, of = comparison.get()](Read read) {
            m_candidatesReadOf = nullptr;
            if (m_model->comparison().get() != of)
                return;   // a newer comparison is shown: its tabs read again
            m_status->setText(m_comparisonStatus);
            if (!read.error.isEmpty()) {
                m_status->setText(tr("The database could not be read: %1").arg(read.error));
                return;
            }
            m_chartData.setCandidateProfiles(std::move(read.profiles));
            m_chartData.setNominations(read.nominations);
            showNominations(read.nominations);
            showCandidates(QString());
            m_nominationsDirty = false;
            m_candidatesDirty = false;
            emit candidatesShown();
        });
}

void CompareView::drawChart(ChartId id)
{
    ChartCanvas *c = canvas(id);
    if (!c)
        return;
    if (!m_chartData.comparison())
        c->setGraphic(nullptr);
    else
        c->setGraphic(std::make_unique<ChartGraphic>(m_chartData.build(id),
                                                     ChartTheme::make(ChartTheme::fromPalette(palette()))));
}

void CompareView::drawCandidateCharts()
{
    for (ChartId id : {ChartId::CompareCandidates, ChartId::CompareCandidateAges})
        drawChart(id);
}

void CompareView::exportCurrentChart()
{
    if (!m_chartData.comparison())
        return;
    QSettings settings;
    ExportDialog dialog(m_chartData, currentChart(), ExportOptions::load(settings), ExportDialog::Mode::Single, this);
    if (dialog.exec() == QDialog::Accepted)
        dialog.options().save(settings);
}

} // namespace Sailau
