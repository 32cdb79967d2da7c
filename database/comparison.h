// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics.h"
#include "store.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace Sailau {

// Elections compared over time: the races of the same territory (by territory id, so a renamed
// territory or one that changed level stays one line) on two or more election days, with the
// metrics of each race as Sailau's one implementation computed them (race_metrics), the change
// between days, aggregates by day and the candidates counted by nomination.

// What to compare: election days (empty: every day with races) and a territory with everything
// below it (0 or the country: everywhere).
struct ComparisonScope
{
    QList<QDate> days;
    qint64 territoryId = 0;
};

// One race of a compared territory on one day.
struct ComparedRace
{
    qint64 raceId = 0;
    QString level;                          // the election's level that day ("rural", "district" …)
    std::array<double, Metrics::MetricCount> metrics = missing();
    std::array<Metrics::Reason, Metrics::MetricCount> reasons{};
    QString winnerNomination;               // party short name, "self-nominated" or empty when unknown
    QString winnerPartyColour;
    std::optional<bool> winnerSelfNominated;
    bool synthetic = false;
    // The counts turnout rests on, where it rests on counts (ballots issued or cast ÷ voters):
    // what Store::computedSummary() adds up; 0 otherwise.
    qint64 turnoutVoters = 0;
    qint64 turnoutBallots = 0;

    std::optional<double> value(Metrics::Metric m) const
    {
        const double v = metrics[size_t(m)];
        return std::isnan(v) ? std::nullopt : std::optional<double>(v);
    }
    static std::array<double, Metrics::MetricCount> missing()
    {
        std::array<double, Metrics::MetricCount> all;
        all.fill(std::numeric_limits<double>::quiet_NaN());
        return all;
    }
};

// One territory lined up over the days: races[i] is its race on days()[i], if one was held.
struct ComparisonLine
{
    qint64 territoryId = 0;
    qint64 regionId = 0;
    QString territory;                      // display language
    QString region;
    bool synthetic = false;
    QList<std::optional<ComparedRace>> races;

    std::optional<double> value(int day, Metrics::Metric m) const;
    // value(to) − value(from): in percentage points for shares (turnout 60% → 50% is −10), in the
    // metric's own unit otherwise. Missing when either side is missing.
    std::optional<double> delta(int from, int to, Metrics::Metric m) const;
    // Whether the elections that chose this territory's akim were of different levels (a rural
    // okrug that became a city).
    bool levelChanged() const;
};

// An election day in the comparison, counted over its races in the scope. Each figure says how
// many races it rests on; a figure that rests on none is missing.
struct ElectionAggregate
{
    QDate day;
    int races = 0;                          // races held
    std::optional<double> turnout;          // Σ ballots ÷ Σ voters (Store::computedSummary)
    int turnoutRaces = 0;
    std::optional<double> candidatesPerRace;  // mean over the races whose candidate count is known
    int candidateRaces = 0;
    std::optional<double> contestedShare;   // races with ≥ 2 candidates ÷ races with the count known
    int contestedRaces = 0;                 // the numerator
    std::optional<double> medianMargin;     // over the races whose margin is known (complete lists)
    int marginRaces = 0;
    std::optional<double> selfNominatedWinShare; // ÷ races whose winner's nomination is known
    int selfNominatedWins = 0;
    int winnerRaces = 0;
    // What a source published for the day and the scope's territory (the country, or the region
    // chosen), shown beside what Sailau computes from the races it holds; missing where no source
    // gives it.
    std::optional<int> publishedRaces;
    std::optional<double> publishedTurnout;    // a fraction, as turnout
    std::optional<int> publishedCandidates;    // candidates on the ballots (or registered)
    std::optional<double> publishedCandidatesPerRace() const
    {
        if (!publishedRaces || !publishedCandidates || *publishedRaces <= 0)
            return std::nullopt;
        return double(*publishedCandidates) / *publishedRaces;
    }
    QStringList publishedSources;
};

// Candidates of one nomination (a party, self-nominated, or not known).
struct NominationStats
{
    QString key;                            // party short name, "self" or "" (not known)
    QString label;                          // for people
    QString colour;                         // the party's, or empty
    int candidates = 0;
    qint64 votes = 0;                       // in races whose every candidate's votes are known
    std::optional<double> voteShare;        // of the candidates' votes in those races
    int wins = 0;
    int candidatesWhereWinnerKnown = 0;
    std::optional<double> winRate;          // wins ÷ candidates in races whose winner is known
};

// The self-nominated candidates' part of one election day or one region.
struct SelfNominatedShare
{
    QDate day;                              // for a day
    qint64 regionId = 0;                    // for a region
    QString label;
    qint64 votes = 0;
    qint64 allVotes = 0;
    int votesRaces = 0;                     // races whose every candidate's votes are known
    std::optional<double> voteShare;
    int wins = 0;
    int winnerRaces = 0;                    // races whose winner's nomination is known
    std::optional<double> winShare;
};

struct NominationSummary
{
    int candidates = 0;
    int votesRaces = 0;                     // races whose candidates' votes all count
    qint64 votes = 0;
    int winnerRaces = 0;
    QList<NominationStats> nominations;     // most candidates first
    QList<SelfNominatedShare> byElection;   // in the order of the days
    QList<SelfNominatedShare> byRegion;     // regions in the alphabet's order
};

class Comparison
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Comparison)
public:
    explicit Comparison(QSqlDatabase db) : m_db(std::move(db)) {}

    // The connection later reads (nominations()) go through: a comparison loaded on a reader
    // thread's connection is handed to the window's.
    void setConnection(QSqlDatabase db) { m_db = std::move(db); }

    // Reads the races of the scope and lines them up. Days are sorted, oldest first; a day the
    // database does not hold stays in the list with no races. False with error on a read failure.
    bool load(const ComparisonScope &scope, QString *error = nullptr);

    const ComparisonScope &scope() const { return m_scope; }
    QSqlDatabase database() const { return m_db; }
    const QList<QDate> &days() const { return m_scope.days; }
    // Territories in order of region, then name.
    const QList<ComparisonLine> &lines() const { return m_lines; }
    const QList<ElectionAggregate> &aggregates() const { return m_aggregates; }
    int lineOf(qint64 territoryId) const { return m_lineOf.value(territoryId, -1); }

    // Σ ballots ÷ Σ voters of each day over the races of one region (or of the territory whose
    // region id is given), summed as Store::computedSummary() sums them: one entry per day.
    QList<ComputedSummary> regionTurnout(qint64 regionId) const;

    // Every candidate of the scope counted by nomination (reads the candidates again).
    NominationSummary nominations(QString *error = nullptr) const;

    // "e.date IN (?, ?) AND …": the races of a scope's days and territory (tables race r,
    // election e, territory t), with its bindings appended.
    static QString scopeCondition(const QSqlDatabase &db, const ComparisonScope &scope, QVariantList *bindings);

    // The metrics the line-up shows, in its order.
    static QList<Metrics::Metric> comparedMetrics();
    // The median of values (empty: missing).
    static std::optional<double> median(std::vector<double> values);

private:
    // The scope's days: every day with races when none is given; sorted, each once.
    void settleDays();
    // Lines in order of region (the regions' names in the alphabet's order), then name; lineOf()
    // to match.
    void sortLines(const QHash<qint64, QString> &regionNames);
    // The aggregates of each day from the lined-up races, with the day's Σ ballots and Σ voters as
    // Store::computedSummary() counts them for its turnout.
    void aggregate(const QList<ComputedSummary> &turnoutSums);
    // The published races, turnout and candidates of each day beside the aggregates.
    void readPublished();

    QSqlDatabase m_db;
    ComparisonScope m_scope;
    QList<ComparisonLine> m_lines;
    QHash<qint64, int> m_lineOf;
    QList<ElectionAggregate> m_aggregates;
};

} // namespace Sailau
