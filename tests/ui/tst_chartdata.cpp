// SPDX-License-Identifier: GPL-3.0-or-later
// Each chart's data equals the metrics of the sample: ChartData reads nothing but RaceQuery's rows
// and Store's published figures, and leaves out (never zeroes) what is missing.
#include "charts/chartdata.h"
#include "datasetloader.h"
#include "racequery.h"
#include "store.h"
#include "format.h"
#include "import/importer.h"
#include "language.h"
#include "translations.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau;
using namespace Sailau::Charts;
using M = Metrics::Metric;

class tst_ChartData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void catalogKeys();
    void perRace_data();
    void perRace();
    void turnoutReference();
    void turnoutDistribution();
    void turnoutByRegion();
    void candidates();
    void winnersByNomination();
    void scatter();
    void map_data();
    void map();
    void regionScope();
    void fileStem();
    void repeatedNamesTellChartsApart();
    void notesCountInPluralForms();
    void footnoteNamesTheImport();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<RaceRow> m_rows;
    QDate m_day{2023, 11, 5};
};

void tst_ChartData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    setDisplayLanguage(Language::English);
    Translations::install(Language::English);   // English plural forms
    QString message;
    m_db = DatasetLoader::openOrCreate(m_dir.filePath(QStringLiteral("sample.sqlite")), true, &message);
    QVERIFY2(m_db, qPrintable(message));
    RaceFilter filter;
    filter.day = m_day;
    m_rows = RaceQuery(m_db->connection()).fetch(filter, RaceColumn::Region, Qt::AscendingOrder, 0, -1);
    QCOMPARE(m_rows.size(), 40);
}

void tst_ChartData::cleanupTestCase()
{
    m_db.reset();
}

void tst_ChartData::catalogKeys()
{
    QSet<QString> keys;
    for (ChartId id : ChartCatalog::all()) {
        const QString key = ChartCatalog::key(id);
        QVERIFY(!key.isEmpty());
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QCOMPARE(ChartCatalog::fromKey(key), std::optional<ChartId>(id));
        QVERIFY(!ChartCatalog::description(id).isEmpty());
        QVERIFY(ChartCatalog::charts(ChartCatalog::panelOf(id)).contains(id));
    }
    QCOMPARE(keys.size(), 11);
    QVERIFY(!ChartCatalog::fromKey(QStringLiteral("pie")));
    for (MapMetric m : ChartCatalog::mapMetrics())
        QCOMPARE(ChartCatalog::mapMetricFromKey(ChartCatalog::key(m)), std::optional<MapMetric>(m));
}

void tst_ChartData::perRace_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<int>("metric");
    QTest::newRow("turnout") << int(ChartId::TurnoutByRace) << int(M::Turnout);
    QTest::newRow("margin") << int(ChartId::Margin) << int(M::Margin);
    QTest::newRow("winner share") << int(ChartId::WinnerShare) << int(M::WinnerShare);
    QTest::newRow("enc") << int(ChartId::Enc) << int(M::EncLaaksoTaagepera);
    QTest::newRow("against all") << int(ChartId::AgainstAll) << int(M::AgainstAllShare);
}

void tst_ChartData::perRace()
{
    QFETCH(int, chart);
    QFETCH(int, metric);
    ChartData data(m_db->connection());
    QVERIFY(data.setScope(m_day, 0));
    const ChartModel model = data.build(ChartId(chart));
    // Exactly the races whose metric is known, with the value RaceQuery gives, sorted ascending.
    QHash<qint64, double> expected;
    for (const RaceRow &r : m_rows) {
        if (const auto v = r.metric(M(metric)))
            expected.insert(r.id, *v);
    }
    QCOMPARE(model.racesInScope, 40);
    QCOMPARE(model.racesShown, int(expected.size()));
    QCOMPARE(model.races.size(), expected.size());
    double previous = -1;
    QSet<QString> labels;
    for (const RaceValue &v : model.races) {
        QVERIFY(expected.contains(v.raceId));
        QCOMPARE(v.value, expected.value(v.raceId));
        QVERIFY(v.value >= previous);
        previous = v.value;
        QVERIFY2(!labels.contains(v.label), qPrintable(v.label));
        labels.insert(v.label);
        if (M(metric) == M::EncLaaksoTaagepera) {
            const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const RaceRow &r) { return r.id == v.raceId; });
            QCOMPARE(v.second, row->metric(M::EncGolosov));
        }
    }
    // The note says how many are left out.
    if (model.racesShown < 40)
        QVERIFY2(model.note.contains(QStringLiteral("%1 of 40 races").arg(model.racesShown)), qPrintable(model.note));
}

void tst_ChartData::turnoutReference()
{
    ChartData data(m_db->connection());
    QVERIFY(data.setScope(m_day, 0));
    const ChartModel model = data.build(ChartId::TurnoutByRace);
    // The sample: two races have a turnout (both as published), and the national 62.79 %.
    QCOMPARE(model.races.size(), 2);
    QVERIFY(model.reference.has_value());
    QCOMPARE(model.reference->value, 0.6279);
    QVERIFY(!model.reference->sources.isEmpty());
    QVERIFY(model.note.startsWith(QStringLiteral("2 of 40 races have a turnout")));
    for (const RaceValue &v : model.races) {
        QCOMPARE(v.basis, Metrics::TurnoutBasis::Published);
        QVERIFY(v.label.endsWith(QLatin1String(" *")));
    }
}

void tst_ChartData::turnoutDistribution()
{
    ChartData data(m_db->connection());
    QVERIFY(data.setScope(m_day, 0));
    const ChartModel model = data.build(ChartId::TurnoutDistribution);
    int counted = 0;
    for (const CategoryValue &c : model.categories) {
        QVERIFY(c.value.has_value());
        counted += int(*c.value);
        QCOMPARE(int(*c.value), int(c.raceIds.size()));
    }
    QCOMPARE(counted, 2);
    QCOMPARE(model.binWidth, 0.05);
    // Isatai 54.6 % lies in 50–55, Kyzylkoga 57.2 % in 55–60.
    const int first = int(std::lround(model.binStart / 0.05));
    QCOMPARE(*model.categories.at(10 - first).value, 1.0);
    QCOMPARE(*model.categories.at(11 - first).value, 1.0);
}

void tst_ChartData::turnoutByRegion()
{
    ChartData data(m_db->connection());
    QVERIFY(data.setScope(m_day, 0));
    const ChartModel model = data.build(ChartId::TurnoutByRegion);
    // Published regional turnouts in the sample: Atyrau 56.0, Karaganda 67.62; no region has races
    // with both counts, so nothing is computed.
    QCOMPARE(model.categories.size(), 2);
    const Store store(m_db->connection());
    QHash<QString, double> values;
    for (const CategoryValue &c : model.categories) {
        QCOMPARE(c.group, 1);
        const auto t = store.territory(c.territoryId);
        QVERIFY(t);
        values.insert(t->iso, *c.value);
        QVERIFY(!c.sources.isEmpty());
    }
    QCOMPARE(values.value(QStringLiteral("KZ-23")), 0.56);
    QCOMPARE(values.value(QStringLiteral("KZ-35")), 0.6762);
}

void tst_ChartData::candidates()
{
    ChartData data(m_db->connection());
    QVERIFY(data.setScope(m_day, 0));
    const ChartModel model = data.build(ChartId::Candidates);
    QHash<int, int> expected;
    int known = 0;
    for (const RaceRow &r : m_rows) {
        if (const auto n = r.metric(M::Candidates)) {
            ++expected[int(*n)];
            ++known;
        }
    }
    QCOMPARE(model.racesShown, known);
    int total = 0;
    for (const CategoryValue &c : model.categories) {
        const int n = c.label.toInt();
        QCOMPARE(int(*c.value), expected.value(n));
        total += int(*c.value);
    }
    QCOMPARE(total, known);
}

void tst_ChartData::winnersByNomination()
{
    ChartData data(m_db->connection());
    QVERIFY(data.setScope(m_day, 0));
    const ChartModel model = data.build(ChartId::WinnersByNomination);
    QHash<QString, int> expected;
    for (const RaceRow &r : m_rows) {
        if (r.winner.isEmpty())
            continue;
        if (!r.winnerPartyShort.isEmpty())
            ++expected[r.winnerPartyShort];
        else if (r.winnerSelfNominated.value_or(false))
            ++expected[QStringLiteral("~self")];
    }
    QCOMPARE(model.categories.size(), expected.size());
    for (const CategoryValue &c : model.categories) {
        QCOMPARE(int(*c.value), expected.value(c.basis));
        if (c.basis != QLatin1String("~self"))
            QVERIFY(!c.colour.isEmpty());   // the party's own colour
    }
}

void tst_ChartData::scatter()
{
    ChartData data(m_db->connection());
    QVERIFY(data.setScope(m_day, 0));
    const ChartModel model = data.build(ChartId::TurnoutVsWinnerShare);
    int both = 0;
    for (const RaceRow &r : m_rows)
        both += r.metric(M::Turnout) && r.metric(M::WinnerShare);
    QCOMPARE(model.races.size(), both);
    QVERIFY(model.note.contains(QStringLiteral("%1 of 40").arg(both)));
}

void tst_ChartData::map_data()
{
    QTest::addColumn<int>("metric");
    for (MapMetric m : ChartCatalog::mapMetrics())
        QTest::newRow(qPrintable(ChartCatalog::key(m))) << int(m);
}

void tst_ChartData::map()
{
    QFETCH(int, metric);
    ChartData data(m_db->connection());
    QVERIFY(data.setScope(m_day, 0));
    const ChartModel model = data.build(ChartId::Map, MapMetric(metric));
    QCOMPARE(model.tiles.size(), 20);
    QSet<QPair<int, int>> cells;
    for (const RegionTile &t : model.tiles) {
        QVERIFY(!cells.contains({t.row, t.col}));
        cells.insert({t.row, t.col});
        int races = 0;
        for (const RaceRow &r : m_rows)
            races += r.regionId == t.regionId;
        QCOMPARE(t.races, races);
        switch (MapMetric(metric)) {
        case MapMetric::Races:
            QCOMPARE(*t.value, double(races));
            break;
        case MapMetric::Turnout:
            break;
        default: {
            const M m = MapMetric(metric) == MapMetric::WinnerShare ? M::WinnerShare
                        : MapMetric(metric) == MapMetric::Margin    ? M::Margin
                        : MapMetric(metric) == MapMetric::Enc       ? M::EncLaaksoTaagepera
                                                                    : M::AgainstAllShare;
            double sum = 0;
            int n = 0;
            for (const RaceRow &r : m_rows) {
                if (r.regionId == t.regionId && r.metric(m)) {
                    sum += *r.metric(m);
                    ++n;
                }
            }
            // A region without a known value has none: never 0.
            QCOMPARE(t.value.has_value(), n > 0);
            if (n > 0)
                QVERIFY(qAbs(*t.value - sum / n) < 1e-12);
        }
        }
    }
}

void tst_ChartData::regionScope()
{
    const Store store(m_db->connection());
    qint64 nko = 0;
    for (const TerritoryInfo &t : store.regions()) {
        if (t.iso == QLatin1String("KZ-59"))
            nko = t.id;
    }
    QVERIFY(nko);
    ChartData data(m_db->connection());
    QVERIFY(data.setScope(m_day, nko));
    QCOMPARE(data.regionId(), nko);
    QCOMPARE(data.races().size(), 3);
    QCOMPARE(data.countryRaces().size(), 40);
    const ChartModel margin = data.build(ChartId::Margin);
    QCOMPARE(margin.racesInScope, 3);
    QCOMPARE(margin.races.size(), 3);
    // The map always shows every region.
    QCOMPARE(data.build(ChartId::Map).tiles.size(), 20);
}

void tst_ChartData::fileStem()
{
    ChartData data(m_db->connection());
    QVERIFY(data.setScope(m_day, 0));
    QCOMPARE(data.fileStem(), QStringLiteral("2023-11-05_kazakhstan"));
    QVERIFY(data.sourceNote().startsWith(QStringLiteral("Source: ")));
}

void tst_ChartData::repeatedNamesTellChartsApart()
{
    // The sample holds two "Esil District"s, one in Akmola and one in North Kazakhstan.
    const Store store(m_db->connection());
    QList<TerritoryInfo> esils;
    for (const TerritoryInfo &t : store.findTerritories(QStringLiteral("Esil"), 10)) {
        if (t.level == QLatin1String("district"))
            esils.append(t);
    }
    QCOMPARE(esils.size(), 2);
    QVERIFY(store.repeatedNames().contains(QStringLiteral("Esil District")));
    QStringList titles, stems, scopes, expected;
    for (const TerritoryInfo &t : esils) {
        const auto region = store.regionOf(t.id);
        QVERIFY(region);
        expected.append(QStringLiteral("Esil District, %1").arg(region->displayName()));
        QCOMPARE(store.distinctName(t), expected.last());
        ChartData data(m_db->connection());
        QVERIFY(data.setScope(m_day, t.id));
        titles.append(data.scopeTitle());
        stems.append(data.fileStem());
        scopes.append(data.build(ChartId::TurnoutByRace).scope);
        QVERIFY2(data.scopeTitle().startsWith(expected.last()), qPrintable(data.scopeTitle()));
    }
    QVERIFY(expected.contains(QStringLiteral("Esil District, Akmola")));
    QVERIFY(expected.contains(QStringLiteral("Esil District, North Kazakhstan")));
    QVERIFY2(titles.at(0) != titles.at(1), qPrintable(titles.join(QStringLiteral(" | "))));
    QVERIFY2(stems.at(0) != stems.at(1), qPrintable(stems.join(QStringLiteral(" | "))));
    QVERIFY(scopes.at(0) != scopes.at(1));
    QVERIFY(stems.contains(QStringLiteral("2023-11-05_esil-district-akmola")));
    QVERIFY(stems.contains(QStringLiteral("2023-11-05_esil-district-north-kazakhstan")));

    // A name that is unique stays as it is, and so does a region.
    for (const TerritoryInfo &region : store.regions()) {
        QCOMPARE(store.distinctName(region), region.displayName());
        const auto children = store.territoryChildren(region.id, {});
        for (const TerritoryInfo &child : children) {
            if (!store.repeatedNames().contains(child.displayName()))
                QCOMPARE(store.distinctName(child), child.displayName());
        }
    }
}

void tst_ChartData::notesCountInPluralForms()
{
    // A district with its one race, which has a turnout: not "All 1 races have a turnout".
    const auto one = std::find_if(m_rows.cbegin(), m_rows.cend(), [](const RaceRow &r) { return r.metric(M::Turnout).has_value(); });
    QVERIFY(one != m_rows.cend());
    ChartData data(m_db->connection());
    QVERIFY(data.setScope(m_day, one->territoryId));
    QCOMPARE(data.races().size(), 1);
    const QString note = data.build(ChartId::TurnoutByRace).note;
    QVERIFY2(!note.contains(QLatin1String("All 1 ")), qPrintable(note));
    QVERIFY2(note.startsWith(QLatin1String("The only race here has")), qPrintable(note));
    // Many: the plural.
    ChartData country(m_db->connection());
    QVERIFY(country.setScope(m_day, 0));
    const QString map = country.build(ChartId::Map, MapMetric::Turnout).note;
    QVERIFY2(!map.contains(QLatin1String("1 regions")), qPrintable(map));
}

void tst_ChartData::footnoteNamesTheImport()
{
    // A file without a source column: the footnote names the file and the day it was imported,
    // not "the Sailau database".
    QTemporaryDir dir;
    QString message;
    auto db = DatasetLoader::openOrCreate(dir.filePath(QStringLiteral("new.sqlite")), false, &message);
    QVERIFY2(db, qPrintable(message));
    const QString csv = dir.filePath(QStringLiteral("akimat results.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("date,region,district,candidate,votes,elected,voters\n"
                   "2023-11-05,Abai,Ayagoz district,Әлия Сәрсенова,10,yes,40\n"
                   "2023-11-05,Abai,Ayagoz district,Иван Иванов,5,no,40\n");
    }
    Import::ImportOptions options;
    options.path = csv;
    const Import::ImportReport report = Import::Importer(*db).run(options);
    QVERIFY(report.ok);
    ChartData data(db->connection());
    QVERIFY(data.setScope(QDate(2023, 11, 5), 0));
    QCOMPARE(data.races().size(), 1);
    const QString note = data.sourceNote();
    QVERIFY2(note.contains(QStringLiteral("akimat results.csv, imported %1").arg(Format::date(QDate::currentDate()))),
             qPrintable(note));
    QVERIFY2(!note.contains(QLatin1String("the Sailau database")), qPrintable(note));
    // The sample's figures keep their web sources.
    ChartData sample(m_db->connection());
    QVERIFY(sample.setScope(m_day, 0));
    QVERIFY(!sample.sourceNote().contains(QLatin1String("imported")));
}

QTEST_GUILESS_MAIN(tst_ChartData)
#include "tst_chartdata.moc"
