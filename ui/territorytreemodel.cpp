// SPDX-License-Identifier: GPL-3.0-or-later
#include "territorytreemodel.h"
#include "appearance.h"

#include "format.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <functional>
#include <QSet>

namespace Sailau {

TerritoryTreeModel::TerritoryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->loaded = true;
}

TerritoryTreeModel::~TerritoryTreeModel() = default;

void TerritoryTreeModel::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    reload();
}

void TerritoryTreeModel::setDay(const QDate &day)
{
    if (day == m_day)
        return;
    m_day = day;
    reload();
}

void TerritoryTreeModel::setSearchText(const QString &text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    reload();
}

void TerritoryTreeModel::reload()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void TerritoryTreeModel::rebuild()
{
    m_root = std::make_unique<Node>();
    m_root->loaded = true;
    m_raceCounts.clear();
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    const Store store(m_db);
    m_raceCounts = store.raceCounts(m_day);
    if (m_search.isEmpty()) {
        m_root->loaded = false; // read on first use
        return;
    }
    // Search: the matches and every ancestor of them, fully loaded.
    const QList<TerritoryInfo> matches = store.findTerritories(m_search);
    QSet<qint64> matchIds;
    QSet<qint64> wanted;
    for (const TerritoryInfo &t : matches) {
        matchIds.insert(t.id);
        for (qint64 id : Store::pathIds(t.path))
            wanted.insert(id);
    }
    std::function<void(Node *)> fill = [&](Node *node) {
        const QList<TerritoryInfo> children = store.territoryChildren(node == m_root.get() ? 0 : node->info.id, m_raceCounts);
        for (const TerritoryInfo &child : children) {
            if (!wanted.contains(child.id))
                continue;
            auto n = std::make_unique<Node>();
            n->info = child;
            n->parent = node;
            n->match = matchIds.contains(child.id);
            n->loaded = true;
            Node *raw = n.get();
            node->children.push_back(std::move(n));
            fill(raw);
        }
        node->loaded = true;
    };
    fill(m_root.get());
}

void TerritoryTreeModel::loadChildren(Node *node) const
{
    if (node->loaded)
        return;
    node->loaded = true;
    if (!m_db.isValid() || !m_db.isOpen() || (node != m_root.get() && node->info.childCount == 0))
        return;
    const Store store(m_db);
    const QList<TerritoryInfo> children = store.territoryChildren(node == m_root.get() ? 0 : node->info.id, m_raceCounts);
    for (const TerritoryInfo &child : children) {
        auto n = std::make_unique<Node>();
        n->info = child;
        n->parent = node;
        node->children.push_back(std::move(n));
    }
}

TerritoryTreeModel::Node *TerritoryTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

int TerritoryTreeModel::rowOf(const Node *node) const
{
    const Node *parent = node->parent;
    for (size_t i = 0; i < parent->children.size(); ++i) {
        if (parent->children[i].get() == node)
            return int(i);
    }
    return -1;
}

QModelIndex TerritoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    Node *p = nodeFor(parent);
    loadChildren(p);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex TerritoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *node = nodeFor(child);
    Node *parent = node->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(rowOf(parent), 0, parent);
}

int TerritoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    Node *node = nodeFor(parent);
    loadChildren(node);
    return int(node->children.size());
}

int TerritoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool TerritoryTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeFor(parent);
    if (node->loaded || !parent.isValid())
        return rowCount(parent) > 0;
    return node->info.childCount > 0;
}

QVariant TerritoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    const TerritoryInfo &t = node->info;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return t.displayName();
        return t.raceCount > 0 ? Format::count(t.raceCount) : QString();
    case Qt::ToolTipRole: {
        QStringList names;
        for (const QString &n : {t.nameKk, t.nameRu, t.nameEn}) {
            if (!n.isEmpty() && !names.contains(n))
                names.append(n);
        }
        QString tip = names.isEmpty() ? t.name : names.join(QStringLiteral(" · "));
        tip += QLatin1Char('\n') + Format::levelName(t.level);
        if (!t.kato.isEmpty())
            tip += QLatin1Char('\n') + tr("KATO %1").arg(t.kato);
        tip += QLatin1Char('\n') + tr("%Ln race(s) on the chosen day", nullptr, t.raceCount);
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == RacesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Territories without a race on the chosen day are shown, but quieter.
        if (t.raceCount == 0 && m_day.isValid())
            return Appearance::mutedText();
        return {};
    case Qt::FontRole:
        if (node->match && index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case TerritoryIdRole:
        return t.id;
    case MatchRole:
        return node->match;
    case LevelRole:
        return t.level;
    default:
        return {};
    }
}

QVariant TerritoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Territory") : tr("Races");
}

qint64 TerritoryTreeModel::territoryId(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->info.id : 0;
}

TerritoryTreeModel::Node *TerritoryTreeModel::findNode(Node *from, qint64 id) const
{
    for (const auto &child : from->children) {
        if (child->info.id == id)
            return child.get();
        if (Node *found = findNode(child.get(), id))
            return found;
    }
    return nullptr;
}

QModelIndex TerritoryTreeModel::indexOf(qint64 territoryId) const
{
    Node *node = findNode(m_root.get(), territoryId);
    if (!node)
        return {};
    return createIndex(rowOf(node), 0, node);
}

QModelIndex TerritoryTreeModel::revealTerritory(qint64 territoryId)
{
    const auto t = Store(m_db).territory(territoryId);
    if (!t)
        return {};
    QModelIndex parentIndex;
    for (qint64 id : Store::pathIds(t->path)) {
        Node *parentNode = nodeFor(parentIndex);
        loadChildren(parentNode);
        QModelIndex found;
        for (size_t i = 0; i < parentNode->children.size(); ++i) {
            if (parentNode->children[i]->info.id == id) {
                found = createIndex(int(i), 0, parentNode->children[i].get());
                break;
            }
        }
        if (!found.isValid())
            return {};
        parentIndex = found;
    }
    return parentIndex;
}

} // namespace Sailau
