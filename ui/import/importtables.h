// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of the import dialog: their common look, and the editors of the columns' fields and
// of the territory choices.
#pragma once

#include <QStyledItemDelegate>

class QTableView;

namespace Sailau {

// A table of the import dialog: whole rows selected, Tab leaves it, named for a screen reader.
QTableView *makeImportTable(QWidget *parent, const QString &name);

// The field of a mapping row, chosen from a list.
class FieldDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

// What to do with a territory name, chosen from the model's list of choices.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Sailau
