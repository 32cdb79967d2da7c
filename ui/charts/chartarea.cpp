// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartarea.h"

#include "backgroundreader.h"
#include "store.h"

#include "chartcanvas.h"
#include "chartgraphic.h"
#include "deck.h"
#include "exportdialog.h"
#include "format.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sailau::Charts {

// --- ChartPanel ------------------------------------------------------------------------------

ChartPanel::ChartPanel(Panel panel, QWidget *parent)
    : QWidget(parent)
    , m_panel(panel)
    , m_chart(ChartCatalog::charts(panel).first())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    addChartChooser(bar);
    if (panel == Panel::Map)
        addMetricChooser(bar);
    bar->addStretch(1);
    addTools(bar);
    layout->addLayout(bar);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    layout->addWidget(m_note);
    m_canvas = new ChartCanvas(this);
    layout->addWidget(m_canvas, 1);
    m_footnotes = new QLabel(this);
    m_footnotes->setObjectName(QStringLiteral("chartFootnotes"));
    m_footnotes->setWordWrap(true);
    m_footnotes->setTextFormat(Qt::PlainText);
    QFont small = m_footnotes->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_footnotes->setFont(small);
    layout->addWidget(m_footnotes);
}

// A button for each chart of the panel, where it has more than one.
void ChartPanel::addChartChooser(QHBoxLayout *bar)
{
    const QList<ChartId> charts = ChartCatalog::charts(m_panel);
    if (charts.size() <= 1)
        return;
    m_chooser = new QButtonGroup(this);
    m_chooser->setExclusive(true);
    for (ChartId id : charts) {
        auto *button = new QToolButton(this);
        button->setText(ChartCatalog::shortTitle(id));
        button->setToolTip(ChartCatalog::title(id));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setObjectName(QStringLiteral("choose-") + ChartCatalog::key(id));
        m_chooser->addButton(button, int(id));
        bar->addWidget(button);
    }
    m_chooser->button(int(m_chart))->setChecked(true);
    connect(m_chooser, &QButtonGroup::idClicked, this, [this](int id) {
        if (ChartId(id) == m_chart)
            return;
        m_chart = ChartId(id);
        emit chartChosen(m_chart);
    });
}

// The map's metric.
void ChartPanel::addMetricChooser(QHBoxLayout *bar)
{
    auto *label = new QLabel(tr("&Colour by:"), this);
    m_metricCombo = new QComboBox(this);
    m_metricCombo->setObjectName(QStringLiteral("mapMetric"));
    for (MapMetric m : ChartCatalog::mapMetrics())
        m_metricCombo->addItem(ChartCatalog::title(m), int(m));
    label->setBuddy(m_metricCombo);
    bar->addWidget(label);
    bar->addWidget(m_metricCombo);
    connect(m_metricCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_metric = MapMetric(m_metricCombo->currentData().toInt());
        emit mapMetricChosen(m_metric);
    });
}

// Export, Copy and Add to Deck.
void ChartPanel::addTools(QHBoxLayout *bar)
{
    auto tool = [&](const QString &text, const QString &tip, const QString &name) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        button->setObjectName(name);
        bar->addWidget(button);
        return button;
    };
    connect(tool(tr("Export…"), tr("Export this chart as PNG, JPEG, SVG or PDF"), QStringLiteral("exportButton")),
            &QToolButton::clicked, this, &ChartPanel::exportRequested);
    connect(tool(tr("Copy"), tr("Copy this chart to the clipboard"), QStringLiteral("copyButton")),
            &QToolButton::clicked, this, &ChartPanel::copyRequested);
    connect(tool(tr("Add to Deck"), tr("Add this chart to the presentation deck"), QStringLiteral("deckButton")),
            &QToolButton::clicked, this, &ChartPanel::addToDeckRequested);
}

void ChartPanel::setCurrentChart(ChartId id)
{
    if (ChartCatalog::panelOf(id) != m_panel)
        return;
    m_chart = id;
    if (m_chooser && m_chooser->button(int(id)))
        m_chooser->button(int(id))->setChecked(true);
}

void ChartPanel::setMapMetric(MapMetric metric)
{
    m_metric = metric;
    if (m_metricCombo) {
        const QSignalBlocker blocker(m_metricCombo);
        m_metricCombo->setCurrentIndex(m_metricCombo->findData(int(metric)));
    }
}

void ChartPanel::setModelText(const ChartModel &model)
{
    m_title->setText(QStringLiteral("%1 — %2").arg(model.title, model.scope));
    m_note->setText(model.note);
    m_footnotes->setText(model.footnotes.join(QStringLiteral("   ")));
    m_footnotes->setVisible(!model.footnotes.isEmpty());
}

int ChartPanel::labelCapacity() const
{
    const int line = QFontMetrics(font()).height() + 3;
    return std::max(8, (m_canvas->height() - 3 * line) / line);
}

// --- ChartArea -------------------------------------------------------------------------------

ChartArea::ChartArea(QWidget *parent)
    : QTabWidget(parent)
    , m_resizeTimer(new QTimer(this))
    , m_reader(new BackgroundReader(this))
{
    setObjectName(QStringLiteral("chartArea"));
    setDocumentMode(true);
    QSettings settings;
    m_theme = ChartTheme::fromKey(settings.value(QStringLiteral("charts/theme")).toString())
                  .value_or(ChartTheme::fromPalette(QApplication::palette()));
    m_exportOptions = ExportOptions::load(settings);
    for (Panel p : ChartCatalog::panels()) {
        auto *panel = new ChartPanel(p, this);
        panel->setObjectName(QStringLiteral("panel-%1").arg(int(p)));
        m_panels.append(panel);
        addTab(panel, ChartCatalog::panelTitle(p));
        connect(panel, &ChartPanel::chartChosen, this, [this, panel] { refreshPanel(panel); });
        connect(panel, &ChartPanel::mapMetricChosen, this, [this, panel] { refreshPanel(panel); });
        connect(panel, &ChartPanel::exportRequested, this, &ChartArea::exportCurrentChart);
        connect(panel, &ChartPanel::copyRequested, this, &ChartArea::copyCurrentChart);
        connect(panel, &ChartPanel::addToDeckRequested, this, &ChartArea::addCurrentChartToDeck);
        connect(panel->canvas(), &ChartCanvas::raceActivated, this, &ChartArea::raceActivated);
        connect(panel->canvas(), &ChartCanvas::regionActivated, this, &ChartArea::territoryActivated);
        connect(panel->canvas(), &ChartCanvas::resized, m_resizeTimer, qOverload<>(&QTimer::start));
    }
    const auto metric = ChartCatalog::mapMetricFromKey(settings.value(QStringLiteral("charts/mapMetric")).toString());
    if (metric)
        panel(Panel::Map)->setMapMetric(*metric);
    const auto chart = ChartCatalog::fromKey(settings.value(QStringLiteral("charts/current")).toString());
    if (chart)
        setCurrentChart(*chart);
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (ChartPanel *p = currentPanel(); p && p->isDirty())
            refreshPanel(p);
    });
    // A panel that grows tall enough to name every race is built again.
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(200);
    connect(m_resizeTimer, &QTimer::timeout, this, [this] {
        ChartPanel *p = currentPanel();
        if (!p || !p->canvas()->graphic())
            return;
        const ChartModel &model = p->canvas()->graphic()->model();
        if (!model.races.isEmpty() && model.id != ChartId::TurnoutVsWinnerShare) {
            const bool labelled = p->canvas()->graphic()->chart() && model.races.size() <= p->labelCapacity();
            const bool wasLabelled = p->canvas()->graphic()->property("labelled").toBool();
            if (labelled != wasLabelled)
                refreshPanel(p);
        }
    });
}

ChartArea::~ChartArea()
{
    QSettings settings;
    settings.setValue(QStringLiteral("charts/current"), ChartCatalog::key(currentChart()));
    settings.setValue(QStringLiteral("charts/mapMetric"), ChartCatalog::key(mapMetric()));
}

void ChartArea::setDatabase(QSqlDatabase db)
{
    m_reader->cancel();
    m_db = db;
    m_prebuilt.clear();
    m_data.setDatabase(db);
    m_race = 0;
    if (!m_db.isValid()) {
        // Let go of every chart (and its copy of the connection) now.
        for (ChartPanel *p : std::as_const(m_panels)) {
            p->canvas()->setGraphic(nullptr);
            p->setDirty(true);
        }
        m_day = QDate();
        m_territoryId = 0;
        return;
    }
    if (m_day.isValid())
        setScope(m_day, m_territoryId);
}

void ChartArea::setScope(const QDate &day, qint64 territoryId)
{
    QElapsedTimer timer;
    timer.start();
    m_day = day;
    m_territoryId = territoryId;
    m_reader->cancel();
    const auto electionDay = m_db.isValid() ? Store(m_db).electionDay(day) : std::nullopt;
    const int races = electionDay ? electionDay->races : 0;
    m_prebuilt.clear();
    if (races > BackgroundReader::LargeDay) {
        // Hundreds of thousands of races: read them, and build the chart on view, on another
        // thread and keep the window responsive. (Other panels' charts are built when chosen.)
        showLoading(races);
        m_data.releaseRows(); // not two days' rows in memory at once
        QList<QPair<int, int>> shown;
        if (ChartPanel *p = currentPanel())
            shown.append({int(p->currentChart()), int(p->mapMetric())});
        struct Loaded
        {
            ChartData data;
            QHash<QPair<int, int>, ChartModel> models;
        };
        m_reader->start<Loaded>(m_db.databaseName(), [day, territoryId, shown](const Database &db) {
            Loaded loaded;
            loaded.data.setDatabase(db.connection());
            loaded.data.setScope(day, territoryId);
            for (const auto &chart : shown)
                loaded.models.insert(chart, loaded.data.build(ChartId(chart.first), MapMetric(chart.second)));
            loaded.data.rebind(QSqlDatabase());
            return loaded;
        }, [this](Loaded result) {
            result.data.rebind(m_db);
            m_data = std::move(result.data);
            m_prebuilt = std::move(result.models);
            m_region = m_data.regionId();
            markDirty();
            if (ChartPanel *p = currentPanel())
                refreshPanel(p);
            emit loaded();
        });
        return;
    }
    QString error;
    if (!m_data.setScope(day, territoryId, &error) && !error.isEmpty())
        emit message(tr("The charts could not read the database: %1").arg(error));
    m_region = m_data.regionId();
    markDirty();
    if (ChartPanel *p = currentPanel())
        refreshPanel(p);
}

bool ChartArea::isLoading() const
{
    return m_reader->isBusy();
}

void ChartArea::showLoading(int races)
{
    for (ChartPanel *p : std::as_const(m_panels)) {
        p->canvas()->setGraphic(nullptr);
        p->setDirty(true);
        p->noteLabel()->setText(tr("Reading %1 races for the charts…").arg(Format::count(races)));
    }
}

void ChartArea::refresh()
{
    setScope(m_day, m_territoryId);
}

void ChartArea::markDirty()
{
    for (ChartPanel *p : std::as_const(m_panels))
        p->setDirty(true);
}

void ChartArea::setCurrentRace(qint64 raceId)
{
    m_race = raceId;
    for (ChartPanel *p : std::as_const(m_panels)) {
        if (ChartGraphic *g = p->canvas()->graphic())
            g->setSelectedRace(raceId);
    }
}

void ChartArea::setCurrentRegion(qint64 regionId)
{
    m_region = regionId;
    for (ChartPanel *p : std::as_const(m_panels)) {
        if (ChartGraphic *g = p->canvas()->graphic())
            g->setSelectedRegion(regionId);
    }
}

void ChartArea::setTheme(ThemeId theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    QSettings().setValue(QStringLiteral("charts/theme"), ChartTheme::key(theme));
    markDirty();
    if (ChartPanel *p = currentPanel())
        refreshPanel(p);
}

ChartPanel *ChartArea::panel(Panel panel) const
{
    for (ChartPanel *p : m_panels) {
        if (p->panel() == panel)
            return p;
    }
    return nullptr;
}

ChartPanel *ChartArea::currentPanel() const
{
    return qobject_cast<ChartPanel *>(currentWidget());
}

ChartId ChartArea::currentChart() const
{
    const ChartPanel *p = currentPanel();
    return p ? p->currentChart() : ChartId::TurnoutByRace;
}

void ChartArea::setCurrentChart(ChartId id)
{
    ChartPanel *p = panel(ChartCatalog::panelOf(id));
    if (!p)
        return;
    const bool changed = p->currentChart() != id;
    p->setCurrentChart(id);
    if (currentWidget() != p)
        setCurrentWidget(p);     // refreshes when dirty
    else if (changed || p->isDirty())
        refreshPanel(p);
    if (changed && currentWidget() == p && p->isDirty())
        refreshPanel(p);
}

MapMetric ChartArea::mapMetric() const
{
    return panel(Panel::Map)->mapMetric();
}

ChartGraphic *ChartArea::graphic(ChartId id)
{
    ChartPanel *p = panel(ChartCatalog::panelOf(id));
    if (p->currentChart() != id)
        setCurrentChart(id);
    if (p->isDirty() || !p->canvas()->graphic())
        refreshPanel(p);
    return p->canvas()->graphic();
}

QStringList ChartArea::sourcesOf(qint64 raceId, ChartId chart) const
{
    if (!m_db.isValid())
        return {};
    const auto race = Store(m_db).race(raceId);
    if (!race)
        return {};
    QStringList urls;
    if (chart == ChartId::TurnoutByRace || chart == ChartId::TurnoutVsWinnerShare) {
        const QString field = race->metrics.turnoutBasis == Metrics::TurnoutBasis::Published
                                  ? QStringLiteral("turnout_published")
                                  : QStringLiteral("voters");
        urls = race->sourcesFor(field);
    }
    if (chart != ChartId::TurnoutByRace) {
        for (const CandidateInfo &c : race->candidates) {
            for (const QString &u : c.sources) {
                if (!urls.contains(u))
                    urls.append(u);
            }
        }
    }
    if (urls.isEmpty())
        urls = race->sourcesFor(QString());
    return urls;
}

void ChartArea::refreshPanel(ChartPanel *panel)
{
    panel->setDirty(false);
    if (!m_data.isValid()) {
        panel->canvas()->setGraphic(nullptr);
        return;
    }
    const auto prebuilt = m_prebuilt.constFind({int(panel->currentChart()), int(panel->mapMetric())});
    const ChartModel model = prebuilt != m_prebuilt.cend() ? *prebuilt
                                                           : m_data.build(panel->currentChart(), panel->mapMetric());
    panel->setModelText(model);
    RenderHints hints;
    hints.maxLabelledBars = panel->labelCapacity();
    auto graphic = std::make_unique<ChartGraphic>(model, ChartTheme::make(m_theme), hints);
    graphic->setProperty("labelled", bool(graphic->chart()) && model.races.size() <= hints.maxLabelledBars);
    graphic->setSourceLookup([this](qint64 raceId, ChartId chart) { return sourcesOf(raceId, chart); });
    graphic->setSelectedRace(m_race);
    graphic->setSelectedRegion(m_region);
    panel->canvas()->setGraphic(std::move(graphic));
}

void ChartArea::setExportOptions(const ExportOptions &options)
{
    m_exportOptions = options;
    QSettings settings;
    m_exportOptions.save(settings);
}

void ChartArea::exportCurrentChart()
{
    if (!m_data.isValid())
        return;
    ExportDialog dialog(m_data, currentChart(), m_exportOptions, ExportDialog::Mode::Single, this);
    dialog.setMapMetric(mapMetric());
    if (dialog.exec() != QDialog::Accepted)
        return;
    setExportOptions(dialog.options());
    if (!dialog.resultMessage().isEmpty())
        emit message(dialog.resultMessage());
}

void ChartArea::copyCurrentChart()
{
    if (!m_data.isValid())
        return;
    ExportOptions options = m_exportOptions;
    options.mapMetric = mapMetric();
    QString error;
    if (ChartExporter::copyToClipboard(m_data, currentChart(), options, &error))
        emit message(tr("Copied \"%1\" to the clipboard.").arg(ChartCatalog::title(currentChart())));
    else
        QMessageBox::warning(this, tr("Cannot Copy the Chart"), error);
}

void ChartArea::exportAllCharts()
{
    if (!m_data.isValid())
        return;
    ExportDialog dialog(m_data, currentChart(), m_exportOptions, ExportDialog::Mode::Batch, this);
    dialog.setMapMetric(mapMetric());
    if (dialog.exec() != QDialog::Accepted)
        return;
    setExportOptions(dialog.options());
    if (!dialog.resultMessage().isEmpty())
        emit message(dialog.resultMessage());
}

void ChartArea::addCurrentChartToDeck()
{
    if (!m_data.isValid())
        return;
    DeckEntry entry;
    entry.chart = ChartCatalog::key(currentChart());
    entry.electionDate = m_day;
    entry.territoryId = m_data.territoryId() == m_data.countryId() ? 0 : m_data.territoryId();
    if (currentChart() == ChartId::Map) {
        QJsonObject o;
        o.insert(QStringLiteral("metric"), ChartCatalog::key(mapMetric()));
        entry.options = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    QString error;
    if (!Deck(m_db).append(entry, &error)) {
        QMessageBox::warning(this, tr("Cannot Add to the Deck"),
                             tr("The deck is kept in the database, which could not be changed: %1").arg(error));
        return;
    }
    emit message(tr("Added \"%1\" for %2 to the presentation deck.")
                     .arg(ChartCatalog::title(currentChart()), m_data.scopeTitle()));
    emit deckChanged();
}

} // namespace Sailau::Charts
