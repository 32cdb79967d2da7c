// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/values.h"

#include <QTest>

using namespace Sailau::Import;

class TestValues : public QObject
{
    Q_OBJECT

private slots:
    void parseCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("decimal");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("problem"); // a part of the expected problem text

        const QChar unknown, comma(u','), dot(u'.');
        QTest::newRow("plain") << "12345" << unknown << true << qint64(12345) << QString();
        QTest::newRow("zero") << "0" << unknown << true << qint64(0) << QString();
        QTest::newRow("leading zeros") << "007" << unknown << true << qint64(7) << QString();
        QTest::newRow("surrounding spaces") << "  42 " << unknown << true << qint64(42) << QString();
        QTest::newRow("space groups") << "1 062 327" << unknown << true << qint64(1062327) << QString();
        QTest::newRow("no-break space groups") << QStringLiteral("12\u00A0345") << unknown << true << qint64(12345)
                                               << QString();
        QTest::newRow("narrow no-break space groups") << QStringLiteral("12\u202F345") << unknown << true
                                                      << qint64(12345) << QString();
        QTest::newRow("thin space groups") << QStringLiteral("12\u2009345") << unknown << true << qint64(12345)
                                           << QString();
        QTest::newRow("comma thousands with decimal point") << "12,345" << dot << true << qint64(12345) << QString();
        QTest::newRow("comma thousands, several groups") << "1,062,327" << unknown << true << qint64(1062327)
                                                         << QString();
        QTest::newRow("dot thousands with decimal comma") << "12.345" << comma << true << qint64(12345) << QString();
        QTest::newRow("zero fraction with point") << "1.0" << unknown << true << qint64(1) << QString();
        QTest::newRow("zero fraction with comma") << "1,0" << comma << true << qint64(1) << QString();
        QTest::newRow("zero fraction, two digits") << "12345,00" << comma << true << qint64(12345) << QString();
        QTest::newRow("grouped with zero fraction") << "12 345,0" << comma << true << qint64(12345) << QString();
        QTest::newRow("plus sign") << "+5" << unknown << true << qint64(5) << QString();
        QTest::newRow("minus zero") << "-0" << unknown << true << qint64(0) << QString();
        QTest::newRow("largest") << "9223372036854775807" << unknown << true
                                 << qint64(9223372036854775807LL) << QString();

        QTest::newRow("missing: empty") << "" << unknown << false << qint64(0) << QString();
        QTest::newRow("missing: spaces") << "   " << unknown << false << qint64(0) << QString();
        QTest::newRow("missing: dash") << "-" << unknown << false << qint64(0) << QString();
        QTest::newRow("missing: em dash") << QStringLiteral("—") << unknown << false << qint64(0) << QString();
        QTest::newRow("missing: н/д") << QStringLiteral("н/д") << unknown << false << qint64(0) << QString();
        QTest::newRow("missing: #N/A") << "#N/A" << unknown << false << qint64(0) << QString();

        QTest::newRow("fraction with point") << "12.5" << unknown << false << qint64(0)
                                             << QStringLiteral("'12.5' is not a whole number");
        QTest::newRow("fraction with comma") << "12,5" << comma << false << qint64(0)
                                             << QStringLiteral("'12,5' is not a whole number");
        QTest::newRow("decimal comma fraction of three digits") << "12,345" << comma << false << qint64(0)
                                                                << QStringLiteral("is not a whole number");
        QTest::newRow("comma thousands, separator unknown") << "12,345" << unknown << false << qint64(0)
                                                            << QStringLiteral("'12,345' is ambiguous");
        QTest::newRow("one thousand or one?") << "1,000" << comma << false << qint64(0)
                                              << QStringLiteral("'1,000' is ambiguous");
        QTest::newRow("negative") << "-5" << unknown << false << qint64(0) << QStringLiteral("'-5' is negative");
        QTest::newRow("negative with minus sign") << QStringLiteral("\u22125") << unknown << false << qint64(0)
                                                  << QStringLiteral("is negative");
        QTest::newRow("text") << "abc" << unknown << false << qint64(0) << QStringLiteral("'abc' is not a number");
        QTest::newRow("number with text") << "12 голосов" << unknown << false << qint64(0)
                                          << QStringLiteral("is not a number");
        QTest::newRow("bad grouping") << "12 34" << unknown << false << qint64(0) << QStringLiteral("is not a number");
        QTest::newRow("two decimal points") << "1.2.3" << dot << false << qint64(0)
                                            << QStringLiteral("is not a number");
        QTest::newRow("percentage") << "45%" << unknown << false << qint64(0)
                                    << QStringLiteral("'45%' is a percentage, not a count");
        QTest::newRow("beyond 2^63") << "9223372036854775808" << unknown << false << qint64(0)
                                     << QStringLiteral("is too large");
        QTest::newRow("far beyond 2^63") << "99999999999999999999999" << unknown << false << qint64(0)
                                         << QStringLiteral("is too large");
        QTest::newRow("scientific") << "1E+3" << unknown << false << qint64(0) << QStringLiteral("whole number");
    }

    void parseCount()
    {
        QFETCH(QString, text);
        QFETCH(QChar, decimal);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        QFETCH(QString, problem);

        QString why = QStringLiteral("stale");
        const std::optional<qint64> result = Values::parseCount(text, &why, decimal);
        QCOMPARE(result.has_value(), ok);
        if (ok) {
            QCOMPARE(*result, value);
            QVERIFY(why.isEmpty());
        } else if (problem.isEmpty()) {
            QVERIFY2(why.isEmpty(), qPrintable(why)); // missing, not an error
        } else {
            QVERIFY2(why.contains(problem), qPrintable(why));
        }
        // The overload in parseDecimal's order agrees.
        QCOMPARE(Values::parseCount(text, decimal, nullptr), result);
    }

    void parseDecimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("decimal");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("percent");
        QTest::addColumn<QString>("problem");

        const QChar unknown, comma(u','), dot(u'.');
        QTest::newRow("decimal comma") << "62,79" << comma << true << 62.79 << false << QString();
        QTest::newRow("decimal point") << "62.79" << dot << true << 62.79 << false << QString();
        QTest::newRow("point in a comma file") << "62.79" << comma << true << 62.79 << false << QString();
        QTest::newRow("comma, separator unknown") << "62,79" << unknown << true << 62.79 << false << QString();
        QTest::newRow("percent sign") << "62.79%" << dot << true << 62.79 << true << QString();
        QTest::newRow("percent after a space") << "62,79 %" << comma << true << 62.79 << true << QString();
        QTest::newRow("integer") << "77" << unknown << true << 77.0 << false << QString();
        QTest::newRow("negative") << "-1.5" << dot << true << -1.5 << false << QString();
        QTest::newRow("grouped with decimal comma") << "1 234,5" << comma << true << 1234.5 << false << QString();
        QTest::newRow("grouped with no-break space") << QStringLiteral("1\u00A0234,5") << comma << true << 1234.5
                                                     << false << QString();
        QTest::newRow("comma thousands and decimal point") << "1,234.5" << unknown << true << 1234.5 << false
                                                           << QString();
        QTest::newRow("dot thousands and decimal comma") << "1.234,5" << unknown << true << 1234.5 << false
                                                         << QString();
        QTest::newRow("three decimals after zero") << "0,345" << unknown << true << 0.345 << false << QString();
        QTest::newRow("three decimals, file says comma") << "1,234" << comma << true << 1.234 << false << QString();
        QTest::newRow("thousands, file says point") << "1,234" << dot << true << 1234.0 << false << QString();
        QTest::newRow("scientific") << "1.5E-3" << dot << true << 0.0015 << false << QString();
        QTest::newRow("leading point") << ".5" << dot << true << 0.5 << false << QString();

        QTest::newRow("missing") << "" << comma << false << 0.0 << false << QString();
        QTest::newRow("ambiguous") << "1,234" << unknown << false << 0.0 << false << QStringLiteral("is ambiguous");
        QTest::newRow("text") << "high" << comma << false << 0.0 << false << QStringLiteral("'high' is not a number");
        QTest::newRow("two commas and a point wrong") << "1,2,3.4,5" << unknown << false << 0.0 << false
                                                      << QStringLiteral("is not a number");
        QTest::newRow("infinity") << "inf" << dot << false << 0.0 << false << QStringLiteral("is not a number");
        QTest::newRow("overflow") << "1E999" << dot << false << 0.0 << false << QStringLiteral("too large");
    }

    void parseDecimal()
    {
        QFETCH(QString, text);
        QFETCH(QChar, decimal);
        QFETCH(bool, ok);
        QFETCH(double, value);
        QFETCH(bool, percent);
        QFETCH(QString, problem);

        QString why;
        bool hadPercent = !percent;
        const std::optional<double> result = Values::parseDecimal(text, decimal, &why, &hadPercent);
        QCOMPARE(result.has_value(), ok);
        if (ok) {
            QCOMPARE(*result, value);
            QCOMPARE(hadPercent, percent);
        } else if (problem.isEmpty()) {
            QVERIFY2(why.isEmpty(), qPrintable(why));
        } else {
            QVERIFY2(why.contains(problem), qPrintable(why));
        }
    }

    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("problem");

        const QDate pilot(2023, 11, 5);
        QTest::newRow("ISO") << "2023-11-05" << pilot << QString();
        QTest::newRow("ISO with time") << "2023-11-05T08:30:00" << pilot << QString();
        QTest::newRow("ISO with space and time") << "2023-11-05 08:30" << pilot << QString();
        QTest::newRow("ISO with zone") << "2023-11-05T08:30:00+05:00" << pilot << QString();
        QTest::newRow("ISO short month") << "2023-1-5" << QDate(2023, 1, 5) << QString();
        QTest::newRow("DD.MM.YYYY") << "05.11.2023" << pilot << QString();
        QTest::newRow("D.M.YYYY") << "5.11.2023" << pilot << QString();
        QTest::newRow("D.M.YYYY single digits") << "7.3.2021" << QDate(2021, 3, 7) << QString();
        QTest::newRow("DD.MM.YYYY with г.") << QStringLiteral("05.11.2023 г.") << pilot << QString();
        QTest::newRow("DD.MM.YYYY with time") << "05.11.2023 20:00" << pilot << QString();
        QTest::newRow("DD/MM/YYYY") << "05/11/2023" << pilot << QString();
        QTest::newRow("DD/MM/YYYY, day over 12") << "25/07/2021" << QDate(2021, 7, 25) << QString();
        QTest::newRow("DD-MM-YYYY") << "05-11-2023" << pilot << QString();
        QTest::newRow("YYYY.MM.DD") << "2023.11.05" << pilot << QString();
        QTest::newRow("Russian month") << QStringLiteral("5 ноября 2023 г.") << pilot << QString();
        QTest::newRow("Kazakh month") << QStringLiteral("5 қараша 2023") << pilot << QString();
        QTest::newRow("English month") << "5 November 2023" << pilot << QString();
        QTest::newRow("English month first") << "November 5, 2023" << pilot << QString();
        QTest::newRow("serial 45235") << "45235" << pilot << QString();
        QTest::newRow("serial with time") << "45942.3541666667" << QDate(2025, 10, 12) << QString();
        QTest::newRow("leap day") << "29.02.2024" << QDate(2024, 2, 29) << QString();

        QTest::newRow("missing") << "" << QDate() << QString();
        QTest::newRow("no 30 February") << "30.02.2023" << QDate() << QStringLiteral("'30.02.2023' is not a real date");
        QTest::newRow("no 31 April") << "2023-04-31" << QDate() << QStringLiteral("is not a real date");
        QTest::newRow("no month 13") << "05.13.2023" << QDate() << QStringLiteral("is not a real date");
        QTest::newRow("no 29 February in 2023") << "29.02.2023" << QDate() << QStringLiteral("is not a real date");
        QTest::newRow("hour 25") << "2023-11-05T25:00:00" << QDate() << QStringLiteral("is not a real date");
        QTest::newRow("two-digit year") << "05.11.23" << QDate() << QStringLiteral("two-digit year");
        QTest::newRow("month first") << "11/25/2023" << QDate() << QStringLiteral("puts the month first");
        QTest::newRow("a year is not a serial") << "2023" << QDate() << QStringLiteral("out of range");
        QTest::newRow("text") << "Sunday" << QDate() << QStringLiteral("'Sunday' is not a date");
        QTest::newRow("unknown month") << "5 Brumaire 2023" << QDate() << QStringLiteral("is not a date");
    }

    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QFETCH(QString, problem);

        QString why;
        const std::optional<QDate> result = Values::parseDate(text, &why);
        QCOMPARE(result.has_value(), date.isValid());
        if (date.isValid()) {
            QCOMPARE(*result, date);
            QVERIFY(why.isEmpty());
        } else if (problem.isEmpty()) {
            QVERIFY2(why.isEmpty(), qPrintable(why));
        } else {
            QVERIFY2(why.contains(problem), qPrintable(why));
        }
    }

    void parseBool_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("emptyIsFalse");
        QTest::addColumn<int>("expected"); // 1 yes, 0 no, -1 missing, -2 refused

        const QStringList yes = {"yes", "Yes", "Y", QStringLiteral("да"), QStringLiteral("Да"), QStringLiteral("ДА"),
                                 QStringLiteral("иә"), QStringLiteral("Иә"), QStringLiteral("ия"), "true", "TRUE",
                                 "1", QStringLiteral("✓"), QStringLiteral("✔"), "x", "X", "+", "*", " yes "};
        const QStringList no = {"no", "No", "N", QStringLiteral("нет"), QStringLiteral("Нет"), QStringLiteral("жоқ"),
                                QStringLiteral("Жоқ"), "false", "FALSE", "0", "-"};
        for (const QString &word : yes)
            QTest::addRow("yes: %s", qPrintable(word)) << word << false << 1;
        for (const QString &word : no)
            QTest::addRow("no: %s", qPrintable(word)) << word << false << 0;
        QTest::newRow("empty is missing") << "" << false << -1;
        QTest::newRow("empty in a column of marks is no") << "" << true << 0;
        QTest::newRow("spaces in a column of marks is no") << "  " << true << 0;
        QTest::newRow("maybe") << "maybe" << false << -2;
        QTest::newRow("2") << "2" << false << -2;
        QTest::newRow("winner") << QStringLiteral("избран") << false << -2;
    }

    void parseBool()
    {
        QFETCH(QString, text);
        QFETCH(bool, emptyIsFalse);
        QFETCH(int, expected);

        QString why;
        const std::optional<bool> result = Values::parseBool(text, &why, emptyIsFalse);
        switch (expected) {
        case 1:
        case 0:
            QVERIFY(result.has_value());
            QCOMPARE(*result, expected == 1);
            QVERIFY(why.isEmpty());
            break;
        case -1:
            QVERIFY(!result.has_value());
            QVERIFY(why.isEmpty());
            break;
        default:
            QVERIFY(!result.has_value());
            QVERIFY2(why.contains(QStringLiteral("is not yes or no")), qPrintable(why));
            QVERIFY(why.contains(text));
        }
    }

    void isMissing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("missing");
        QTest::newRow("empty") << "" << true;
        QTest::newRow("no-break spaces") << QStringLiteral("\u00A0 ") << true;
        QTest::newRow("dash") << "-" << true;
        QTest::newRow("n/a") << "N/A" << true;
        QTest::newRow("нет данных") << QStringLiteral("Нет данных") << true;
        QTest::newRow("zero is a value") << "0" << false;
        QTest::newRow("text is a value") << "abc" << false;
        // Every mark, in other case and with spaces around, and text close to one.
        QTest::newRow("em dash") << QStringLiteral(" \u2014 ") << true;
        QTest::newRow("en dash") << QStringLiteral("\u2013") << true;
        QTest::newRow("na") << "Na" << true;
        QTest::newRow("#n/a") << "#N/a" << true;
        QTest::newRow("н/д") << QStringLiteral("Н/Д") << true;
        QTest::newRow("question mark") << " ? " << true;
        QTest::newRow("ellipsis") << QStringLiteral("\u2026") << true;
        QTest::newRow("three dots") << "..." << true;
        QTest::newRow("мәлімет жоқ") << QStringLiteral("МӘЛІМЕТ ЖОҚ") << true;
        QTest::newRow("two dashes") << "--" << false;
        QTest::newRow("n/a and more") << "n/ab" << false;
        QTest::newRow("нет") << QStringLiteral("нет") << false;
        QTest::newRow("жоқ") << QStringLiteral("жоқ") << false;
        QTest::newRow("four dots") << "...." << false;
        QTest::newRow("нет данных, other letter") << QStringLiteral("нет данныx") << false;
    }

    void isMissing()
    {
        QFETCH(QString, text);
        QFETCH(bool, missing);
        QCOMPARE(Values::isMissing(text), missing);
    }

    void longTextIsShortenedInProblems()
    {
        QString why;
        const QString text = QString(200, u'z');
        QVERIFY(!Values::parseCount(text, &why));
        QVERIFY(why.size() < 120);
        QVERIFY(why.contains(QChar(0x2026)));
    }
};

QTEST_APPLESS_MAIN(TestValues)
#include "tst_values.moc"
