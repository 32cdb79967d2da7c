// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QDate>
#include <QMainWindow>

#include <memory>

class QDockWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Sailau {

class ChartController;
class CoverageLabel;
class DamagedState;
class DatabaseActions;
class DatabaseHealth;
class DatabaseStatus;
class DayCombo;
class DesktopMenus;
class ImportController;
class RacePane;
class TableExporter;
class TerritoryPanel;
class WindowLayout;

class RaceDetailPanel;
class RaceTableModel;
class SummaryPanel;
class TerritoryTreeModel;

// The browsing window: territories on the left, the races of the chosen day and territory in the
// middle, the selected race (or the summary of the territory) on the right.
//
// The window keeps the day, territory and race chosen in step; the rest is done by parts it owns:
// the territory search and tree (TerritoryPanel), the day list, filter, coverage line and race
// table (RacePane), File → Open, New and Load the Bundled Sample (DatabaseActions), the import
// (ImportController), File → Export Table (TableExporter), the chart dock, menu and toolbar
// (ChartController), the recent databases, language, appearance and help menus (DesktopMenus),
// the title and status bar (DatabaseStatus), the saved and reset layout (WindowLayout), and the
// check of the database file (DatabaseHealth) with what the window shows while it is damaged
// (DamagedState).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes over an open database and shows it.
    void setDatabase(std::unique_ptr<Database> database);
    Database *database() const { return m_database.get(); }
    // Opens a file (as File → Open does); on failure keeps the current one and returns false.
    bool openFile(const QString &path, QString *error = nullptr);
    // Gives up the open database (to the window that takes this one's place) and shows none.
    std::unique_ptr<Database> takeDatabase();
    // The file at path is damaged (a refused open, a failed check): the window shows that alone,
    // refuses every write and offers another database or the backup.
    void showDamaged(const QString &path, const QString &detail);
    // Puts the newest backup of the damaged file in its place (the damaged file kept aside as
    // <file>.damaged-<time>) and opens it; asks first when ask is true.
    bool restoreBackup(bool ask = true);

    QDate currentDay() const { return m_day; }
    qint64 currentTerritoryId() const { return m_territoryId; }
    qint64 currentRaceId() const { return m_raceId; }
    void selectDay(const QDate &day);
    void selectTerritory(qint64 territoryId);
    void selectRace(qint64 raceId);

    // Its parts are found by object name (QObject::findChild): "territoryView", "territorySearch",
    // "raceView", "raceModel", "raceFilter", "dayCombo", "raceDetail", "summaryPanel",
    // "territoryModel", "coverageLabel", "chartArea", "territoryDock", "chartDock",
    // "importController", "tableExporter", "recentMenu", "languageMenu", "databaseHealth",
    // "chartController", "desktopMenus", "windowLayout", "databaseActions", "databaseStatus",
    // "damagedState".

    // File → Import: opens the import dialog on a file (as dropping the file onto the window does).
    void importFile(const QString &path = {});
    // The import dialog on several files, imported together (as dropping them does).
    void importFiles(const QStringList &paths);

signals:
    void raceSelected(qint64 raceId);
    void scopeChanged(const QDate &day, qint64 territoryId);
    // View → Language made a new window in the new language; this one closes.
    void replacedBy(Sailau::MainWindow *window);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createWidgets();
    void createCentral();
    void connectBrowsing();
    void createActions();
    void createFileMenu();
    void createViewMenu();
    void reloadAll();
    void applyFilter();
    void updateStatus();
    void updateActions();
    void updateTitle();
    void showRace(qint64 raceId);
    bool raceInScope(qint64 raceId) const;
    void onTerritoryChanged();
    void onRaceRowChanged();
    void toggleFullScreen();
    void changeLanguage(const QString &code);
    void followAppearance();
    void nameControls();
    void releaseDatabase();
    void enterDamagedState();

    std::unique_ptr<Database> m_database;
    QDate m_day;
    qint64 m_territoryId = 0;
    qint64 m_raceId = 0;

    TerritoryTreeModel *m_territoryModel;
    RaceTableModel *m_raceModel;
    QDockWidget *m_territoryDock = nullptr;
    TerritoryPanel *m_territories = nullptr;
    QTreeView *m_territoryView = nullptr;
    RacePane *m_races = nullptr;
    DayCombo *m_dayCombo = nullptr;
    CoverageLabel *m_coverage = nullptr;
    QTableView *m_raceView = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    RaceDetailPanel *m_raceDetail = nullptr;
    SummaryPanel *m_summary = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_central = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_viewPanelsAnchor = nullptr;

    DatabaseHealth *m_health = nullptr;
    DamagedState *m_damage = nullptr;
    DatabaseActions *m_files = nullptr;
    DatabaseStatus *m_status = nullptr;
    ImportController *m_import = nullptr;
    TableExporter *m_tableExporter = nullptr;
    DesktopMenus *m_desktop = nullptr;
    ChartController *m_charts = nullptr;
    WindowLayout *m_layout = nullptr;
};

} // namespace Sailau
