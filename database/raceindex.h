// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "racequery.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace Sailau {

// What the races table needs to filter and order the races of one election day, and nothing
// more: per race its id, where it is, one compact sort key per column and its search key. Read
// in one scan of the store; filtering by territory or text and sorting by any column then take a
// few milliseconds, where SQL over the same joins takes a few hundred on 200,000 races. The
// rows themselves are still read a page at a time by id (RaceQuery::fetchIds).
//
// Immutable once loaded, so one index can be built on a worker thread and used on another.
class RaceIndex
{
public:
    // The races of `day` (every day when it is not valid), with names in the display language.
    static std::shared_ptr<const RaceIndex> load(QSqlDatabase db, const QDate &day, QString *error = nullptr);
    // Only what ordering by one column needs (no other keys, no search keys): read in a fraction
    // of the time, so that a large day's first page shows while the rest is read.
    static std::shared_ptr<const RaceIndex> load(QSqlDatabase db, const QDate &day, std::optional<RaceColumn> only,
                                                 QString *error = nullptr);

    QDate day() const { return m_day; }
    int size() const { return int(m_ids.size()); }

    // The ids of the races in `territoryId` (0 or the country: everywhere) whose search key holds
    // `text` (folded as TextKey::fold does; empty: any), in the order of `column`. Missing
    // figures go last in either direction; ties are broken by race id in the same direction.
    // Names compare in the Kazakh alphabet's order (Collation).
    // Only for what covers() this index.
    QList<qint64> ids(qint64 territoryId, const QString &text, RaceColumn column, Qt::SortOrder order) const;
    // Whether it holds what ids() needs for this column and text (a partial index holds one
    // column and no search keys).
    bool covers(RaceColumn column, const QString &text) const;
    bool isComplete() const { return !m_only; }

private:
    struct Scan; // one read of the races (raceindex.cpp)

    RaceIndex() = default;
    std::vector<std::uint32_t> matching(qint64 territoryId, const QString &text) const;

    static constexpr std::uint64_t Missing = ~std::uint64_t(0);     // while reading
    static constexpr std::uint32_t MissingRank = ~std::uint32_t(0);

    QDate m_day;
    std::optional<RaceColumn> m_only;             // a partial index: this column only
    std::vector<qint64> m_countries;              // territories that stand for "everywhere"
    // One entry per race, in ascending order of race id.
    std::vector<qint64> m_ids;
    std::vector<qint64> m_territory, m_parent, m_region;
    // Per column, per race: the rank of the race's value among the column's values (names in
    // the alphabet's order), or MissingRank. Only the partial index's column is filled in one.
    std::array<std::vector<std::uint32_t>, RaceColumnCount> m_keys;
    // Every race's search key, one after another; race i's starts at m_searchStart[i].
    QByteArray m_search;
    std::vector<std::uint32_t> m_searchStart;
};

} // namespace Sailau
