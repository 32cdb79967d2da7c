// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"

#include <QAbstractItemModel>
#include <QDate>

#include <memory>
#include <vector>

namespace Sailau {

// The territory tree: the country → regions and cities of republican significance → districts
// and cities → rural units. Children are read from the store when a node is first opened. With a
// search text the model shows only the territories whose names match (in any language, any
// look-alike spelling) and the path down to them.
class TerritoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RacesColumn, ColumnCount };
    enum Role { TerritoryIdRole = Qt::UserRole + 1, MatchRole, LevelRole };

    explicit TerritoryTreeModel(QObject *parent = nullptr);
    ~TerritoryTreeModel() override;

    void setDatabase(QSqlDatabase db);
    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void reload();

    QModelIndex indexOf(qint64 territoryId) const;
    qint64 territoryId(const QModelIndex &index) const;
    // Loads the path down to a territory so that it can be shown and selected.
    QModelIndex revealTerritory(qint64 territoryId);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        TerritoryInfo info;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        bool loaded = false;
        bool match = false;
    };
    Node *nodeFor(const QModelIndex &index) const;
    int rowOf(const Node *node) const;
    // Reads a node's children the first time anyone asks for them. Nobody has seen them before,
    // so no insert signals are due (the tree holds 200,000 territories at scale: only what is
    // opened is read).
    void loadChildren(Node *node) const;
    void rebuild();
    Node *findNode(Node *from, qint64 id) const;

    QSqlDatabase m_db;
    QDate m_day;
    QString m_search;
    QHash<qint64, int> m_raceCounts; // of m_day, read once per reload
    std::unique_ptr<Node> m_root;   // invisible root; its children are the top level
};

} // namespace Sailau
