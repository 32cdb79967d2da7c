// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <QByteArray>
#include <QList>

#include <functional>
#include <optional>

namespace Sailau {

// A race's figures as Metrics::compute takes them, read the same way wherever a race is read: the
// SELECT columns of the race table (alias r): the counts in RaceRecord::countColumns' order, then
// the published turnout; and the figures of a row where those columns start at first, with the
// flag of a list declared complete at completeColumn.
QString raceFigureColumns();
RaceFigures readRaceFigures(const QSqlQuery &query, int first, int completeColumn);

// The race_metrics table's row of a race: its columns, and its values in that order, written once
// for every writer of the table (the store below through Qt SQL, the import many rows to a
// statement). A Sink has add() for a count, an optional count and an optional ratio, each
// returning the sink.
struct RaceMetricsRow
{
    static QList<QByteArray> columns()
    {
        return {"race_id", "turnout", "turnout_basis", "valid_votes", "valid_votes_basis", "winner_share",
                "margin", "margin_against_all", "enc_laakso_taagepera", "enc_golosov", "candidates",
                "against_all_share", "invalid_share", "outside_share", "winner_id", "missing", "winner_party_id",
                "winner_self_nominated"};
    }
    // "INSERT OR REPLACE INTO race_metrics (…) VALUES (?, …)"
    static QString insertStatement();

    // The winner as the candidate table has it; each part unknown where no winner is known.
    struct Winner
    {
        std::optional<qint64> id;
        std::optional<qint64> partyId;
        std::optional<bool> selfNominated;
    };

    template <typename Sink>
    static void write(Sink &sink, qint64 raceId, const Metrics &m, const Winner &winner)
    {
        sink.add(raceId).add(m.turnout).add(qint64(m.turnoutBasis)).add(m.validVotes)
            .add(qint64(m.validVotesBasis)).add(m.winnerShare).add(m.margin).add(m.marginOverAgainstAll)
            .add(m.encLaaksoTaagepera).add(m.encGolosov)
            .add(m.candidates ? std::optional<qint64>(*m.candidates) : std::nullopt).add(m.againstAllShare)
            .add(m.invalidShare).add(m.outsideShare).add(winner.id).add(qint64(m.packedReasons())).add(winner.partyId)
            .add(winner.selfNominated ? std::optional<qint64>(*winner.selfNominated ? 1 : 0) : std::nullopt);
    }
};

// Keeps the race_metrics table equal to Metrics::compute() of each race's stored figures.
// Called inside the transaction that changed the races.
class RaceMetricsStore
{
public:
    explicit RaceMetricsStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Recomputes the races selected by a condition on race r (for example "r.batch_id = ?"),
    // or every race when the condition is empty. Also refreshes race.search_key.
    bool refresh(const QString &condition, const QVariantList &bindings, QString *error);
    bool refreshAll(QString *error) { return refresh({}, {}, error); }
    bool refreshRace(qint64 raceId, QString *error)
    {
        return refresh(QStringLiteral("r.id = ?"), {raceId}, error);
    }

    // Reads the stored figures of the selected races in race id order, one call per race.
    // The candidates (id and nomination) come in the same order as RaceFigures::candidates.
    using Visitor = std::function<bool(qint64 raceId, const RaceFigures &figures,
                                       const QList<RaceMetricsRow::Winner> &candidates)>;
    bool forEachRace(const QString &condition, const QVariantList &bindings, const Visitor &visit,
                     QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace Sailau
