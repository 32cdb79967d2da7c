// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's layout: kept between runs, reset on request, fitted to its texts.
#pragma once

#include <QByteArray>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QSplitter;
class QTableView;
class QTreeView;

namespace Sailau {

class RaceTableModel;
class TerritoryTreeModel;

// The layout of the window: its geometry, docks, toolbar, splitter and race table columns saved
// on closing and restored on the next start; View → Reset Layout puts them back as on the first
// start, and View shows the panels that can be closed. The race columns and the territory panel
// are made as wide as their longest text in the language shown.
class WindowLayout : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QSplitter *splitter;
        QTableView *raceView;
        RaceTableModel *raceModel;
        QTreeView *territoryView;
        TerritoryTreeModel *territoryModel;
        QDockWidget *territoryDock;
        QDockWidget *chartDock;
    };
    WindowLayout(QMainWindow *window, const Parts &parts);

    // View: the panels that can be closed, each reopened from here, and Reset Layout, before anchor.
    void addViewActions(QMenu *view, QAction *anchor);
    // Keeps the layout as built (for Reset Layout), then restores the one saved.
    void restore();
    void save();
    // View → Reset Layout: the docks, toolbar, splitter and table columns as on the first start.
    void reset();
    // Columns and the territory panel as wide as their longest text.
    void fitToContent();

private:
    void fitRaceColumns();

    QMainWindow *m_window;
    Parts m_parts;
    QByteArray m_defaultState, m_defaultSplitter, m_defaultHeader;
};

} // namespace Sailau
