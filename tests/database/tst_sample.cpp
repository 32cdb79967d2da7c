// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled sample against the public-source files it was made from.
#include "racequery.h"
#include "store.h"
#include "textkey.h"

#include "../common/testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau;
using namespace SailauTest;

namespace {

struct RaceKey
{
    QString region;
    QString district;
};

// Finds a race of 2023-11-05 by the names the source files use (matched through the aliases
// the sample keeps, so "область Жетысу" finds область Жетісу).
qint64 findRace(const QSqlDatabase &db, const QString &region, const QString &district)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT r.id FROM race r JOIN territory t ON t.id = r.territory_id JOIN territory p ON p.id = t.parent_id "
        "JOIN election e ON e.id = r.election_id "
        "WHERE e.date = '2023-11-05' AND t.name = ? AND (p.name = ? OR p.id IN "
        "(SELECT territory_id FROM territory_alias WHERE match_key = ?))"));
    q.addBindValue(district);
    q.addBindValue(region);
    q.addBindValue(TextKey::territoryMatchKey(region));
    if (!q.exec() || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    return q.next() ? -1 : id; // -1: ambiguous
}

QVariant value(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return QVariant(QStringLiteral("<no row>"));
    return q.value(0);
}

QStringList raceSources(const QSqlDatabase &db, qint64 raceId)
{
    QStringList urls;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT s.url FROM race_source rs JOIN source s ON s.id = rs.source_id "
                             "WHERE rs.race_id = ? AND rs.field = ''"));
    q.addBindValue(raceId);
    q.exec();
    while (q.next())
        urls.append(q.value(0).toString());
    return urls;
}

QStringList splitUrls(const QString &cell)
{
    QStringList urls;
    for (const QString &u : cell.split(QStringLiteral(" ; "), Qt::SkipEmptyParts))
        urls.append(u.trimmed());
    return urls;
}

} // namespace

class TestSample : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fortyRacesOnPilotDay();
    void raceFiguresEqualSource();
    void candidateVotesEqualSource();
    void sixCompleteRaces();
    void missingStaysMissing();
    void publishedAggregatesKept();
    void regionsAndTiles();
    void searchFindsSpellings_data();
    void searchFindsSpellings();
    void metricsTableAgreesWithMetrics();
    void sampleLoadsOnce();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QSqlDatabase db() const { return m_db->connection(); }
};

void TestSample::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = sampleDatabase(m_dir);
    QVERIFY(m_db);
}

void TestSample::fortyRacesOnPilotDay()
{
    QCOMPARE(value(db(), QStringLiteral("SELECT count(*) FROM race r JOIN election e ON e.id = r.election_id "
                                        "WHERE e.date = ?"), {QStringLiteral("2023-11-05")}).toInt(), 40);
    const auto day = Store(db()).electionDay(QDate(2023, 11, 5));
    QVERIFY(day);
    QCOMPARE(day->races, 40);
    QCOMPARE(day->levels, (QStringList{QStringLiteral("city_regional"), QStringLiteral("district")}));
    QCOMPARE(Store(db()).publishedRaceCount(QDate(2023, 11, 5)).value_or(0), 45);
}

void TestSample::raceFiguresEqualSource()
{
    const QList<QStringList> rows = readCsv(sharedDir(QStringLiteral("data/races.csv")));
    if (rows.isEmpty())
        QSKIP("../shared/data/races.csv is not present");
    const QStringList header = rows.first();
    QCOMPARE(header.indexOf(QStringLiteral("registered_voters")), 5);
    QCOMPARE(rows.size() - 1, 40);
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        const qint64 id = findRace(db(), r.at(2), r.at(3));
        QVERIFY2(id > 0, qPrintable(r.at(2) + QLatin1String(" / ") + r.at(3)));
        const QVariant voters = value(db(), QStringLiteral("SELECT voters FROM race WHERE id = ?"), {id});
        const QVariant cast = value(db(), QStringLiteral("SELECT ballots_cast FROM race WHERE id = ?"), {id});
        const QVariant turnout = value(db(), QStringLiteral("SELECT turnout_published FROM race WHERE id = ?"), {id});
        QCOMPARE(voters.isNull(), r.at(5).isEmpty());
        if (!r.at(5).isEmpty())
            QCOMPARE(voters.toLongLong(), r.at(5).toLongLong());
        QCOMPARE(cast.isNull(), r.at(6).isEmpty());
        QCOMPARE(turnout.isNull(), r.at(7).isEmpty());
        if (!r.at(7).isEmpty())
            QCOMPARE(turnout.toDouble(), r.at(7).toDouble());
        // The row's sources are the race's sources.
        QStringList expected = splitUrls(r.at(8));
        QStringList actual = raceSources(db(), id);
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
        // The level is the source's election type.
        QCOMPARE(value(db(), QStringLiteral("SELECT e.level FROM race r JOIN election e ON e.id = r.election_id WHERE r.id = ?"), {id}).toString(),
                 r.at(1));
    }
}

void TestSample::candidateVotesEqualSource()
{
    const QList<QStringList> rows = readCsv(sharedDir(QStringLiteral("data/candidates.csv")));
    if (rows.isEmpty())
        QSKIP("../shared/data/candidates.csv is not present");
    int compared = 0;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        const qint64 raceId = findRace(db(), r.at(1), r.at(2));
        QVERIFY(raceId > 0);
        if (r.at(5) == QLatin1String("against_all")) {
            const QVariant a = value(db(), QStringLiteral("SELECT against_all FROM race WHERE id = ?"), {raceId});
            QCOMPARE(a.toLongLong(), r.at(6).toLongLong());
            continue;
        }
        const QVariant votes = value(db(), QStringLiteral("SELECT votes FROM candidate WHERE race_id = ? AND name = ?"),
                                     {raceId, r.at(4)});
        QVERIFY2(votes.toString() != QLatin1String("<no row>"), qPrintable(r.at(4)));
        QCOMPARE(votes.isNull(), r.at(6).isEmpty());
        if (!r.at(6).isEmpty())
            QCOMPARE(votes.toLongLong(), r.at(6).toLongLong());
        const QVariant elected = value(db(), QStringLiteral("SELECT elected FROM candidate WHERE race_id = ? AND name = ?"),
                                       {raceId, r.at(4)});
        QCOMPARE(elected.isNull(), r.at(8).isEmpty());
        if (!r.at(8).isEmpty())
            QCOMPARE(elected.toBool(), r.at(8) == QLatin1String("true"));
        const QVariant source = value(db(), QStringLiteral(
            "SELECT group_concat(s.url, ' ; ') FROM candidate c JOIN candidate_source cs ON cs.candidate_id = c.id "
            "JOIN source s ON s.id = cs.source_id WHERE c.race_id = ? AND c.name = ?"), {raceId, r.at(4)});
        QStringList actual = splitUrls(source.toString());
        QStringList expected = splitUrls(r.at(9));
        actual.sort();
        expected.sort();
        QCOMPARE(actual, expected);
        ++compared;
    }
    QCOMPARE(compared, 27);
}

// Per-candidate votes for Esil, Mamlyut, Timiryazev (North Kazakhstan) and Bokey Orda, Karatobe,
// Taskala (West Kazakhstan), checked without the source files too.
void TestSample::sixCompleteRaces()
{
    struct Expected
    {
        const char *region;
        const char *district;
        QList<qint64> votes;   // -1: not known
        qint64 againstAll;     // -1: not known
    };
    const QList<Expected> races = {
        {"Северо-Казахстанская область", "Есильский район", {8419, 1630}, 724},
        {"Северо-Казахстанская область", "Мамлютский район", {6817, 604, 428}, 416},
        {"Северо-Казахстанская область", "Тимирязевский район", {3536, 358, 338}, 181},
        {"Западно-Казахстанская область", "Бокейординский район", {4660, 782, 426}, 178},
        {"Западно-Казахстанская область", "Каратобинский район", {4329, 557, -1}, 115},
        {"Западно-Казахстанская область", "Таскалинский район", {3138, -1}, -1},
    };
    for (const Expected &e : races) {
        const qint64 id = findRace(db(), QString::fromUtf8(e.region), QString::fromUtf8(e.district));
        QVERIFY2(id > 0, e.district);
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT votes FROM candidate WHERE race_id = ? ORDER BY position"));
        q.addBindValue(id);
        QVERIFY(q.exec());
        QList<qint64> votes;
        while (q.next())
            votes.append(q.value(0).isNull() ? -1 : q.value(0).toLongLong());
        QCOMPARE(votes, e.votes);
        const QVariant a = value(db(), QStringLiteral("SELECT against_all FROM race WHERE id = ?"), {id});
        QCOMPARE(a.isNull() ? -1 : a.toLongLong(), e.againstAll);
    }
}

void TestSample::missingStaysMissing()
{
    // No race of the sample has ballots cast, and no missing count became 0.
    QCOMPARE(value(db(), QStringLiteral("SELECT count(*) FROM race WHERE ballots_cast IS NOT NULL"), {}).toInt(), 0);
    QCOMPARE(value(db(), QStringLiteral("SELECT count(*) FROM race WHERE voters = 0 OR ballots_cast = 0 OR against_all = 0"), {}).toInt(), 0);
    QCOMPARE(value(db(), QStringLiteral("SELECT count(*) FROM candidate WHERE votes = 0"), {}).toInt(), 0);
    QCOMPARE(value(db(), QStringLiteral("SELECT count(*) FROM race WHERE voters IS NOT NULL"), {}).toInt(), 6);
    QCOMPARE(value(db(), QStringLiteral("SELECT count(*) FROM candidate WHERE votes IS NULL"), {}).toInt(), 13);
    // Metrics of a race known by its winner only are missing, not 0.
    const qint64 kurchatov = findRace(db(), QStringLiteral("область Абай"), QStringLiteral("город Курчатов"));
    QVERIFY(kurchatov > 0);
    const QVariant share = value(db(), QStringLiteral("SELECT winner_share FROM race_metrics WHERE race_id = ?"), {kurchatov});
    QVERIFY(share.isNull());
    const QVariant winner = value(db(), QStringLiteral("SELECT c.name FROM race_metrics m JOIN candidate c ON c.id = m.winner_id WHERE m.race_id = ?"), {kurchatov});
    QCOMPARE(winner.toString(), QStringLiteral("Болат Абдралиев"));
}

void TestSample::publishedAggregatesKept()
{
    const Store store(db());
    const auto country = store.country();
    QVERIFY(country);
    const QList<PublishedFigure> figures = store.publishedFigures(QDate(2023, 11, 5), country->id);
    auto find = [&](const QString &metric) -> std::optional<PublishedFigure> {
        for (const PublishedFigure &f : figures) {
            if (f.metric == metric)
                return f;
        }
        return std::nullopt;
    };
    QCOMPARE(find(QStringLiteral("turnout"))->value.value_or(0), 62.79);
    QCOMPARE(find(QStringLiteral("voters on lists"))->value.value_or(0), 1062327.0);
    QCOMPARE(find(QStringLiteral("candidates on ballots"))->value.value_or(0), 125.0);
    QCOMPARE(find(QStringLiteral("polling stations"))->value.value_or(0), 1491.0);
    QCOMPARE(find(QStringLiteral("polling stations (Karin)"))->value.value_or(0), 1497.0);
    QVERIFY(find(QStringLiteral("turnout"))->sources.contains(QStringLiteral("https://tass.ru/mezhdunarodnaya-panorama/19211159")));

    // Regional totals belong to their region, even when the source spells it another way.
    const QList<QStringList> rows = readCsv(sharedDir(QStringLiteral("data/totals.csv")));
    int attached = 0;
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(territory_id) FROM published_figure")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 54);
    attached = q.value(1).toInt();
    QCOMPARE(attached, 54);
    if (!rows.isEmpty())
        QCOMPARE(rows.size() - 1, 54);

    // What Sailau computes is kept apart from what was published.
    const ComputedSummary computed = store.computedSummary(QDate(2023, 11, 5), country->id);
    QCOMPARE(computed.races, 40);
    QCOMPARE(computed.racesWithVoters, 6);
    QCOMPARE(computed.voters, 15883 + 18614 + 22101 + 50402 + 10443 + 12987);
    QCOMPARE(computed.racesWithWinner, 15);
    QVERIFY(!computed.turnout()); // no race has both voters and ballots counted
}

void TestSample::regionsAndTiles()
{
    const QList<TerritoryInfo> regions = Store(db()).regions();
    QCOMPARE(regions.size(), 20);
    QSet<QPair<int, int>> tiles;
    for (const TerritoryInfo &r : regions) {
        QVERIFY(!r.kato.isEmpty());
        QVERIFY(r.iso.startsWith(QLatin1String("KZ-")));
        QVERIFY(!r.nameKk.isEmpty() && !r.nameRu.isEmpty() && !r.nameEn.isEmpty());
        QVERIFY(r.tileRow && r.tileCol);
        tiles.insert({*r.tileRow, *r.tileCol});
    }
    QCOMPARE(tiles.size(), 20); // no two units on one tile

    // The regions holding races, found by one look each, are those the counts of every race give.
    const QHash<qint64, int> counts = Store(db()).raceCounts();
    QSet<qint64> counted;
    for (const TerritoryInfo &r : regions) {
        if (counts.value(r.id) > 0)
            counted.insert(r.id);
    }
    QVERIFY(!counted.isEmpty());
    QVERIFY(counted.size() < regions.size()); // the pilot held races in some regions only
    QCOMPARE(Store(db()).regionsWithRaces(), counted);
}

void TestSample::searchFindsSpellings_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList esil = {QStringLiteral("Есильский район"), QStringLiteral("Есильский район")};
    QTest::newRow("есиль") << u"есиль"_qs << esil;
    QTest::newRow("ЕСИЛЬСКИЙ") << u"ЕСИЛЬСКИЙ"_qs << esil;
    QTest::newRow("Esil") << u"Esil"_qs << esil;
    QTest::newRow("Есіл") << u"Есіл"_qs << esil;
    QTest::newRow("Жетысу finds Жетісу") << u"Жетысу"_qs << QStringList{QStringLiteral("область Жетісу")};
    QTest::newRow("latin i") << u"Солтүстiк"_qs << QStringList{QStringLiteral("Северо-Казахстанская область")};
    QTest::newRow("old ISO code") << u"KZ-SEV"_qs << QStringList{QStringLiteral("Северо-Казахстанская область")};
    QTest::newRow("nothing") << u"Лондон"_qs << QStringList{};
}

void TestSample::searchFindsSpellings()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const TerritoryInfo &t : Store(db()).findTerritories(query))
        found.append(t.name);
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

// The table of `sailau metrics` and the GUI is the one implementation of Metrics.
void TestSample::metricsTableAgreesWithMetrics()
{
    const QList<RaceRow> rows = RaceQuery(db()).fetch({QDate(2023, 11, 5), 0, {}}, RaceColumn::Territory,
                                                      Qt::AscendingOrder, 0, -1);
    QCOMPARE(rows.size(), 40);
    int withWinnerShare = 0;
    for (const RaceRow &row : rows) {
        const auto detail = Store(db()).race(row.id);
        QVERIFY(detail);
        for (int i = 0; i < Metrics::MetricCount; ++i) {
            const auto m = Metrics::Metric(i);
            QCOMPARE(row.metric(m).has_value(), detail->metrics.value(m).has_value());
            if (row.metric(m))
                QVERIFY(qFuzzyCompare(*row.metric(m), *detail->metrics.value(m)));
            else
                QCOMPARE(row.reasons[size_t(i)], detail->metrics.reason(m));
        }
        if (row.metric(Metrics::Metric::WinnerShare))
            ++withWinnerShare;
    }
    QCOMPARE(withWinnerShare, 4); // Esil, Mamlyut, Timiryazev, Bokey Orda
}

void TestSample::sampleLoadsOnce()
{
    // Loading the sample a second time is refused and changes nothing.
    const int races = value(db(), QStringLiteral("SELECT count(*) FROM race"), {}).toInt();
    const DatasetLoader::Result again = DatasetLoader::loadSample(*m_db);
    QVERIFY(!again.ok);
    QVERIFY(!again.error.isEmpty());
    QCOMPARE(value(db(), QStringLiteral("SELECT count(*) FROM race"), {}).toInt(), races);
    QCOMPARE(value(db(), QStringLiteral("SELECT count(*) FROM import_batch"), {}).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
