// SPDX-License-Identifier: GPL-3.0-or-later
// Cells → typed values, checked alone: one row of a mapped header at a time, its values and the
// problems it causes (with line and column).
#include "importcontext.h"
#include "rowparser.h"

#include <QTest>

using namespace Sailau;
using namespace Sailau::Import;

namespace {

const QStringList header = {QStringLiteral("Date"),   QStringLiteral("Level"),   QStringLiteral("Region"),
                            QStringLiteral("Voters"), QStringLiteral("Turnout"), QStringLiteral("Candidate"),
                            QStringLiteral("Party"),  QStringLiteral("Votes"),   QStringLiteral("Elected"),
                            QStringLiteral("Share")};

Mapping mappingOf(const QStringList &names)
{
    Mapping m;
    const QList<Field> fields = {Field::ElectionDate, Field::ElectionLevel, Field::Region, Field::Voters,
                                 Field::TurnoutPublished, Field::Candidate, Field::Nomination, Field::Votes,
                                 Field::Elected, Field::VoteSharePublished};
    for (int i = 0; i < names.size(); ++i)
        m.columns.append({names.at(i), fields.at(i)});
    m.applyTo(names);
    return m;
}

} // namespace

class TestRowParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void checkText_data();
    void checkText();
    void parseCount_data();
    void parseCount();
    void parseLevel_data();
    void parseLevel();
    void missingColumns();
    void person_data();
    void person();
};

void TestRowParser::person_data()
{
    QTest::addColumn<QString>("row");        // Date;Region;Candidate;Sex;Birth year;Age;Occupation;Incumbent
    QTest::addColumn<QString>("sex");
    QTest::addColumn<qint64>("birthYear");   // -1: none
    QTest::addColumn<qint64>("age");         // -1: none
    QTest::addColumn<QString>("occupation");
    QTest::addColumn<int>("incumbent");      // -1 none, 0 no, 1 yes
    QTest::addColumn<int>("warningColumn");  // 0: none
    QTest::newRow("ru short forms") << "2024-09-29;R;Иванов;м;1975;;аким сельского округа;да" << "m" << qint64(1975)
                                    << qint64(-1) << "аким сельского округа" << 1 << 0;
    QTest::newRow("ru abbreviations with dots") << "2024-09-29;R;Иванова;жен.;;48;;нет" << "f" << qint64(-1) << qint64(48)
                                                << "" << 0 << 0;
    QTest::newRow("kk words") << "2024-09-29;R;Әлиев;ер;1980;;ауыл әкімі;иә" << "m" << qint64(1980) << qint64(-1)
                              << "ауыл әкімі" << 1 << 0;
    QTest::newRow("kk female, no") << "2024-09-29;R;Сәрсенова;әйел;1985;;;жоқ" << "f" << qint64(1985) << qint64(-1) << ""
                                   << 0 << 0;
    QTest::newRow("en letters") << "2024-09-29;R;Smith;F;;;;0" << "f" << qint64(-1) << qint64(-1) << "" << 0 << 0;
    QTest::newRow("en words") << "2024-09-29;R;Smith;male;;;;yes" << "m" << qint64(-1) << qint64(-1) << "" << 1 << 0;
    QTest::newRow("year given: the age is not kept") << "2024-09-29;R;Иванов;М;1975;49;;1" << "m" << qint64(1975)
                                                     << qint64(-1) << "" << 1 << 0;
    QTest::newRow("missing marks") << "2024-09-29;R;Иванов;—;—;—;—;—" << "" << qint64(-1) << qint64(-1) << "" << -1 << 0;
    QTest::newRow("unknown sex warns") << "2024-09-29;R;Иванов;x?;1975;;;" << "" << qint64(1975) << qint64(-1) << "" << -1
                                       << 4;
    QTest::newRow("impossible year warns") << "2024-09-29;R;Иванов;м;2019;;;" << "m" << qint64(-1) << qint64(-1) << ""
                                           << -1 << 5;
    QTest::newRow("an age that is a year warns") << "2024-09-29;R;Иванов;м;;1975;;" << "m" << qint64(-1) << qint64(-1)
                                                 << "" << -1 << 6;
    QTest::newRow("unknown incumbency warns") << "2024-09-29;R;Иванов;м;;;;может быть" << "m" << qint64(-1)
                                              << qint64(-1) << "" << -1 << 8;
}

void TestRowParser::person()
{
    QFETCH(QString, row);
    QFETCH(QString, sex);
    QFETCH(qint64, birthYear);
    QFETCH(qint64, age);
    QFETCH(QString, occupation);
    QFETCH(int, incumbent);
    QFETCH(int, warningColumn);

    const QStringList names = {QStringLiteral("Дата"), QStringLiteral("Область"), QStringLiteral("ФИО"),
                               QStringLiteral("Пол"), QStringLiteral("Год рождения"), QStringLiteral("Возраст"),
                               QStringLiteral("Место работы, должность"), QStringLiteral("Действующий аким")};
    Mapping m;
    const QList<Field> fields = Fields::matchHeaders(names);
    QCOMPARE(fields, (QList<Field>{Field::ElectionDate, Field::Region, Field::Candidate, Field::Sex, Field::BirthYear,
                                   Field::Age, Field::Occupation, Field::Incumbent}));
    for (int i = 0; i < names.size(); ++i)
        m.columns.append({names.at(i), fields.at(i)});
    m.applyTo(names);
    ImportOptions options;
    ImportReport report;
    ImportContext context(QSqlDatabase(), options, report);
    context.setHeader(names);
    context.setLine(3);
    RowParser parser(context, m, RowParser::Format{});
    QVERIFY(parser.checkColumns());
    parser.cells() = row.split(QLatin1Char(';'));
    RowValues values;
    parser.parseDateAndLevel(values);
    parser.parseFigures(values);
    parser.parseCandidate(values);
    QCOMPARE(values.sex, sex);
    QCOMPARE(values.birthYear.value_or(-1), birthYear);
    QCOMPARE(values.age.value_or(-1), age);
    QCOMPARE(values.occupation, occupation);
    QCOMPARE(values.incumbent ? int(*values.incumbent) : -1, incumbent);
    QCOMPARE(report.errorCount, qint64(0));
    QCOMPARE(int(report.warningCount), warningColumn ? 1 : 0);
    if (warningColumn) {
        QCOMPARE(report.problems.first().line, qint64(3));
        QCOMPARE(report.problems.first().column, warningColumn);
    }
}

void TestRowParser::parse_data()
{
    QTest::addColumn<QString>("row");          // ';'-separated cells
    QTest::addColumn<QString>("date");         // ISO, or empty for none
    QTest::addColumn<QString>("level");
    QTest::addColumn<qint64>("voters");        // -1: not set
    QTest::addColumn<double>("turnout");       // -1: not set
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("votes");         // -1: none
    QTest::addColumn<int>("elected");          // -1 none, 0 no, 1 yes
    QTest::addColumn<qint64>("againstAll");    // -1: not set
    QTest::addColumn<int>("errorColumn");      // of the first error; 0: no error
    QTest::addColumn<QString>("fragment");

    QTest::newRow("plain") << "2023-11-05;district;R;1000;61,5;Иванов Иван;AMANAT;500;да;50"
                           << "2023-11-05" << "district" << qint64(1000) << 61.5 << "Иванов Иван" << qint64(500) << 1
                           << qint64(-1) << 0 << QString();
    QTest::newRow("spaces around cells") << " 05.11.2023 ; аудандық ;R; 1000 ;;  Әлиева Әйгерім ;; 12 ;жоқ;"
                                         << "2023-11-05" << "district" << qint64(1000) << -1.0 << "Әлиева Әйгерім"
                                         << qint64(12) << 0 << qint64(-1) << 0 << QString();
    QTest::newRow("missing figures are missing") << "2023-11-05;;R;—;н/д;Петров;;-;;" << "2023-11-05" << QString()
                                                 << qint64(-1) << -1.0 << "Петров" << qint64(-1) << -1 << qint64(-1)
                                                 << 0 << QString();
    QTest::newRow("against all is a race figure") << "2023-11-05;;R;1000;;Против всех;;40;;" << "2023-11-05" << QString()
                                                  << qint64(1000) << -1.0 << QString() << qint64(40) << -1 << qint64(40)
                                                  << 0 << QString();
    QTest::newRow("against all elected") << "2023-11-05;;R;;;Против всех;;40;1;" << "2023-11-05" << QString()
                                         << qint64(-1) << -1.0 << QString() << qint64(40) << 1 << qint64(40) << 9
                                         << "cannot be elected";
    QTest::newRow("not a date") << "2023-13-45;;R;;;Петров;;1;;" << QString() << QString() << qint64(-1) << -1.0
                                << "Петров" << qint64(1) << -1 << qint64(-1) << 1 << QString();
    QTest::newRow("invisible character in the date") << u"\uFEFF2023-11-05;;R;;;Петров;;1;;"_qs << QString()
                                                     << QString() << qint64(-1) << -1.0 << "Петров" << qint64(1) << -1
                                                     << qint64(-1) << 1 << "<U+FEFF>";
    QTest::newRow("not a level") << "2023-11-05;областной;R;;;Петров;;1;;" << "2023-11-05" << QString() << qint64(-1)
                                 << -1.0 << "Петров" << qint64(1) << -1 << qint64(-1) << 2 << "not an election level";
    QTest::newRow("negative voters") << "2023-11-05;;R;-5;;Петров;;1;;" << "2023-11-05" << QString() << qint64(-1)
                                     << -1.0 << "Петров" << qint64(1) << -1 << qint64(-1) << 4 << "Voters on the lists";
    QTest::newRow("count too large") << "2023-11-05;;R;100000001;;Петров;;1;;" << "2023-11-05" << QString()
                                     << qint64(-1) << -1.0 << "Петров" << qint64(1) << -1 << qint64(-1) << 4
                                     << "too large";
    QTest::newRow("turnout above 100") << "2023-11-05;;R;;101;Петров;;1;;" << "2023-11-05" << QString() << qint64(-1)
                                       << -1.0 << "Петров" << qint64(1) << -1 << qint64(-1) << 5
                                       << "between 0 and 100";
    QTest::newRow("votes without a name") << "2023-11-05;;R;;;;;15;;" << "2023-11-05" << QString() << qint64(-1)
                                          << -1.0 << QString() << qint64(15) << -1 << qint64(-1) << 6
                                          << "no candidate name";
    QTest::newRow("elected not a yes or no") << "2023-11-05;;R;;;Петров;;1;может быть;" << "2023-11-05" << QString()
                                             << qint64(-1) << -1.0 << "Петров" << qint64(1) << -1 << qint64(-1) << 9
                                             << QString();
}

void TestRowParser::parse()
{
    QFETCH(QString, row);
    QFETCH(QString, date);
    QFETCH(QString, level);
    QFETCH(qint64, voters);
    QFETCH(double, turnout);
    QFETCH(QString, name);
    QFETCH(qint64, votes);
    QFETCH(int, elected);
    QFETCH(qint64, againstAll);
    QFETCH(int, errorColumn);
    QFETCH(QString, fragment);

    ImportOptions options;
    ImportReport report;
    ImportContext context(QSqlDatabase(), options, report);
    context.setHeader(header);
    context.setLine(7);
    RowParser::Format format;
    format.decimal = QLatin1Char(',');
    RowParser parser(context, mappingOf(header), format);
    QVERIFY(parser.checkColumns());
    parser.cells() = row.split(QLatin1Char(';'));
    QVERIFY(parser.checkText(false));

    RowValues values;
    parser.parseDateAndLevel(values);
    parser.parseFigures(values);
    parser.parseCandidate(values);

    QCOMPARE(values.date.isValid() ? values.date.toString(Qt::ISODate) : QString(), date);
    QCOMPARE(values.level, level);
    const Figure &v = values.figures[size_t(figureSlot(Field::Voters))];
    QCOMPARE(v.count().value_or(-1), voters);
    if (v.isSet()) {
        QCOMPARE(qint64(v.line), qint64(7));
        QCOMPARE(int(v.column), 4);
        QCOMPARE(*values.texts[size_t(figureSlot(Field::Voters))], row.split(QLatin1Char(';')).at(3).trimmed());
    }
    QCOMPARE(values.figures[TurnoutSlot].percent().value_or(-1), turnout);
    QCOMPARE(values.name, name);
    QCOMPARE(values.votes.value_or(-1), votes);
    QCOMPARE(values.elected ? int(*values.elected) : -1, elected);
    QCOMPARE(values.figures[size_t(figureSlot(Field::AgainstAll))].count().value_or(-1), againstAll);
    if (errorColumn == 0) {
        QCOMPARE(report.errorCount, qint64(0));
        return;
    }
    QVERIFY(report.errorCount > 0);
    const Problem &first = [&report]() -> const Problem & {
        for (const Problem &p : std::as_const(report.problems)) {
            if (p.severity == Problem::Error)
                return p;
        }
        return report.problems.first();
    }();
    QCOMPARE(first.line, qint64(7));
    QCOMPARE(first.column, errorColumn);
    QCOMPARE(first.columnName, header.at(errorColumn - 1));
    QVERIFY2(first.message.contains(fragment), qPrintable(first.message));
}

void TestRowParser::checkText_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<bool>("windows1251");
    QTest::addColumn<bool>("replaced");     // the reader replaced bytes it could not decode
    QTest::addColumn<int>("column");        // 0: the row is fine
    QTest::addColumn<QString>("fragment");

    QTest::newRow("plain Kazakh text") << u"2023-11-05;;Қарағанды облысы;;;Әбілқайыр Нұрлан;;1;;"_qs << false << false
                                       << 0 << QString();
    QTest::newRow("tab inside a cell") << u"2023-11-05;;R\tR;;;Петров;;1;;"_qs << false << false << 0 << QString();
    QTest::newRow("zero byte") << u"2023-11-05;;R;;;Пет\u0000ров;;1;;"_qs << false << false << 6 << "zero bytes";
    QTest::newRow("control character") << u"2023-11-05;;R;;;Петров\u0007;;1;;"_qs << false << false << 6 << "U+0007";
    QTest::newRow("replacement character from the reader") << u"2023-11-05;;R;;;Пет\uFFFDров;;1;;"_qs << false << true
                                                           << 6 << "not valid";
    QTest::newRow("replacement character in the file") << u"2023-11-05;;R;;;Пет\uFFFDров;;1;;"_qs << false << false
                                                       << 0 << QString();
    QTest::newRow("UTF-8 read as Windows-1251") << u"2023-11-05;;R;;;РђР»РјР°С‚С‹;;1;;"_qs << true << false << 6
                                                << "UTF-8 text read as Windows-1251";
    QTest::newRow("the same letters in UTF-8") << u"2023-11-05;;R;;;РђР»РјР°С‚С‹;;1;;"_qs << false << false << 0
                                               << QString();
    QTest::newRow("a cell past the header") << u"2023-11-05;;R;;;Петров;;1;;;лишнее"_qs << false << false << 11
                                            << "more cells than the header";
    QTest::newRow("an empty cell past the header") << u"2023-11-05;;R;;;Петров;;1;;; "_qs << false << false << 0
                                                   << QString();
    QTest::newRow("a cell of 10001 characters") << QStringLiteral("2023-11-05;;R;;;") + QString(10001, QLatin1Char('x'))
                                                       + QStringLiteral(";;1;;")
                                                << false << false << 6 << "10001 characters long";
}

void TestRowParser::checkText()
{
    QFETCH(QString, row);
    QFETCH(bool, windows1251);
    QFETCH(bool, replaced);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    ImportOptions options;
    ImportReport report;
    ImportContext context(QSqlDatabase(), options, report);
    context.setHeader(header);
    context.setLine(3);
    RowParser::Format format;
    format.windows1251 = windows1251;
    format.encoding = windows1251 ? QStringLiteral("Windows-1251") : QStringLiteral("UTF-8");
    RowParser parser(context, mappingOf(header), format);
    parser.cells() = row.split(QLatin1Char(';'));
    QCOMPARE(parser.checkText(replaced), column == 0);
    if (column == 0) {
        QCOMPARE(report.errorCount, qint64(0));
        return;
    }
    QCOMPARE(report.errorCount, qint64(1));
    QCOMPARE(report.problems.first().line, qint64(3));
    QCOMPARE(report.problems.first().column, column);
    QVERIFY2(report.problems.first().message.contains(fragment), qPrintable(report.problems.first().message));
}

void TestRowParser::parseCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");   // -1: refused

    QTest::newRow("digits") << "12345" << qint64(12345);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("the largest count") << "100000000" << RowParser::MaxCount;
    QTest::newRow("one more") << "100000001" << qint64(-1);
    QTest::newRow("eighteen digits") << "999999999999999999" << qint64(-1);
    QTest::newRow("thousands with spaces") << "12 345" << qint64(12345);
    QTest::newRow("negative") << "-3" << qint64(-1);
    QTest::newRow("a word") << "много" << qint64(-1);
}

void TestRowParser::parseCount()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QString why;
    const auto value = RowParser::parseCount(text, QLatin1Char(','), &why);
    QCOMPARE(value.value_or(-1), expected);
    QCOMPARE(why.isEmpty(), expected >= 0);
}

void TestRowParser::parseLevel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");  // "?": not a level

    QTest::newRow("empty") << "" << "";
    QTest::newRow("district") << "district" << "district";
    QTest::newRow("Russian district") << "районный" << "district";
    QTest::newRow("Kazakh district") << "аудандық" << "district";
    QTest::newRow("city") << "городской" << "city_regional";
    QTest::newRow("Kazakh city") << "қалалық" << "city_regional";
    QTest::newRow("regional centre") << "областной центр" << "regional_centre";
    QTest::newRow("rural") << "сельский округ" << "rural";
    QTest::newRow("Kazakh rural") << "ауылдық" << "rural";
    QTest::newRow("not a level") << "республиканский" << "?";
}

void TestRowParser::parseLevel()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(RowParser::parseLevel(text).value_or(QStringLiteral("?")), expected);
}

void TestRowParser::missingColumns()
{
    ImportOptions options;
    ImportReport report;
    ImportContext context(QSqlDatabase(), options, report);
    const QStringList votesOnly = {QStringLiteral("Votes")};
    Mapping mapping;
    mapping.columns = {{QStringLiteral("Votes"), Field::Votes}};
    mapping.applyTo(votesOnly);
    context.setHeader(votesOnly);
    RowParser parser(context, mapping, {});
    QVERIFY(!parser.checkColumns());
    // No territory, no date, and votes without a candidate.
    QCOMPARE(report.errorCount, qint64(3));
    QVERIFY(report.problems.at(0).message.contains(QStringLiteral("names a territory")));
    QVERIFY(report.problems.at(1).message.contains(QStringLiteral("Election date")));
    QCOMPARE(report.problems.at(2).column, 1);
}

QTEST_APPLESS_MAIN(TestRowParser)
#include "tst_rowparser.moc"
