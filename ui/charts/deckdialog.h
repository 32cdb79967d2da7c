// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deck.h"

#include <QDialog>
#include <QSqlDatabase>

class QListWidget;
class QPushButton;

namespace Sailau::Charts {

// The presenter's deck: the charts of a talk in order, kept in the database. Add the chart on
// screen, move entries up or down, remove them, and start the presentation.
class DeckDialog : public QDialog
{
    Q_OBJECT
public:
    DeckDialog(QSqlDatabase db, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QList<DeckEntry> entries() const { return m_entries; }
    void reload();
    void moveCurrent(int step);
    void removeCurrent();

    // A line for people: "Turnout by race — Atyrau — 5 Nov 2023".
    static QString describe(const DeckEntry &entry, QSqlDatabase db);

signals:
    void addCurrentRequested();
    void presentRequested();

private:
    void updateButtons();
    QSqlDatabase m_db;
    QList<DeckEntry> m_entries;
    QListWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QPushButton *m_present;
};

} // namespace Sailau::Charts
