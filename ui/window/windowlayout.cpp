// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's layout: saved and restored, reset from the View menu, fitted to its texts.
#include "windowlayout.h"

#include "mainwindowtext.h"
#include "racetablemodel.h"
#include "territorytreemodel.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

namespace Sailau {

WindowLayout::WindowLayout(QMainWindow *window, const Parts &parts)
    : QObject(window)
    , m_window(window)
    , m_parts(parts)
{
    setObjectName(QStringLiteral("windowLayout"));
}

void WindowLayout::addViewActions(QMenu *view, QAction *anchor)
{
    QAction *territories = m_parts.territoryDock->toggleViewAction();
    territories->setText(MainWindowText::tr("Show &Territories"));
    territories->setObjectName(QStringLiteral("actionShowTerritories"));
    territories->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    QAction *charts = m_parts.chartDock->toggleViewAction();
    charts->setObjectName(QStringLiteral("actionShowCharts"));
    view->insertAction(anchor, territories);
    view->insertAction(anchor, charts);
    if (auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("chartsToolbar"))) {
        QAction *bar = toolbar->toggleViewAction();
        bar->setText(MainWindowText::tr("Show Chart &Toolbar"));
        bar->setObjectName(QStringLiteral("actionShowChartToolbar"));
        view->insertAction(anchor, bar);
    }
    QAction *reset = new QAction(MainWindowText::tr("Reset &Layout"), m_window);
    reset->setObjectName(QStringLiteral("actionResetLayout"));
    reset->setStatusTip(MainWindowText::tr("Show every panel again where it was on the first start."));
    connect(reset, &QAction::triggered, this, &WindowLayout::reset);
    view->insertAction(anchor, reset);
    view->insertSeparator(territories);
}

void WindowLayout::restore()
{
    // The layout as built, for View → Reset Layout.
    m_defaultState = m_window->saveState();
    m_defaultSplitter = m_parts.splitter->saveState();
    m_defaultHeader = m_parts.raceView->horizontalHeader()->saveState();
    QSettings settings;
    if (!m_window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first start: a roomy window, but never larger than the screen (laptops: 1280 × 800).
        QSize size(1400, 860);
        if (const QScreen *s = m_window->screen())
            size = size.boundedTo(s->availableSize() * 0.94);
        m_window->resize(size);
    }
    m_window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_parts.splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    QHeaderView *header = m_parts.raceView->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("window/raceHeader")).toByteArray()))
        m_parts.raceModel->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    fitToContent();
}

void WindowLayout::save()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), m_window->saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_parts.splitter->saveState());
    settings.setValue(QStringLiteral("window/raceHeader"), m_parts.raceView->horizontalHeader()->saveState());
}

void WindowLayout::reset()
{
    if (m_window->isFullScreen())
        m_window->showNormal();
    m_window->restoreState(m_defaultState);
    for (QDockWidget *dock : {m_parts.territoryDock, m_parts.chartDock}) {
        dock->setFloating(false);
        dock->show();
    }
    if (auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("chartsToolbar")))
        toolbar->show();
    m_window->resizeDocks({m_parts.chartDock}, {400}, Qt::Vertical);
    m_parts.splitter->restoreState(m_defaultSplitter);
    m_parts.raceView->horizontalHeader()->restoreState(m_defaultHeader);
    fitToContent();
    m_window->statusBar()->showMessage(MainWindowText::tr("The layout is as on the first start."), 5000);
}

// No header of the races is cut short (Kazakh and Russian headers are longer than the English ones).
void WindowLayout::fitRaceColumns()
{
    QHeaderView *header = m_parts.raceView->horizontalHeader();
    const QFontMetrics hfm(header->font());
    const int headerMargins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
                              + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + 12;
    for (int section = 0; section < m_parts.raceModel->columnCount(); ++section) {
        const QString text = m_parts.raceModel->headerData(section, Qt::Horizontal).toString();
        const int needed = hfm.horizontalAdvance(text) + headerMargins;
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

// Columns and the territory panel as wide as their longest text in the language shown (Kazakh
// and Russian headers and region names are longer than the English ones): a header or a region
// is never cut short at the default window size.
void WindowLayout::fitToContent()
{
    fitRaceColumns();

    // The tree: the country and its regions whole, and the count column beside them.
    QTreeView *tree = m_parts.territoryView;
    const TerritoryTreeModel *model = m_parts.territoryModel;
    const QFontMetrics tfm(tree->font());
    const int itemMargins = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1) + 6;
    int name = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex country = model->index(row, 0);
        name = std::max(name, tfm.horizontalAdvance(country.data().toString()) + tree->indentation());
        for (int r = 0; r < model->rowCount(country); ++r)
            name = std::max(name, tfm.horizontalAdvance(model->index(r, 0, country).data().toString())
                                      + 2 * tree->indentation());
    }
    if (name == 0)
        return;
    const int count = std::max({tfm.horizontalAdvance(QStringLiteral("00,000")) + itemMargins,
                                tree->header()->sectionSizeHint(TerritoryTreeModel::RacesColumn)});
    const int scrollBar = tree->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, tree);
    const int frame = 2 * tree->frameWidth() + 8 + 8;   // the view's frame and the pane's margins
    const int wanted = name + itemMargins + count + scrollBar + frame;
    QDockWidget *dock = m_parts.territoryDock;
    if (dock->width() < wanted && !dock->isFloating())
        m_window->resizeDocks({dock}, {wanted}, Qt::Horizontal);
    tree->setMinimumWidth(std::min(wanted - 8, 440));
}

} // namespace Sailau
