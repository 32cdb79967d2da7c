// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's chart side: the chart dock, the Charts menu and toolbar, the presentation.
#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMenu;
class QWidget;

namespace Sailau {

class MainWindow;
namespace Charts {
class ChartArea;
}

// The chart side of the window: a dock with the chart panels (ChartArea), linked with the tables
// both ways (the day, territory and race chosen in the window drive the charts; a race or a
// territory activated in a chart is chosen in the window), the Charts menu (export, copy, the
// presentation and its deck, the presentation screen, the chart theme) and the Charts toolbar.
class ChartController : public QObject
{
    Q_OBJECT
public:
    // textFields: the window's line edits, where the chart's export key must not be taken as
    // "end of line".
    ChartController(MainWindow *window, const QList<QWidget *> &textFields);

    Charts::ChartArea *area() const { return m_area; }
    QDockWidget *dock() const { return m_dock; }
    // The charts follow the window's appearance unless the user chose a chart theme.
    void followAppearance();
    // Names for a screen reader on the charts and their tabs.
    void nameControls();

private:
    void createDock();
    void link();
    void createMenu();
    void addExportActions(QMenu *menu);
    void addPresentationActions(QMenu *menu);
    void addScreenMenu(QMenu *menu);
    void addThemeMenu(QMenu *menu);
    void createToolbar(const QList<QWidget *> &textFields);
    void ensureVisible();
    void present(bool useDeck);
    void editDeck();

    MainWindow *m_window;
    Charts::ChartArea *m_area = nullptr;
    QDockWidget *m_dock = nullptr;
    QAction *m_exportChart = nullptr;
    QAction *m_copyChart = nullptr;
    QAction *m_presentation = nullptr;
};

} // namespace Sailau
