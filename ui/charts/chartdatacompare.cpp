// SPDX-License-Identifier: GPL-3.0-or-later
// The data of the charts of elections compared over time: turnout, competitiveness and one
// territory over the days, and the candidates' sex, age and nominations.
#include "chartdata.h"

#include "charttheme.h"
#include "format.h"

#include <QSet>

#include <algorithm>

namespace Sailau::Charts {

namespace {

using M = Metrics::Metric;

QStringList periodLabels(const Comparison &c)
{
    QStringList labels;
    for (const QDate &d : c.days())
        labels.append(Format::date(d));
    return labels;
}

int valuesKnown(const TimeSeries &t)
{
    return int(std::count_if(t.values.cbegin(), t.values.cend(), [](const auto &v) { return v.has_value(); }));
}

// The scope as a whole: Σ ballots ÷ Σ voters of each day (the summary's figure), drawn bold.
TimeSeries wholeTurnoutLine(const Comparison &c, const QString &name, qint64 territoryId)
{
    TimeSeries whole;
    whole.name = name;
    whole.emphasised = true;
    whole.territoryId = territoryId;
    for (const ElectionAggregate &a : c.aggregates()) {
        whole.values.append(a.turnout);
        whole.counts.append(a.turnoutRaces);
    }
    return whole;
}

// Each region with races on any of the days: one line.
QList<TimeSeries> regionTurnoutLines(const Comparison &c, const QList<TerritoryInfo> &regions)
{
    QSet<qint64> regionsWithRaces;
    for (const ComparisonLine &l : c.lines())
        regionsWithRaces.insert(l.regionId);
    QList<TimeSeries> lines;
    for (const TerritoryInfo &region : regions) {
        if (!regionsWithRaces.contains(region.id))
            continue;
        TimeSeries t;
        t.name = region.displayName();
        t.territoryId = region.id;
        for (const ComputedSummary &s : c.regionTurnout(region.id)) {
            t.values.append(s.turnout());
            t.counts.append(s.racesWithTurnoutCounts);
        }
        lines.append(t);
    }
    return lines;
}

// A region or smaller: each territory with races but the scope itself, one line each.
QList<TimeSeries> territoryTurnoutLines(const Comparison &c, qint64 scopeId)
{
    QList<TimeSeries> lines;
    for (const ComparisonLine &l : c.lines()) {
        if (l.territoryId == scopeId)
            continue;
        TimeSeries t;
        t.name = l.territory;
        t.territoryId = l.territoryId;
        for (int d = 0; d < c.days().size(); ++d) {
            t.values.append(l.value(d, M::Turnout));
            t.counts.append(l.value(d, M::Turnout) ? 1 : 0);
        }
        lines.append(t);
    }
    return lines;
}

} // namespace

bool ChartData::setComparison(const QList<QDate> &days, QString *error)
{
    auto comparison = std::make_shared<Comparison>(m_db);
    ComparisonScope scope;
    scope.days = days;
    scope.territoryId = m_territoryId == m_countryId ? 0 : m_territoryId;
    if (!comparison->load(scope, error))
        return false;
    m_comparison = std::move(comparison);
    m_profiles.reset();
    m_nominations.reset();
    return true;
}

void ChartData::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = std::move(comparison);
    m_profiles.reset();
    m_nominations.reset();
}

QString ChartData::comparisonScope() const
{
    QStringList days;
    if (m_comparison) {
        for (const QDate &d : m_comparison->days())
            days.append(Format::date(d));
    }
    return tr("%1 — %2").arg(m_scopeName, days.join(QStringLiteral(", ")));
}

// The frame of a comparison chart over the days: shares under the title given, a period for
// each day; without a comparison, the note that asks for one, and false.
bool ChartData::startComparisonChart(ChartModel &m, const QString &valueTitle) const
{
    m.share = true;
    m.valueTitle = valueTitle;
    if (!m_comparison) {
        m.note = tr("Choose two or more election days to compare.");
        return false;
    }
    m.periods = periodLabels(*m_comparison);
    return true;
}

ChartModel ChartData::compareTurnout() const
{
    ChartModel m;
    if (!startComparisonChart(m, Metrics::name(M::Turnout)))
        return m;
    const Comparison &c = *m_comparison;
    const TimeSeries whole = wholeTurnoutLine(c, m_scopeName, m_territoryId);
    m.series.append(whole);
    const bool country = m_territoryId == m_countryId || m_territoryId == 0;
    if (country)
        m.series.append(regionTurnoutLines(c, m_regionList));
    else if (c.lines().size() <= 12)
        m.series.append(territoryTurnoutLines(c, m_territoryId));
    const int total = int(whole.values.size());
    const int known = valuesKnown(whole);
    if (known < total)
        m.note = tr("%1 of %2 election days have a turnout computed from the races' counts; the others are gaps in "
                    "the line, not 0.").arg(known).arg(total);
    else
        m.note = tr("Turnout computed from the races' counts (ballots issued ÷ voters on the lists).");
    if (!country && c.lines().size() > 12)
        m.note += QLatin1Char(' ') + tr("The %1 territories are too many to draw one line each.").arg(c.lines().size());
    return m;
}

ChartModel ChartData::compareCompetitiveness() const
{
    ChartModel m;
    if (!startComparisonChart(m, tr("Share")))
        return m;
    const Comparison &c = *m_comparison;
    TimeSeries contested, margin, self;
    contested.name = tr("Contested races (two or more candidates)");
    contested.colour = Palette::okabeIto(5).name();
    margin.name = tr("Median margin of victory");
    margin.colour = Palette::okabeIto(1).name();
    self.name = tr("Races won by self-nominated candidates");
    self.colour = Palette::selfNominated().name();
    for (const ElectionAggregate &a : c.aggregates()) {
        contested.values.append(a.contestedShare);
        contested.counts.append(a.candidateRaces);
        margin.values.append(a.medianMargin);
        margin.counts.append(a.marginRaces);
        self.values.append(a.selfNominatedWinShare);
        self.counts.append(a.winnerRaces);
    }
    m.series = {contested, margin, self};
    QStringList parts;
    for (const ElectionAggregate &a : c.aggregates())
        parts.append(tr("%1: margin known in %2 of %3 races").arg(Format::date(a.day)).arg(a.marginRaces).arg(a.races));
    m.note = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    return m;
}

ChartModel ChartData::compareTerritory() const
{
    ChartModel m;
    if (!startComparisonChart(m, tr("Share")))
        return m;
    const Comparison &c = *m_comparison;
    const qint64 wanted = m_comparedTerritory ? m_comparedTerritory : m_territoryId;
    const int index = c.lineOf(wanted);
    if (index < 0) {
        m.note = tr("Choose a territory that held races to see its line.");
        return m;
    }
    const ComparisonLine &l = c.lines().at(index);
    const M metrics[] = {M::Turnout, M::WinnerShare, M::Margin};
    const int colours[] = {5, 1, 6};
    for (int i = 0; i < 3; ++i) {
        TimeSeries t;
        t.name = Metrics::name(metrics[i]);
        t.colour = Palette::okabeIto(colours[i]).name();
        t.territoryId = l.territoryId;
        for (int d = 0; d < c.days().size(); ++d) {
            t.values.append(l.value(d, metrics[i]));
            t.counts.append(l.races.at(d) ? 1 : 0);
        }
        m.series.append(t);
    }
    m.scope = tr("%1 — %2").arg(l.region.isEmpty() || l.region == l.territory ? l.territory
                                                                              : tr("%1, %2").arg(l.territory, l.region),
                                m.periods.join(QStringLiteral(", ")));
    QStringList missing;
    for (int d = 0; d < c.days().size(); ++d) {
        if (!l.races.at(d))
            missing.append(tr("no race on %1").arg(m.periods.at(d)));
    }
    if (l.levelChanged()) {
        QStringList levels;
        for (const auto &race : l.races)
            levels.append(race ? Format::levelName(race->level) : Format::missing());
        m.note = tr("Elected at different levels: %1.").arg(levels.join(QStringLiteral(" → ")));
    }
    if (!missing.isEmpty())
        m.note += (m.note.isEmpty() ? QString() : QStringLiteral(" ")) + missing.join(QStringLiteral("; ")) + QLatin1Char('.');
    return m;
}

const CandidateProfileSummary &ChartData::candidateProfiles(QString *error) const
{
    return m_profiles.get(m_comparison.get(), [](const Comparison &c, QString *e) { return CandidateProfiles::read(c, e); },
                          error);
}

void ChartData::setCandidateProfiles(CandidateProfileSummary summary)
{
    m_profiles.set(m_comparison.get(), std::move(summary));
}

ChartModel ChartData::compareCandidates() const
{
    ChartModel m;
    if (!startComparisonChart(m, tr("Share")))
        return m;
    const CandidateProfileSummary &s = candidateProfiles();
    TimeSeries women, womenWinners, reelected;
    women.name = tr("Women among the candidates");
    women.colour = Palette::okabeIto(5).name();
    womenWinners.name = tr("Women among the winners");
    womenWinners.colour = Palette::okabeIto(1).name();
    reelected.name = tr("Sitting akims re-elected");
    reelected.colour = Palette::okabeIto(6).name();
    QStringList parts;
    for (const CandidateProfile &p : s.byElection) {
        women.values.append(p.womenShare);
        women.counts.append(p.sexKnown);
        womenWinners.values.append(p.womenWinnerShare);
        womenWinners.counts.append(p.winnersSexKnown);
        reelected.values.append(p.reelectionRate);
        reelected.counts.append(p.incumbentsWhereWinnerKnown);
        parts.append(tr("%1: the sex of %2 of %3 candidates known").arg(Format::date(p.day)).arg(p.sexKnown).arg(p.candidates));
    }
    for (TimeSeries *t : {&women, &womenWinners, &reelected})
        t->countsCandidates = true;
    m.series = {women, womenWinners, reelected};
    m.note = parts.join(QStringLiteral("; ")) + QLatin1Char('.') + QLatin1Char(' ')
             + tr("A day on which no candidate's sex (or incumbency) is known is a gap in its line, not 0.");
    return m;
}

bool ChartData::startPairedComparisonChart(ChartModel &m, bool share, const QString &valueTitle,
                                           const QString &categoryTitle, const QString &firstName,
                                           const QString &secondName) const
{
    m.share = share;
    m.valueTitle = valueTitle;
    m.categoryTitle = categoryTitle;
    m.firstName = firstName;
    m.secondName = secondName;
    if (!m_comparison)
        m.note = tr("Choose two or more election days to compare.");
    return m_comparison != nullptr;
}

ChartModel ChartData::compareCandidateAges() const
{
    ChartModel m;
    if (!startPairedComparisonChart(m, false, tr("Candidates"), tr("Age at the election"), tr("Candidates"), tr("Winners")))
        return m;
    const CandidateProfile &p = candidateProfiles().total;
    for (int b = 0; b < AgeBands::Count; ++b) {
        CategoryValue v;
        v.label = AgeBands::label(b);
        v.value = p.ages[size_t(b)];
        v.second = p.winnerAges[size_t(b)];
        m.categories.append(v);
    }
    m.note = tr("Age known of %1 of %2 candidates and %3 of %4 winners; the others are left out, not counted as any age.")
                 .arg(p.ageKnown).arg(p.candidates).arg(p.winnersAgeKnown).arg(p.winners);
    if (p.medianAge)
        m.note += QLatin1Char(' ') + tr("Median age: candidates %1, winners %2.")
                                         .arg(Format::decimal(p.medianAge, 1),
                                              p.medianWinnerAge ? Format::decimal(p.medianWinnerAge, 1) : Format::missing());
    return m;
}

const NominationSummary &ChartData::nominations(QString *error) const
{
    return m_nominations.get(m_comparison.get(), [](const Comparison &c, QString *e) { return c.nominations(e); }, error);
}

void ChartData::setNominations(NominationSummary summary)
{
    m_nominations.set(m_comparison.get(), std::move(summary));
}

// Each nomination (most candidates first): its share of the votes in the races whose every
// candidate's votes are known, and its wins of its candidates in the races whose winner is known.
ChartModel ChartData::compareNominations() const
{
    ChartModel m;
    if (!startPairedComparisonChart(m, true, tr("Share"), tr("Nomination"), tr("Share of the votes"), tr("Win rate")))
        return m;
    const NominationSummary &s = nominations();
    int candidates = 0;
    for (const NominationStats &n : s.nominations) {
        CategoryValue v;
        v.label = n.label;
        v.value = n.voteShare;
        v.second = n.winRate;
        m.categories.append(v);
        candidates += n.candidates;
    }
    m.note = tr("%1 candidates. Shares of the votes in the %n race(s) whose every candidate's votes are known; "
                "win rates in the races whose winner is known. A nomination with neither is left blank, not 0.",
                nullptr, s.votesRaces)
                 .arg(candidates);
    return m;
}

} // namespace Sailau::Charts
