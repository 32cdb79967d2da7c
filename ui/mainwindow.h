// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QDate>
#include <QMainWindow>

#include <memory>

class QComboBox;
class QDockWidget;
class QIcon;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QMenu;
class QTreeView;

namespace Sailau {

class BackgroundReader;
class DamagedPanel;
class DatabaseHealth;
class ImportController;
class RecentMenu;
class TableExporter;

class RaceDetailPanel;
class RaceTableModel;
class SummaryPanel;
class TerritoryTreeModel;
namespace Charts {
class ChartArea;
}

// The browsing window: territories on the left, the races of the chosen day and territory in the
// middle, the selected race (or the summary of the territory) on the right.
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
    // "importController", "tableExporter", "recentMenu", "languageMenu", "databaseHealth".
    // View → Reset Layout: the docks, toolbar, splitter and table columns as on the first start.
    void resetLayout();

signals:
    void raceSelected(qint64 raceId);
    void scopeChanged(const QDate &day, qint64 territoryId);
    // View → Language made a new window in the new language; this one closes.
    void replacedBy(Sailau::MainWindow *window);

public:
    // File → Import: opens the import dialog on a file (as dropping the file onto the window does).
    void importFile(const QString &path = {});
    // The import dialog on several files, imported together (as dropping them does).
    void importFiles(const QStringList &paths);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void reloadAll();
    void fillDays();
    void applyFilter();
    void updateCoverage();
    void updateStatus();
    void updateTitle();
    void showRace(qint64 raceId);
    bool raceInScope(qint64 raceId) const;
    void onTerritoryChanged();
    void onRaceRowChanged();
    void openDatabaseDialog();
    void newDatabaseDialog();
    void loadSample();
    void about();
    void toggleFullScreen();
    void restoreLayout();
    void fitToContent();
    void saveLayout();
    void createChartArea();   // mainwindow_charts.cpp
    void enterDamagedState();
    void leaveDamagedState();

    std::unique_ptr<Database> m_database;
    // A damaged database, no longer read; kept open until another is used (a dialog may hold it).
    std::unique_ptr<Database> m_retired;
    DatabaseHealth *m_health = nullptr;
    DamagedPanel *m_damagedPanel = nullptr;
    QStackedWidget *m_central = nullptr;
    QList<QWidget *> m_hiddenForDamage;
    QDate m_day;
    qint64 m_territoryId = 0;
    qint64 m_raceId = 0;

    TerritoryTreeModel *m_territoryModel;
    RaceTableModel *m_raceModel;
    QTreeView *m_territoryView = nullptr;
    QLineEdit *m_territorySearch = nullptr;
    QComboBox *m_dayCombo = nullptr;
    QLineEdit *m_raceFilter = nullptr;
    QTableView *m_raceView = nullptr;
    QLabel *m_coverage = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    RaceDetailPanel *m_raceDetail = nullptr;
    SummaryPanel *m_summary = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_filterTimer = nullptr;
    QAction *m_loadSampleAction = nullptr;
    BackgroundReader *m_coverageReader = nullptr;
    ImportController *m_import = nullptr;
    TableExporter *m_tableExporter = nullptr;
    void updateActions();
    Charts::ChartArea *m_chartArea = nullptr;
    QDockWidget *m_chartDock = nullptr;
    QDockWidget *m_territoryDock = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_viewPanelsAnchor = nullptr;
    QByteArray m_defaultState, m_defaultSplitter, m_defaultHeader;
    void createLayoutActions();   // mainwindow_desktop.cpp

    // Desktop integration (mainwindow_desktop.cpp): opening a recent database, changing the
    // language, appearance, help.
    static QIcon icon(const QString &name);
    void openRecent(const QString &path);
    void rememberDatabase(const QString &path);
    void createAppearanceMenu(QMenu *view);
    void changeLanguage(const QString &code);
    void changeAppearance(int mode);
    void followAppearanceInCharts();
    void showUserGuide();
    void applyIcons();
    void nameControls();
    RecentMenu *m_recentMenu = nullptr;
    bool m_replaced = false;
};

} // namespace Sailau
