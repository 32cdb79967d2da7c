// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare Elections view: the days and territory chosen, the table of territories, the reads
// of the comparison and of its candidates (on the readers' thread when large), and the export of
// the current chart. The tabs below the table are CompareTabs (comparetabs.cpp).
#include "compareview.h"

#include "candidateprofile.h"
#include "charts/chartexporter.h"
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

// The races a comparison holds, over all its days.
int racesOf(const Comparison &comparison)
{
    int races = 0;
    for (const ElectionAggregate &a : comparison.aggregates())
        races += a.races;
    return races;
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
    const Store store(m_db);
    addDayList(choices, store);
    addChoiceForm(choices, store);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("compareSplitter"));
    layout->addWidget(m_splitter, 1);
    addTable(m_splitter);
    m_tabs = new CompareTabs(m_model, m_chartData, m_splitter);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    addButtons(layout);

    connectChoices();
    restoreLayout();
    reload();
}

// The election days to tick: those with races, and those whose totals alone were published.
void CompareView::addDayList(QHBoxLayout *choices, const Store &store)
{
    m_days = new QListWidget(this);
    m_days->setObjectName(QStringLiteral("compareDays"));
    m_days->setAccessibleName(tr("Election days"));
    m_days->setToolTip(tr("Tick two or more election days to compare."));
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
}

// The territory (the country or a region with races), the figure shown and the status line.
void CompareView::addChoiceForm(QHBoxLayout *choices, const Store &store)
{
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
}

// The territories compared, sortable, one row selected at a time.
void CompareView::addTable(QSplitter *splitter)
{
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
}

void CompareView::addButtons(QVBoxLayout *layout)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export Chart…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("compareExport"));
    connect(m_export, &QPushButton::clicked, this, &CompareView::exportCurrentChart);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void CompareView::connectChoices()
{
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
        m_export->setEnabled(m_tabs->currentWidget() != m_tabs->aggregatesTable());
        if (m_tabs->currentWidget() == m_tabs->nominationsTab() && m_nominationsDirty)
            fillNominations();
        if (m_tabs->currentWidget() == m_tabs->candidatesTab() && m_candidatesDirty)
            fillCandidates();
    });
}

// The size and the splitters as the user left them; the first time, large enough for the
// charts of the Candidates tab, within the screen.
void CompareView::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        QSize size(1200, 900);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.9);
        resize(size);
    }
    if (!m_splitter->restoreState(settings.value(SplitterKey).toByteArray()))
        m_splitter->setSizes({2000, 3000});
    if (!m_tabs->candidatesTab()->restoreState(settings.value(CandidatesSplitterKey).toByteArray()))
        m_tabs->candidatesTab()->setSizes({2000, 3000});
}

void CompareView::hideEvent(QHideEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(CandidatesSplitterKey, m_tabs->candidatesTab()->saveState());
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

void CompareView::reload()
{
    const QList<QDate> days = selectedDays();
    if (days.size() < 2) {
        showNoComparison();
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
    readInBackground(scope, races);
}

// Fewer than two days ticked: any read is dropped and every tab emptied.
void CompareView::showNoComparison()
{
    m_reader->cancel();
    m_candidateReader->cancel();
    m_candidatesReadOf = nullptr;
    unsetCursor();
    m_model->setComparison(nullptr);
    m_chartData.setComparison(std::shared_ptr<const Comparison>());
    m_status->setText(tr("Tick two or more election days to compare."));
    m_tabs->drawComparisonCharts();
    m_tabs->fillAggregates();
    m_nominationsDirty = true;
    fillNominations();
    m_candidatesDirty = true;
    fillCandidates();
}

// Read on the readers' thread, on a connection of its own; the table and charts shown stay
// until the new comparison is there (a newer choice drops an older read).
void CompareView::readInBackground(const ComparisonScope &scope, int races)
{
    struct Read
    {
        std::shared_ptr<Comparison> comparison;
        QString error;
    };
    m_status->setText(tr("Reading %1 races of %n election day(s)…", nullptr, int(scope.days.size()))
                          .arg(Format::count(qint64(races))));
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
    m_tabs->drawComparisonCharts();
    m_tabs->fillAggregates();
    m_nominationsDirty = true;
    if (m_tabs->currentWidget() == m_tabs->nominationsTab())
        fillNominations();
    m_candidatesDirty = true;
    if (m_tabs->currentWidget() == m_tabs->candidatesTab())
        fillCandidates();
    emit comparisonShown();
}

void CompareView::rowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? current.data(CompareModel::TerritoryIdRole).toLongLong() : 0;
    m_chartData.setComparedTerritory(id);
    m_tabs->drawTerritoryChart();
}

void CompareView::fillNominations()
{
    if (m_model->comparison() && readsCandidatesInBackground()) {
        readCandidates();
        return;
    }
    m_nominationsDirty = false;
    m_tabs->showNominations(m_model->comparison() ? m_chartData.nominations() : NominationSummary());
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
        m_tabs->candidatesModel()->clear();
        m_tabs->drawCandidateCharts();
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
    m_tabs->showCandidates();
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
    m_tabs->clearCandidates();
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
            m_tabs->showNominations(read.nominations);
            showCandidates(QString());
            m_nominationsDirty = false;
            m_candidatesDirty = false;
            emit candidatesShown();
        });
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
