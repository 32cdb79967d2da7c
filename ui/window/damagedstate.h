// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's damaged state: what it shows, hides and refuses while its file is damaged.
#pragma once

#include <QObject>

#include <memory>

class QStackedWidget;
class QWidget;

namespace Sailau {

class DamagedPanel;
class Database;
class DatabaseHealth;
class MainWindow;

// While the window's database file is damaged: DamagedPanel in place of the races and details
// (what happened, and another database, the backup or a new database to go on with), the docks
// and the chart toolbar hidden, the Edit and Charts menus off, and the damaged database kept
// open, no longer read, until another is used. Restoring the backup puts it in the file's place.
class DamagedState : public QObject
{
    Q_OBJECT
public:
    // central: the window's central stack, whose first page (the races and details) the panel
    // replaces.
    DamagedState(MainWindow *window, QStackedWidget *central, DatabaseHealth *health);

    DamagedPanel *panel() const { return m_panel; }
    bool isShown() const;
    // Keeps the damaged database open (a dialog may hold it) until another is used.
    void retire(std::unique_ptr<Database> database);
    void releaseRetired();
    // Shows the panel in place of the races; the parts given (docks, toolbar) hidden.
    void show(const QList<QWidget *> &parts);
    // Shows the races again, with the parts hidden for the damage.
    void leave();
    // Puts the newest backup of the damaged file in its place (the damaged file kept aside as
    // <file>.damaged-<time>) and opens it; asks first when ask is true.
    bool restoreBackup(bool ask);

private:
    void enableMenus(bool enabled);

    MainWindow *m_window;
    QStackedWidget *m_central;
    DatabaseHealth *m_health;
    DamagedPanel *m_panel;
    QList<QWidget *> m_hidden;
    std::unique_ptr<Database> m_retired;
};

} // namespace Sailau
