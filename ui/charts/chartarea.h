// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "chartexporter.h"
#include "charttheme.h"

#include <QHash>
#include <QDate>
#include <QSqlDatabase>
#include <QTabWidget>

#include <memory>

class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QTimer;
class QToolButton;

namespace Sailau {
class BackgroundReader;
}

namespace Sailau::Charts {

class ChartCanvas;
class ChartGraphic;

// One tab of the chart area: a chooser for its charts (or the map's metric), the chart's title,
// the note that says what is left out, the chart, and its footnotes.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    ChartPanel(Panel panel, QWidget *parent = nullptr);

    Panel panel() const { return m_panel; }
    ChartId currentChart() const { return m_chart; }
    void setCurrentChart(ChartId id);
    MapMetric mapMetric() const { return m_metric; }
    void setMapMetric(MapMetric metric);
    ChartCanvas *canvas() const { return m_canvas; }
    QLabel *noteLabel() const { return m_note; }
    QLabel *titleLabel() const { return m_title; }
    void setModelText(const ChartModel &model);
    bool isDirty() const { return m_dirty; }
    void setDirty(bool dirty) { m_dirty = dirty; }
    // Per-race charts name each race up to this many; taller panels name more.
    int labelCapacity() const;

signals:
    void chartChosen(ChartId id);
    void mapMetricChosen(MapMetric metric);
    void exportRequested();
    void copyRequested();
    void addToDeckRequested();

private:
    void addChartChooser(QHBoxLayout *bar);
    void addMetricChooser(QHBoxLayout *bar);
    void addTools(QHBoxLayout *bar);

    Panel m_panel;
    ChartId m_chart;
    MapMetric m_metric = MapMetric::Turnout;
    bool m_dirty = true;
    QButtonGroup *m_chooser = nullptr;
    QComboBox *m_metricCombo = nullptr;
    QLabel *m_title;
    QLabel *m_note;
    QLabel *m_footnotes;
    ChartCanvas *m_canvas;
};

// The chart panels, as tabs: turnout, competitiveness, turnout against the winner's share, and
// the map. They follow the chosen election day and territory, select what the tables select,
// and report clicks on a race or region.
class ChartArea : public QTabWidget
{
    Q_OBJECT
public:
    explicit ChartArea(QWidget *parent = nullptr);
    ~ChartArea() override;

    void setDatabase(QSqlDatabase db);
    QSqlDatabase database() const { return m_db; }
    void setScope(const QDate &day, qint64 territoryId);
    // True while the data of a large day is read on another thread (the charts show a note).
    bool isLoading() const;
    void setCurrentRace(qint64 raceId);
    void setCurrentRegion(qint64 regionId);
    qint64 currentRace() const { return m_race; }
    qint64 currentRegion() const { return m_region; }

    ThemeId theme() const { return m_theme; }
    void setTheme(ThemeId theme);

    ChartPanel *panel(Panel panel) const;
    ChartPanel *currentPanel() const;
    ChartId currentChart() const;
    void setCurrentChart(ChartId id);
    MapMetric mapMetric() const;
    const ChartData &data() const { return m_data; }
    // The graphic on screen for a chart, building it when its panel is not shown yet.
    ChartGraphic *graphic(ChartId id);

    // The export options last used (from QSettings), and what the dialog changed.
    ExportOptions exportOptions() const { return m_exportOptions; }
    void setExportOptions(const ExportOptions &options);

public slots:
    void exportCurrentChart();      // the export dialog
    void copyCurrentChart();        // the clipboard, with the last options
    void exportAllCharts();         // every chart into a folder
    void addCurrentChartToDeck();
    void refresh();

signals:
    // The data of a scope read on another thread has arrived and the charts show it.
    void loaded();
    void raceActivated(qint64 raceId);
    void territoryActivated(qint64 territoryId);
    void message(const QString &text);
    void deckChanged();

private:
    void refreshPanel(ChartPanel *panel);
    void markDirty();
    void showLoading(int races);
    QStringList sourcesOf(qint64 raceId, ChartId chart) const;

    QSqlDatabase m_db;
    ChartData m_data;
    // Models of m_data built on the worker thread with it (large days), by chart and map metric.
    QHash<QPair<int, int>, ChartModel> m_prebuilt;
    QDate m_day;
    qint64 m_territoryId = 0;
    qint64 m_race = 0;
    qint64 m_region = 0;
    ThemeId m_theme = ThemeId::Light;
    ExportOptions m_exportOptions;
    QList<ChartPanel *> m_panels;
    QTimer *m_resizeTimer;
    BackgroundReader *m_reader;
};

} // namespace Sailau::Charts
