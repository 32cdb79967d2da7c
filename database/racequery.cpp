// SPDX-License-Identifier: GPL-3.0-or-later
#include "racequery.h"

#include "collation.h"
#include "language.h"
#include "raceindex.h"
#include "sqlvalues.h"
#include "store.h"
#include "textkey.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Sailau {

namespace {

using M = Metrics::Metric;

} // namespace

std::optional<Metrics::Metric> columnMetric(RaceColumn column)
{
    switch (column) {
    case RaceColumn::Turnout: return M::Turnout;
    case RaceColumn::Candidates: return M::Candidates;
    case RaceColumn::WinnerShare: return M::WinnerShare;
    case RaceColumn::Margin: return M::Margin;
    case RaceColumn::EncLaaksoTaagepera: return M::EncLaaksoTaagepera;
    case RaceColumn::EncGolosov: return M::EncGolosov;
    case RaceColumn::AgainstAllShare: return M::AgainstAllShare;
    case RaceColumn::Territory:
    case RaceColumn::Region:
    case RaceColumn::Date:
    case RaceColumn::Voters:
    case RaceColumn::Ballots:
    case RaceColumn::Winner:
    case RaceColumn::Nomination:
        break;
    }
    return std::nullopt;
}

QVariant RaceRow::countValue(const Count &count)
{
    return count ? QVariant(qint64(*count)) : QVariant();
}

QVariant RaceRow::textValue(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant RaceRow::metricValue(Metrics::Metric m) const
{
    const auto v = metric(m);
    return v ? QVariant(*v) : QVariant();
}

QVariant RaceRow::value(RaceColumn column) const
{
    if (const auto m = columnMetric(column))
        return metricValue(*m);
    switch (column) {
    case RaceColumn::Territory: return textValue(territory);
    case RaceColumn::Region: return textValue(region);
    case RaceColumn::Date: return date.isValid() ? QVariant(date) : QVariant();
    case RaceColumn::Voters: return countValue(voters);
    case RaceColumn::Ballots: return countValue(ballots);
    case RaceColumn::Winner: return textValue(winner);
    case RaceColumn::Nomination: return textValue(winnerNomination);
    default: return {};
    }
}

QString RaceQuery::sortExpression(RaceColumn column)
{
    switch (column) {
    case RaceColumn::Territory: return localNameSql(QStringLiteral("t"));
    case RaceColumn::Region: return localNameSql(QStringLiteral("rg"));
    case RaceColumn::Date: return QStringLiteral("e.date");
    case RaceColumn::Voters: return QStringLiteral("r.voters");
    case RaceColumn::Ballots: return QStringLiteral("COALESCE(r.ballots_issued, r.ballots_cast)");
    case RaceColumn::Turnout: return QStringLiteral("m.turnout");
    case RaceColumn::Candidates: return QStringLiteral("m.candidates");
    case RaceColumn::Winner: return QStringLiteral("w.name");
    case RaceColumn::Nomination:
        return QStringLiteral("COALESCE(p.short_name, CASE w.self_nominated WHEN 1 THEN '~' END)");
    case RaceColumn::WinnerShare: return QStringLiteral("m.winner_share");
    case RaceColumn::Margin: return QStringLiteral("m.margin");
    case RaceColumn::EncLaaksoTaagepera: return QStringLiteral("m.enc_laakso_taagepera");
    case RaceColumn::EncGolosov: return QStringLiteral("m.enc_golosov");
    case RaceColumn::AgainstAllShare: return QStringLiteral("m.against_all_share");
    }
    return QStringLiteral("r.id");
}

QString RaceQuery::fromClause()
{
    return QStringLiteral(
        " FROM race r JOIN territory t ON t.id = r.territory_id JOIN election e ON e.id = r.election_id "
        "LEFT JOIN territory rg ON rg.id = t.region_id "
        "LEFT JOIN race_metrics m ON m.race_id = r.id LEFT JOIN candidate w ON w.id = m.winner_id "
        "LEFT JOIN party p ON p.id = w.party_id ");
}

bool RaceQuery::isText(RaceColumn column)
{
    switch (column) {
    case RaceColumn::Territory:
    case RaceColumn::Region:
    case RaceColumn::Date:
    case RaceColumn::Winner:
    case RaceColumn::Nomination:
        return true;
    default:
        return false;
    }
}

namespace {

const QString selectColumns = QStringLiteral(
        "SELECT r.id, r.territory_id, t.region_id, t.name, t.name_kk, t.name_ru, t.name_en, "
        "rg.name, rg.name_kk, rg.name_ru, rg.name_en, e.date, e.level, r.voters, r.ballots_issued, r.ballots_cast, "
        "r.invalid, r.against_all, m.turnout, m.turnout_basis, m.winner_share, m.margin, m.margin_against_all, "
        "m.enc_laakso_taagepera, m.enc_golosov, m.candidates, m.against_all_share, m.invalid_share, "
        "m.outside_share, m.missing, w.name, w.self_nominated, p.short_name, p.name_kk, p.name_ru, p.name_en, "
        "p.colour, r.synthetic");

// Equal texts share one copy: a day's 200,000 races have a few dozen regions, levels, parties
// and colours, and the winners' names repeat too.
class Strings
{
public:
    QString operator()(QString text)
    {
        if (text.isEmpty())
            return text;
        const auto it = m_seen.constFind(text);
        if (it != m_seen.cend())
            return *it;
        m_seen.insert(text);
        return text;
    }

private:
    QSet<QString> m_seen;
};

// One row of the result of selectColumns.
RaceRow rowFrom(const QSqlQuery &query, Strings &strings)
{
    RaceRow row;
    row.id = query.value(0).toLongLong();
    row.territoryId = query.value(1).toLongLong();
    row.regionId = query.value(2).toLongLong();
    row.territory = localName(query.value(4).toString(), query.value(5).toString(),
                              query.value(6).toString(), query.value(3).toString());
    row.region = strings(localName(query.value(8).toString(), query.value(9).toString(),
                                   query.value(10).toString(), query.value(7).toString()));
    row.date = QDate::fromString(query.value(11).toString(), Qt::ISODate);
    row.level = strings(query.value(12).toString());
    row.voters = countOf(query.value(13));
    row.ballotsIssued = countOf(query.value(14));
    row.ballotsCast = countOf(query.value(15));
    row.ballots = row.ballotsIssued ? row.ballotsIssued : row.ballotsCast;
    row.ballotsAreCast = !row.ballotsIssued && row.ballotsCast;
    row.invalid = countOf(query.value(16));
    row.againstAll = countOf(query.value(17));
    row.setMetric(M::Turnout, ratioOf(query.value(18)));
    row.turnoutBasis = Metrics::TurnoutBasis(query.value(19).toInt());
    row.setMetric(M::WinnerShare, ratioOf(query.value(20)));
    row.setMetric(M::Margin, ratioOf(query.value(21)));
    row.setMetric(M::MarginOverAgainstAll, ratioOf(query.value(22)));
    row.setMetric(M::EncLaaksoTaagepera, ratioOf(query.value(23)));
    row.setMetric(M::EncGolosov, ratioOf(query.value(24)));
    row.setMetric(M::Candidates, ratioOf(query.value(25)));
    row.setMetric(M::AgainstAllShare, ratioOf(query.value(26)));
    row.setMetric(M::InvalidShare, ratioOf(query.value(27)));
    row.setMetric(M::OutsideShare, ratioOf(query.value(28)));
    row.reasons = Metrics::unpackReasons(quint64(query.value(29).toLongLong()));
    row.winner = strings(query.value(30).toString());
    if (!query.value(31).isNull())
        row.winnerSelfNominated = query.value(31).toBool();
    row.winnerPartyShort = strings(query.value(32).toString());
    if (!row.winnerPartyShort.isEmpty())
        row.winnerNomination = strings(localName(query.value(33).toString(), query.value(34).toString(),
                                                 query.value(35).toString(), row.winnerPartyShort));
    else if (row.winnerSelfNominated.value_or(false))
        row.winnerNomination = strings(QCoreApplication::translate("Sailau::Store", "self-nominated"));
    row.winnerPartyColour = strings(query.value(36).toString());
    row.synthetic = query.value(37).toBool();
    return row;
}

} // namespace

QString RaceQuery::whereClause(const RaceFilter &filter, QVariantList *bindings) const
{
    QString where = raceScopeCondition(m_db, filter.day, filter.territoryId, bindings);
    const QString key = TextKey::fold(filter.text);
    if (!key.isEmpty()) {
        where += QStringLiteral(" AND r.search_key LIKE ? ESCAPE '\\'");
        bindings->append(QStringLiteral("%") + TextKey::escapeLike(key) + QStringLiteral("%"));
    }
    return where;
}

int RaceQuery::count(const RaceFilter &filter, QString *error) const
{
    QVariantList bindings;
    const QString where = whereClause(filter, &bindings);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM race r JOIN territory t ON t.id = r.territory_id "
        "JOIN election e ON e.id = r.election_id WHERE ") + where);
    for (const QVariant &b : bindings)
        query.addBindValue(b);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return 0;
    }
    return query.value(0).toInt();
}

// Runs a prepared query of selectColumns with these bindings and reads its rows, room for
// `expected` made first: growing a list of 200,000 rows would hold two copies for a while.
QList<RaceRow> RaceQuery::readRows(QSqlQuery &query, const QVariantList &bindings, qsizetype expected,
                                   QString *error) const
{
    for (const QVariant &b : bindings)
        query.addBindValue(b);
    QList<RaceRow> rows;
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return rows;
    }
    rows.reserve(expected);
    Strings strings;
    while (query.next())
        rows.append(rowFrom(query, strings));
    return rows;
}

QList<RaceRow> RaceQuery::fetch(const RaceFilter &filter, RaceColumn sortColumn, Qt::SortOrder order,
                                int offset, int limit, QString *error) const
{
    QVariantList bindings;
    const QString where = whereClause(filter, &bindings);
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectColumns + fromClause() + QStringLiteral("WHERE ") + where + QStringLiteral(" ORDER BY ")
        + sortExpression(sortColumn) + QLatin1Char(' ') + direction + QStringLiteral(" NULLS LAST, r.id ")
        + direction + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindings << limit << offset;
    return readRows(query, bindings, limit > 0 ? limit : count(filter), error);
}

QList<qint64> RaceQuery::ids(const RaceFilter &filter, RaceColumn sortColumn, Qt::SortOrder order,
                              QString *error) const
{
    const auto index = RaceIndex::load(m_db, filter.day, error);
    return index ? index->ids(filter.territoryId, filter.text, sortColumn, order) : QList<qint64>();
}

QList<RaceRow> RaceQuery::fetchAll(const RaceFilter &filter, QString *error) const
{
    QVariantList bindings;
    const QString where = whereClause(filter, &bindings);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectColumns + fromClause() + QStringLiteral("WHERE ") + where);
    QList<RaceRow> rows = readRows(query, bindings, count(filter), error);
    std::sort(rows.begin(), rows.end(), [](const RaceRow &a, const RaceRow &b) {
        if ((a.regionId == 0) != (b.regionId == 0))
            return b.regionId == 0;
        if (const int c = QString::compare(a.region, b.region); c != 0)
            return c < 0;
        return a.id < b.id;
    });
    return rows;
}

QList<RaceRow> RaceQuery::fetchIds(const QList<qint64> &ids, QString *error) const
{
    QList<RaceRow> rows;
    if (ids.isEmpty())
        return rows;
    QString list;
    list.reserve(ids.size() * 8);
    for (qint64 id : ids) {
        if (!list.isEmpty())
            list += QLatin1Char(',');
        list += QString::number(id);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(selectColumns + fromClause() + QStringLiteral("WHERE r.id IN (") + list + QLatin1Char(')'))) {
        if (error)
            *error = query.lastError().text();
        return rows;
    }
    QHash<qint64, RaceRow> byId;
    byId.reserve(ids.size());
    Strings strings;
    while (query.next()) {
        RaceRow row = rowFrom(query, strings);
        byId.insert(row.id, std::move(row));
    }
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            rows.append(std::move(it.value()));
    }
    return rows;
}

} // namespace Sailau
