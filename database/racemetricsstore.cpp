// SPDX-License-Identifier: GPL-3.0-or-later
#include "racemetricsstore.h"

#include "sqlvalues.h"
#include "tablerows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Sailau {

namespace {

QVariant toVariant(const Ratio &r)
{
    return r ? QVariant(*r) : QVariant(QMetaType::fromType<double>());
}

QVariant toVariant(const Count &c)
{
    return c ? QVariant(*c) : QVariant(QMetaType::fromType<qint64>());
}

// A prepared query's values in order, as RaceMetricsRow::write() gives them.
class QueryValues
{
public:
    explicit QueryValues(QSqlQuery &query) : m_query(query) {}
    QueryValues &add(qint64 value)
    {
        m_query.bindValue(m_index++, value);
        return *this;
    }
    QueryValues &add(const Count &value)
    {
        m_query.bindValue(m_index++, toVariant(value));
        return *this;
    }
    QueryValues &add(const Ratio &value)
    {
        m_query.bindValue(m_index++, toVariant(value));
        return *this;
    }

private:
    QSqlQuery &m_query;
    int m_index = 0;
};

bool fail(QString *error, const QSqlQuery &query)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

QString raceFigureColumns()
{
    QStringList columns;
    for (const char *count : RaceRecord::countColumns)
        columns.append(QStringLiteral("r.") + QLatin1String(count));
    columns.append(QStringLiteral("r.turnout_published"));
    return columns.join(QStringLiteral(", "));
}

RaceFigures readRaceFigures(const QSqlQuery &query, int first, int completeColumn)
{
    RaceFigures figures;
    figures.voters = countOf(query.value(first));
    figures.ballotsIssued = countOf(query.value(first + 1));
    figures.ballotsCast = countOf(query.value(first + 2));
    figures.invalid = countOf(query.value(first + 3));
    figures.outsideStation = countOf(query.value(first + 4));
    figures.againstAll = countOf(query.value(first + 5));
    figures.pollingStations = countOf(query.value(first + 6));
    figures.candidatesRegistered = countOf(query.value(first + 7));
    figures.turnoutPublished = ratioOf(query.value(first + 8));
    figures.listDeclaredComplete = query.value(completeColumn).toInt() == 1;
    return figures;
}

QString RaceMetricsRow::insertStatement()
{
    const QList<QByteArray> names = columns();
    QStringList placeholders;
    for (qsizetype i = 0; i < names.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    return QStringLiteral("INSERT OR REPLACE INTO race_metrics (%1) VALUES (%2)")
        .arg(QString::fromLatin1(names.join(", ")), placeholders.join(QStringLiteral(", ")));
}

bool RaceMetricsStore::forEachRace(const QString &condition, const QVariantList &bindings,
                                   const Visitor &visit, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT r.id, ") + raceFigureColumns()
        + QStringLiteral(", c.id, c.votes, c.elected, r.candidate_list_complete, c.party_id, c.self_nominated "
                         "FROM race r LEFT JOIN candidate c ON c.race_id = r.id ");
    if (!condition.isEmpty())
        sql += QStringLiteral("WHERE ") + condition + QLatin1Char(' ');
    sql += QStringLiteral("ORDER BY r.id, c.position, c.id");
    if (!query.prepare(sql))
        return fail(error, query);
    for (const QVariant &b : bindings)
        query.addBindValue(b);
    if (!query.exec())
        return fail(error, query);

    qint64 current = -1;
    RaceFigures figures;
    QList<RaceMetricsRow::Winner> candidateIds;
    while (query.next()) {
        const qint64 raceId = query.value(0).toLongLong();
        if (raceId != current) {
            if (current >= 0 && !visit(current, figures, candidateIds))
                return true;
            current = raceId;
            figures = readRaceFigures(query, 1, 13);
            candidateIds.clear();
        }
        if (!query.value(10).isNull()) {
            CandidateFigures c;
            c.votes = countOf(query.value(11));
            if (!query.value(12).isNull())
                c.elected = query.value(12).toBool();
            figures.candidates.push_back(c);
            RaceMetricsRow::Winner ref;
            ref.id = query.value(10).toLongLong();
            if (!query.value(14).isNull())
                ref.partyId = query.value(14).toLongLong();
            if (!query.value(15).isNull())
                ref.selfNominated = query.value(15).toLongLong() != 0;
            candidateIds.append(ref);
        }
    }
    if (query.lastError().isValid())
        return fail(error, query);
    if (current >= 0)
        visit(current, figures, candidateIds);
    return true;
}

bool RaceMetricsStore::refresh(const QString &condition, const QVariantList &bindings, QString *error)
{
    QSqlQuery write(m_db);
    if (!write.prepare(RaceMetricsRow::insertStatement()))
        return fail(error, write);

    QString writeError;
    const bool read = forEachRace(condition, bindings,
        [&](qint64 raceId, const RaceFigures &figures, const QList<RaceMetricsRow::Winner> &candidates) {
            const Metrics m = Metrics::compute(figures);
            QueryValues values(write);
            RaceMetricsRow::write(values, raceId, m,
                                  m.winnerIndex >= 0 ? candidates.at(m.winnerIndex) : RaceMetricsRow::Winner{});
            if (!write.exec()) {
                writeError = write.lastError().text();
                return false;
            }
            return true;
        },
        error);
    if (!read)
        return false;
    if (!writeError.isEmpty()) {
        if (error)
            *error = writeError;
        return false;
    }

    // The text a race is found by: its territory and region in every language, its candidates.
    QSqlQuery keys(m_db);
    QString sql = QStringLiteral(
        "UPDATE race SET search_key = "
        "(SELECT t.search_key || '|' || COALESCE(p.search_key, '') FROM territory t "
        " LEFT JOIN territory p ON p.id = t.parent_id WHERE t.id = race.territory_id) "
        "|| '|' || COALESCE((SELECT group_concat(c.search_key, '|') FROM candidate c "
        " WHERE c.race_id = race.id), '')");
    if (!condition.isEmpty())
        sql += QStringLiteral(" WHERE id IN (SELECT r.id FROM race r WHERE ") + condition + QLatin1Char(')');
    if (!keys.prepare(sql))
        return fail(error, keys);
    for (const QVariant &b : bindings)
        keys.addBindValue(b);
    if (!keys.exec())
        return fail(error, keys);
    return true;
}

} // namespace Sailau
