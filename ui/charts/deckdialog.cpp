// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckdialog.h"

#include "chartdata.h"
#include "format.h"
#include "store.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sailau::Charts {

DeckDialog::DeckDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("deckDialog"));
    setWindowTitle(tr("Presentation Deck"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("The charts of your talk, in order. The deck is saved with the database."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("deckList"));
    m_list->setAccessibleName(tr("Deck"));
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add Current Chart"), this);
    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move &Down"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_present = new QPushButton(tr("&Present"), this);
    for (QPushButton *b : {add, m_up, m_down, m_remove, m_present})
        buttons->addWidget(b);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        emit addCurrentRequested();
        reload();
        m_list->setCurrentRow(m_list->count() - 1);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QPushButton::clicked, this, &DeckDialog::removeCurrent);
    connect(m_present, &QPushButton::clicked, this, [this] {
        emit presentRequested();
        accept();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &DeckDialog::updateButtons);
    resize(560, 380);
    reload();
}

QString DeckDialog::describe(const DeckEntry &entry, QSqlDatabase db)
{
    const auto chart = ChartCatalog::fromKey(entry.chart);
    QString title = chart ? ChartCatalog::title(*chart) : entry.chart;
    if (chart == ChartId::Map) {
        const auto metric = ChartCatalog::mapMetricFromKey(
            QJsonDocument::fromJson(entry.options.toUtf8()).object().value(QStringLiteral("metric")).toString());
        title = tr("Map: %1").arg(ChartCatalog::title(metric.value_or(MapMetric::Turnout)));
    }
    const Store store(db);
    QString where;
    if (entry.territoryId) {
        if (const auto t = store.territory(entry.territoryId))
            where = store.distinctName(*t);
    }
    if (where.isEmpty()) {
        if (const auto c = store.country())
            where = c->displayName();
    }
    return tr("%1 — %2 — %3").arg(title, where, Format::date(entry.electionDate));
}

void DeckDialog::reload()
{
    const int row = m_list->currentRow();
    QString error;
    m_entries = Deck(m_db).load(&error);
    m_list->clear();
    for (const DeckEntry &e : std::as_const(m_entries))
        m_list->addItem(QStringLiteral("%1. %2").arg(e.position + 1).arg(describe(e, m_db)));
    if (!error.isEmpty())
        m_list->addItem(tr("The deck could not be read: %1").arg(error));
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    updateButtons();
}

void DeckDialog::moveCurrent(int step)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const int target = std::clamp(row + step, 0, int(m_entries.size()) - 1);
    QString error;
    if (!Deck(m_db).move(m_entries.at(row).id, target, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    reload();
    m_list->setCurrentRow(target);
}

void DeckDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    QString error;
    if (!Deck(m_db).remove(m_entries.at(row).id, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    reload();
}

void DeckDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_entries.size();
    m_up->setEnabled(valid && row > 0);
    m_down->setEnabled(valid && row + 1 < m_entries.size());
    m_remove->setEnabled(valid);
    m_present->setEnabled(!m_entries.isEmpty());
}

} // namespace Sailau::Charts
