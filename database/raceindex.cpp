// SPDX-License-Identifier: GPL-3.0-or-later
#include "raceindex.h"

#include "collation.h"
#include "textkey.h"
#include "sqlite/sqlitestatement.h"

#include <sqlite3.h>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <unordered_map>
#include <numeric>

namespace Sailau {

namespace {

// A double's key: unsigned order of the keys is the numeric order of the values.
std::uint64_t numberKey(double value)
{
    if (value == 0.0)
        value = 0.0; // -0 sorts with 0
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    return (bits & (std::uint64_t(1) << 63)) ? ~bits : bits | (std::uint64_t(1) << 63);
}

// Collects the distinct texts of a column and gives each race the rank of its text in the
// Kazakh alphabet's order: few distinct names (regions, parties) cost little, and even a name
// per race is keyed once instead of at every comparison.
class TextRanks
{
public:
    // Returns a provisional number for the text; ranks() turns them into ranks.
    std::uint32_t add(const char *bytes, int length)
    {
        const QByteArrayView text(bytes, length);
        if (m_last >= 0 && QByteArrayView(m_texts[size_t(m_last)]) == text)
            return std::uint32_t(m_last); // the same as the race before: regions, dates
        auto it = m_numbers.constFind(text);
        if (it == m_numbers.cend()) {
            m_texts.emplace_back(bytes, size_t(length)); // a deque: the text stays where it is
            it = m_numbers.insert(QByteArrayView(m_texts.back()), std::uint32_t(m_texts.size() - 1));
        }
        m_last = int(it.value());
        return it.value();
    }

    // The same for a text known by an id (a territory's name by the territory's id).
    std::uint32_t add(qint64 id, const char *bytes, int length)
    {
        const auto [it, added] = m_byId.try_emplace(id, std::uint32_t(m_texts.size()));
        if (added)
            m_texts.emplace_back(bytes, size_t(length));
        return it->second;
    }

    // number → rank
    std::vector<std::uint32_t> ranks() const
    {
        std::vector<std::u16string> keys;
        keys.reserve(m_texts.size());
        for (const std::string &t : m_texts)
            keys.push_back(Collation::key(QString::fromUtf8(t.data(), qsizetype(t.size()))));
        std::vector<std::uint32_t> order(m_texts.size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
        std::vector<std::uint32_t> rank(m_texts.size());
        std::uint32_t r = 0;
        for (size_t i = 0; i < order.size(); ++i) {
            if (i > 0 && keys[order[i]] != keys[order[i - 1]])
                ++r;
            rank[order[i]] = r;
        }
        return rank;
    }

private:
    QHash<QByteArrayView, std::uint32_t> m_numbers;
    std::unordered_map<qint64, std::uint32_t> m_byId;
    std::deque<std::string> m_texts;
    int m_last = -1;
};

// The territories that stand for "everywhere".
bool readCountries(sqlite3 *handle, std::vector<qint64> *countries)
{
    Sqlite::SqliteStatement statement(handle, "SELECT id FROM territory WHERE level = 'country'");
    if (!statement.isValid())
        return false;
    while (sqlite3_step(statement.handle()) == SQLITE_ROW)
        countries->push_back(sqlite3_column_int64(statement.handle(), 0));
    return true;
}

// How many races the day has (every day when it is not valid), to reserve room for them; 0
// where they cannot be counted.
qint64 countRaces(sqlite3 *handle, const QDate &day)
{
    qint64 expected = 0;
    Sqlite::SqliteStatement count(handle, day.isValid() ? "SELECT count(*) FROM race r JOIN election e ON e.id = r.election_id WHERE e.date = ?"
                                                        : "SELECT count(*) FROM race");
    if (count.isValid()) {
        if (day.isValid())
            count.bind(1, day.toString(Qt::ISODate));
        if (sqlite3_step(count.handle()) == SQLITE_ROW)
            expected = sqlite3_column_int64(count.handle(), 0);
    }
    return expected;
}

// Reorders values as byId lists them.
template<typename Values>
void permute(Values &values, const std::vector<std::uint32_t> &byId)
{
    Values sorted;
    sorted.reserve(byId.size());
    for (std::uint32_t i : byId)
        sorted.push_back(values[i]);
    values.swap(sorted);
}

} // namespace

// One scan of the races: per race its id, where it is, its search key and a key per column read;
// then every key made a rank, and everything put in the order of race id.
struct RaceIndex::Scan
{
    explicit Scan(std::optional<RaceColumn> only);

    // The statement that reads them: race id, territory, parent, region, search key (empty in a
    // partial index), then one sort key per column read.
    QByteArray selectStatement(const QDate &day) const;
    void reserve(qint64 expected);
    // Reads every row of the statement; returns SQLite's code for the last step.
    int read(sqlite3_stmt *stmt);
    std::uint64_t key(sqlite3_stmt *stmt, int c, int column);
    void rank();
    void sortById();

    static constexpr int FirstKey = 5;             // the result column of the first sort key
    std::optional<RaceColumn> only;                // a partial index: this column only
    std::vector<int> wanted;                       // the columns read
    std::array<bool, RaceColumnCount> text{};      // the columns of names
    std::array<TextRanks, RaceColumnCount> texts;  // the names of each, numbered as read
    std::vector<qint64> ids, territory, parent, region;
    // Per column read, per race: its key as read (Missing where there is no value), then its rank.
    std::array<std::vector<std::uint64_t>, RaceColumnCount> keys;
    std::array<std::vector<std::uint32_t>, RaceColumnCount> ranked;
    // Every race's search key, one after another; race i's starts at searchStart[i].
    QByteArray search;
    std::vector<std::uint32_t> searchStart;
};

RaceIndex::Scan::Scan(std::optional<RaceColumn> only) : only(only)
{
    for (int c = 0; c < RaceColumnCount; ++c) {
        if (!only || *only == RaceColumn(c))
            wanted.push_back(c);
    }
    for (int c = 0; c < RaceColumnCount; ++c)
        text[size_t(c)] = RaceQuery::isText(RaceColumn(c));
}

QByteArray RaceIndex::Scan::selectStatement(const QDate &day) const
{
    QString sql = QStringLiteral("SELECT r.id, r.territory_id, t.parent_id, t.region_id, ")
        + (only ? QStringLiteral("''") : QStringLiteral("r.search_key"));
    for (int c : wanted)
        sql += QStringLiteral(", ") + RaceQuery::sortExpression(RaceColumn(c));
    sql += RaceQuery::fromClause();
    if (day.isValid())
        sql += QStringLiteral("WHERE e.date = ?");
    return sql.toUtf8();
}

void RaceIndex::Scan::reserve(qint64 expected)
{
    const auto reserved = size_t(std::clamp<qint64>(expected, 0, 10'000'000));
    for (auto *v : {&ids, &territory, &parent, &region})
        v->reserve(reserved);
    for (int c : wanted)
        keys[size_t(c)].reserve(reserved);
    if (!only) {
        searchStart.reserve(reserved);
        search.reserve(qsizetype(reserved) * 96);
    }
}

// The key of column c in the row's result column `column`: a text's provisional number, a
// number's bits, or Missing.
inline std::uint64_t RaceIndex::Scan::key(sqlite3_stmt *stmt, int c, int column)
{
    if (sqlite3_column_type(stmt, column) == SQLITE_NULL)
        return Missing;
    if (text[size_t(c)]) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        const int length = sqlite3_column_bytes(stmt, column);
        // A territory's or region's name is known by its id: no need to hash the text.
        if (RaceColumn(c) == RaceColumn::Territory)
            return texts[size_t(c)].add(territory.back(), bytes, length);
        if (RaceColumn(c) == RaceColumn::Region)
            return texts[size_t(c)].add(region.back(), bytes, length);
        return texts[size_t(c)].add(bytes, length);
    }
    const double value = sqlite3_column_double(stmt, column);
    return std::isnan(value) ? Missing : numberKey(value);
}

int RaceIndex::Scan::read(sqlite3_stmt *stmt)
{
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ids.push_back(sqlite3_column_int64(stmt, 0));
        territory.push_back(sqlite3_column_int64(stmt, 1));
        parent.push_back(sqlite3_column_int64(stmt, 2));
        region.push_back(sqlite3_column_int64(stmt, 3));
        if (!only) {
            searchStart.push_back(std::uint32_t(search.size()));
            search.append(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 4)), sqlite3_column_bytes(stmt, 4));
            search.append('\0'); // never inside a folded key, so no match runs from one race into the next
        }
        for (size_t w = 0; w < wanted.size(); ++w) {
            const int c = wanted[w];
            keys[size_t(c)].push_back(key(stmt, c, FirstKey + int(w)));
        }
    }
    return rc;
}

// Every key becomes its rank among the column's distinct values: the same order in half the
// memory (texts are numbered already, numbers by their bits).
void RaceIndex::Scan::rank()
{
    for (int c : wanted) {
        std::vector<std::uint64_t> &column = keys[size_t(c)];
        std::vector<std::uint32_t> &out = ranked[size_t(c)];
        out.resize(column.size(), MissingRank);
        if (RaceQuery::isText(RaceColumn(c))) {
            const std::vector<std::uint32_t> rank = texts[size_t(c)].ranks();
            for (size_t i = 0; i < column.size(); ++i) {
                if (column[i] != Missing)
                    out[i] = rank[size_t(column[i])];
            }
        } else {
            std::vector<std::uint64_t> distinct;
            distinct.reserve(column.size());
            for (std::uint64_t key : column) {
                if (key != Missing)
                    distinct.push_back(key);
            }
            std::sort(distinct.begin(), distinct.end());
            distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
            for (size_t i = 0; i < column.size(); ++i) {
                if (column[i] != Missing)
                    out[i] = std::uint32_t(std::lower_bound(distinct.begin(), distinct.end(), column[i]) - distinct.begin());
            }
        }
        std::vector<std::uint64_t>().swap(column);
    }
}

// In ascending order of race id, so that the row number breaks ties as the id does.
void RaceIndex::Scan::sortById()
{
    if (std::is_sorted(ids.begin(), ids.end()))
        return;
    const size_t n = ids.size();
    std::vector<std::uint32_t> byId(n);
    std::iota(byId.begin(), byId.end(), 0u);
    std::sort(byId.begin(), byId.end(), [&](std::uint32_t a, std::uint32_t b) { return ids[a] < ids[b]; });
    permute(ids, byId);
    permute(territory, byId);
    permute(parent, byId);
    permute(region, byId);
    for (int c : wanted)
        permute(ranked[size_t(c)], byId);
    QByteArray sortedSearch;
    sortedSearch.reserve(search.size());
    std::vector<std::uint32_t> sortedStart;
    sortedStart.reserve(n);
    if (!only) {
        for (std::uint32_t i : byId) {
            const std::uint32_t begin = searchStart[i];
            const std::uint32_t end = i + 1 < n ? searchStart[i + 1] : std::uint32_t(search.size());
            sortedStart.push_back(std::uint32_t(sortedSearch.size()));
            sortedSearch.append(search.constData() + begin, end - begin);
        }
    }
    search.swap(sortedSearch);
    searchStart.swap(sortedStart);
}

std::shared_ptr<const RaceIndex> RaceIndex::load(QSqlDatabase db, const QDate &day, QString *error)
{
    return load(db, day, std::nullopt, error);
}

std::shared_ptr<const RaceIndex> RaceIndex::load(QSqlDatabase db, const QDate &day, std::optional<RaceColumn> only,
                                                  QString *error)
{
    sqlite3 *handle = Sqlite::sqliteHandle(db);
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::shared_ptr<const RaceIndex>();
    };
    if (!handle)
        return fail(QStringLiteral("no SQLite connection"));

    std::shared_ptr<RaceIndex> index(new RaceIndex);
    index->m_day = day;
    index->m_only = only;
    if (!readCountries(handle, &index->m_countries))
        return fail(QString::fromUtf8(sqlite3_errmsg(handle)));

    Scan scan(only);
    const QByteArray utf8 = scan.selectStatement(day);
    Sqlite::SqliteStatement statement(handle, utf8.constData());
    if (!statement.isValid())
        return fail(QString::fromUtf8(sqlite3_errmsg(handle)));
    if (day.isValid())
        statement.bind(1, day.toString(Qt::ISODate));
    scan.reserve(countRaces(handle, day));
    if (scan.read(statement.handle()) != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errmsg(handle)));
    if (scan.search.size() > qsizetype(UINT32_MAX))
        return fail(QStringLiteral("too many search keys"));
    scan.rank();
    scan.sortById();

    index->m_ids = std::move(scan.ids);
    index->m_territory = std::move(scan.territory);
    index->m_parent = std::move(scan.parent);
    index->m_region = std::move(scan.region);
    index->m_keys = std::move(scan.ranked);
    scan.search.squeeze(); // it grew by doubling: a third of it may be spare
    index->m_search = std::move(scan.search);
    index->m_searchStart = std::move(scan.searchStart);
    return index;
}

bool RaceIndex::covers(RaceColumn column, const QString &text) const
{
    return !m_only || (*m_only == column && TextKey::fold(text).isEmpty());
}

std::vector<std::uint32_t> RaceIndex::matching(qint64 territoryId, const QString &text) const
{
    const auto n = std::uint32_t(m_ids.size());
    if (std::find(m_countries.cbegin(), m_countries.cend(), territoryId) != m_countries.cend())
        territoryId = 0;
    std::vector<std::uint32_t> rows;
    const QByteArray needle = TextKey::fold(text).toUtf8();
    if (needle.isEmpty()) {
        rows.reserve(n);
        for (std::uint32_t i = 0; i < n; ++i)
            rows.push_back(i);
    } else {
        // Every race whose search key holds the text: one pass over all the keys.
        const char *begin = m_search.constData();
        const char *end = begin + m_search.size();
        const char *at = begin;
        while (at < end) {
            const void *hit = memmem(at, size_t(end - at), needle.constData(), size_t(needle.size()));
            if (!hit)
                break;
            const auto offset = std::uint32_t(static_cast<const char *>(hit) - begin);
            const auto next = std::upper_bound(m_searchStart.cbegin(), m_searchStart.cend(), offset);
            const auto row = std::uint32_t(next - m_searchStart.cbegin() - 1);
            rows.push_back(row);
            at = next == m_searchStart.cend() ? end : begin + *next;
        }
    }
    if (territoryId > 0) {
        // The territory, its children, or (for a region) everything in it.
        rows.erase(std::remove_if(rows.begin(), rows.end(), [&](std::uint32_t i) {
                       return m_territory[i] != territoryId && m_parent[i] != territoryId && m_region[i] != territoryId;
                   }), rows.end());
    }
    return rows;
}

QList<qint64> RaceIndex::ids(qint64 territoryId, const QString &text, RaceColumn column, Qt::SortOrder order) const
{
    Q_ASSERT(covers(column, text));
    const std::vector<std::uint32_t> rows = matching(territoryId, text);
    const std::vector<std::uint32_t> &keys = m_keys[size_t(column)];
    const bool ascending = order == Qt::AscendingOrder;
    const auto last = std::uint32_t(m_ids.size()) - 1;
    // (key, row) in the direction asked for, missing keys last either way.
    struct Entry
    {
        std::uint32_t key;
        std::uint32_t row;
        bool operator<(const Entry &o) const { return key != o.key ? key < o.key : row < o.row; }
    };
    std::vector<Entry> entries;
    entries.reserve(rows.size());
    for (std::uint32_t i : rows) {
        const std::uint32_t k = keys[i];
        if (ascending)
            entries.push_back({k, i});
        else
            entries.push_back({k == MissingRank ? MissingRank : MissingRank - 1 - k, last - i});
    }
    std::sort(entries.begin(), entries.end());
    QList<qint64> result;
    result.reserve(qsizetype(entries.size()));
    for (const Entry &e : entries)
        result.append(m_ids[ascending ? e.row : last - e.row]);
    return result;
}

} // namespace Sailau
