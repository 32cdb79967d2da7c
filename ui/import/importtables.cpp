// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of the import dialog: their common look and the editors of their cells.
#include "importtables.h"

#include "importmodels.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableView>

namespace Sailau {

using namespace Import;

QTableView *makeImportTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    view->setAccessibleName(name);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->addItem(Fields::label(Field::Ignore), int(Field::Ignore));
    for (Field f : Fields::all())
        combo->addItem(Fields::label(f), int(f));
    return combo;
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(MappingModel::FieldRole)));
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), MappingModel::FieldRole);
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    for (const QVariant &choice : index.data(TerritoryIssueModel::ChoicesRole).toList()) {
        const QVariantList pair = choice.toList();
        combo->addItem(pair.value(0).toString(), pair.value(1));
    }
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int at = combo->findData(index.data(TerritoryIssueModel::ChoiceIdRole));
    combo->setCurrentIndex(std::max(0, at));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), TerritoryIssueModel::ChoiceIdRole);
}

} // namespace Sailau
