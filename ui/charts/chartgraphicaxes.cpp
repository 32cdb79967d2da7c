// SPDX-License-Identifier: GPL-3.0-or-later
// The frame of every chart but the map: the QChart in the theme, the scales and style of the
// axes, the dashed line of a published figure and the value labels that keep clear of it.
#include "chartgraphic_p.h"

#include "format.h"

#include <QAbstractSeries>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Sailau::Charts {

namespace Axes {

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

void setTicks(QValueAxis *axis, double interval, const QString &format)
{
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
    axis->setLabelFormat(format);
}

void style(QAbstractAxis *axis, const ChartTheme &theme)
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

} // namespace Axes

namespace {

// A label never lies on the reference line: it moves past the line (to the right of a vertical
// one, the way a bar's label reads; above a horizontal one), gap clear of it.
QPointF clearOfLine(const QLineF &ref, QPointF pos, const QSizeF &size, Qt::Alignment where, double gap)
{
    const QRectF box(pos, size);
    if (std::abs(ref.x1() - ref.x2()) < 0.5) {
        const double x = ref.x1();
        const bool crosses = box.left() - gap < x && box.right() + gap > x
                             && box.bottom() > std::min(ref.y1(), ref.y2()) && box.top() < std::max(ref.y1(), ref.y2());
        if (crosses) {
            const double right = x + gap - box.left(), left = box.right() - (x - gap);
            pos.rx() += (where & Qt::AlignRight) || right <= left ? right : -left;
        }
    } else if (std::abs(ref.y1() - ref.y2()) < 0.5) {
        const double y = ref.y1();
        const bool crosses = box.top() - gap < y && box.bottom() + gap > y
                             && box.right() > std::min(ref.x1(), ref.x2()) && box.left() < std::max(ref.x1(), ref.x2());
        if (crosses)
            pos.setY(y - gap - size.height());
    }
    return pos;
}

} // namespace

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
    const QLineF ref = referenceLine();
    const double gap = m_theme.lineWidth * 1.5 + 2;
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
        if (!ref.isNull())
            pos = clearOfLine(ref, pos, r.size(), l.where, gap);
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

} // namespace Sailau::Charts
