// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartgraphic.h"

#include "format.h"
#include "tilemapitem.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <limits>
#include <cmath>

namespace Sailau::Charts {

namespace {

// A round upper bound for an axis: 1, 2, 2.5, 5 × 10ⁿ.
double niceCeil(double value)
{
    if (value <= 0)
        return 1;
    const double exponent = std::floor(std::log10(value));
    const double base = std::pow(10.0, exponent);
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= m * base + 1e-9)
            return m * base;
    }
    return 10 * base;
}

double niceStep(double range, int ticks)
{
    const double raw = range / std::max(1, ticks);
    const double exponent = std::floor(std::log10(raw));
    const double base = std::pow(10.0, exponent);
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * base + 1e-9)
            return m * base;
    }
    return 10 * base;
}

QString percentFormat()
{
    // QValueAxis takes a printf format; the chart localises the number itself.
    return Format::locale().language() == QLocale::English ? QStringLiteral("%.0f%") : QStringLiteral("%.0f\u00a0%");
}

} // namespace

ChartGraphic::ChartGraphic(const ChartModel &model, const ChartTheme &theme, const RenderHints &hints, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_theme(theme)
    , m_hints(hints)
{
    switch (m_model.id) {
    case ChartId::Map:
        m_map = new TileMapItem(m_model, m_theme);
        m_widget = m_map;
        connect(m_map, &TileMapItem::regionClicked, this, &ChartGraphic::regionActivated);
        break;
    case ChartId::TurnoutByRace:
    case ChartId::Margin:
    case ChartId::WinnerShare:
    case ChartId::Enc:
    case ChartId::AgainstAll:
        if (m_model.races.size() > std::max(1, m_hints.maxLabelledBars))
            buildProfile();
        else
            buildPerRace();
        break;
    case ChartId::TurnoutVsWinnerShare:
        buildScatter();
        break;
    case ChartId::CompareTurnout:
    case ChartId::CompareCompetitiveness:
    case ChartId::CompareTerritory:
    case ChartId::CompareCandidates:
        buildLines();
        break;
    default:
        buildCategories();
        break;
    }
    if (m_chart) {
        if (m_model.empty()) {
            // Say so in the plot rather than leave an empty frame.
            m_emptyBox = new QGraphicsRectItem(m_chart);
            m_emptyBox->setBrush(m_theme.background);
            m_emptyBox->setPen(Qt::NoPen);
            m_emptyBox->setZValue(30);
            m_emptyText = new QGraphicsSimpleTextItem(tr("Nothing to draw: no race here has these figures."), m_emptyBox);
            m_emptyText->setFont(m_theme.font(1.1));
            m_emptyText->setBrush(m_theme.muted);
            const double m = m_theme.basePixels * 0.5;
            m_emptyBox->setRect(m_emptyText->boundingRect().adjusted(-m, -m / 2, m, m / 2));
        }
        connect(m_chart, &QChart::plotAreaChanged, this, &ChartGraphic::updateLabels);
    }
}

ChartGraphic::~ChartGraphic()
{
    delete m_widget.data();
}

QGraphicsWidget *ChartGraphic::widget() const
{
    return m_widget.data();
}

QChart *ChartGraphic::chart() const
{
    return m_widget ? m_chart : nullptr;
}

TileMapItem *ChartGraphic::tileMap() const
{
    return m_widget ? m_map : nullptr;
}

void ChartGraphic::setBackgroundVisible(bool visible)
{
    if (m_chart)
        m_chart->setBackgroundVisible(visible);
    if (m_map)
        m_map->setBackgroundVisible(visible);
}

QString ChartGraphic::valueText(double value) const
{
    if (m_model.share)
        return Format::percent(value, 1);
    if (m_model.id == ChartId::Enc)
        return Format::decimal(value, 2);
    if (std::abs(value - std::round(value)) < 1e-9)
        return Format::count(qint64(std::llround(value)));
    return Format::decimal(value, 2);
}

void ChartGraphic::styleChart()
{
    m_chart = new QChart;
    m_widget = m_chart;
    // The theme first: it overwrites colours, which are set after it.
    m_chart->setTheme(m_theme.id == ThemeId::Dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundBrush(m_theme.background);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setBackgroundRoundness(0);
    m_chart->setDropShadowEnabled(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(Format::locale());
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    const int m = int(std::lround(m_theme.basePixels * 0.6));
    m_chart->setMargins(QMargins(m, m, m, m));
    QLegend *legend = m_chart->legend();
    legend->setFont(m_theme.font(0.95));
    legend->setLabelColor(m_theme.foreground);
    legend->setAlignment(Qt::AlignBottom);
    legend->setBackgroundVisible(false);
    legend->setBorderColor(Qt::transparent);
    legend->setShowToolTips(true);
}

static void styleAxis(QAbstractAxis *axis, const ChartTheme &theme)
{
    axis->setLabelsFont(theme.font(0.9));
    axis->setLabelsColor(theme.foreground);
    axis->setTitleFont(theme.font(0.95));
    axis->setTitleBrush(theme.foreground);
    axis->setLinePen(QPen(theme.muted, 1));
    axis->setGridLinePen(QPen(theme.grid, 1));
    axis->setShadesVisible(false);
    axis->setMinorGridLineVisible(false);
}

void ChartGraphic::addReference(QValueAxis *valueAxis, bool vertical, double position)
{
    if (!m_model.reference)
        return;
    auto *line = new QLineSeries;
    line->setName(m_model.reference->label);
    m_chart->addSeries(line);
    // A hidden 0…1 axis spans the other direction.
    auto *span = new QValueAxis;
    span->setRange(0, 1);
    m_chart->addAxis(span, vertical ? Qt::AlignRight : Qt::AlignTop);
    span->setVisible(false);
    if (vertical) {
        line->append(position, 0);
        line->append(position, 1);
        line->attachAxis(valueAxis);
        line->attachAxis(span);
    } else {
        line->append(0, position);
        line->append(1, position);
        line->attachAxis(span);
        line->attachAxis(valueAxis);
    }
    QPen pen(m_theme.reference, m_theme.lineWidth, Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    line->setPen(pen);
    line->setPointsVisible(false);
    m_referenceLine = line;
}

void ChartGraphic::addValueLabel(const QPointF &anchor, const QString &text, QAbstractSeries *series, Qt::Alignment where)
{
    // A box in the background colour keeps the label readable where a reference line crosses it.
    auto *box = new QGraphicsRectItem(m_chart);
    QColor fill = m_theme.background;
    fill.setAlphaF(0.85f);
    box->setBrush(fill);
    box->setPen(Qt::NoPen);
    box->setZValue(20);
    box->setAcceptedMouseButtons(Qt::NoButton);
    auto *item = new QGraphicsSimpleTextItem(text, box);
    item->setFont(m_theme.font(0.85));
    item->setBrush(m_theme.foreground);
    item->setAcceptedMouseButtons(Qt::NoButton);
    const QRectF r = item->boundingRect();
    const double m = m_theme.basePixels * 0.15;
    box->setRect(r.adjusted(-m, 0, m, 0));
    m_labels.append({box, anchor, series, where});
}

void ChartGraphic::updateLabels()
{
    if (!m_chart)
        return;
    const double pad = m_theme.basePixels * 0.3;
    for (const Label &l : std::as_const(m_labels)) {
        const QPointF p = m_chart->mapToPosition(l.anchor, l.series);
        const QRectF r = l.item->rect();
        QPointF pos;
        if (l.where & Qt::AlignRight)
            pos = QPointF(p.x() + pad, p.y() - r.height() / 2);
        else if (l.where & Qt::AlignTop)
            pos = QPointF(p.x() - r.width() / 2, p.y() - r.height() - pad / 2);
        else
            pos = QPointF(p.x() + pad, p.y() - r.height() - pad / 2);
        // A label never lies on the reference line: it moves past the line (to the right of a
        // vertical one, the way a bar's label reads; above a horizontal one).
        const QLineF ref = referenceLine();
        if (!ref.isNull()) {
            const double gap = m_theme.lineWidth * 1.5 + 2;
            const QRectF box(pos, r.size());
            if (std::abs(ref.x1() - ref.x2()) < 0.5) {
                const double x = ref.x1();
                const bool crosses = box.left() - gap < x && box.right() + gap > x
                                     && box.bottom() > std::min(ref.y1(), ref.y2()) && box.top() < std::max(ref.y1(), ref.y2());
                if (crosses) {
                    const double right = x + gap - box.left(), left = box.right() - (x - gap);
                    pos.rx() += (l.where & Qt::AlignRight) || right <= left ? right : -left;
                }
            } else if (std::abs(ref.y1() - ref.y2()) < 0.5) {
                const double y = ref.y1();
                const bool crosses = box.top() - gap < y && box.bottom() + gap > y
                                     && box.right() > std::min(ref.x1(), ref.x2()) && box.left() < std::max(ref.x1(), ref.x2());
                if (crosses)
                    pos.setY(y - gap - r.height());
            }
        }
        l.item->setPos(pos);
        l.item->setVisible(m_chart->plotArea().adjusted(-1, -r.height(), r.width() + 2 * pad, 1).contains(p));
    }
    if (m_emptyBox) {
        const QRectF area = m_chart->plotArea();
        const QRectF r = m_emptyText->boundingRect();
        m_emptyBox->setPos(area.center().x() - r.width() / 2, area.center().y() - r.height() / 2);
    }
}

QLineF ChartGraphic::referenceLine() const
{
    if (!m_chart || !m_referenceLine || m_referenceLine->count() < 2)
        return {};
    return QLineF(m_chart->mapToPosition(m_referenceLine->at(0), m_referenceLine),
                  m_chart->mapToPosition(m_referenceLine->at(1), m_referenceLine));
}

QList<QRectF> ChartGraphic::visibleValueLabels() const
{
    QList<QRectF> rects;
    for (const Label &l : m_labels) {
        if (l.item->isVisible())
            rects.append(l.item->mapRectToParent(l.item->rect()));
    }
    return rects;
}

void ChartGraphic::buildPerRace()
{
    styleChart();
    const bool share = m_model.share;
    auto scaled = [share](double v) { return share ? v * 100.0 : v; };
    auto *series = new QHorizontalBarSeries;
    auto *first = new QBarSet(m_model.firstName.isEmpty() ? m_model.valueTitle : m_model.firstName);
    QBarSet *second = nullptr;
    QStringList labels;
    double maximum = 0;
    for (const RaceValue &r : std::as_const(m_model.races)) {
        first->append(scaled(r.value));
        labels.append(r.label);
        maximum = std::max(maximum, r.value);
    }
    series->append(first);
    m_raceSets.append(first);
    if (!m_model.secondName.isEmpty()) {
        second = new QBarSet(m_model.secondName);
        for (const RaceValue &r : std::as_const(m_model.races)) {
            // Golosov is known whenever Laakso–Taagepera is; a gap would need a category of its own.
            second->append(scaled(r.second.value_or(r.value)));
            maximum = std::max(maximum, r.second.value_or(0));
        }
        series->append(second);
        m_raceSets.append(second);
    }
    series->setBarWidth(second ? 0.8 : 0.7);
    m_chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    auto *values = new QValueAxis;
    double top = 100;
    if (m_model.id == ChartId::AgainstAll || !share)
        top = niceCeil(scaled(maximum) * 1.15);
    if (m_model.id == ChartId::Enc)
        top = std::max(2.0, top);
    values->setRange(0, top);
    if (share) {
        values->setLabelFormat(percentFormat());
        values->setTickType(QValueAxis::TicksDynamic);
        values->setTickAnchor(0);
        values->setTickInterval(niceStep(top, 5));
    } else {
        values->setLabelFormat(QStringLiteral("%.1f"));
        values->setTickType(QValueAxis::TicksDynamic);
        values->setTickAnchor(0);
        values->setTickInterval(niceStep(top, 5));
    }
    values->setTitleText(m_model.valueTitle);
    m_chart->addAxis(categories, Qt::AlignLeft);
    m_chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    styleAxis(categories, m_theme);
    styleAxis(values, m_theme);
    categories->setGridLineVisible(false);

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

void ChartGraphic::buildProfile()
{
    styleChart();
    const bool share = m_model.share;
    auto scaled = [share](double v) { return share ? v * 100.0 : v; };
    const int n = int(m_model.races.size());
    // One step per race up to a few thousand races; beyond that no screen or page shows single
    // steps, so each group of neighbouring races is drawn as one segment from its first value to
    // its last (the values are sorted, so the curve is the same) and the second series as the
    // range it spans. Hundreds of thousands of points would only cost memory and seconds.
    constexpr int MaxSteps = 4000;
    const int group = std::max(1, (n + MaxSteps - 1) / MaxSteps);
    auto *upper = new QLineSeries;
    QList<QPointF> points;
    points.reserve(2 * ((n + group - 1) / group));
    double maximum = 0;
    for (int first = 0; first < n; first += group) {
        const int last = std::min(n, first + group) - 1;
        points.append({first + 0.5, scaled(m_model.races.at(first).value)});
        points.append({last + 1.5, scaled(m_model.races.at(last).value)});
        for (int i = first; i <= last; ++i)
            maximum = std::max(maximum, m_model.races.at(i).value);
    }
    upper->replace(points);
    auto *area = new QAreaSeries(upper);
    upper->setParent(area); // an area series does not own its lines
    area->setName(m_model.firstName.isEmpty() ? m_model.valueTitle : m_model.firstName);
    m_chart->addSeries(area);
    QLineSeries *second = nullptr;
    if (!m_model.secondName.isEmpty()) {
        second = new QLineSeries;
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
                maximum = std::max(maximum, m_model.races.at(i).second.value_or(0));
            }
            secondPoints.append({first + 0.5, low});
            secondPoints.append({last + 1.5, high});
        }
        second->replace(secondPoints);
        m_chart->addSeries(second);
    }
    m_marker = new QScatterSeries;
    m_marker->setName(tr("Selected race"));
    m_chart->addSeries(m_marker);

    auto *x = new QValueAxis;
    // The races by rank, lowest first; hover or click names them.
    x->setRange(0.5, n + 0.5);
    x->setGridLineVisible(false);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(std::max(1.0, niceStep(n, 5)));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("Races ranked, lowest first (%1 races)").arg(Format::count(qint64(n))));
    auto *y = new QValueAxis;
    double top = 100;
    if (m_model.id == ChartId::AgainstAll || !share)
        top = niceCeil(scaled(maximum) * 1.1);
    y->setRange(0, top);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(niceStep(top, 5));
    y->setLabelFormat(share ? percentFormat() : QStringLiteral("%.1f"));
    y->setTitleText(m_model.valueTitle);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    styleAxis(x, m_theme);
    styleAxis(y, m_theme);

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

// Lines over election days: one per series, broken where a value is missing (never drawn as
// 0), with a marker on every known value; the scope as a whole drawn bold.
void ChartGraphic::buildLines()
{
    styleChart();
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
    const double top = m_model.share ? std::min(100.0, niceCeil(std::max(0.1, maximum * 1.1) * 100.0))
                                     : niceCeil(std::max(1.0, maximum * 1.1));
    values->setRange(0, top);
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(niceStep(top, 5));
    values->setLabelFormat(m_model.share ? percentFormat() : QStringLiteral("%.1f"));
    values->setTitleText(m_model.valueTitle);
    m_chart->addAxis(days, Qt::AlignBottom);
    m_chart->addAxis(values, Qt::AlignLeft);
    styleAxis(days, m_theme);
    styleAxis(values, m_theme);
    days->setGridLineVisible(false);

    const double scale = m_model.share ? 100.0 : 1.0;
    int paletteIndex = 1;
    for (int s = 0; s < m_model.series.size(); ++s) {
        const TimeSeries &t = m_model.series.at(s);
        QColor colour = t.colour.isEmpty() ? (t.emphasised ? m_theme.foreground : Palette::okabeIto(paletteIndex++ % 8))
                                           : QColor(t.colour);
        if (!t.emphasised && t.colour.isEmpty() && paletteIndex % 8 == 1)
            ++paletteIndex; // black is the whole's
        const double width = t.emphasised ? m_theme.lineWidth * 2 : m_theme.lineWidth;
        // One line per run of known values.
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
                segment->setPen(QPen(colour, width));
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
        // The values are written beside the points: of the whole where there is one (the
        // regions' labels would cover each other), else of up to three lines.
        const bool anyEmphasised = std::any_of(m_model.series.cbegin(), m_model.series.cend(),
                                               [](const TimeSeries &x) { return x.emphasised; });
        if (anyEmphasised ? t.emphasised : m_model.series.size() <= 3) {
            for (int p = 0; p < periods && p < t.values.size(); ++p) {
                if (t.values.at(p))
                    addValueLabel(QPointF(p, *t.values.at(p) * scale), valueText(*t.values.at(p)), points, Qt::AlignTop);
            }
        }
    }
    QLegend *legend = m_chart->legend();
    if (m_model.series.size() > 4) {
        legend->setAlignment(Qt::AlignRight);
        legend->setFont(m_theme.font(0.75));
    }
}

QString ChartGraphic::describePoint(int series, int period) const
{
    if (series < 0 || series >= m_model.series.size())
        return {};
    const TimeSeries &t = m_model.series.at(series);
    if (period < 0 || period >= t.values.size() || period >= m_model.periods.size())
        return {};
    QString text = QStringLiteral("<b>%1</b><br>%2: ").arg(t.name.toHtmlEscaped(), m_model.periods.at(period).toHtmlEscaped());
    const auto &v = t.values.at(period);
    text += v ? QStringLiteral("<b>%1</b>").arg(m_model.share ? Format::percent(*v, 1) : Format::decimal(*v, 2))
              : Format::missing();
    if (period < t.counts.size() && t.counts.at(period) > 0)
        text += QStringLiteral("<br>") + (t.countsCandidates ? tr("from %n candidate(s)", nullptr, t.counts.at(period))
                                                             : tr("from %n race(s)", nullptr, t.counts.at(period)));
    return text;
}

void ChartGraphic::buildCategories()
{
    styleChart();
    const bool horizontal = m_model.id == ChartId::TurnoutByRegion || m_model.id == ChartId::WinnersByNomination;
    const bool share = m_model.share;
    auto scaled = [share](double v) { return share ? v * 100.0 : v; };
    QStringList labels;
    double maximum = 0;
    for (const CategoryValue &c : std::as_const(m_model.categories)) {
        labels.append(c.label);
        maximum = std::max(maximum, c.value.value_or(0));
    }

    // Each colour is a set; a category has its value in its own set and nothing in the others
    // (stacked, so the empty parts take no room and draw nothing).
    struct Group
    {
        QString name;
        QColor colour;
    };
    QList<Group> groups;
    QList<int> groupOf;
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
    // A second value beside each bar (the winners beside the candidates): two sets side by side.
    const bool paired = std::any_of(m_model.categories.cbegin(), m_model.categories.cend(),
                                    [](const CategoryValue &c) { return c.second.has_value(); });
    if (paired) {
        groups = {{m_model.firstName, m_theme.primary}, {m_model.secondName, m_theme.secondary}};
        for (const CategoryValue &c : std::as_const(m_model.categories))
            maximum = std::max(maximum, c.second.value_or(0));
    }

    QAbstractBarSeries *series = nullptr;
    if (groups.size() > 1 && !paired)
        series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                            : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    else
        series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    QList<QBarSet *> sets;
    for (const Group &g : std::as_const(groups)) {
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

    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTitleText(m_model.categoryTitle);
    auto *values = new QValueAxis;
    double top = share ? 100.0 : niceCeil(std::max(1.0, maximum * 1.15));
    values->setRange(0, top);
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(share ? 20.0 : std::max(1.0, niceStep(top, 5)));
    values->setLabelFormat(share ? percentFormat() : QStringLiteral("%.0f"));
    values->setTitleText(m_model.valueTitle);
    m_chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    styleAxis(categories, m_theme);
    styleAxis(values, m_theme);
    categories->setGridLineVisible(false);
    if (horizontal)
        categories->setTitleVisible(false);

    for (int g = 0; g < sets.size(); ++g) {
        sets[g]->setColor(groups[g].colour);
        // No outline: the empty parts of a stacked set must not leave a hairline.
        sets[g]->setPen(Qt::NoPen);
        sets[g]->setSelectedColor(m_theme.selection);
    }
    for (int i = 0; i < m_model.categories.size() && !paired; ++i) {
        const auto &c = m_model.categories.at(i);
        // Empty bands and counts of zero need no label: the axis says 0.
        if (!c.value || *c.value == 0)
            continue;
        addValueLabel(horizontal ? QPointF(scaled(*c.value), i) : QPointF(i, scaled(*c.value)),
                      valueText(*c.value), series, horizontal ? Qt::AlignRight : Qt::AlignTop);
    }
    if (horizontal) {
        const QFontMetricsF fm(m_theme.font(0.85));
        QMargins margins = m_chart->margins();
        margins.setRight(int(margins.right() + fm.horizontalAdvance(QStringLiteral("100.0%"))));
        m_chart->setMargins(margins);
    }

    if (m_model.reference) {
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

    // Turnout by region always says which values are published and which computed.
    const bool legend = (m_model.id == ChartId::TurnoutByRegion && !groups.isEmpty()) || m_model.reference || paired;
    m_chart->legend()->setVisible(legend);
    if (paired && share) {
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
    } else if (paired) {
        for (QBarSet *set : std::as_const(sets))
            set->setLabelColor(m_theme.foreground);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    }
    if (!paired && m_model.id != ChartId::TurnoutByRegion) {
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
    }
    m_raceSets = sets;

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
    constexpr int Classes = 4;
    QList<qint64> limits;    // upper bounds of the classes, round numbers
    for (int k = 1; k <= Classes; ++k) {
        const double raw = double(maxVoters) * k / Classes;
        const double step = std::pow(10.0, std::floor(std::log10(std::max(1.0, raw)))) / 2;
        limits.append(k == Classes ? maxVoters : qint64(std::ceil(raw / step) * step));
    }
    const double largest = m_theme.basePixels * (n > 50 ? 2.2 : 3.0);
    const double smallest = m_theme.basePixels * 0.8;
    QColor fill = m_theme.primary;
    fill.setAlphaF(0.7f);

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
    for (int i = 0; i < n; ++i) {
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
    // Largest first, so that small points stay visible on top.
    for (int k = int(classes.size()) - 1; k >= 0; --k)
        m_chart->addSeries(classes[k]);
    m_chart->addSeries(m_hollow);

    auto range = [](double lo, double hi) {
        if (hi < lo)
            return std::pair<double, double>(0, 100);
        // Room on each side, so that the largest points are not cut.
        const double a = std::floor((lo * 100.0 - 8.0) / 10.0) * 10.0;
        const double b = std::ceil((hi * 100.0 + 8.0) / 10.0) * 10.0;
        return std::pair<double, double>(std::max(0.0, a), std::min(100.0, b));
    };
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    const auto [x0, x1] = range(xmin, xmax);
    const auto [y0, y1] = range(ymin, ymax);
    x->setRange(x0, x1);
    y->setRange(y0, y1);
    for (QValueAxis *a : {x, y}) {
        a->setTickType(QValueAxis::TicksDynamic);
        a->setTickAnchor(0);
        a->setTickInterval(10);
        a->setLabelFormat(percentFormat());
    }
    x->setTitleText(m_model.categoryTitle);
    y->setTitleText(m_model.valueTitle);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    styleAxis(x, m_theme);
    styleAxis(y, m_theme);

    // Colours and sizes after the theme. Area proportional to the voters: the diameter goes
    // with the square root of the class's upper bound.
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

    if (n <= 15) {
        for (int k = 0; k < classes.size(); ++k) {
            for (int j = 0; j < classes[k]->count(); ++j)
                addValueLabel(classes[k]->at(j), m_model.races.at(m_classRace[k].at(j)).label, classes[k], Qt::AlignRight);
        }
        for (int j = 0; j < m_hollow->count(); ++j)
            addValueLabel(m_hollow->at(j), m_model.races.at(m_hollowRace.at(j)).label, m_hollow, Qt::AlignRight);
    }

    // The selected race: a ring on top, so that selecting touches one point, not all of them.
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
    m_chart->legend()->setVisible(n > 0);

    auto nearest = [](QXYSeries *s, const QPointF &p) {
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
    };
    auto wire = [this, nearest](QScatterSeries *s, const QList<int> *map) {
        connect(s, &QXYSeries::clicked, this, [this, s, map, nearest](const QPointF &p) {
            const int k = nearest(s, p);
            if (k >= 0)
                emit raceActivated(raceAt(map->at(k)));
        });
        connect(s, &QXYSeries::hovered, this, [this, s, map, nearest](const QPointF &p, bool state) {
            const int k = nearest(s, p);
            emit hoverChanged(state && k >= 0 ? describeRace(map->at(k)) : QString());
        });
    };
    for (int k = 0; k < classes.size(); ++k)
        wire(classes[k], &m_classRace[k]);
    wire(m_hollow, &m_hollowRace);
    applySelection();
}

qint64 ChartGraphic::raceAt(int index) const
{
    if (index < 0 || index >= m_model.races.size())
        return 0;
    return m_model.races.at(index).raceId;
}

int ChartGraphic::indexOfRace(qint64 raceId) const
{
    for (int i = 0; i < m_model.races.size(); ++i) {
        if (m_model.races.at(i).raceId == raceId)
            return i;
    }
    return -1;
}

QString ChartGraphic::describeRace(int index) const
{
    if (index < 0 || index >= m_model.races.size())
        return {};
    const RaceValue &r = m_model.races.at(index);
    QString text = QStringLiteral("<b>%1</b>").arg(r.territory.toHtmlEscaped());
    if (!r.region.isEmpty())
        text += QStringLiteral(" (%1)").arg(r.region.toHtmlEscaped());
    auto exact = [this](double v) {
        return m_model.share ? Format::percent(v, 2) : Format::decimal(v, 3);
    };
    switch (m_model.id) {
    case ChartId::TurnoutVsWinnerShare:
        text += QStringLiteral("<br>%1: <b>%2</b>").arg(Metrics::name(Metrics::Metric::Turnout), Format::percent(r.value, 2));
        text += QStringLiteral("<br>%1: <b>%2</b>").arg(Metrics::name(Metrics::Metric::WinnerShare), Format::percent(r.second, 2));
        text += QStringLiteral("<br>") + tr("Voters on the lists: %1").arg(Format::count(r.voters));
        break;
    case ChartId::Enc:
        text += QStringLiteral("<br>%1: <b>%2</b>").arg(Metrics::name(Metrics::Metric::EncLaaksoTaagepera), Format::decimal(r.value, 3));
        text += QStringLiteral("<br>%1: <b>%2</b>").arg(Metrics::name(Metrics::Metric::EncGolosov), Format::decimal(r.second, 3));
        break;
    default:
        text += QStringLiteral("<br>%1: <b>%2</b>").arg(m_model.valueTitle.toHtmlEscaped(), exact(r.value));
        break;
    }
    if (m_model.id == ChartId::TurnoutByRace || m_model.id == ChartId::TurnoutVsWinnerShare) {
        if (r.basis != Metrics::TurnoutBasis::None)
            text += QStringLiteral("<br>") + tr("Turnout: %1").arg(Metrics::describe(r.basis).toHtmlEscaped());
        if (m_model.id == ChartId::TurnoutByRace)
            text += QStringLiteral("<br>") + tr("Voters on the lists: %1").arg(Format::count(r.voters));
    }
    if (m_sources) {
        const QStringList urls = m_sources(r.raceId, m_model.id);
        if (!urls.isEmpty()) {
            QStringList shown = urls.mid(0, 2);
            for (QString &u : shown)
                u = u.toHtmlEscaped();
            text += QStringLiteral("<br>") + tr("Source: %1").arg(shown.join(QStringLiteral("<br>")));
        }
    }
    return text;
}

QString ChartGraphic::describeCategory(int index) const
{
    if (index < 0 || index >= m_model.categories.size())
        return {};
    const CategoryValue &c = m_model.categories.at(index);
    QString text = QStringLiteral("<b>%1</b><br>%2: <b>%3</b>")
                       .arg(c.label.toHtmlEscaped(), m_model.valueTitle.toHtmlEscaped(),
                            c.value ? (m_model.share ? Format::percent(c.value, 2) : valueText(*c.value)) : Format::missing());
    if (c.second)
        text += QStringLiteral("<br>%1: <b>%2</b>").arg(m_model.secondName.toHtmlEscaped(), valueText(*c.second));
    if (m_model.id == ChartId::TurnoutByRegion || m_model.id != ChartId::WinnersByNomination) {
        if (!c.basis.isEmpty())
            text += QStringLiteral("<br>") + c.basis.toHtmlEscaped();
    }
    if (!c.raceLabels.isEmpty()) {
        QStringList names;
        for (int i = 0; i < c.raceLabels.size() && i < 12; ++i)
            names.append(c.raceLabels.at(i).toHtmlEscaped());
        if (c.raceLabels.size() > 12)
            names.append(tr("and %n more", nullptr, int(c.raceLabels.size() - 12)));
        text += QStringLiteral("<br>") + names.join(QStringLiteral("<br>"));
    }
    if (!c.sources.isEmpty())
        text += QStringLiteral("<br>") + tr("Source: %1").arg(c.sources.mid(0, 2).join(QStringLiteral("<br>")).toHtmlEscaped());
    else if (m_model.id == ChartId::TurnoutByRegion)
        text += QStringLiteral("<br>") + tr("Source: computed by Sailau from the races' counts");
    return text;
}

void ChartGraphic::setSourceLookup(SourceLookup lookup)
{
    m_sources = std::move(lookup);
}

void ChartGraphic::setSelectedRace(qint64 raceId)
{
    m_race = raceId;
    applySelection();
}

void ChartGraphic::setSelectedRegion(qint64 regionId)
{
    m_region = regionId;
    applySelection();
}

void ChartGraphic::applySelection()
{
    if (!m_widget)
        return;
    if (m_map) {
        m_map->setSelectedRegion(m_region);
        return;
    }
    const bool categories = !m_model.categories.isEmpty() || m_model.id == ChartId::TurnoutDistribution
                            || m_model.id == ChartId::TurnoutByRegion || m_model.id == ChartId::Candidates
                            || m_model.id == ChartId::WinnersByNomination;
    if (categories) {
        for (QBarSet *set : std::as_const(m_raceSets))
            set->deselectAllBars();
        for (int i = 0; i < m_model.categories.size(); ++i) {
            const CategoryValue &c = m_model.categories.at(i);
            const bool selected = (m_region && c.territoryId == m_region) || (m_race && c.raceIds.contains(m_race));
            if (!selected)
                continue;
            for (QBarSet *set : std::as_const(m_raceSets)) {
                if (set->at(i) != 0)
                    set->selectBar(i);
            }
        }
        return;
    }
    const int index = indexOfRace(m_race);
    if (m_model.id == ChartId::TurnoutVsWinnerShare) {
        if (m_marker) {
            m_marker->clear();
            if (index >= 0) {
                const RaceValue &r = m_model.races.at(index);
                m_marker->append(r.value * 100.0, r.second.value_or(0) * 100.0);
            }
        }
        return;
    }
    if (m_profile) {
        if (m_marker) {
            m_marker->clear();
            if (index >= 0)
                m_marker->append(index + 1, m_model.share ? m_model.races.at(index).value * 100.0 : m_model.races.at(index).value);
        }
        return;
    }
    for (QBarSet *set : std::as_const(m_raceSets)) {
        set->deselectAllBars();
        if (index >= 0)
            set->selectBar(index);
    }
}

} // namespace Sailau::Charts
