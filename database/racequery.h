// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <cmath>
#include <limits>

class QSqlQuery;

namespace Sailau {

// Which races: a day, a territory subtree, a text that must occur in the territory's, the
// region's or a candidate's name (any language, any spelling that folds alike).
struct RaceFilter
{
    QDate day;
    qint64 territoryId = 0;      // 0 or the country: everywhere
    QString text;
    bool operator==(const RaceFilter &o) const
    {
        return day == o.day && territoryId == o.territoryId && text == o.text;
    }
};

// The columns of the races table: what it shows, sorts by (in SQL) and exports.
enum class RaceColumn {
    Territory,
    Region,
    Date,
    Voters,
    Ballots,
    Turnout,
    Candidates,
    Winner,
    Nomination,
    WinnerShare,
    Margin,
    EncLaaksoTaagepera,
    EncGolosov,
    AgainstAllShare,
};
constexpr int RaceColumnCount = 14;

// The metric a column shows; nothing for the columns of names, the day and the counts.
std::optional<Metrics::Metric> columnMetric(RaceColumn column);

// One row of the races table: what the table, the charts and `sailau metrics` show.
struct RaceRow
{
    qint64 id = 0;
    qint64 territoryId = 0;
    qint64 regionId = 0;
    QString territory;           // display language
    QString region;
    QDate date;
    QString level;
    Count voters;
    Count ballots;               // issued, else cast
    bool ballotsAreCast = false;
    Count ballotsIssued, ballotsCast, invalid, againstAll;
    Metrics::TurnoutBasis turnoutBasis = Metrics::TurnoutBasis::None;
    // NaN where the metric is not known (half the size of optionals: a day's rows add up).
    std::array<double, Metrics::MetricCount> metrics = missingMetrics();
    std::array<Metrics::Reason, Metrics::MetricCount> reasons{};
    QString winner;
    QString winnerNomination;    // party name, "self-nominated" or empty
    QString winnerPartyShort;
    QString winnerPartyColour;
    std::optional<bool> winnerSelfNominated;
    bool synthetic = false;
    // A column's value as data, the same for the table, its export and `sailau metrics`: a count
    // as qint64, a metric as double, the day as QDate, a name as text; an invalid QVariant where
    // the figure or the name is not known (never 0, never empty text).
    QVariant value(RaceColumn column) const;
    QVariant metricValue(Metrics::Metric m) const;
    static QVariant countValue(const Count &count);
    static QVariant textValue(const QString &text);

    std::optional<double> metric(Metrics::Metric m) const
    {
        const double v = metrics[size_t(m)];
        return std::isnan(v) ? std::nullopt : std::optional<double>(v);
    }
    void setMetric(Metrics::Metric m, std::optional<double> value)
    {
        metrics[size_t(m)] = value.value_or(std::numeric_limits<double>::quiet_NaN());
    }
    static std::array<double, Metrics::MetricCount> missingMetrics()
    {
        std::array<double, Metrics::MetricCount> all;
        all.fill(std::numeric_limits<double>::quiet_NaN());
        return all;
    }
};

// Counts and pages of races, filtered and sorted in SQL (nothing loads every row).
class RaceQuery
{
public:
    explicit RaceQuery(QSqlDatabase db) : m_db(std::move(db)) {}

    int count(const RaceFilter &filter, QString *error = nullptr) const;
    // The ids of the races, in order: what a windowed view holds instead of the rows (RaceIndex).
    QList<qint64> ids(const RaceFilter &filter, RaceColumn sortColumn, Qt::SortOrder order,
                      QString *error = nullptr) const;
    // These races, in the order given.
    QList<RaceRow> fetchIds(const QList<qint64> &ids, QString *error = nullptr) const;
    // Every race of the filter, ordered by region name (races without a region last), then id:
    // what fetch() by Region gives, but sorted here, not by SQLite's sorter, which would hold a
    // second copy of a large day's rows.
    QList<RaceRow> fetchAll(const RaceFilter &filter, QString *error = nullptr) const;
    // offset/limit: a page; limit < 0: all rows.
    QList<RaceRow> fetch(const RaceFilter &filter, RaceColumn sortColumn, Qt::SortOrder order,
                         int offset, int limit, QString *error = nullptr) const;

    // What a column sorts by, in SQL over fromClause() (aliases r, t, e, rg, m, w, p).
    static QString sortExpression(RaceColumn column);
    static QString fromClause();
    static bool isText(RaceColumn column);

private:
    QString whereClause(const RaceFilter &filter, QVariantList *bindings) const;
    QList<RaceRow> readRows(QSqlQuery &query, const QVariantList &bindings, qsizetype expected,
                            QString *error) const;
    QSqlDatabase m_db;
};

} // namespace Sailau
