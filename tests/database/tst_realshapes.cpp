// SPDX-License-Identifier: GPL-3.0-or-later
// Result files in the shapes analysts receive them (tests/data/import/real-shapes): each imports
// with no hand editing, and each race holds what its file says.
#include "catalog.h"
#include "importer.h"
#include "metrics.h"
#include "store.h"
#include "totals.h"

#include "../common/testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Sailau;
using namespace Sailau::Import;
using namespace SailauTest;

namespace {

using R = Metrics::Reason;
constexpr double Missing = -1;

std::unique_ptr<Database> openDatabase(const QTemporaryDir &dir, bool sample)
{
    QString message;
    auto db = DatasetLoader::openOrCreate(dir.filePath(QStringLiteral("db.sqlite")), sample, &message);
    if (!db)
        qWarning("%s", qPrintable(message));
    return db;
}

QString corpus(const QString &name)
{
    return testData(QStringLiteral("import/real-shapes/") + name);
}

ImportReport importFile(Database &db, const QString &path, const Mapping &mapping = {})
{
    ImportOptions options;
    options.path = path;
    options.mapping = mapping;
    return Importer(db).run(options);
}

QString problems(const ImportReport &report)
{
    QStringList lines;
    for (const Problem &p : report.problems)
        lines.append(p.format(report.fileName));
    return lines.join(QLatin1Char('\n'));
}

QVariant scalar(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return QVariant();
    return q.value(0);
}

} // namespace

class TestRealShapes : public QObject
{
    Q_OBJECT
private slots:
    void racesAsTheFilesSay_data();
    void racesAsTheFilesSay();
    void villageWithoutDistrictNamesTheRow();
    void cityOfTheDatabaseFoundWithoutDistrict();
    void sameDistrictNameInTwoRegions();
    void userSaysTheListsAreComplete();
    void regionsByTheirOwnNames_data();
    void regionsByTheirOwnNames();
    void nominationsAsSourcesWriteThem_data();
    void nominationsAsSourcesWriteThem();
    void namesAsSourcesWriteThem();
    void publishedTotals_data();
    void publishedTotals();
    void racesAreNeverTakenForTotals_data();
    void racesAreNeverTakenForTotals();
    void totalsOfAnUnknownPlaceNameTheRow();
    void racesAndCandidatesInTwoFiles_data();
    void racesAndCandidatesInTwoFiles();
    void levelThatContradictsTheRaceIsRefused();
    void ruralCandidatesWithoutDistrict_data();
    void ruralCandidatesWithoutDistrict();
};

void TestRealShapes::racesAsTheFilesSay_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("region");         // the region's English name
    QTest::addColumn<QString>("territory");      // the race's territory, as the file writes it
    QTest::addColumn<QString>("territoryLevel");
    QTest::addColumn<QString>("electionLevel");
    QTest::addColumn<QString>("winner");         // empty: not known
    QTest::addColumn<int>("winnerReason");
    QTest::addColumn<double>("winnerShare");     // Missing: not known
    QTest::addColumn<double>("enc");             // Laakso–Taagepera; Missing: not known
    QTest::addColumn<int>("encReason");
    QTest::addColumn<QString>("encNote");        // part of the reason shown for a missing ENC

    const QString ru = QStringLiteral("ru_cp1251_cities_without_district.csv");
    QTest::newRow("ru: regional centre in the settlement column, district empty")
        << ru << "Abai" << u"город Семей"_qs << "city_regional" << "regional_centre" << u"Сапаров Ерлан Бакытович"_qs
        << int(R::None) << 77060.0 / 99990.0 << 1.513499 << int(R::None) << QString();
    QTest::newRow("ru: city of regional significance, winner only")
        << ru << "Abai" << u"город Курчатов"_qs << "city_regional" << "city_regional" << u"Болат Абдралиев"_qs
        << int(R::None) << 4100.0 / 6230.0 << Missing << int(R::PartialList) << u"only 1 candidate"_qs;
    QTest::newRow("ru: rural okrug with its district")
        << ru << "Kyzylorda" << u"Акжарский сельский округ"_qs << "rural_okrug" << "rural" << u"Жумабаев Нурлан"_qs
        << int(R::None) << 1700.0 / 2380.0 << 1.627692 << int(R::None) << QString();
    QTest::newRow("ru: city of district significance")
        << ru << "Aktobe" << u"город Алга"_qs << "city_district" << "rural" << u"Калиев Марат"_qs
        << int(R::None) << 6230.0 / 9770.0 << 1.76518 << int(R::None) << QString();

    const QString kk = QStringLiteral("kk_utf8_city_in_district_column.csv");
    QTest::newRow("kk: regional centre in the district column")
        << kk << "Abai" << u"Семей қаласы"_qs << "city_regional" << "regional_centre" << u"Сапаров Ерлан Бақытұлы"_qs
        << int(R::None) << 77060.0 / 99990.0 << 1.513499 << int(R::None) << QString();
    QTest::newRow("kk: city in the district column, winner only")
        << kk << "Abai" << u"Курчатов қаласы"_qs << "city_regional" << "city_regional" << u"Болат Әбдірәлиев"_qs
        << int(R::None) << 4100.0 / 6230.0 << Missing << int(R::PartialList) << u"only 1 candidate"_qs;
    QTest::newRow("kk: district, ballots account for the list")
        << kk << "North Kazakhstan" << u"Есіл ауданы"_qs << "district" << "district" << u"Mereke Muhamedııarov"_qs
        << int(R::None) << 8419.0 / 10773.0 << 1.373229 << int(R::None) << QString();
    QTest::newRow("kk: no one marked elected")
        << kk << "Akmola" << u"Жаныспай ауылдық округі"_qs << "rural_okrug" << "rural" << QString()
        << int(R::NoElectedMark) << Missing << 1.99998 << int(R::None) << QString();

    const QString en = QStringLiteral("en_xlsx_partial_lists.xlsx");
    QTest::newRow("xlsx: 1 of 3 registered candidates")
        << en << "West Kazakhstan" << "Taskala district" << "district" << "district" << "Talgat Shakirov"
        << int(R::PartialList) << Missing << Missing << int(R::PartialList) << "only 1 of 3 candidates";
    QTest::newRow("xlsx: 2 of 3 registered candidates")
        << en << "West Kazakhstan" << "Karatobe district" << "district" << "district" << "Kadyrzhan Suyeugaliyev"
        << int(R::PartialList) << Missing << Missing << int(R::PartialList) << "only 2 of 3 candidates";
    QTest::newRow("xlsx: 3 of 3 registered candidates")
        << en << "North Kazakhstan" << "Mamlyut district" << "district" << "district" << "Elena Stepanenko"
        << int(R::None) << 6817.0 / 8265.0 << 1.31024 << int(R::None) << QString();
    QTest::newRow("xlsx: one candidate of an unknown list")
        << en << "Abai" << "Kurchatov city" << "city_regional" << "city_regional" << "Bolat Abdraliyev"
        << int(R::None) << 4100.0 / 6230.0 << Missing << int(R::PartialList) << u"only 1 candidate"_qs;

    const QString marks = QStringLiteral("ru_cp1251_elected_marks.csv");
    QTest::newRow("marks: + and empty")
        << marks << "Kostanay" << u"Пешковский сельский округ"_qs << "rural_okrug" << "rural" << u"Иванов Пётр Сергеевич"_qs
        << int(R::None) << 2100.0 / 2905.0 << 1.589643 << int(R::None) << QString();
    QTest::newRow("marks: 1 and 0")
        << marks << "Kostanay" << u"Вишнёвый сельский округ"_qs << "rural_okrug" << "rural" << u"Сидоров Олег"_qs
        << int(R::None) << 1000.0 / 1485.0 << 1.742889 << int(R::None) << QString();
    QTest::newRow("marks: нет for both, the top vote-getter is not the winner")
        << marks << "Kostanay" << u"Ленинский сельский округ"_qs << "rural_okrug" << "rural" << QString()
        << int(R::NoElectedMark) << Missing << 1.991563 << int(R::None) << QString();
}

void TestRealShapes::racesAsTheFilesSay()
{
    QFETCH(QString, file);
    QFETCH(QString, region);
    QFETCH(QString, territory);
    QFETCH(QString, territoryLevel);
    QFETCH(QString, electionLevel);
    QFETCH(QString, winner);
    QFETCH(int, winnerReason);
    QFETCH(double, winnerShare);
    QFETCH(double, enc);
    QFETCH(int, encReason);
    QFETCH(QString, encNote);

    QTemporaryDir dir;
    auto db = openDatabase(dir, false);
    QVERIFY(db);
    const ImportReport report = importFile(*db, corpus(file));
    QVERIFY2(report.ok, qPrintable(problems(report)));

    const qint64 raceId = scalar(*db, QStringLiteral(
        "SELECT r.id FROM race r JOIN territory t ON t.id = r.territory_id JOIN territory g ON g.id = t.region_id "
        "WHERE t.name = ? AND g.name_en = ?"), {territory, region}).toLongLong();
    QVERIFY2(raceId > 0, qPrintable(territory));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT t.level FROM race r JOIN territory t ON t.id = r.territory_id WHERE r.id = ?"),
                    {raceId}).toString(), territoryLevel);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT e.level FROM race r JOIN election e ON e.id = r.election_id WHERE r.id = ?"),
                    {raceId}).toString(), electionLevel);

    const auto race = Store(db->connection()).race(raceId);
    QVERIFY(race);
    const Metrics &m = race->metrics;
    // The winner is the candidate the file marks elected, and no one else.
    const QString named = m.winnerIndex >= 0 ? race->candidates.at(m.winnerIndex).name : QString();
    QCOMPARE(named, winner);
    const QVariant storedWinner = scalar(*db, QStringLiteral(
        "SELECT c.name FROM race_metrics m LEFT JOIN candidate c ON c.id = m.winner_id WHERE m.race_id = ?"), {raceId});
    QCOMPARE(storedWinner.toString(), winner);
    if (winnerShare == Missing) {
        QVERIFY(!m.winnerShare);
        QCOMPARE(int(m.reason(Metrics::Metric::WinnerShare)), winnerReason);
    } else {
        QVERIFY(m.winnerShare);
        QVERIFY2(std::abs(*m.winnerShare - winnerShare) < 1e-9, qPrintable(QString::number(*m.winnerShare)));
    }
    if (enc == Missing) {
        QVERIFY(!m.encLaaksoTaagepera);
        QVERIFY(!m.encGolosov);
        QVERIFY(!m.margin);
        QCOMPARE(int(m.reason(Metrics::Metric::EncLaaksoTaagepera)), encReason);
        QVERIFY2(m.explain(Metrics::Metric::EncLaaksoTaagepera).contains(encNote),
                 qPrintable(m.explain(Metrics::Metric::EncLaaksoTaagepera)));
        // Never 1.00 from a list of one.
        QVERIFY(scalar(*db, QStringLiteral("SELECT enc_laakso_taagepera FROM race_metrics WHERE race_id = ?"), {raceId}).isNull());
    } else {
        QVERIFY(m.encLaaksoTaagepera);
        QVERIFY2(std::abs(*m.encLaaksoTaagepera - enc) < 1e-5, qPrintable(QString::number(*m.encLaaksoTaagepera)));
        QVERIFY(std::abs(scalar(*db, QStringLiteral("SELECT enc_laakso_taagepera FROM race_metrics WHERE race_id = ?"),
                                {raceId}).toDouble() - enc) < 1e-5);
    }
    if (winner.isEmpty()) {
        // A complete list with no one elected: the margin of a victory no one won is not shown either.
        QVERIFY(!m.margin);
        QCOMPARE(int(m.reason(Metrics::Metric::Margin)), winnerReason);
        QVERIFY(!m.explain(Metrics::Metric::WinnerShare).isEmpty());
    }
}

void TestRealShapes::villageWithoutDistrictNamesTheRow()
{
    QTemporaryDir dir;
    auto db = openDatabase(dir, false);
    QVERIFY(db);
    const QString before = dumpDatabase(db->connection());
    const QString path = dir.filePath(QStringLiteral("village.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"Дата выборов;Область;Район;Населённый пункт;ФИО кандидата;Голоса;Избран\n"
               "25.07.2021;Костанайская область;Федоровский район;Пешковский сельский округ;Иванов Пётр;2100;да\n"
               "25.07.2021;Костанайская область;;Вишнёвый сельский округ;Сидоров Олег;1000;да\n"_qs.toUtf8());
    file.close();
    const ImportReport report = importFile(*db, path);
    QVERIFY(!report.ok);
    QCOMPARE(report.errors(), 1);
    const Problem &p = report.problems.first();
    QCOMPARE(p.line, 3);
    QCOMPARE(p.column, 4);
    QVERIFY2(p.message.contains(u"needs its district, and the district cell of this row is empty"_qs), qPrintable(p.message));
    QCOMPARE(dumpDatabase(db->connection()), before);
}

void TestRealShapes::cityOfTheDatabaseFoundWithoutDistrict()
{
    // The sample holds город Курчатов (a city of regional significance) and the Esil district of
    // North Kazakhstan: both are found with the district cell empty, nothing is created twice.
    QTemporaryDir dir;
    auto db = openDatabase(dir, true);
    QVERIFY(db);
    const qint64 territoriesBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM territory")).toLongLong();
    const ImportReport report = importFile(*db, corpus(QStringLiteral("ru_cp1251_cities_without_district.csv")));
    QVERIFY2(report.ok, qPrintable(problems(report)));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM territory WHERE name_ru = ? OR name = ?"),
                    {u"город Курчатов"_qs, u"город Курчатов"_qs}).toInt(), 1);
    // New: город Семей, Кармакшинский район, Акжарский сельский округ, Алгинский район, город Алга.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM territory")).toLongLong(), territoriesBefore + 5);
    // Kurchatov's 2023 race of the sample gets the file's figures.
    QCOMPARE(report.summary.racesUpdated, 1);
}

void TestRealShapes::sameDistrictNameInTwoRegions()
{
    QTemporaryDir dir;
    auto db = openDatabase(dir, false);
    QVERIFY(db);
    const ImportReport report = importFile(*db, corpus(QStringLiteral("kk_utf8_city_in_district_column.csv")));
    QVERIFY2(report.ok, qPrintable(problems(report)));
    // Есіл ауданы of North Kazakhstan and of Akmola are two districts.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(DISTINCT region_id) FROM territory WHERE name = ?"),
                    {u"Есіл ауданы"_qs}).toInt(), 2);
}

void TestRealShapes::userSaysTheListsAreComplete()
{
    // Kurchatov's one-candidate list, with no registered count and ballots that do not add up, is
    // complete when the user says so; Taskala's one of three registered candidates stays partial:
    // the user's word does not overrule a registered count.
    QTemporaryDir dir;
    auto db = openDatabase(dir, false);
    QVERIFY(db);
    Mapping mapping;
    mapping.candidateListsComplete = true;
    const ImportReport report = importFile(*db, corpus(QStringLiteral("en_xlsx_partial_lists.xlsx")), mapping);
    QVERIFY2(report.ok, qPrintable(problems(report)));
    const qint64 kurchatov = scalar(*db, QStringLiteral(
        "SELECT r.id FROM race r JOIN territory t ON t.id = r.territory_id WHERE t.name = 'Kurchatov city'")).toLongLong();
    QCOMPARE(scalar(*db, QStringLiteral("SELECT candidate_list_complete FROM race WHERE id = ?"), {kurchatov}).toInt(), 1);
    const auto race = Store(db->connection()).race(kurchatov);
    QVERIFY(race);
    QVERIFY(race->metrics.listComplete);
    QCOMPARE(*race->metrics.encLaaksoTaagepera, 1.0);
    QCOMPARE(int(race->metrics.reason(Metrics::Metric::Margin)), int(R::TooFewCandidates));
    QVERIFY(std::abs(scalar(*db, QStringLiteral("SELECT enc_laakso_taagepera FROM race_metrics WHERE race_id = ?"),
                            {kurchatov}).toDouble() - 1.0) < 1e-9);
    const qint64 taskala = scalar(*db, QStringLiteral(
        "SELECT r.id FROM race r JOIN territory t ON t.id = r.territory_id WHERE t.name = 'Taskala district'")).toLongLong();
    const auto partial = Store(db->connection()).race(taskala);
    QVERIFY(partial);
    QVERIFY(!partial->metrics.listComplete);
    QVERIFY(!partial->metrics.encLaaksoTaagepera);
    QCOMPARE(int(partial->metrics.reason(Metrics::Metric::EncLaaksoTaagepera)), int(R::PartialList));
}

void TestRealShapes::regionsByTheirOwnNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("english"); // the unit's English name
    const QString region = QStringLiteral("Almaty Region");
    const QString city = QStringLiteral("Almaty");
    QTest::newRow("en region") << "Almaty Region" << region;
    QTest::newRow("kk region") << u"Алматы облысы"_qs << region;
    QTest::newRow("ru region") << u"Алматинская область"_qs << region;
    QTest::newRow("ru region, short") << u"Алматинская обл."_qs << region;
    QTest::newRow("ISO letters, region") << "KZ-ALM" << region;
    QTest::newRow("ISO digits, region") << "KZ-19" << region;
    QTest::newRow("KATO code, region") << "190000000" << region;
    QTest::newRow("KATO code of a district, its region") << "194230000" << region;
    QTest::newRow("KATO code, two digits") << "19" << region;
    QTest::newRow("en city") << "Almaty" << city;
    QTest::newRow("en city, with its word") << "Almaty city" << city;
    QTest::newRow("ru city") << u"Алматы"_qs << city;
    QTest::newRow("ru city, with its word") << u"город Алматы"_qs << city;
    QTest::newRow("kk city") << u"Алматы қаласы"_qs << city;
    QTest::newRow("ISO letters, city") << "KZ-ALA" << city;
    QTest::newRow("ISO digits, city") << "KZ-75" << city;
    QTest::newRow("KATO code, city") << "750000000" << city;
    QTest::newRow("Shymkent") << u"Шымкент қаласы"_qs << "Shymkent";
    QTest::newRow("Shymkent, old name") << u"Чимкент"_qs << "Shymkent";
    QTest::newRow("Turkistan kk") << u"Түркістан облысы"_qs << "Turkistan";
    QTest::newRow("Turkistan ru") << u"Туркестанская область"_qs << "Turkistan";
    QTest::newRow("Turkistan ISO digits") << "KZ-61" << "Turkistan";
    QTest::newRow("Turkistan ISO letters, old") << "KZ-YUZ" << "Turkistan";
}

void TestRealShapes::regionsByTheirOwnNames()
{
    QFETCH(QString, name);
    QFETCH(QString, english);
    QTemporaryDir dir;
    auto db = openDatabase(dir, false);
    QVERIFY(db);
    TerritoryMatcher matcher(db->connection());
    QString error;
    QVERIFY2(matcher.load(&error), qPrintable(error));
    const TerritoryMatcher::Result r = matcher.matchRegion(name);
    QCOMPARE(int(r.status), int(TerritoryMatcher::Status::Matched));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT name_en FROM territory WHERE id = ?"), {r.id}).toString(), english);
    // The KATO code names the same unit.
    const QString kato = scalar(*db, QStringLiteral("SELECT kato FROM territory WHERE id = ?"), {r.id}).toString();
    QVERIFY(!kato.isEmpty());
    QCOMPARE(matcher.byKato(kato).value_or(0), r.id);
}

void TestRealShapes::nominationsAsSourcesWriteThem_data()
{
    QTest::addColumn<QString>("nomination");
    QTest::addColumn<QString>("party");  // short name; "self" for self-nominated; "" unknown
    QTest::newRow("Ak Zhol, ru full name") << u"Демократическая партия Казахстана «Ак жол»"_qs << "Ak Zhol";
    QTest::newRow("Ak Zhol, kk full name") << u"Қазақстанның «Ақ жол» демократиялық партиясы"_qs << "Ak Zhol";
    QTest::newRow("Ak Zhol, en full name") << "Democratic Party of Kazakhstan \"Ak Zhol\"" << "Ak Zhol";
    QTest::newRow("QHP, ru with abbreviation") << u"Народная партия Казахстана (НПК)"_qs << "QHP";
    QTest::newRow("QHP, ru abbreviation") << u"НПК"_qs << "QHP";
    QTest::newRow("QHP, en") << "People's Party of Kazakhstan" << "QHP";
    QTest::newRow("Auyl, quoted") << u"«Ауыл»"_qs << "Auyl";
    QTest::newRow("Auyl, kk full name") << u"«Ауыл» халықтық-демократиялық патриоттық партиясы"_qs << "Auyl";
    QTest::newRow("Respublica") << u"«Respublica»"_qs << "Respublica";
    QTest::newRow("AMANAT") << "AMANAT" << "AMANAT";
    QTest::newRow("AMANAT, ru") << u"партия «AMANAT»"_qs << "AMANAT";
    QTest::newRow("OSDP, abbreviation") << u"ОСДП"_qs << "JSDP";
    QTest::newRow("OSDP, ru full name with abbreviation")
        << u"Общенациональная социал-демократическая партия (ОСДП)"_qs << "JSDP";
    QTest::newRow("self, ru") << u"самовыдвижение"_qs << "self";
    QTest::newRow("self, kk") << u"өзін-өзі ұсыну"_qs << "self";
    QTest::newRow("self, en") << "self-nominated" << "self";
    QTest::newRow("unknown") << u"Движение «Болашак»"_qs << QString();
}

void TestRealShapes::nominationsAsSourcesWriteThem()
{
    QFETCH(QString, nomination);
    QFETCH(QString, party);
    QTemporaryDir dir;
    auto db = openDatabase(dir, false);
    QVERIFY(db);
    Catalog catalog(db->connection());
    const Catalog::Nomination n = catalog.resolveNomination(nomination, QDate(2024, 7, 28));
    if (party.isEmpty()) {
        QVERIFY(!n.known);
        return;
    }
    QVERIFY(n.known);
    if (party == QLatin1String("self")) {
        QVERIFY(n.selfNominated);
        return;
    }
    QCOMPARE(scalar(*db, QStringLiteral("SELECT short_name FROM party WHERE id = ?"), {n.partyId}).toString(), party);
}

void TestRealShapes::namesAsSourcesWriteThem()
{
    QTemporaryDir dir;
    auto db = openDatabase(dir, false);
    QVERIFY(db);
    // The Russian file creates Кармакшинский район; the mixed file names it "Karmakshy district".
    const ImportReport first = importFile(*db, corpus(QStringLiteral("ru_cp1251_cities_without_district.csv")));
    QVERIFY2(first.ok, qPrintable(problems(first)));
    const ImportReport report = importFile(*db, corpus(QStringLiteral("mixed_utf8_names_as_sources_write_them.csv")));
    QVERIFY2(report.ok, qPrintable(problems(report)));
    QCOMPARE(report.summary.races, 4);
    QCOMPARE(report.summary.candidatesNew, 8);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM territory t JOIN territory g ON g.id = t.region_id "
                                        "WHERE g.name_en = 'Kyzylorda' AND t.level = 'district'")).toInt(), 1);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT p.name FROM territory t JOIN territory p ON p.id = t.parent_id "
                                        "WHERE t.name = 'Kuandarya rural district'")).toString(), u"Кармакшинский район"_qs);
    // Almaty Region in four spellings and codes: one region, two districts, no ambiguity.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM territory t JOIN territory g ON g.id = t.region_id "
                                        "WHERE g.name_en = 'Almaty Region' AND t.level = 'district'")).toInt(), 2);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM territory t JOIN territory g ON g.id = t.region_id "
                                        "WHERE g.name_en = 'Almaty' AND t.id <> g.id")).toInt(), 0);
    // Every nomination but one is its party, or self-nomination; the unknown one is named.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidate WHERE party_id IS NULL AND self_nominated IS NULL "
                                        "AND batch_id = ?"), {report.batchId}).toInt(), 1);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT nomination FROM candidate WHERE name = ?"), {u"Бахтияр Юсупов"_qs}).toString(),
             u"Движение «Болашак»"_qs);
    int named = 0;
    for (const Problem &p : report.problems) {
        if (p.severity == Problem::Warning && p.message.contains(u"«Болашак»"_qs) && p.message.contains(u"nomination"_qs)) {
            ++named;
            QCOMPARE(p.line, 9);
        }
    }
    QCOMPARE(named, 1);
}

void TestRealShapes::publishedTotals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("day");
    QTest::addColumn<QString>("region");   // "" the country
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("figures");      // in the whole file
    const QString ru = QStringLiteral("ru_cp1251_totals_per_region.csv");
    QTest::newRow("ru, per region: races in the country") << ru << "2021-07-25" << "" << "races" << 730.0 << "count" << 9;
    QTest::newRow("ru, per region: turnout, decimal comma") << ru << "2021-07-25" << "" << "turnout" << 79.10 << "percent" << 9;
    QTest::newRow("ru, per region: voters, spaces in thousands")
        << ru << "2021-07-25" << "Atyrau" << "voters on lists" << 44305.0 << "count" << 9;
    QTest::newRow("ru, per region: registered candidates")
        << ru << "2021-07-25" << "Turkistan" << "candidates registered" << 210.0 << "count" << 9;
    const QString kk = QStringLiteral("kk_utf8_totals_per_figure.csv");
    QTest::newRow("kk, per figure: races") << kk << "2023-11-05" << "" << "races" << 45.0 << "count" << 5;
    QTest::newRow("kk, per figure: voters") << kk << "2023-11-05" << "" << "voters on lists" << 1062327.0 << "count" << 5;
    QTest::newRow("kk, per figure: turnout with %") << kk << "2023-11-05" << "Atyrau" << "turnout" << 56.0 << "percent" << 5;
    QTest::newRow("kk, per figure: polling stations") << kk << "2023-11-05" << "Atyrau" << "polling stations" << 34.0 << "count" << 5;
}

// A press release's totals import as published figures shown in the summary, never as races.
void TestRealShapes::publishedTotals()
{
    QFETCH(QString, file);
    QFETCH(QString, day);
    QFETCH(QString, region);
    QFETCH(QString, metric);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(int, figures);
    QTemporaryDir dir;
    auto db = openDatabase(dir, false);
    QVERIFY(db);
    const int races = scalar(*db, QStringLiteral("SELECT count(*) FROM race")).toInt();
    const ImportReport report = importFile(*db, corpus(file));
    QVERIFY2(report.ok, qPrintable(problems(report)));
    QCOMPARE(report.summary.publishedFigures, figures);
    QCOMPARE(report.summary.races, 0);
    QCOMPARE(report.summary.days, QStringList{day});
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM race")).toInt(), races);

    const Store store(db->connection());
    const qint64 territory = region.isEmpty()
        ? scalar(*db, QStringLiteral("SELECT id FROM territory WHERE level = 'country'")).toLongLong()
        : scalar(*db, QStringLiteral("SELECT id FROM territory WHERE name_en = ?"), {region}).toLongLong();
    QVERIFY(territory > 0);
    bool found = false;
    for (const PublishedFigure &f : store.publishedFigures(QDate::fromString(day, Qt::ISODate), territory)) {
        if (f.metric != metric)
            continue;
        found = true;
        QVERIFY(f.value);
        QCOMPARE(*f.value, value);
        QCOMPARE(f.unit, unit);
        QCOMPARE(f.sources.size(), 1); // every figure keeps its source
        QVERIFY(f.sources.first().startsWith(QLatin1String("https://")));
    }
    QVERIFY2(found, qPrintable(metric));
    // The day is listed even without races, and undo removes the figures.
    bool listed = false;
    for (const ElectionDay &d : store.electionDays())
        listed = listed || d.date == QDate::fromString(day, Qt::ISODate);
    QVERIFY(listed);
    QString why;
    QVERIFY2(Batches::undo(*db, report.batchId, &why), qPrintable(why));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM published_figure WHERE batch_id = ?"), {report.batchId}).toInt(), 0);
}

void TestRealShapes::racesAreNeverTakenForTotals_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<bool>("totals");
    QTest::newRow("a table of races without candidates")
        << QStringList{u"Дата"_qs, u"Область"_qs, u"Район"_qs, u"Избирателей"_qs, u"Явка, %"_qs} << false;
    QTest::newRow("candidates with a metric-like column")
        << QStringList{u"Регион"_qs, u"Кандидат"_qs, u"Голоса"_qs, u"Показатель"_qs, u"Значение"_qs} << false;
    QTest::newRow("regions with voters only (no count of races or candidates)")
        << QStringList{u"Регион"_qs, u"Избирателей"_qs, u"Явка"_qs} << false;
    QTest::newRow("one row per figure") << QStringList{"as_of_date", "region", "metric", "value", "unit"} << true;
    QTest::newRow("one row per region") << QStringList{u"Өңір"_qs, u"Сайлаулар саны"_qs, u"Қатысу"_qs} << true;
}

void TestRealShapes::racesAreNeverTakenForTotals()
{
    QFETCH(QStringList, header);
    QFETCH(bool, totals);
    QCOMPARE(Totals::recognise(header, Fields::matchHeaders(header)).has_value(), totals);
}

void TestRealShapes::totalsOfAnUnknownPlaceNameTheRow()
{
    QTemporaryDir dir;
    auto db = openDatabase(dir, false);
    QVERIFY(db);
    const QString path = dir.filePath(QStringLiteral("totals.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u8"date,region,metric,value\n2023-11-05,Kazakhstan,turnout,62.79\n2023-11-05,Atlantis,turnout,50\n");
    file.close();
    const QString before = dumpDatabase(db->connection());
    const ImportReport report = importFile(*db, path);
    QVERIFY(!report.ok);
    QCOMPARE(report.errors(), 1);
    QCOMPARE(report.problems.constFirst().line, 3);
    QCOMPARE(report.problems.constFirst().column, 2);
    QVERIFY(report.problems.constFirst().message.contains(QLatin1String("Atlantis")));
    QCOMPARE(dumpDatabase(db->connection()), before);
}

QTEST_GUILESS_MAIN(TestRealShapes)
// A races file (one row per race, with the level) and a candidates file of the same elections
// without the level column: every candidate joins the race of its day and territory, also where
// the level a default would give differs (Semey: a regional centre, not a city of regional
// significance).
void TestRealShapes::racesAndCandidatesInTwoFiles_data()
{
    QTest::addColumn<QString>("territory");      // the race's territory, as the races file writes it
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("level");
    QTest::addColumn<qint64>("voters");          // from the races file
    QTest::addColumn<qint64>("againstAll");
    QTest::addColumn<int>("candidates");         // from the candidates file
    QTest::addColumn<QString>("winner");
    QTest::addColumn<qint64>("winnerVotes");

    QTest::newRow("Karatobe District") << QStringLiteral("Каратобинский район") << QStringLiteral("2023-11-05")
                                       << QStringLiteral("district") << qint64(9800) << qint64(115) << 2
                                       << QStringLiteral("Қадыржан Сүйеуғалиев") << qint64(4329);
    QTest::newRow("Mamlyut District") << QStringLiteral("Мамлютский район") << QStringLiteral("2023-11-05")
                                      << QStringLiteral("district") << qint64(14200) << qint64(416) << 3
                                      << QStringLiteral("Елена Степаненко") << qint64(6817);
    QTest::newRow("Kurchatov") << QStringLiteral("город Курчатов") << QStringLiteral("2023-11-05")
                               << QStringLiteral("city_regional") << qint64(9800) << qint64(320) << 1
                               << QStringLiteral("Болат Әбдірәлиев") << qint64(4100);
    QTest::newRow("Semey, regional centre") << QStringLiteral("город Семей") << QStringLiteral("2025-10-12")
                                            << QStringLiteral("regional_centre") << qint64(236500) << qint64(3700) << 3
                                            << QStringLiteral("Сапаров Ерлан Бақытұлы") << qint64(77060);
}

void TestRealShapes::racesAndCandidatesInTwoFiles()
{
    QFETCH(QString, territory);
    QFETCH(QString, date);
    QFETCH(QString, level);
    QFETCH(qint64, voters);
    QFETCH(qint64, againstAll);
    QFETCH(int, candidates);
    QFETCH(QString, winner);
    QFETCH(qint64, winnerVotes);

    QTemporaryDir dir;
    auto db = openDatabase(dir, false);
    QVERIFY(db);
    const ImportReport races = importFile(*db, corpus(QStringLiteral("ru_cp1251_races_one_row_each.csv")));
    QVERIFY2(races.ok, qPrintable(problems(races)));
    QCOMPARE(races.summary.racesNew, 4);
    const ImportReport people = importFile(*db, corpus(QStringLiteral("kk_utf8_candidates_without_level.csv")));
    QVERIFY2(people.ok, qPrintable(problems(people)));
    QCOMPARE(people.summary.racesNew, 0);        // no race split in two
    QCOMPARE(people.summary.racesUpdated, 4);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM race")).toInt(), 4);

    const QString where = QStringLiteral(" FROM race r JOIN election e ON e.id = r.election_id JOIN territory t ON "
                                         "t.id = r.territory_id WHERE t.name = ? AND e.date = ?");
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*)") + where, {territory, date}).toInt(), 1);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT e.level") + where, {territory, date}).toString(), level);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT r.voters") + where, {territory, date}).toLongLong(), voters);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT r.against_all") + where, {territory, date}).toLongLong(), againstAll);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidate WHERE race_id = (SELECT r.id") + where
                             + QLatin1Char(')'), {territory, date}).toInt(), candidates);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT name FROM candidate WHERE elected = 1 AND race_id = (SELECT r.id") + where
                             + QLatin1Char(')'), {territory, date}).toString(), winner);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT votes FROM candidate WHERE elected = 1 AND race_id = (SELECT r.id") + where
                             + QLatin1Char(')'), {territory, date}).toLongLong(), winnerVotes);
}

// A file whose own level column says otherwise than the race of that day and territory: refused,
// in a sentence, and the database keeps one race.
void TestRealShapes::levelThatContradictsTheRaceIsRefused()
{
    QTemporaryDir dir;
    auto db = openDatabase(dir, false);
    QVERIFY(db);
    const ImportReport races = importFile(*db, corpus(QStringLiteral("ru_cp1251_races_one_row_each.csv")));
    QVERIFY2(races.ok, qPrintable(problems(races)));
    const QString path = dir.filePath(QStringLiteral("semey.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Date,Level,Region,District,Candidate,Votes\n"
                              "2025-10-12,city_regional,Abai Region,Semey,Сапаров Ерлан Бақытұлы,77060\n").toUtf8());
    file.close();
    const ImportReport report = importFile(*db, path);
    QVERIFY(!report.ok);
    QVERIFY2(problems(report).contains(QStringLiteral("one territory elects one akim on one day")),
             qPrintable(problems(report)));
    QCOMPARE(report.problems.constFirst().line, 2);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM race")).toInt(), 4);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidate")).toInt(), 0);
}

// Rural akims: the races file (Russian, Windows-1251) names each rural okrug with its district; the
// candidates file (Kazakh, UTF-8) names it without its district and without the level. Each
// candidate joins the race of its okrug (a name that is one okrug of the region), whether both
// files are imported in one step or one after the other; undoing the step removes both.
void TestRealShapes::ruralCandidatesWithoutDistrict_data()
{
    QTest::addColumn<bool>("oneStep");
    QTest::newRow("one step") << true;
    QTest::newRow("one after the other") << false;
}

void TestRealShapes::ruralCandidatesWithoutDistrict()
{
    QFETCH(bool, oneStep);
    QTemporaryDir dir;
    auto db = openDatabase(dir, false);
    QVERIFY(db);
    const int territoriesBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM territory")).toInt();
    const int batchesBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM import_batch")).toInt();
    ImportOptions races;
    races.path = corpus(QStringLiteral("ru_cp1251_rural_races_with_district.csv"));
    ImportOptions people;
    people.path = corpus(QStringLiteral("kk_utf8_rural_candidates_without_district.csv"));
    QList<ImportReport> reports;
    if (oneStep) {
        reports = Importer(*db).runAll({races, people});
    } else {
        reports.append(Importer(*db).run(races));
        reports.append(Importer(*db).run(people));
    }
    QCOMPARE(reports.size(), 2);
    QVERIFY2(reports.at(0).ok, qPrintable(problems(reports.at(0))));
    QVERIFY2(reports.at(1).ok, qPrintable(problems(reports.at(1))));
    QCOMPARE(reports.at(0).summary.racesNew, 4);
    QCOMPARE(reports.at(1).summary.racesNew, 0);      // no race split in two
    QCOMPARE(reports.at(1).summary.racesUpdated, 4);
    QCOMPARE(reports.at(1).summary.territoriesNew, 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM race")).toInt(), 4);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(DISTINCT territory_id) FROM race")).toInt(), 4);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidate")).toInt(), 9);

    struct Race
    {
        const char16_t *okrug;
        const char16_t *district;
        qint64 voters;
        qint64 againstAll;
        int candidates;
        const char16_t *winner;
        qint64 winnerVotes;
    };
    const Race expected[] = {
        {u"Дауылкольский сельский округ", u"Кармакшинский район", 2140, 38, 2, u"Ерлан Әбдіқадыров", 1012},
        {u"Жанажолский сельский округ", u"Кармакшинский район", 1870, 25, 3, u"Айгүл Тұрсынбаева", 798},
        {u"сельский округ Мырзабай ахун", u"Жалагашский район", 2630, 51, 2, u"Марат Есенов", 1205},
        {u"Бозкольский сельский округ", u"Казалинский район", 1450, 19, 2, u"Серік Қожахметов", 702},
    };
    const QString where = QStringLiteral(" FROM race r JOIN election e ON e.id = r.election_id JOIN territory t ON "
                                         "t.id = r.territory_id JOIN territory d ON d.id = t.parent_id "
                                         "WHERE t.name = ? AND d.name = ? AND e.date = '2024-11-17' AND e.level = 'rural'");
    for (const Race &race : expected) {
        const QVariantList at = {QString::fromUtf16(race.okrug), QString::fromUtf16(race.district)};
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*)") + where, at).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT r.voters") + where, at).toLongLong(), race.voters);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT r.against_all") + where, at).toLongLong(), race.againstAll);
        const QString ofRace = QStringLiteral(" AND race_id = (SELECT r.id") + where + QLatin1Char(')');
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidate WHERE 1") + ofRace, at).toInt(), race.candidates);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT name FROM candidate WHERE elected = 1") + ofRace, at).toString(),
                 QString::fromUtf16(race.winner));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT votes FROM candidate WHERE elected = 1") + ofRace, at).toLongLong(),
                 race.winnerVotes);
    }

    // Undo: one step goes whole, whichever of its batches is named; files imported one after the
    // other go one by one, the later first.
    QString why;
    if (oneStep) {
        QCOMPARE(Batches::step(*db, reports.at(0).batchId), (QList<qint64>{reports.at(0).batchId, reports.at(1).batchId}));
        QVERIFY2(Batches::undo(*db, reports.at(0).batchId, &why), qPrintable(why));
    } else {
        QCOMPARE(Batches::step(*db, reports.at(0).batchId), QList<qint64>{reports.at(0).batchId});
        QVERIFY(!Batches::undo(*db, reports.at(0).batchId, &why));
        QVERIFY2(Batches::undo(*db, reports.at(1).batchId, &why), qPrintable(why));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidate")).toInt(), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM race WHERE voters IS NOT NULL")).toInt(), 4);
        QVERIFY2(Batches::undo(*db, reports.at(0).batchId, &why), qPrintable(why));
    }
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM race")).toInt(), 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidate")).toInt(), 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM import_batch")).toInt(), batchesBefore);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM territory")).toInt(), territoriesBefore);
}

#include "tst_realshapes.moc"
