// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's chart side: a dock with the chart panels, linked with the tables both ways,
// the Charts menu and toolbar, and the presentation.
#include "chartcontroller.h"

#include "appearance.h"
#include "charts/chartarea.h"
#include "charts/deckdialog.h"
#include "charts/presentationwindow.h"
#include "deck.h"
#include "mainwindow.h"
#include "mainwindowtext.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace Sailau {

using namespace Charts;

namespace {

// The screen to present on: the one chosen before, else one the main window is not on.
QScreen *presentationScreen(const QWidget *window)
{
    const QString wanted = QSettings().value(QStringLiteral("charts/presentationScreen")).toString();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *s : screens) {
        if (!wanted.isEmpty() && s->name() == wanted)
            return s;
    }
    for (QScreen *s : screens) {
        if (s != window->screen())
            return s;
    }
    return window->screen() ? window->screen() : QGuiApplication::primaryScreen();
}

// Line edits take Ctrl+E as "end of line" on X11; in this window it exports the chart.
class ChartShortcutFilter : public QObject
{
public:
    ChartShortcutFilter(const QList<QKeySequence> &keys, QObject *parent) : QObject(parent), m_keys(keys) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const QKeySequence pressed(key->keyCombination());
            if (m_keys.contains(pressed)) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QList<QKeySequence> m_keys;
};

} // namespace

ChartController::ChartController(MainWindow *window, const QList<QWidget *> &textFields)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("chartController"));
    createDock();
    link();
    createMenu();
    createToolbar(textFields);
}

void ChartController::createDock()
{
    m_area = new ChartArea(m_window);
    m_area->setObjectName(QStringLiteral("chartArea"));
    m_dock = new QDockWidget(MainWindowText::tr("Charts"), m_window);
    m_dock->setObjectName(QStringLiteral("chartDock"));
    m_dock->setWidget(m_area);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                        | QDockWidget::DockWidgetClosable);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_window->resizeDocks({m_dock}, {400}, Qt::Vertical);
}

// Linked selection: the tables drive the charts and the charts drive the tables.
void ChartController::link()
{
    connect(m_window, &MainWindow::scopeChanged, m_area, [this](const QDate &day, qint64 territoryId) {
        const Database *database = m_window->database();
        const QSqlDatabase db = database ? database->connection() : QSqlDatabase();
        const bool newDatabase = db.connectionName() != m_area->database().connectionName()
                                 || !m_area->database().isValid();
        if (newDatabase)
            m_area->setDatabase(db);
        if (!db.isValid())
            return;
        if (newDatabase || day != m_area->data().day() || territoryId != m_area->data().territoryId()
            || m_area->data().countryId() == 0)
            m_area->setScope(day, territoryId);
        m_area->setCurrentRace(m_window->currentRaceId());
    });
    connect(m_window, &MainWindow::raceSelected, m_area, &ChartArea::setCurrentRace);
    connect(m_area, &ChartArea::raceActivated, m_window, [this](qint64 raceId) { m_window->selectRace(raceId); });
    connect(m_area, &ChartArea::territoryActivated, m_window,
            [this](qint64 territoryId) { m_window->selectTerritory(territoryId); });
    connect(m_area, &ChartArea::message, m_window,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, 8000); });
}

// The Charts menu, before Help.
void ChartController::createMenu()
{
    auto *menu = new QMenu(MainWindowText::tr("&Charts"), m_window);
    menu->setObjectName(QStringLiteral("chartsMenu"));
    const QList<QAction *> top = m_window->menuBar()->actions();
    if (!top.isEmpty())
        m_window->menuBar()->insertMenu(top.last(), menu);
    else
        m_window->menuBar()->addMenu(menu);

    addExportActions(menu);
    menu->addSeparator();
    addPresentationActions(menu);
    addScreenMenu(menu);
    menu->addSeparator();
    addThemeMenu(menu);
    menu->addSeparator();
    QAction *show = m_dock->toggleViewAction();
    show->setText(MainWindowText::tr("Show C&harts"));
    show->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    menu->addAction(show);
}

void ChartController::ensureVisible()
{
    m_dock->show();
    m_dock->raise();
}

void ChartController::addExportActions(QMenu *menu)
{
    m_exportChart = menu->addAction(MainWindowText::tr("&Export Chart…"), m_window, [this] {
        ensureVisible();
        m_area->exportCurrentChart();
    });
    m_exportChart->setObjectName(QStringLiteral("actionExportChart"));
    m_exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportChart->setIcon(m_window->style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_copyChart = menu->addAction(MainWindowText::tr("&Copy Chart"), m_area, &ChartArea::copyCurrentChart);
    m_copyChart->setObjectName(QStringLiteral("actionCopyChart"));
    m_copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *exportAll = menu->addAction(MainWindowText::tr("Export &All Charts…"), m_area, &ChartArea::exportAllCharts);
    exportAll->setObjectName(QStringLiteral("actionExportAllCharts"));
}

void ChartController::addPresentationActions(QMenu *menu)
{
    m_presentation = menu->addAction(MainWindowText::tr("&Presentation"), m_window, [this] { present(true); });
    m_presentation->setObjectName(QStringLiteral("actionPresentation"));
    m_presentation->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentation->setToolTip(MainWindowText::tr("Present the deck full screen, or every chart when the deck is empty (F5)"));
    m_presentation->setIcon(m_window->style()->standardIcon(QStyle::SP_MediaPlay));
    QAction *presentAll = menu->addAction(MainWindowText::tr("Present All C&harts"), m_window, [this] { present(false); });
    presentAll->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    QAction *addToDeck = menu->addAction(MainWindowText::tr("Add Chart to &Deck"), m_area, &ChartArea::addCurrentChartToDeck);
    addToDeck->setObjectName(QStringLiteral("actionAddToDeck"));
    QAction *editDeck = menu->addAction(MainWindowText::tr("Edit De&ck…"), m_window, [this] { this->editDeck(); });
    editDeck->setObjectName(QStringLiteral("actionEditDeck"));
}

void ChartController::addScreenMenu(QMenu *menu)
{
    QMenu *screens = menu->addMenu(MainWindowText::tr("Presentation &Screen"));
    connect(screens, &QMenu::aboutToShow, m_window, [this, screens] {
        screens->clear();
        auto *group = new QActionGroup(screens);
        const QString chosen = presentationScreen(m_window)->name();
        for (QScreen *s : QGuiApplication::screens()) {
            QAction *a = screens->addAction(
                MainWindowText::tr("%1 (%2 × %3)").arg(s->name()).arg(s->size().width()).arg(s->size().height()));
            a->setCheckable(true);
            a->setChecked(s->name() == chosen);
            group->addAction(a);
            const QString name = s->name();
            connect(a, &QAction::triggered, m_window,
                    [name] { QSettings().setValue(QStringLiteral("charts/presentationScreen"), name); });
        }
    });
}

void ChartController::addThemeMenu(QMenu *menu)
{
    QMenu *themes = menu->addMenu(MainWindowText::tr("&Theme"));
    auto *themeGroup = new QActionGroup(m_window);
    for (ThemeId t : {ThemeId::Light, ThemeId::Dark, ThemeId::Presentation}) {
        QAction *a = themes->addAction(ChartTheme::name(t), m_area, [this, t] { m_area->setTheme(t); });
        a->setObjectName(QStringLiteral("actionTheme-") + ChartTheme::key(t));
        a->setCheckable(true);
        a->setChecked(m_area->theme() == t);
        themeGroup->addAction(a);
    }
}

void ChartController::createToolbar(const QList<QWidget *> &textFields)
{
    auto *filter = new ChartShortcutFilter({m_exportChart->shortcut()}, m_window);
    for (QWidget *field : textFields)
        field->installEventFilter(filter);

    auto *toolbar = m_window->addToolBar(MainWindowText::tr("Charts"));
    toolbar->setObjectName(QStringLiteral("chartsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_exportChart);
    toolbar->addAction(m_copyChart);
    toolbar->addAction(m_presentation);
}

// The deck full screen (or, when it is empty or useDeck is false, every chart of the window's
// day and territory, from the chart on screen), on the presentation screen.
void ChartController::present(bool useDeck)
{
    const Database *database = m_window->database();
    if (!database)
        return;
    const QSqlDatabase db = database->connection();
    const QDate day = m_window->currentDay();
    QList<Slide> slides;
    if (useDeck) {
        for (const DeckEntry &e : Deck(db).load()) {
            const auto chart = ChartCatalog::fromKey(e.chart);
            if (!chart)
                continue;
            Slide s;
            s.chart = *chart;
            s.day = e.electionDate.isValid() ? e.electionDate : day;
            s.territoryId = e.territoryId;
            s.metric = ChartCatalog::mapMetricFromKey(
                           QJsonDocument::fromJson(e.options.toUtf8()).object().value(QStringLiteral("metric")).toString())
                           .value_or(MapMetric::Turnout);
            slides.append(s);
        }
    }
    if (slides.isEmpty()) {
        const qint64 country = m_area->data().countryId();
        const qint64 territory = m_window->currentTerritoryId();
        for (ChartId id : ChartCatalog::all()) {
            Slide s;
            s.chart = id;
            s.day = day;
            s.territoryId = territory == country ? 0 : territory;
            s.metric = m_area->mapMetric();
            slides.append(s);
        }
        // Start at the chart on screen.
        const int at = int(ChartCatalog::all().indexOf(m_area->currentChart()));
        if (at > 0)
            std::rotate(slides.begin(), slides.begin() + at, slides.end());
    }
    auto *window = new PresentationWindow(db, slides, m_window);
    connect(m_window, &QObject::destroyed, window, &QWidget::close);
    window->present(presentationScreen(m_window));
}

void ChartController::editDeck()
{
    const Database *database = m_window->database();
    if (!database)
        return;
    DeckDialog dialog(database->connection(), m_window);
    connect(&dialog, &DeckDialog::addCurrentRequested, m_area, &ChartArea::addCurrentChartToDeck);
    bool start = false;
    connect(&dialog, &DeckDialog::presentRequested, m_window, [&start] { start = true; });
    dialog.exec();
    if (start)
        present(true);
}

void ChartController::followAppearance()
{
    // The charts follow the window unless the user chose a chart theme (Charts → Theme).
    QSettings settings;
    const QString key = QStringLiteral("charts/theme");
    if (settings.contains(key) || !m_area)
        return;
    const auto theme = Appearance::isDark() ? ThemeId::Dark : ThemeId::Light;
    m_area->setTheme(theme);
    settings.remove(key);
    if (QAction *a = m_window->findChild<QAction *>(QStringLiteral("actionTheme-") + ChartTheme::key(theme)))
        a->setChecked(true);
}

void ChartController::nameControls()
{
    auto plain = [](QString text) { return text.remove(QLatin1Char('&')); };
    m_area->setAccessibleName(MainWindowText::tr("Charts"));
    for (int i = 0; i < m_area->count(); ++i) {
        const QString name = MainWindowText::tr("%1 — %2").arg(MainWindowText::tr("Charts"), plain(m_area->tabText(i)));
        for (QGraphicsView *view : m_area->widget(i)->findChildren<QGraphicsView *>())
            view->setAccessibleName(name);
    }
}

} // namespace Sailau
