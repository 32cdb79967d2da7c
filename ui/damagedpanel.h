// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Sailau {

class DatabaseHealth;

// What the window shows in place of the races when its database file is damaged: what happened,
// naming the file, and what can be done (open another database, restore the backup, create a
// new database), with the technical detail last.
class DamagedPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DamagedPanel(QWidget *parent = nullptr);
    void display(const DatabaseHealth &health);

signals:
    void openRequested();
    void restoreRequested();
    void newRequested();

private:
    QLabel *m_title;
    QLabel *m_message;
    QPushButton *m_open;
    QPushButton *m_restore;
    QPushButton *m_new;
};

} // namespace Sailau
