// SPDX-License-Identifier: GPL-3.0-or-later
// The lines of ChartGraphic over election days (the comparison charts): one line per series,
// broken where a value is missing, with its points and, where they stay readable, their values.
#include "chartgraphic_p.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Sailau::Charts {

// Lines over election days: one per series, broken where a value is missing (never drawn as
// 0), with a marker on every known value; the scope as a whole drawn bold.
void ChartGraphic::buildLines()
{
    styleChart();
    const auto [days, values] = addLineAxes();
    // The values are written beside the points: of the whole where there is one (the regions'
    // labels would cover each other), else of up to three lines.
    const bool anyEmphasised = std::any_of(m_model.series.cbegin(), m_model.series.cend(),
                                           [](const TimeSeries &x) { return x.emphasised; });
    int paletteIndex = 1;
    for (int s = 0; s < m_model.series.size(); ++s) {
        const TimeSeries &t = m_model.series.at(s);
        QColor colour = t.colour.isEmpty() ? (t.emphasised ? m_theme.foreground : Palette::okabeIto(paletteIndex++ % 8))
                                           : QColor(t.colour);
        if (!t.emphasised && t.colour.isEmpty() && paletteIndex % 8 == 1)
            ++paletteIndex; // black is the whole's
        addLine(s, colour, days, values, anyEmphasised ? t.emphasised : m_model.series.size() <= 3);
    }
    QLegend *legend = m_chart->legend();
    if (m_model.series.size() > 4) {
        legend->setAlignment(Qt::AlignRight);
        legend->setFont(m_theme.font(0.75));
    }
}

// The election days along the bottom, the values up the left.
std::pair<QCategoryAxis *, QValueAxis *> ChartGraphic::addLineAxes()
{
    const int periods = int(m_model.periods.size());
    auto *days = new QCategoryAxis;
    days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < periods; ++i)
        days->append(m_model.periods.at(i), i);
    days->setRange(-0.25, std::max(0, periods - 1) + 0.25);
    auto *values = new QValueAxis;
    double maximum = 0;
    for (const TimeSeries &t : std::as_const(m_model.series)) {
        for (const auto &v : t.values)
            maximum = std::max(maximum, v.value_or(0));
    }
    const double top = m_model.share ? std::min(100.0, Axes::niceCeil(std::max(0.1, maximum * 1.1) * 100.0))
                                     : Axes::niceCeil(std::max(1.0, maximum * 1.1));
    values->setRange(0, top);
    Axes::setTicks(values, Axes::niceStep(top, 5), m_model.share ? Axes::percentFormat() : QStringLiteral("%.1f"));
    values->setTitleText(m_model.valueTitle);
    m_chart->addAxis(days, Qt::AlignBottom);
    m_chart->addAxis(values, Qt::AlignLeft);
    Axes::style(days, m_theme);
    Axes::style(values, m_theme);
    days->setGridLineVisible(false);
    return {days, values};
}

// Series s: its segments, a point on each known value (which the hover describes) and, if
// labelled, the values written beside the points.
void ChartGraphic::addLine(int s, const QColor &colour, QAbstractAxis *days, QValueAxis *values, bool labelled)
{
    const TimeSeries &t = m_model.series.at(s);
    const int periods = int(m_model.periods.size());
    const double scale = m_model.share ? 100.0 : 1.0;
    const double width = t.emphasised ? m_theme.lineWidth * 2 : m_theme.lineWidth;
    QLineSeries *first = addLineSegments(t, QPen(colour, width), days, values);
    auto *points = new QScatterSeries;
    points->setMarkerSize(t.emphasised ? m_theme.basePixels * 0.9 : m_theme.basePixels * 0.6);
    points->setColor(colour);
    points->setBorderColor(colour);
    for (int p = 0; p < periods && p < t.values.size(); ++p) {
        if (t.values.at(p))
            points->append(p, *t.values.at(p) * scale);
    }
    m_chart->addSeries(points);
    points->attachAxis(days);
    points->attachAxis(values);
    if (!first)
        points->setName(t.name); // a single known value: the point names the line
    for (QLegendMarker *marker : m_chart->legend()->markers(points))
        marker->setVisible(!first);
    connect(points, &QScatterSeries::hovered, this, [this, s](const QPointF &point, bool state) {
        emit hoverChanged(state ? describePoint(s, int(std::lround(point.x()))) : QString());
    });
    if (labelled) {
        for (int p = 0; p < periods && p < t.values.size(); ++p) {
            if (t.values.at(p))
                addValueLabel(QPointF(p, *t.values.at(p) * scale), valueText(*t.values.at(p)), points, Qt::AlignTop);
        }
    }
}

// One line per run of known values; the first carries the series' name in the legend. Returns
// the first, or null when no value is known.
QLineSeries *ChartGraphic::addLineSegments(const TimeSeries &t, const QPen &pen, QAbstractAxis *days, QValueAxis *values)
{
    const int periods = int(m_model.periods.size());
    const double scale = m_model.share ? 100.0 : 1.0;
    QLineSeries *first = nullptr;
    QLineSeries *segment = nullptr;
    for (int p = 0; p < periods && p < t.values.size(); ++p) {
        if (!t.values.at(p)) {
            segment = nullptr;
            continue;
        }
        if (!segment) {
            segment = new QLineSeries;
            m_chart->addSeries(segment);
            segment->attachAxis(days);
            segment->attachAxis(values);
            segment->setPen(pen);
            if (!first) {
                first = segment;
                segment->setName(t.name);
            } else if (QLegend *legend = m_chart->legend()) {
                for (QLegendMarker *marker : legend->markers(segment))
                    marker->setVisible(false);
            }
        }
        segment->append(p, *t.values.at(p) * scale);
    }
    return first;
}

} // namespace Sailau::Charts
