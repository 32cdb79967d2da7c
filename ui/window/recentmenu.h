// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Sailau {

// File → Open Recent: the databases opened lately (RecentFiles), newest first, 1…9 as
// accelerators, the one open now and files gone greyed; Clear Menu forgets them.
class RecentMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentMenu(QWidget *parent = nullptr);
    // The database open now (not offered), or empty.
    void setCurrent(const QString &path);
    // Adds path to the top of the list.
    static void remember(const QString &path);

signals:
    void openRequested(const QString &path);

private:
    void fill();
    QString m_current;
};

} // namespace Sailau
