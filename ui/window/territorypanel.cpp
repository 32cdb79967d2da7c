// SPDX-License-Identifier: GPL-3.0-or-later
// The territory panel: the search box and the tree of territories.
#include "territorypanel.h"

#include "mainwindowtext.h"
#include "territorytreemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace Sailau {

TerritoryPanel::TerritoryPanel(TerritoryTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("territorySearch"));
    m_search->setPlaceholderText(MainWindowText::tr("Find a region or district (Қазақша, Русский, English)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(MainWindowText::tr("Find a territory"));
    layout->addWidget(m_search);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("territoryView"));
    m_view->setAccessibleName(MainWindowText::tr("Territories"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TerritoryTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TerritoryTreeModel::RacesColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_view);

    // Typing waits for a pause before it queries.
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &TerritoryPanel::searchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &TerritoryPanel::takeFirstMatch);
}

QString TerritoryPanel::searchText() const
{
    return m_search->text();
}

void TerritoryPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

// Enter takes the first match.
void TerritoryPanel::takeFirstMatch()
{
    m_timer->stop();
    m_model->setSearchText(m_search->text());
    m_view->expandAll();
    std::function<QModelIndex(const QModelIndex &)> firstMatch = [&](const QModelIndex &parent) -> QModelIndex {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (index.data(TerritoryTreeModel::MatchRole).toBool())
                return index;
            const QModelIndex below = firstMatch(index);
            if (below.isValid())
                return below;
        }
        return {};
    };
    const QModelIndex match = firstMatch({});
    if (match.isValid()) {
        m_view->setCurrentIndex(match);
        m_view->setFocus();
    }
}

} // namespace Sailau
