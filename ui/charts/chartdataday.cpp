// SPDX-License-Identifier: GPL-3.0-or-later
// The data of the charts of one election day: each race's value, the distribution of turnout,
// turnout by region, candidates, winners by nomination, the scatter and the tile map.
#include "chartdata.h"

#include "format.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace Sailau::Charts {

namespace {

using M = Metrics::Metric;

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

// The races with a value of the metric, ascending by value, then by name, in the order read
// where both are equal; the races are ordered as indexes first so that a day of 200,000 races is
// not copied twice.
QList<RaceValue> sortedRaceValues(const QList<RaceRow> &rows, M metric)
{
    std::vector<int> order;
    order.reserve(size_t(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        if (rows.at(i).metric(metric))
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const RaceRow &ra = rows.at(a);
        const RaceRow &rb = rows.at(b);
        const double va = *ra.metric(metric), vb = *rb.metric(metric);
        if (va != vb)
            return va < vb;
        return ra.territory < rb.territory;
    });
    QList<RaceValue> values;
    values.reserve(qsizetype(order.size()));
    for (int i : order) {
        const RaceRow &r = rows.at(i);
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
        values.append(std::move(v));
    }
    return values;
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

ChartModel ChartData::perRace(ChartId id, Metrics::Metric metric) const
{
    ChartModel m;
    m.racesInScope = int(m_races.size());
    m.races = sortedRaceValues(m_races, metric);
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
        markTurnoutBasis(m);
        m.reference = scopeTurnoutReference();
    }
    if (id == ChartId::Enc) {
        m.firstName = tr("Laakso–Taagepera");
        m.secondName = tr("Golosov");
        m.valueTitle = tr("Effective candidates");
    }
    m.categoryTitle = tr("Races");
    return m;
}

// Turnout by race: a mark on each race whose turnout is not ballots issued ÷ voters, and a
// footnote that says what each mark means.
void ChartData::markTurnoutBasis(ChartModel &m) const
{
    bool published = false, cast = false;
    for (const RaceValue &v : std::as_const(m.races)) {
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
}

// The published turnout of the territory, else of its region, else of the country.
std::optional<Reference> ChartData::scopeTurnoutReference() const
{
    std::optional<Reference> reference = publishedTurnout(m_territoryId);
    if (!reference && m_regionId)
        reference = publishedTurnout(m_regionId);
    if (!reference)
        reference = publishedTurnout(m_countryId);
    return reference;
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
    m.reference = scopeTurnoutReference();
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
        const RegionTile tile = mapTile(region, metric, byRegion.value(region.id));
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

// One region's tile: the number of its races, its turnout (published, else computed) or the
// mean of a metric over its races that have one.
RegionTile ChartData::mapTile(const TerritoryInfo &region, MapMetric metric, const QList<const RaceRow *> &rows) const
{
    RegionTile tile;
    tile.regionId = region.id;
    tile.name = region.displayName();
    tile.shortName = tile.name;
    tile.row = *region.tileRow;
    tile.col = *region.tileCol;
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
    return tile;
}

} // namespace Sailau::Charts
