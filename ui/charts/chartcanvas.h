// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QGraphicsView>
#include <QWidget>

#include <memory>

class QStackedLayout;

namespace Sailau::Charts {

class ChartGraphic;
class TileMapItem;

// A QChartView that survives a click where no item lies under the pointer. Qt 6.4's
// QChartView::mousePressEvent dereferences itemAt() without checking it (fixed upstream in
// 6.6.1); such a click goes straight to QGraphicsView here.
class GuardedChartView : public QChartView
{
    Q_OBJECT
public:
    explicit GuardedChartView(QWidget *parent = nullptr);

protected:
    void mousePressEvent(QMouseEvent *event) override;
};

// Shows the tile map: the item fills the viewport and is laid out again when it resizes.
class TileMapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit TileMapView(QWidget *parent = nullptr);
    void setItem(TileMapItem *item);
    TileMapItem *item() const { return m_item; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();
    TileMapItem *m_item = nullptr;
};

// Shows one ChartGraphic, whichever kind it is, with its tooltips; owns it.
class ChartCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit ChartCanvas(QWidget *parent = nullptr);
    ~ChartCanvas() override;

    void setGraphic(std::unique_ptr<ChartGraphic> graphic);
    ChartGraphic *graphic() const { return m_graphic.get(); }
    GuardedChartView *chartView() const { return m_chartView; }
    TileMapView *mapView() const { return m_mapView; }
    // The view that shows the current graphic.
    QGraphicsView *currentView() const;

signals:
    void raceActivated(qint64 raceId);
    void regionActivated(qint64 regionId);
    void resized();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QStackedLayout *m_stack;
    GuardedChartView *m_chartView;
    TileMapView *m_mapView;
    QChart *m_placeholder;
    std::unique_ptr<ChartGraphic> m_graphic;
};

} // namespace Sailau::Charts
