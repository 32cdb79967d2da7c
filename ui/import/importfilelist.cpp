// SPDX-License-Identifier: GPL-3.0-or-later
// The files of one import step: the list above the import dialog's pages, with Add and Remove.
#include "importfilelist.h"

#include "importdialogtext.h"

#include "format.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sailau {

using namespace Import;

namespace {

// What the last check or import found in one file: its errors, or what it gives.
QString stateOf(const ImportReport &r)
{
    const int errors = r.errors();
    return errors > 0 ? ImportDialogText::tr("%n error(s)", nullptr, errors)
         : r.summary.publishedFigures > 0 ? ImportDialogText::tr("%n published figure(s)", nullptr, r.summary.publishedFigures)
                                          : ImportDialogText::tr("%1 (%2 new, %3 completed)")
                                                .arg(ImportDialogText::tr("%Ln race(s)", nullptr, r.summary.races),
                                                     Format::count(r.summary.racesNew),
                                                     Format::count(r.summary.racesUpdated));
}

} // namespace

ImportFileList::ImportFileList(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(ImportDialogText::tr("Files imported &together, in this order:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("importFiles"));
    m_list->setAccessibleName(ImportDialogText::tr("Files to import together"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 4 + 12);
    label->setBuddy(m_list);
    auto *labelColumn = new QVBoxLayout;
    labelColumn->addWidget(label);
    labelColumn->addStretch(1);
    row->addLayout(labelColumn);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(ImportDialogText::tr("&Add Files…"), this);
    m_remove = new QPushButton(ImportDialogText::tr("&Remove"), this);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    row->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ImportFileList::addRequested);
    connect(m_remove, &QPushButton::clicked, this, &ImportFileList::removeRequested);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit fileSelected(row);
    });
    hide();
}

void ImportFileList::fill(const QStringList &paths, const QList<ImportReport> &reports, int current)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int i = 0; i < paths.size(); ++i) {
        const QString name = QFileInfo(paths.at(i)).fileName();
        QString state;
        if (i < reports.size())
            state = stateOf(reports.at(i));
        else if (!reports.isEmpty())
            state = ImportDialogText::tr("not read: a file before it was refused");
        m_list->addItem(state.isEmpty() ? ImportDialogText::tr("%1. %2").arg(i + 1).arg(name)
                                        : ImportDialogText::tr("%1. %2 — %3").arg(i + 1).arg(name, state));
        m_list->item(i)->setToolTip(QDir::toNativeSeparators(paths.at(i)));
    }
    if (current >= 0)
        m_list->setCurrentRow(current);
    setVisible(paths.size() > 1);
    m_remove->setEnabled(paths.size() > 1);
}

void ImportFileList::setCurrent(int index)
{
    if (m_list->currentRow() != index) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(index);
    }
}

} // namespace Sailau
