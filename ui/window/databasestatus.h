// SPDX-License-Identifier: GPL-3.0-or-later
// What the main window says of its database: the window title and the status bar.
#pragma once

#include <QObject>

#include <optional>

class QLabel;
class QMainWindow;

namespace Sailau {

class Database;
class DatabaseHealth;
class RaceTableModel;
struct DatabaseCounts;

// The database open, as the window names it: in the title (its file name, read-only or damaged)
// and in the status bar (its path, and the races shown of how many, with its candidates and
// territories; "reading races…" while a large day is read).
class DatabaseStatus : public QObject
{
    Q_OBJECT
public:
    // Adds the file and count labels to the window's status bar.
    DatabaseStatus(QMainWindow *window, DatabaseHealth *health);

    // Shows database (or none, or the damaged file) in the status bar; returns its counts.
    std::optional<DatabaseCounts> showStatus(const Database *database, const RaceTableModel &races);
    void showTitle(const Database *database);

private:
    QMainWindow *m_window;
    DatabaseHealth *m_health;
    QLabel *m_fileLabel;
    QLabel *m_countLabel;
};

} // namespace Sailau
