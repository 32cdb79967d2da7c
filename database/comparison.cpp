// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "language.h"
#include "store.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Sailau {

namespace {

using M = Metrics::Metric;

bool fail(QString *error, const QSqlQuery &query)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

// "e.date IN (?, ?)" and the scope's territory condition, with their bindings.
QString scopeCondition(const QSqlDatabase &db, const ComparisonScope &scope, QVariantList *bindings)
{
    QStringList marks;
    for (const QDate &day : scope.days) {
        marks.append(QStringLiteral("?"));
        bindings->append(day.toString(Qt::ISODate));
    }
    QString where = QStringLiteral("e.date IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    QVariantList territory;
    const QString condition = raceScopeCondition(db, QDate(), scope.territoryId, &territory);
    bindings->append(territory);
    return where + QStringLiteral(" AND ") + condition;
}

QString selfNominatedLabel()
{
    return QCoreApplication::translate("Sailau::Store", "self-nominated");
}

} // namespace

std::optional<double> ComparisonLine::value(int day, Metrics::Metric m) const
{
    if (day < 0 || day >= races.size() || !races.at(day))
        return std::nullopt;
    return races.at(day)->value(m);
}

std::optional<double> ComparisonLine::delta(int from, int to, Metrics::Metric m) const
{
    const auto a = value(from, m);
    const auto b = value(to, m);
    if (!a || !b)
        return std::nullopt;
    return Metrics::isShare(m) ? (*b - *a) * 100.0 : *b - *a;
}

bool ComparisonLine::levelChanged() const
{
    QString first;
    for (const auto &race : races) {
        if (!race)
            continue;
        if (first.isEmpty())
            first = race->level;
        else if (race->level != first)
            return true;
    }
    return false;
}

QList<Metrics::Metric> Comparison::comparedMetrics()
{
    return {M::Turnout, M::WinnerShare, M::Margin, M::EncLaaksoTaagepera, M::Candidates, M::AgainstAllShare};
}

std::optional<double> Comparison::median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

bool Comparison::load(const ComparisonScope &scope, QString *error)
{
    m_scope = scope;
    m_lines.clear();
    m_lineOf.clear();
    m_aggregates.clear();
    const Store store(m_db);
    if (m_scope.days.isEmpty()) {
        for (const ElectionDay &d : store.electionDays()) {
            if (d.races > 0)
                m_scope.days.append(d.date);
        }
    }
    std::sort(m_scope.days.begin(), m_scope.days.end());
    m_scope.days.erase(std::unique(m_scope.days.begin(), m_scope.days.end()), m_scope.days.end());
    const int dayCount = int(m_scope.days.size());
    QHash<QDate, int> dayIndex;
    for (int i = 0; i < dayCount; ++i)
        dayIndex.insert(m_scope.days.at(i), i);
    if (dayCount == 0)
        return true;

    // The races, lean: only what the line-up shows, read in one pass.
    QVariantList bindings;
    const QString where = scopeCondition(m_db, m_scope, &bindings);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT r.id, r.territory_id, e.date, e.level, m.turnout, m.winner_share, m.margin, "
            "m.enc_laakso_taagepera, m.candidates, m.against_all_share, m.missing, w.self_nominated, "
            "p.short_name, p.colour, r.synthetic "
            "FROM race r JOIN election e ON e.id = r.election_id JOIN territory t ON t.id = r.territory_id "
            "LEFT JOIN race_metrics m ON m.race_id = r.id LEFT JOIN candidate w ON w.id = m.winner_id "
            "LEFT JOIN party p ON p.id = w.party_id WHERE ") + where + QStringLiteral(" ORDER BY r.id")))
        return fail(error, query);
    for (const QVariant &b : std::as_const(bindings))
        query.addBindValue(b);
    if (!query.exec())
        return fail(error, query);

    const QString self = selfNominatedLabel();
    QHash<QString, QString> levels;        // one copy of each level's text
    QHash<QString, QString> parties;
    auto shared = [](QHash<QString, QString> &pool, const QString &text) {
        const auto it = pool.constFind(text);
        if (it != pool.cend())
            return *it;
        pool.insert(text, text);
        return text;
    };
    const M stored[] = {M::Turnout, M::WinnerShare, M::Margin, M::EncLaaksoTaagepera, M::Candidates, M::AgainstAllShare};
    while (query.next()) {
        const int day = dayIndex.value(QDate::fromString(query.value(2).toString(), Qt::ISODate), -1);
        if (day < 0)
            continue;
        const qint64 territoryId = query.value(1).toLongLong();
        int line = m_lineOf.value(territoryId, -1);
        if (line < 0) {
            line = int(m_lines.size());
            m_lineOf.insert(territoryId, line);
            ComparisonLine l;
            l.territoryId = territoryId;
            l.races.resize(dayCount);
            m_lines.append(std::move(l));
        }
        auto &slot = m_lines[line].races[day];
        if (slot)
            continue; // two elections of one day in one territory: the first race stands
        ComparedRace race;
        race.raceId = query.value(0).toLongLong();
        race.level = shared(levels, query.value(3).toString());
        for (int i = 0; i < 6; ++i) {
            const QVariant v = query.value(4 + i);
            if (!v.isNull())
                race.metrics[size_t(stored[i])] = v.toDouble();
        }
        race.reasons = Metrics::unpackReasons(quint64(query.value(10).toLongLong()));
        if (!query.value(11).isNull())
            race.winnerSelfNominated = query.value(11).toBool();
        const QString party = query.value(12).toString();
        if (!party.isEmpty()) {
            race.winnerNomination = shared(parties, party);
            race.winnerPartyColour = shared(parties, query.value(13).toString());
            race.winnerSelfNominated = false;
        } else if (race.winnerSelfNominated.value_or(false)) {
            race.winnerNomination = self;
        }
        race.synthetic = query.value(14).toBool();
        m_lines[line].synthetic = m_lines[line].synthetic || race.synthetic;
        slot = std::move(race);
    }
    if (query.lastError().isValid())
        return fail(error, query);
    query.finish();

    // Names of the territories and their regions, in the display language.
    QSqlQuery names(m_db);
    names.setForwardOnly(true);
    if (!names.exec(QStringLiteral("SELECT t.id, t.name, t.name_kk, t.name_ru, t.name_en, t.region_id FROM territory t")))
        return fail(error, names);
    QHash<qint64, QString> regionNames;
    QHash<qint64, qint64> regionOf;
    while (names.next()) {
        const qint64 id = names.value(0).toLongLong();
        const int line = m_lineOf.value(id, -1);
        const QString name = localName(names.value(2).toString(), names.value(3).toString(),
                                       names.value(4).toString(), names.value(1).toString());
        if (line >= 0) {
            m_lines[line].territory = name;
            m_lines[line].regionId = names.value(5).toLongLong();
        }
        if (names.value(5).toLongLong() == id)
            regionNames.insert(id, name);
    }
    for (ComparisonLine &l : m_lines) {
        if (l.regionId != l.territoryId)
            l.region = regionNames.value(l.regionId);
        else
            l.region = l.territory;
    }
    std::sort(m_lines.begin(), m_lines.end(), [](const ComparisonLine &a, const ComparisonLine &b) {
        if ((a.regionId == 0) != (b.regionId == 0))
            return b.regionId == 0;
        if (const int c = QString::compare(a.region, b.region); c != 0)
            return c < 0;
        if (const int c = QString::compare(a.territory, b.territory); c != 0)
            return c < 0;
        return a.territoryId < b.territoryId;
    });
    m_lineOf.clear();
    for (int i = 0; i < m_lines.size(); ++i)
        m_lineOf.insert(m_lines.at(i).territoryId, i);

    // Aggregates by day, from the same races.
    for (int d = 0; d < dayCount; ++d) {
        ElectionAggregate a;
        a.day = m_scope.days.at(d);
        std::vector<double> margins;
        double candidates = 0;
        for (const ComparisonLine &l : std::as_const(m_lines)) {
            const auto &race = l.races.at(d);
            if (!race)
                continue;
            ++a.races;
            if (const auto c = race->value(M::Candidates)) {
                ++a.candidateRaces;
                candidates += *c;
                if (*c >= 2)
                    ++a.contestedRaces;
            }
            if (const auto m = race->value(M::Margin))
                margins.push_back(*m);
            if (race->winnerSelfNominated) {
                ++a.winnerRaces;
                if (*race->winnerSelfNominated)
                    ++a.selfNominatedWins;
            }
        }
        if (a.candidateRaces > 0) {
            a.candidatesPerRace = candidates / a.candidateRaces;
            a.contestedShare = double(a.contestedRaces) / a.candidateRaces;
        }
        a.marginRaces = int(margins.size());
        a.medianMargin = median(std::move(margins));
        if (a.winnerRaces > 0)
            a.selfNominatedWinShare = double(a.selfNominatedWins) / a.winnerRaces;
        if (a.races > 0) {
            const ComputedSummary summary = store.computedSummary(a.day, m_scope.territoryId);
            a.turnout = summary.turnout();
            a.turnoutRaces = summary.racesWithTurnoutCounts;
        }
        m_aggregates.append(a);
    }
    return true;
}

NominationSummary Comparison::nominations(QString *error) const
{
    NominationSummary summary;
    if (m_scope.days.isEmpty())
        return summary;
    QVariantList bindings;
    const QString where = scopeCondition(m_db, m_scope, &bindings);
    // Every candidate with its race: whether the race's votes are all known (the effective
    // number is computed exactly then) and whether its winner is known.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT r.id, e.date, t.region_id, c.id, c.self_nominated, p.short_name, p.name_kk, p.name_ru, p.name_en, "
            "p.colour, c.votes, m.enc_laakso_taagepera IS NOT NULL, m.winner_id "
            "FROM candidate c JOIN race r ON r.id = c.race_id JOIN election e ON e.id = r.election_id "
            "JOIN territory t ON t.id = r.territory_id LEFT JOIN race_metrics m ON m.race_id = r.id "
            "LEFT JOIN party p ON p.id = c.party_id WHERE ") + where + QStringLiteral(" ORDER BY r.id")))
        return fail(error, query), summary;
    for (const QVariant &b : std::as_const(bindings))
        query.addBindValue(b);
    if (!query.exec())
        return fail(error, query), summary;

    QHash<QString, int> nominationIndex;
    QHash<QDate, int> dayIndex;
    for (const QDate &d : m_scope.days) {
        dayIndex.insert(d, int(summary.byElection.size()));
        SelfNominatedShare s;
        s.day = d;
        summary.byElection.append(s);
    }
    QHash<qint64, SelfNominatedShare> regions;
    QSet<qint64> votesRaces, winnerRaces;
    // Per race: whether its winner's nomination is known and self-nominated (counted once).
    qint64 currentRace = -1;
    while (query.next()) {
        const qint64 raceId = query.value(0).toLongLong();
        const QDate day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        const qint64 regionId = query.value(2).toLongLong();
        const qint64 candidateId = query.value(3).toLongLong();
        const QString party = query.value(5).toString();
        const bool selfNominated = party.isEmpty() && query.value(4).toInt() == 1;
        const QString key = !party.isEmpty() ? party : selfNominated ? QStringLiteral("self") : QString();
        const bool allVotes = query.value(11).toBool() && !query.value(10).isNull();
        const bool winnerKnown = !query.value(12).isNull();
        const bool won = winnerKnown && query.value(12).toLongLong() == candidateId;

        int n = nominationIndex.value(key, -1);
        if (n < 0) {
            n = int(summary.nominations.size());
            nominationIndex.insert(key, n);
            NominationStats stats;
            stats.key = key;
            stats.label = !party.isEmpty() ? localName(query.value(6).toString(), query.value(7).toString(),
                                                       query.value(8).toString(), party)
                          : selfNominated ? selfNominatedLabel()
                                          : tr("nomination not known");
            stats.colour = query.value(9).toString();
            summary.nominations.append(stats);
        }
        NominationStats &stats = summary.nominations[n];
        ++stats.candidates;
        ++summary.candidates;
        SelfNominatedShare &byDay = summary.byElection[dayIndex.value(day)];
        SelfNominatedShare &byRegion = regions[regionId];
        byRegion.regionId = regionId;
        if (allVotes) {
            const qint64 votes = query.value(10).toLongLong();
            stats.votes += votes;
            summary.votes += votes;
            byDay.allVotes += votes;
            byRegion.allVotes += votes;
            if (selfNominated) {
                byDay.votes += votes;
                byRegion.votes += votes;
            }
            if (!votesRaces.contains(raceId)) {
                votesRaces.insert(raceId);
                ++byDay.votesRaces;
                ++byRegion.votesRaces;
            }
        }
        if (winnerKnown) {
            ++stats.candidatesWhereWinnerKnown;
            if (won) {
                ++stats.wins;
                // The race's winner: counted once per race, where the nomination is known.
                if (!key.isEmpty()) {
                    winnerRaces.insert(raceId);
                    ++byDay.winnerRaces;
                    ++byRegion.winnerRaces;
                    if (selfNominated) {
                        ++byDay.wins;
                        ++byRegion.wins;
                    }
                }
            }
        }
        currentRace = raceId;
    }
    Q_UNUSED(currentRace)
    if (query.lastError().isValid())
        return fail(error, query), summary;
    summary.votesRaces = int(votesRaces.size());
    summary.winnerRaces = int(winnerRaces.size());

    for (NominationStats &s : summary.nominations) {
        if (summary.votes > 0)
            s.voteShare = double(s.votes) / double(summary.votes);
        if (s.candidatesWhereWinnerKnown > 0)
            s.winRate = double(s.wins) / double(s.candidatesWhereWinnerKnown);
    }
    std::stable_sort(summary.nominations.begin(), summary.nominations.end(),
                     [](const NominationStats &a, const NominationStats &b) {
                         if (a.key.isEmpty() != b.key.isEmpty())
                             return b.key.isEmpty(); // "not known" last
                         return a.candidates > b.candidates;
                     });
    auto finish = [](SelfNominatedShare &s) {
        if (s.allVotes > 0)
            s.voteShare = double(s.votes) / double(s.allVotes);
        if (s.winnerRaces > 0)
            s.winShare = double(s.wins) / double(s.winnerRaces);
    };
    for (SelfNominatedShare &s : summary.byElection) {
        s.label = s.day.toString(Qt::ISODate);
        finish(s);
    }
    const Store store(m_db);
    for (const TerritoryInfo &region : store.regions()) {
        const auto it = regions.find(region.id);
        if (it == regions.end())
            continue;
        it->label = region.displayName();
        finish(*it);
        summary.byRegion.append(*it);
    }
    if (const auto it = regions.find(0); it != regions.end()) {
        it->label = tr("no region");
        finish(*it);
        summary.byRegion.append(*it);
    }
    return summary;
}

} // namespace Sailau
