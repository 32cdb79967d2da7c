// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "charttheme.h"

#include <QObject>
#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QPointer>

#include <functional>
#include <utility>

class QAbstractAxis;
class QAbstractBarSeries;
class QAbstractSeries;
class QAreaSeries;
class QBarSet;
class QCategoryAxis;
class QChart;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QGraphicsWidget;
class QLineSeries;
class QPen;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

namespace Sailau::Charts {

class TileMapItem;

// How a chart should be laid out for where it is shown.
struct RenderHints
{
    // Per-race charts name every race on the axis up to this many races; beyond, they show the
    // races as a sorted profile with no names (hover and click still name them).
    int maxLabelledBars = 50;
};

// One chart, built from a ChartModel: a QChart (or, for the map, a TileMapItem) that can be put
// into a QChartView on screen or into a scene that is rendered into an image, SVG or PDF. It
// reports clicks and hovers as races and regions, and shows the selected race or region.
class ChartGraphic : public QObject
{
    Q_OBJECT
public:
    ChartGraphic(const ChartModel &model, const ChartTheme &theme, const RenderHints &hints = {},
                 QObject *parent = nullptr);
    ~ChartGraphic() override;

    // The item to put into a scene; owned by this object until a view or scene takes it.
    QGraphicsWidget *widget() const;
    QChart *chart() const;                 // null for the map
    TileMapItem *tileMap() const;          // null for the other charts
    const ChartModel &model() const { return m_model; }
    const ChartTheme &theme() const { return m_theme; }

    // Shows the chart without its own background (the exporter paints one, or none).
    void setBackgroundVisible(bool visible);

    void setSelectedRace(qint64 raceId);
    void setSelectedRegion(qint64 regionId);
    qint64 selectedRace() const { return m_race; }
    qint64 selectedRegion() const { return m_region; }

    // The race at a category (bars) or point index, and back; for the linked selection and tests.
    qint64 raceAt(int index) const;
    int indexOfRace(qint64 raceId) const;
    // The tooltip text of a race or category index.
    QString describeRace(int index) const;
    QString describeCategory(int index) const;

    // Where a race's figures come from, for the tooltips (the chart holds no database).
    using SourceLookup = std::function<QStringList(qint64 raceId, ChartId chart)>;
    void setSourceLookup(SourceLookup lookup);

    // Positions the value labels; call after the chart got its final size (a view does it on
    // its own when the plot area changes).
    void updateLabels();
    // The value labels shown and the reference line, in the chart's coordinates (for tests: the
    // labels keep clear of the line).
    QList<QRectF> visibleValueLabels() const;
    QLineF referenceLine() const;

signals:
    void raceActivated(qint64 raceId);
    void regionActivated(qint64 regionId);
    // Rich text for a tooltip; empty when the pointer left the item.
    void hoverChanged(const QString &text);

private:
    // A value as drawn: shares in percent.
    double scaled(double value) const { return m_model.share ? value * 100.0 : value; }
    void addEmptyNote();

    // The bar charts (chartgraphicbars.cpp).
    void buildPerRace();
    double raceMaximum(bool withSecond) const;
    void addRaceSets(QAbstractBarSeries *series);
    QValueAxis *addPerRaceAxes(QAbstractBarSeries *series, double maximum);
    void buildProfile();
    QAreaSeries *addProfileArea(int group);
    QLineSeries *addProfileRange(int group);
    std::pair<QValueAxis *, QValueAxis *> addProfileAxes(double maximum);
    void buildCategories();
    struct BarGroup
    {
        QString name;
        QColor colour;
    };
    QList<BarGroup> barGroups(QList<int> &groupOf) const;
    QAbstractBarSeries *addCategorySets(const QList<BarGroup> &groups, const QList<int> &groupOf, bool paired,
                                        bool horizontal);
    QValueAxis *addCategoryAxes(QAbstractBarSeries *series, bool horizontal, double top);
    void addCategoryLabels(QAbstractBarSeries *series, bool horizontal);
    void addCategoryReference(QValueAxis *values, bool horizontal, double top);
    void labelPairedBars(QAbstractBarSeries *series);

    // The scatter (chartgraphicscatter.cpp).
    void buildScatter();
    QList<QScatterSeries *> addScatterSeries(const QList<qint64> &limits, qint64 maxVoters);
    std::pair<QValueAxis *, QValueAxis *> addScatterAxes(std::pair<double, double> across,
                                                         std::pair<double, double> up);
    void styleScatterSeries(const QList<QScatterSeries *> &classes, const QList<qint64> &limits, qint64 maxVoters,
                            double smallest, double largest);
    void addScatterMarker(QValueAxis *x, QValueAxis *y, double largest);

    // The lines over election days (chartgraphiclines.cpp).
    void buildLines();
    std::pair<QCategoryAxis *, QValueAxis *> addLineAxes();
    void addLine(int s, const QColor &colour, QAbstractAxis *days, QValueAxis *values, bool labelled);
    QLineSeries *addLineSegments(const TimeSeries &t, const QPen &pen, QAbstractAxis *days, QValueAxis *values);

    // The frame, reference line and value labels (chartgraphicaxes.cpp).
    void styleChart();
    void addReference(QValueAxis *valueAxis, bool vertical, double position);
    void addValueLabel(const QPointF &anchor, const QString &text, QAbstractSeries *series, Qt::Alignment where);

    // Selection and tooltips (chartgraphic.cpp).
    void applySelection();
    QString valueText(double value) const;
    QString describePoint(int series, int period) const;

    ChartModel m_model;
    ChartTheme m_theme;
    RenderHints m_hints;
    QPointer<QGraphicsWidget> m_widget;
    QChart *m_chart = nullptr;
    TileMapItem *m_map = nullptr;
    qint64 m_race = 0;
    qint64 m_region = 0;
    bool m_profile = false;
    QList<QBarSet *> m_raceSets;            // bars whose index is the race index
    QScatterSeries *m_hollow = nullptr;     // scatter points without voters
    QScatterSeries *m_marker = nullptr;     // the profile's selected race
    QList<QList<int>> m_classRace;          // scatter: point of a size class → race index
    QList<int> m_hollowRace;
    QGraphicsRectItem *m_emptyBox = nullptr;
    QGraphicsSimpleTextItem *m_emptyText = nullptr;
    struct Label
    {
        QGraphicsRectItem *item;
        QPointF anchor;
        QAbstractSeries *series;
        Qt::Alignment where;
    };
    QList<Label> m_labels;
    QLineSeries *m_referenceLine = nullptr;   // the published figure's dashed line, if any
    SourceLookup m_sources;
};

} // namespace Sailau::Charts
