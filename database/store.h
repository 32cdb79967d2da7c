// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sailau {

// An election day: every election held on one date (the 2023 pilot held district and
// city_regional elections together).
struct ElectionDay
{
    QDate date;
    QStringList levels;
    QString titleKk, titleRu, titleEn;   // the titles of its elections, joined
    int races = 0;
    QString title() const;               // in the display language
};

struct TerritoryInfo
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString level;
    QString kato, iso;
    QString name, nameKk, nameRu, nameEn;
    QString path;
    std::optional<int> tileRow, tileCol;
    int childCount = 0;
    int raceCount = 0;                   // races on the chosen day in this territory and below
    bool synthetic = false;
    QString displayName() const;
    bool isRegionLevel() const { return level == QLatin1String("region") || level == QLatin1String("city_republican"); }
};

struct SourceInfo
{
    QString url;
    QString field;                       // empty: the race as a whole
};

struct CandidateInfo
{
    qint64 id = 0;
    QString name;
    QString nomination;                  // as given
    QString partyShort, partyName, partyColour;
    std::optional<bool> selfNominated;
    Count votes;
    Ratio voteSharePublished;            // percent, as published
    QString voteShareBasis;              // "ballots_cast", "valid_votes", "voters"; empty: not known
    std::optional<bool> elected;
    QString sex;                         // "m", "f"; empty: not known
    std::optional<int> birthYear;        // as given
    std::optional<int> age;              // at the election, where only the age is given
    QString occupation;                  // occupation or position at nomination, as given
    std::optional<bool> incumbent;       // the sitting akim stood
    QStringList sources;
    QString nominationLabel() const;     // party name, "self-nominated" or empty when unknown
};

struct RaceDetail
{
    qint64 id = 0;
    QDate date;
    QString level, kind;
    QString electionTitle;
    TerritoryInfo territory;
    TerritoryInfo region;
    RaceFigures figures;
    Metrics metrics;
    QList<CandidateInfo> candidates;     // "against all" is figures.againstAll
    Ratio againstAllPublished;           // percent, as published
    QString againstAllPublishedBasis;    // as CandidateInfo::voteShareBasis
    QList<SourceInfo> sources;
    QString batchFile;
    QString batchKind;
    QDateTime batchImportedAt;           // when the import that wrote the race ran
    bool synthetic = false;
    QStringList sourcesFor(const QString &field) const;
};

struct PublishedFigure
{
    qint64 id = 0;
    QDate date;
    QString scope;
    qint64 territoryId = 0;
    QString territoryName;
    QString metric;
    std::optional<double> value;
    QString valueText;
    QString unit;
    QString notes;
    QStringList sources;
};

// What Sailau computes from the races it holds for a territory and day, with how many races
// each figure rests on.
struct ComputedSummary
{
    int races = 0;
    int racesWithVoters = 0;
    qint64 voters = 0;                   // sum over races with voters known
    int racesWithTurnoutCounts = 0;      // races with voters and ballots issued (or cast)
    qint64 turnoutBallots = 0;
    qint64 turnoutVoters = 0;
    int racesWithTurnout = 0;            // any basis, published included
    int racesWithWinner = 0;
    int racesWithAllVotes = 0;
    int candidatesKnown = 0;
    int racesWithCandidateCount = 0;
    int candidatesCounted = 0;           // sum of the candidates metric where known
    int pollingStations = 0;
    int racesWithPollingStations = 0;
    int selfNominatedWinners = 0;
    int partyWinners = 0;
    std::optional<double> turnout() const;   // Σ ballots / Σ voters over races with both
};

struct DatabaseCounts
{
    int elections = 0;
    int races = 0;
    int candidates = 0;
    int territories = 0;
    int batches = 0;
    bool hasSample = false;
    bool hasSynthetic = false;
};

// Read-only queries over the store for the browsing window, summaries and the command line.
class Store
{
public:
    explicit Store(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<ElectionDay> electionDays() const;
    std::optional<ElectionDay> electionDay(const QDate &date) const;

    // The children of a territory (0: the top level) in the alphabet's order, with their race
    // counts taken from raceCounts(day).
    QList<TerritoryInfo> territoryChildren(qint64 parentId, const QHash<qint64, int> &raceCounts) const;
    // The races of a day (every day when not valid) counted as territoryChildren() counts them:
    // under the territory itself, its parent and its region (and every race under the country),
    // in one scan.
    QHash<qint64, int> raceCounts(const QDate &day = {}) const;
    // The regions (and cities of republican significance) that hold at least one race: one
    // indexed look per region, not a count of every race.
    QSet<qint64> regionsWithRaces() const;
    std::optional<TerritoryInfo> territory(qint64 id) const;
    std::optional<TerritoryInfo> country() const;
    // Territories whose names (any language, aliases) contain the folded text.
    QList<TerritoryInfo> findTerritories(const QString &text, int limit = 500) const;
    // Ids from the root down to id, id included.
    static QList<qint64> pathIds(const QString &path);
    // The region (first level below the country) that holds a territory, or nothing.
    std::optional<TerritoryInfo> regionOf(qint64 territoryId) const;
    QList<TerritoryInfo> regions() const;
    // Names (in the display language) that more than one territory of the database carries: two
    // "Esil District"s, one in Akmola and one in North Kazakhstan.
    QSet<QString> repeatedNames() const;
    // Whether any figure (for any territory) was published for the day.
    bool hasPublishedFigures(const QDate &day) const;
    // The territory's name, with its region after it where the name is not unique in the database
    // ("Esil District, North Kazakhstan"); the name alone otherwise, and for a region itself.
    QString distinctName(const TerritoryInfo &territory) const;
    // The same in English for file names ("Esil District, North Kazakhstan Region"), falling back
    // to the display name where an English name is not known.
    QString distinctNameEn(const TerritoryInfo &territory) const;

    std::optional<RaceDetail> race(qint64 raceId) const;
    QList<PublishedFigure> publishedFigures(const QDate &day, qint64 territoryId) const;
    ComputedSummary computedSummary(const QDate &day, qint64 territoryId) const;
    // The published count of races for the day, if a source gives one ("45").
    std::optional<int> publishedRaceCount(const QDate &day) const;
    // Races of the day whose every figure is known (no metric missing).
    int completeRaceCount(const QDate &day) const;
    DatabaseCounts counts() const;
    // The imports a day's races came from (the bundled sample is one, of kind "sample"), in order.
    struct DayBatch
    {
        qint64 id = 0;
        QString kind;
        QString fileName;
    };
    QList<DayBatch> dayBatches(const QDate &day) const;

    QSqlDatabase connection() const { return m_db; }

private:
    TerritoryInfo readTerritory(const class QSqlQuery &query, int first) const;
    QSqlDatabase m_db;
};

// The SQL condition (on race r joined with territory t and election e) for a day and a territory
// with everything below it (0 or the country: everywhere).
QString raceScopeCondition(const QSqlDatabase &db, const QDate &day, qint64 territoryId, QVariantList *bindings);

} // namespace Sailau
