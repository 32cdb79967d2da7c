// SPDX-License-Identifier: GPL-3.0-or-later
// The races pane of the main window: the election day, the filter, the coverage line and the table.
#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;
class QTimer;

namespace Sailau {

class CoverageLabel;
class DayCombo;
class RaceTableModel;

// The middle of the window: the election day to show, a filter of the races by territory or
// candidate (applied once typing pauses), what the database holds of the day, and the races of
// the day and territory chosen, sortable, one selected at a time.
class RacePane : public QWidget
{
    Q_OBJECT
public:
    RacePane(RaceTableModel *model, QWidget *parent = nullptr);

    DayCombo *dayCombo() const { return m_dayCombo; }
    QLineEdit *filterBox() const { return m_filter; }
    CoverageLabel *coverage() const { return m_coverage; }
    QTableView *view() const { return m_view; }
    QString filterText() const;
    // Edit → Filter Races.
    void focusFilter();

signals:
    // The filter text changed, and typing paused.
    void filterChanged();

private:
    void createView(RaceTableModel *model);

    DayCombo *m_dayCombo;
    QLineEdit *m_filter;
    CoverageLabel *m_coverage;
    QTableView *m_view = nullptr;
    QTimer *m_timer;
};

} // namespace Sailau
