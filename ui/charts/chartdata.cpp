// SPDX-License-Identifier: GPL-3.0-or-later
// ChartData: the day and territory read from the store, the published turnouts and the regions'
// turnout, the source note and file name of exports, and build(), which hands each chart to the
// code that makes its model (chartdataday.cpp, chartdatacompare.cpp).
#include "chartdata.h"

#include "format.h"

#include <QSet>
#include <QUrl>

#include <algorithm>

namespace Sailau::Charts {

namespace {

using M = Metrics::Metric;

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

} // namespace

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
