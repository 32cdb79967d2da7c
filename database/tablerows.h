// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Sailau {

// The rows of the race, candidate and race_source tables as every writer writes them (the import,
// the data set loader): each table's column list once, and the values in that order. A Sink has
// add() for an integer, a real, a text (a null QString is NULL), an optional integer and an
// optional real, and addNull(), each returning the sink (Sqlite::BulkInsert is one).

struct RaceRecord
{
    // The figures of a race, in the order of countColumns().
    static constexpr std::array<const char *, 8> countColumns = {
        "voters", "ballots_issued", "ballots_cast", "invalid", "outside_station", "against_all",
        "polling_stations", "candidates_registered"};
    // The published percentages, after the counts: together the figures a later file may change.
    static constexpr std::array<const char *, 2> publishedColumns = {"turnout_published", "against_all_published"};
    static const char *figureColumn(size_t i)
    {
        return i < countColumns.size() ? countColumns[i] : publishedColumns[i - countColumns.size()];
    }

    qint64 id = 0;
    qint64 electionId = 0;
    qint64 territoryId = 0;
    std::array<std::optional<qint64>, 8> counts{};
    std::optional<double> turnoutPublished;
    std::optional<double> againstAllPublished;
    QString againstAllBasis;        // null: not known
    bool synthetic = false;
    qint64 batchId = 0;
    QString searchKey;              // the names the race is found by ("" when none)
    bool listComplete = false;      // the list is declared complete (else NULL: not said)

    static QList<QByteArray> columns()
    {
        QList<QByteArray> c{"id", "election_id", "territory_id"};
        for (const char *count : countColumns)
            c.append(count);
        c += QList<QByteArray>{"turnout_published", "against_all_published", "against_all_published_basis",
                               "synthetic", "batch_id", "search_key", "candidate_list_complete"};
        return c;
    }
    template <typename Sink>
    void addTo(Sink &sink) const
    {
        sink.add(id).add(electionId).add(territoryId);
        for (const std::optional<qint64> &count : counts)
            sink.add(count);
        sink.add(turnoutPublished).add(againstAllPublished).add(againstAllBasis).add(qint64(synthetic ? 1 : 0))
            .add(batchId).add(searchKey.isNull() ? QStringLiteral("") : searchKey);
        if (listComplete)
            sink.add(qint64(1));
        else
            sink.addNull();
    }
};

struct CandidateRecord
{
    qint64 id = 0;
    qint64 raceId = 0;
    qint64 position = 0;
    QString name, searchKey, nomination; // a null nomination: none given
    qint64 partyId = 0;                  // 0: none
    std::optional<bool> selfNominated;
    std::optional<qint64> votes;
    std::optional<double> share;         // the published share of the votes
    std::optional<bool> elected;
    qint64 batchId = 0;
    QString sex, occupation;             // null: not known
    std::optional<qint64> birthYear, age;
    std::optional<bool> incumbent;

    static QList<QByteArray> columns()
    {
        return {"id", "race_id", "position", "name", "search_key", "nomination", "party_id", "self_nominated",
                "votes", "vote_share_published", "elected", "batch_id", "sex", "birth_year", "age", "occupation",
                "incumbent"};
    }
    template <typename Sink>
    void addTo(Sink &sink) const
    {
        sink.add(id).add(raceId).add(position).add(name).add(searchKey).add(nomination);
        if (partyId)
            sink.add(partyId);
        else
            sink.addNull();
        addFlag(sink, selfNominated);
        sink.add(votes).add(share);
        addFlag(sink, elected);
        sink.add(batchId).add(sex).add(birthYear).add(age).add(occupation);
        addFlag(sink, incumbent);
    }

private:
    template <typename Sink>
    static void addFlag(Sink &sink, const std::optional<bool> &flag)
    {
        if (flag)
            sink.add(qint64(*flag ? 1 : 0));
        else
            sink.addNull();
    }
};

// A source of a whole race (field "") or of one of its figures.
struct RaceSourceRecord
{
    qint64 raceId = 0;
    QString field;
    qint64 sourceId = 0;
    qint64 batchId = 0;

    static QList<QByteArray> columns() { return {"race_id", "field", "source_id", "batch_id"}; }
    template <typename Sink>
    void addTo(Sink &sink) const
    {
        sink.add(raceId).add(field.isNull() ? QStringLiteral("") : field).add(sourceId).add(batchId);
    }
};

} // namespace Sailau
