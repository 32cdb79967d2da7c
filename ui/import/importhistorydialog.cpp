// SPDX-License-Identifier: GPL-3.0-or-later
#include "importhistorydialog.h"

#include "database.h"
#include "importer.h"
#include "importmodels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Sailau {

ImportHistoryDialog::ImportHistoryDialog(Database *database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_model(new BatchModel(this))
{
    setWindowTitle(tr("Import History"));
    setObjectName(QStringLiteral("importHistoryDialog"));
    m_model->setObjectName(QStringLiteral("batchModel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Everything in this database came in through one of these imports. Undo removes "
                                "exactly what an import added and restores the figures it changed."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_view->setObjectName(QStringLiteral("batchView"));
    m_view->setAccessibleName(tr("Imports"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BatchModel::FileColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo Import…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, [this] { undoSelected(true); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_undo->setEnabled(m_view->selectionModel()->hasSelection() && !m_database->isReadOnly());
    });
    resize(900, 420);
    refresh();
}

void ImportHistoryDialog::refresh()
{
    m_model->setBatches(m_database ? Import::Batches::list(*m_database) : QList<Import::BatchInfo>());
    m_undo->setEnabled(false);
    if (m_database && m_database->isReadOnly())
        m_note->setText(tr("The database is read-only (%1): imports cannot be undone here.")
                            .arg(m_database->readOnlyReason()));
    else if (m_model->rowCount() == 0)
        m_note->setText(tr("Nothing has been imported into this database yet."));
    else
        m_note->clear();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

bool ImportHistoryDialog::undoSelected(bool ask)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_database)
        return false;
    const qint64 id = current.data(BatchModel::BatchIdRole).toLongLong();
    const QString file = m_model->index(current.row(), BatchModel::FileColumn).data().toString();
    // Files imported together in one step are undone together.
    const QList<qint64> step = Import::Batches::step(*m_database, id);
    QStringList together;
    for (qint64 other : step) {
        if (other == id)
            continue;
        const auto batch = Import::Batches::find(*m_database, other);
        together.append(QStringLiteral("%1 (%2)").arg(other).arg(batch ? batch->fileName : QString()));
    }
    if (ask) {
        QString question = tr("Undo import %1 (%2)? Its races, candidates and new territories are removed, and figures "
                              "it changed in other races get their old values back.").arg(id).arg(file);
        if (!together.isEmpty())
            question += QLatin1Char(' ') + tr("It was imported in one step with import %1, which is undone with it.")
                                               .arg(together.join(QStringLiteral(", ")));
        const auto answer = QMessageBox::question(
            this, tr("Undo Import"), question,
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    QString error;
    if (!Import::Batches::undo(*m_database, id, &error)) {
        if (ask)
            QMessageBox::warning(this, tr("Undo Import"), error);
        m_note->setText(error);
        return false;
    }
    refresh();
    m_note->setText(together.isEmpty() ? tr("Import %1 was undone.").arg(id)
                                       : tr("Import %1 was undone, with import %2 of the same step.")
                                             .arg(id).arg(together.join(QStringLiteral(", "))));
    emit undone(id);
    return true;
}

} // namespace Sailau
