// SPDX-License-Identifier: GPL-3.0-or-later
// The election day chooser above the races.
#pragma once

#include <QComboBox>
#include <QDate>

namespace Sailau {

class Database;
struct ElectionDay;

// The election days of the database, newest first as the store lists them: each with its levels
// and race count, a day of published totals only said to be so, and a day known without any
// results greyed with the reason. The first day with races is chosen.
class DayCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit DayCombo(QWidget *parent = nullptr);

    // Lists the days of database (none when it is null) without telling, and chooses one.
    void fill(const Database *database);
    // The day chosen, or an invalid date.
    QDate day() const { return currentData().toDate(); }

private:
    void addDay(const ElectionDay &day, bool publishedTotals);
};

} // namespace Sailau
