// SPDX-License-Identifier: GPL-3.0-or-later
// Territory names as rows write them → the territory they mean or one to create, checked alone
// against the database of the bundled sample.
#include "datasetloader.h"
#include "importcontext.h"
#include "territoryresolver.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau;
using namespace Sailau::Import;

class TestTerritoryResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void territoryRef();
    void resolve_data();
    void resolve();
    void repeatedNamesAreCountedNotAskedAgain();
    void choiceOverridesTheMatch();
    void districtInAnotherLanguage_data();
    void districtInAnotherLanguage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTerritoryResolver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString message;
    m_db = DatasetLoader::openOrCreate(m_dir.filePath(QStringLiteral("sample.sqlite")), true, &message);
    QVERIFY2(m_db, qPrintable(message));
}

void TestTerritoryResolver::territoryRef()
{
    const TerritoryRef none;
    QVERIFY(none.isNull());
    QVERIFY(!none.isExisting() && !none.isToCreate());
    const TerritoryRef existing = TerritoryRef::existing(42);
    QVERIFY(existing.isExisting());
    QCOMPARE(existing.id(), qint64(42));
    QVERIFY(TerritoryRef::existing(0).isNull());
    const TerritoryRef created = TerritoryRef::toCreate(0);
    QVERIFY(created.isToCreate() && !created.isNull());
    QCOMPARE(created.createIndex(), size_t(0));
    QCOMPARE(created.id(), qint64(0));
    QCOMPARE(TerritoryRef::toCreate(7).createIndex(), size_t(7));
    QVERIFY(TerritoryRef::toCreate(0) != TerritoryRef::existing(1));
    QVERIFY(TerritoryRef::toCreate(3) == TerritoryRef::toCreate(3));
    QCOMPARE(qHash(TerritoryRef::toCreate(3), 1), qHash(TerritoryRef::toCreate(3), 1));
}

void TestTerritoryResolver::resolve_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("settlement");
    QTest::addColumn<QString>("kato");
    QTest::addColumn<QString>("kind");        // "existing", "create" or "none"
    QTest::addColumn<QString>("pathEnd");     // of the territory's path (English names where the database has them)
    QTest::addColumn<int>("issues");          // entries in the report
    QTest::addColumn<int>("toCreate");
    QTest::addColumn<int>("errorColumn");     // -1: no error
    QTest::addColumn<QString>("fragment");

    QTest::newRow("an existing district") << u"Костанайская область"_qs << u"Федоровский район"_qs << QString() << QString()
                                          << "existing" << u"Fedorov District"_qs << 2 << 0 << -1 << QString();
    QTest::newRow("a district spelt with Latin look-alikes") << u"Костанайская область"_qs << u"Фeдopoвcкий район"_qs
                                                             << QString() << QString() << "existing"
                                                             << u"Fedorov District"_qs << 2 << 0 << -1 << QString();
    QTest::newRow("a new okrug in an existing district") << u"Костанайская область"_qs << u"Федоровский район"_qs
                                                         << u"Округ Тестовый"_qs << QString() << "create"
                                                         << u"Fedorov District / Округ Тестовый"_qs << 3 << 1 << -1
                                                         << QString();
    QTest::newRow("a village in a new district") << u"Костанайская область"_qs << u"Новый район"_qs << u"село Тест"_qs
                                                 << QString() << "create" << u"Новый район / село Тест"_qs << 2 << 2
                                                 << -1 << QString();
    QTest::newRow("an unknown region") << u"Нет такой области"_qs << QString() << QString() << QString() << "none"
                                       << QString() << 1 << 0 << 2 << "is not a region";
    QTest::newRow("a district without a region, unknown") << QString() << u"Неведомый район"_qs << QString() << QString()
                                                           << "none" << QString() << 1 << 0 << 3 << "without a region";
    QTest::newRow("no names at all") << QString() << QString() << QString() << QString() << "none" << QString() << 0 << 0
                                     << 0 << "names no territory";
    QTest::newRow("an unknown KATO code alone") << QString() << QString() << QString() << u"999999999"_qs << "none"
                                                << QString() << 0 << 0 << 5 << "KATO code 999999999";
    QTest::newRow("a village without its district") << u"Костанайская область"_qs << QString() << u"село Тест"_qs
                                                    << QString() << "none" << QString() << 1 << 0 << 4
                                                    << "needs its district";
}

void TestTerritoryResolver::resolve()
{
    QFETCH(QString, region);
    QFETCH(QString, district);
    QFETCH(QString, settlement);
    QFETCH(QString, kato);
    QFETCH(QString, kind);
    QFETCH(QString, pathEnd);
    QFETCH(int, issues);
    QFETCH(int, toCreate);
    QFETCH(int, errorColumn);
    QFETCH(QString, fragment);

    ImportOptions options;
    ImportReport report;
    ImportContext context(m_db->connection(), options, report);
    context.setLine(12);
    TerritoryResolver resolver(context, {2, 3, 4, 5});
    QString why;
    QVERIFY2(resolver.load(&why), qPrintable(why));

    const TerritoryRef ref = resolver.resolve(region, district, settlement, kato, QString());
    QCOMPARE(ref.isExisting() ? QStringLiteral("existing") : ref.isToCreate() ? QStringLiteral("create")
                                                                               : QStringLiteral("none"),
             kind);
    if (!pathEnd.isEmpty())
        QVERIFY2(resolver.path(ref).endsWith(pathEnd), qPrintable(resolver.path(ref)));
    QCOMPARE(int(report.territories.size()), issues);
    QCOMPARE(int(resolver.toCreate().size()), toCreate);
    if (ref.isToCreate()) {
        QCOMPARE(resolver.fresh(), ref);
        QCOMPARE(resolver.toCreate(ref).firstLine, quint32(12));
    }
    for (const TerritoryIssue &t : std::as_const(report.territories)) {
        QCOMPARE(t.firstLine, qint64(12));
        QCOMPARE(t.rows, 1);
    }
    if (errorColumn < 0) {
        QCOMPARE(report.errorCount, qint64(0));
        return;
    }
    QCOMPARE(report.errorCount, qint64(1));
    QCOMPARE(report.problems.first().line, qint64(12));
    QCOMPARE(report.problems.first().column, errorColumn);
    QVERIFY2(report.problems.first().message.contains(fragment), qPrintable(report.problems.first().message));
}

void TestTerritoryResolver::repeatedNamesAreCountedNotAskedAgain()
{
    ImportOptions options;
    ImportReport report;
    ImportContext context(m_db->connection(), options, report);
    TerritoryResolver resolver(context, {1, 2, 3, 0});
    QString why;
    QVERIFY(resolver.load(&why));
    const QString region = u"Костанайская область"_qs;
    const QString district = u"Новый район"_qs;
    context.setLine(2);
    const TerritoryRef first = resolver.resolve(region, district, u"село А"_qs, QString(), QString());
    context.setLine(3);
    QCOMPARE(resolver.resolve(region, district, u"село А"_qs, QString(), QString()), first);
    QVERIFY(resolver.fresh() == first); // no other unit was added on this row
    context.setLine(4);
    const TerritoryRef second = resolver.resolve(region, district, u"село Б"_qs, QString(), QString());
    QVERIFY(second != first);
    QCOMPARE(resolver.toCreate(second).parent, resolver.toCreate(first).parent);
    context.setLine(5);
    QCOMPARE(resolver.resolve(region, district, u"село  а"_qs, QString(), QString()), first); // the same match key
    QCOMPARE(int(resolver.toCreate().size()), 3); // the district and two villages
    QCOMPARE(int(report.territories.size()), 2);  // the region and the new district: the villages need no choice
    for (const TerritoryIssue &t : std::as_const(report.territories))
        QCOMPARE(t.rows, 4);
    QCOMPARE(report.errorCount, qint64(0));

    resolver.warnAboutNew();
    QCOMPARE(report.warningCount, qint64(2)); // the new district by name, then the count
    QVERIFY(report.problems.last().message.contains(QStringLiteral("3 territories")));
}

void TestTerritoryResolver::choiceOverridesTheMatch()
{
    ImportOptions options;
    ImportReport report;
    {
        ImportContext context(m_db->connection(), options, report);
        TerritoryResolver resolver(context, {1, 2, 0, 0});
        QString why;
        QVERIFY(resolver.load(&why));
        QVERIFY(resolver.resolve(u"Костанайская область"_qs, u"Новый район"_qs, QString(), QString(), QString()).isToCreate());
    }
    const TerritoryIssue district = report.territories.at(1);
    QCOMPARE(district.status, TerritoryMatcher::Status::New);
    // The user says the new name is an existing district.
    ImportReport second;
    ImportOptions chosen;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM territory WHERE name = 'Федоровский район'")) && q.next());
    const qint64 fedorovka = q.value(0).toLongLong();
    chosen.territoryChoices.insert(district.key, fedorovka);
    ImportContext context(m_db->connection(), chosen, second);
    TerritoryResolver resolver(context, {1, 2, 0, 0});
    QString why;
    QVERIFY(resolver.load(&why));
    const TerritoryRef ref = resolver.resolve(u"Костанайская область"_qs, u"Новый район"_qs, QString(), QString(), QString());
    QVERIFY(ref.isExisting());
    QCOMPARE(ref.id(), fedorovka);
    QCOMPARE(second.territories.at(1).matchedId, fedorovka);
    QVERIFY(resolver.toCreate().empty());
}

// A district the database holds under one name, and a file that names it in another language or
// transliteration: matched when it is the same district (a Kazakh or English noun and the Russian
// adjective of it), never when it is another district of the region.
void TestTerritoryResolver::districtInAnotherLanguage_data()
{
    QTest::addColumn<QString>("regionName");
    QTest::addColumn<QString>("held");     // the district as the database holds it
    QTest::addColumn<QString>("written");  // as the file writes it
    QTest::addColumn<bool>("same");

    const QString kyzylorda = u"Кызылординская область"_qs;
    const QString turkistan = u"Туркестанская область"_qs;
    QTest::newRow("kk noun → ru adjective") << kyzylorda << u"Кармакшинский район"_qs << u"Қармақшы ауданы"_qs << true;
    QTest::newRow("English noun → ru adjective") << kyzylorda << u"Кармакшинский район"_qs << u"Karmakshy district"_qs << true;
    QTest::newRow("Kazakh Latin → ru adjective") << kyzylorda << u"Кармакшинский район"_qs << u"Qarmaqshy audany"_qs << true;
    QTest::newRow("transliterated adjective → ru") << kyzylorda << u"Кармакшинский район"_qs << u"Karmakshinskiy rayon"_qs << true;
    QTest::newRow("ru adjective → kk noun") << kyzylorda << u"Қармақшы ауданы"_qs << u"Кармакшинский район"_qs << true;
    QTest::newRow("transliterated adjective → kk") << kyzylorda << u"Қармақшы ауданы"_qs << u"Karmakshinsky district"_qs << true;
    QTest::newRow("ru abbreviation → kk") << kyzylorda << u"Қармақшы ауданы"_qs << u"Кармакшинский р-н"_qs << true;
    QTest::newRow("-ия → -ьинский") << kyzylorda << u"Сырдарьинский район"_qs << u"Сырдария ауданы"_qs << true;
    QTest::newRow("English -iya → -ьинский") << kyzylorda << u"Сырдарьинский район"_qs << u"Syrdariya district"_qs << true;
    QTest::newRow("-і → -ийский") << kyzylorda << u"Шиелийский район"_qs << u"Шиелі ауданы"_qs << true;
    QTest::newRow("-ийский → -i") << kyzylorda << u"Shieli district"_qs << u"Шиелийский район"_qs << true;
    QTest::newRow("-а → -инский") << turkistan << u"Шардаринский район"_qs << u"Шардара ауданы"_qs << true;
    QTest::newRow("-ы → -инский") << turkistan << u"Ордабасы ауданы"_qs << u"Ордабасинский район"_qs << true;
    QTest::newRow("another district, kk") << kyzylorda << u"Кармакшинский район"_qs << u"Қазалы ауданы"_qs << false;
    QTest::newRow("another district, ru") << kyzylorda << u"Қармақшы ауданы"_qs << u"Казалинский район"_qs << false;
    QTest::newRow("another district, English") << kyzylorda << u"Жалагашский район"_qs << u"Zhanakorgan district"_qs << false;
    QTest::newRow("a shorter noun") << kyzylorda << u"Кармакшинский район"_qs << u"Кармак ауданы"_qs << false;
    QTest::newRow("another adjective stem") << kyzylorda << u"Шиелі ауданы"_qs << u"Шилийский район"_qs << false;
    QTest::newRow("two nouns, another final vowel") << kyzylorda << u"Ақсу ауданы"_qs << u"Аксай ауданы"_qs << false;
    QTest::newRow("noun and another adjective") << kyzylorda << u"Ақсу ауданы"_qs << u"Аксайский район"_qs << false;
    QTest::newRow("two adjectives") << kyzylorda << u"Аксуский район"_qs << u"Аксинский район"_qs << false;
    QTest::newRow("another river") << kyzylorda << u"Сырдарьинский район"_qs << u"Сырым ауданы"_qs << false;
}

void TestTerritoryResolver::districtInAnotherLanguage()
{
    QFETCH(QString, regionName);
    QFETCH(QString, held);
    QFETCH(QString, written);
    QFETCH(bool, same);

    TerritoryMatcher matcher(m_db->connection());
    QString why;
    QVERIFY2(matcher.load(&why), qPrintable(why));
    const TerritoryMatcher::Result region = matcher.matchRegion(regionName);
    QCOMPARE(region.status, TerritoryMatcher::Status::Matched);
    // A region of its own, with only this district: the sample's districts (Сырдарьинский,
    // Шиелийский with their Kazakh and English names) would match before the rule is asked.
    TerritoryMatcher::Entry parent;
    parent.id = 1000000;
    parent.parentId = matcher.entry(region.id)->parentId;
    parent.level = QStringLiteral("region");
    parent.name = regionName + QStringLiteral(" (test)");
    matcher.add(parent);
    TerritoryMatcher::Entry district;
    district.id = 1000001;
    district.parentId = parent.id;
    district.level = QStringLiteral("district");
    district.name = held;
    matcher.add(district);
    const TerritoryMatcher::Result r = matcher.matchChild(parent.id, written);
    if (same) {
        QCOMPARE(r.status, TerritoryMatcher::Status::Matched);
        QCOMPARE(r.id, district.id);
    } else {
        QVERIFY(r.status != TerritoryMatcher::Status::Matched || r.id != district.id);
    }
}

QTEST_GUILESS_MAIN(TestTerritoryResolver)
#include "tst_territoryresolver.moc"
