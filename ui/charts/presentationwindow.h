// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "charttheme.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QScreen;

namespace Sailau::Charts {

class ChartCanvas;

// One slide: a chart for a day and a territory (0: the country).
struct Slide
{
    ChartId chart = ChartId::TurnoutByRace;
    MapMetric metric = MapMetric::Turnout;
    QDate day;
    qint64 territoryId = 0;
};

// Full screen, one chart at a time, in large type for a room. Right, Page Down and Space go to
// the next chart, Left and Page Up back; Up and Down step through the regions; Esc leaves.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    PresentationWindow(QSqlDatabase db, const QList<Slide> &slides, QWidget *parent = nullptr);

    // Shows the window full screen on a screen (the primary one when null).
    void present(QScreen *screen);

    int currentIndex() const { return m_index; }
    int count() const { return int(m_slides.size()); }
    const Slide &currentSlide() const { return m_slides.at(m_index); }
    qint64 currentTerritory() const { return m_territoryId; }
    ChartCanvas *canvas() const { return m_canvas; }
    QLabel *titleLabel() const { return m_title; }
    // The type size the charts use, in pixels (≥ 32 px, that is 24 pt, on a 1080-line screen).
    double basePixels() const;

    void next();
    void previous();
    void nextRegion();
    void previousRegion();
    void showSlide(int index);

signals:
    void slideChanged(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void moveRegion(int step);

    QSqlDatabase m_db;
    QList<Slide> m_slides;
    QList<qint64> m_regions;       // the country, then the regions with races
    ChartData m_data;
    int m_index = 0;
    qint64 m_territoryId = 0;
    QLabel *m_title;
    QLabel *m_note;
    QLabel *m_footer;
    ChartCanvas *m_canvas;
    int m_builtHeight = 0;
};

} // namespace Sailau::Charts
