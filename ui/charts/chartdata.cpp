// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"

#include "charttheme.h"
#include "format.h"

#include <QMap>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <map>

namespace Sailau::Charts {

namespace {

using M = Metrics::Metric;

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

QString hostOf(const QString &url)
{
    const QUrl u(url);
    QString host = u.host();
    if (host.isEmpty())
        return url.section(QLatin1Char('/'), -1);
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

// Labels that are unique within one chart: names that repeat (two "Esil District"s) get their
// region, and anything still equal gets a counter.
void makeLabelsUnique(QList<RaceValue> &values)
{
    QHash<QString, int> seen;
    for (const RaceValue &v : values)
        ++seen[v.territory];
    QSet<QString> used;
    for (RaceValue &v : values) {
        QString label = v.territory;
        if (seen.value(v.territory) > 1 && !v.region.isEmpty())
            label = QStringLiteral("%1 (%2)").arg(v.territory, v.region);
        QString unique = label;
        for (int n = 2; used.contains(unique); ++n)
            unique = QStringLiteral("%1 [%2]").arg(label).arg(n);
        used.insert(unique);
        v.label = unique;
    }
}

// Why a metric is missing, most frequent reasons first: "voters on the lists are not known (30)".
QString reasonSummary(const QList<RaceRow> &rows, M metric)
{
    QMap<int, int> counts;
    for (const RaceRow &r : rows) {
        if (!r.metric(metric))
            ++counts[int(r.reasons[size_t(metric)])];
    }
    QList<QPair<int, int>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() != int(Metrics::Reason::None))
            sorted.append({it.value(), it.key()});
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (int i = 0; i < sorted.size() && i < 2; ++i)
        parts.append(QStringLiteral("%1 (%2)").arg(Metrics::describe(Metrics::Reason(sorted[i].second)),
                                                   Format::count(qint64(sorted[i].first))));
    return parts.join(QStringLiteral("; "));
}

QString nominationKey(const RaceRow &r)
{
    if (!r.winnerPartyShort.isEmpty())
        return r.winnerPartyShort;
    if (r.winnerSelfNominated.value_or(false))
        return QStringLiteral("~self");
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------

bool ChartModel::empty() const
{
    switch (id) {
    case ChartId::Map: return tiles.isEmpty();
    case ChartId::CompareTurnout:
    case ChartId::CompareCompetitiveness:
    case ChartId::CompareTerritory:
    case ChartId::CompareCandidates:
        return std::none_of(series.cbegin(), series.cend(), [](const TimeSeries &t) {
            return std::any_of(t.values.cbegin(), t.values.cend(), [](const auto &v) { return v.has_value(); });
        });
    case ChartId::TurnoutDistribution:
    case ChartId::TurnoutByRegion:
    case ChartId::Candidates:
    case ChartId::CompareCandidateAges:
    case ChartId::CompareNominations:
    case ChartId::WinnersByNomination: {
        return std::none_of(categories.cbegin(), categories.cend(), [](const CategoryValue &c) {
            return c.value.has_value() && *c.value != 0;
        });
    }
    default: return races.isEmpty();
    }
}

void ChartData::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    m_races.clear();
    m_country.clear();
    m_regionList.clear();
    m_regionTurnout.clear();
    m_published.clear();
    m_sourceNote.clear();
    m_day = QDate();
    m_territoryId = m_countryId = m_regionId = 0;
}

void ChartData::releaseRows()
{
    m_races.clear();
    m_races.squeeze();
    m_country.clear();
    m_country.squeeze();
    m_regionTurnout.clear();
}

bool ChartData::setScope(const QDate &day, qint64 territoryId, QString *error, ScopeRows rows)
{
    m_day = day;
    m_territoryId = territoryId;
    m_races.clear();
    m_country.clear();
    m_regionList.clear();
    m_regionTurnout.clear();
    m_published.clear();
    m_sourceNote.clear();
    m_countryId = m_regionId = 0;
    m_scopeName.clear();
    if (!isValid())
        return false;
    const Store store(m_db);
    if (const auto country = store.country()) {
        m_countryId = country->id;
        m_countryName = country->displayName();
    }
    if (m_territoryId <= 0)
        m_territoryId = m_countryId;
    m_scopeName = m_countryName;
    std::optional<TerritoryInfo> territory;
    if (m_territoryId && m_territoryId != m_countryId) {
        territory = store.territory(m_territoryId);
        if (territory) {
            m_scopeName = store.distinctName(*territory);
            if (const auto region = store.regionOf(m_territoryId))
                m_regionId = region->id;
        }
    }
    m_regionList = store.regions();
    if (rows == ScopeRows::None)
        return true;

    QString message;
    RaceFilter all;
    all.day = day;
    m_country = RaceQuery(m_db).fetchAll(all, &message);
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    if (!territory) {
        m_races = m_country;
    } else if (territory->isRegionLevel()) {
        for (const RaceRow &r : std::as_const(m_country)) {
            if (r.regionId == m_territoryId)
                m_races.append(r);
        }
    } else {
        RaceFilter filter;
        filter.day = day;
        filter.territoryId = m_territoryId;
        m_races = RaceQuery(m_db).fetchAll(filter, &message);
        if (!message.isEmpty()) {
            if (error)
                *error = message;
            return false;
        }
    }
    return true;
}

QString ChartData::scopeTitle() const
{
    if (m_scopeName.isEmpty())
        return Format::date(m_day);
    return tr("%1 — %2").arg(m_scopeName, Format::date(m_day));
}

QString ChartData::fileStem() const
{
    QString name = m_scopeName;
    if (isValid() && m_territoryId) {
        const Store store(m_db);
        if (const auto t = store.territory(m_territoryId))
            name = store.distinctNameEn(*t);
    }
    QString slug;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            slug.append(c);
        else if (!slug.endsWith(QLatin1Char('-')))
            slug.append(QLatin1Char('-'));
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    if (slug.isEmpty())
        slug = QStringLiteral("all");
    const QString day = m_day.isValid() ? m_day.toString(Qt::ISODate) : QStringLiteral("all-days");
    return day + QLatin1Char('_') + slug;
}

std::optional<Reference> ChartData::publishedTurnout(qint64 territoryId) const
{
    if (!isValid() || !m_day.isValid() || territoryId <= 0)
        return std::nullopt;
    const auto cached = m_published.constFind(territoryId);
    if (cached != m_published.constEnd())
        return *cached;
    std::optional<Reference> found;
    const Store store(m_db);
    for (const PublishedFigure &f : store.publishedFigures(m_day, territoryId)) {
        if (f.metric == QLatin1String("turnout") && f.unit == QLatin1String("percent") && f.value) {
            Reference ref;
            ref.value = *f.value / 100.0;
            QString name = f.territoryName;
            if (const auto t = store.territory(territoryId))
                name = store.distinctName(*t);
            ref.label = tr("Published turnout, %1: %2").arg(name, Format::percentValue(*f.value, 2));
            ref.sources = f.sources;
            found = ref;
            break;
        }
    }
    m_published.insert(territoryId, found);
    return found;
}

ChartData::RegionTurnout ChartData::regionTurnout(qint64 regionId) const
{
    const auto cached = m_regionTurnout.constFind(regionId);
    if (cached != m_regionTurnout.constEnd())
        return *cached;
    RegionTurnout t;
    if (const auto published = publishedTurnout(regionId)) {
        t.published = published->value;
        t.publishedSources = published->sources;
    }
    // Σ ballots ÷ Σ voters over the races whose turnout rests on counts (DESIGN.md, "Metrics").
    qint64 ballots = 0, voters = 0;
    for (const RaceRow &r : m_country) {
        if (r.regionId != regionId || !r.voters || !r.ballots)
            continue;
        if (r.turnoutBasis != Metrics::TurnoutBasis::BallotsIssued && r.turnoutBasis != Metrics::TurnoutBasis::BallotsCast)
            continue;
        ballots += *r.ballots;
        voters += *r.voters;
        ++t.computedRaces;
    }
    if (voters > 0)
        t.computed = double(ballots) / double(voters);
    m_regionTurnout.insert(regionId, t);
    return t;
}

QString ChartData::missingNote(int shown, int total, const QString &what) const
{
    if (total == 0)
        return tr("No races are held here on this day.");
    if (shown == total)
        return tr("All %Ln race(s) have %1.", nullptr, total).arg(what);
    return tr("%1 of %2 races have %3; the other %4 are left out, not drawn as 0.")
        .arg(Format::count(qint64(shown)), Format::count(qint64(total)), what, Format::count(qint64(total - shown)));
}

ChartModel ChartData::build(ChartId id, MapMetric mapMetric) const
{
    ChartModel model;
    switch (id) {
    case ChartId::TurnoutByRace: model = perRace(id, M::Turnout); break;
    case ChartId::Margin: model = perRace(id, M::Margin); break;
    case ChartId::WinnerShare: model = perRace(id, M::WinnerShare); break;
    case ChartId::Enc: model = perRace(id, M::EncLaaksoTaagepera); break;
    case ChartId::AgainstAll: model = perRace(id, M::AgainstAllShare); break;
    case ChartId::TurnoutDistribution: model = turnoutDistribution(); break;
    case ChartId::TurnoutByRegion: model = turnoutByRegion(); break;
    case ChartId::Candidates: model = candidates(); break;
    case ChartId::WinnersByNomination: model = winnersByNomination(); break;
    case ChartId::TurnoutVsWinnerShare: model = scatter(); break;
    case ChartId::Map: model = map(mapMetric); break;
    case ChartId::CompareTurnout: model = compareTurnout(); break;
    case ChartId::CompareCompetitiveness: model = compareCompetitiveness(); break;
    case ChartId::CompareTerritory: model = compareTerritory(); break;
    case ChartId::CompareCandidates: model = compareCandidates(); break;
    case ChartId::CompareCandidateAges: model = compareCandidateAges(); break;
    case ChartId::CompareNominations: model = compareNominations(); break;
    }
    model.id = id;
    model.mapMetric = mapMetric;
    model.title = ChartCatalog::title(id);
    if (id == ChartId::Map)
        model.title = tr("Map: %1").arg(ChartCatalog::title(mapMetric));
    const QString ownScope = model.scope;
    model.scope = scopeTitle();
    if (id == ChartId::TurnoutByRegion || id == ChartId::Map)
        model.scope = tr("%1 — %2").arg(m_countryName, Format::date(m_day));
    if (ChartCatalog::isComparison(id))
        model.scope = ownScope.isEmpty() ? comparisonScope() : ownScope;
    return model;
}

// --- Elections compared over time ------------------------------------------------------------

bool ChartData::setComparison(const QList<QDate> &days, QString *error)
{
    auto comparison = std::make_shared<Comparison>(m_db);
    ComparisonScope scope;
    scope.days = days;
    scope.territoryId = m_territoryId == m_countryId ? 0 : m_territoryId;
    if (!comparison->load(scope, error))
        return false;
    m_comparison = std::move(comparison);
    m_profiles.reset();
    m_nominations.reset();
    return true;
}

void ChartData::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = std::move(comparison);
    m_profiles.reset();
    m_nominations.reset();
}

QString ChartData::comparisonScope() const
{
    QStringList days;
    if (m_comparison) {
        for (const QDate &d : m_comparison->days())
            days.append(Format::date(d));
    }
    return tr("%1 — %2").arg(m_scopeName, days.join(QStringLiteral(", ")));
}

namespace {

QStringList periodLabels(const Comparison &c)
{
    QStringList labels;
    for (const QDate &d : c.days())
        labels.append(Format::date(d));
    return labels;
}

int valuesKnown(const TimeSeries &t)
{
    return int(std::count_if(t.values.cbegin(), t.values.cend(), [](const auto &v) { return v.has_value(); }));
}

} // namespace

// The frame of a comparison chart over the days: shares under the title given, a period for
// each day; without a comparison, the note that asks for one, and false.
bool ChartData::startComparisonChart(ChartModel &m, const QString &valueTitle) const
{
    m.share = true;
    m.valueTitle = valueTitle;
    if (!m_comparison) {
        m.note = tr("Choose two or more election days to compare.");
        return false;
    }
    m.periods = periodLabels(*m_comparison);
    return true;
}

ChartModel ChartData::compareTurnout() const
{
    ChartModel m;
    if (!startComparisonChart(m, Metrics::name(M::Turnout)))
        return m;
    const Comparison &c = *m_comparison;
    // The scope as a whole: Σ ballots ÷ Σ voters of each day (the summary's figure).
    TimeSeries whole;
    whole.name = m_scopeName;
    whole.emphasised = true;
    whole.territoryId = m_territoryId;
    for (const ElectionAggregate &a : c.aggregates()) {
        whole.values.append(a.turnout);
        whole.counts.append(a.turnoutRaces);
    }
    m.series.append(whole);
    const bool country = m_territoryId == m_countryId || m_territoryId == 0;
    if (country) {
        // Each region with races on any of the days: one line.
        QSet<qint64> regionsWithRaces;
        for (const ComparisonLine &l : c.lines())
            regionsWithRaces.insert(l.regionId);
        for (const TerritoryInfo &region : m_regionList) {
            if (!regionsWithRaces.contains(region.id))
                continue;
            TimeSeries t;
            t.name = region.displayName();
            t.territoryId = region.id;
            for (const ComputedSummary &s : c.regionTurnout(region.id)) {
                t.values.append(s.turnout());
                t.counts.append(s.racesWithTurnoutCounts);
            }
            m.series.append(t);
        }
    } else if (c.lines().size() <= 12) {
        // A region or smaller: each territory with races, while the lines stay readable.
        for (const ComparisonLine &l : c.lines()) {
            if (l.territoryId == m_territoryId)
                continue;
            TimeSeries t;
            t.name = l.territory;
            t.territoryId = l.territoryId;
            for (int d = 0; d < c.days().size(); ++d) {
                t.values.append(l.value(d, M::Turnout));
                t.counts.append(l.value(d, M::Turnout) ? 1 : 0);
            }
            m.series.append(t);
        }
    }
    int shown = 0;
    for (const TimeSeries &t : std::as_const(m.series))
        shown += valuesKnown(t) > 0 ? 1 : 0;
    const int total = int(whole.values.size());
    const int known = valuesKnown(whole);
    if (known < total)
        m.note = tr("%1 of %2 election days have a turnout computed from the races' counts; the others are gaps in "
                    "the line, not 0.").arg(known).arg(total);
    else
        m.note = tr("Turnout computed from the races' counts (ballots issued ÷ voters on the lists).");
    if (!country && c.lines().size() > 12)
        m.note += QLatin1Char(' ') + tr("The %1 territories are too many to draw one line each.").arg(c.lines().size());
    return m;
}

ChartModel ChartData::compareCompetitiveness() const
{
    ChartModel m;
    if (!startComparisonChart(m, tr("Share")))
        return m;
    const Comparison &c = *m_comparison;
    TimeSeries contested, margin, self;
    contested.name = tr("Contested races (two or more candidates)");
    contested.colour = Palette::okabeIto(5).name();
    margin.name = tr("Median margin of victory");
    margin.colour = Palette::okabeIto(1).name();
    self.name = tr("Races won by self-nominated candidates");
    self.colour = Palette::selfNominated().name();
    for (const ElectionAggregate &a : c.aggregates()) {
        contested.values.append(a.contestedShare);
        contested.counts.append(a.candidateRaces);
        margin.values.append(a.medianMargin);
        margin.counts.append(a.marginRaces);
        self.values.append(a.selfNominatedWinShare);
        self.counts.append(a.winnerRaces);
    }
    m.series = {contested, margin, self};
    QStringList parts;
    for (const ElectionAggregate &a : c.aggregates())
        parts.append(tr("%1: margin known in %2 of %3 races").arg(Format::date(a.day)).arg(a.marginRaces).arg(a.races));
    m.note = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    return m;
}

ChartModel ChartData::compareTerritory() const
{
    ChartModel m;
    if (!startComparisonChart(m, tr("Share")))
        return m;
    const Comparison &c = *m_comparison;
    const qint64 wanted = m_comparedTerritory ? m_comparedTerritory : m_territoryId;
    const int index = c.lineOf(wanted);
    if (index < 0) {
        m.note = tr("Choose a territory that held races to see its line.");
        return m;
    }
    const ComparisonLine &l = c.lines().at(index);
    const M metrics[] = {M::Turnout, M::WinnerShare, M::Margin};
    const int colours[] = {5, 1, 6};
    for (int i = 0; i < 3; ++i) {
        TimeSeries t;
        t.name = Metrics::name(metrics[i]);
        t.colour = Palette::okabeIto(colours[i]).name();
        t.territoryId = l.territoryId;
        for (int d = 0; d < c.days().size(); ++d) {
            t.values.append(l.value(d, metrics[i]));
            t.counts.append(l.races.at(d) ? 1 : 0);
        }
        m.series.append(t);
    }
    m.scope = tr("%1 — %2").arg(l.region.isEmpty() || l.region == l.territory ? l.territory
                                                                              : tr("%1, %2").arg(l.territory, l.region),
                                m.periods.join(QStringLiteral(", ")));
    QStringList missing;
    for (int d = 0; d < c.days().size(); ++d) {
        if (!l.races.at(d))
            missing.append(tr("no race on %1").arg(m.periods.at(d)));
    }
    if (l.levelChanged()) {
        QStringList levels;
        for (const auto &race : l.races)
            levels.append(race ? Format::levelName(race->level) : Format::missing());
        m.note = tr("Elected at different levels: %1.").arg(levels.join(QStringLiteral(" → ")));
    }
    if (!missing.isEmpty())
        m.note += (m.note.isEmpty() ? QString() : QStringLiteral(" ")) + missing.join(QStringLiteral("; ")) + QLatin1Char('.');
    return m;
}

const CandidateProfileSummary &ChartData::candidateProfiles(QString *error) const
{
    return m_profiles.get(m_comparison.get(), [](const Comparison &c, QString *e) { return CandidateProfiles::read(c, e); },
                          error);
}

void ChartData::setCandidateProfiles(CandidateProfileSummary summary)
{
    m_profiles.set(m_comparison.get(), std::move(summary));
}

ChartModel ChartData::compareCandidates() const
{
    ChartModel m;
    if (!startComparisonChart(m, tr("Share")))
        return m;
    const Comparison &c = *m_comparison;
    const CandidateProfileSummary &s = candidateProfiles();
    TimeSeries women, womenWinners, reelected;
    women.name = tr("Women among the candidates");
    women.colour = Palette::okabeIto(5).name();
    womenWinners.name = tr("Women among the winners");
    womenWinners.colour = Palette::okabeIto(1).name();
    reelected.name = tr("Sitting akims re-elected");
    reelected.colour = Palette::okabeIto(6).name();
    QStringList parts;
    for (const CandidateProfile &p : s.byElection) {
        women.values.append(p.womenShare);
        women.counts.append(p.sexKnown);
        womenWinners.values.append(p.womenWinnerShare);
        womenWinners.counts.append(p.winnersSexKnown);
        reelected.values.append(p.reelectionRate);
        reelected.counts.append(p.incumbentsWhereWinnerKnown);
        parts.append(tr("%1: the sex of %2 of %3 candidates known").arg(Format::date(p.day)).arg(p.sexKnown).arg(p.candidates));
    }
    for (TimeSeries *t : {&women, &womenWinners, &reelected})
        t->countsCandidates = true;
    m.series = {women, womenWinners, reelected};
    m.note = parts.join(QStringLiteral("; ")) + QLatin1Char('.') + QLatin1Char(' ')
             + tr("A day on which no candidate's sex (or incumbency) is known is a gap in its line, not 0.");
    return m;
}

bool ChartData::startPairedComparisonChart(ChartModel &m, bool share, const QString &valueTitle,
                                           const QString &categoryTitle, const QString &firstName,
                                           const QString &secondName) const
{
    m.share = share;
    m.valueTitle = valueTitle;
    m.categoryTitle = categoryTitle;
    m.firstName = firstName;
    m.secondName = secondName;
    if (!m_comparison)
        m.note = tr("Choose two or more election days to compare.");
    return m_comparison != nullptr;
}

ChartModel ChartData::compareCandidateAges() const
{
    ChartModel m;
    if (!startPairedComparisonChart(m, false, tr("Candidates"), tr("Age at the election"), tr("Candidates"), tr("Winners")))
        return m;
    const CandidateProfile &p = candidateProfiles().total;
    for (int b = 0; b < AgeBands::Count; ++b) {
        CategoryValue v;
        v.label = AgeBands::label(b);
        v.value = p.ages[size_t(b)];
        v.second = p.winnerAges[size_t(b)];
        m.categories.append(v);
    }
    m.note = tr("Age known of %1 of %2 candidates and %3 of %4 winners; the others are left out, not counted as any age.")
                 .arg(p.ageKnown).arg(p.candidates).arg(p.winnersAgeKnown).arg(p.winners);
    if (p.medianAge)
        m.note += QLatin1Char(' ') + tr("Median age: candidates %1, winners %2.")
                                         .arg(Format::decimal(p.medianAge, 1),
                                              p.medianWinnerAge ? Format::decimal(p.medianWinnerAge, 1) : Format::missing());
    return m;
}

const NominationSummary &ChartData::nominations(QString *error) const
{
    return m_nominations.get(m_comparison.get(), [](const Comparison &c, QString *e) { return c.nominations(e); }, error);
}

void ChartData::setNominations(NominationSummary summary)
{
    m_nominations.set(m_comparison.get(), std::move(summary));
}

// Each nomination (most candidates first): its share of the votes in the races whose every
// candidate's votes are known, and its wins of its candidates in the races whose winner is known.
ChartModel ChartData::compareNominations() const
{
    ChartModel m;
    if (!startPairedComparisonChart(m, true, tr("Share"), tr("Nomination"), tr("Share of the votes"), tr("Win rate")))
        return m;
    const NominationSummary &s = nominations();
    int candidates = 0;
    for (const NominationStats &n : s.nominations) {
        CategoryValue v;
        v.label = n.label;
        v.value = n.voteShare;
        v.second = n.winRate;
        m.categories.append(v);
        candidates += n.candidates;
    }
    m.note = tr("%1 candidates. Shares of the votes in the %n race(s) whose every candidate's votes are known; "
                "win rates in the races whose winner is known. A nomination with neither is left blank, not 0.",
                nullptr, s.votesRaces)
                 .arg(candidates);
    return m;
}

ChartModel ChartData::perRace(ChartId id, Metrics::Metric metric) const
{
    ChartModel m;
    m.racesInScope = int(m_races.size());
    // Ascending by value, then by name, in the order read where both are equal; the races are
    // ordered as indexes first so that a day of 200,000 races is not copied twice.
    std::vector<int> order;
    order.reserve(size_t(m_races.size()));
    for (int i = 0; i < int(m_races.size()); ++i) {
        if (m_races.at(i).metric(metric))
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const RaceRow &ra = m_races.at(a);
        const RaceRow &rb = m_races.at(b);
        const double va = *ra.metric(metric), vb = *rb.metric(metric);
        if (va != vb)
            return va < vb;
        return ra.territory < rb.territory;
    });
    m.races.reserve(qsizetype(order.size()));
    for (int i : order) {
        const RaceRow &r = m_races.at(i);
        RaceValue v;
        v.raceId = r.id;
        v.territoryId = r.territoryId;
        v.regionId = r.regionId;
        v.territory = r.territory;
        v.region = r.region;
        v.value = *r.metric(metric);
        v.voters = r.voters;
        v.basis = r.turnoutBasis;
        if (metric == M::EncLaaksoTaagepera)
            v.second = r.metric(M::EncGolosov);
        m.races.append(std::move(v));
    }
    makeLabelsUnique(m.races);
    m.racesShown = int(m.races.size());
    m.share = Metrics::isShare(metric);
    m.valueTitle = Metrics::name(metric);
    QString what;
    switch (id) {
    case ChartId::TurnoutByRace: what = tr("a turnout"); break;
    case ChartId::Margin: what = tr("a margin of victory"); break;
    case ChartId::WinnerShare: what = tr("a winner's share"); break;
    case ChartId::Enc: what = tr("an effective number of candidates"); break;
    case ChartId::AgainstAll: what = tr("an \"against all\" share"); break;
    default: break;
    }
    m.note = missingNote(m.racesShown, m.racesInScope, what);
    if (m.racesShown < m.racesInScope) {
        const QString reasons = reasonSummary(m_races, metric);
        if (!reasons.isEmpty())
            m.note += QLatin1Char(' ') + tr("Why: %1.").arg(reasons);
    }
    if (id == ChartId::TurnoutByRace) {
        bool published = false, cast = false;
        for (const RaceValue &v : m.races) {
            published |= v.basis == Metrics::TurnoutBasis::Published;
            cast |= v.basis == Metrics::TurnoutBasis::BallotsCast;
        }
        if (published)
            m.footnotes.append(tr("* turnout as published (the counts are not known)"));
        if (cast)
            m.footnotes.append(tr("† ballots cast ÷ voters (ballots issued not known)"));
        for (RaceValue &v : m.races) {
            if (v.basis == Metrics::TurnoutBasis::Published)
                v.label += QStringLiteral(" *");
            else if (v.basis == Metrics::TurnoutBasis::BallotsCast)
                v.label += QStringLiteral(" †");
        }
        m.reference = publishedTurnout(m_territoryId);
        if (!m.reference && m_regionId)
            m.reference = publishedTurnout(m_regionId);
        if (!m.reference)
            m.reference = publishedTurnout(m_countryId);
    }
    if (id == ChartId::Enc) {
        m.firstName = tr("Laakso–Taagepera");
        m.secondName = tr("Golosov");
        m.valueTitle = tr("Effective candidates");
    }
    m.categoryTitle = tr("Races");
    return m;
}

ChartModel ChartData::turnoutDistribution() const
{
    ChartModel m;
    m.racesInScope = int(m_races.size());
    QList<const RaceRow *> known;
    for (const RaceRow &r : m_races) {
        if (r.metric(M::Turnout))
            known.append(&r);
    }
    m.racesShown = int(known.size());
    m.share = false;
    m.valueTitle = tr("Races");
    m.categoryTitle = tr("Turnout");
    m.note = missingNote(m.racesShown, m.racesInScope, tr("a turnout"));
    m.reference = publishedTurnout(m_territoryId);
    if (!m.reference && m_regionId)
        m.reference = publishedTurnout(m_regionId);
    if (!m.reference)
        m.reference = publishedTurnout(m_countryId);
    if (known.isEmpty())
        return m;
    // 5-point bands over the range of the data, at least 30 points wide, within 0…100.
    double lo = 1.0, hi = 0.0;
    for (const RaceRow *r : known) {
        lo = std::min(lo, *r->metric(M::Turnout));
        hi = std::max(hi, *r->metric(M::Turnout));
    }
    int first = int(std::floor(lo * 20.0 + 1e-9));
    int last = int(std::floor(hi * 20.0 + 1e-9));
    last = std::min(last, 19);
    while (last - first + 1 < 6) {
        if (first > 0)
            --first;
        if (last - first + 1 < 6 && last < 19)
            ++last;
        if (first == 0 && last == 19)
            break;
    }
    for (int b = first; b <= last; ++b) {
        CategoryValue c;
        c.label = QStringLiteral("%1–%2").arg(Format::locale().toString(b * 5), Format::percentValue(b * 5 + 5, 0));
        c.value = 0;
        m.categories.append(c);
    }
    for (const RaceRow *r : known) {
        int b = int(std::floor(*r->metric(M::Turnout) * 20.0 + 1e-9));
        b = std::clamp(b, first, last);
        CategoryValue &c = m.categories[b - first];
        c.value = *c.value + 1;
        c.raceIds.append(r->id);
        c.raceLabels.append(QStringLiteral("%1 (%2)").arg(r->territory, Format::percent(r->metric(M::Turnout))));
    }
    m.categoryTitle = tr("Turnout, 5-point bands");
    m.binStart = first * 0.05;
    m.binWidth = 0.05;
    return m;
}

ChartModel ChartData::turnoutByRegion() const
{
    ChartModel m;
    m.racesInScope = int(m_country.size());
    m.share = true;
    m.valueTitle = Metrics::name(M::Turnout);
    m.categoryTitle = tr("Regions");
    QHash<qint64, int> raceCount;
    for (const RaceRow &r : m_country)
        ++raceCount[r.regionId];
    int withRaces = 0;
    for (const TerritoryInfo &region : m_regionList) {
        const int races = raceCount.value(region.id);
        const RegionTurnout t = regionTurnout(region.id);
        if (races > 0)
            ++withRaces;
        if (!t.published && !t.computed)
            continue;
        CategoryValue c;
        c.label = region.displayName();
        c.territoryId = region.id;
        if (t.published) {
            c.value = t.published;
            c.group = 1;
            c.basis = tr("as published");
            c.sources = t.publishedSources;
            if (t.computed)
                c.basis += QLatin1String("; ") + tr("computed from %n race(s)' counts: %1", nullptr, t.computedRaces)
                                                     .arg(Format::percent(t.computed, 2));
        } else {
            c.value = t.computed;
            c.group = 0;
            c.basis = tr("computed: Σ ballots ÷ Σ voters over %n race(s)", nullptr, t.computedRaces);
        }
        m.categories.append(c);
    }
    std::stable_sort(m.categories.begin(), m.categories.end(), [](const CategoryValue &a, const CategoryValue &b) {
        return *a.value < *b.value;
    });
    m.racesShown = int(m.categories.size());
    m.note = tr("Turnout is known for %1 of the %2 regions with races; the others are left out, not drawn as 0.")
                 .arg(Format::count(qint64(m.categories.size())), Format::count(qint64(withRaces)));
    bool published = false, computed = false;
    for (const CategoryValue &c : m.categories) {
        published |= c.group == 1;
        computed |= c.group == 0;
    }
    if (published)
        m.footnotes.append(tr("as published: the region's turnout as a source gives it"));
    if (computed)
        m.footnotes.append(tr("computed: Σ ballots ÷ Σ voters over the region's races with both counts"));
    m.reference = publishedTurnout(m_countryId);
    return m;
}

ChartModel ChartData::candidates() const
{
    ChartModel m;
    m.racesInScope = int(m_races.size());
    m.share = false;
    m.valueTitle = tr("Races");
    m.categoryTitle = tr("Candidates on the ballot");
    std::map<int, CategoryValue> bins;
    int known = 0;
    for (const RaceRow &r : m_races) {
        const auto n = r.metric(M::Candidates);
        if (!n)
            continue;
        ++known;
        CategoryValue &c = bins[int(*n)];
        c.value = c.value.value_or(0) + 1;
        c.raceIds.append(r.id);
        c.raceLabels.append(r.territory);
    }
    if (!bins.empty()) {
        const int lo = std::min(1, bins.begin()->first);
        const int hi = bins.rbegin()->first;
        for (int n = lo; n <= hi; ++n) {
            CategoryValue c = bins.count(n) ? bins[n] : CategoryValue{};
            if (!c.value)
                c.value = 0;   // a counted zero: no race had this many candidates
            c.label = Format::count(qint64(n));
            m.categories.append(c);
        }
    }
    m.racesShown = known;
    m.note = missingNote(known, m.racesInScope, tr("a known number of candidates"));
    return m;
}

ChartModel ChartData::winnersByNomination() const
{
    ChartModel m;
    m.racesInScope = int(m_races.size());
    m.share = false;
    m.valueTitle = tr("Winners");
    m.categoryTitle = tr("Nomination");
    QHash<QString, CategoryValue> byKey;
    int winners = 0, known = 0;
    for (const RaceRow &r : m_races) {
        if (r.winner.isEmpty())
            continue;
        ++winners;
        const QString key = nominationKey(r);
        if (key.isEmpty())
            continue;
        ++known;
        CategoryValue &c = byKey[key];
        if (c.label.isEmpty()) {
            c.label = key == QLatin1String("~self") ? tr("Self-nominated") : r.winnerNomination;
            c.colour = key == QLatin1String("~self") ? QString() : r.winnerPartyColour;
            c.basis = key;
        }
        c.value = c.value.value_or(0) + 1;
        c.raceIds.append(r.id);
        c.raceLabels.append(QStringLiteral("%1 — %2").arg(r.territory, r.winner));
    }
    for (const CategoryValue &c : std::as_const(byKey))
        m.categories.append(c);
    // Ascending: a horizontal bar chart draws the first category at the bottom.
    std::sort(m.categories.begin(), m.categories.end(), [](const CategoryValue &a, const CategoryValue &b) {
        if (*a.value != *b.value)
            return *a.value < *b.value;
        return a.label > b.label;
    });
    m.racesShown = known;
    if (winners == 0)
        m.note = tr("No winner is known for the %1 races here.").arg(Format::count(qint64(m.racesInScope)));
    else
        m.note = tr("The nomination is known for %1 of the %2 winners known (%3 races); the others are left out.")
                     .arg(Format::count(qint64(known)), Format::count(qint64(winners)),
                          Format::count(qint64(m.racesInScope)));
    return m;
}

ChartModel ChartData::scatter() const
{
    ChartModel m;
    m.racesInScope = int(m_races.size());
    m.share = true;
    m.valueTitle = Metrics::name(M::WinnerShare);
    m.categoryTitle = Metrics::name(M::Turnout);
    int withoutVoters = 0;
    for (const RaceRow &r : m_races) {
        const auto turnout = r.metric(M::Turnout);
        const auto share = r.metric(M::WinnerShare);
        if (!turnout || !share)
            continue;
        RaceValue v;
        v.raceId = r.id;
        v.territoryId = r.territoryId;
        v.regionId = r.regionId;
        v.territory = r.territory;
        v.region = r.region;
        v.value = *turnout;
        v.second = share;
        v.voters = r.voters;
        v.basis = r.turnoutBasis;
        if (!r.voters)
            ++withoutVoters;
        m.races.append(v);
    }
    makeLabelsUnique(m.races);
    m.racesShown = int(m.races.size());
    m.note = missingNote(m.racesShown, m.racesInScope, tr("both a turnout and a winner's share"));
    if (withoutVoters > 0)
        m.footnotes.append(tr("Hollow points: voters on the lists not known, so not sized (%1).")
                               .arg(Format::count(qint64(withoutVoters))));
    m.footnotes.append(tr("Point area grows with the voters on the lists, in four classes."));
    return m;
}

ChartModel ChartData::map(MapMetric metric) const
{
    ChartModel m;
    m.racesInScope = int(m_country.size());
    m.share = metric != MapMetric::Races && metric != MapMetric::Enc;
    m.valueTitle = ChartCatalog::title(metric);
    QHash<qint64, QList<const RaceRow *>> byRegion;
    for (const RaceRow &r : m_country)
        byRegion[r.regionId].append(&r);
    int withValue = 0;
    for (const TerritoryInfo &region : m_regionList) {
        if (!region.tileRow || !region.tileCol)
            continue;
        RegionTile tile;
        tile.regionId = region.id;
        tile.name = region.displayName();
        tile.shortName = tile.name;
        tile.row = *region.tileRow;
        tile.col = *region.tileCol;
        const QList<const RaceRow *> rows = byRegion.value(region.id);
        tile.races = int(rows.size());
        if (metric == MapMetric::Races) {
            tile.value = double(rows.size());
            tile.racesWithValue = int(rows.size());
            tile.basis = tr("races held on this day");
        } else if (metric == MapMetric::Turnout) {
            const RegionTurnout t = regionTurnout(region.id);
            if (t.published) {
                tile.value = t.published;
                tile.basis = tr("as published");
                tile.sources = t.publishedSources;
            } else if (t.computed) {
                tile.value = t.computed;
                tile.racesWithValue = t.computedRaces;
                tile.basis = tr("computed: Σ ballots ÷ Σ voters over %n race(s)", nullptr, t.computedRaces);
            }
        } else {
            M race = M::WinnerShare;
            switch (metric) {
            case MapMetric::Margin: race = M::Margin; break;
            case MapMetric::Enc: race = M::EncLaaksoTaagepera; break;
            case MapMetric::AgainstAll: race = M::AgainstAllShare; break;
            default: break;
            }
            double sum = 0;
            int n = 0;
            for (const RaceRow *r : rows) {
                if (const auto v = r->metric(race)) {
                    sum += *v;
                    ++n;
                }
            }
            if (n > 0) {
                tile.value = sum / n;
                tile.racesWithValue = n;
                tile.basis = tr("mean of %1 of the region's %2 races").arg(Format::count(qint64(n)),
                                                                             Format::count(qint64(rows.size())));
            }
        }
        if (tile.value)
            ++withValue;
        m.tiles.append(tile);
    }
    m.racesShown = withValue;
    if (metric == MapMetric::Races)
        m.note = tr("%1 races in %2 regions; regions without races show 0 races, which is a count, not a gap.")
                     .arg(Format::count(qint64(m_country.size())),
                          Format::count(qint64(std::count_if(m.tiles.cbegin(), m.tiles.cend(),
                                                             [](const RegionTile &t) { return t.races > 0; }))));
    else if (withValue == m.tiles.size())
        m.note = tr("All %Ln region(s) have a value.", nullptr, int(m.tiles.size()));
    else
        m.note = tr("%1 of %2 regions have a value; the others are hatched as not known, not coloured as low.")
                     .arg(Format::count(qint64(withValue)), Format::count(qint64(m.tiles.size())));
    if (metric == MapMetric::Turnout)
        m.reference = publishedTurnout(m_countryId);
    return m;
}

QString ChartData::sourceNote() const
{
    if (!m_sourceNote.isEmpty() || !isValid())
        return m_sourceNote;
    const Store store(m_db);
    QHash<QString, int> hosts;
    for (const RaceRow &r : m_races) {
        const auto detail = store.race(r.id);
        if (!detail)
            continue;
        QSet<QString> seen;
        for (const SourceInfo &s : detail->sources)
            seen.insert(hostOf(s.url));
        for (const CandidateInfo &c : detail->candidates) {
            for (const QString &url : c.sources)
                seen.insert(hostOf(url));
        }
        seen.remove(QString());
        // A race read from a file without a source column: the import it came from.
        if (seen.isEmpty() && !detail->batchFile.isEmpty() && detail->batchKind == QLatin1String("file")) {
            seen.insert(detail->batchImportedAt.isValid()
                            ? tr("%1, imported %2").arg(detail->batchFile, Format::date(detail->batchImportedAt.date()))
                            : detail->batchFile);
        }
        for (const QString &h : seen)
            ++hosts[h];
    }
    if (const auto ref = publishedTurnout(m_countryId)) {
        for (const QString &url : ref->sources)
            ++hosts[hostOf(url)];
    }
    QList<QPair<int, QString>> sorted;
    for (auto it = hosts.cbegin(); it != hosts.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList names;
    for (int i = 0; i < sorted.size() && i < 3; ++i)
        names.append(sorted[i].second);
    QString sources = names.join(QStringLiteral(", "));
    if (sorted.size() > 3)
        sources = tr("%1 and %n more", nullptr, int(sorted.size() - 3)).arg(sources);
    const bool synthetic = std::any_of(m_races.cbegin(), m_races.cend(), [](const RaceRow &r) { return r.synthetic; });
    if (synthetic)
        sources = sources.isEmpty() ? tr("synthetic data, not real results")
                                    : tr("%1; includes synthetic data, not real results").arg(sources);
    if (sources.isEmpty())
        sources = tr("the Sailau database");
    m_sourceNote = tr("Source: %1; calculations by Sailau, as of %2.")
                       .arg(sources, Format::date(QDate::currentDate()));
    return m_sourceNote;
}

} // namespace Sailau::Charts
