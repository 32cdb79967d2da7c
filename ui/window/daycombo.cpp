// SPDX-License-Identifier: GPL-3.0-or-later
// The election day chooser of the main window, filled from the store.
#include "daycombo.h"

#include "database.h"
#include "format.h"
#include "mainwindowtext.h"
#include "store.h"

namespace Sailau {

DayCombo::DayCombo(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("dayCombo"));
    // As wide as its longest day, levels and race count included, so the chosen one reads whole
    // in every language.
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setAccessibleName(MainWindowText::tr("Election day"));
}

void DayCombo::fill(const Database *database)
{
    const QSignalBlocker blocker(this);
    clear();
    if (!database)
        return;
    const Store store(database->connection());
    const QList<ElectionDay> days = store.electionDays();
    int preferred = -1;
    for (const ElectionDay &day : days) {
        addDay(day, day.races == 0 && store.hasPublishedFigures(day.date));
        if (preferred < 0 && day.races > 0)
            preferred = count() - 1;
    }
    if (preferred < 0 && count() > 0)
        preferred = 0;
    setCurrentIndex(preferred);
}

void DayCombo::addDay(const ElectionDay &day, bool publishedTotals)
{
    QStringList levels;
    for (const QString &level : day.levels)
        levels.append(Format::levelName(level));
    const int index = count();
    if (day.races > 0) {
        addItem(MainWindowText::tr("%1 — %2 (%Ln race(s))", nullptr, day.races)
                    .arg(Format::date(day.date), levels.join(QStringLiteral(", "))),
                day.date);
        setItemData(index, day.title(), Qt::ToolTipRole);
    } else if (publishedTotals) {
        // No race of the day, but published totals: those are what the day shows.
        addItem(MainWindowText::tr("%1 — %2 (published totals only)")
                    .arg(Format::date(day.date), levels.join(QStringLiteral(", "))),
                day.date);
        setItemData(index, MainWindowText::tr("%1\nNo race of this day is in the database; the summary shows the "
                                              "totals published for it.")
                               .arg(day.title()),
                    Qt::ToolTipRole);
    } else {
        // An election known to the database without any of its races or totals: greyed, with
        // the reason, and never chosen.
        addItem(MainWindowText::tr("%1 — %2 (no results)").arg(Format::date(day.date), levels.join(QStringLiteral(", "))),
                day.date);
        setItemData(index, MainWindowText::tr("%1\nNothing of this day is in the database yet: import its results "
                                              "(File → Import) to see them.")
                               .arg(day.title()),
                    Qt::ToolTipRole);
        setItemData(index, 0, Qt::UserRole - 1);   // disabled: no item flags
    }
}

} // namespace Sailau
