// SPDX-License-Identifier: GPL-3.0-or-later
#include "textkey.h"

#include <QTest>

using namespace Sailau;

class TestTextKey : public QObject
{
    Q_OBJECT
private slots:
    void searchFindsName_data();
    void searchFindsName();
    void foldIsLatinSkeleton_data();
    void foldIsLatinSkeleton();
    void territoryKeysAgree_data();
    void territoryKeysAgree();
    void territoryKeysDiffer();
    void searchKeyJoinsDistinctNames();
    void distanceIsCapped();
    void escapeLike();
};

void TestTextKey::searchFindsName_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("found");

    QTest::newRow("cyrillic lower case prefix") << u"есиль"_qs << u"Есильский район"_qs << true;
    QTest::newRow("cyrillic upper case") << u"ЕСИЛЬСКИЙ"_qs << u"Есильский район"_qs << true;
    QTest::newRow("latin spelling") << u"Esil"_qs << u"Есильский район"_qs << true;
    QTest::newRow("kazakh spelling") << u"Есіл"_qs << u"Есильский район"_qs << true;
    QTest::newRow("kazakh name, russian query") << u"есиль"_qs << u"Есіл ауданы"_qs << true;
    QTest::newRow("latin look-alike i in cyrillic") << u"Солтүстiк"_qs << u"Солтүстік Қазақстан облысы"_qs << true;
    QTest::newRow("latin look-alike A in cyrillic") << u"Aршалы"_qs << u"Аршалинский район"_qs << true;
    QTest::newRow("kazakh letters folded") << u"кызылорда"_qs << u"Қызылорда облысы"_qs << true;
    QTest::newRow("kazakh latin 2018 alphabet") << u"Qyzylorda"_qs << u"Қызылорда облысы"_qs << true;
    QTest::newRow("diacritic dropped, other spelling") << u"Túrkistan"_qs << u"Туркестанская область"_qs << false;
    QTest::newRow("diacritic dropped") << u"Túrkistan"_qs << u"Түркістан облысы"_qs << true;
    QTest::newRow("turkistan kazakh") << u"Түркістан"_qs << u"Turkistan Region"_qs << true;
    QTest::newRow("yo folds to e") << u"Федоровский"_qs << u"Фёдоровский район"_qs << true;
    QTest::newRow("soft sign ignored") << u"Сырдарьинский"_qs << u"Сырдаринский"_qs << true;
    QTest::newRow("different name") << u"Мамлют"_qs << u"Есильский район"_qs << false;
    QTest::newRow("punctuation becomes space") << u"Западно-Казахстанская"_qs << u"Западно Казахстанская область"_qs << true;
}

void TestTextKey::searchFindsName()
{
    QFETCH(QString, query);
    QFETCH(QString, name);
    QFETCH(bool, found);
    const QString key = TextKey::searchKey({name});
    QCOMPARE(key.contains(TextKey::fold(query)), found);
}

void TestTextKey::foldIsLatinSkeleton_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("russian") << u"Есильский район"_qs << u"esilskii raion"_qs;
    QTest::newRow("kazakh letters") << u"ә ғ қ ң ө ұ ү һ і"_qs << u"a g k n o u u h i"_qs;
    QTest::newRow("latin mixed into cyrillic") << u"Солтүстiк"_qs << u"soltustik"_qs;
    QTest::newRow("kazakh latin") << u"Barlyǵyna qarsy"_qs << u"barligina karsi"_qs;
    QTest::newRow("quotes and dashes") << u"«Ақ жол» — партия"_qs << u"ak zhol partiia"_qs;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("digits kept") << u"Участок №12"_qs << u"uchastok 12"_qs;
}

void TestTextKey::foldIsLatinSkeleton()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextKey::fold(text), folded);
}

void TestTextKey::territoryKeysAgree_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("Жетысу / Жетісу") << u"область Жетысу"_qs << u"область Жетісу"_qs;
    QTest::newRow("russian / kazakh region") << u"область Жетісу"_qs << u"Жетісу облысы"_qs;
    QTest::newRow("cyrillic / english region") << u"Жетісу облысы"_qs << u"Zhetisu Region"_qs;
    QTest::newRow("english spelling with y") << u"Zhetysu"_qs << u"область Жетісу"_qs;
    QTest::newRow("district forms") << u"Есильский район"_qs << u"Есіл ауданы"_qs;
    QTest::newRow("district english") << u"Esil District"_qs << u"Есильский район"_qs;
    QTest::newRow("word order") << u"район Есильский"_qs << u"Есильский район"_qs;
    QTest::newRow("city") << u"город Курчатов"_qs << u"Курчатов қаласы"_qs;
    QTest::newRow("case") << u"МАМЛЮТСКИЙ РАЙОН"_qs << u"Мамлютский район"_qs;
    QTest::newRow("latin look-alike") << u"Aршалинский район"_qs << u"Аршалинский район"_qs;
}

void TestTextKey::territoryKeysAgree()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(TextKey::territoryMatchKey(a), TextKey::territoryMatchKey(b));
}

void TestTextKey::territoryKeysDiffer()
{
    QVERIFY(TextKey::territoryMatchKey(u"Мамлютский район"_qs) != TextKey::territoryMatchKey(u"Есильский район"_qs));
    QVERIFY(TextKey::territoryMatchKey(u"Актогайский район"_qs) != TextKey::territoryMatchKey(u"Алтайский район"_qs));
    // A name that is only a unit word keeps its letters instead of becoming empty.
    QVERIFY(!TextKey::territoryMatchKey(u"Район"_qs).isEmpty());
}

void TestTextKey::searchKeyJoinsDistinctNames()
{
    const QString key = TextKey::searchKey({u"Есіл ауданы"_qs, u"Есіл ауданы"_qs, QString(), u"Esil District"_qs});
    QCOMPARE(key, u"|esil audani|esil district|"_qs);
    QCOMPARE(TextKey::searchKey({}), QString());
}

void TestTextKey::distanceIsCapped()
{
    QCOMPARE(TextKey::distance(u"kitten", u"sitting"), 3);
    QCOMPARE(TextKey::distance(u"same", u"same"), 0);
    QCOMPARE(TextKey::distance(u"", u"abc"), 3);
    QCOMPARE(TextKey::distance(u"a", u"abcdefghijklmnop", 4), 5);
}

void TestTextKey::escapeLike()
{
    QCOMPARE(TextKey::escapeLike(u"50%_a\\b"), u"50\\%\\_a\\\\b"_qs);
}

QTEST_APPLESS_MAIN(TestTextKey)
#include "tst_textkey.moc"
