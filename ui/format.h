// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace Sailau::Format {

// The locale numbers and dates are written in: the display language's (1 062 327 and 62,79 % in
// Russian and Kazakh; 1,062,327 and 62.79% in English).
QLocale locale();

// The mark for a figure that is not known. Never "0".
QString missing();

QString count(const Count &value);
QString count(qint64 value);
// share 0…1 as a percentage: "62.8%" / "62,8 %".
QString percent(const Ratio &share, int decimals = 1);
// A value already in percent (as published): 62.79 → "62.79%".
QString percentValue(double percent, int decimals = 2);
// "of ballots cast", "of valid votes", "of voters on the lists" for a published share's basis key;
// empty for none.
QString shareBasis(const QString &basis);
// "45.20 % of ballots cast (published)"; the basis left out where it is not known.
QString publishedShare(double percent, const QString &basis);
// "male", "female"; empty for none.
QString sex(const QString &sex);
QString decimal(const Ratio &value, int decimals = 2);
QString date(const QDate &date);
// A metric's value as the tables show it.
QString metric(Metrics::Metric metric, const std::optional<double> &value);

// The tooltip for a missing metric: "Not known: voters on the lists are not known".
QString missingTooltip(Metrics::Reason reason);

// Human names for stored codes.
QString levelName(const QString &level);
QString electionKindName(const QString &kind);
QString fieldName(const QString &field);   // race column → "Voters on the lists" …

} // namespace Sailau::Format
