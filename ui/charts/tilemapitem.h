// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "charttheme.h"

#include <QGraphicsWidget>

class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace Sailau::Charts {

// The tile-grid map of the first-level units, as a graphics item: one square per region at its
// tile position, coloured on a sequential scale, "not known" hatched grey, with a legend. It
// lives in a QGraphicsScene like a QChart, so the same code shows it and exports it.
class TileMapItem : public QGraphicsWidget
{
    Q_OBJECT
public:
    TileMapItem(const ChartModel &model, const ChartTheme &theme, QGraphicsItem *parent = nullptr);

    void setGeometry(const QRectF &rect) override;
    void setSelectedRegion(qint64 regionId);
    void setBackgroundVisible(bool visible);

    // The tile of a region in item coordinates (empty when it has none); for tests and clicks.
    QRectF tileRect(qint64 regionId) const;
    qint64 regionAt(const QPointF &pos) const;
    // The colour a value gets, and the range the legend spans.
    QColor colourFor(const std::optional<double> &value) const;
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    QString tooltip(const RegionTile &tile) const;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    void regionClicked(qint64 regionId);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    struct Layout;
    void relayout();
    Layout layoutFor(const QSizeF &area) const;
    void addTile(const RegionTile &t, const Layout &l);
    void addTileText(const RegionTile &t, const QRectF &r, double cell, const QColor &text, const QString &toolTip);
    void addLegend(const Layout &l, const QSizeF &area);
    void addLegendText(const Layout &l, const QString &s, const QPointF &pos, Qt::Alignment align);
    QString valueText(double value) const;

    ChartModel m_model;
    ChartTheme m_theme;
    double m_min = 0, m_max = 1;
    qint64 m_selected = 0;
    bool m_background = true;
    QHash<qint64, QString> m_names;
    QHash<qint64, QRectF> m_tiles;
    QHash<qint64, QGraphicsRectItem *> m_tileItems;
    QList<QGraphicsItem *> m_items;   // everything laid out, rebuilt on resize
};

} // namespace Sailau::Charts
