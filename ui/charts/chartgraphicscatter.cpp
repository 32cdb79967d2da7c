// SPDX-License-Identifier: GPL-3.0-or-later
// The scatter of ChartGraphic: turnout against the winner's share, a point per race sized by the
// voters on the lists in four classes, hollow where they are not known, and a ring on the race
// selected.
#include "chartgraphic_p.h"

#include "format.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Sailau::Charts {

namespace {

// Points are sized by the voters on the lists in this many classes.
constexpr int Classes = 4;

// The upper bounds of the classes, round numbers; the last is the most voters of a race.
QList<qint64> classLimits(qint64 maxVoters)
{
    QList<qint64> limits;
    for (int k = 1; k <= Classes; ++k) {
        const double raw = double(maxVoters) * k / Classes;
        const double step = std::pow(10.0, std::floor(std::log10(std::max(1.0, raw)))) / 2;
        limits.append(k == Classes ? maxVoters : qint64(std::ceil(raw / step) * step));
    }
    return limits;
}

// The range of an axis of shares lo…hi in percent, in whole tens within 0…100; 0…100 when there
// are no values.
std::pair<double, double> paddedRange(double lo, double hi)
{
    if (hi < lo)
        return std::pair<double, double>(0, 100);
    // Room on each side, so that the largest points are not cut.
    const double a = std::floor((lo * 100.0 - 8.0) / 10.0) * 10.0;
    const double b = std::ceil((hi * 100.0 + 8.0) / 10.0) * 10.0;
    return std::pair<double, double>(std::max(0.0, a), std::min(100.0, b));
}

// The index of the point of s nearest to p, or -1 when s has none.
int nearestPoint(QXYSeries *s, const QPointF &p)
{
    int best = -1;
    double d = 0;
    for (int i = 0; i < s->count(); ++i) {
        const double dd = std::hypot(s->at(i).x() - p.x(), s->at(i).y() - p.y());
        if (best < 0 || dd < d) {
            best = i;
            d = dd;
        }
    }
    return best;
}

} // namespace

void ChartGraphic::buildScatter()
{
    styleChart();
    const int n = int(m_model.races.size());
    // Points are sized by the voters on the lists in a few classes, one series each: a series
    // draws all its markers at one size, and the legend can say what each size means.
    qint64 maxVoters = 0;
    double xmin = 1, xmax = 0, ymin = 1, ymax = 0;
    for (const RaceValue &r : std::as_const(m_model.races)) {
        if (r.voters)
            maxVoters = std::max(maxVoters, *r.voters);
        xmin = std::min(xmin, r.value);
        xmax = std::max(xmax, r.value);
        ymin = std::min(ymin, r.second.value_or(0));
        ymax = std::max(ymax, r.second.value_or(0));
    }
    const QList<qint64> limits = classLimits(maxVoters);
    const double largest = m_theme.basePixels * (n > 50 ? 2.2 : 3.0);
    const double smallest = m_theme.basePixels * 0.8;
    const QList<QScatterSeries *> classes = addScatterSeries(limits, maxVoters);
    const auto [x, y] = addScatterAxes(paddedRange(xmin, xmax), paddedRange(ymin, ymax));
    styleScatterSeries(classes, limits, maxVoters, smallest, largest);

    if (n <= 15) {
        for (int k = 0; k < classes.size(); ++k) {
            for (int j = 0; j < classes[k]->count(); ++j)
                addValueLabel(classes[k]->at(j), m_model.races.at(m_classRace[k].at(j)).label, classes[k], Qt::AlignRight);
        }
        for (int j = 0; j < m_hollow->count(); ++j)
            addValueLabel(m_hollow->at(j), m_model.races.at(m_hollowRace.at(j)).label, m_hollow, Qt::AlignRight);
    }
    addScatterMarker(x, y, largest);
    m_chart->legend()->setVisible(n > 0);

    auto wire = [this](QScatterSeries *s, const QList<int> *map) {
        connect(s, &QXYSeries::clicked, this, [this, s, map](const QPointF &p) {
            const int k = nearestPoint(s, p);
            if (k >= 0)
                emit raceActivated(raceAt(map->at(k)));
        });
        connect(s, &QXYSeries::hovered, this, [this, s, map](const QPointF &p, bool state) {
            const int k = nearestPoint(s, p);
            emit hoverChanged(state && k >= 0 ? describeRace(map->at(k)) : QString());
        });
    };
    for (int k = 0; k < classes.size(); ++k)
        wire(classes[k], &m_classRace[k]);
    wire(m_hollow, &m_hollowRace);
    applySelection();
}

// A series per size class (none when no race's voters are known) and one of hollow points, each
// race in its class; added to the chart largest first, so that small points stay visible on top.
QList<QScatterSeries *> ChartGraphic::addScatterSeries(const QList<qint64> &limits, qint64 maxVoters)
{
    QList<QScatterSeries *> classes;
    for (int k = 0; k < Classes && maxVoters > 0; ++k) {
        auto *series = new QScatterSeries;
        const qint64 from = k == 0 ? 0 : limits.at(k - 1);
        series->setName(k == 0 ? tr("up to %1 voters").arg(Format::count(limits.at(k)))
                               : tr("%1–%2").arg(Format::count(from), Format::count(limits.at(k))));
        classes.append(series);
        m_classRace.append(QList<int>());
    }
    m_hollow = new QScatterSeries;
    m_hollow->setName(tr("voters not known"));
    for (int i = 0; i < m_model.races.size(); ++i) {
        const RaceValue &r = m_model.races.at(i);
        const QPointF p(r.value * 100.0, r.second.value_or(0) * 100.0);
        if (r.voters && !classes.isEmpty()) {
            int k = 0;
            while (k + 1 < Classes && *r.voters > limits.at(k))
                ++k;
            classes[k]->append(p);
            m_classRace[k].append(i);
        } else {
            m_hollow->append(p);
            m_hollowRace.append(i);
        }
    }
    for (int k = int(classes.size()) - 1; k >= 0; --k)
        m_chart->addSeries(classes[k]);
    m_chart->addSeries(m_hollow);
    return classes;
}

// Turnout across, the winner's share up, in percent; attached to every series so far.
std::pair<QValueAxis *, QValueAxis *> ChartGraphic::addScatterAxes(std::pair<double, double> across,
                                                                   std::pair<double, double> up)
{
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    x->setRange(across.first, across.second);
    y->setRange(up.first, up.second);
    for (QValueAxis *a : {x, y})
        Axes::setTicks(a, 10, Axes::percentFormat());
    x->setTitleText(m_model.categoryTitle);
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

// Colours and sizes after the theme. Area proportional to the voters: the diameter goes with the
// square root of the class's upper bound. Classes and hollow points without a point leave the
// legend.
void ChartGraphic::styleScatterSeries(const QList<QScatterSeries *> &classes, const QList<qint64> &limits,
                                      qint64 maxVoters, double smallest, double largest)
{
    QColor fill = m_theme.primary;
    fill.setAlphaF(0.7f);
    for (int k = 0; k < classes.size(); ++k) {
        QScatterSeries *series = classes[k];
        series->setColor(fill);
        series->setBorderColor(m_theme.background);
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(std::max(smallest, largest * std::sqrt(double(limits.at(k)) / double(maxVoters))));
        if (series->count() == 0) {
            for (QLegendMarker *marker : m_chart->legend()->markers(series))
                marker->setVisible(false);
        }
    }
    m_hollow->setColor(Qt::transparent);
    m_hollow->setBrush(Qt::NoBrush);
    m_hollow->setPen(QPen(m_theme.primary, std::max(1.5, m_theme.lineWidth * 0.75)));
    m_hollow->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_hollow->setMarkerSize(smallest);
    if (m_hollow->count() == 0) {
        for (QLegendMarker *marker : m_chart->legend()->markers(m_hollow))
            marker->setVisible(false);
    }
}

// The selected race: a ring on top, so that selecting touches one point, not all of them.
void ChartGraphic::addScatterMarker(QValueAxis *x, QValueAxis *y, double largest)
{
    m_marker = new QScatterSeries;
    m_marker->setName(tr("Selected race"));
    m_chart->addSeries(m_marker);
    m_marker->attachAxis(x);
    m_marker->attachAxis(y);
    m_marker->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_marker->setMarkerSize(largest * 1.1);
    m_marker->setColor(Qt::transparent);
    m_marker->setBrush(Qt::NoBrush);
    m_marker->setPen(QPen(m_theme.selection, std::max(2.0, m_theme.lineWidth * 1.2)));
    for (QLegendMarker *marker : m_chart->legend()->markers(m_marker))
        marker->setVisible(false);
}

} // namespace Sailau::Charts
