// SPDX-License-Identifier: GPL-3.0-or-later
// The bar charts of ChartGraphic: one bar per race, named on the axis; the sorted profile that
// stands for them when the races are too many to name; and the bars of categories (bands,
// regions, nominations, counts), in groups of colour or in pairs.
#include "chartgraphic_p.h"

#include "format.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Sailau::Charts {

// The largest value of the races, and of their second values where those are drawn.
double ChartGraphic::raceMaximum(bool withSecond) const
{
    double maximum = 0;
    for (const RaceValue &r : std::as_const(m_model.races)) {
        maximum = std::max(maximum, r.value);
        if (withSecond)
            maximum = std::max(maximum, r.second.value_or(0));
    }
    return maximum;
}

// --- One bar per race ------------------------------------------------------------------------

void ChartGraphic::buildPerRace()
{
    styleChart();
    auto *series = new QHorizontalBarSeries;
    addRaceSets(series);
    QBarSet *first = m_raceSets.first();
    QBarSet *second = m_raceSets.value(1);
    series->setBarWidth(second ? 0.8 : 0.7);
    m_chart->addSeries(series);
    QValueAxis *values = addPerRaceAxes(series, raceMaximum(second != nullptr));

    // Colours after the theme.
    first->setColor(m_theme.primary);
    first->setBorderColor(m_theme.primary);
    first->setSelectedColor(m_theme.selection);
    if (second) {
        second->setColor(m_theme.secondary);
        second->setBorderColor(m_theme.secondary);
        second->setSelectedColor(m_theme.selection);
    }

    for (int i = 0; i < m_model.races.size(); ++i) {
        const RaceValue &r = m_model.races.at(i);
        QString text = valueText(r.value);
        double at = r.value;
        if (second && r.second) {
            text = QStringLiteral("%1 / %2").arg(valueText(r.value), valueText(*r.second));
            at = std::max(r.value, *r.second);
        }
        addValueLabel(QPointF(scaled(at), i), text, series, Qt::AlignRight);
    }
    if (m_model.reference)
        addReference(values, true, scaled(m_model.reference->value));

    // Room on the right for the value labels of the longest bars.
    const QFontMetricsF fm(m_theme.font(0.85));
    QMargins margins = m_chart->margins();
    margins.setRight(int(margins.right() + fm.horizontalAdvance(second ? QStringLiteral("0.00 / 0.00") : QStringLiteral("100.0%"))));
    m_chart->setMargins(margins);

    // Legend: only what is not obvious from the axis.
    const bool legend = second || m_model.reference;
    m_chart->legend()->setVisible(legend);
    if (legend && !second) {
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
    }

    connect(series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (const qint64 id = raceAt(index))
            emit raceActivated(id);
    });
    connect(series, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        emit hoverChanged(status ? describeRace(index) : QString());
    });
    applySelection();
}

// The races' values as a set of bars, and their second values (Golosov) as a second set.
void ChartGraphic::addRaceSets(QAbstractBarSeries *series)
{
    auto *first = new QBarSet(m_model.firstName.isEmpty() ? m_model.valueTitle : m_model.firstName);
    for (const RaceValue &r : std::as_const(m_model.races))
        first->append(scaled(r.value));
    series->append(first);
    m_raceSets.append(first);
    if (m_model.secondName.isEmpty())
        return;
    auto *second = new QBarSet(m_model.secondName);
    for (const RaceValue &r : std::as_const(m_model.races)) {
        // Golosov is known whenever Laakso–Taagepera is; a gap would need a category of its own.
        second->append(scaled(r.second.value_or(r.value)));
    }
    series->append(second);
    m_raceSets.append(second);
}

// The races named on the left, the values along the bottom; returns the value axis.
QValueAxis *ChartGraphic::addPerRaceAxes(QAbstractBarSeries *series, double maximum)
{
    QStringList labels;
    for (const RaceValue &r : std::as_const(m_model.races))
        labels.append(r.label);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    auto *values = new QValueAxis;
    double top = 100;
    if (m_model.id == ChartId::AgainstAll || !m_model.share)
        top = Axes::niceCeil(scaled(maximum) * 1.15);
    if (m_model.id == ChartId::Enc)
        top = std::max(2.0, top);
    values->setRange(0, top);
    Axes::setTicks(values, Axes::niceStep(top, 5), m_model.share ? Axes::percentFormat() : QStringLiteral("%.1f"));
    values->setTitleText(m_model.valueTitle);
    m_chart->addAxis(categories, Qt::AlignLeft);
    m_chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    Axes::style(categories, m_theme);
    Axes::style(values, m_theme);
    categories->setGridLineVisible(false);
    return values;
}

// --- The sorted profile of many races ---------------------------------------------------------

void ChartGraphic::buildProfile()
{
    styleChart();
    const int n = int(m_model.races.size());
    // One step per race up to a few thousand races; beyond that no screen or page shows single
    // steps, so each group of neighbouring races is drawn as one segment from its first value to
    // its last (the values are sorted, so the curve is the same) and the second series as the
    // range it spans. Hundreds of thousands of points would only cost memory and seconds.
    constexpr int MaxSteps = 4000;
    const int group = std::max(1, (n + MaxSteps - 1) / MaxSteps);
    QAreaSeries *area = addProfileArea(group);
    QLineSeries *second = m_model.secondName.isEmpty() ? nullptr : addProfileRange(group);
    m_marker = new QScatterSeries;
    m_marker->setName(tr("Selected race"));
    m_chart->addSeries(m_marker);
    const auto [x, y] = addProfileAxes(raceMaximum(second != nullptr));

    area->setColor(m_theme.primary);
    area->setBorderColor(m_theme.primary);
    area->setPen(Qt::NoPen);
    if (second)
        second->setPen(QPen(m_theme.secondary, m_theme.lineWidth));
    m_marker->setColor(m_theme.selection);
    m_marker->setBorderColor(m_theme.foreground);
    m_marker->setMarkerSize(m_theme.basePixels * 0.9);

    if (m_model.reference) {
        auto *line = new QLineSeries;
        line->setName(m_model.reference->label);
        line->append(0.5, scaled(m_model.reference->value));
        line->append(n + 0.5, scaled(m_model.reference->value));
        m_chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        line->setPen(QPen(m_theme.reference, m_theme.lineWidth, Qt::DashLine));
        m_referenceLine = line;
    }
    for (QLegendMarker *marker : m_chart->legend()->markers(m_marker))
        marker->setVisible(false);
    if (!second && !m_model.reference)
        m_chart->legend()->setVisible(false);
    else if (!second) {
        for (QLegendMarker *marker : m_chart->legend()->markers(area))
            marker->setVisible(false);
    }

    auto indexAt = [n](const QPointF &p) { return std::clamp(int(std::lround(p.x())) - 1, 0, n - 1); };
    connect(area, &QAreaSeries::clicked, this, [this, indexAt](const QPointF &p) {
        if (const qint64 id = raceAt(indexAt(p)))
            emit raceActivated(id);
    });
    connect(area, &QAreaSeries::hovered, this, [this, indexAt](const QPointF &p, bool state) {
        emit hoverChanged(state ? describeRace(indexAt(p)) : QString());
    });
    m_profile = true;
    applySelection();
}

// The races' values as an area under steps, a group of races to a step.
QAreaSeries *ChartGraphic::addProfileArea(int group)
{
    const int n = int(m_model.races.size());
    auto *upper = new QLineSeries;
    QList<QPointF> points;
    points.reserve(2 * ((n + group - 1) / group));
    for (int first = 0; first < n; first += group) {
        const int last = std::min(n, first + group) - 1;
        points.append({first + 0.5, scaled(m_model.races.at(first).value)});
        points.append({last + 1.5, scaled(m_model.races.at(last).value)});
    }
    upper->replace(points);
    auto *area = new QAreaSeries(upper);
    upper->setParent(area); // an area series does not own its lines
    area->setName(m_model.firstName.isEmpty() ? m_model.valueTitle : m_model.firstName);
    m_chart->addSeries(area);
    return area;
}

// The second values as a line over the same steps: from the lowest to the highest of a group.
QLineSeries *ChartGraphic::addProfileRange(int group)
{
    const int n = int(m_model.races.size());
    auto *second = new QLineSeries;
    second->setName(m_model.secondName);
    QList<QPointF> secondPoints;
    secondPoints.reserve(2 * ((n + group - 1) / group));
    for (int first = 0; first < n; first += group) {
        const int last = std::min(n, first + group) - 1;
        double low = std::numeric_limits<double>::max(), high = std::numeric_limits<double>::lowest();
        for (int i = first; i <= last; ++i) {
            const double y = scaled(m_model.races.at(i).second.value_or(m_model.races.at(i).value));
            low = std::min(low, y);
            high = std::max(high, y);
        }
        secondPoints.append({first + 0.5, low});
        secondPoints.append({last + 1.5, high});
    }
    second->replace(secondPoints);
    m_chart->addSeries(second);
    return second;
}

// The races by rank along the bottom, the values up the left, attached to every series so far.
std::pair<QValueAxis *, QValueAxis *> ChartGraphic::addProfileAxes(double maximum)
{
    const int n = int(m_model.races.size());
    auto *x = new QValueAxis;
    // The races by rank, lowest first; hover or click names them.
    x->setRange(0.5, n + 0.5);
    x->setGridLineVisible(false);
    Axes::setTicks(x, std::max(1.0, Axes::niceStep(n, 5)), QStringLiteral("%.0f"));
    x->setTitleText(tr("Races ranked, lowest first (%1 races)").arg(Format::count(qint64(n))));
    auto *y = new QValueAxis;
    double top = 100;
    if (m_model.id == ChartId::AgainstAll || !m_model.share)
        top = Axes::niceCeil(scaled(maximum) * 1.1);
    y->setRange(0, top);
    Axes::setTicks(y, Axes::niceStep(top, 5), m_model.share ? Axes::percentFormat() : QStringLiteral("%.1f"));
    y->setTitleText(m_model.valueTitle);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    Axes::style(x, m_theme);
    Axes::style(y, m_theme);
    return {x, y};
}

// --- Bars of categories ----------------------------------------------------------------------

void ChartGraphic::buildCategories()
{
    styleChart();
    const bool horizontal = m_model.id == ChartId::TurnoutByRegion || m_model.id == ChartId::WinnersByNomination;
    QList<int> groupOf;
    QList<BarGroup> groups = barGroups(groupOf);
    // A second value beside each bar (the winners beside the candidates): two sets side by side.
    const bool paired = std::any_of(m_model.categories.cbegin(), m_model.categories.cend(),
                                    [](const CategoryValue &c) { return c.second.has_value(); });
    if (paired)
        groups = {{m_model.firstName, m_theme.primary}, {m_model.secondName, m_theme.secondary}};
    double maximum = 0;
    for (const CategoryValue &c : std::as_const(m_model.categories)) {
        maximum = std::max(maximum, c.value.value_or(0));
        if (paired)
            maximum = std::max(maximum, c.second.value_or(0));
    }

    QAbstractBarSeries *series = addCategorySets(groups, groupOf, paired, horizontal);
    const double top = m_model.share ? 100.0 : Axes::niceCeil(std::max(1.0, maximum * 1.15));
    QValueAxis *values = addCategoryAxes(series, horizontal, top);
    for (int g = 0; g < m_raceSets.size(); ++g) {
        m_raceSets[g]->setColor(groups[g].colour);
        // No outline: the empty parts of a stacked set must not leave a hairline.
        m_raceSets[g]->setPen(Qt::NoPen);
        m_raceSets[g]->setSelectedColor(m_theme.selection);
    }
    if (!paired)
        addCategoryLabels(series, horizontal);
    if (horizontal) {
        const QFontMetricsF fm(m_theme.font(0.85));
        QMargins margins = m_chart->margins();
        margins.setRight(int(margins.right() + fm.horizontalAdvance(QStringLiteral("100.0%"))));
        m_chart->setMargins(margins);
    }
    if (m_model.reference)
        addCategoryReference(values, horizontal, top);

    // Turnout by region always says which values are published and which computed.
    const bool legend = (m_model.id == ChartId::TurnoutByRegion && !groups.isEmpty()) || m_model.reference || paired;
    m_chart->legend()->setVisible(legend);
    if (paired)
        labelPairedBars(series);
    if (!paired && m_model.id != ChartId::TurnoutByRegion) {
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
    }

    connect(series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index < 0 || index >= m_model.categories.size())
            return;
        const CategoryValue &c = m_model.categories.at(index);
        if (c.territoryId)
            emit regionActivated(c.territoryId);
        else if (c.raceIds.size() == 1)
            emit raceActivated(c.raceIds.first());
    });
    connect(series, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        emit hoverChanged(status ? describeCategory(index) : QString());
    });
    applySelection();
}

// Each colour is a set; a category has its value in its own set and nothing in the others
// (stacked, so the empty parts take no room and draw nothing). groupOf gets each category's set.
QList<ChartGraphic::BarGroup> ChartGraphic::barGroups(QList<int> &groupOf) const
{
    QList<BarGroup> groups;
    if (m_model.id == ChartId::TurnoutByRegion) {
        bool computed = false, published = false;
        for (const CategoryValue &c : std::as_const(m_model.categories)) {
            computed |= c.group == 0;
            published |= c.group == 1;
        }
        if (computed)
            groups.append({tr("Computed from the races' counts"), m_theme.primary});
        if (published)
            groups.append({tr("As published"), m_theme.published});
        for (const CategoryValue &c : std::as_const(m_model.categories))
            groupOf.append(computed && c.group == 1 ? 1 : 0);
    } else if (m_model.id == ChartId::WinnersByNomination) {
        for (const CategoryValue &c : std::as_const(m_model.categories)) {
            const QColor colour = c.colour.isEmpty() ? Palette::selfNominated() : Palette::party(c.basis, c.colour);
            groupOf.append(int(groups.size()));
            groups.append({c.label, colour});
        }
    } else {
        groups.append({m_model.valueTitle, m_theme.primary});
        for (int i = 0; i < m_model.categories.size(); ++i)
            groupOf.append(0);
    }
    return groups;
}

// A set of bars per group (stacked where the groups share the categories), or the first and
// second values side by side; the sets become the ones the selection marks.
QAbstractBarSeries *ChartGraphic::addCategorySets(const QList<BarGroup> &groups, const QList<int> &groupOf, bool paired,
                                                  bool horizontal)
{
    QAbstractBarSeries *series = nullptr;
    if (groups.size() > 1 && !paired)
        series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                            : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    else
        series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    QList<QBarSet *> sets;
    for (const BarGroup &g : groups) {
        auto *set = new QBarSet(g.name);
        for (int i = 0; i < m_model.categories.size(); ++i) {
            const CategoryValue &c = m_model.categories.at(i);
            if (paired) {
                set->append(scaled((sets.isEmpty() ? c.value : c.second).value_or(0)));
                continue;
            }
            const bool mine = groupOf.at(i) == int(sets.size());
            set->append(mine ? scaled(c.value.value_or(0)) : 0.0);
        }
        series->append(set);
        sets.append(set);
    }
    series->setBarWidth(0.7);
    m_chart->addSeries(series);
    m_raceSets = sets;
    return series;
}

// The categories named on one axis, the values along the other up to top; returns the value axis.
QValueAxis *ChartGraphic::addCategoryAxes(QAbstractBarSeries *series, bool horizontal, double top)
{
    QStringList labels;
    for (const CategoryValue &c : std::as_const(m_model.categories))
        labels.append(c.label);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTitleText(m_model.categoryTitle);
    auto *values = new QValueAxis;
    const bool share = m_model.share;
    values->setRange(0, top);
    Axes::setTicks(values, share ? 20.0 : std::max(1.0, Axes::niceStep(top, 5)),
                   share ? Axes::percentFormat() : QStringLiteral("%.0f"));
    values->setTitleText(m_model.valueTitle);
    m_chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    Axes::style(categories, m_theme);
    Axes::style(values, m_theme);
    categories->setGridLineVisible(false);
    if (horizontal)
        categories->setTitleVisible(false);
    return values;
}

// A value label at the end of each bar.
void ChartGraphic::addCategoryLabels(QAbstractBarSeries *series, bool horizontal)
{
    for (int i = 0; i < m_model.categories.size(); ++i) {
        const auto &c = m_model.categories.at(i);
        // Empty bands and counts of zero need no label: the axis says 0.
        if (!c.value || *c.value == 0)
            continue;
        addValueLabel(horizontal ? QPointF(scaled(*c.value), i) : QPointF(i, scaled(*c.value)),
                      valueText(*c.value), series, horizontal ? Qt::AlignRight : Qt::AlignTop);
    }
}

// The published figure across the bars: on the distribution, where it falls among the bands.
void ChartGraphic::addCategoryReference(QValueAxis *values, bool horizontal, double top)
{
    if (m_model.id == ChartId::TurnoutDistribution && m_model.binWidth > 0) {
        // The reference in band units, on a hidden axis that spans the bands.
        auto *bands = new QValueAxis;
        const int n = int(m_model.categories.size());
        bands->setRange(-0.5, n - 0.5);
        m_chart->addAxis(bands, Qt::AlignTop);
        bands->setVisible(false);
        auto *line = new QLineSeries;
        line->setName(m_model.reference->label);
        const double x = (m_model.reference->value - m_model.binStart) / m_model.binWidth - 0.5;
        line->append(x, 0);
        line->append(x, top);
        m_chart->addSeries(line);
        line->attachAxis(bands);
        line->attachAxis(values);
        line->setPen(QPen(m_theme.reference, m_theme.lineWidth, Qt::DashLine));
        m_referenceLine = line;
    } else if (horizontal) {
        addReference(values, true, scaled(m_model.reference->value));
    }
}

// The values of paired bars: shares over each bar, counts by the series itself.
void ChartGraphic::labelPairedBars(QAbstractBarSeries *series)
{
    if (m_model.share) {
        // Shares are labelled as every share is ("59.7%", "59,7 %"), over each of the two bars
        // (0.35 of a category wide each); a share not known has no bar and no label, 0 has both.
        for (int i = 0; i < m_model.categories.size(); ++i) {
            const CategoryValue &c = m_model.categories.at(i);
            for (int side = 0; side < 2; ++side) {
                const std::optional<double> &v = side == 0 ? c.value : c.second;
                if (v)
                    addValueLabel(QPointF(i + (side == 0 ? -0.175 : 0.175), scaled(*v)), valueText(*v), series,
                                  Qt::AlignTop);
            }
        }
        return;
    }
    for (QBarSet *set : std::as_const(m_raceSets))
        set->setLabelColor(m_theme.foreground);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
}

} // namespace Sailau::Charts
