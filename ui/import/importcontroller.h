// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Sailau {

class Database;
class DatabaseHealth;

// The window's import: File → Import Results (and CSV or XLSX files dropped onto the window)
// opens the import dialog; File → Import History lists the imports and undoes one. Refused while
// the database is read-only or damaged; damage the import's own check finds is reported to the
// window's DatabaseHealth.
class ImportController : public QObject
{
    Q_OBJECT
public:
    using DatabaseSource = std::function<Database *()>;
    // window: the dialogs' parent and the drop target; database: the database open now (or null).
    ImportController(QWidget *window, DatabaseHealth *health, DatabaseSource database);

    // Adds Import Results and Import History to the menu.
    void addActions(QMenu *file);
    // Enables the actions for the database open now.
    void update();
    // Opens the import dialog, on path when given.
    void importFile(const QString &path = {});
    // Opens the import dialog on several files, imported together in one step.
    void importFiles(const QStringList &paths);
    void showHistory();

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // An import or an undo changed the database; day: the day the import was for, if any.
    void databaseChanged(const QDate &day);
    void message(const QString &text, int timeoutMs);

private:
    bool writable() const;

    QWidget *m_window;
    DatabaseHealth *m_health;
    DatabaseSource m_database;
    QAction *m_import = nullptr;
    QAction *m_history = nullptr;
};

} // namespace Sailau
