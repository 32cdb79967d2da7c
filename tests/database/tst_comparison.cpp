// SPDX-License-Identifier: GPL-3.0-or-later
// Elections compared over time, on the synthetic comparison corpus (resources/sample/
// comparison-synthetic.json): every expected value below is worked out by hand from its figures.
#include "candidateprofile.h"
#include "comparison.h"
#include "database.h"
#include "language.h"
#include "synthetic.h"

#include "../common/testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

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
    void candidateProfiles_data();
    void candidateProfiles();
    void candidateProfilesOfARegion();
    void ageBands_data();
    void ageBands();
    void publishedFiguresBesideTheAggregates();

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

// The candidates' sex, age and incumbency in the corpus (only some candidates have them):
//   2021-07-25  Aksu: Әбенов (won, born 1970 → 51), Қасымов (—); Zhanabirlik: Үсенов (won, born
//               1975 → 46, sitting akim), Ким (age 44 as published); Koktobe: Ғабдуллин (won, —);
//               Ornek: Ілиясов (won, —). Nobody's sex is known.
//   2023-11-05  Aksu: Әбенов (won, m, 1970 → 53, sitting), Сәрсенбаев (m, 1980 → 43, not sitting),
//               Тоқтаров Жанар (f, age —, not sitting); Zhanabirlik: Үсенов (won, m, 1975 → 48,
//               sitting), Петренко (—); Koktobe: Һәдиев (won, —), Мұқанов (m, 1988 → 35, not sitting).
//   2025-08-17  Aksu: Жұмабеков (won, m, 1985 → 40), Сәрсенбаев (m, 1980 → 45); Zhanabirlik:
//               Есенов Үміт (won, f, 1990 → 35), Серікбаев Сәуле (f, age 29 as published);
//               Koktobe: Мұқанов (won, m, 1988 → 37); Ornek: Шәкенов Айгүл (won, f, 1979 → 46),
//               Ермеков Гүлнар (f, 1968 → 57, the sitting akim, lost). Nobody else sat.
// Altyn Region holds Aksu and Zhanabirlik, Kumis Region Koktobe and Ornek.
// Columns: age bands under 30, 30–39, 40–49, 50–59, 60 and over; a share of −1 is missing.
void TestComparison::candidateProfiles_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("candidates");
    QTest::addColumn<int>("sexKnown");
    QTest::addColumn<int>("women");
    QTest::addColumn<double>("womenShare");
    QTest::addColumn<int>("winners");
    QTest::addColumn<int>("winnersSexKnown");
    QTest::addColumn<double>("womenWinnerShare");
    QTest::addColumn<QList<int>>("ages");
    QTest::addColumn<double>("medianAge");
    QTest::addColumn<QList<int>>("winnerAges");
    QTest::addColumn<double>("medianWinnerAge");
    QTest::addColumn<int>("incumbencyKnown");
    QTest::addColumn<int>("incumbents");
    QTest::addColumn<int>("reelected");
    QTest::addColumn<double>("reelectionRate");

    // No sex known: both shares missing, not 0 %. Ages 51, 46, 44 → median 46; winners 51, 46 →
    // 48.5. One sitting akim stood and kept the post: 1 ÷ 1.
    QTest::newRow("2021: sex unknown for all") << QStringLiteral("day0") << 6 << 0 << 0 << -1.0 << 4 << 0 << -1.0
                                               << QList<int>{0, 0, 2, 1, 0} << 46.0 << QList<int>{0, 0, 1, 1, 0} << 48.5
                                               << 1 << 1 << 1 << 1.0;
    // 1 woman of 5 whose sex is known; the 2 winners whose sex is known are men: a real 0.
    // Ages 53, 43, 48, 35 → median (43 + 48) ÷ 2; winners 53, 48 → 50.5. Two sitting akims, both kept it.
    QTest::newRow("2023: partly known") << QStringLiteral("day1") << 7 << 5 << 1 << 0.2 << 3 << 2 << 0.0
                                        << QList<int>{0, 1, 2, 1, 0} << 45.5 << QList<int>{0, 0, 1, 1, 0} << 50.5
                                        << 5 << 2 << 2 << 1.0;
    // 4 women of 7, 2 of the 4 winners. Ages 40, 45, 35, 29, 37, 46, 57 → median 40; winners 40,
    // 35, 37, 46 → 38.5. The one sitting akim lost: 0 ÷ 1.
    QTest::newRow("2025: all known") << QStringLiteral("day2") << 7 << 7 << 4 << 4.0 / 7 << 4 << 4 << 0.5
                                     << QList<int>{1, 2, 3, 1, 0} << 40.0 << QList<int>{0, 2, 2, 0, 0} << 38.5
                                     << 7 << 1 << 0 << 0.0;
    // Altyn: 2021 4 + 2023 5 + 2025 4 candidates; sex known 4 + 4 (women Тоқтаров, Есенов,
    // Серікбаев); winners Әбенов, Үсенов twice, Жұмабеков, Есенов: sex known of 4, 1 woman. Ages
    // 29 35 40 43 44 45 46 48 51 53 → median 44.5; winners 35 40 46 48 51 53 → 47. Incumbency
    // known 1 + 4 + 4; Үсенов twice and Әбенов stood and won.
    QTest::newRow("Altyn Region") << QStringLiteral("region0") << 13 << 8 << 3 << 3.0 / 8 << 6 << 4 << 0.25
                                  << QList<int>{1, 1, 6, 2, 0} << 44.5 << QList<int>{0, 1, 3, 2, 0} << 47.0
                                  << 9 << 3 << 3 << 1.0;
    // Kumis: 2 + 2 + 3 candidates; sex known Мұқанов twice, Шәкенов, Ермеков (2 women); winners
    // with sex known Мұқанов, Шәкенов. Ages 35 37 46 57 → 41.5; winners 37, 46 → 41.5. Ермеков lost.
    QTest::newRow("Kumis Region") << QStringLiteral("region1") << 7 << 4 << 2 << 0.5 << 5 << 2 << 0.5
                                  << QList<int>{0, 2, 1, 1, 0} << 41.5 << QList<int>{0, 1, 1, 0, 0} << 41.5
                                  << 4 << 1 << 0 << 0.0;
    // Every day: 5 women of 12, 2 of 6 winners; 14 ages, the 7th and 8th 44 and 45; 8 winners'
    // ages 35 37 40 46 46 48 51 53; 4 sitting akims stood, 3 kept the post.
    QTest::newRow("all elections") << QStringLiteral("total") << 20 << 12 << 5 << 5.0 / 12 << 11 << 6 << 2.0 / 6
                                   << QList<int>{1, 3, 7, 3, 0} << 44.5 << QList<int>{0, 2, 4, 2, 0} << 46.0
                                   << 13 << 4 << 3 << 0.75;
}

void TestComparison::candidateProfiles()
{
    QFETCH(QString, group);
    Comparison c(m_db->connection());
    QVERIFY(c.load({{day1, day2, day3}, 0}));
    QString error;
    const CandidateProfileSummary s = CandidateProfiles::read(c, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(s.byElection.size(), 3);
    QCOMPARE(s.byRegion.size(), 2);
    QCOMPARE(s.byRegion.at(0).label, QStringLiteral("Altyn Region (synthetic)"));
    QCOMPARE(s.byElection.at(2).day, day3);
    const CandidateProfile p = group == QLatin1String("total") ? s.total
                               : group.startsWith(QLatin1String("day")) ? s.byElection.at(group.right(1).toInt())
                                                                        : s.byRegion.at(group.right(1).toInt());
    auto share = [](const std::optional<double> &value, double expected, const char *what) {
        if (expected < 0) {
            QVERIFY2(!value, what);   // missing, never 0
            return;
        }
        compareRatio(value, expected, what);
    };
    QTEST(p.candidates, "candidates");
    QTEST(p.sexKnown, "sexKnown");
    QTEST(p.women, "women");
    QFETCH(double, womenShare);
    share(p.womenShare, womenShare, "women among the candidates");
    QTEST(p.winners, "winners");
    QTEST(p.winnersSexKnown, "winnersSexKnown");
    QFETCH(double, womenWinnerShare);
    share(p.womenWinnerShare, womenWinnerShare, "women among the winners");
    QFETCH(QList<int>, ages);
    QCOMPARE(QList<int>(p.ages.cbegin(), p.ages.cend()), ages);
    QCOMPARE(p.ageKnown, int(std::accumulate(ages.cbegin(), ages.cend(), 0)));
    QFETCH(double, medianAge);
    share(p.medianAge, medianAge, "median age");
    QFETCH(QList<int>, winnerAges);
    QCOMPARE(QList<int>(p.winnerAges.cbegin(), p.winnerAges.cend()), winnerAges);
    QCOMPARE(p.winnersAgeKnown, int(std::accumulate(winnerAges.cbegin(), winnerAges.cend(), 0)));
    QFETCH(double, medianWinnerAge);
    share(p.medianWinnerAge, medianWinnerAge, "median age of the winners");
    QTEST(p.incumbencyKnown, "incumbencyKnown");
    QTEST(p.incumbents, "incumbents");
    QTEST(p.incumbentsReelected, "reelected");
    QFETCH(double, reelectionRate);
    share(p.reelectionRate, reelectionRate, "sitting akims re-elected");
}

void TestComparison::candidateProfilesOfARegion()
{
    // Kumis Region alone: 2021 has Koktobe's and Ornek's winners, of whom nothing is known.
    Comparison c(m_db->connection());
    QVERIFY(c.load({{day1, day3}, territoryId(QStringLiteral("Kumis Region (synthetic)"))}));
    const CandidateProfileSummary s = CandidateProfiles::read(c);
    QCOMPARE(s.byElection.size(), 2);
    QCOMPARE(s.byElection.at(0).candidates, 2);
    QCOMPARE(s.byElection.at(0).sexKnown, 0);
    QVERIFY(!s.byElection.at(0).womenShare);
    QVERIFY(!s.byElection.at(0).medianAge);
    QVERIFY(!s.byElection.at(0).reelectionRate);   // no sitting akim known to have stood
    QCOMPARE(s.byElection.at(1).candidates, 3);
    compareRatio(s.byElection.at(1).womenShare, 2.0 / 3, "Kumis 2025: Шәкенов and Ермеков of 3");
    QCOMPARE(s.byRegion.size(), 1);
    QCOMPARE(s.total.candidates, 5);
}

void TestComparison::ageBands_data()
{
    QTest::addColumn<int>("age");
    QTest::addColumn<int>("band");
    QTest::newRow("25") << 25 << 0;
    QTest::newRow("29") << 29 << 0;
    QTest::newRow("30") << 30 << 1;
    QTest::newRow("49") << 49 << 2;
    QTest::newRow("59") << 59 << 3;
    QTest::newRow("60") << 60 << 4;
    QTest::newRow("84") << 84 << 4;
}

void TestComparison::ageBands()
{
    QFETCH(int, age);
    QTEST(AgeBands::bandOf(age), "band");
    QCOMPARE(AgeBands::label(2), QStringLiteral("40–49"));
    QCOMPARE(AgeBands::key(4), QStringLiteral("60_and_over"));
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"

// The sample's published totals (the CEC's figures for the 2021 rural elections and the 2023
// pilot) beside the aggregates: races, turnout and candidates of the country, or of a region
// chosen; the candidates on the ballots preferred to those registered; missing where no source
// gives a figure, and the figures Sailau computes left as they are (no 2021 race is held).
void TestComparison::publishedFiguresBesideTheAggregates()
{
    QTemporaryDir dir;
    auto db = SailauTest::sampleDatabase(dir);
    QVERIFY(db);
    const QDate rural(2021, 7, 25), pilot(2023, 11, 5);
    auto figure = [&](const QDate &day, const QString &iso, const QString &metric) -> std::optional<double> {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT f.value FROM published_figure f JOIN territory t ON t.id = f.territory_id "
                                 "WHERE f.election_date = ? AND t.iso_code = ? AND f.metric = ?"));
        q.addBindValue(day.toString(Qt::ISODate));
        q.addBindValue(iso);
        q.addBindValue(metric);
        if (!q.exec() || !q.next())
            return std::nullopt;
        return q.value(0).toDouble();
    };

    Comparison country(db->connection());
    QVERIFY(country.load({{rural, pilot}, 0}));
    QCOMPARE(country.aggregates().size(), 2);
    const ElectionAggregate &a2021 = country.aggregates().at(0);
    const ElectionAggregate &a2023 = country.aggregates().at(1);
    QCOMPARE(a2021.races, 0);
    QVERIFY(!a2021.turnout);
    QCOMPARE(a2021.publishedRaces, std::optional<int>(int(*figure(rural, QStringLiteral("KZ"), QStringLiteral("races")))));
    QCOMPARE(*a2021.publishedTurnout, *figure(rural, QStringLiteral("KZ"), QStringLiteral("turnout")) / 100.0);
    // 2021: only the registered candidates are published.
    QVERIFY(!figure(rural, QStringLiteral("KZ"), QStringLiteral("candidates on ballots")));
    QCOMPARE(a2021.publishedCandidates,
             std::optional<int>(int(*figure(rural, QStringLiteral("KZ"), QStringLiteral("candidates registered")))));
    QCOMPARE(*a2021.publishedCandidatesPerRace(), double(*a2021.publishedCandidates) / *a2021.publishedRaces);
    QVERIFY(!a2021.publishedSources.isEmpty());

    QVERIFY(a2023.races > 0);
    QCOMPARE(a2023.publishedRaces,
             std::optional<int>(int(*figure(pilot, QStringLiteral("KZ"), QStringLiteral("races (administrative units)")))));
    QVERIFY(*a2023.publishedRaces > a2023.races);   // not every race's results are held
    QCOMPARE(*a2023.publishedTurnout, *figure(pilot, QStringLiteral("KZ"), QStringLiteral("turnout")) / 100.0);
    QCOMPARE(a2023.publishedCandidates,
             std::optional<int>(int(*figure(pilot, QStringLiteral("KZ"), QStringLiteral("candidates on ballots")))));
    for (const QString &url : a2023.publishedSources)
        QVERIFY2(url.startsWith(QLatin1String("http")), qPrintable(url));

    // A region: its own figures only.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM territory WHERE iso_code = 'KZ-23'")) && q.next());
    Comparison region(db->connection());
    QVERIFY(region.load({{rural, pilot}, q.value(0).toLongLong()}));
    QCOMPARE(region.aggregates().at(0).publishedRaces,
             std::optional<int>(int(*figure(rural, QStringLiteral("KZ-23"), QStringLiteral("races")))));
    QCOMPARE(*region.aggregates().at(1).publishedTurnout, *figure(pilot, QStringLiteral("KZ-23"), QStringLiteral("turnout")) / 100.0);
    QVERIFY(!region.aggregates().at(1).publishedRaces);
    QVERIFY(!region.aggregates().at(1).publishedCandidates);
    QVERIFY(!region.aggregates().at(1).publishedCandidatesPerRace());
}
