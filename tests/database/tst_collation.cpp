// SPDX-License-Identifier: GPL-3.0-or-later
// Names sort in the order of the Kazakh alphabet, in C++ and in SQL (COLLATE sailau), and the
// territory tree and the races table follow it.
#include "collation.h"
#include "database.h"
#include "sqlite/sqlitestatement.h"
#include "language.h"
#include "racequery.h"
#include "store.h"

#include "../common/testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau;

class TestCollation : public QObject
{
    Q_OBJECT
private slots:
    void pairs_data();
    void pairs();
    void sqlOrderMatches();
    void regionsInAlphabetOrder();
};

void TestCollation::pairs_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    // Each Kazakh letter right after its Russian neighbour, not after я.
    QTest::newRow("ә after а") << QStringLiteral("Алматы") << QStringLiteral("Әйтеке би");
    QTest::newRow("ә before б") << QStringLiteral("Әйтеке би") << QStringLiteral("Байқоңыр");
    QTest::newRow("ғ before д") << QStringLiteral("Ғабит") << QStringLiteral("Дала");
    QTest::newRow("қ after к") << QStringLiteral("Көкшетау") << QStringLiteral("Қарағанды");
    QTest::newRow("қ before ш") << QStringLiteral("Қызылорда") << QStringLiteral("Шымкент");
    QTest::newRow("ң before о") << QStringLiteral("Ңа") << QStringLiteral("Орал");
    QTest::newRow("ө before п") << QStringLiteral("Өскемен") << QStringLiteral("Павлодар");
    QTest::newRow("ұ ү before ф") << QStringLiteral("Ұлытау") << QStringLiteral("Үржар");
    QTest::newRow("ү before ф") << QStringLiteral("Үржар") << QStringLiteral("Федоровка");
    QTest::newRow("һ before ц") << QStringLiteral("Һ") << QStringLiteral("Целиноград");
    QTest::newRow("і after ы, before ь") << QStringLiteral("Ыстық") << QStringLiteral("Іле");
    QTest::newRow("case ignored first") << QStringLiteral("абай") << QStringLiteral("Ақсу");
    QTest::newRow("case decides last") << QStringLiteral("АБАЙ") << QStringLiteral("Абай");
    QTest::newRow("Latin before Cyrillic") << QStringLiteral("Zhetisu") << QStringLiteral("Абай");
    QTest::newRow("digits first") << QStringLiteral("2-й участок") << QStringLiteral("Абай");
    QTest::newRow("prefix first") << QStringLiteral("Есіл") << QStringLiteral("Есіл ауданы");
}

void TestCollation::pairs()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QVERIFY2(Collation::compare(before, after) < 0, qPrintable(before + QStringLiteral(" !< ") + after));
    QVERIFY(Collation::compare(after, before) > 0);
    QCOMPARE(Collation::compare(before, before), 0);
}

void TestCollation::sqlOrderMatches()
{
    QTemporaryDir dir;
    QString message;
    OpenError error;
    auto db = Database::open(dir.filePath(QStringLiteral("c.sqlite")), OpenOptions(), &error, &message);
    QVERIFY2(db, qPrintable(message));
    QStringList names{QStringLiteral("Шу"), QStringLiteral("Қарасай"), QStringLiteral("Көксу"), QStringLiteral("Іле"),
                      QStringLiteral("Ұйғыр"), QStringLiteral("Ыстық"), QStringLiteral("Әйтеке би"), QStringLiteral("Абай"),
                      QStringLiteral("Esil"), QStringLiteral("Өскемен"), QStringLiteral("Павлодар")};
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TABLE n (name TEXT)")));
    for (const QString &name : std::as_const(names)) {
        query.prepare(QStringLiteral("INSERT INTO n VALUES (?)"));
        query.addBindValue(name);
        QVERIFY(query.exec());
    }
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM n ORDER BY name COLLATE sailau")));
    QStringList fromSql;
    while (query.next())
        fromSql.append(query.value(0).toString());
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return Collation::compare(a, b) < 0; });
    QCOMPARE(fromSql, names);
    const QStringList expected{QStringLiteral("Esil"), QStringLiteral("Абай"), QStringLiteral("Әйтеке би"),
                               QStringLiteral("Көксу"), QStringLiteral("Қарасай"), QStringLiteral("Өскемен"),
                               QStringLiteral("Павлодар"), QStringLiteral("Ұйғыр"), QStringLiteral("Шу"),
                               QStringLiteral("Ыстық"), QStringLiteral("Іле")};
    QCOMPARE(fromSql, expected);
}

void TestCollation::regionsInAlphabetOrder()
{
    QTemporaryDir dir;
    auto db = SailauTest::sampleDatabase(dir);
    QVERIFY(db);
    setDisplayLanguage(Language::Kazakh);
    const QList<TerritoryInfo> regions = Store(db->connection()).regions();
    setDisplayLanguage(Language::English);
    QVERIFY(regions.size() >= 20);
    for (int i = 1; i < regions.size(); ++i) {
        const QString a = regions.at(i - 1).nameKk.isEmpty() ? regions.at(i - 1).name : regions.at(i - 1).nameKk;
        const QString b = regions.at(i).nameKk.isEmpty() ? regions.at(i).name : regions.at(i).nameKk;
        QVERIFY2(Collation::compare(a, b) <= 0, qPrintable(a + QStringLiteral(" before ") + b));
    }
}

QTEST_GUILESS_MAIN(TestCollation)
#include "tst_collation.moc"
