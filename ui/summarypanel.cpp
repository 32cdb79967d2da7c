// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypanel.h"

#include "summarymodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Sailau {

SummaryPanel::SummaryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new SummaryModel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *legend = new QLabel(tr("“Published” are aggregates as sources gave them; “Computed by Sailau” "
                                 "comes only from the races held here, and says how many races it rests on."),
                              this);
    legend->setWordWrap(true);
    legend->setEnabled(false);
    layout->addWidget(legend);

    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_view->setObjectName(QStringLiteral("summaryView"));
    m_view->setAccessibleName(tr("Summary of published and computed figures"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    // A long label wraps over two lines in a narrow panel, and its row grows to show them.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SummaryModel::FigureColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // Notes are long: they show below the table for the selected row.
    m_view->setColumnHidden(SummaryModel::NotesColumn, true);
    layout->addWidget(m_view, 1);

    m_sources = new QLabel(this);
    m_sources->setObjectName(QStringLiteral("summarySources"));
    m_sources->setWordWrap(true);
    m_sources->setTextFormat(Qt::RichText);
    m_sources->setOpenExternalLinks(true);
    m_sources->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_sources);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SummaryPanel::showSources);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SummaryPanel::showSources);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SummaryPanel::fitLongestWord);
}

void SummaryPanel::setDatabase(QSqlDatabase db)
{
    m_model->setDatabase(std::move(db));
}

void SummaryPanel::setScope(const QDate &day, qint64 territoryId, const QString &title)
{
    m_title->setText(title);
    m_model->setScope(day, territoryId);
}

void SummaryPanel::refresh()
{
    m_model->refresh();
}

// Labels wrap between words, never inside one: the figure column is at least as wide as the
// longest word of its labels, and the table wide enough for it and the figures beside it.
void SummaryPanel::fitLongestWord()
{
    const QFontMetrics metrics(m_view->font());
    int word = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString label = m_model->index(row, SummaryModel::FigureColumn).data().toString();
        for (const QString &part : label.split(QChar(u' '), Qt::SkipEmptyParts))
            word = std::max(word, metrics.horizontalAdvance(part));
    }
    const int cellMargins = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1);
    QHeaderView *header = m_view->horizontalHeader();
    int width = std::max(word + cellMargins, header->sectionSizeHint(SummaryModel::FigureColumn));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == SummaryModel::FigureColumn || m_view->isColumnHidden(column))
            continue;
        int content = header->sectionSizeHint(column);
        for (int row = 0; row < m_model->rowCount(); ++row)
            content = std::max(content, m_view->sizeHintForIndex(m_model->index(row, column)).width());
        width += content;
    }
    width += 2 * m_view->frameWidth() + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    m_view->setMinimumWidth(width);
}

void SummaryPanel::showSources()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_sources->setText(tr("Select a row to see where a published figure comes from."));
        return;
    }
    const QStringList urls = m_model->data(current, SummaryModel::SourcesRole).toStringList();
    const QString computedNote = m_model->data(current.siblingAtColumn(SummaryModel::ComputedColumn), Qt::ToolTipRole).toString();
    const QString notes = m_model->data(current.siblingAtColumn(SummaryModel::NotesColumn)).toString();
    QStringList parts;
    if (!computedNote.isEmpty())
        parts.append(tr("Computed: %1").arg(computedNote.toHtmlEscaped()));
    if (!urls.isEmpty()) {
        QStringList links;
        for (const QString &url : urls)
            links.append(QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()));
        parts.append(tr("Published in: %1").arg(links.join(QStringLiteral("<br>"))));
    }
    if (!notes.isEmpty())
        parts.append(tr("Notes: %1").arg(notes.toHtmlEscaped()));
    if (parts.isEmpty())
        parts.append(tr("Neither published nor computed for this scope."));
    m_sources->setText(parts.join(QStringLiteral("<br>")));
}

} // namespace Sailau
