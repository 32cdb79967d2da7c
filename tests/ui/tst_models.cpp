// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundreader.h"
#include "candidatelistmodel.h"
#include "import/importer.h"
#include "synthetic.h"
#include "format.h"
#include "language.h"
#include "racetablemodel.h"
#include "store.h"
#include "summarymodel.h"
#include "territorytreemodel.h"

#include "../common/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau;
using namespace SailauTest;

namespace {

qint64 raceByTerritoryName(const QSqlDatabase &db, const QString &name, const QString &region)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT r.id FROM race r JOIN territory t ON t.id = r.territory_id "
                             "JOIN territory p ON p.id = t.parent_id WHERE t.name = ? AND p.name_en = ?"));
    q.addBindValue(name);
    q.addBindValue(region);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void territoryTree();
    void territoryTreeSearch();
    void raceTable();
    void raceTableValuesAreTheRowsFigures();
    void raceTableSortsMissingLast_data();
    void raceTableSortsMissingLast();
    void raceTableFilters();
    void raceTablePages();
    void raceTableLargeDayInBackground();
    void candidateList();
    void summary();
    void namesFollowLanguage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QDate m_day{2023, 11, 5};
};

void TestModels::initTestCase()
{
    setDisplayLanguage(Language::English);
    m_db = sampleDatabase(m_dir);
    QVERIFY(m_db);
}

void TestModels::territoryTree()
{
    TerritoryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db->connection());
    model.setDay(m_day);
    QCOMPARE(model.rowCount(), 1); // the country
    const QModelIndex country = model.index(0, 0);
    QCOMPARE(country.data().toString(), QStringLiteral("Kazakhstan"));
    QCOMPARE(model.index(0, TerritoryTreeModel::RacesColumn).data().toString(), QStringLiteral("40"));
    QCOMPARE(model.rowCount(country), 20);
    // Regions load their districts when asked.
    QModelIndex nko;
    for (int row = 0; row < model.rowCount(country); ++row) {
        if (model.index(row, 0, country).data().toString() == QLatin1String("North Kazakhstan"))
            nko = model.index(row, 0, country);
    }
    QVERIFY(nko.isValid());
    QVERIFY(model.hasChildren(nko));
    QCOMPARE(model.rowCount(nko), 3);
    QCOMPARE(model.index(nko.row(), TerritoryTreeModel::RacesColumn, country).data().toString(), QStringLiteral("3"));
    const QModelIndex esil = model.index(0, 0, nko);
    QCOMPARE(esil.data().toString(), QStringLiteral("Esil District"));
    QVERIFY(esil.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Есіл ауданы")));
    QCOMPARE(model.parent(esil), nko);
    QCOMPARE(model.indexOf(model.territoryId(esil)), esil);
    // A region without a race on that day is still there, quieter.
    QModelIndex astana;
    for (int row = 0; row < model.rowCount(country); ++row) {
        if (model.index(row, 0, country).data().toString() == QLatin1String("Astana"))
            astana = model.index(row, 0, country);
    }
    QVERIFY(astana.isValid());
    QVERIFY(astana.data(Qt::ForegroundRole).isValid());
}

void TestModels::territoryTreeSearch()
{
    TerritoryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db->connection());
    model.setDay(m_day);
    for (const QString &query : {u"есиль"_qs, u"ЕСИЛЬСКИЙ"_qs, u"Esil"_qs}) {
        model.setSearchText(query);
        // Kazakhstan → Akmola and North Kazakhstan → one Есильский район each.
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex country = model.index(0, 0);
        QCOMPARE(model.rowCount(country), 2);
        int matches = 0;
        for (int r = 0; r < 2; ++r) {
            const QModelIndex region = model.index(r, 0, country);
            QCOMPARE(model.rowCount(region), 1);
            const QModelIndex district = model.index(0, 0, region);
            QVERIFY(district.data(TerritoryTreeModel::MatchRole).toBool());
            QCOMPARE(district.data().toString(), QStringLiteral("Esil District"));
            ++matches;
        }
        QCOMPARE(matches, 2);
    }
    model.setSearchText(u"нет такого"_qs);
    QCOMPARE(model.rowCount(), 0);
    model.setSearchText(QString());
    QCOMPARE(model.rowCount(model.index(0, 0)), 20);
}

void TestModels::raceTable()
{
    RaceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db->connection());
    model.setFilter({m_day, 0, {}});
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(model.columnCount(), RaceColumnCount);

    const qint64 bokey = raceByTerritoryName(m_db->connection(), QStringLiteral("Бокейординский район"),
                                             QStringLiteral("West Kazakhstan"));
    QVERIFY(bokey);
    const int row = model.rowOfRace(bokey);
    QVERIFY(row >= 0);
    auto cell = [&](RaceColumn c, int role = Qt::DisplayRole) { return model.index(row, int(c)).data(role); };
    QCOMPARE(cell(RaceColumn::Territory).toString(), QStringLiteral("Bokey Orda District"));
    QCOMPARE(cell(RaceColumn::Region).toString(), QStringLiteral("West Kazakhstan"));
    QCOMPARE(cell(RaceColumn::Winner).toString(), QStringLiteral("Нурлыбек Даумов"));
    QCOMPARE(cell(RaceColumn::Nomination).toString(), QStringLiteral("AMANAT"));
    QVERIFY(cell(RaceColumn::Nomination, Qt::DecorationRole).value<QColor>().isValid());
    // 4660 / 6046 = 77.1 %
    QCOMPARE(cell(RaceColumn::WinnerShare).toString(), Format::percent(4660.0 / 6046.0));
    QVERIFY(qFuzzyCompare(cell(RaceColumn::WinnerShare, RaceTableModel::SortValueRole).toDouble(), 4660.0 / 6046.0));
    QCOMPARE(cell(RaceColumn::Candidates).toString(), QStringLiteral("3"));
    // Missing: a dash with the reason, never 0.
    QCOMPARE(cell(RaceColumn::Voters).toString(), Format::missing());
    QVERIFY(cell(RaceColumn::Voters, RaceTableModel::MissingRole).toBool());
    QVERIFY(cell(RaceColumn::Voters, Qt::ToolTipRole).toString().contains(QLatin1String("voters on the lists")));
    QCOMPARE(cell(RaceColumn::Turnout).toString(), Format::missing());
    QVERIFY(!cell(RaceColumn::Turnout, RaceTableModel::SortValueRole).isValid());
    QVERIFY(cell(RaceColumn::Turnout, Qt::ToolTipRole).toString().startsWith(QLatin1String("Not known")));
    QCOMPARE(cell(RaceColumn::Territory, RaceTableModel::RaceIdRole).toLongLong(), bokey);

    // A published turnout is shown, in italics, saying so.
    const int isatai = model.rowOfRace(raceByTerritoryName(m_db->connection(), QStringLiteral("Исатайский район"),
                                                           QStringLiteral("Atyrau")));
    QVERIFY(isatai >= 0);
    const QModelIndex turnout = model.index(isatai, int(RaceColumn::Turnout));
    QCOMPARE(turnout.data().toString(), Format::percent(0.546));
    QVERIFY(turnout.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(turnout.data(Qt::ToolTipRole).toString().contains(QLatin1String("published")));
    QCOMPARE(model.headerData(int(RaceColumn::Turnout), Qt::Horizontal).toString(), QStringLiteral("Turnout"));
}

// The value behind every cell (what the table's export and `sailau metrics` write too) is the
// race's own figure, and a missing figure or name is an invalid value, never 0 or empty text.
void TestModels::raceTableValuesAreTheRowsFigures()
{
    RaceTableModel model;
    model.setDatabase(m_db->connection());
    model.setFilter({m_day, 0, {}});
    QString error;
    const QList<RaceRow> rows = RaceQuery(m_db->connection()).fetch({m_day, 0, {}}, RaceColumn::Date,
                                                                    Qt::AscendingOrder, 0, -1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 40);
    const auto count = [](const Count &c) { return c ? QVariant(qint64(*c)) : QVariant(); };
    const auto text = [](const QString &t) { return t.isEmpty() ? QVariant() : QVariant(t); };
    int missingVoters = 0, knownVoters = 0, missingWinners = 0, knownShares = 0;
    for (const RaceRow &race : rows) {
        const int row = model.rowOfRace(race.id);
        QVERIFY(row >= 0);
        for (int c = 0; c < RaceColumnCount; ++c) {
            const auto column = RaceColumn(c);
            QVariant expected;
            if (const auto metric = columnMetric(column)) {
                const auto value = race.metric(*metric);
                expected = value ? QVariant(*value) : QVariant();
                knownShares += column == RaceColumn::WinnerShare && value ? 1 : 0;
            } else if (column == RaceColumn::Territory) {
                expected = race.territory;
            } else if (column == RaceColumn::Region) {
                expected = text(race.region);
            } else if (column == RaceColumn::Date) {
                expected = race.date;
            } else if (column == RaceColumn::Voters) {
                expected = count(race.voters);
                (race.voters ? knownVoters : missingVoters) += 1;
            } else if (column == RaceColumn::Ballots) {
                expected = count(race.ballots);
            } else if (column == RaceColumn::Winner) {
                expected = text(race.winner);
                missingWinners += race.winner.isEmpty() ? 1 : 0;
            } else {
                expected = text(race.winnerNomination);
            }
            const QModelIndex index = model.index(row, c);
            QCOMPARE(race.value(column), expected);
            QCOMPARE(index.data(RaceTableModel::SortValueRole), expected);
            QCOMPARE(index.data(RaceTableModel::MissingRole).toBool(), !expected.isValid());
        }
    }
    // The sample has both kinds, so that both were compared.
    QVERIFY(missingVoters > 0 && knownVoters > 0);
    QVERIFY(missingWinners > 0 && knownShares > 0);
}

void TestModels::raceTableSortsMissingLast_data()
{
    QTest::addColumn<int>("order");
    QTest::newRow("ascending") << int(Qt::AscendingOrder);
    QTest::newRow("descending") << int(Qt::DescendingOrder);
}

void TestModels::raceTableSortsMissingLast()
{
    QFETCH(int, order);
    RaceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db->connection());
    model.setFilter({m_day, 0, {}});
    QSignalSpy sorted(&model, &RaceTableModel::sorted);
    model.sort(int(RaceColumn::WinnerShare), Qt::SortOrder(order));
    QCOMPARE(sorted.count(), 1);
    QList<double> known;
    bool seenMissing = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant v = model.index(row, int(RaceColumn::WinnerShare)).data(RaceTableModel::SortValueRole);
        if (!v.isValid()) {
            seenMissing = true;
            continue;
        }
        QVERIFY2(!seenMissing, "a known value after a missing one");
        known.append(v.toDouble());
    }
    QCOMPARE(known.size(), 4);
    for (int i = 1; i < known.size(); ++i)
        QVERIFY(order == Qt::AscendingOrder ? known[i - 1] <= known[i] : known[i - 1] >= known[i]);
}

void TestModels::raceTableFilters()
{
    RaceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db->connection());
    const Store store(m_db->connection());
    qint64 west = 0;
    for (const TerritoryInfo &r : store.regions()) {
        if (r.nameEn == QLatin1String("West Kazakhstan"))
            west = r.id;
    }
    model.setFilter({m_day, west, {}});
    QCOMPARE(model.rowCount(), 3);
    model.setFilter({m_day, 0, u"есиль"_qs});
    QCOMPARE(model.rowCount(), 2);
    // The two "Esil District"s name their regions in the cell and its tooltip.
    QSet<QString> esils;
    for (int row = 0; row < 2; ++row) {
        const QModelIndex cell = model.index(row, int(RaceColumn::Territory));
        esils.insert(cell.data().toString());
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), cell.data().toString());
        // Sorting and searching still use the name itself.
        QCOMPARE(cell.data(RaceTableModel::SortValueRole).toString(), QStringLiteral("Esil District"));
    }
    QCOMPARE(esils, (QSet<QString>{u"Esil District, Akmola"_qs, u"Esil District, North Kazakhstan"_qs}));
    // Candidates' names are searched too, in any alphabet.
    model.setFilter({m_day, 0, u"Stepanenko"_qs});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, int(RaceColumn::Territory)).data().toString(), QStringLiteral("Mamlyut District"));
    model.setFilter({m_day, 0, u"Даумов"_qs});
    QCOMPARE(model.rowCount(), 1);
    // Punctuation alone is no filter.
    model.setFilter({m_day, 0, u"%"_qs});
    QCOMPARE(model.rowCount(), 40); // '%' folds to nothing: no filter
    model.setFilter({QDate(2021, 7, 25), 0, {}});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::raceTablePages()
{
    RaceTableModel model;
    model.setDatabase(m_db->connection());
    model.setFilter({m_day, 0, {}});
    // Every row of every page is there, in one order, without repeats.
    QSet<qint64> ids;
    for (int row = model.rowCount() - 1; row >= 0; --row)
        ids.insert(model.raceId(row));
    QCOMPARE(ids.size(), 40);
    QVERIFY(!ids.contains(0));
    QCOMPARE(model.raceId(40), 0);
    QVERIFY(model.rowAt(-1) == nullptr);
}

void TestModels::raceTableLargeDayInBackground()
{
    // A day with more races than BackgroundReader::LargeDay: the table shows at once, empty and
    // loading, and fills when the worker thread has read the day; then filtering and sorting
    // need no more reading.
    QTemporaryDir dir;
    SyntheticGenerator::Options options;
    options.races = BackgroundReader::LargeDay + 1;
    options.candidatesPerRace = 2;
    const QString csv = dir.filePath(QStringLiteral("large.csv"));
    QString error;
    QVERIFY2(SyntheticGenerator::writeCsv(csv, options, &error) > 0, qPrintable(error));
    auto db = sampleDatabase(dir, QStringLiteral("large.sqlite"));
    QVERIFY(db);
    Import::ImportOptions import;
    import.path = csv;
    QVERIFY(Import::Importer(*db).run(import).ok);
    const QDate day = QDate::fromString(options.date, Qt::ISODate);

    RaceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &RaceTableModel::loaded);
    model.setDatabase(db->connection(), {day, 0, {}});
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    // Another territory while the day is on its way does not start a second read.
    const auto country = Store(db->connection()).country();
    QVERIFY(country);
    model.setFilter({day, country->id, {}});
    QVERIFY(model.isLoading());
    // First the rows in the current order, then (still loading until then) the whole index.
    QVERIFY(loaded.wait(60000));
    QCOMPARE(model.rowCount(), int(options.races));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 60000);
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(model.rowCount(), int(options.races));

    // Sorting and filtering use what was read.
    model.sort(int(RaceColumn::Turnout), Qt::DescendingOrder);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), int(options.races));
    const double first = model.index(0, int(RaceColumn::Turnout)).data(RaceTableModel::SortValueRole).toDouble();
    const double later = model.index(500, int(RaceColumn::Turnout)).data(RaceTableModel::SortValueRole).toDouble();
    QVERIFY(first >= later);
    const QString winner = model.index(1000, int(RaceColumn::Winner)).data().toString();
    QVERIFY(!winner.isEmpty());
    model.setFilter({day, country->id, winner});
    QVERIFY(!model.isLoading());
    QVERIFY(model.rowCount() > 0 && model.rowCount() < int(options.races));
    QCOMPARE(model.rowCount(), RaceQuery(db->connection()).count({day, 0, winner}));
    for (int row = 0; row < std::min(model.rowCount(), 50); ++row) {
        const qint64 id = model.raceId(row);
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM candidate WHERE race_id = ? AND name = ?"));
        q.addBindValue(id);
        q.addBindValue(winner);
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toInt() > 0 || model.index(row, 0).data().toString().contains(winner),
                 qPrintable(QString::number(id)));
    }
    // A refresh (the store changed) reads the day again, in the background.
    model.refresh();
    QVERIFY(model.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 60000);
    QCOMPARE(model.rowCount(), model.filter().text.isEmpty() ? int(options.races) : model.rowCount());
    QVERIFY(model.rowCount() > 0);
    model.setDatabase({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
}

void TestModels::candidateList()
{
    CandidateListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 bokey = raceByTerritoryName(m_db->connection(), QStringLiteral("Бокейординский район"),
                                             QStringLiteral("West Kazakhstan"));
    const auto race = Store(m_db->connection()).race(bokey);
    QVERIFY(race);
    model.setRace(race);
    QCOMPARE(model.rowCount(), 4); // three candidates and "against all"
    QCOMPARE(model.index(0, CandidateListModel::NameColumn).data().toString(), QStringLiteral("Нурлыбек Даумов"));
    QCOMPARE(model.index(0, CandidateListModel::VotesColumn).data().toString(), Format::count(4660));
    QCOMPARE(model.index(0, CandidateListModel::ShareColumn).data().toString(), Format::percent(4660.0 / 6046.0, 2));
    QCOMPARE(model.index(0, CandidateListModel::ElectedColumn).data().toString(), QStringLiteral("✔"));
    QCOMPARE(model.index(1, CandidateListModel::NominationColumn).data().toString(), QStringLiteral("self-nominated"));
    QVERIFY(model.index(3, 0).data(CandidateListModel::AgainstAllRole).toBool());
    QCOMPARE(model.index(3, CandidateListModel::VotesColumn).data().toString(), Format::count(178));
    QVERIFY(model.index(0, 0).data(CandidateListModel::SourcesRole).toStringList().contains(
        QStringLiteral("https://mgorod.kz/news/v-zko-izbrali-treh-akimov")));

    // Taskala: a candidate without votes shows a dash, and no share is made up.
    const qint64 taskala = raceByTerritoryName(m_db->connection(), QStringLiteral("Таскалинский район"),
                                               QStringLiteral("West Kazakhstan"));
    model.setRace(Store(m_db->connection()).race(taskala));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, CandidateListModel::VotesColumn).data().toString(), Format::missing());
    QCOMPARE(model.index(0, CandidateListModel::ShareColumn).data().toString(), Format::missing());
    QVERIFY(!model.index(0, CandidateListModel::ShareColumn).data(Qt::ToolTipRole).toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::summary()
{
    SummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db->connection());
    model.setScope(m_day, 0);
    auto row = [&](const QString &label) {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, SummaryModel::FigureColumn).data().toString() == label)
                return r;
        }
        return -1;
    };
    const int turnout = row(QStringLiteral("Turnout"));
    QVERIFY(turnout >= 0);
    QCOMPARE(model.index(turnout, SummaryModel::PublishedColumn).data().toString(), Format::percentValue(62.79, 2));
    QCOMPARE(model.index(turnout, SummaryModel::ComputedColumn).data().toString(), Format::missing());
    const int voters = row(QStringLiteral("Voters on the lists"));
    QCOMPARE(model.index(voters, SummaryModel::PublishedColumn).data().toString(), Format::count(1062327));
    QCOMPARE(model.index(voters, SummaryModel::ComputedColumn).data().toString(), Format::count(130430));
    QVERIFY(model.index(voters, SummaryModel::ComputedColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("6 of 40")));
    const int races = row(QStringLiteral("Races"));
    QCOMPARE(model.index(races, SummaryModel::PublishedColumn).data().toString(), QStringLiteral("45"));
    QCOMPARE(model.index(races, SummaryModel::ComputedColumn).data().toString(), QStringLiteral("40"));
    QVERIFY(!model.index(races, 0).data(SummaryModel::SourcesRole).toStringList().isEmpty());
    QVERIFY(row(QStringLiteral("Polling stations (as stated by State Counsellor Karin)")) >= 0);

    // A region: Atyrau's published turnout (56.0) beside the computed figures.
    qint64 atyrau = 0;
    for (const TerritoryInfo &r : Store(m_db->connection()).regions()) {
        if (r.nameEn == QLatin1String("Atyrau"))
            atyrau = r.id;
    }
    model.setScope(m_day, atyrau);
    QCOMPARE(model.index(row(QStringLiteral("Turnout")), SummaryModel::PublishedColumn).data().toString(),
             Format::percentValue(56.0, 2));
    QCOMPARE(model.index(row(QStringLiteral("Voters on the lists")), SummaryModel::ComputedColumn).data().toString(),
             Format::count(34497));
    QCOMPARE(model.index(row(QStringLiteral("Voters on the lists")), SummaryModel::PublishedColumn).data().toString(),
             Format::count(34497));
}

void TestModels::namesFollowLanguage()
{
    RaceTableModel model;
    model.setDatabase(m_db->connection());
    model.setFilter({m_day, 0, u"Mamlyut"_qs});
    QCOMPARE(model.index(0, int(RaceColumn::Territory)).data().toString(), QStringLiteral("Mamlyut District"));
    setDisplayLanguage(Language::Kazakh);
    model.refresh();
    QCOMPARE(model.index(0, int(RaceColumn::Territory)).data().toString(), QStringLiteral("Мамлют ауданы"));
    QCOMPARE(model.index(0, int(RaceColumn::Region)).data().toString(), QStringLiteral("Солтүстік Қазақстан облысы"));
    // Numbers follow the locale: 1 062 327 and 62,79 % in Kazakh and Russian.
    QCOMPARE(Format::count(1062327), QStringLiteral("1\u00a0062\u00a0327"));
    QCOMPARE(Format::percentValue(62.79), QStringLiteral("62,79\u00a0%"));
    setDisplayLanguage(Language::Russian);
    model.refresh();
    QCOMPARE(model.index(0, int(RaceColumn::Territory)).data().toString(), QStringLiteral("Мамлютский район"));
    setDisplayLanguage(Language::English);
    QCOMPARE(Format::count(1062327), QStringLiteral("1,062,327"));
    QCOMPARE(Format::percentValue(62.79), QStringLiteral("62.79%"));
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
