// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentmenu.h"

#include "recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QIcon>

namespace Sailau {

RecentMenu::RecentMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("recentMenu"));
    setIcon(QIcon(QStringLiteral(":/icons/document-open-recent.svg")));
    connect(this, &QMenu::aboutToShow, this, &RecentMenu::fill);
    fill();
}

void RecentMenu::setCurrent(const QString &path)
{
    m_current = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

void RecentMenu::remember(const QString &path)
{
    RecentFiles::add(path);
}

void RecentMenu::fill()
{
    clear();
    const QStringList paths = RecentFiles::list();
    int number = 0;
    for (const QString &path : paths) {
        ++number;
        const QFileInfo info(path);
        // "&1 sample.sqlite  (/home/…/Documents)"; 1…9 as accelerators.
        QString text = tr("%1  (%2)").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
        text.replace(QLatin1Char('&'), QLatin1String("&&"));
        if (number <= 9)
            text = QStringLiteral("&%1 ").arg(number) + text;
        QAction *action = addAction(text, this, [this, path] { emit openRequested(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(info.exists() && path != m_current);
    }
    if (paths.isEmpty()) {
        QAction *none = addAction(tr("No Recent Databases"));
        none->setEnabled(false);
    }
    addSeparator();
    QAction *clearAction = addAction(tr("&Clear Menu"), this, [] { RecentFiles::clear(); });
    clearAction->setObjectName(QStringLiteral("actionClearRecent"));
    clearAction->setEnabled(!paths.isEmpty());
}

} // namespace Sailau
