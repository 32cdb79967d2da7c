// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>

namespace Sailau {

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
    // The candidate ids come in the same order as RaceFigures::candidates.
    using Visitor = std::function<bool(qint64 raceId, const RaceFigures &figures,
                                       const QList<qint64> &candidateIds)>;
    bool forEachRace(const QString &condition, const QVariantList &bindings, const Visitor &visit,
                     QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace Sailau
