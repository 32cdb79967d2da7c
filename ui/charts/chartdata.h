// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidateprofile.h"
#include "comparison.h"
#include "racequery.h"
#include "store.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Sailau::Charts {

// Every chart Sailau draws. The keys ("turnout-by-race" …) are stable: the command line, batch
// file names and the presenter's deck use them.
enum class ChartId {
    TurnoutByRace,
    TurnoutDistribution,
    TurnoutByRegion,
    Margin,
    WinnerShare,
    Enc,
    Candidates,
    AgainstAll,
    WinnersByNomination,
    TurnoutVsWinnerShare,
    Map,
    // Elections compared over time (ChartData::setComparison): not part of a day's panels.
    CompareTurnout,
    CompareCompetitiveness,
    CompareTerritory,
    CompareCandidates,
    CompareCandidateAges,
    CompareNominations,
};

// The tabs of the chart area; each holds one or more charts.
enum class Panel { Turnout, Competitiveness, TurnoutVsWinnerShare, Map };

// What the tile map is coloured by.
enum class MapMetric { Turnout, Races, WinnerShare, Margin, Enc, AgainstAll };

class ChartCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Charts::ChartCatalog)
public:
    static QList<ChartId> all();            // the charts of one election day
    static QList<ChartId> comparisons();    // the charts of elections compared over time
    static bool isComparison(ChartId id);
    static QList<ChartId> charts(Panel panel);
    static QList<Panel> panels();
    static Panel panelOf(ChartId id);
    static QString key(ChartId id);
    static std::optional<ChartId> fromKey(const QString &key);
    static QString title(ChartId id);          // "Turnout by race"
    static QString shortTitle(ChartId id);     // for the chart chooser: "By race"
    static QString description(ChartId id);    // one line for `sailau export --list`
    static QString panelTitle(Panel panel);

    static QList<MapMetric> mapMetrics();
    static QString key(MapMetric metric);
    static std::optional<MapMetric> mapMetricFromKey(const QString &key);
    static QString title(MapMetric metric);
};

// The reference line of a chart: a published figure, with where it comes from.
struct Reference
{
    double value = 0;            // in the chart's unit (a share 0…1 for turnout)
    QString label;               // "Published turnout, Kazakhstan: 62.79%"
    QStringList sources;
};

// One race in a per-race chart.
struct RaceValue
{
    qint64 raceId = 0;
    qint64 territoryId = 0;
    qint64 regionId = 0;
    QString label;               // unique within the chart (the region is added to names that repeat)
    QString territory;
    QString region;
    double value = 0;
    std::optional<double> second;            // Golosov beside Laakso–Taagepera; winner share in the scatter
    Metrics::TurnoutBasis basis = Metrics::TurnoutBasis::None;
    Count voters;
};

// One category bar: a bin of a distribution, a region, a nomination.
struct CategoryValue
{
    QString label;
    std::optional<double> value;             // never 0 for "not known"
    QString colour;                          // "#rrggbb" or empty: the series colour
    qint64 territoryId = 0;                  // a region, for the linked selection
    QList<qint64> raceIds;                   // the races counted in a bin
    QStringList raceLabels;
    QString basis;                           // "as published" / "computed from 3 races' counts"
    QStringList sources;
    int group = 0;                           // turnout by region: 0 computed, 1 published
    std::optional<double> second;            // a second bar beside the first (the winners' ages)
};

// One first-level unit on the tile map.
struct RegionTile
{
    qint64 regionId = 0;
    QString name;
    QString shortName;
    int row = 0, col = 0;
    std::optional<double> value;
    int races = 0;                           // races of the day in the region
    int racesWithValue = 0;
    QString basis;                           // how the value was found
    QStringList sources;
};

// One line of a chart over election days: a value (or nothing) per day.
struct TimeSeries
{
    QString name;
    QString colour;                          // "#rrggbb" or empty: a colour of the palette
    QList<std::optional<double>> values;     // one per ChartModel::periods; nothing is never 0
    QList<int> counts;                       // the races each value rests on, where that says more
    bool countsCandidates = false;           // counts are of candidates, not races
    bool emphasised = false;                 // the scope as a whole, drawn bold
    qint64 territoryId = 0;
};

// Everything one chart shows, built from the single implementation of the metrics (RaceQuery's
// rows, Store's published figures). Widget-free, so tests compare it with the metrics directly.
struct ChartModel
{
    ChartId id = ChartId::TurnoutByRace;
    MapMetric mapMetric = MapMetric::Turnout;
    QString title;
    QString scope;                           // "Kazakhstan — 5 Nov 2023"
    QString note;                            // "2 of 40 races have a turnout; the other 38 are left out."
    QString valueTitle;                      // the value axis
    QString categoryTitle;
    bool share = true;                       // values are shares 0…1, shown as percentages
    int racesInScope = 0;
    int racesShown = 0;
    QList<RaceValue> races;                  // per-race charts (sorted, ascending) and the scatter
    QList<CategoryValue> categories;         // distributions, regions, nominations
    QList<RegionTile> tiles;                 // the map
    std::optional<Reference> reference;
    QString secondName;                      // the second series (Golosov)
    QString firstName;
    QStringList footnotes;                   // "* turnout as published (the counts are not known)"
    double binStart = 0;                     // turnout distribution: where the first band starts (share)
    double binWidth = 0;                     // and how wide each band is
    QStringList periods;                     // comparisons: the election days, oldest first
    QList<TimeSeries> series;                // comparisons: one line per region, metric or territory
    bool empty() const;
};

// Loads the races of a day and territory once and builds the model of any chart from them.
class ChartData
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Charts::ChartData)
public:
    ChartData() = default;
    explicit ChartData(QSqlDatabase db) : m_db(std::move(db)) {}

    void setDatabase(QSqlDatabase db);
    // The same data, read from now on through another connection to the same file.
    void rebind(QSqlDatabase db) { m_db = std::move(db); }
    QSqlDatabase database() const { return m_db; }
    bool isValid() const { return m_db.isValid() && m_db.isOpen(); }

    // Lets go of the races read (while another scope of a large day is read elsewhere).
    void releaseRows();
    // What setScope() reads besides the names of the scope and the regions.
    enum class ScopeRows { Races, None };
    // Reads the races (with ScopeRows::None only the names, enough for the comparison charts,
    // which draw from the comparison); returns false (and says why) when the store cannot be read.
    bool setScope(const QDate &day, qint64 territoryId, QString *error = nullptr, ScopeRows rows = ScopeRows::Races);
    QDate day() const { return m_day; }
    qint64 territoryId() const { return m_territoryId; }
    qint64 countryId() const { return m_countryId; }
    // The region that holds the chosen territory, or 0 for the country.
    qint64 regionId() const { return m_regionId; }
    QString scopeName() const { return m_scopeName; }
    QString scopeTitle() const;              // "Kazakhstan — 5 Nov 2023"
    const QList<RaceRow> &races() const { return m_races; }        // the chosen territory
    const QList<RaceRow> &countryRaces() const { return m_country; } // every race of the day
    const QList<TerritoryInfo> &regions() const { return m_regionList; }

    ChartModel build(ChartId id, MapMetric mapMetric = MapMetric::Turnout) const;

    // Elections compared over time: the races of the scope (setScope's territory) on these days
    // (empty: every day with races), for the comparison charts. False with error when the store
    // cannot be read.
    bool setComparison(const QList<QDate> &days, QString *error = nullptr);
    // Uses a comparison read elsewhere (the Compare view's).
    void setComparison(std::shared_ptr<const Comparison> comparison);
    const Comparison *comparison() const { return m_comparison.get(); }
    // The candidates' sex, age and incumbency over the comparison, read once for it (the charts
    // and the Compare view's Candidates table share them); error says why a read failed.
    const CandidateProfileSummary &candidateProfiles(QString *error = nullptr) const;
    // Profiles of the current comparison's candidates read elsewhere (on the readers' thread):
    // candidateProfiles() and the candidate charts use them instead of reading again.
    void setCandidateProfiles(CandidateProfileSummary summary);
    // Every candidate of the current comparison counted by nomination, read once (or given, as
    // the profiles are).
    const NominationSummary &nominations(QString *error = nullptr) const;
    void setNominations(NominationSummary summary);
    // The territory whose line CompareTerritory draws (0: the scope's territory).
    void setComparedTerritory(qint64 territoryId) { m_comparedTerritory = territoryId; }

    // The "Source: …, as of …" line for exports.
    QString sourceNote() const;
    // A file-name-safe form of the scope: "2023-11-05_kazakhstan".
    QString fileStem() const;

    // Turnout of a region: the published figure where a source gives one, else Σ ballots ÷ Σ
    // voters over the region's races with both counts; nothing otherwise.
    struct RegionTurnout
    {
        std::optional<double> published;     // 0…1
        QStringList publishedSources;
        std::optional<double> computed;      // 0…1
        int computedRaces = 0;
    };
    RegionTurnout regionTurnout(qint64 regionId) const;
    std::optional<Reference> publishedTurnout(qint64 territoryId) const;

private:
    // The charts of one election day (chartdataday.cpp).
    ChartModel perRace(ChartId id, Metrics::Metric metric) const;
    void markTurnoutBasis(ChartModel &m) const;
    std::optional<Reference> scopeTurnoutReference() const;
    ChartModel turnoutDistribution() const;
    ChartModel turnoutByRegion() const;
    ChartModel candidates() const;
    ChartModel winnersByNomination() const;
    ChartModel scatter() const;
    ChartModel map(MapMetric metric) const;
    RegionTile mapTile(const TerritoryInfo &region, MapMetric metric, const QList<const RaceRow *> &rows) const;
    // The charts of elections compared over time (chartdatacompare.cpp).
    bool startComparisonChart(ChartModel &m, const QString &valueTitle) const;
    ChartModel compareTurnout() const;
    ChartModel compareCompetitiveness() const;
    ChartModel compareTerritory() const;
    ChartModel compareCandidates() const;
    // Paired bars of a comparison (the first and second value of each category): their titles
    // and names; false, with the note saying why, when there is no comparison.
    bool startPairedComparisonChart(ChartModel &m, bool share, const QString &valueTitle, const QString &categoryTitle,
                                    const QString &firstName, const QString &secondName) const;
    ChartModel compareCandidateAges() const;
    ChartModel compareNominations() const;
    QString comparisonScope() const;
    QString missingNote(int shown, int total, const QString &what) const;

    QSqlDatabase m_db;
    QDate m_day;
    qint64 m_territoryId = 0;
    qint64 m_countryId = 0;
    qint64 m_regionId = 0;
    QString m_scopeName;
    QString m_countryName;
    QList<RaceRow> m_races;
    QList<RaceRow> m_country;
    QList<TerritoryInfo> m_regionList;
    mutable QHash<qint64, RegionTurnout> m_regionTurnout;
    mutable QHash<qint64, std::optional<Reference>> m_published;
    mutable QString m_sourceNote;
    std::shared_ptr<const Comparison> m_comparison;
    qint64 m_comparedTerritory = 0;
    // The candidates of the comparison, read the first time a chart of them is built.
    // A figure of every candidate of the comparison: read once for the comparison it was read
    // for, or given by whoever read it on another thread.
    template<typename T>
    struct CandidateRead
    {
        std::optional<T> value;
        const Comparison *of = nullptr;
        QString error;
        template<typename Read>
        const T &get(const Comparison *comparison, Read read, QString *errorOut)
        {
            if (!value || of != comparison) {
                error.clear();
                value = comparison ? read(*comparison, &error) : T();
                of = comparison;
            }
            if (errorOut)
                *errorOut = error;
            return *value;
        }
        void set(const Comparison *comparison, T given)
        {
            value = std::move(given);
            of = comparison;
            error.clear();
        }
        void reset() { value.reset(); }
    };
    mutable CandidateRead<CandidateProfileSummary> m_profiles;
    mutable CandidateRead<NominationSummary> m_nominations;
};

} // namespace Sailau::Charts
