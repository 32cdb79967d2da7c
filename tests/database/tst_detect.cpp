// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/detect.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau::Import;

namespace {

QByteArray cp1251(const QString &text)
{
    QStringEncoder encoder("windows-1251");
    if (!encoder.isValid())
        return QByteArray();
    return encoder(text);
}

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray bytes;
    if (bom)
        bytes = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : text) {
        const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
        bytes.append(littleEndian ? lo : hi);
        bytes.append(littleEndian ? hi : lo);
    }
    return bytes;
}

} // namespace

class TestDetect : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("d%1.csv").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void delimited_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("certain");
        QTest::addColumn<bool>("invalidUtf8");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QChar>("decimal");
        QTest::addColumn<int>("headerRow");
        QTest::addColumn<bool>("headerFound");
        QTest::addColumn<int>("lost");
        QTest::addColumn<QList<int>>("lostLines");

        const QString utf8 = QStringLiteral("UTF-8");
        const QChar comma(u','), semicolon(u';'), tab(u'\t'), pipe(u'|'), dot(u'.');

        QTest::newRow("UTF-8, comma, Kazakh letters")
            << QStringLiteral("Аудан,Сайлаушылар,Келу\nБөкей ордасы,12345,62.79\nҚаратөбе,9876,55.1\n").toUtf8()
            << utf8 << true << false << comma << dot << 0 << true << 0 << QList<int>{};
        QTest::newRow("UTF-8 with BOM, semicolon, decimal comma")
            << QByteArray("\xEF\xBB\xBF") + QStringLiteral("Район;Голоса;Явка\nАбай;1 234;62,79\nЕсиль;567;48,3\n").toUtf8()
            << utf8 << true << false << semicolon << comma << 0 << true << 0 << QList<int>{};
        QTest::newRow("plain ASCII, the whole file") << QByteArray("name,votes\nA,1\nB,2\n") << utf8 << true << false
                                                     << comma << dot << 0 << true << 0 << QList<int>{};
        QTest::newRow("UTF-8 with a broken byte")
            << QStringLiteral("Аудан,Сайлаушылар\nБөкей ордасы,12345\nҚаратөбе,9876\n").toUtf8() + "X\xFF,1\n"
            << utf8 << false << true << comma << dot << 0 << true << 0 << QList<int>{};
        QTest::newRow("UTF-16LE with BOM, tab")
            << utf16(QStringLiteral("Аудан\tДауыс\nҰлытау\t42\n"), true, true) << QStringLiteral("UTF-16LE") << true
            << false << tab << dot << 0 << true << 0 << QList<int>{};
        QTest::newRow("UTF-16BE with BOM, semicolon")
            << utf16(QStringLiteral("Аудан;Дауыс\nҰлытау;42,5\n"), false, true) << QStringLiteral("UTF-16BE") << true
            << false << semicolon << comma << 0 << true << 0 << QList<int>{};
        QTest::newRow("UTF-16LE without BOM")
            << utf16(QStringLiteral("name,votes\nA,1\nB,2\n"), true, false) << QStringLiteral("UTF-16LE") << false
            << false << comma << dot << 0 << true << 0 << QList<int>{};
        // Cyrillic in UTF-16 has no zero bytes, but the same byte (0x04) at every other position.
        QTest::newRow("UTF-16LE without BOM, Cyrillic")
            << utf16(QStringLiteral("Область;Район;Кандидат\nАқмола облысы;Ақкөл ауданы;Иванов\n"), true, false)
            << QStringLiteral("UTF-16LE") << false << false << semicolon << QChar(u',') << 0 << true << 0 << QList<int>{};
        QTest::newRow("UTF-16BE without BOM, Cyrillic")
            << utf16(QStringLiteral("Область;Район;Кандидат\nАқмола облысы;Ақкөл ауданы;Иванов\n"), false, false)
            << QStringLiteral("UTF-16BE") << false << false << semicolon << QChar(u',') << 0 << true << 0 << QList<int>{};
        QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n4|5|6\n") << utf8 << true << false << pipe << dot << 0
                              << true << 0 << QList<int>{};
        QTest::newRow("tab with commas in text")
            << QByteArray("name\tnote\tvotes\nA\tx, y\t1\nB\tp, q, r\t2\n") << utf8 << true << false << tab << dot << 0
            << true << 0 << QList<int>{};
        QTest::newRow("comma with semicolons in quotes")
            << QByteArray("name,src,votes\nA,\"x;y;z\",1\nB,\"p;q\",2\n") << utf8 << true << false << comma << dot << 0
            << true << 0 << QList<int>{};
        QTest::newRow("comma with unquoted ' ; ' lists of sources")
            << QByteArray("date,district,voters,source_url\n2023-11-05,Abai,100,http://a ; http://b\n"
                          "2023-11-05,Esil,200,http://c\n2023-11-05,Zhanaarka,300,http://d ; http://e ; http://f\n")
            << utf8 << true << false << comma << dot << 0 << true << 0 << QList<int>{};
        QTest::newRow("semicolon, numbers with decimal point") << QByteArray("a;b\nx;62.79\ny;1.5\n") << utf8 << true
                                                               << false << semicolon << dot << 0 << true << 0
                                                               << QList<int>{};
        QTest::newRow("semicolon, whole numbers only") << QByteArray("a;b\nx;62\ny;15\n") << utf8 << true << false
                                                       << semicolon << comma << 0 << true << 0 << QList<int>{};
        QTest::newRow("a title line above the header")
            << QStringLiteral("Итоги выборов 5 ноября 2023;;\nРайон;Избиратели;Явка\nАбай;12 345;62,79\nЕсиль;9 000;51,2\n")
                   .toUtf8()
            << utf8 << true << false << semicolon << comma << 1 << true << 0 << QList<int>{};
        QTest::newRow("no header") << QByteArray("1,2,3\n4,5,6\n7,8,9\n") << utf8 << true << false << comma << dot << 0
                                   << false << 0 << QList<int>{};
        QTest::newRow("a question that is not a lost letter")
            << QStringLiteral("Вопрос,Ответ\nКто победил?,Неизвестно? Да\n").toUtf8() << utf8 << true << false << comma
            << dot << 0 << true << 0 << QList<int>{};
        QTest::newRow("UTF-8 that lost its letters before (a converted file)")
            << QStringLiteral("Аудан,Дауыс\nБ?кей ордасы,1\n").toUtf8() << utf8 << true << false << comma << dot << 0
            << true << 1 << QList<int>{2};

        const QByteArray lost = cp1251(QStringLiteral("Район;Голоса;Явка\r\nБ?кей ордасы;1 234;62,79\r\n"
                                                      "?ара?анды;567;48,3\r\nАбай;89;50\r\n"));
        if (!lost.isEmpty()) {
            QTest::newRow("Windows-1251 that lost Kazakh letters")
                << lost << QStringLiteral("windows-1251") << false << false << semicolon << comma << 0 << true << 3
                << QList<int>{2, 3};
        }
        QTest::newRow("Windows-1251 from known bytes") // "Район;Явка" / "Абай;62,79"
            << QByteArray("\xD0\xE0\xE9\xEE\xED;\xDF\xE2\xEA\xE0\r\n\xC0\xE1\xE0\xE9;62,79\r\n")
            << QStringLiteral("windows-1251") << false << false << semicolon << comma << 0 << true << 0 << QList<int>{};
    }

    void delimited()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(bool, certain);
        QFETCH(bool, invalidUtf8);
        QFETCH(QChar, delimiter);
        QFETCH(QChar, decimal);
        QFETCH(int, headerRow);
        QFETCH(bool, headerFound);
        QFETCH(int, lost);
        QFETCH(QList<int>, lostLines);

        QString error;
        const Detected d = detect(writeFile(bytes), {}, &error);
        QCOMPARE(error, QString());
        QCOMPARE(d.kind, Detected::Delimited);
        QCOMPARE(d.encoding, encoding);
        QCOMPARE(d.encodingCertain, certain);
        QCOMPARE(d.invalidUtf8, invalidUtf8);
        QCOMPARE(d.delimiter, delimiter);
        QCOMPARE(d.decimalSeparator, decimal);
        QCOMPARE(d.headerRow, headerRow);
        QCOMPARE(d.headerFound, headerFound);
        QCOMPARE(d.lostKazakhLetters, lost);
        QCOMPARE(d.lostLetterLines, lostLines);
    }

    void largeFileSample()
    {
        // More than the 64 KiB sample, cut inside a quoted multi-line field; plain ASCII so far.
        QByteArray bytes = "district;note;votes\r\n";
        int row = 0;
        while (bytes.size() < 200 * 1024) {
            ++row;
            bytes += "D" + QByteArray::number(row) + ";\"line one\r\nline two; more\";" + QByteArray::number(row) + "\r\n";
        }
        QString error;
        const Detected d = detect(writeFile(bytes), {}, &error);
        QCOMPARE(error, QString());
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QVERIFY(!d.encodingCertain); // nothing but ASCII in the first 64 KiB of a longer file
        QCOMPARE(d.delimiter, QChar(u';'));
        QCOMPARE(d.headerRow, 0);
        QVERIFY(d.sampledRecords > 10);
    }

    void overridesWin()
    {
        const QString path = writeFile(QStringLiteral("Район;Явка\nАбай;62,79\n").toUtf8());
        ReadOptions overrides;
        overrides.encoding = QStringLiteral("cp1251");
        overrides.delimiter = u',';
        overrides.decimalSeparator = u'.';
        overrides.headerRow = 1;
        QString error;
        const Detected d = detect(path, overrides, &error);
        QCOMPARE(error, QString());
        QCOMPARE(d.encoding, QStringLiteral("windows-1251"));
        QVERIFY(d.encodingCertain);
        QCOMPARE(d.delimiter, QChar(u','));
        QCOMPARE(d.decimalSeparator, QChar(u'.'));
        QCOMPARE(d.headerRow, 1);

        overrides = {};
        overrides.encoding = QStringLiteral("KOI8-R");
        detect(path, overrides, &error);
        QVERIFY2(error.contains(QStringLiteral("KOI8-R")), qPrintable(error));
    }

    void utf8OverrideReportsInvalidBytes()
    {
        ReadOptions overrides;
        overrides.encoding = QStringLiteral("UTF-8");
        QString error;
        const Detected d = detect(writeFile("\xD0\xE0\xE9\xEE\xED;1\n"), overrides, &error);
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QVERIFY(d.invalidUtf8);
    }

    void xlsx()
    {
        QString error;
        const Detected d = detect(QStringLiteral(SAILAU_TEST_DATA "/readers/libreoffice-two-sheets.xlsx"), {}, &error);
        QCOMPARE(error, QString());
        QCOMPARE(d.kind, Detected::Xlsx);
        QCOMPARE(d.sheets, (QStringList{QStringLiteral("Нәтижелер"), QStringLiteral("Sheet B")}));
        QCOMPARE(d.decimalSeparator, QChar(u'.'));
        QCOMPARE(d.headerRow, 0);
        QVERIFY(d.headerFound);
        QCOMPARE(d.lostKazakhLetters, 0);
        QCOMPARE(d.sampledRecords, 5);

        ReadOptions second;
        second.sheet = 1;
        const Detected b = detect(QStringLiteral(SAILAU_TEST_DATA "/readers/libreoffice-two-sheets.xlsx"), second, &error);
        QCOMPARE(error, QString());
        QCOMPARE(b.sampledRecords, 2);
    }

    void failures()
    {
        QString error;
        detect(m_dir.filePath(QStringLiteral("missing.csv")), {}, &error);
        QVERIFY2(error.contains(QStringLiteral("missing.csv")), qPrintable(error));

        const Detected notZip = detect(writeFile(QByteArray("PK\3\4garbage")), {}, &error);
        QCOMPARE(notZip.kind, Detected::Xlsx);
        QVERIFY2(error.contains(QStringLiteral("not an Excel workbook")), qPrintable(error));
    }

    void lostLetters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("inside a word") << QStringLiteral("Б?кей") << 1 << QList<int>{1};
        QTest::newRow("at the start of a word") << QStringLiteral("x\n?арағанды") << 1 << QList<int>{2};
        QTest::newRow("two in one word") << QStringLiteral("?ара?анды") << 2 << QList<int>{1};
        QTest::newRow("a run") << QStringLiteral("Ма??ыстау") << 2 << QList<int>{1};
        QTest::newRow("a question mark ends a sentence") << QStringLiteral("Кто победил?") << 0 << QList<int>{};
        QTest::newRow("before a Latin word") << QStringLiteral("?abc") << 0 << QList<int>{};
        QTest::newRow("lines with CRLF and CR") << QStringLiteral("a\r\nb\rЖа?аөзен\r\n") << 1 << QList<int>{3};
    }

    void lostLetters()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QFETCH(QList<int>, lines);
        QList<int> found;
        QCOMPARE(Detection::countLostKazakhLetters(text, &found), count);
        QCOMPARE(found, lines);
    }
};

QTEST_APPLESS_MAIN(TestDetect)
#include "tst_detect.moc"
