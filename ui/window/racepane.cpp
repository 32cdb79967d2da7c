// SPDX-License-Identifier: GPL-3.0-or-later
// The races pane: the day, the filter, the coverage of the day and the race table.
#include "racepane.h"

#include "coveragelabel.h"
#include "daycombo.h"
#include "mainwindowtext.h"
#include "racetablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Sailau {

RacePane::RacePane(RaceTableModel *model, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    auto *dayLabel = new QLabel(MainWindowText::tr("&Election day:"), this);
    m_dayCombo = new DayCombo(this);
    dayLabel->setBuddy(m_dayCombo);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("raceFilter"));
    m_filter->setPlaceholderText(MainWindowText::tr("Filter races by territory or candidate"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(MainWindowText::tr("Filter races"));
    bar->addWidget(dayLabel);
    bar->addWidget(m_dayCombo, 0);
    bar->addStretch(1);
    layout->addLayout(bar);
    // The filter has a row of its own, so that on a laptop screen neither it nor the day is squeezed.
    layout->addWidget(m_filter);
    m_coverage = new CoverageLabel(this);
    layout->addWidget(m_coverage);
    createView(model);
    layout->addWidget(m_view, 1);

    // Typing waits for a pause before it queries.
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &RacePane::filterChanged);
}

void RacePane::createView(RaceTableModel *model)
{
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_view->setObjectName(QStringLiteral("raceView"));
    m_view->setAccessibleName(MainWindowText::tr("Races"));
    m_view->setModel(model);
    m_view->horizontalHeader()->setSortIndicator(int(model->sortColumn()), model->sortOrder());
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultSectionSize(90);
    m_view->setColumnWidth(int(RaceColumn::Territory), 220);
    m_view->setColumnWidth(int(RaceColumn::Region), 200);
    m_view->setColumnWidth(int(RaceColumn::Winner), 180);
    m_view->setColumnWidth(int(RaceColumn::Nomination), 130);
}

QString RacePane::filterText() const
{
    return m_filter->text();
}

void RacePane::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

} // namespace Sailau
