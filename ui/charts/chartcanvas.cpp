// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcanvas.h"

#include "chartgraphic.h"
#include "tilemapitem.h"

#include <QCursor>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QStackedLayout>
#include <QToolTip>

namespace Sailau::Charts {

GuardedChartView::GuardedChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
}

void GuardedChartView::mousePressEvent(QMouseEvent *event)
{
    if (!itemAt(event->position().toPoint())) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    QChartView::mousePressEvent(event);
}

TileMapView::TileMapView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHint(QPainter::Antialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setMouseTracking(true);
}

void TileMapView::setItem(TileMapItem *item)
{
    if (m_item && m_item->scene() == scene())
        scene()->removeItem(m_item);
    m_item = item;
    if (m_item) {
        scene()->addItem(m_item);
        fit();
    }
}

void TileMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void TileMapView::fit()
{
    const QRectF r(QPointF(0, 0), viewport()->size());
    setSceneRect(r);
    if (m_item)
        m_item->setGeometry(r);
}

ChartCanvas::ChartCanvas(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_chartView(new GuardedChartView(this))
    , m_mapView(new TileMapView(this))
{
    m_chartView->setObjectName(QStringLiteral("chartView"));
    m_mapView->setObjectName(QStringLiteral("mapView"));
    m_placeholder = m_chartView->chart();
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_mapView);
    setMinimumSize(240, 160);
}

ChartCanvas::~ChartCanvas()
{
    // The view owns the placeholder chart only while it shows it (setChart() lets go of the
    // chart it replaces).
    if (m_chartView->chart() != m_placeholder)
        delete m_placeholder;
    // The views (and their scenes) go first, taking the items with them.
    delete m_chartView;
    delete m_mapView;
    m_graphic.reset();
}

QGraphicsView *ChartCanvas::currentView() const
{
    return m_graphic && m_graphic->tileMap() ? static_cast<QGraphicsView *>(m_mapView)
                                             : static_cast<QGraphicsView *>(m_chartView);
}

void ChartCanvas::setGraphic(std::unique_ptr<ChartGraphic> graphic)
{
    std::unique_ptr<ChartGraphic> old = std::move(m_graphic);
    m_graphic = std::move(graphic);
    if (m_graphic && m_graphic->chart()) {
        m_chartView->setChart(m_graphic->chart());
        m_mapView->setItem(nullptr);
        m_stack->setCurrentWidget(m_chartView);
    } else if (m_graphic && m_graphic->tileMap()) {
        m_chartView->setChart(m_placeholder);
        m_mapView->setItem(m_graphic->tileMap());
        m_stack->setCurrentWidget(m_mapView);
    } else {
        m_chartView->setChart(m_placeholder);
        m_mapView->setItem(nullptr);
    }
    if (old && old->chart() && old->chart()->scene())
        old->chart()->scene()->removeItem(old->chart());
    old.reset();
    if (!m_graphic)
        return;
    connect(m_graphic.get(), &ChartGraphic::raceActivated, this, &ChartCanvas::raceActivated);
    connect(m_graphic.get(), &ChartGraphic::regionActivated, this, &ChartCanvas::regionActivated);
    connect(m_graphic.get(), &ChartGraphic::hoverChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), text, currentView());
    });
    m_graphic->updateLabels();
}

void ChartCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    emit resized();
}

} // namespace Sailau::Charts
