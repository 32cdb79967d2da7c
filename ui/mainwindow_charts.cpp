// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's chart area: a dock with the chart panels, linked with the tables both ways,
// the Charts menu and toolbar, and the presentation.
#include "mainwindow.h"

#include "charts/chartarea.h"
#include "charts/deckdialog.h"
#include "charts/presentationwindow.h"
#include "deck.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace Sailau {

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

void MainWindow::createChartArea()
{
    using namespace Charts;
    m_chartArea = new ChartArea(this);
    m_chartArea->setObjectName(QStringLiteral("chartArea"));
    m_chartDock = new QDockWidget(tr("Charts"), this);
    m_chartDock->setObjectName(QStringLiteral("chartDock"));
    m_chartDock->setWidget(m_chartArea);
    m_chartDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                             | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartDock);
    resizeDocks({m_chartDock}, {400}, Qt::Vertical);

    // Linked selection: the tables drive the charts and the charts drive the tables.
    connect(this, &MainWindow::scopeChanged, m_chartArea, [this](const QDate &day, qint64 territoryId) {
        const QSqlDatabase db = m_database ? m_database->connection() : QSqlDatabase();
        const bool newDatabase = db.connectionName() != m_chartArea->database().connectionName()
                                 || !m_chartArea->database().isValid();
        if (newDatabase)
            m_chartArea->setDatabase(db);
        if (!db.isValid())
            return;
        if (newDatabase || day != m_chartArea->data().day() || territoryId != m_chartArea->data().territoryId()
            || m_chartArea->data().countryId() == 0)
            m_chartArea->setScope(day, territoryId);
        m_chartArea->setCurrentRace(m_raceId);
    });
    connect(this, &MainWindow::raceSelected, m_chartArea, &ChartArea::setCurrentRace);
    connect(m_chartArea, &ChartArea::raceActivated, this, [this](qint64 raceId) { selectRace(raceId); });
    connect(m_chartArea, &ChartArea::territoryActivated, this, [this](qint64 territoryId) { selectTerritory(territoryId); });
    connect(m_chartArea, &ChartArea::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    // The Charts menu, before Help.
    auto *menu = new QMenu(tr("&Charts"), this);
    menu->setObjectName(QStringLiteral("chartsMenu"));
    const QList<QAction *> top = menuBar()->actions();
    if (!top.isEmpty())
        menuBar()->insertMenu(top.last(), menu);
    else
        menuBar()->addMenu(menu);

    auto ensureVisible = [this] {
        m_chartDock->show();
        m_chartDock->raise();
    };
    QAction *exportChart = menu->addAction(tr("&Export Chart…"), this, [this, ensureVisible] {
        ensureVisible();
        m_chartArea->exportCurrentChart();
    });
    exportChart->setObjectName(QStringLiteral("actionExportChart"));
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportChart->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    QAction *copyChart = menu->addAction(tr("&Copy Chart"), m_chartArea, &ChartArea::copyCurrentChart);
    copyChart->setObjectName(QStringLiteral("actionCopyChart"));
    copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *exportAll = menu->addAction(tr("Export &All Charts…"), m_chartArea, &ChartArea::exportAllCharts);
    exportAll->setObjectName(QStringLiteral("actionExportAllCharts"));
    menu->addSeparator();

    auto present = [this](bool useDeck) {
        if (!m_database)
            return;
        const QSqlDatabase db = m_database->connection();
        QList<Slide> slides;
        if (useDeck) {
            for (const DeckEntry &e : Deck(db).load()) {
                const auto chart = ChartCatalog::fromKey(e.chart);
                if (!chart)
                    continue;
                Slide s;
                s.chart = *chart;
                s.day = e.electionDate.isValid() ? e.electionDate : m_day;
                s.territoryId = e.territoryId;
                s.metric = ChartCatalog::mapMetricFromKey(
                               QJsonDocument::fromJson(e.options.toUtf8()).object().value(QStringLiteral("metric")).toString())
                               .value_or(MapMetric::Turnout);
                slides.append(s);
            }
        }
        if (slides.isEmpty()) {
            const qint64 country = m_chartArea->data().countryId();
            for (ChartId id : ChartCatalog::all()) {
                Slide s;
                s.chart = id;
                s.day = m_day;
                s.territoryId = m_territoryId == country ? 0 : m_territoryId;
                s.metric = m_chartArea->mapMetric();
                slides.append(s);
            }
            // Start at the chart on screen.
            const int at = int(ChartCatalog::all().indexOf(m_chartArea->currentChart()));
            if (at > 0)
                std::rotate(slides.begin(), slides.begin() + at, slides.end());
        }
        auto *window = new PresentationWindow(db, slides, this);
        connect(this, &QObject::destroyed, window, &QWidget::close);
        window->present(presentationScreen(this));
    };
    QAction *presentation = menu->addAction(tr("&Presentation"), this, [present] { present(true); });
    presentation->setObjectName(QStringLiteral("actionPresentation"));
    presentation->setShortcut(QKeySequence(Qt::Key_F5));
    presentation->setToolTip(tr("Present the deck full screen, or every chart when the deck is empty (F5)"));
    presentation->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    QAction *presentAll = menu->addAction(tr("Present All C&harts"), this, [present] { present(false); });
    presentAll->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    QAction *addToDeck = menu->addAction(tr("Add Chart to &Deck"), m_chartArea, &ChartArea::addCurrentChartToDeck);
    addToDeck->setObjectName(QStringLiteral("actionAddToDeck"));
    QAction *editDeck = menu->addAction(tr("Edit De&ck…"), this, [this, present] {
        if (!m_database)
            return;
        DeckDialog dialog(m_database->connection(), this);
        connect(&dialog, &DeckDialog::addCurrentRequested, m_chartArea, &ChartArea::addCurrentChartToDeck);
        bool start = false;
        connect(&dialog, &DeckDialog::presentRequested, this, [&start] { start = true; });
        dialog.exec();
        if (start)
            present(true);
    });
    editDeck->setObjectName(QStringLiteral("actionEditDeck"));

    QMenu *screens = menu->addMenu(tr("Presentation &Screen"));
    connect(screens, &QMenu::aboutToShow, this, [this, screens] {
        screens->clear();
        auto *group = new QActionGroup(screens);
        const QString chosen = presentationScreen(this)->name();
        for (QScreen *s : QGuiApplication::screens()) {
            QAction *a = screens->addAction(tr("%1 (%2 × %3)").arg(s->name()).arg(s->size().width()).arg(s->size().height()));
            a->setCheckable(true);
            a->setChecked(s->name() == chosen);
            group->addAction(a);
            const QString name = s->name();
            connect(a, &QAction::triggered, this, [name] { QSettings().setValue(QStringLiteral("charts/presentationScreen"), name); });
        }
    });
    menu->addSeparator();

    QMenu *themes = menu->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    for (ThemeId t : {ThemeId::Light, ThemeId::Dark, ThemeId::Presentation}) {
        QAction *a = themes->addAction(ChartTheme::name(t), m_chartArea, [this, t] { m_chartArea->setTheme(t); });
        a->setObjectName(QStringLiteral("actionTheme-") + ChartTheme::key(t));
        a->setCheckable(true);
        a->setChecked(m_chartArea->theme() == t);
        themeGroup->addAction(a);
    }
    menu->addSeparator();
    QAction *show = m_chartDock->toggleViewAction();
    show->setText(tr("Show C&harts"));
    show->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    menu->addAction(show);

    auto *filter = new ChartShortcutFilter({exportChart->shortcut()}, this);
    m_territorySearch->installEventFilter(filter);
    m_raceFilter->installEventFilter(filter);

    auto *toolbar = addToolBar(tr("Charts"));
    toolbar->setObjectName(QStringLiteral("chartsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(exportChart);
    toolbar->addAction(copyChart);
    toolbar->addAction(presentation);
}

} // namespace Sailau
