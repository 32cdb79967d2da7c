// SPDX-License-Identifier: GPL-3.0-or-later
// The browsing window: the territories, the races of the chosen day and territory, the details
// of a race or the summary of a territory, the database open and the window's state when it is
// damaged.
#include "mainwindow.h"

#include "compare/compareview.h"

#include "chartcontroller.h"
#include "charts/chartarea.h"
#include "coveragelabel.h"
#include "damagedpanel.h"
#include "damagedstate.h"
#include "databaseactions.h"
#include "databasehealth.h"
#include "databasestatus.h"
#include "daycombo.h"
#include "desktopmenus.h"
#include "importcontroller.h"
#include "racepane.h"
#include "recentmenu.h"
#include "tableexporter.h"
#include "territorypanel.h"
#include "translations.h"
#include "windowlayout.h"

#include "format.h"
#include "racedetailpanel.h"
#include "racetablemodel.h"
#include "store.h"
#include "summarypanel.h"
#include "territorytreemodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

namespace Sailau {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_territoryModel(new TerritoryTreeModel(this))
    , m_raceModel(new RaceTableModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_territoryModel->setObjectName(QStringLiteral("territoryModel"));
    m_raceModel->setObjectName(QStringLiteral("raceModel"));
    createWidgets();
    createActions();
    m_charts = new ChartController(this, {m_territories->searchBox(), m_races->filterBox()});
    m_layout = new WindowLayout(this, {m_splitter, m_raceView, m_raceModel, m_territoryView, m_territoryModel,
                                       m_territoryDock, m_charts->dock()});
    m_layout->addViewActions(m_viewMenu, m_viewPanelsAnchor);
    m_desktop->applyIcons();
    nameControls();
    m_layout->restore();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Models hold connections to the database: let them go first.
    m_raceModel->setDatabase({});
    m_territoryModel->setDatabase({});
    m_summary->setDatabase({});
    m_charts->area()->setDatabase({});
}

void MainWindow::createWidgets()
{
    m_health = new DatabaseHealth(this);
    m_health->setObjectName(QStringLiteral("databaseHealth"));
    connect(m_health, &DatabaseHealth::damaged, this, &MainWindow::enterDamagedState);
    // Territories, in a dock on the left.
    m_territoryDock = new QDockWidget(tr("Territories"), this);
    m_territoryDock->setObjectName(QStringLiteral("territoryDock"));
    m_territories = new TerritoryPanel(m_territoryModel, m_territoryDock);
    m_territoryView = m_territories->view();
    m_territoryDock->setWidget(m_territories);
    addDockWidget(Qt::LeftDockWidgetArea, m_territoryDock);
    // Races in the middle.
    m_races = new RacePane(m_raceModel, this);
    m_dayCombo = m_races->dayCombo();
    m_coverage = m_races->coverage();
    m_raceView = m_races->view();
    createCentral();

    m_files = new DatabaseActions(this, m_health);
    connect(m_files, &DatabaseActions::sampleLoaded, this, &MainWindow::reloadAll);
    connect(m_damage->panel(), &DamagedPanel::openRequested, m_files, &DatabaseActions::openDatabase);
    connect(m_damage->panel(), &DamagedPanel::newRequested, m_files, &DatabaseActions::newDatabase);
    connect(m_damage->panel(), &DamagedPanel::restoreRequested, this, [this] { restoreBackup(true); });
    const auto database = [this] { return m_database.get(); };
    m_import = new ImportController(this, m_health, database);
    connect(m_import, &ImportController::databaseChanged, this, [this](const QDate &day) {
        reloadAll();
        if (day.isValid())
            selectDay(day);
    });
    connect(m_import, &ImportController::message, statusBar(), &QStatusBar::showMessage);
    m_tableExporter = new TableExporter(this, m_raceModel, m_raceView, database);
    connect(m_tableExporter, &TableExporter::message, statusBar(), &QStatusBar::showMessage);
    m_status = new DatabaseStatus(this, m_health);
    connectBrowsing();
}

// Details on the right of the races; for a damaged file, what happened and what to do instead.
void MainWindow::createCentral()
{
    m_detailTabs = new QTabWidget(this);
    m_detailTabs->setObjectName(QStringLiteral("detailTabs"));
    m_raceDetail = new RaceDetailPanel(m_detailTabs);
    m_raceDetail->setObjectName(QStringLiteral("raceDetail"));
    m_summary = new SummaryPanel(m_detailTabs);
    m_summary->setObjectName(QStringLiteral("summaryPanel"));
    m_detailTabs->addTab(m_summary, tr("&Summary"));
    m_detailTabs->addTab(m_raceDetail, tr("&Race"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_races);
    m_splitter->addWidget(m_detailTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 560});
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_central->addWidget(m_splitter);
    m_damage = new DamagedState(this, m_central, m_health);
    setCentralWidget(m_central);
}

// The day, the territory, the filter and the race chosen drive one another and the panels.
void MainWindow::connectBrowsing()
{
    connect(m_territories, &TerritoryPanel::searchChanged, this, [this] {
        const qint64 keep = m_territoryId;
        m_territoryModel->setSearchText(m_territories->searchText());
        if (!m_territories->searchText().trimmed().isEmpty())
            m_territoryView->expandAll();
        else
            selectTerritory(keep);
    });
    connect(m_races, &RacePane::filterChanged, this, &MainWindow::applyFilter);
    connect(m_dayCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QDate day = m_dayCombo->day();
        if (day == m_day)
            return;
        m_day = day;
        m_territoryModel->setDay(day);
        selectTerritory(m_territoryId);
        applyFilter();
        m_coverage->showCoverage(m_database.get(), m_day);
    });
    connect(m_territoryView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTerritoryChanged);
    connect(m_territoryModel, &QAbstractItemModel::modelReset, this, [this] {
        // Open the country so that its regions show, and keep the current territory.
        for (int row = 0; row < m_territoryModel->rowCount(); ++row)
            m_territoryView->expand(m_territoryModel->index(row, 0));
        if (const QModelIndex index = m_territoryModel->indexOf(m_territoryId); index.isValid())
            m_territoryView->setCurrentIndex(index);
    });
    connect(m_raceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onRaceRowChanged);
    connect(m_raceModel, &RaceTableModel::sorted, this, [this] {
        if (m_raceId)
            selectRace(m_raceId);
    });
    // A large day's races arrive from a worker thread after the window shows.
    connect(m_raceModel, &RaceTableModel::loaded, this, [this] {
        if (m_raceId && m_raceModel->rowOfRace(m_raceId) >= 0)
            selectRace(m_raceId);
        updateStatus();
    });
    connect(m_raceModel, &RaceTableModel::queryFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The database could not be read: %1").arg(message), 10000);
    });
}

void MainWindow::createActions()
{
    m_desktop = new DesktopMenus(this, m_health);
    connect(m_desktop, &DesktopMenus::languageChosen, this, &MainWindow::changeLanguage);
    connect(m_desktop, &DesktopMenus::appearanceChanged, this, &MainWindow::followAppearance);
    createFileMenu();
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *find = edit->addAction(tr("&Find Territory"), m_territories, &TerritoryPanel::focusSearch);
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("actionFind"));
    QAction *filter = edit->addAction(tr("F&ilter Races"), m_races, &RacePane::focusFilter);
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    createViewMenu();
    m_desktop->addHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = m_files->addOpenActions(file);
    m_desktop->addRecentMenu(file, create);
    m_files->addSampleAction(file);
    file->addSeparator();
    m_import->addActions(file);
    m_tableExporter->addAction(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *fullScreen = view->addAction(tr("&Full Screen"), this, &MainWindow::toggleFullScreen);
    // The platform's full-screen keys, and F11 where it names none.
    QList<QKeySequence> fullScreenKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    if (!fullScreenKeys.contains(QKeySequence(Qt::Key_F11)))
        fullScreenKeys.append(QKeySequence(Qt::Key_F11));
    fullScreen->setShortcuts(fullScreenKeys);
    fullScreen->setCheckable(true);
    fullScreen->setObjectName(QStringLiteral("actionFullScreen"));
    view->addSeparator();
    QAction *showSummary = view->addAction(tr("S&ummary"), this, [this] { m_detailTabs->setCurrentWidget(m_summary); });
    showSummary->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *showRace = view->addAction(tr("&Race Details"), this, [this] { m_detailTabs->setCurrentWidget(m_raceDetail); });
    showRace->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction *compare = view->addAction(tr("&Compare Elections…"), this, [this] {
        if (!m_database)
            return;
        auto *dialog = new CompareView(m_database->connection(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();   // window-modal: the database stays the same while it is open
    });
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    compare->setObjectName(QStringLiteral("actionCompareElections"));
    m_viewMenu = view;
    m_viewPanelsAnchor = view->addSeparator();   // the panels and Reset Layout go here
    m_desktop->addLanguageAndAppearance(view);
}

// The views let go of the database (they hold connections to it) and show nothing.
void MainWindow::releaseDatabase()
{
    m_charts->area()->setDatabase({});
    m_raceModel->setDatabase({});
    m_territoryModel->setDatabase({});
    m_summary->setDatabase({});
    m_raceDetail->setRace(std::nullopt);
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    releaseDatabase();
    m_damage->releaseRetired();
    m_database = std::move(database);
    m_raceId = 0;
    m_territoryId = 0;
    m_day = QDate();
    m_damage->leave();
    // The file is checked on another thread while the window shows it; damage found there or
    // met by any read later puts the window in the damaged state.
    if (m_database)
        m_health->watch(m_database->path());
    else
        m_health->clear();
    reloadAll();
}

std::unique_ptr<Database> MainWindow::takeDatabase()
{
    releaseDatabase();
    std::unique_ptr<Database> db = std::move(m_database);
    m_health->clear();
    reloadAll();
    return db;
}

void MainWindow::showDamaged(const QString &path, const QString &detail)
{
    setDatabase({});
    m_health->reportDamage(path, detail);
}

void MainWindow::enterDamagedState()
{
    // Nothing more is read from the file: the views let go of it and show nothing, rather than
    // what was read of it before the damage (a chart of part of the races, counts gone wrong).
    m_coverage->cancel();
    releaseDatabase();
    if (m_database)
        m_damage->retire(std::move(m_database));
    m_raceId = 0;
    m_territoryId = 0;
    m_day = QDate();
    reloadAll();

    QList<QWidget *> parts = {m_territoryDock, m_charts->dock()};
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("chartsToolbar")))
        parts.append(toolbar);
    m_damage->show(parts);
    statusBar()->clearMessage();   // what a view said of a failed read is said better by the panel
    updateStatus();
    updateTitle();
    m_damage->panel()->setFocus();
}

bool MainWindow::restoreBackup(bool ask)
{
    return m_damage->restoreBackup(ask);
}

void MainWindow::reloadAll()
{
    const QSqlDatabase db = m_database ? m_database->connection() : QSqlDatabase();
    m_dayCombo->fill(m_database.get());
    if (m_database)
        m_day = m_dayCombo->day();
    m_territoryModel->setDay(m_day);
    m_territoryModel->setDatabase(db);
    m_summary->setDatabase(db);
    m_raceModel->setDatabase(db, RaceFilter{m_day, m_territoryId, m_races->filterText()});
    if (m_database) {
        if (const auto country = Store(db).country())
            selectTerritory(country->id);
    }
    applyFilter();
    m_coverage->showCoverage(m_database.get(), m_day);
    updateStatus();
    updateTitle();
    m_layout->fitToContent();
}

void MainWindow::selectDay(const QDate &day)
{
    const int index = m_dayCombo->findData(day);
    if (index >= 0)
        m_dayCombo->setCurrentIndex(index);
}

void MainWindow::selectTerritory(qint64 territoryId)
{
    if (!m_database)
        return;
    QModelIndex index = m_territoryModel->indexOf(territoryId);
    if (!index.isValid())
        index = m_territoryModel->revealTerritory(territoryId);
    if (index.isValid()) {
        m_territoryView->setCurrentIndex(index);
        m_territoryView->scrollTo(index);
    } else if (territoryId != m_territoryId) {
        m_territoryId = territoryId;
        applyFilter();
    }
}

void MainWindow::selectRace(qint64 raceId)
{
    const int row = m_raceModel->rowOfRace(raceId);
    if (row < 0) {
        showRace(raceId);
        return;
    }
    const QModelIndex index = m_raceModel->index(row, 0);
    m_raceView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_raceView->scrollTo(index);
}

void MainWindow::onTerritoryChanged()
{
    const QModelIndex current = m_territoryView->currentIndex();
    const qint64 id = m_territoryModel->territoryId(current);
    if (!id || id == m_territoryId)
        return;
    m_territoryId = id;
    applyFilter();
}

void MainWindow::applyFilter()
{
    RaceFilter filter;
    filter.day = m_day;
    filter.territoryId = m_territoryId;
    filter.text = m_races->filterText();
    const qint64 keepRace = m_raceId;
    m_raceModel->setFilter(filter);
    QString title;
    if (m_database) {
        const Store store(m_database->connection());
        if (const auto t = store.territory(m_territoryId))
            title = tr("%1 — %2").arg(store.distinctName(*t), Format::date(m_day));
    }
    m_summary->setScope(m_day, m_territoryId, title);
    if (keepRace && m_raceModel->rowOfRace(keepRace) >= 0)
        selectRace(keepRace);
    else if (keepRace && !raceInScope(keepRace))
        showRace(0);   // a race of another day or territory: the Race panel clears
    updateStatus();
    emit scopeChanged(m_day, m_territoryId);
}

// Whether a race belongs to the chosen day and lies in the chosen territory (a large day's table
// may not list it yet while its rows are read).
bool MainWindow::raceInScope(qint64 raceId) const
{
    if (!m_database || !raceId)
        return false;
    const Store store(m_database->connection());
    const auto race = store.race(raceId);
    if (!race || race->date != m_day)
        return false;
    if (!m_territoryId || race->territory.id == m_territoryId)
        return true;
    if (const auto country = store.country(); country && country->id == m_territoryId)
        return true;
    return Store::pathIds(race->territory.path).contains(m_territoryId);
}

void MainWindow::onRaceRowChanged()
{
    const QModelIndex current = m_raceView->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_raceModel->raceId(current.row());
    if (id && id != m_raceId)
        showRace(id);
}

void MainWindow::showRace(qint64 raceId)
{
    m_raceId = raceId;
    std::optional<RaceDetail> detail;
    if (m_database && raceId)
        detail = Store(m_database->connection()).race(raceId);
    if (!detail)
        m_raceId = 0;
    m_raceDetail->setRace(detail);
    if (detail)
        m_detailTabs->setCurrentWidget(m_raceDetail);
    else if (m_detailTabs->currentWidget() == m_raceDetail)
        m_detailTabs->setCurrentWidget(m_summary);
    emit raceSelected(m_raceId);
}

void MainWindow::updateStatus()
{
    const auto counts = m_status->showStatus(m_database.get(), *m_raceModel);
    m_files->setSampleEnabled(counts && !counts->hasSample && !m_database->isReadOnly());
    updateActions();
}

void MainWindow::updateActions()
{
    m_import->update();
    m_tableExporter->update();
    m_desktop->setCurrentDatabase(m_database ? m_database->path() : QString());
}

void MainWindow::importFile(const QString &path)
{
    m_import->importFile(path);
}

void MainWindow::importFiles(const QStringList &paths)
{
    m_import->importFiles(paths);
}

void MainWindow::updateTitle()
{
    m_status->showTitle(m_database.get());
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    OpenOptions options;
    options.create = false;
    options.quickCheck = false;   // checked on another thread once the window shows it
    OpenError code;
    QString message;
    auto db = Database::open(path, options, &code, &message);
    if (!db) {
        if (error)
            *error = message;
        if (code == OpenError::Corrupt || code == OpenError::Truncated) {
            showDamaged(path, message);
            RecentMenu::remember(path);
        }
        return false;
    }
    setDatabase(std::move(db));
    RecentMenu::remember(path);
    return true;
}

void MainWindow::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void MainWindow::changeLanguage(const QString &code)
{
    Translations::saveChoice(code);
    const Language language = Translations::resolve(code);
    if (language == displayLanguage() && !Translations::installed().isEmpty())
        return;
    Translations::install(language);

    // Every label, menu, model and chart takes its text when it is made: a new window in the new
    // language takes over the database, the selection and the layout, and this one goes.
    m_layout->save();
    const QDate day = m_day;
    const qint64 territory = m_territoryId;
    const qint64 race = m_raceId;
    const bool fullScreen = isFullScreen();
    auto *next = new MainWindow;
    next->setAttribute(Qt::WA_DeleteOnClose);
    const bool damaged = m_health->isDamaged();
    const QString damagedPath = m_health->path();
    const QString damage = m_health->detail();
    if (auto db = takeDatabase())
        next->setDatabase(std::move(db));
    else if (damaged)
        next->showDamaged(damagedPath, damage);
    next->selectDay(day);
    next->selectTerritory(territory);
    if (race)
        next->selectRace(race);
    if (fullScreen)
        next->showFullScreen();
    else
        next->show();
    emit replacedBy(next);
    if (testAttribute(Qt::WA_DeleteOnClose))
        close();
    else
        hide();
}

void MainWindow::followAppearance()
{
    m_charts->followAppearance();
    // Links take their colour when their text is laid out: lay the race's out again.
    if (m_raceId)
        showRace(m_raceId);
}

// Names for a screen reader on the controls that have no label of their own; the races, the
// territories and the search fields are named where they are made.
void MainWindow::nameControls()
{
    auto plain = [](QString text) { return text.remove(QLatin1Char('&')); };
    m_detailTabs->setAccessibleName(tr("%1 — %2").arg(plain(tr("S&ummary")), plain(tr("&Race Details"))));
    m_charts->nameControls();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The panels hidden for a damaged file are not a layout to keep.
    if (!m_damage->isShown())
        m_layout->save();
    event->accept();
}

} // namespace Sailau
