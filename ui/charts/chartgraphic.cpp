// SPDX-License-Identifier: GPL-3.0-or-later
// ChartGraphic: the kind of chart its model asks for, the races and regions behind its bars and
// points, their tooltips, and the selected race or region shown on it. The charts themselves are
// drawn in chartgraphicbars.cpp, chartgraphicscatter.cpp, chartgraphiclines.cpp and tilemapitem.cpp.
#include "chartgraphic.h"

#include "format.h"
#include "tilemapitem.h"

#include <QBarSet>
#include <QChart>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace Sailau::Charts {

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
        if (m_model.empty())
            addEmptyNote();
        connect(m_chart, &QChart::plotAreaChanged, this, &ChartGraphic::updateLabels);
    }
}

// Says in the plot that there is nothing to draw rather than leave an empty frame.
void ChartGraphic::addEmptyNote()
{
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
