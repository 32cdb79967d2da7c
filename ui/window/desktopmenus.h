// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a desktop program: its recent databases, language, appearance and help.
#pragma once

#include <QObject>

class QAction;
class QIcon;
class QMenu;

namespace Sailau {

class DatabaseHealth;
class MainWindow;
class RecentMenu;

// Builds and owns the window's desktop menus: File → Open Recent (RecentMenu; a database that no
// longer opens can be forgotten), View → Language (LanguageMenu) and View → Appearance (system,
// light or dark), Help (the user guide, About Sailau, About Qt), and the icons of the actions.
class DesktopMenus : public QObject
{
    Q_OBJECT
public:
    // health: the window's, which says whether a refused file was shown as damaged.
    DesktopMenus(MainWindow *window, DatabaseHealth *health);

    // File → Open Recent, before the action given.
    void addRecentMenu(QMenu *file, QAction *before);
    // The database open now (not offered by Open Recent), or empty.
    void setCurrentDatabase(const QString &path);
    // View → Language and View → Appearance.
    void addLanguageAndAppearance(QMenu *view);
    // The Help menu, last in the menu bar.
    void addHelpMenu();
    // The icons of the window's actions (found by their object names).
    void applyIcons();

signals:
    // A language was chosen: its code, or empty for the system's.
    void languageChosen(const QString &code);
    // The appearance changed: the charts and the links of the window take its colours again.
    void appearanceChanged();

private:
    static QIcon icon(const QString &name);
    void openRecent(const QString &path);
    void addAppearanceMenu(QMenu *view);
    void showUserGuide();
    void about();

    MainWindow *m_window;
    DatabaseHealth *m_health;
    RecentMenu *m_recentMenu = nullptr;
};

} // namespace Sailau
