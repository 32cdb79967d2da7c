// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a desktop program: opening a recent database, changing the language (a new
// window), View → Appearance and the panels, Help → User Guide and About, the icons of the actions.
#include "mainwindow.h"

#include "aboutdialog.h"
#include "appearance.h"
#include "charts/chartarea.h"
#include "databasehealth.h"
#include "racedetailpanel.h"
#include "racetablemodel.h"
#include "recentfiles.h"
#include "recentmenu.h"
#include "summarypanel.h"
#include "territorytreemodel.h"
#include "translations.h"
#include "userguide.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsView>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QDockWidget>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>

namespace Sailau {

QIcon MainWindow::icon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

void MainWindow::openRecent(const QString &path)
{
    QString error;
    if (openFile(path, &error) || m_health->isDamaged())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Cannot Open Database"),
        tr("%1\n\n%2\n\nRemove it from the recent databases?").arg(QDir::toNativeSeparators(path), error),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        RecentFiles::remove(path);
}

void MainWindow::rememberDatabase(const QString &path)
{
    RecentMenu::remember(path);
}

// View: the panels that can be closed, each reopened from here, and Reset Layout.
void MainWindow::createLayoutActions()
{
    QAction *territories = m_territoryDock->toggleViewAction();
    territories->setText(tr("Show &Territories"));
    territories->setObjectName(QStringLiteral("actionShowTerritories"));
    territories->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    QAction *charts = m_chartDock->toggleViewAction();
    charts->setObjectName(QStringLiteral("actionShowCharts"));
    m_viewMenu->insertAction(m_viewPanelsAnchor, territories);
    m_viewMenu->insertAction(m_viewPanelsAnchor, charts);
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("chartsToolbar"))) {
        QAction *bar = toolbar->toggleViewAction();
        bar->setText(tr("Show Chart &Toolbar"));
        bar->setObjectName(QStringLiteral("actionShowChartToolbar"));
        m_viewMenu->insertAction(m_viewPanelsAnchor, bar);
    }
    QAction *reset = new QAction(tr("Reset &Layout"), this);
    reset->setObjectName(QStringLiteral("actionResetLayout"));
    reset->setStatusTip(tr("Show every panel again where it was on the first start."));
    connect(reset, &QAction::triggered, this, &MainWindow::resetLayout);
    m_viewMenu->insertAction(m_viewPanelsAnchor, reset);
    m_viewMenu->insertSeparator(territories);
}

void MainWindow::resetLayout()
{
    if (isFullScreen())
        showNormal();
    restoreState(m_defaultState);
    for (QDockWidget *dock : {m_territoryDock, m_chartDock}) {
        dock->setFloating(false);
        dock->show();
    }
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("chartsToolbar")))
        toolbar->show();
    resizeDocks({m_chartDock}, {400}, Qt::Vertical);
    m_splitter->restoreState(m_defaultSplitter);
    m_raceView->horizontalHeader()->restoreState(m_defaultHeader);
    fitToContent();
    statusBar()->showMessage(tr("The layout is as on the first start."), 5000);
}

void MainWindow::createAppearanceMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("&Appearance"));
    menu->setObjectName(QStringLiteral("appearanceMenu"));
    menu->setIcon(icon(QStringLiteral("appearance")));
    auto *group = new QActionGroup(menu);
    for (Appearance::Mode mode : {Appearance::Mode::System, Appearance::Mode::Light, Appearance::Mode::Dark}) {
        QAction *a = menu->addAction(Appearance::name(mode), this, [this, mode] { changeAppearance(int(mode)); });
        a->setObjectName(QStringLiteral("actionAppearance-") + Appearance::key(mode));
        a->setCheckable(true);
        a->setChecked(mode == Appearance::current());
        group->addAction(a);
    }
}

void MainWindow::changeAppearance(int mode)
{
    const auto m = Appearance::Mode(mode);
    Appearance::saveMode(m);
    Appearance::apply(m);
    followAppearanceInCharts();
    // Links take their colour when their text is laid out: lay the race's out again.
    if (m_raceId)
        showRace(m_raceId);
}

void MainWindow::followAppearanceInCharts()
{
    // The charts follow the window unless the user chose a chart theme (Charts → Theme).
    QSettings settings;
    const QString key = QStringLiteral("charts/theme");
    if (settings.contains(key) || !m_chartArea)
        return;
    const auto theme = Appearance::isDark() ? Charts::ThemeId::Dark : Charts::ThemeId::Light;
    m_chartArea->setTheme(theme);
    settings.remove(key);
    if (QAction *a = findChild<QAction *>(QStringLiteral("actionTheme-") + Charts::ChartTheme::key(theme)))
        a->setChecked(true);
}

std::unique_ptr<Database> MainWindow::takeDatabase()
{
    m_chartArea->setDatabase({});
    m_raceModel->setDatabase({});
    m_territoryModel->setDatabase({});
    m_summary->setDatabase({});
    m_raceDetail->setRace(std::nullopt);
    std::unique_ptr<Database> db = std::move(m_database);
    m_health->clear();
    reloadAll();
    return db;
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
    saveLayout();
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
    m_replaced = true;
    if (testAttribute(Qt::WA_DeleteOnClose))
        close();
    else
        hide();
}

void MainWindow::showUserGuide()
{
    if (auto *open = findChild<UserGuide *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *guide = new UserGuide(this);
    guide->show();
}

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::applyIcons()
{
    auto set = [this](const char *action, const char *name) {
        if (QAction *a = findChild<QAction *>(QString::fromLatin1(action)))
            a->setIcon(icon(QString::fromLatin1(name)));
    };
    set("actionOpen", "document-open");
    set("actionNew", "document-new");
    set("actionImport", "document-import");
    set("actionExportChart", "document-export");
    set("actionCopyChart", "edit-copy");
    set("actionPresentation", "presentation");
    set("actionFullScreen", "view-fullscreen");
    set("actionFind", "edit-find");
    set("actionUserGuide", "help-contents");
    set("actionAbout", "sailau");
}

// Names for a screen reader on the controls that have no label of their own; the races, the
// territories and the search fields are named where they are made.
void MainWindow::nameControls()
{
    auto plain = [](QString text) { return text.remove(QLatin1Char('&')); };
    m_detailTabs->setAccessibleName(tr("%1 — %2").arg(plain(tr("S&ummary")), plain(tr("&Race Details"))));
    if (!m_chartArea)
        return;
    m_chartArea->setAccessibleName(tr("Charts"));
    for (int i = 0; i < m_chartArea->count(); ++i) {
        const QString name = tr("%1 — %2").arg(tr("Charts"), plain(m_chartArea->tabText(i)));
        for (QGraphicsView *view : m_chartArea->widget(i)->findChildren<QGraphicsView *>())
            view->setAccessibleName(name);
    }
}

} // namespace Sailau
