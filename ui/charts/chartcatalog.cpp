// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue of charts: each chart's key, panel, titles and description, and the metrics the
// tile map can be coloured by.
#include "chartdata.h"

namespace Sailau::Charts {

namespace {

struct Catalogue
{
    ChartId id;
    const char *key;
    Panel panel;
};

constexpr Catalogue catalogue[] = {
    {ChartId::TurnoutByRace, "turnout-by-race", Panel::Turnout},
    {ChartId::TurnoutDistribution, "turnout-distribution", Panel::Turnout},
    {ChartId::TurnoutByRegion, "turnout-by-region", Panel::Turnout},
    {ChartId::Margin, "margin", Panel::Competitiveness},
    {ChartId::WinnerShare, "winner-share", Panel::Competitiveness},
    {ChartId::Enc, "enc", Panel::Competitiveness},
    {ChartId::Candidates, "candidates", Panel::Competitiveness},
    {ChartId::AgainstAll, "against-all", Panel::Competitiveness},
    {ChartId::WinnersByNomination, "winners-by-nomination", Panel::Competitiveness},
    {ChartId::TurnoutVsWinnerShare, "turnout-vs-winner-share", Panel::TurnoutVsWinnerShare},
    {ChartId::Map, "map", Panel::Map},
};

// The comparison charts: drawn from ChartData::setComparison(), never part of a day's panels.
constexpr Catalogue compareCatalogue[] = {
    {ChartId::CompareTurnout, "compare-turnout", Panel::Turnout},
    {ChartId::CompareCompetitiveness, "compare-competitiveness", Panel::Competitiveness},
    {ChartId::CompareTerritory, "compare-territory", Panel::Turnout},
    {ChartId::CompareCandidates, "compare-candidates", Panel::Competitiveness},
    {ChartId::CompareCandidateAges, "compare-candidate-ages", Panel::Competitiveness},
    {ChartId::CompareNominations, "compare-nominations", Panel::Competitiveness},
};

struct MapCatalogue
{
    MapMetric metric;
    const char *key;
};

constexpr MapCatalogue mapCatalogue[] = {
    {MapMetric::Turnout, "turnout"},     {MapMetric::Races, "races"},
    {MapMetric::WinnerShare, "winner-share"}, {MapMetric::Margin, "margin"},
    {MapMetric::Enc, "enc"},             {MapMetric::AgainstAll, "against-all"},
};

} // namespace

QList<ChartId> ChartCatalog::all()
{
    QList<ChartId> ids;
    for (const Catalogue &c : catalogue)
        ids.append(c.id);
    return ids;
}

QList<ChartId> ChartCatalog::comparisons()
{
    QList<ChartId> ids;
    for (const Catalogue &c : compareCatalogue)
        ids.append(c.id);
    return ids;
}

bool ChartCatalog::isComparison(ChartId id)
{
    return comparisons().contains(id);
}

QList<ChartId> ChartCatalog::charts(Panel panel)
{
    QList<ChartId> ids;
    for (const Catalogue &c : catalogue) {
        if (c.panel == panel)
            ids.append(c.id);
    }
    return ids;
}

QList<Panel> ChartCatalog::panels()
{
    return {Panel::Turnout, Panel::Competitiveness, Panel::TurnoutVsWinnerShare, Panel::Map};
}

Panel ChartCatalog::panelOf(ChartId id)
{
    for (const Catalogue &c : catalogue) {
        if (c.id == id)
            return c.panel;
    }
    return Panel::Turnout;
}

QString ChartCatalog::key(ChartId id)
{
    for (const Catalogue &c : catalogue) {
        if (c.id == id)
            return QString::fromLatin1(c.key);
    }
    for (const Catalogue &c : compareCatalogue) {
        if (c.id == id)
            return QString::fromLatin1(c.key);
    }
    return {};
}

std::optional<ChartId> ChartCatalog::fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const Catalogue &c : catalogue) {
        if (k == QLatin1String(c.key))
            return c.id;
    }
    for (const Catalogue &c : compareCatalogue) {
        if (k == QLatin1String(c.key))
            return c.id;
    }
    return std::nullopt;
}

QString ChartCatalog::title(ChartId id)
{
    switch (id) {
    case ChartId::TurnoutByRace: return tr("Turnout by race");
    case ChartId::TurnoutDistribution: return tr("Distribution of turnout");
    case ChartId::TurnoutByRegion: return tr("Turnout by region");
    case ChartId::Margin: return tr("Margin of victory");
    case ChartId::WinnerShare: return tr("Winner's share of the valid votes");
    case ChartId::Enc: return tr("Effective number of candidates");
    case ChartId::Candidates: return tr("Candidates per race");
    case ChartId::AgainstAll: return tr("Share of votes \"against all\"");
    case ChartId::WinnersByNomination: return tr("Winners by nomination");
    case ChartId::TurnoutVsWinnerShare: return tr("Turnout against the winner's share");
    case ChartId::Map: return tr("Map of the regions");
    case ChartId::CompareTurnout: return tr("Turnout by election");
    case ChartId::CompareCompetitiveness: return tr("Competitiveness by election");
    case ChartId::CompareTerritory: return tr("One territory over time");
    case ChartId::CompareCandidates: return tr("Women and sitting akims by election");
    case ChartId::CompareCandidateAges: return tr("Ages of the candidates and the winners");
    case ChartId::CompareNominations: return tr("Votes and wins by nomination");
    }
    return {};
}

QString ChartCatalog::shortTitle(ChartId id)
{
    switch (id) {
    case ChartId::TurnoutByRace: return tr("By race");
    case ChartId::TurnoutDistribution: return tr("Distribution");
    case ChartId::TurnoutByRegion: return tr("By region");
    case ChartId::Margin: return tr("Margin");
    case ChartId::WinnerShare: return tr("Winner's share");
    case ChartId::Enc: return tr("Effective candidates");
    case ChartId::Candidates: return tr("Candidates");
    case ChartId::AgainstAll: return tr("Against all");
    case ChartId::WinnersByNomination: return tr("Winners by nomination");
    case ChartId::TurnoutVsWinnerShare: return tr("Turnout × winner's share");
    case ChartId::Map: return tr("Map");
    case ChartId::CompareTurnout: return tr("Turnout");
    case ChartId::CompareCompetitiveness: return tr("Competitiveness");
    case ChartId::CompareTerritory: return tr("Territory");
    case ChartId::CompareCandidates: return tr("Women and sitting akims");
    case ChartId::CompareCandidateAges: return tr("Ages");
    case ChartId::CompareNominations: return tr("Nominations");
    }
    return {};
}

QString ChartCatalog::description(ChartId id)
{
    switch (id) {
    case ChartId::TurnoutByRace:
        return tr("turnout of each race, sorted, with the published national or regional turnout as a reference line");
    case ChartId::TurnoutDistribution: return tr("how many races had a turnout in each 5-point band");
    case ChartId::TurnoutByRegion:
        return tr("turnout of each region: as published where a source gives it, else computed from the races' counts");
    case ChartId::Margin: return tr("margin of victory of each race: (first − second) ÷ valid votes");
    case ChartId::WinnerShare: return tr("the winner's share of the valid votes in each race");
    case ChartId::Enc:
        return tr("effective number of candidates of each race, Laakso–Taagepera and Golosov");
    case ChartId::Candidates: return tr("how many races had one, two, three … candidates");
    case ChartId::AgainstAll: return tr("share of the valid votes cast \"against all\" in each race");
    case ChartId::WinnersByNomination: return tr("winners counted by who nominated them: self-nominated and each party");
    case ChartId::TurnoutVsWinnerShare:
        return tr("one point per race: turnout across, winner's share up, sized by voters on the lists");
    case ChartId::Map:
        return tr("tile map of the 20 regions and cities of republican significance, coloured by a metric (--metric)");
    case ChartId::CompareTurnout:
        return tr("turnout on each election day (--elections), of the whole and of each region: one line each");
    case ChartId::CompareCompetitiveness:
        return tr("on each election day (--elections): contested races, median margin, races won by self-nominated candidates");
    case ChartId::CompareTerritory:
        return tr("one territory (--region) on each election day (--elections): turnout, winner's share, margin");
    case ChartId::CompareCandidates:
        return tr("on each election day (--elections): women among the candidates and among the winners, sitting akims "
                  "re-elected, of the candidates whose sex or incumbency is known");
    case ChartId::CompareCandidateAges:
        return tr("candidates and winners of the election days (--elections) by age at the election, in bands of ten years");
    case ChartId::CompareNominations:
        return tr("each nomination's share of the votes and its win rate over the election days (--elections)");
    }
    return {};
}

QString ChartCatalog::panelTitle(Panel panel)
{
    switch (panel) {
    case Panel::Turnout: return tr("Turnout");
    case Panel::Competitiveness: return tr("Competitiveness");
    case Panel::TurnoutVsWinnerShare: return tr("Turnout × Winner's Share");
    case Panel::Map: return tr("Map");
    }
    return {};
}

QList<MapMetric> ChartCatalog::mapMetrics()
{
    QList<MapMetric> list;
    for (const MapCatalogue &c : mapCatalogue)
        list.append(c.metric);
    return list;
}

QString ChartCatalog::key(MapMetric metric)
{
    for (const MapCatalogue &c : mapCatalogue) {
        if (c.metric == metric)
            return QString::fromLatin1(c.key);
    }
    return {};
}

std::optional<MapMetric> ChartCatalog::mapMetricFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const MapCatalogue &c : mapCatalogue) {
        if (k == QLatin1String(c.key))
            return c.metric;
    }
    return std::nullopt;
}

QString ChartCatalog::title(MapMetric metric)
{
    switch (metric) {
    case MapMetric::Turnout: return tr("Turnout");
    case MapMetric::Races: return tr("Races held");
    case MapMetric::WinnerShare: return tr("Winner's share (mean of races)");
    case MapMetric::Margin: return tr("Margin of victory (mean of races)");
    case MapMetric::Enc: return tr("Effective number of candidates (mean of races)");
    case MapMetric::AgainstAll: return tr("\"Against all\" share (mean of races)");
    }
    return {};
}

} // namespace Sailau::Charts
