// SPDX-License-Identifier: GPL-3.0-or-later
#include "textkey.h"

#include <QRandomGenerator>
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
    void foldAgreesWithGeneralRule_data();
    void foldAgreesWithGeneralRule();
    void territoryKeysAgree_data();
    void territoryKeysAgree();
    void territoryKeysDiffer();
    void territoryKeyDropsUnitWords_data();
    void territoryKeyDropsUnitWords();
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

namespace {

bool isMark(QChar c)
{
    const auto category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

// fold() character by character, as it was written before it looked characters up in a table:
// the fast path must give the same key for every text.
QString referenceFold(QStringView text)
{
    auto skeletonOf = [](char16_t c) -> QString {
        static const QHash<char16_t, QString> map = [] {
            QHash<char16_t, QString> m;
            const std::pair<const char16_t *, const char *> groups[] = {
                {u"аә", "a"}, {u"б", "b"}, {u"в", "v"}, {u"гғ", "g"}, {u"д", "d"}, {u"еёэє", "e"}, {u"ж", "zh"},
                {u"з", "z"}, {u"ийіыї", "i"}, {u"кқ", "k"}, {u"л", "l"}, {u"м", "m"}, {u"нң", "n"}, {u"оө", "o"},
                {u"п", "p"}, {u"р", "r"}, {u"с", "s"}, {u"т", "t"}, {u"уұүў", "u"}, {u"ф", "f"}, {u"х", "kh"},
                {u"һ", "h"}, {u"ц", "ts"}, {u"ч", "ch"}, {u"шщ", "sh"}, {u"ъь", ""}, {u"ю", "iu"}, {u"я", "ia"},
                {u"yı", "i"}, {u"ý", "u"}, {u"q", "k"}, {u"j", "zh"}, {u"w", "u"}, {u"ä", "a"}, {u"ö", "o"},
                {u"üū", "u"}, {u"ğ", "g"}, {u"ñ", "n"}, {u"ş", "sh"}, {u"ç", "ch"}};
            for (const auto &[letters, skeleton] : groups) {
                for (const char16_t *l = letters; *l; ++l)
                    m.insert(*l, QString::fromLatin1(skeleton));
            }
            return m;
        }();
        return map.value(c, QString());
    };
    auto hasSkeleton = [](char16_t c, const QString &s) { return !s.isNull() || c == u'ъ' || c == u'ь'; };
    // A word (letters, marks, invisible characters) with a Cyrillic letter in it reads its Latin
    // look-alikes as the Cyrillic letters they look like.
    QString unmixed = text.toString();
    {
        const QString latin = QStringLiteral("AaBCcEeHIiKkMOoPpTXxYy");
        const QString cyrillic = u"АаВСсЕеНІіКкМОоРрТХхУу"_qs;
        auto inWord = [](QChar c) { return c.isLetter() || c.isMark() || c.category() == QChar::Other_Format; };
        for (qsizetype start = 0; start < unmixed.size();) {
            qsizetype end = start;
            bool hasCyrillic = false;
            while (end < unmixed.size() && inWord(unmixed.at(end))) {
                hasCyrillic = hasCyrillic || (unmixed.at(end).unicode() >= 0x0400 && unmixed.at(end).unicode() <= 0x04FF);
                ++end;
            }
            for (qsizetype i = start; hasCyrillic && i < end; ++i) {
                const qsizetype at = latin.indexOf(unmixed.at(i));
                if (at >= 0)
                    unmixed[i] = cyrillic.at(at);
            }
            start = end == start ? start + 1 : end;
        }
    }
    text = unmixed;
    QString composed;
    for (QChar c : text) {
        if (c.unicode() >= 0x0300 && isMark(c)) {
            composed = text.toString().normalized(QString::NormalizationForm_C);
            text = composed;
            break;
        }
    }
    QString out;
    bool pendingSpace = false;
    auto append = [&](const QString &piece) {
        if (piece.isEmpty())
            return;
        if (pendingSpace && !out.isEmpty())
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += piece;
    };
    for (QChar original : text) {
        const char16_t u = original.unicode();
        if (u < 0x80) {
            if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')) {
                const char16_t lower = u | 0x20;
                const QString skeleton = skeletonOf(lower);
                append(skeleton.isNull() ? QString(QChar(lower)) : skeleton);
            } else if (u >= u'0' && u <= u'9') {
                append(QString(original));
            } else {
                pendingSpace = true;
            }
            continue;
        }
        if (original.category() == QChar::Other_Format)
            continue; // invisible: not part of the name
        const QChar c = original.toCaseFolded();
        const QString skeleton = skeletonOf(c.unicode());
        if (hasSkeleton(c.unicode(), skeleton)) {
            append(skeleton);
            continue;
        }
        if (c.decompositionTag() == QChar::Canonical) {
            const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
            for (QChar d : decomposed) {
                if (isMark(d))
                    continue;
                const char16_t f = d.toCaseFolded().unicode();
                const QString s = skeletonOf(f);
                if (hasSkeleton(f, s))
                    append(s);
                else if (d.isLetterOrNumber())
                    append(QString(d));
            }
            continue;
        }
        if (c.isLetterOrNumber())
            append(QString(c));
        else if (!isMark(c))
            pendingSpace = true;
    }
    return out;
}

} // namespace

void TestTextKey::foldAgreesWithGeneralRule_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("names") << u"Жұмабеков Сәуле Өркенқызы"_qs;
    QTest::newRow("upper case kazakh") << u"ӘҒҚҢӨҰҮҺІ ЁЙЪЬ"_qs;
    QTest::newRow("soft sign between words") << u"ь ь Ъ-ъ"_qs;
    QTest::newRow("combining acute") << u"Тu\u0301rkistan"_qs;
    QTest::newRow("combining only") << u"\u0301\u0483 a"_qs;
    QTest::newRow("latin diacritics") << u"Ǖ ǖ ǘ Ő ő Ł ł ß ẞ İ ı Ŀ ŉ ǅ"_qs;
    QTest::newRow("greek and armenian") << u"Ωμέγα Աբ"_qs;
    QTest::newRow("beyond the table") << u"ᴀ ﬁ Ａｂ ① ²"_qs;
    QTest::newRow("surrogates") << u"a\U0001D400b \U0001F600 c"_qs;
    QTest::newRow("lone surrogate") << u"x"_qs + QChar(0xD800) + u"y"_qs;
    QTest::newRow("punctuation only") << u" «—» ,.;"_qs;
    QTest::newRow("digits") << u"№12/3 ٣"_qs;
    // Every character of the table's range, one at a time and between letters.
    for (char16_t u = 0; u < 0x0500; u += 0x40) {
        QString all;
        for (char16_t c = u; c < u + 0x40; ++c) {
            all += QChar(c);
            all += u"a "_qs;
            all += QChar(c);
        }
        QTest::newRow(qPrintable(QStringLiteral("range %1").arg(int(u), 4, 16, QLatin1Char('0')))) << all;
    }
    // Random text from letters, marks and punctuation that names hold.
    const QString alphabet = u"аәбвгғдеёжзийіклмнңоөпрсстуұүфхһцчшщъыьэюяАӘБВГҒДЕЁЖЗИЙІКЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫЬЭЮЯ"
                             u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZáéíóúüöäçşğıİǵńúýÁÉ0123456789"
                             u" -.,/()«»\"'№\u0301\u0308\u00A0\u2014\u200B\u00AD\uFEFF"_qs;
    QRandomGenerator random(2023);
    for (int i = 0; i < 200; ++i) {
        QString text;
        const int length = int(random.bounded(1, 40));
        for (int j = 0; j < length; ++j)
            text += alphabet.at(int(random.bounded(int(alphabet.size()))));
        QTest::newRow(qPrintable(QStringLiteral("random %1").arg(i))) << text;
    }
}

void TestTextKey::foldAgreesWithGeneralRule()
{
    QFETCH(QString, text);
    QCOMPARE(TextKey::fold(text), referenceFold(text));
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
    QTest::newRow("zero-width space") << u"Акко\u200Bльский район"_qs << u"Аккольский район"_qs;
    QTest::newRow("soft hyphen") << u"Акколь\u00ADский район"_qs << u"Аккольский район"_qs;
    QTest::newRow("byte order mark and word joiner") << u"\uFEFFАккольский\u2060 район"_qs << u"Аккольский район"_qs;
    QTest::newRow("latin c and p in cyrillic") << u"Аккольcкий paйон"_qs << u"Аккольский район"_qs;
    QTest::newRow("latin A and o in cyrillic") << u"Aккoльский район"_qs << u"Аккольский район"_qs;
    QTest::newRow("latin e, x, y in cyrillic") << u"Кeгeнский"_qs << u"Кегенский район"_qs;
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
    // Latin names stay Latin: "p" is not "r" outside a Cyrillic word.
    QVERIFY(TextKey::territoryMatchKey(u"Pavlodar"_qs) == TextKey::territoryMatchKey(u"Павлодар"_qs));
    QVERIFY(TextKey::territoryMatchKey(u"Pavlodar"_qs) != TextKey::territoryMatchKey(u"Равлодар"_qs));
    // A name that is only a unit word keeps its letters instead of becoming empty.
    QVERIFY(!TextKey::territoryMatchKey(u"Район"_qs).isEmpty());
}

void TestTextKey::territoryKeyDropsUnitWords_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("one letter") << u"г. Алматы"_qs << u"almati"_qs;
    QTest::newRow("longest words") << u"Esil district province atindagi"_qs << u"esil"_qs;
    QTest::newRow("every word a unit word") << u"Город"_qs << u"gorod"_qs;
    QTest::newRow("unit words in three languages") << u"Сынақ ауылдық округі of the Region сельский"_qs << u"sinak"_qs;
    QTest::newRow("longer than a unit word") << u"Районы Аулы Citizen"_qs << u"raioniaulicitizen"_qs;
    QTest::newRow("adjective ending") << u"Осакаровский р-н"_qs << u"osakarov"_qs;
    QTest::newRow("short adjective") << u"Тайский"_qs << u"tai"_qs;
    QTest::newRow("too short to strip") << u"Ский"_qs << u"skii"_qs;
}

void TestTextKey::territoryKeyDropsUnitWords()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(TextKey::territoryMatchKey(name), key);
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
