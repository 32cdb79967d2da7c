// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/csvreader.h"
#include "import/tablereader.h"
#include "import/textcodec.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau::Import;

using Records = QList<QStringList>;
using Lines = QList<qint64>;

namespace {

struct ReadResult
{
    Records records;
    Lines lines;
    QString error;
    QString reason;
    int errorLine = 0;
    int errorColumn = 0;
    bool invalidBytes = false;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

ReadResult readAll(TableReader &reader)
{
    ReadResult result;
    QStringList cells;
    while (reader.next(&cells)) {
        result.records.append(cells);
        result.lines.append(reader.line());
    }
    result.error = reader.error();
    result.reason = reader.errorReason();
    result.errorLine = reader.errorLine();
    result.errorColumn = reader.errorColumn();
    result.invalidBytes = reader.hadInvalidBytes();
    result.bytesRead = reader.bytesRead();
    result.totalBytes = reader.totalBytes();
    return result;
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : text) {
        const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
        bytes.append(littleEndian ? lo : hi);
        bytes.append(littleEndian ? hi : lo);
    }
    return bytes;
}

// A plain reference parser for the randomised comparison: the whole text at once.
Records referenceParse(const QString &text, QChar delimiter)
{
    Records records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool recordOpen = false;
    while (i < n) {
        if (!recordOpen && (text[i] == u'\n' || text[i] == u'\r')) {
            ++i;
            continue;
        }
        recordOpen = true;
        field.clear();
        if (text[i] == u'"') {
            ++i;
            for (;;) {
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < n && text[i] != delimiter && text[i] != u'\n' && text[i] != u'\r')
                field += text[i++];
        }
        record.append(field);
        if (i < n && text[i] == delimiter) {
            ++i;
            if (i == n)
                record.append(QString());
            continue;
        }
        records.append(record);
        record.clear();
        recordOpen = false;
        if (i < n && text[i] == u'\r')
            ++i;
        if (i < n && text[i] == u'\n' && text[i - 1] == u'\r')
            ++i;
        else if (i < n && text[i] == u'\n')
            ++i;
    }
    if (!record.isEmpty())
        records.append(record);
    return records;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    ReadResult readBytes(const QByteArray &bytes, const ReadOptions &options)
    {
        QString error;
        auto reader = openTable(writeFile(bytes), options, &error);
        if (!reader) {
            ReadResult failed;
            failed.error = error;
            return failed;
        }
        return readAll(*reader);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void records_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<Records>("expected");
        QTest::addColumn<Lines>("lines");

        const QChar comma(u','), semicolon(u';'), tab(u'\t'), pipe(u'|');
        const QString utf8 = QStringLiteral("UTF-8");

        QTest::newRow("LF with trailing newline") << QByteArray("a,b\n1,2\n") << utf8 << comma
                                                  << Records{{"a", "b"}, {"1", "2"}} << Lines{1, 2};
        QTest::newRow("LF without trailing newline") << QByteArray("a,b\n1,2") << utf8 << comma
                                                     << Records{{"a", "b"}, {"1", "2"}} << Lines{1, 2};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << utf8 << comma
                              << Records{{"a", "b"}, {"1", "2"}} << Lines{1, 2};
        QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r3,4") << utf8 << comma
                                 << Records{{"a", "b"}, {"1", "2"}, {"3", "4"}} << Lines{1, 2, 3};
        QTest::newRow("mixed line ends") << QByteArray("a\r\nb\nc\rd") << utf8 << comma
                                         << Records{{"a"}, {"b"}, {"c"}, {"d"}} << Lines{1, 2, 3, 4};
        QTest::newRow("empty lines are skipped, lines still counted")
            << QByteArray("a,b\n\n\r\n1,2\n\n") << utf8 << comma << Records{{"a", "b"}, {"1", "2"}} << Lines{1, 4};
        QTest::newRow("delimiter inside quotes") << QByteArray("\"a,b\",c\n") << utf8 << comma
                                                 << Records{{"a,b", "c"}} << Lines{1};
        QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n") << utf8 << comma
                                        << Records{{"say \"hi\"", "\""}} << Lines{1};
        QTest::newRow("LF inside quotes") << QByteArray("x,\"line 1\nline 2\",y\nz\n") << utf8 << comma
                                          << Records{{"x", "line 1\nline 2", "y"}, {"z"}} << Lines{1, 3};
        QTest::newRow("CRLF inside quotes") << QByteArray("\"a\r\nb\r\nc\",d\r\ne\r\n") << utf8 << comma
                                            << Records{{"a\r\nb\r\nc", "d"}, {"e"}} << Lines{1, 4};
        QTest::newRow("quoted field at the end without newline") << QByteArray("a,\"b\"") << utf8 << comma
                                                                 << Records{{"a", "b"}} << Lines{1};
        QTest::newRow("quote closing at the very end") << QByteArray("\"a\"\"\"") << utf8 << comma
                                                       << Records{{"a\""}} << Lines{1};
        QTest::newRow("empty fields") << QByteArray(",,\na,,b\n,\n") << utf8 << comma
                                      << Records{{"", "", ""}, {"a", "", "b"}, {"", ""}} << Lines{1, 2, 3};
        QTest::newRow("trailing delimiter at end of input") << QByteArray("a,") << utf8 << comma
                                                            << Records{{"a", ""}} << Lines{1};
        QTest::newRow("quoted empty field") << QByteArray("\"\",x,\"\"\n") << utf8 << comma
                                            << Records{{"", "x", ""}} << Lines{1};
        QTest::newRow("quote inside an unquoted field is text") << QByteArray("5\" screen,a\"b\n") << utf8 << comma
                                                                 << Records{{"5\" screen", "a\"b"}} << Lines{1};
        QTest::newRow("text after a closing quote is kept") << QByteArray("\"abc\"def,g\n") << utf8 << comma
                                                            << Records{{"abcdef", "g"}} << Lines{1};
        QTest::newRow("spaces are kept") << QByteArray(" a , b \n") << utf8 << comma
                                         << Records{{" a ", " b "}} << Lines{1};
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFname,votes\n") << utf8 << comma
                                   << Records{{"name", "votes"}} << Lines{1};
        QTest::newRow("semicolon, decimal comma")
            << QByteArray("Район;Явка\n\"Бөкей ордасы\";62,79\n") << utf8 << semicolon
            << Records{{QStringLiteral("Район"), QStringLiteral("Явка")}, {QStringLiteral("Бөкей ордасы"), "62,79"}}
            << Lines{1, 2};
        QTest::newRow("tab") << QByteArray("a\tb,c\t\"d\te\"\n") << utf8 << tab << Records{{"a", "b,c", "d\te"}}
                             << Lines{1};
        QTest::newRow("pipe") << QByteArray("a|b|\n|c|\"|\"\n") << utf8 << pipe
                              << Records{{"a", "b", ""}, {"", "c", "|"}} << Lines{1, 2};
        QTest::newRow("Kazakh letters in UTF-8")
            << QStringLiteral("ә,ғ,қ,ң,ө,ұ,ү,һ,і\nӘ,Ғ,Қ,Ң,Ө,Ұ,Ү,Һ,І\n").toUtf8() << utf8 << comma
            << Records{QStringLiteral("ә,ғ,қ,ң,ө,ұ,ү,һ,і").split(u','), QStringLiteral("Ә,Ғ,Қ,Ң,Ө,Ұ,Ү,Һ,І").split(u',')}
            << Lines{1, 2};
        // "Алматы;Шымкент" in Windows-1251.
        QTest::newRow("Windows-1251") << QByteArray("\xC0\xEB\xEC\xE0\xF2\xFB;\xD8\xFB\xEC\xEA\xE5\xED\xF2\r\n")
                                      << QStringLiteral("windows-1251") << semicolon
                                      << Records{{QStringLiteral("Алматы"), QStringLiteral("Шымкент")}} << Lines{1};
        QTest::newRow("Windows-1251 with lost Kazakh letter")
            << QByteArray("\xC1?\xEA\xE5\xE9\n") << QStringLiteral("cp1251") << semicolon
            << Records{{QStringLiteral("Б?кей")}} << Lines{1};
        QTest::newRow("UTF-16LE with BOM") << utf16(QStringLiteral("Өскемен\tҰлытау\r\n1\t2\r\n"), true)
                                           << QStringLiteral("UTF-16LE") << tab
                                           << Records{{QStringLiteral("Өскемен"), QStringLiteral("Ұлытау")}, {"1", "2"}}
                                           << Lines{1, 2};
        QTest::newRow("UTF-16BE with BOM") << utf16(QStringLiteral("Қ;\"ә;і\"\n"), false) << QStringLiteral("UTF-16BE")
                                           << semicolon << Records{{QStringLiteral("Қ"), QStringLiteral("ә;і")}}
                                           << Lines{1};
        QTest::newRow("UTF-16 named without byte order") << utf16(QStringLiteral("a;b\n"), false)
                                                         << QStringLiteral("UTF-16") << semicolon
                                                         << Records{{"a", "b"}} << Lines{1};
        QTest::newRow("NUL bytes are kept") << QByteArray("a\0b,c\n\0\n", 8) << utf8 << comma
                                            << Records{{QString::fromUtf8("a\0b", 3), "c"}, {QString(QChar(0))}}
                                            << Lines{1, 2};
        QTest::newRow("blank input") << QByteArray() << utf8 << comma << Records{} << Lines{};
        QTest::newRow("only line breaks") << QByteArray("\n\r\n\r") << utf8 << comma << Records{} << Lines{};
    }

    void records()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QChar, delimiter);
        QFETCH(Records, expected);
        QFETCH(Lines, lines);

        ReadOptions options;
        options.encoding = encoding;
        options.delimiter = delimiter;
        const ReadResult result = readBytes(bytes, options);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records, expected);
        QCOMPARE(result.lines, lines);
        QCOMPARE(result.bytesRead, qint64(bytes.size()));
        QCOMPARE(result.totalBytes, qint64(bytes.size()));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("maxColumns");
        QTest::addColumn<qint64>("maxRecordChars");
        QTest::addColumn<int>("recordsBefore");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        const qint64 big = qint64(64) * 1024 * 1024;
        QTest::newRow("unterminated quote names where it opened")
            << QByteArray("a,b,c\n1,2,3\nx,y,\"open\nmore\nlines\n") << 100000 << big << 2 << 3 << 3
            << QStringLiteral("line 3, column 3: the quoted field that starts here is never closed");
        QTest::newRow("unterminated quote in the first field")
            << QByteArray("\"abc") << 100000 << big << 0 << 1 << 1
            << QStringLiteral("line 1, column 1: the quoted field that starts here is never closed");
        QTest::newRow("too many columns") << QByteArray("a,b\n1,2,3,4,5,6\n") << 4 << big << 1 << 2 << 0
                                          << QStringLiteral("line 2: more than 4 columns; is the delimiter right?");
        QTest::newRow("record too long") << QByteArray("ok\n") + QByteArray(4000, 'x') + "\n" << 100000 << qint64(1000)
                                         << 1 << 2 << 1
                                         << QStringLiteral("line 2, column 1: the record is longer than 1000 characters");
        QTest::newRow("open quote swallowing the file hits the limit")
            << QByteArray("a\n\"") + QByteArray(4000, 'x') << 100000 << qint64(1000) << 1 << 2 << 1
            << QStringLiteral("line 2, column 1: the record that starts here is longer than 1000 characters; "
                              "is a quote opened here and never closed?");
    }

    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, maxColumns);
        QFETCH(qint64, maxRecordChars);
        QFETCH(int, recordsBefore);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);

        ReadOptions options;
        options.encoding = QStringLiteral("UTF-8");
        options.delimiter = u',';
        options.maxColumns = maxColumns;
        options.maxRecordChars = maxRecordChars;
        const ReadResult result = readBytes(bytes, options);
        QCOMPARE(result.records.size(), recordsBefore);
        QCOMPARE(result.error, message);
        QCOMPARE(result.errorLine, line);
        QCOMPARE(result.errorColumn, column);
        QVERIFY(message.endsWith(result.reason));
        QVERIFY(!result.reason.startsWith(QStringLiteral("line")));
    }

    void invalidUtf8IsReplacedAndReported()
    {
        ReadOptions options;
        options.encoding = QStringLiteral("UTF-8");
        options.delimiter = u',';
        const ReadResult result = readBytes(QByteArray("ok,\xFF\xFEx\nlast,\xD2"), options);
        QCOMPARE(result.error, QString());
        QVERIFY(result.invalidBytes);
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.records.at(0).at(1), QString(QChar(0xFFFD)) + QChar(0xFFFD) + u'x');
        // An incomplete character at the very end of the file.
        QCOMPARE(result.records.at(1).at(1), QString(QChar(0xFFFD)));

        const ReadResult clean = readBytes(QStringLiteral("Қазақ,ok\n").toUtf8(), options);
        QVERIFY(!clean.invalidBytes);
    }

    void veryLongLine()
    {
        // One 10 MB line: more than ten reading chunks.
        QByteArray bytes = "header\n\"";
        bytes += QByteArray(5 * 1024 * 1024, 'a');
        bytes += "\"\"";
        bytes += QByteArray(5 * 1024 * 1024, 'b');
        bytes += "\",tail\n";
        ReadOptions options;
        options.encoding = QStringLiteral("UTF-8");
        options.delimiter = u',';
        const ReadResult result = readBytes(bytes, options);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.records.at(1).size(), 2);
        const QString &big = result.records.at(1).at(0);
        QCOMPARE(big.size(), 10 * 1024 * 1024 + 1);
        QCOMPARE(big.at(5 * 1024 * 1024), QChar(u'"'));
        QCOMPARE(big.front(), QChar(u'a'));
        QCOMPARE(big.back(), QChar(u'b'));
        QCOMPARE(result.records.at(1).at(1), QStringLiteral("tail"));
    }

    void manyColumns()
    {
        QByteArray bytes;
        for (int row = 0; row < 3; ++row) {
            for (int col = 0; col < 10000; ++col) {
                if (col)
                    bytes += ';';
                bytes += QByteArray::number(row * 10000 + col);
            }
            bytes += "\r\n";
        }
        ReadOptions options;
        options.encoding = QStringLiteral("UTF-8");
        options.delimiter = u';';
        const ReadResult result = readBytes(bytes, options);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.size(), 3);
        for (const QStringList &record : result.records)
            QCOMPARE(record.size(), 10000);
        QCOMPARE(result.records.at(2).at(9999), QStringLiteral("29999"));
    }

    // Random records with quoting, line breaks and multi-byte letters, long enough that records,
    // CRLF pairs and UTF-8 characters fall across the 1 MiB reading chunks; compared with a
    // plain reference parser.
    void chunkBoundaries_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QString>("lineEnd");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("LF, comma, UTF-8") << 1u << QStringLiteral("\n") << QChar(u',') << QStringLiteral("UTF-8");
        QTest::newRow("CRLF, semicolon, UTF-8") << 2u << QStringLiteral("\r\n") << QChar(u';') << QStringLiteral("UTF-8");
        QTest::newRow("CR, tab, UTF-16LE") << 3u << QStringLiteral("\r") << QChar(u'\t') << QStringLiteral("UTF-16LE");
        QTest::newRow("CRLF, semicolon, windows-1251") << 4u << QStringLiteral("\r\n") << QChar(u';')
                                                        << QStringLiteral("windows-1251");
    }

    void chunkBoundaries()
    {
        QFETCH(quint32, seed);
        QFETCH(QString, lineEnd);
        QFETCH(QChar, delimiter);
        QFETCH(QString, encoding);

        QRandomGenerator random(seed);
        const bool cyrillicOnly = encoding == u"windows-1251";
        const QString alphabet = cyrillicOnly ? QStringLiteral("abcАБВабвгд 0123456789.,;\"\t")
                                              : QStringLiteral("abcәғқңөұүһі АБВ 0123456789.,;\"\t");
        QString text;
        while (text.size() < 3 * 1024 * 1024) {
            const int fields = 1 + int(random.bounded(8));
            for (int f = 0; f < fields; ++f) {
                if (f)
                    text += delimiter;
                QString field;
                const int length = int(random.bounded(random.bounded(10) == 0 ? 400 : 20));
                for (int i = 0; i < length; ++i)
                    field += alphabet.at(int(random.bounded(alphabet.size())));
                if (random.bounded(5) == 0)
                    field += lineEnd + QStringLiteral("next");
                const bool needsQuotes = field.contains(delimiter) || field.contains(u'"') || field.contains(u'\n')
                                         || field.contains(u'\r');
                if (needsQuotes || random.bounded(4) == 0)
                    field = u'"' + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
                text += field;
            }
            text += lineEnd;
        }
        QByteArray bytes;
        if (encoding == u"UTF-8") {
            bytes = text.toUtf8();
        } else if (encoding == u"UTF-16LE") {
            bytes = utf16(text, true);
        } else {
            QStringEncoder encoder("windows-1251");
            QVERIFY(encoder.isValid());
            bytes = encoder(text);
        }
        const Records expected = referenceParse(text, delimiter);

        ReadOptions options;
        options.encoding = encoding;
        options.delimiter = delimiter;
        const ReadResult result = readBytes(bytes, options);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (result.records.at(i) != expected.at(i))
                QFAIL(qPrintable(QStringLiteral("record %1 differs").arg(i)));
        }
        QCOMPARE(result.bytesRead, qint64(bytes.size()));
    }

    // UTF-8 after the start of a file is decoded without Qt's decoder while it is well formed;
    // from an invalid byte or a character beyond the BMP on, Qt's decoder takes over. Both must
    // give what Qt's decoder gives for the whole text at once.
    void utf8FastPathAgreesWithQt_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("wellFormed");
        QTest::addColumn<int>("piece");
        for (quint32 seed = 1; seed <= 40; ++seed) {
            const bool wellFormed = seed % 2 == 0;
            const int piece = seed % 4 < 2 ? 1 << 30 : int(1 + seed * 37);
            QTest::addRow("seed %u, %s, pieces of %d", seed, wellFormed ? "well formed" : "with invalid bytes", piece)
                << seed << wellFormed << piece;
        }
    }

    void utf8FastPathAgreesWithQt()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, wellFormed);
        QFETCH(int, piece);
        QRandomGenerator random(seed);
        const QList<QByteArray> pieces = {
            "a", "Z", "0", ",", "\n", "abcdefghijklmnopqrstuvwxyz0123", "\xD0\x90", "\xD2\x9A", "\xD3\x99", "\xC2\xA0",
            "\xDF\xBF", "\xE2\x80\x94", "\xE2\x84\x96", "\xEF\xBB\xBF", "\xEF\xBF\xBD", "\xE0\xA0\x80",
            "\xED\x9F\xBF", "\xEE\x80\x80", "\xF0\x9F\x98\x80", "\xF4\x8F\xBF\xBF"};
        const QList<QByteArray> broken = {
            "\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xC2", "\xC2\x41", "\xE0\x80\x80", "\xE0\x9F\xBF",
            "\xED\xA0\x80", "\xED\xBF\xBF", "\xE2\x80", "\xE2\x28\xA1", "\xF0\x80\x80\x80", "\xF4\x90\x80\x80",
            "\xF5\x80\x80\x80", "\xF8", "\xFE", "\xFF", "\xF0\x9F\x98"};
        QByteArray bytes = "x"; // the first byte goes to Qt's decoder, as the start of a file does
        while (bytes.size() < 200000) {
            if (!wellFormed && random.bounded(20) == 0)
                bytes += broken.at(int(random.bounded(int(broken.size()))));
            else
                bytes += pieces.at(int(random.bounded(int(pieces.size()))));
        }
        ChunkDecoder whole(Encoding::Utf8);
        std::vector<char16_t> a(size_t(whole.requiredSpace(bytes.size())) + 8);
        char16_t *aEnd = whole.finish(whole.decode(bytes, a.data()));

        ChunkDecoder chunked(Encoding::Utf8);
        std::vector<char16_t> b(size_t(bytes.size()) * 2 + 64);
        char16_t *bEnd = chunked.decode(QByteArrayView(bytes).first(1), b.data());
        for (qsizetype i = 1; i < bytes.size(); i += piece) {
            const QByteArrayView part = QByteArrayView(bytes).sliced(i, std::min<qsizetype>(piece, bytes.size() - i));
            QVERIFY(bEnd + chunked.requiredSpace(part.size()) <= b.data() + b.size());
            bEnd = chunked.decode(part, bEnd);
        }
        bEnd = chunked.finish(bEnd);

        const QString expected = QStringDecoder(QStringDecoder::Utf8)(bytes);
        QCOMPARE(QStringView(a.data(), aEnd - a.data()), QStringView(expected));
        const QStringView got(b.data(), bEnd - b.data());
        if (got != QStringView(expected)) {
            qsizetype at = 0;
            while (at < got.size() && at < expected.size() && got[at] == expected[at])
                ++at;
            QFAIL(qPrintable(QStringLiteral("differs from unit %1 on").arg(at)));
        }
        QCOMPARE(chunked.hadErrors(), !wellFormed);
        QCOMPARE(whole.hadErrors(), !wellFormed);
    }

    void windows1251TableMatchesIcu()
    {
        QStringDecoder icu("windows-1251");
        if (!icu.isValid())
            QSKIP("this Qt has no ICU codec for windows-1251");
        for (int byte = 0x80; byte <= 0xFF; ++byte) {
            if (byte == 0x98)
                continue; // undefined in the code page
            const char c = char(byte);
            const QString expected = icu(QByteArrayView(&c, 1));
            QCOMPARE(QString(QChar(windows1251ToUnicode(uchar(byte)))), expected);
        }
    }

    void reusedCellsAreIndependent()
    {
        // The caller may keep the records it got while the reader reuses its list.
        ReadOptions options;
        options.encoding = QStringLiteral("UTF-8");
        options.delimiter = u',';
        QString error;
        auto reader = openTable(writeFile("aaaa,bbbb,cccc\nx\ny,z\n"), options, &error);
        QVERIFY(reader);
        QStringList cells;
        QVERIFY(reader->next(&cells));
        const QStringList first = cells;
        QVERIFY(reader->next(&cells));
        QCOMPARE(cells, QStringList{"x"});
        QVERIFY(reader->next(&cells));
        QCOMPARE(cells, (QStringList{"y", "z"}));
        QCOMPARE(first, (QStringList{"aaaa", "bbbb", "cccc"}));
        QVERIFY(!reader->next(&cells));
        QVERIFY(!reader->next(&cells));
        QCOMPARE(reader->error(), QString());
    }

    void openErrors()
    {
        QString error;
        QVERIFY(!openTable(m_dir.filePath(QStringLiteral("missing.csv")), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("missing.csv")), qPrintable(error));

        ReadOptions options;
        options.encoding = QStringLiteral("KOI8-R");
        QVERIFY(!openTable(writeFile("a,b\n"), options, &error));
        QVERIFY2(error.contains(QStringLiteral("KOI8-R")), qPrintable(error));

        QVERIFY(!openTable(writeFile(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0')), {},
                           &error));
        QVERIFY2(error.contains(QStringLiteral(".xls")), qPrintable(error));
    }

    void detectsWhenNotTold()
    {
        // Encoding and delimiter left empty: openTable() detects them.
        QByteArray bytes = QByteArray("\xD0\xE0\xE9\xEE\xED;\xC3\xEE\xEB\xEE\xF1\xE0\r\n") // Район;Голоса
                           + "\xC0\xE1\xE0\xE9;1 234\r\n";                                  // Абай;1 234
        QString error;
        auto reader = openTable(writeFile(bytes), {}, &error);
        QVERIFY2(reader, qPrintable(error));
        const ReadResult result = readAll(*reader);
        QCOMPARE(result.records, (Records{{QStringLiteral("Район"), QStringLiteral("Голоса")},
                                          {QStringLiteral("Абай"), QStringLiteral("1 234")}}));
    }

    void sharedSampleFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::newRow("races.csv") << QStringLiteral("races.csv") << 40;
        QTest::newRow("candidates.csv") << QStringLiteral("candidates.csv") << 35;
        QTest::newRow("totals.csv") << QStringLiteral("totals.csv") << 54;
        QTest::newRow("regions.csv") << QStringLiteral("regions.csv") << 20;
    }

    void sharedSampleFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        const QString path = QStringLiteral(SAILAU_SHARED_DIR "/data/") + file;
        if (!QFile::exists(path))
            QSKIP("the shared sample data is not here");
        QString error;
        auto reader = openTable(path, {}, &error);
        QVERIFY2(reader, qPrintable(error));
        const ReadResult result = readAll(*reader);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.size(), rows + 1);
        const qsizetype width = result.records.at(0).size();
        QVERIFY(width > 1);
        for (const QStringList &record : result.records)
            QCOMPARE(record.size(), width);
        if (file == u"regions.csv") {
            const QString all = [&] {
                QString s;
                for (const QStringList &r : result.records)
                    s += r.join(u'|');
                return s;
            }();
            QVERIFY(all.contains(QStringLiteral("Ақмола облысы")));
        }
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
