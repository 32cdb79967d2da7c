// SPDX-License-Identifier: GPL-3.0-or-later
// Elections compared over time, on the synthetic comparison corpus (resources/sample/
// comparison-synthetic.json): every expected value below is worked out by hand from its figures.
#include "comparison.h"
#include "database.h"
#include "language.h"
#include "synthetic.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau;
using M = Metrics::Metric;

namespace {

const QDate day1(2021, 7, 25), day2(2023, 11, 5), day3(2025, 8, 17);

void compareRatio(const std::optional<double> &actual, double expected, const char *what)
{
    QVERIFY2(actual.has_value(), what);
    if (std::abs(*actual - expected) > 1e-9)
        QFAIL(qPrintable(QStringLiteral("%1: %2, expected %3").arg(QLatin1String(what)).arg(*actual, 0, 'g', 12).arg(expected, 0, 'g', 12)));
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void corpusIsMarkedSynthetic();
    void linesUpTerritoriesById();
    void deltasArePercentagePointsAndMissingStaysMissing();
    void aggregatesByElection();
    void aggregatesOfARegion();
    void nominations();
    void selfNominatedByElectionAndRegion();
    void everyDayWhenNoneAreGiven();
    void partialListsKeepMarginMissing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 territoryId(const QString &nameEn) const;
    const ComparisonLine &line(const Comparison &c, const QString &nameEn) const;
};

void TestComparison::initTestCase()
{
    setDisplayLanguage(Language::English);
    OpenError code;
    QString message;
    m_db = Database::open(m_dir.filePath(QStringLiteral("compare.sqlite")), OpenOptions(), &code, &message);
    QVERIFY2(m_db, qPrintable(message));
    QString error;
    QVERIFY2(SyntheticGenerator::loadComparisonCorpus(*m_db, &error), qPrintable(error));
}

qint64 TestComparison::territoryId(const QString &nameEn) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM territory WHERE name_en = ?"));
    q.addBindValue(nameEn);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

const ComparisonLine &TestComparison::line(const Comparison &c, const QString &nameEn) const
{
    const int i = c.lineOf(territoryId(nameEn));
    if (i < 0)
        qFatal("no line for %s", qPrintable(nameEn));
    return c.lines().at(i);
}

void TestComparison::corpusIsMarkedSynthetic()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(synthetic) FROM race")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 11);
    QCOMPARE(q.value(1).toInt(), 11);
    QVERIFY(q.exec(QStringLiteral("SELECT kind FROM import_batch")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("synthetic"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM source WHERE url LIKE 'synthetic:%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestComparison::linesUpTerritoriesById()
{
    Comparison c(m_db->connection());
    QString error;
    QVERIFY2(c.load({{day3, day1, day2}, 0}, &error), qPrintable(error));
    QCOMPARE(c.days(), (QList<QDate>{day1, day2, day3}));   // oldest first
    QCOMPARE(c.lines().size(), 4);
    // Regions in the alphabet's order, then names.
    QCOMPARE(c.lines().at(0).territory, QStringLiteral("Aksu District"));
    QCOMPARE(c.lines().at(0).region, QStringLiteral("Altyn Region (synthetic)"));
    QVERIFY(c.lines().at(0).synthetic);

    // The renamed district is one line: its 2021 race and its later ones.
    const ComparisonLine &renamed = line(c, QStringLiteral("Zhanabirlik District"));
    QVERIFY(renamed.races.at(0) && renamed.races.at(1) && renamed.races.at(2));
    QVERIFY(!renamed.levelChanged());
    compareRatio(renamed.value(0, M::Turnout), 0.5, "renamed, 2021 turnout");
    compareRatio(renamed.value(1, M::WinnerShare), 700.0 / 1200, "renamed, 2023 winner's share");
    QCOMPARE(renamed.races.at(2)->winnerNomination, QStringLiteral("self-nominated"));

    // The village that became a city: one line, its elections of different levels.
    const ComparisonLine &city = line(c, QStringLiteral("Koktobe City"));
    QVERIFY(city.levelChanged());
    QCOMPARE(city.races.at(0)->level, QStringLiteral("rural"));
    QCOMPARE(city.races.at(1)->level, QStringLiteral("city_regional"));
    QCOMPARE(city.races.at(2)->winnerNomination, QStringLiteral("AMANAT"));

    // No race in 2023: missing, not zero.
    const ComparisonLine &ornek = line(c, QStringLiteral("Ornek District"));
    QVERIFY(!ornek.races.at(1));
    QVERIFY(!ornek.value(1, M::Turnout));
}

void TestComparison::deltasArePercentagePointsAndMissingStaysMissing()
{
    Comparison c(m_db->connection());
    QVERIFY(c.load({{day1, day2, day3}, 0}));
    const ComparisonLine &aksu = line(c, QStringLiteral("Aksu District"));
    compareRatio(aksu.delta(0, 1, M::Turnout), -10.0, "turnout 60% → 50%");
    compareRatio(aksu.delta(0, 1, M::Margin), (100.0 / 480 - 200.0 / 600) * 100, "margin");
    compareRatio(aksu.delta(0, 1, M::Candidates), 1.0, "candidates 2 → 3");
    // 2025: voters not known, so no turnout and no change of turnout.
    QVERIFY(!aksu.value(2, M::Turnout));
    QCOMPARE(aksu.races.at(2)->reasons[size_t(M::Turnout)], Metrics::Reason::NoVoters);
    QVERIFY(!aksu.delta(1, 2, M::Turnout));
    compareRatio(aksu.delta(1, 2, M::WinnerShare), (300.0 / 550 - 250.0 / 480) * 100, "winner's share");
    // A side with no race: missing.
    QVERIFY(!line(c, QStringLiteral("Ornek District")).delta(0, 1, M::Turnout));
    compareRatio(line(c, QStringLiteral("Ornek District")).delta(0, 2, M::Turnout), 10.0, "Ornek 50% → 60%");
}

void TestComparison::aggregatesByElection()
{
    Comparison c(m_db->connection());
    QVERIFY(c.load({{day1, day2, day3}, 0}));
    QCOMPARE(c.aggregates().size(), 3);

    const ElectionAggregate &a1 = c.aggregates().at(0);
    QCOMPARE(a1.day, day1);
    QCOMPARE(a1.races, 4);
    QCOMPARE(a1.candidateRaces, 4);                 // 2, 2, 1 and 3 registered
    compareRatio(a1.candidatesPerRace, 8.0 / 4, "2021 candidates per race");
    QCOMPARE(a1.contestedRaces, 3);
    compareRatio(a1.contestedShare, 0.75, "2021 contested");
    QCOMPARE(a1.marginRaces, 2);                    // one candidate; a partial list
    compareRatio(a1.medianMargin, (200.0 / 600 + 400.0 / 1000) / 2, "2021 median margin");
    QCOMPARE(a1.winnerRaces, 4);
    QCOMPARE(a1.selfNominatedWins, 2);
    compareRatio(a1.selfNominatedWinShare, 0.5, "2021 self-nominated winners");
    QCOMPARE(a1.turnoutRaces, 4);
    compareRatio(a1.turnout, (600.0 + 1000 + 400 + 400) / (1000 + 2000 + 500 + 800), "2021 turnout");

    const ElectionAggregate &a2 = c.aggregates().at(1);
    QCOMPARE(a2.races, 3);
    compareRatio(a2.candidatesPerRace, 7.0 / 3, "2023 candidates per race");
    compareRatio(a2.contestedShare, 1.0, "2023 contested");
    QCOMPARE(a2.marginRaces, 3);
    compareRatio(a2.medianMargin, 100.0 / 480, "2023 median margin");
    compareRatio(a2.selfNominatedWinShare, 2.0 / 3, "2023 self-nominated winners");

    const ElectionAggregate &a3 = c.aggregates().at(2);
    QCOMPARE(a3.races, 4);
    compareRatio(a3.candidatesPerRace, 7.0 / 4, "2025 candidates per race");
    compareRatio(a3.contestedShare, 0.75, "2025 contested");
    QCOMPARE(a3.marginRaces, 3);
    compareRatio(a3.medianMargin, 50.0 / 550, "2025 median margin");
    compareRatio(a3.selfNominatedWinShare, 0.5, "2025 self-nominated winners");
    QCOMPARE(a3.turnoutRaces, 3);                   // Aksu's voters are not known
    compareRatio(a3.turnout, (900.0 + 420 + 480) / (2000 + 700 + 800), "2025 turnout");
}

void TestComparison::aggregatesOfARegion()
{
    Comparison c(m_db->connection());
    QVERIFY(c.load({{day1, day2}, territoryId(QStringLiteral("Kumis Region (synthetic)"))}));
    QCOMPARE(c.lines().size(), 2);
    QCOMPARE(c.aggregates().at(0).races, 2);
    QCOMPARE(c.aggregates().at(1).races, 1);
    QCOMPARE(c.aggregates().at(0).marginRaces, 0);   // one candidate; a partial list
    QVERIFY(!c.aggregates().at(0).medianMargin);
    compareRatio(c.aggregates().at(1).medianMargin, 100.0 / 300, "Kumis 2023 median margin");
}

void TestComparison::nominations()
{
    Comparison c(m_db->connection());
    QVERIFY(c.load({{day1, day2, day3}, 0}));
    QString error;
    const NominationSummary s = c.nominations(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(s.candidates, 20);
    QCOMPARE(s.votesRaces, 10);                     // Ornek 2021 lists only its winner
    QCOMPARE(s.votes, qint64(6300));
    QCOMPARE(s.winnerRaces, 11);
    QCOMPARE(s.nominations.size(), 3);
    const NominationStats &self = s.nominations.at(0);
    QCOMPARE(self.key, QStringLiteral("self"));
    QCOMPARE(self.candidates, 10);
    QCOMPARE(self.votes, qint64(3760));
    compareRatio(self.voteShare, 3760.0 / 6300, "self-nominated vote share");
    QCOMPARE(self.wins, 6);
    compareRatio(self.winRate, 0.6, "self-nominated win rate");
    const NominationStats &amanat = s.nominations.at(1);
    QCOMPARE(amanat.key, QStringLiteral("AMANAT"));
    QCOMPARE(amanat.candidates, 9);
    QCOMPARE(amanat.votes, qint64(2490));
    QCOMPARE(amanat.wins, 5);
    compareRatio(amanat.winRate, 5.0 / 9, "AMANAT win rate");
    const NominationStats &auyl = s.nominations.at(2);
    QCOMPARE(auyl.key, QStringLiteral("Auyl"));
    QCOMPARE(auyl.votes, qint64(50));
    compareRatio(auyl.winRate, 0.0, "Auyl win rate");   // a real 0: one candidate, no win
}

void TestComparison::selfNominatedByElectionAndRegion()
{
    Comparison c(m_db->connection());
    QVERIFY(c.load({{day1, day2, day3}, 0}));
    const NominationSummary s = c.nominations();
    QCOMPARE(s.byElection.size(), 3);
    compareRatio(s.byElection.at(0).voteShare, 1300.0 / 2000, "2021 self-nominated votes");
    QCOMPARE(s.byElection.at(0).votesRaces, 3);
    compareRatio(s.byElection.at(0).winShare, 2.0 / 4, "2021 self-nominated wins");
    compareRatio(s.byElection.at(1).voteShare, 1050.0 / 1950, "2023 self-nominated votes");
    compareRatio(s.byElection.at(1).winShare, 2.0 / 3, "2023 self-nominated wins");
    compareRatio(s.byElection.at(2).voteShare, 1410.0 / 2350, "2025 self-nominated votes");
    QCOMPARE(s.byRegion.size(), 2);
    QCOMPARE(s.byRegion.at(0).label, QStringLiteral("Altyn Region (synthetic)"));
    compareRatio(s.byRegion.at(0).voteShare, 2900.0 / 4700, "Altyn self-nominated votes");
    compareRatio(s.byRegion.at(0).winShare, 3.0 / 6, "Altyn self-nominated wins");
    compareRatio(s.byRegion.at(1).voteShare, 860.0 / 1600, "Kumis self-nominated votes");
    QCOMPARE(s.byRegion.at(1).votesRaces, 4);
    compareRatio(s.byRegion.at(1).winShare, 3.0 / 5, "Kumis self-nominated wins");
}

void TestComparison::everyDayWhenNoneAreGiven()
{
    Comparison c(m_db->connection());
    QVERIFY(c.load({}));
    QCOMPARE(c.days(), (QList<QDate>{day1, day2, day3}));
    QCOMPARE(c.lines().size(), 4);
}

void TestComparison::partialListsKeepMarginMissing()
{
    Comparison c(m_db->connection());
    QVERIFY(c.load({{day1}, 0}));
    const ComparisonLine &ornek = line(c, QStringLiteral("Ornek District"));
    QVERIFY(!ornek.value(0, M::Margin));
    QVERIFY(!ornek.value(0, M::EncLaaksoTaagepera));
    QCOMPARE(ornek.races.at(0)->reasons[size_t(M::Margin)], Metrics::Reason::PartialList);
    compareRatio(ornek.value(0, M::Candidates), 3, "registered candidates");
    compareRatio(ornek.value(0, M::WinnerShare), 250.0 / 400, "winner's share of a partial list");
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
