// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of ChartGraphic: the chart chosen, its selection and tooltips (chartgraphic.cpp); the
// frame, axes, reference line and value labels (chartgraphicaxes.cpp); the bar charts
// (chartgraphicbars.cpp); the scatter (chartgraphicscatter.cpp); the lines over election days
// (chartgraphiclines.cpp). Here: the scales and axis style they share.
#pragma once

#include "chartgraphic.h"

#include <QString>

class QAbstractAxis;
class QValueAxis;

namespace Sailau::Charts::Axes {

// A round upper bound for an axis: 1, 2, 2.5, 5 × 10ⁿ.
double niceCeil(double value);
// A round step that divides a range into about this many ticks.
double niceStep(double range, int ticks);
// The label format of an axis of percentages.
QString percentFormat();
// Ticks every interval from 0, labelled in this printf format.
void setTicks(QValueAxis *axis, double interval, const QString &format);
// Fonts, colours and grid of an axis in the theme; after the chart's theme, which overwrites them.
void style(QAbstractAxis *axis, const ChartTheme &theme);

} // namespace Sailau::Charts::Axes
