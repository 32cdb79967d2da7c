// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include <QTest>

using namespace Sailau;
using M = Metrics::Metric;
using R = Metrics::Reason;

namespace {

RaceFigures withVotes(std::initializer_list<std::optional<qint64>> votes)
{
    RaceFigures r;
    for (const auto &v : votes)
        r.candidates.push_back({v, std::nullopt});
    return r;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void bokeyOrdaByHand();
    void turnoutBases_data();
    void turnoutBases();
    void validVotesFromBallots();
    void missingStaysMissing();
    void incompleteCandidateList();
    void partialListWithoutRegisteredCount();
    void marksNameNoWinner();
    void singleCandidate();
    void tieWithoutElectedMark();
    void electedMarkWins();
    void zeroVoters();
    void effectiveNumbers_data();
    void effectiveNumbers();
    void reasonsRoundTrip();
    void everyMetricHasNameAndKey();
};

// Bokey Orda district, 5 Nov 2023 (mgorod.kz): 4660, 782, 426 and 178 "against all".
// V = 4660 + 782 + 426 + 178 = 6046.
void TestMetrics::bokeyOrdaByHand()
{
    RaceFigures r = withVotes({4660, 782, 426});
    r.againstAll = 178;
    r.candidatesRegistered = 3; // the list is complete
    r.candidates[0].elected = true;
    r.candidates[1].elected = false;
    r.candidates[2].elected = false;
    const Metrics m = Metrics::compute(r);

    QCOMPARE(m.validVotes.value(), 6046);
    QCOMPARE(m.validVotesBasis, Metrics::ValidVotesBasis::SumOfVotes);
    QCOMPARE(m.winnerIndex, 0);
    QVERIFY(qFuzzyCompare(*m.winnerShare, 4660.0 / 6046.0));              // 0.77076
    QVERIFY(qFuzzyCompare(*m.margin, (4660.0 - 782.0) / 6046.0));         // 0.64142
    QVERIFY(qFuzzyCompare(*m.marginOverAgainstAll, (4660.0 - 178.0) / 6046.0));
    QVERIFY(qFuzzyCompare(*m.againstAllShare, 178.0 / 6046.0));
    // p = 4660/5868, 782/5868, 426/5868; Σp² = 0.653691…, LT = 1.529790…
    const double p1 = 4660.0 / 5868.0, p2 = 782.0 / 5868.0, p3 = 426.0 / 5868.0;
    QVERIFY(qFuzzyCompare(*m.encLaaksoTaagepera, 1.0 / (p1 * p1 + p2 * p2 + p3 * p3)));
    QVERIFY(qAbs(*m.encLaaksoTaagepera - 1.52979) < 1e-5);
    // Golosov: 1 + p2/(p2 + p1² − p2²) + p3/(p3 + p1² − p3²) = 1.282611…
    QVERIFY(qAbs(*m.encGolosov - 1.28261) < 1e-5);
    QCOMPARE(m.candidates.value(), 3);
    // No ballots and no voters: turnout is missing, for that reason.
    QVERIFY(!m.turnout);
    QCOMPARE(m.reason(M::Turnout), R::NoVoters);
    QVERIFY(!m.invalidShare);
    QCOMPARE(m.reason(M::InvalidShare), R::NoBallotsCast);
}

void TestMetrics::turnoutBases_data()
{
    QTest::addColumn<Count>("voters");
    QTest::addColumn<Count>("issued");
    QTest::addColumn<Count>("cast");
    QTest::addColumn<Ratio>("published");
    QTest::addColumn<Ratio>("expected");
    QTest::addColumn<int>("basis");
    QTest::addColumn<int>("reason");

    using B = Metrics::TurnoutBasis;
    QTest::newRow("issued over voters") << Count(20000) << Count(12000) << Count(11900) << Ratio() << Ratio(0.6) << int(B::BallotsIssued) << int(R::None);
    QTest::newRow("cast when issued unknown") << Count(20000) << Count() << Count(11000) << Ratio() << Ratio(0.55) << int(B::BallotsCast) << int(R::None);
    QTest::newRow("published when counts unknown") << Count(15883) << Count() << Count() << Ratio(54.6) << Ratio(0.546) << int(B::Published) << int(R::None);
    QTest::newRow("published without voters") << Count() << Count() << Count() << Ratio(56.0) << Ratio(0.56) << int(B::Published) << int(R::None);
    QTest::newRow("no voters") << Count() << Count(100) << Count() << Ratio() << Ratio() << int(B::None) << int(R::NoVoters);
    QTest::newRow("no ballots") << Count(22101) << Count() << Count() << Ratio() << Ratio() << int(B::None) << int(R::NoBallots);
    QTest::newRow("zero voters") << Count(0) << Count(10) << Count() << Ratio() << Ratio() << int(B::None) << int(R::ZeroDenominator);
}

void TestMetrics::turnoutBases()
{
    QFETCH(Count, voters);
    QFETCH(Count, issued);
    QFETCH(Count, cast);
    QFETCH(Ratio, published);
    QFETCH(Ratio, expected);
    QFETCH(int, basis);
    QFETCH(int, reason);
    RaceFigures r;
    r.voters = voters;
    r.ballotsIssued = issued;
    r.ballotsCast = cast;
    r.turnoutPublished = published;
    const Metrics m = Metrics::compute(r);
    QCOMPARE(m.turnout.has_value(), expected.has_value());
    if (expected)
        QVERIFY(qFuzzyCompare(*m.turnout, *expected));
    QCOMPARE(int(m.turnoutBasis), basis);
    QCOMPARE(int(m.reason(M::Turnout)), reason);
}

void TestMetrics::validVotesFromBallots()
{
    RaceFigures r = withVotes({5000, 3000});
    r.voters = 10000;
    r.ballotsIssued = 8600;
    r.ballotsCast = 8500;
    r.invalid = 100;
    r.outsideStation = 850;
    r.againstAll = 400;
    const Metrics m = Metrics::compute(r);
    QCOMPARE(m.validVotes.value(), 8400);
    QCOMPARE(m.validVotesBasis, Metrics::ValidVotesBasis::CastMinusInvalid);
    QVERIFY(qFuzzyCompare(*m.winnerShare, 5000.0 / 8400.0));
    QVERIFY(qFuzzyCompare(*m.margin, 2000.0 / 8400.0));
    QVERIFY(qFuzzyCompare(*m.invalidShare, 100.0 / 8500.0));
    QVERIFY(qFuzzyCompare(*m.outsideShare, 850.0 / 8500.0));
    QVERIFY(qFuzzyCompare(*m.turnout, 0.86));
    QCOMPARE(m.winnerIndex, 0); // most votes, no one marked elected
}

// A race known only by its winner: nothing is computed, and nothing is 0.
void TestMetrics::missingStaysMissing()
{
    RaceFigures r;
    r.candidates.push_back({std::nullopt, true});
    const Metrics m = Metrics::compute(r);
    QCOMPARE(m.winnerIndex, 0);
    for (int i = 0; i < Metrics::MetricCount; ++i) {
        const auto metric = M(i);
        QVERIFY2(!m.value(metric).has_value(), qPrintable(Metrics::key(metric)));
        QVERIFY2(m.reason(metric) != R::None, qPrintable(Metrics::key(metric)));
        QVERIFY(!Metrics::describe(m.reason(metric)).isEmpty());
    }
    QCOMPARE(m.reason(M::WinnerShare), R::NoValidVotes);
    QCOMPARE(m.reason(M::Candidates), R::NoCandidateList);
}

// Taskala: 3 registered, 2 known, one without votes.
void TestMetrics::incompleteCandidateList()
{
    RaceFigures r = withVotes({3138, std::nullopt});
    r.candidates[0].elected = true;
    r.candidatesRegistered = 3;
    const Metrics m = Metrics::compute(r);
    QCOMPARE(m.candidates.value(), 3);                 // as registered
    QVERIFY(!m.encLaaksoTaagepera);
    QCOMPARE(m.reason(M::EncLaaksoTaagepera), R::NoCandidateVotes);
    QVERIFY(!m.winnerShare);

    // All votes known but fewer candidates than registered: the list is not complete.
    RaceFigures partial = withVotes({100, 50});
    partial.candidatesRegistered = 3;
    partial.againstAll = 5;
    const Metrics p = Metrics::compute(partial);
    QVERIFY(!p.encLaaksoTaagepera);
    QCOMPARE(p.reason(M::EncLaaksoTaagepera), R::PartialList);
    QCOMPARE(p.explain(M::EncLaaksoTaagepera), QStringLiteral("only 2 of 3 candidates' votes are known"));
    QVERIFY(!p.margin);
    QVERIFY(!p.validVotes);
    QCOMPARE(p.winnerIndex, -1); // the most votes of a partial list do not make a winner
}

// A list of one, or of some, is not known to be complete: never ENC = 1.00 from it.
void TestMetrics::partialListWithoutRegisteredCount()
{
    RaceFigures r = withVotes({900});
    r.candidates[0].elected = true;
    r.ballotsCast = 1200;
    r.invalid = 20;
    r.againstAll = 100;
    Metrics m = Metrics::compute(r);
    QVERIFY(!m.listComplete);
    QVERIFY(!m.encLaaksoTaagepera);
    QVERIFY(!m.encGolosov);
    QCOMPARE(m.reason(M::EncLaaksoTaagepera), R::PartialList);
    QCOMPARE(m.reason(M::Margin), R::PartialList);
    QVERIFY(m.explain(M::EncLaaksoTaagepera).startsWith(QStringLiteral("only 1 candidate")));
    QVERIFY(qFuzzyCompare(*m.winnerShare, 900.0 / 1180.0)); // the marked winner's votes over C − I
    // The ballots account for every vote: the list is complete.
    r.ballotsCast = 1020;
    m = Metrics::compute(r);
    QVERIFY(m.listComplete);
    QVERIFY(qFuzzyCompare(*m.encLaaksoTaagepera, 1.0));
    // Or the user says so, where no registered count says otherwise.
    r.ballotsCast = 1200;
    r.listDeclaredComplete = true;
    QVERIFY(Metrics::compute(r).listComplete);
    r.candidatesRegistered = 2;
    QVERIFY(!Metrics::compute(r).listComplete);
}

// Marks are the truth: a complete list whose marks name no one elected has no winner.
void TestMetrics::marksNameNoWinner()
{
    RaceFigures r = withVotes({700, 300});
    r.candidates[0].elected = false;
    r.candidates[1].elected = false;
    r.candidatesRegistered = 2;
    r.ballotsCast = 1010;
    r.invalid = 10;
    const Metrics m = Metrics::compute(r);
    QCOMPARE(m.winnerIndex, -1);
    QVERIFY(!m.winnerShare);
    QCOMPARE(m.reason(M::WinnerShare), R::NoElectedMark);
    QVERIFY(!m.margin);
    QCOMPARE(m.reason(M::Margin), R::NoElectedMark);
    QVERIFY(m.encLaaksoTaagepera); // the votes are all known
    // One marked not elected, the others not marked: the marks are given, and name no winner.
    RaceFigures marked = withVotes({700, 300, std::nullopt});
    marked.candidates[0].elected = false;
    QCOMPARE(Metrics::compute(marked).winnerIndex, -1);
}

void TestMetrics::singleCandidate()
{
    RaceFigures r = withVotes({900});
    r.againstAll = 100;
    r.candidatesRegistered = 1; // the only one registered
    const Metrics m = Metrics::compute(r);
    QVERIFY(qFuzzyCompare(*m.winnerShare, 0.9));
    QVERIFY(!m.margin);
    QCOMPARE(m.reason(M::Margin), R::TooFewCandidates);
    QVERIFY(qFuzzyCompare(*m.encLaaksoTaagepera, 1.0));
    QVERIFY(qFuzzyCompare(*m.encGolosov, 1.0));
    QVERIFY(qFuzzyCompare(*m.marginOverAgainstAll, 0.8));
}

void TestMetrics::tieWithoutElectedMark()
{
    RaceFigures r = withVotes({500, 500});
    r.againstAll = 0;
    r.candidatesRegistered = 2;
    const Metrics m = Metrics::compute(r);
    QCOMPARE(m.winnerIndex, -1);
    QVERIFY(qFuzzyCompare(*m.winnerShare, 0.5)); // v1 is the largest count, whoever won
    QCOMPARE(*m.margin, 0.0);
}

void TestMetrics::electedMarkWins()
{
    RaceFigures r = withVotes({300, std::nullopt, 200});
    r.candidates[2].elected = true;
    r.ballotsCast = 1000;
    r.invalid = 20;
    const Metrics m = Metrics::compute(r);
    QCOMPARE(m.winnerIndex, 2);
    QVERIFY(qFuzzyCompare(*m.winnerShare, 200.0 / 980.0));
    QVERIFY(!m.margin); // the runner-up's votes are not all known
    QCOMPARE(m.reason(M::Margin), R::NoCandidateVotes);
}

void TestMetrics::zeroVoters()
{
    RaceFigures r = withVotes({0, 0});
    r.againstAll = 0;
    r.candidatesRegistered = 2;
    const Metrics m = Metrics::compute(r);
    QVERIFY(!m.winnerShare);
    QCOMPARE(m.reason(M::WinnerShare), R::ZeroDenominator);
    QVERIFY(!m.encLaaksoTaagepera);
}

void TestMetrics::effectiveNumbers_data()
{
    QTest::addColumn<QList<qint64>>("votes");
    QTest::addColumn<double>("laakso");
    QTest::addColumn<double>("golosov");
    // Two equal candidates: 2 and 2. Shares 0.5/0.3/0.2: LT = 1/0.38 = 2.631579;
    // Golosov = 1 + 0.3/(0.3+0.25−0.09) + 0.2/(0.2+0.25−0.04) = 1 + 0.652174 + 0.487805 = 2.139979.
    // 90/10: LT = 1/0.82 = 1.219512; Golosov = 1 + 0.1/(0.1+0.81−0.01) = 1.111111.
    QTest::newRow("two equal") << QList<qint64>{50, 50} << 2.0 << 2.0;
    QTest::newRow("50/30/20") << QList<qint64>{50, 30, 20} << 2.631579 << 2.139979;
    QTest::newRow("dominant") << QList<qint64>{90, 10} << 1.219512 << 1.111111;
}

void TestMetrics::effectiveNumbers()
{
    QFETCH(QList<qint64>, votes);
    QFETCH(double, laakso);
    QFETCH(double, golosov);
    const std::vector<qint64> v(votes.begin(), votes.end());
    QVERIFY(qAbs(*Metrics::laaksoTaagepera(v) - laakso) < 1e-5);
    QVERIFY(qAbs(*Metrics::golosov(v) - golosov) < 1e-5);
    QVERIFY(!Metrics::laaksoTaagepera({}));
    QVERIFY(!Metrics::golosov({0, 0}));
}

void TestMetrics::reasonsRoundTrip()
{
    RaceFigures r;
    r.voters = 10;
    const Metrics m = Metrics::compute(r);
    const auto unpacked = Metrics::unpackReasons(m.packedReasons());
    QCOMPARE(unpacked, m.reasons);
    QCOMPARE(unpacked[size_t(M::Turnout)], R::NoBallots);
}

void TestMetrics::everyMetricHasNameAndKey()
{
    QSet<QString> keys;
    for (int i = 0; i < Metrics::MetricCount; ++i) {
        QVERIFY(!Metrics::name(M(i)).isEmpty());
        keys.insert(Metrics::key(M(i)));
    }
    QCOMPARE(keys.size(), Metrics::MetricCount);
}

QTEST_APPLESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
