// SPDX-License-Identifier: GPL-3.0-or-later
// The rules a race keeps once all its rows are read, checked alone: figures and candidates in,
// problems (with their lines) and metrics out.
#include "importcontext.h"
#include "racevalidator.h"

#include <QTest>

using namespace Sailau;
using namespace Sailau::Import;

namespace {

constexpr int ElectedColumn = 7;
constexpr int ShareColumn = 8;

// "voters=1000 cast=600@4": figures, each optionally with the line it is on (else line 2).
FigureSet figuresOf(const QString &spec)
{
    FigureSet set{};
    const QHash<QString, Field> names = {
        {QStringLiteral("voters"), Field::Voters},        {QStringLiteral("issued"), Field::BallotsIssued},
        {QStringLiteral("cast"), Field::BallotsCast},     {QStringLiteral("invalid"), Field::Invalid},
        {QStringLiteral("against"), Field::AgainstAll},   {QStringLiteral("turnout"), Field::TurnoutPublished},
        {QStringLiteral("againstpct"), Field::AgainstAllPublished},
    };
    for (const QString &item : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString name = item.section(QLatin1Char('='), 0, 0);
        const QString value = item.section(QLatin1Char('='), 1).section(QLatin1Char('@'), 0, 0);
        const qint64 line = item.contains(QLatin1Char('@')) ? item.section(QLatin1Char('@'), 1).toLongLong() : 2;
        const Field field = names.value(name);
        const int slot = figureSlot(field);
        const bool percent = field == Field::TurnoutPublished || field == Field::AgainstAllPublished;
        set[size_t(slot)] = percent ? Figure::ofPercent(value.toDouble(), line, 3) : Figure::ofCount(value.toLongLong(), line, 3);
        set[size_t(slot)].decimals = quint8(decimalsWritten(value));
    }
    return set;
}

// "400e 180 20s3.5": votes of each candidate, "e" elected, "s" a published share; the candidate
// at index i is on line i + 2 ("0:" before it: already in the database, no line).
std::vector<CandidateState> candidatesOf(const QString &spec)
{
    std::vector<CandidateState> list;
    for (QString item : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        CandidateState c;
        c.id = qint64(list.size()) + 1;
        c.line = quint32(list.size() + 2);
        if (item.startsWith(QLatin1String("0:"))) {
            c.line = 0;
            c.existing = true;
            item = item.mid(2);
        }
        if (const qsizetype s = item.indexOf(QLatin1Char('s')); s >= 0) {
            c.share = item.mid(s + 1).toDouble();
            c.shareDecimals = qint8(decimalsWritten(item.mid(s + 1)));
            item = item.left(s);
        }
        if (item.endsWith(QLatin1Char('e'))) {
            c.setElected(true);
            item.chop(1);
        }
        if (!item.isEmpty() && item != QLatin1String("-"))
            c.setVotes(item.toLongLong());
        c.votesColumn = 5;
        list.push_back(c);
    }
    return list;
}

} // namespace

class TestRaceValidator : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void metricsFromTheOneImplementation();
    void toleranceIsNamed();
    void bases_data();
    void bases();
};

void TestRaceValidator::bases_data()
{
    QTest::addColumn<QString>("figures");
    QTest::addColumn<QString>("candidates");
    QTest::addColumn<int>("hint");                 // ShareBasis the header names
    QTest::addColumn<QString>("expected");         // the candidates' bases, then "against all"'s
    QTest::addColumn<int>("warnings");
    // 600 and 350 of 1,000 ballots cast, 50 invalid: 60.0 / 35.0 of cast, 63.16 / 36.84 of valid.
    QTest::newRow("shares of ballots cast") << "voters=2000 cast=1000 invalid=50" << "600es60.0 350s35.0" << 0
                                            << "ballots_cast ballots_cast -" << 0;
    QTest::newRow("shares of valid votes") << "voters=2000 cast=1000 invalid=50" << "600es63.16 350s36.84" << 0
                                           << "valid_votes valid_votes -" << 0;
    QTest::newRow("shares of voters") << "voters=2000 cast=1000 invalid=50" << "600es30 350s17.5" << 0
                                      << "voters voters -" << 0;
    QTest::newRow("rounding of one decimal") << "cast=1000 invalid=50" << "600es63.2 350s36.8" << 0
                                             << "valid_votes valid_votes -" << 0;
    QTest::newRow("two decimals are stricter") << "cast=1000 invalid=50" << "600es63.20 350s36.84" << 0
                                               << "- valid_votes -" << 1;
    QTest::newRow("no basis fits") << "voters=2000 cast=1000 invalid=50" << "600es70 350s20" << 0 << "- - -" << 2;
    QTest::newRow("no invalid ballots: cast first") << "cast=1000 invalid=0" << "600es60 400s40" << 0
                                                    << "ballots_cast ballots_cast -" << 0;
    QTest::newRow("no invalid ballots: the header decides") << "cast=1000 invalid=0" << "600es60 400s40"
                                                            << int(ShareBasis::ValidVotes) << "valid_votes valid_votes -" << 0;
    QTest::newRow("no counts: the header's basis") << "" << "-s60 -s40" << int(ShareBasis::BallotsCast)
                                                   << "ballots_cast ballots_cast -" << 0;
    QTest::newRow("no counts, no header: unknown") << "" << "-s60 -s40" << 0 << "- - -" << 0;
    QTest::newRow("against all with its count") << "cast=1000 invalid=50 against=32 againstpct=3.2" << "600es60.0 318s31.8"
                                                 << 0 << "ballots_cast ballots_cast ballots_cast" << 0;
    QTest::newRow("against all only as a share: the table's basis") << "cast=1000 invalid=50 againstpct=3.2"
                                                                    << "600es63.16 318s33.47" << 0
                                                                    << "valid_votes valid_votes valid_votes" << 0;
    QTest::newRow("against all fits nothing") << "cast=1000 invalid=50 against=32 againstpct=9.9" << "600es60.0" << 0
                                              << "ballots_cast -" << 1;
}

void TestRaceValidator::bases()
{
    QFETCH(QString, figures);
    QFETCH(QString, candidates);
    QFETCH(int, hint);
    QFETCH(QString, expected);
    QFETCH(int, warnings);

    ImportOptions options;
    ImportReport report;
    ImportContext context(QSqlDatabase(), options, report);
    RaceValidator validator(context, ElectedColumn, ShareColumn, ShareBasis(hint));
    const std::vector<CandidateState> list = candidatesOf(candidates);
    RaceValidator::Race race;
    race.figures = figuresOf(figures);
    race.candidates = &list;
    race.firstLine = 40;
    const RaceValidator::Bases bases = validator.recogniseBases(race, validator.check(race));
    QStringList got;
    for (ShareBasis b : bases.candidates)
        got.append(shareBasisKey(b) ? QString::fromLatin1(shareBasisKey(b)) : QStringLiteral("-"));
    if (expected.count(QLatin1Char(' ')) >= qsizetype(list.size()))
        got.append(shareBasisKey(bases.againstAll) ? QString::fromLatin1(shareBasisKey(bases.againstAll)) : QStringLiteral("-"));
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
    QCOMPARE(int(report.warningCount), warnings);
    for (const Problem &p : report.problems)
        QVERIFY2(p.message.contains(QLatin1String("fits none")), qPrintable(p.message));
}

void TestRaceValidator::check_data()
{
    QTest::addColumn<QString>("figures");
    QTest::addColumn<QString>("candidates");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<qint64>("line");      // of the first problem
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment"); // of its message

    QTest::newRow("a consistent race") << "voters=1000 issued=620 cast=600 invalid=10 against=20" << "400e 170"
                                       << 0 << 0 << qint64(0) << 0 << QString();
    QTest::newRow("no figures at all") << "" << "- -" << 0 << 0 << qint64(0) << 0 << QString();
    QTest::newRow("issued above voters") << "voters=100 issued=120@9" << "" << 1 << 0 << qint64(9) << 3
                                         << "exceed";
    QTest::newRow("cast above voters") << "voters=100 cast=101@4" << "" << 1 << 0 << qint64(4) << 3 << "exceed";
    QTest::newRow("invalid above cast") << "cast=50 invalid=60@5" << "" << 1 << 0 << qint64(5) << 3 << "exceed";
    QTest::newRow("against all above cast") << "cast=50 against=51@6" << "" << 1 << 0 << qint64(6) << 3 << "exceed";
    QTest::newRow("votes above cast") << "voters=1000 cast=300" << "200 301e" << 1 << 0 << qint64(3) << 5
                                      << "exceed the ballots cast";
    QTest::newRow("votes above issued when cast unknown") << "voters=1000 issued=300" << "301e" << 1 << 0
                                                          << qint64(2) << 5 << "exceed the ballots issued";
    QTest::newRow("votes above voters when ballots unknown") << "voters=300" << "301e" << 1 << 0 << qint64(2) << 5
                                                             << "exceed the voters on the lists";
    QTest::newRow("sum above valid ballots") << "cast=600 invalid=100" << "300e 250" << 1 << 0 << qint64(3) << 5
                                             << "the 500 valid ballots (600 cast less 100 invalid)";
    QTest::newRow("sum with against all above cast") << "cast=600 against=200" << "300e 150" << 1 << 0 << qint64(3)
                                                     << 5 << "and \"against all\" add up to 650";
    QTest::newRow("sum exactly the valid ballots") << "cast=600 invalid=100" << "300e 200" << 0 << 0 << qint64(0) << 0
                                                   << QString();
    QTest::newRow("winner with fewer votes") << "" << "100e 200" << 1 << 0 << qint64(2) << ElectedColumn
                                             << "fewer votes than the candidate on line 3";
    QTest::newRow("winner with fewer votes than a stored candidate") << "" << "0:200 100e" << 1 << 0 << qint64(3)
                                                                     << ElectedColumn << "already in the database";
    QTest::newRow("two winners") << "" << "100e 90e" << 1 << 0 << qint64(3) << ElectedColumn << "lines 2, 3";
    QTest::newRow("two winners, one stored") << "" << "0:100e 90e" << 1 << 0 << qint64(3) << ElectedColumn
                                             << "one already in the database";
    QTest::newRow("a tie: the winner has the most votes") << "" << "100e 100" << 0 << 0 << qint64(0) << 0 << QString();
    QTest::newRow("published turnout off by more than the tolerance") << "voters=1000 issued=600 turnout=60.2@7"
                                                                      << "" << 0 << 1 << qint64(7) << 3
                                                                      << "disagrees with the counts (60.00%)";
    QTest::newRow("published turnout within the tolerance") << "voters=1000 issued=600 turnout=60.05" << "" << 0 << 0
                                                            << qint64(0) << 0 << QString();
    QTest::newRow("published share off") << "cast=1000 invalid=0" << "500es52 500" << 0 << 1 << qint64(2) << ShareColumn
                                         << "fits none of the bases it could have: 500 is 50.00% of the 1000 ballots cast";
    QTest::newRow("published share within the tolerance") << "cast=1000 invalid=0" << "500es50.0 500" << 0 << 0 << qint64(0)
                                                          << 0 << QString();
    QTest::newRow("a stored figure with no line names the race's first") << "voters=100@0 issued=120@0" << "" << 1 << 0
                                                                         << qint64(40) << 3 << "exceed";
}

void TestRaceValidator::check()
{
    QFETCH(QString, figures);
    QFETCH(QString, candidates);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    ImportOptions options;
    ImportReport report;
    ImportContext context(QSqlDatabase(), options, report);
    RaceValidator validator(context, ElectedColumn, ShareColumn);
    const std::vector<CandidateState> list = candidatesOf(candidates);
    RaceValidator::Race race;
    race.figures = figuresOf(figures);
    race.candidates = &list;
    race.firstLine = 40;
    validator.recogniseBases(race, validator.check(race));

    QCOMPARE(int(report.errorCount), errors);
    QCOMPARE(int(report.warningCount), warnings);
    if (errors + warnings == 0)
        return;
    const Problem &first = report.problems.first();
    QCOMPARE(first.severity, errors > 0 ? Problem::Error : Problem::Warning);
    QCOMPARE(first.line, line);
    QCOMPARE(first.column, column);
    QVERIFY2(first.message.contains(fragment), qPrintable(first.message));
}

void TestRaceValidator::metricsFromTheOneImplementation()
{
    ImportOptions options;
    ImportReport report;
    ImportContext context(QSqlDatabase(), options, report);
    RaceValidator validator(context, ElectedColumn, ShareColumn);
    const std::vector<CandidateState> list = candidatesOf(QStringLiteral("300e 100 - 90"));
    RaceValidator::Race race;
    race.figures = figuresOf(QStringLiteral("voters=1000 issued=520 cast=500 invalid=10"));
    race.candidates = &list;
    const Metrics m = validator.check(race);

    RaceFigures rf;
    rf.voters = 1000;
    rf.ballotsIssued = 520;
    rf.ballotsCast = 500;
    rf.invalid = 10;
    rf.candidates = {{300, true}, {100, std::nullopt}, {std::nullopt, std::nullopt}, {90, std::nullopt}};
    const Metrics expected = Metrics::compute(rf);
    QCOMPARE(report.errorCount, qint64(0));
    QVERIFY(m.turnout && m.turnout == expected.turnout);
    QVERIFY(m.validVotes && m.validVotes == expected.validVotes);
    QVERIFY(m.winnerShare && m.winnerShare == expected.winnerShare);
    QVERIFY(m.margin == expected.margin);
    QCOMPARE(m.winnerIndex, 0);
    QCOMPARE(m.packedReasons(), expected.packedReasons());
}

void TestRaceValidator::toleranceIsNamed()
{
    // Published percentages are rounded to one decimal: a tenth of a point is rounding, not a mistake.
    QCOMPARE(RaceValidator::PublishedPercentTolerance, 0.1);
}

QTEST_APPLESS_MAIN(TestRaceValidator)
#include "tst_racevalidator.moc"
