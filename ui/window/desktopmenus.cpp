// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's desktop menus: Open Recent, Language, Appearance, Help, and the action icons.
#include "desktopmenus.h"

#include "aboutdialog.h"
#include "appearance.h"
#include "databasehealth.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "mainwindowtext.h"
#include "recentfiles.h"
#include "recentmenu.h"
#include "userguide.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace Sailau {

DesktopMenus::DesktopMenus(MainWindow *window, DatabaseHealth *health)
    : QObject(window)
    , m_window(window)
    , m_health(health)
{
    setObjectName(QStringLiteral("desktopMenus"));
}

QIcon DesktopMenus::icon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

void DesktopMenus::addRecentMenu(QMenu *file, QAction *before)
{
    m_recentMenu = new RecentMenu(file);
    file->insertMenu(before, m_recentMenu);
    connect(m_recentMenu, &RecentMenu::openRequested, this, &DesktopMenus::openRecent);
}

void DesktopMenus::setCurrentDatabase(const QString &path)
{
    m_recentMenu->setCurrent(path);
}

void DesktopMenus::openRecent(const QString &path)
{
    QString error;
    if (m_window->openFile(path, &error) || m_health->isDamaged())
        return;
    const auto answer = QMessageBox::question(
        m_window, MainWindowText::tr("Cannot Open Database"),
        MainWindowText::tr("%1\n\n%2\n\nRemove it from the recent databases?").arg(QDir::toNativeSeparators(path), error),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        RecentFiles::remove(path);
}

void DesktopMenus::addLanguageAndAppearance(QMenu *view)
{
    auto *language = new LanguageMenu(view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, &DesktopMenus::languageChosen);
    addAppearanceMenu(view);
}

void DesktopMenus::addAppearanceMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(MainWindowText::tr("&Appearance"));
    menu->setObjectName(QStringLiteral("appearanceMenu"));
    menu->setIcon(icon(QStringLiteral("appearance")));
    auto *group = new QActionGroup(menu);
    for (Appearance::Mode mode : {Appearance::Mode::System, Appearance::Mode::Light, Appearance::Mode::Dark}) {
        QAction *a = menu->addAction(Appearance::name(mode), this, [this, mode] {
            Appearance::saveMode(mode);
            Appearance::apply(mode);
            emit appearanceChanged();
        });
        a->setObjectName(QStringLiteral("actionAppearance-") + Appearance::key(mode));
        a->setCheckable(true);
        a->setChecked(mode == Appearance::current());
        group->addAction(a);
    }
}

void DesktopMenus::addHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(MainWindowText::tr("&Help"));
    QAction *guide = help->addAction(MainWindowText::tr("Sailau &User Guide"), this, &DesktopMenus::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    help->addSeparator();
    QAction *aboutAction = help->addAction(MainWindowText::tr("&About Sailau"), this, &DesktopMenus::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(MainWindowText::tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void DesktopMenus::showUserGuide()
{
    if (auto *open = m_window->findChild<UserGuide *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *guide = new UserGuide(m_window);
    guide->show();
}

void DesktopMenus::about()
{
    AboutDialog dialog(m_window);
    dialog.exec();
}

void DesktopMenus::applyIcons()
{
    auto set = [this](const char *action, const char *name) {
        if (QAction *a = m_window->findChild<QAction *>(QString::fromLatin1(action)))
            a->setIcon(icon(QString::fromLatin1(name)));
    };
    set("actionOpen", "document-open");
    set("actionNew", "document-new");
    set("actionImport", "document-import");
    set("actionExportChart", "document-export");
    set("actionCopyChart", "edit-copy");
    set("actionPresentation", "presentation");
    set("actionFullScreen", "view-fullscreen");
    set("actionFind", "edit-find");
    set("actionUserGuide", "help-contents");
    set("actionAbout", "sailau");
}

} // namespace Sailau
