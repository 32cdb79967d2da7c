// SPDX-License-Identifier: GPL-3.0-or-later
// File → Open Database, New Database and Load the Bundled Sample.
#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace Sailau {

class DatabaseHealth;
class MainWindow;

// The database the window shows, chosen from the File menu: another file opened (a damaged one
// is shown as such by the window), a new one created beside the current one, or the bundled
// sample loaded into the one open.
class DatabaseActions : public QObject
{
    Q_OBJECT
public:
    DatabaseActions(MainWindow *window, DatabaseHealth *health);

    // File → Open Database and New Database; returns New Database.
    QAction *addOpenActions(QMenu *file);
    // File → Load the Bundled Sample.
    void addSampleAction(QMenu *file);
    // The sample is offered while the database open has none and can be written.
    void setSampleEnabled(bool enabled);

    void openDatabase();
    void newDatabase();
    void loadSample();

signals:
    // The sample was loaded into the database open.
    void sampleLoaded();

private:
    MainWindow *m_window;
    DatabaseHealth *m_health;
    QAction *m_loadSample = nullptr;
};

} // namespace Sailau
