// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Sailau {

// The addresses of the sources of some races, for an export of the races table: per race id,
// every distinct URL recorded for the race or one of its figures (the race as a whole first, then
// by field). Races without a source are absent. Empty with error filled when the query fails.
QHash<qint64, QStringList> raceSourceUrls(const QSqlDatabase &db, const QList<qint64> &raceIds,
                                          QString *error = nullptr);

} // namespace Sailau
