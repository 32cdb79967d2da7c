// SPDX-License-Identifier: GPL-3.0-or-later
// The territory panel of the main window: a search box above the tree of territories.
#pragma once

#include <QWidget>

class QLineEdit;
class QTimer;
class QTreeView;

namespace Sailau {

class TerritoryTreeModel;

// The territories of the database as a tree (each with its race count), and a search box that
// finds a region or district by any of its names (Kazakh, Russian, English). Typing waits for a
// pause before the window searches; Enter searches at once and takes the first match.
class TerritoryPanel : public QWidget
{
    Q_OBJECT
public:
    TerritoryPanel(TerritoryTreeModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QString searchText() const;
    // Edit → Find Territory.
    void focusSearch();

signals:
    // The search text changed, and typing paused.
    void searchChanged();

private:
    void takeFirstMatch();

    TerritoryTreeModel *m_model;
    QLineEdit *m_search;
    QTreeView *m_view;
    QTimer *m_timer;
};

} // namespace Sailau
