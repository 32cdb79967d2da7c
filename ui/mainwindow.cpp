// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "compare/compareview.h"

#include "backgroundreader.h"

#include "charts/chartarea.h"
#include "damagedpanel.h"
#include "databasehealth.h"
#include "importcontroller.h"
#include "languagemenu.h"
#include "recentmenu.h"
#include "tableexporter.h"

#include "datasetloader.h"
#include "format.h"
#include "racedetailpanel.h"
#include "racetablemodel.h"
#include "store.h"
#include "summarypanel.h"
#include "territorytreemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStyle>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

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
    createChartArea();
    createLayoutActions();
    applyIcons();
    nameControls();
    restoreLayout();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Models hold connections to the database: let them go first.
    m_raceModel->setDatabase({});
    m_territoryModel->setDatabase({});
    m_summary->setDatabase({});
    m_chartArea->setDatabase({});
}

void MainWindow::createWidgets()
{
    // Territories, in a dock on the left.
    auto *territoryDock = new QDockWidget(tr("Territories"), this);
    m_territoryDock = territoryDock;
    territoryDock->setObjectName(QStringLiteral("territoryDock"));
    auto *territoryPane = new QWidget(territoryDock);
    auto *territoryLayout = new QVBoxLayout(territoryPane);
    territoryLayout->setContentsMargins(4, 4, 4, 4);
    m_territorySearch = new QLineEdit(territoryPane);
    m_territorySearch->setObjectName(QStringLiteral("territorySearch"));
    m_territorySearch->setPlaceholderText(tr("Find a region or district (Қазақша, Русский, English)"));
    m_territorySearch->setClearButtonEnabled(true);
    m_territorySearch->setAccessibleName(tr("Find a territory"));
    territoryLayout->addWidget(m_territorySearch);
    m_territoryView = new QTreeView(territoryPane);
    m_territoryView->setObjectName(QStringLiteral("territoryView"));
    m_territoryView->setAccessibleName(tr("Territories"));
    m_territoryView->setModel(m_territoryModel);
    m_territoryView->setUniformRowHeights(true);
    m_territoryView->setAlternatingRowColors(true);
    m_territoryView->header()->setStretchLastSection(false);
    m_territoryView->header()->setSectionResizeMode(TerritoryTreeModel::NameColumn, QHeaderView::Stretch);
    m_territoryView->header()->setSectionResizeMode(TerritoryTreeModel::RacesColumn, QHeaderView::ResizeToContents);
    territoryLayout->addWidget(m_territoryView);
    territoryDock->setWidget(territoryPane);
    addDockWidget(Qt::LeftDockWidgetArea, territoryDock);

    // Races in the middle.
    auto *racePane = new QWidget(this);
    auto *raceLayout = new QVBoxLayout(racePane);
    raceLayout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("&Election day:"), racePane);
    m_dayCombo = new QComboBox(racePane);
    m_dayCombo->setObjectName(QStringLiteral("dayCombo"));
    // As wide as its longest day, levels and race count included, so the chosen one reads whole
    // in every language.
    m_dayCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dayCombo->setAccessibleName(tr("Election day"));
    dayLabel->setBuddy(m_dayCombo);
    m_raceFilter = new QLineEdit(racePane);
    m_raceFilter->setObjectName(QStringLiteral("raceFilter"));
    m_raceFilter->setPlaceholderText(tr("Filter races by territory or candidate"));
    m_raceFilter->setClearButtonEnabled(true);
    m_raceFilter->setAccessibleName(tr("Filter races"));
    bar->addWidget(dayLabel);
    bar->addWidget(m_dayCombo, 0);
    bar->addStretch(1);
    raceLayout->addLayout(bar);
    // The filter has a row of its own, so that on a laptop screen neither it nor the day is squeezed.
    raceLayout->addWidget(m_raceFilter);

    m_coverage = new QLabel(racePane);
    m_coverage->setObjectName(QStringLiteral("coverageLabel"));
    m_coverage->setWordWrap(true);
    m_coverage->setFrameShape(QFrame::StyledPanel);
    m_coverage->setMargin(6);
    m_coverage->setTextFormat(Qt::PlainText);
    raceLayout->addWidget(m_coverage);

    m_raceView = new QTableView(racePane);
    m_raceView->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_raceView->setObjectName(QStringLiteral("raceView"));
    m_raceView->setAccessibleName(tr("Races"));
    m_raceView->setModel(m_raceModel);
    m_raceView->horizontalHeader()->setSortIndicator(int(m_raceModel->sortColumn()), m_raceModel->sortOrder());
    m_raceView->setSortingEnabled(true);
    m_raceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_raceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_raceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_raceView->setAlternatingRowColors(true);
    m_raceView->setWordWrap(false);
    m_raceView->verticalHeader()->hide();
    m_raceView->verticalHeader()->setDefaultSectionSize(m_raceView->fontMetrics().height() + 8);
    m_raceView->horizontalHeader()->setSectionsMovable(true);
    m_raceView->horizontalHeader()->setHighlightSections(false);
    m_raceView->horizontalHeader()->setDefaultSectionSize(90);
    m_raceView->setColumnWidth(int(RaceColumn::Territory), 220);
    m_raceView->setColumnWidth(int(RaceColumn::Region), 200);
    m_raceView->setColumnWidth(int(RaceColumn::Winner), 180);
    m_raceView->setColumnWidth(int(RaceColumn::Nomination), 130);
    raceLayout->addWidget(m_raceView, 1);

    // Details on the right.
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
    m_splitter->addWidget(racePane);
    m_splitter->addWidget(m_detailTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 560});
    // The races and details, or (for a damaged file) what happened and what to do instead.
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_central->addWidget(m_splitter);
    m_damagedPanel = new DamagedPanel(m_central);
    m_central->addWidget(m_damagedPanel);
    setCentralWidget(m_central);
    m_health = new DatabaseHealth(this);
    m_health->setObjectName(QStringLiteral("databaseHealth"));
    connect(m_health, &DatabaseHealth::damaged, this, &MainWindow::enterDamagedState);
    connect(m_damagedPanel, &DamagedPanel::openRequested, this, &MainWindow::openDatabaseDialog);
    connect(m_damagedPanel, &DamagedPanel::newRequested, this, &MainWindow::newDatabaseDialog);
    connect(m_damagedPanel, &DamagedPanel::restoreRequested, this, [this] { restoreBackup(true); });

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

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    // Typing waits for a pause before it queries.
    m_coverageReader = new BackgroundReader(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_territorySearch, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        const qint64 keep = m_territoryId;
        m_territoryModel->setSearchText(m_territorySearch->text());
        if (!m_territorySearch->text().trimmed().isEmpty())
            m_territoryView->expandAll();
        else
            selectTerritory(keep);
    });
    connect(m_territorySearch, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_territoryModel->setSearchText(m_territorySearch->text());
        m_territoryView->expandAll();
        // Enter takes the first match.
        std::function<QModelIndex(const QModelIndex &)> firstMatch = [&](const QModelIndex &parent) -> QModelIndex {
            for (int row = 0; row < m_territoryModel->rowCount(parent); ++row) {
                const QModelIndex index = m_territoryModel->index(row, 0, parent);
                if (index.data(TerritoryTreeModel::MatchRole).toBool())
                    return index;
                const QModelIndex below = firstMatch(index);
                if (below.isValid())
                    return below;
            }
            return {};
        };
        const QModelIndex match = firstMatch({});
        if (match.isValid()) {
            m_territoryView->setCurrentIndex(match);
            m_territoryView->setFocus();
        }
    });
    connect(m_raceFilter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_dayCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QDate day = m_dayCombo->currentData().toDate();
        if (day == m_day)
            return;
        m_day = day;
        m_territoryModel->setDay(day);
        selectTerritory(m_territoryId);
        applyFilter();
        updateCoverage();
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
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("actionOpen"));
    QAction *create = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabaseDialog);
    create->setShortcut(QKeySequence::New);
    create->setObjectName(QStringLiteral("actionNew"));
    m_recentMenu = new RecentMenu(file);
    file->insertMenu(create, m_recentMenu);
    connect(m_recentMenu, &RecentMenu::openRequested, this, &MainWindow::openRecent);
    m_loadSampleAction = file->addAction(tr("Load the Bundled &Sample"), this, &MainWindow::loadSample);
    m_loadSampleAction->setObjectName(QStringLiteral("actionLoadSample"));
    file->addSeparator();
    m_import->addActions(file);
    m_tableExporter->addAction(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *find = edit->addAction(tr("&Find Territory"), this, [this] {
        m_territorySearch->setFocus();
        m_territorySearch->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("actionFind"));
    QAction *filter = edit->addAction(tr("F&ilter Races"), this, [this] {
        m_raceFilter->setFocus();
        m_raceFilter->selectAll();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

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
    auto *language = new LanguageMenu(view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, &MainWindow::changeLanguage);
    createAppearanceMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("Sailau &User Guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    help->addSeparator();
    QAction *aboutAction = help->addAction(tr("&About Sailau"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    m_chartArea->setDatabase({});
    m_raceModel->setDatabase({});
    m_territoryModel->setDatabase({});
    m_summary->setDatabase({});
    m_raceDetail->setRace(std::nullopt);
    m_retired.reset();
    m_database = std::move(database);
    m_raceId = 0;
    m_territoryId = 0;
    m_day = QDate();
    leaveDamagedState();
    // The file is checked on another thread while the window shows it; damage found there or
    // met by any read later puts the window in the damaged state.
    if (m_database)
        m_health->watch(m_database->path());
    else
        m_health->clear();
    reloadAll();
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
    m_coverageReader->cancel();
    m_chartArea->setDatabase({});
    m_raceModel->setDatabase({});
    m_territoryModel->setDatabase({});
    m_summary->setDatabase({});
    m_raceDetail->setRace(std::nullopt);
    if (m_database)
        m_retired = std::move(m_database);
    m_raceId = 0;
    m_territoryId = 0;
    m_day = QDate();
    reloadAll();

    m_damagedPanel->display(*m_health);
    if (m_central->currentWidget() != m_damagedPanel) {
        m_hiddenForDamage.clear();
        QList<QWidget *> parts = {m_territoryDock, m_chartDock};
        if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("chartsToolbar")))
            parts.append(toolbar);
        for (QWidget *part : parts) {
            if (part->isVisible() || !isVisible())
                m_hiddenForDamage.append(part);
            part->hide();
        }
        m_central->setCurrentWidget(m_damagedPanel);
    }
    // Browsing and charts have nothing to work on; writing is refused (no database to write to).
    for (const char *name : {"editMenu", "chartsMenu"}) {
        if (auto *menu = findChild<QMenu *>(QString::fromLatin1(name)))
            menu->menuAction()->setEnabled(false);
    }
    statusBar()->clearMessage();   // what a view said of a failed read is said better by the panel
    updateStatus();
    updateTitle();
    m_damagedPanel->setFocus();
}

void MainWindow::leaveDamagedState()
{
    if (m_central->currentWidget() != m_damagedPanel)
        return;
    m_central->setCurrentWidget(m_splitter);
    for (QWidget *part : std::as_const(m_hiddenForDamage))
        part->show();
    m_hiddenForDamage.clear();
    for (const char *name : {"editMenu", "chartsMenu"}) {
        if (auto *menu = findChild<QMenu *>(QString::fromLatin1(name)))
            menu->menuAction()->setEnabled(true);
    }
}

bool MainWindow::restoreBackup(bool ask)
{
    if (!m_health->isDamaged() || m_health->backupPath().isEmpty())
        return false;
    const QString path = m_health->path();
    const QString backup = m_health->backupPath();
    const QString aside = path + QStringLiteral(".damaged-")
                          + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (ask) {
        const auto answer = QMessageBox::question(
            this, tr("Restore the Backup"),
            tr("Put the backup copy %1 in the place of %2?\n\nThe damaged file is kept as %3. Imports made after "
               "the backup was taken are not in it.")
                .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(path), QFileInfo(aside).fileName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    m_retired.reset();   // the damaged file is closed before it is moved
    const auto fail = [this, ask](const QString &message) {
        if (ask)
            QMessageBox::warning(this, tr("Restore the Backup"), message);
        else
            qWarning("%s", qPrintable(message));
        return false;
    };
    if (!QFile::rename(path, aside))
        return fail(tr("%1 could not be moved aside: check that you may write to its folder.")
                        .arg(QDir::toNativeSeparators(path)));
    // A journal of the damaged file belongs to it, not to the backup.
    const QString journal = path + QStringLiteral("-journal");
    if (QFile::exists(journal))
        QFile::rename(journal, aside + QStringLiteral("-journal"));
    if (!QFile::copy(backup, path)) {
        QFile::rename(aside, path);
        return fail(tr("The backup %1 could not be copied to %2.")
                        .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(path)));
    }
    QFile(path).setPermissions(QFile(path).permissions() | QFileDevice::WriteOwner);
    QString error;
    if (!openFile(path, &error)) {
        if (!m_health->isDamaged())
            return fail(error);
        return false;
    }
    statusBar()->showMessage(tr("Restored the backup %1; the damaged file is kept as %2.")
                                 .arg(QFileInfo(backup).fileName(), QFileInfo(aside).fileName()),
                             15000);
    return true;
}

void MainWindow::reloadAll()
{
    const QSqlDatabase db = m_database ? m_database->connection() : QSqlDatabase();
    fillDays();
    m_territoryModel->setDay(m_day);
    m_territoryModel->setDatabase(db);
    m_summary->setDatabase(db);
    m_raceModel->setDatabase(db, RaceFilter{m_day, m_territoryId, m_raceFilter->text()});
    if (m_database) {
        if (const auto country = Store(db).country())
            selectTerritory(country->id);
    }
    applyFilter();
    updateCoverage();
    updateStatus();
    updateTitle();
    fitToContent();
}

void MainWindow::fillDays()
{
    const QSignalBlocker blocker(m_dayCombo);
    m_dayCombo->clear();
    if (!m_database)
        return;
    const Store store(m_database->connection());
    const QList<ElectionDay> days = store.electionDays();
    int preferred = -1;
    for (const ElectionDay &day : days) {
        QStringList levels;
        for (const QString &level : day.levels)
            levels.append(Format::levelName(level));
        const int index = m_dayCombo->count();
        if (day.races > 0) {
            m_dayCombo->addItem(tr("%1 — %2 (%Ln race(s))", nullptr, day.races)
                                    .arg(Format::date(day.date), levels.join(QStringLiteral(", "))),
                                day.date);
            m_dayCombo->setItemData(index, day.title(), Qt::ToolTipRole);
        } else if (store.hasPublishedFigures(day.date)) {
            // No race of the day, but published totals: those are what the day shows.
            m_dayCombo->addItem(tr("%1 — %2 (published totals only)")
                                    .arg(Format::date(day.date), levels.join(QStringLiteral(", "))),
                                day.date);
            m_dayCombo->setItemData(index, tr("%1\nNo race of this day is in the database; the summary shows the "
                                              "totals published for it.")
                                               .arg(day.title()),
                                    Qt::ToolTipRole);
        } else {
            // An election known to the database without any of its races or totals: greyed, with
            // the reason, and never chosen.
            m_dayCombo->addItem(tr("%1 — %2 (no results)").arg(Format::date(day.date), levels.join(QStringLiteral(", "))),
                                day.date);
            m_dayCombo->setItemData(index, tr("%1\nNothing of this day is in the database yet: import its results "
                                              "(File → Import) to see them.")
                                               .arg(day.title()),
                                    Qt::ToolTipRole);
            m_dayCombo->setItemData(index, 0, Qt::UserRole - 1);   // disabled: no item flags
        }
        if (preferred < 0 && day.races > 0)
            preferred = m_dayCombo->count() - 1;
    }
    if (preferred < 0 && m_dayCombo->count() > 0)
        preferred = 0;
    m_dayCombo->setCurrentIndex(preferred);
    m_day = preferred >= 0 ? m_dayCombo->itemData(preferred).toDate() : QDate();
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
    filter.text = m_raceFilter->text();
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

void MainWindow::updateCoverage()
{
    m_coverageReader->cancel();
    if (!m_database) {
        m_coverage->setText(tr("No database is open. Use File → Open Database or File → New Database."));
        return;
    }
    const Store store(m_database->connection());
    const DatabaseCounts counts = store.counts();
    if (counts.races == 0 && counts.elections == 0) {
        m_coverage->setText(tr("This database is empty. Load the bundled sample (File → Load the Bundled Sample) "
                               "or import results."));
        return;
    }
    const std::optional<int> published = store.publishedRaceCount(m_day);
    // The day says where its races came from: the bundled sample, or the imports by name.
    QString intro;
    QStringList imports;
    for (const Store::DayBatch &b : store.dayBatches(m_day)) {
        if (b.kind == QLatin1String("sample"))
            intro += tr("Sample data from public sources. ");
        else if (b.kind != QLatin1String("synthetic"))
            imports.append(tr("%1 (import %2)").arg(b.fileName).arg(b.id));
    }
    if (!imports.isEmpty()) {
        const int shown = 3;
        QString list = imports.mid(0, shown).join(QStringLiteral(", "));
        if (imports.size() > shown)
            list = tr("%1 and %n more", nullptr, int(imports.size() - shown)).arg(list);
        intro += tr("Imported from %1. ").arg(list);
    }
    if (counts.hasSynthetic)
        intro += tr("Contains synthetic data, marked as such. ");
    const QDate day = m_day;
    const auto show = [this, intro, published, day](const ComputedSummary &all, int complete) {
        QString text = intro;
        if (published)
            text += tr("%1 of the %2 races of %3 are here").arg(Format::count(all.races), Format::count(*published),
                                                                Format::date(day));
        else
            text += tr("%Ln race(s) of %1 are here", nullptr, all.races).arg(Format::date(day));
        const int partial = all.races - complete;
        text += tr("; %1 of them are known only in part: turnout is known for %2, the winner for %3, every "
                   "candidate's votes for %4. A missing figure shows as —, never as 0.")
                    .arg(Format::count(partial), Format::count(all.racesWithTurnout), Format::count(all.racesWithWinner),
                         Format::count(all.racesWithAllVotes));
        m_coverage->setText(text);
    };
    // Hundreds of thousands of races are counted on another thread.
    const auto electionDay = store.electionDay(day);
    if (electionDay && electionDay->races > BackgroundReader::LargeDay) {
        m_coverage->setText(intro + tr("Counting the races of %1…").arg(Format::date(day)));
        using Coverage = std::pair<ComputedSummary, int>;
        m_coverageReader->start<Coverage>(m_database->path(), [day](const Database &db) {
            const Store background(db.connection());
            return Coverage(background.computedSummary(day, 0), background.completeRaceCount(day));
        }, [show](Coverage coverage) { show(coverage.first, coverage.second); });
        return;
    }
    show(store.computedSummary(m_day, 0), store.completeRaceCount(m_day));
}

void MainWindow::updateStatus()
{
    if (!m_database) {
        m_fileLabel->setText(m_health->isDamaged()
                                 ? tr("Damaged database: %1").arg(QDir::toNativeSeparators(m_health->path()))
                                 : tr("No database open"));
        m_countLabel->clear();
        m_loadSampleAction->setEnabled(false);
        updateActions();
        return;
    }
    QString file = tr("Database: %1").arg(QDir::toNativeSeparators(m_database->path()));
    if (m_database->isReadOnly())
        file += QStringLiteral(" — ") + tr("read-only (%1)").arg(m_database->readOnlyReason());
    m_fileLabel->setText(file);
    const DatabaseCounts counts = Store(m_database->connection()).counts();
    // While a large day is read: nothing to count yet, or (its first page shown) the count is known.
    const QString shown = m_raceModel->isLoading() && m_raceModel->rowCount() == 0
                              ? tr("reading races…")
                              : tr("%1 shown").arg(Format::count(m_raceModel->rowCount()));
    m_countLabel->setText(tr("%1 · %2 races · %3 candidates · %4 territories")
                              .arg(shown, Format::count(counts.races),
                                   Format::count(counts.candidates), Format::count(counts.territories)));
    m_loadSampleAction->setEnabled(!counts.hasSample && !m_database->isReadOnly());
    updateActions();
}

void MainWindow::updateActions()
{
    m_import->update();
    m_tableExporter->update();
    m_recentMenu->setCurrent(m_database ? m_database->path() : QString());
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
    if (!m_database) {
        if (m_health->isDamaged()) {
            setWindowTitle(tr("%1 [damaged] — Sailau").arg(QFileInfo(m_health->path()).fileName()));
            setWindowFilePath(m_health->path());
        } else {
            setWindowTitle(tr("Sailau"));
        }
        return;
    }
    QString title = tr("%1 — Sailau").arg(QFileInfo(m_database->path()).fileName());
    if (m_database->isReadOnly())
        title = tr("%1 [read-only] — Sailau").arg(QFileInfo(m_database->path()).fileName());
    setWindowTitle(title);
    setWindowFilePath(m_database->path());
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
            rememberDatabase(path);
        }
        return false;
    }
    setDatabase(std::move(db));
    rememberDatabase(path);
    return true;
}

void MainWindow::openDatabaseDialog()
{
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Sailau Database"), start,
                                                      tr("Sailau databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    // A damaged file is shown as such in the window itself.
    if (!openFile(path, &error) && !m_health->isDamaged())
        QMessageBox::warning(this, tr("Cannot Open Database"), error);
}

void MainWindow::newDatabaseDialog()
{
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("New Sailau Database"),
                                                      QDir(start).filePath(tr("elections.sqlite")),
                                                      tr("Sailau databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Cannot Create Database"),
                             tr("%1 already exists. Open it with File → Open Database, or choose another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString message;
    auto db = DatasetLoader::openOrCreate(path, false, &message);
    if (!db) {
        QMessageBox::warning(this, tr("Cannot Create Database"), message);
        return;
    }
    setDatabase(std::move(db));
    rememberDatabase(path);
}

void MainWindow::loadSample()
{
    if (!m_database)
        return;
    const DatasetLoader::Result result = DatasetLoader::loadSample(*m_database);
    if (!result.ok) {
        QMessageBox::warning(this, tr("Cannot Load the Sample"), result.error);
        return;
    }
    reloadAll();
    statusBar()->showMessage(tr("Loaded the sample: %1 races, %2 candidates.")
                                 .arg(Format::count(result.races), Format::count(result.candidates)), 8000);
}

void MainWindow::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void MainWindow::restoreLayout()
{
    // The layout as built, for View → Reset Layout.
    m_defaultState = saveState();
    m_defaultSplitter = m_splitter->saveState();
    m_defaultHeader = m_raceView->horizontalHeader()->saveState();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first start: a roomy window, but never larger than the screen (laptops: 1280 × 800).
        QSize size(1400, 860);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableSize() * 0.94);
        resize(size);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    QHeaderView *header = m_raceView->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("window/raceHeader")).toByteArray()))
        m_raceModel->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    fitToContent();
}

// Columns and the territory panel as wide as their longest text in the language shown (Kazakh
// and Russian headers and region names are longer than the English ones): a header or a region
// is never cut short at the default window size.
void MainWindow::fitToContent()
{
    QHeaderView *header = m_raceView->horizontalHeader();
    const QFontMetrics hfm(header->font());
    const int headerMargins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
                              + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + 12;
    for (int section = 0; section < m_raceModel->columnCount(); ++section) {
        const QString text = m_raceModel->headerData(section, Qt::Horizontal).toString();
        const int needed = hfm.horizontalAdvance(text) + headerMargins;
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }

    // The tree: the country and its regions whole, and the count column beside them.
    const QFontMetrics tfm(m_territoryView->font());
    const int itemMargins = 2 * (m_territoryView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_territoryView) + 1)
                            + 6;
    int name = 0;
    for (int row = 0; row < m_territoryModel->rowCount(); ++row) {
        const QModelIndex country = m_territoryModel->index(row, 0);
        name = std::max(name, tfm.horizontalAdvance(country.data().toString()) + m_territoryView->indentation());
        for (int r = 0; r < m_territoryModel->rowCount(country); ++r)
            name = std::max(name, tfm.horizontalAdvance(m_territoryModel->index(r, 0, country).data().toString())
                                      + 2 * m_territoryView->indentation());
    }
    if (name == 0)
        return;
    const int count = std::max({tfm.horizontalAdvance(QStringLiteral("00,000")) + itemMargins,
                                m_territoryView->header()->sectionSizeHint(TerritoryTreeModel::RacesColumn)});
    const int scrollBar = m_territoryView->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_territoryView);
    const int frame = 2 * m_territoryView->frameWidth() + 8 + 8;   // the view's frame and the pane's margins
    const int wanted = name + itemMargins + count + scrollBar + frame;
    if (m_territoryDock->width() < wanted && !m_territoryDock->isFloating())
        resizeDocks({m_territoryDock}, {wanted}, Qt::Horizontal);
    m_territoryView->setMinimumWidth(std::min(wanted - 8, 440));
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/raceHeader"), m_raceView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The panels hidden for a damaged file are not a layout to keep.
    if (m_central->currentWidget() != m_damagedPanel)
        saveLayout();
    event->accept();
}

} // namespace Sailau
