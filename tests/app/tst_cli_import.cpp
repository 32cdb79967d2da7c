// SPDX-License-Identifier: GPL-3.0-or-later
// `sailau import`, `inspect`, `imports` and `undo-import` run as users run them: the built binary,
// a temporary home, files written the way analysts receive them.
#include "database.h"
#include "datasetloader.h"

#include "../common/processrun.h"
#include "../common/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau;
using namespace SailauTest;

namespace {

using Run = SailauTest::ProcessRun;

class TestCliImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void publicSourcesWithShippedPreset();
    void rejectedFileListsEveryProblemAndWritesNothing();
    void rejectedFileIsUnchangedForEachError_data();
    void rejectedFileIsUnchangedForEachError();
    void usageErrors_data();
    void usageErrors();
    void dryRunWritesNothing();
    void realShapesImport_data();
    void realShapesImport();
    void dateFillsOnlyUndatedRows();
    void inspectPrintsExactCells();
    void inspectWindows1251();
    void importsListAndUndo();
    void reimportNeedsAllowDuplicate();
    void skipInvalidImportsTheValidRaces();
    void twoFilesMakeOneRace();
    void twoFilesAreOneTransaction();

private:
    Run sailau(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &bytes);
    QString databaseDump(const QString &path);
    static bool createDatabase(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

Run TestCliImport::sailau(const QStringList &arguments)
{
    ProcessOptions options;
    options.workingDirectory = m_dir->path();
    return runProgram(arguments, m_dir->filePath(QStringLiteral("home")), options);
}

QString TestCliImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

QString TestCliImport::databaseDump(const QString &path)
{
    OpenOptions options;
    options.create = false;
    options.readOnly = true;
    OpenError error;
    QString message;
    auto db = Database::open(path, options, &error, &message);
    return db ? dumpDatabase(db->connection()) : QStringLiteral("cannot open: ") + message;
}

// A new database as `sailau import` creates it: the schema and the reference territories.
bool TestCliImport::createDatabase(const QString &path)
{
    QString message;
    return DatasetLoader::openOrCreate(path, false, &message) != nullptr;
}

void TestCliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliImport::publicSourcesWithShippedPreset()
{
    const QString races = sharedDir(QStringLiteral("data/races.csv"));
    const QString candidates = sharedDir(QStringLiteral("data/candidates.csv"));
    if (!QFile::exists(races) || !QFile::exists(candidates))
        QSKIP("the public-source files are not next to the project");
    const QString db = m_dir->filePath(QStringLiteral("public.sqlite"));

    Run run = sailau({QStringLiteral("import"), races, QStringLiteral("--database"), db,
                      QStringLiteral("--mapping"), QStringLiteral("public-sources")});
    QCOMPARE(run.exitCode, 0);
    const QList<QStringList> raceRows = readCsv(races);
    QVERIFY(run.out.contains(QStringLiteral("%1 races").arg(raceRows.size() - 1)));

    run = sailau({QStringLiteral("import"), candidates, QStringLiteral("--database"), db,
                  QStringLiteral("--mapping"), QStringLiteral("public-sources")});
    QCOMPARE(run.exitCode, 0);

    // Every published vote count arrives as published, and nothing that was not published does.
    const QList<QStringList> rows = readCsv(candidates);
    const QStringList header = rows.value(0);
    const int nameColumn = header.indexOf(QStringLiteral("candidate_name"));
    const int votesColumn = header.indexOf(QStringLiteral("votes"));
    QVERIFY(nameColumn >= 0 && votesColumn >= 0);
    QHash<QString, qint64> published;
    int withoutVotes = 0;
    for (int i = 1; i < rows.size(); ++i) {
        const QString votes = rows.at(i).value(votesColumn).trimmed();
        if (votes.isEmpty())
            ++withoutVotes;
        else
            published.insert(rows.at(i).value(nameColumn).trimmed(), votes.toLongLong());
    }
    QVERIFY(!published.isEmpty());

    OpenOptions options;
    options.create = false;
    OpenError error;
    QString message;
    auto database = Database::open(db, options, &error, &message);
    QVERIFY2(database, qPrintable(message));
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM race")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), raceRows.size() - 1);
    int checked = 0;
    for (auto it = published.cbegin(); it != published.cend(); ++it) {
        QSqlQuery votes(database->connection());
        votes.prepare(QStringLiteral("SELECT votes FROM candidate WHERE name = ?"));
        votes.addBindValue(it.key());
        QVERIFY(votes.exec());
        if (!votes.next())
            continue; // an "against all" row is stored with its race, not as a candidate
        QCOMPARE(votes.value(0).toLongLong(), it.value());
        ++checked;
    }
    QVERIFY(checked > 0);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM candidate WHERE votes IS NULL")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() > 0);
    QVERIFY(query.value(0).toInt() <= withoutVotes);
}

void TestCliImport::rejectedFileListsEveryProblemAndWritesNothing()
{
    const QString db = m_dir->filePath(QStringLiteral("db.sqlite"));
    // A good file first, so that there is something to keep.
    const QString good = write(QStringLiteral("good.csv"),
                               "Дата выборов;Область;Район;Кандидат;Голоса;Избран\n"
                               "05.11.2023;область Абай;Абайский район;Иванов Иван;120;да\n"
                               "05.11.2023;область Абай;Абайский район;Сәрсенова Әлия;80;нет\n");
    QCOMPARE(sailau({QStringLiteral("import"), good, QStringLiteral("-d"), db, QStringLiteral("-q")}).exitCode, 0);
    const QByteArray before = fileHash(db);
    const QString dumpBefore = databaseDump(db);

    const QString bad = write(QStringLiteral("bad.csv"),
                              "Дата выборов;Область;Район;Кандидат;Голоса;Избран\n"
                              "05.11.2023;область Абай;Аягозский район;Иванов Иван;12x;да\n"
                              "05.11.2023;область Абай;Аягозский район;Сәрсенова Әлия;-5;нет\n"
                              "05.11.2023;область Абай;Аягозский район;Петров Пётр;7,5;нет\n");
    const Run run = sailau({QStringLiteral("import"), bad, QStringLiteral("--database"), db});
    QCOMPARE(run.exitCode, 1);
    // Each problem as FILE:LINE:COLUMN: message, in the order of the file.
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QRegularExpression located(QStringLiteral("(?:^|/)bad\\.csv:(\\d+):(\\d+): "));
    QList<QPair<int, int>> places;
    for (const QString &line : lines) {
        const auto match = located.match(line);
        if (match.hasMatch())
            places.append({match.captured(1).toInt(), match.captured(2).toInt()});
    }
    const QList<QPair<int, int>> expected{{2, 5}, {3, 5}, {4, 5}};
    QCOMPARE(places, expected);
    QVERIFY(run.err.contains(QStringLiteral("12x")));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileHash(db), before);
    QCOMPARE(databaseDump(db), dumpBefore);
}

void TestCliImport::rejectedFileIsUnchangedForEachError_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QByteArray header = "date,region,district,candidate,votes,elected,voters,ballots cast\n";
    QTest::newRow("cast above voters") << header + "2023-11-05,Abai,Ayagoz district,A B,10,yes,100,150\n" << 2 << 8;
    QTest::newRow("votes above cast") << header + "2023-11-05,Abai,Ayagoz district,A B,200,yes,300,150\n" << 2 << 5;
    QTest::newRow("race figures differ")
        << header + "2023-11-05,Abai,Ayagoz district,A B,10,yes,300,150\n"
                    "2023-11-05,Abai,Ayagoz district,C D,20,no,301,150\n" << 3 << 7;
    QTest::newRow("duplicate candidate")
        << header + "2023-11-05,Abai,Ayagoz district,A B,10,yes,300,150\n"
                    "2023-11-05,Abai,Ayagoz district,A B,20,no,300,150\n" << 3 << 4;
    QTest::newRow("unreadable date") << header + "2023-13-45,Abai,Ayagoz district,A B,10,yes,300,150\n" << 2 << 1;
    QTest::newRow("unterminated quote") << header + "2023-11-05,Abai,\"Ayagoz district,A B,10,yes,300,150\n" << 2 << 3;
    QTest::newRow("header without rows") << header << 0 << 0;
    QTest::newRow("empty file") << QByteArray() << 0 << 0;
}

void TestCliImport::rejectedFileIsUnchangedForEachError()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(int, column);
    const QString db = m_dir->filePath(QStringLiteral("db.sqlite"));
    QVERIFY(createDatabase(db));
    const QByteArray before = fileHash(db);
    const QString file = write(QStringLiteral("input.csv"), content);
    const Run run = sailau({QStringLiteral("import"), file, QStringLiteral("-d"), db, QStringLiteral("--mapping"),
                            QStringLiteral("public-sources")});
    QCOMPARE(run.exitCode, 1);
    QString place = QStringLiteral("input.csv:");
    if (line > 0)
        place += QString::number(line) + QLatin1Char(':');
    if (column > 0)
        place += QString::number(column) + QLatin1Char(':');
    QVERIFY2(run.err.contains(place), qPrintable(place + QStringLiteral(" not in: ") + run.err));
    QCOMPARE(fileHash(db), before);
}

void TestCliImport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{QStringLiteral("import")};
    QTest::newRow("left-out without skip-invalid")
        << QStringList{QStringLiteral("import"), QStringLiteral("a.csv"), QStringLiteral("--left-out"), QStringLiteral("x.csv")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("import"), QStringLiteral("a.csv"), QStringLiteral("--bogus")};
    QTest::newRow("sheet zero") << QStringList{QStringLiteral("import"), QStringLiteral("a.csv"), QStringLiteral("--sheet"), QStringLiteral("0")};
    QTest::newRow("unknown encoding") << QStringList{QStringLiteral("import"), QStringLiteral("a.csv"), QStringLiteral("--encoding"), QStringLiteral("klingon")};
    QTest::newRow("unknown preset") << QStringList{QStringLiteral("import"), QStringLiteral("a.csv"), QStringLiteral("--mapping"), QStringLiteral("no such preset")};
    QTest::newRow("undo without id") << QStringList{QStringLiteral("undo-import")};
    QTest::newRow("inspect without file") << QStringList{QStringLiteral("inspect"), QStringLiteral("--json")};
}

void TestCliImport::usageErrors()
{
    QFETCH(QStringList, arguments);
    write(QStringLiteral("a.csv"), "date,region,district,candidate,votes\n2023-11-05,Abai,Ayagoz district,A B,1\n");
    const QString db = m_dir->filePath(QStringLiteral("db.sqlite"));
    const Run run = sailau(arguments + QStringList{QStringLiteral("-d"), db});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(db) || arguments.first() != QLatin1String("import"));
}

void TestCliImport::dryRunWritesNothing()
{
    const QString db = m_dir->filePath(QStringLiteral("db.sqlite"));
    QVERIFY(createDatabase(db));
    const QByteArray before = fileHash(db);
    const QString file = write(QStringLiteral("ok.csv"),
                               "date,region,district,candidate,votes,elected\n"
                               "2023-11-05,Abai,Ayagoz district,Әлия Сәрсенова,10,yes\n"
                               "2023-11-05,Abai,Ayagoz district,Иван Иванов,5,no\n");
    const Run run = sailau({QStringLiteral("import"), file, QStringLiteral("-d"), db, QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("2 candidates")));
    QCOMPARE(fileHash(db), before);
    const Run list = sailau({QStringLiteral("imports"), QStringLiteral("-d"), db});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!list.out.contains(QStringLiteral("ok.csv")));
}

void TestCliImport::realShapesImport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("races");
    QTest::addColumn<int>("candidates");
    QTest::newRow("ru cp1251, cities without a district") << "ru_cp1251_cities_without_district.csv" << 4 << 8;
    QTest::newRow("kk utf-8, city in the district column") << "kk_utf8_city_in_district_column.csv" << 4 << 8;
    QTest::newRow("en xlsx, partial lists") << "en_xlsx_partial_lists.xlsx" << 4 << 7;
    QTest::newRow("ru cp1251, elected marks") << "ru_cp1251_elected_marks.csv" << 3 << 6;
    QTest::newRow("mixed utf-8, names as sources write them") << "mixed_utf8_names_as_sources_write_them.csv" << 4 << 8;
}

// Each file of the corpus imports as it is, with its counts.
void TestCliImport::realShapesImport()
{
    QFETCH(QString, file);
    QFETCH(int, races);
    QFETCH(int, candidates);
    const QString db = m_dir->filePath(QStringLiteral("db.sqlite"));
    const Run run = sailau({QStringLiteral("import"), testData(QStringLiteral("import/real-shapes/") + file),
                            QStringLiteral("-d"), db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("%1 races (%1 new, 0 updated), %2 candidates").arg(races).arg(candidates)),
             qPrintable(run.out));
}

void TestCliImport::dateFillsOnlyUndatedRows()
{
    const QString db = m_dir->filePath(QStringLiteral("db.sqlite"));
    const QString file = write(QStringLiteral("dates.csv"),
                               "date,region,district,candidate,votes,elected\n"
                               "2023-11-05,Abai,Ayagoz district,Әлия Сәрсенова,10,yes\n"
                               ",Abai,Urzhar district,Иван Иванов,5,yes\n"
                               ",Abai,Zharma district,Асет Сейтқали,7,yes\n");
    const Run run = sailau({QStringLiteral("import"), file, QStringLiteral("-d"), db, QStringLiteral("--date"),
                            QStringLiteral("2024-07-28")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("--date 2024-07-28 filled the date of 2 rows that had none")), qPrintable(run.out));
    OpenOptions options;
    options.create = false;
    OpenError error;
    QString message;
    auto opened = Database::open(db, options, &error, &message);
    QVERIFY(opened);
    QSqlQuery q(opened->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT e.date, count(*) FROM race r JOIN election e ON e.id = r.election_id "
                                  "GROUP BY e.date ORDER BY e.date")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2023-11-05"));
    QCOMPARE(q.value(1).toInt(), 1);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2024-07-28"));
    QCOMPARE(q.value(1).toInt(), 2);
}

void TestCliImport::inspectPrintsExactCells()
{
    // Quoted delimiters, doubled quotes, a newline inside quotes, an empty field, Kazakh letters,
    // a UTF-8 BOM and CRLF line ends.
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "Аудан,Кандидат,Дауыс саны\r\n"
                             "\"Есіл ауданы, Ақмола\",\"Ғалым \"\"Батыр\"\" Өтегенұлы\",1 234\r\n"
                             "Қарасу,\"екі\nжол\",\r\n";
    const QString file = write(QStringLiteral("cells.csv"), bytes);
    const Run run = sailau({QStringLiteral("inspect"), file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QLatin1String("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(json.value(QLatin1String("delimiter")).toString(), QStringLiteral(","));
    const QJsonArray header = json.value(QLatin1String("header")).toArray();
    QCOMPARE(header.size(), 3);
    QCOMPARE(header.at(0).toString(), QStringLiteral("Аудан"));
    QCOMPARE(header.at(2).toString(), QStringLiteral("Дауыс саны"));
    const QJsonArray rows = json.value(QLatin1String("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toArray().at(0).toString(), QStringLiteral("Есіл ауданы, Ақмола"));
    QCOMPARE(rows.at(0).toArray().at(1).toString(), QStringLiteral("Ғалым \"Батыр\" Өтегенұлы"));
    QCOMPARE(rows.at(0).toArray().at(2).toString(), QStringLiteral("1 234"));
    QCOMPARE(rows.at(1).toArray().at(1).toString(), QStringLiteral("екі\nжол"));
    QCOMPARE(rows.at(1).toArray().at(2).toString(), QString());
}

void TestCliImport::inspectWindows1251()
{
    // As Excel on Russian Windows saves it: Windows-1251, semicolons, decimal comma.
    QStringEncoder encoder("windows-1251");
    const QByteArray bytes = encoder(QStringLiteral("Район;Кандидат;Голоса;Явка, %\r\n"
                                                    "Есильский район;Иванов Иван;1 062;62,79\r\n"));
    const QString file = write(QStringLiteral("excel.csv"), bytes);
    const Run run = sailau({QStringLiteral("inspect"), file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("encoding")).toString().toLower(), QStringLiteral("windows-1251"));
    QCOMPARE(json.value(QLatin1String("delimiter")).toString(), QStringLiteral(";"));
    const QJsonArray row = json.value(QLatin1String("rows")).toArray().at(0).toArray();
    QCOMPARE(row.at(0).toString(), QStringLiteral("Есильский район"));
    QCOMPARE(row.at(3).toString(), QStringLiteral("62,79"));
}

void TestCliImport::importsListAndUndo()
{
    const QString db = m_dir->filePath(QStringLiteral("db.sqlite"));
    QVERIFY(createDatabase(db));
    const QString dumpBefore = databaseDump(db);
    const QString file = write(QStringLiteral("undo me.csv"),
                               "date,region,district,candidate,votes,elected,voters\n"
                               "2023-11-05,Abai,Ayagoz district,Әлия Сәрсенова,10,yes,40\n"
                               "2023-11-05,Abai,Ayagoz district,Иван Иванов,5,no,40\n"
                               "2023-11-05,область Жетысу,Сарканский район,Ерлан Қасым,7,yes,20\n");
    const Run imported = sailau({QStringLiteral("import"), file, QStringLiteral("-d"), db, QStringLiteral("-q")});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(databaseDump(db) != dumpBefore);

    Run list = sailau({QStringLiteral("imports"), QStringLiteral("-d"), db, QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray batches = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(batches.size(), 1);
    const QJsonObject batch = batches.at(0).toObject();
    QCOMPARE(batch.value(QLatin1String("file")).toString(), QStringLiteral("undo me.csv"));
    QCOMPARE(batch.value(QLatin1String("sha256")).toString().size(), 64);
    const QString id = QString::number(batch.value(QLatin1String("id")).toInteger());

    QCOMPARE(sailau({QStringLiteral("undo-import"), id, QStringLiteral("-d"), db}).exitCode, 0);
    QCOMPARE(databaseDump(db), dumpBefore);
    // Gone, and a second undo says so.
    QCOMPARE(sailau({QStringLiteral("undo-import"), id, QStringLiteral("-d"), db}).exitCode, 1);
}

void TestCliImport::reimportNeedsAllowDuplicate()
{
    const QString db = m_dir->filePath(QStringLiteral("db.sqlite"));
    const QString file = write(QStringLiteral("twice.csv"),
                               "date,region,district,candidate,votes,elected\n"
                               "2023-11-05,Abai,Ayagoz district,Әлия Сәрсенова,10,yes\n");
    QCOMPARE(sailau({QStringLiteral("import"), file, QStringLiteral("-d"), db}).exitCode, 0);
    const QString dump = databaseDump(db);
    // The same file again is refused, saying why and how to import it all the same.
    const Run again = sailau({QStringLiteral("import"), file, QStringLiteral("-d"), db});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("twice.csv")) && again.err.contains(QStringLiteral("before")),
             qPrintable(again.err));
    QVERIFY2(again.err.contains(QStringLiteral("--allow-duplicate")), qPrintable(again.err));
    QCOMPARE(databaseDump(db), dump);
    // A dry run says the same.
    QCOMPARE(sailau({QStringLiteral("import"), file, QStringLiteral("-d"), db, QStringLiteral("--dry-run")}).exitCode, 1);
    // With --allow-duplicate it is a second import, with a warning.
    const Run allowed = sailau({QStringLiteral("import"), file, QStringLiteral("-d"), db, QStringLiteral("--allow-duplicate")});
    QCOMPARE(allowed.exitCode, 0);
    QVERIFY2(allowed.err.contains(QStringLiteral("before")), qPrintable(allowed.err));
    Run list = sailau({QStringLiteral("imports"), QStringLiteral("-d"), db, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 2);
}

} // namespace

QTEST_GUILESS_MAIN(TestCliImport)
static QByteArray encodeWindows1251(const QString &text)
{
    QStringEncoder encoder("windows-1251");
    return encoder.encode(text);
}

// Windows-1251 with ';': two good races, a race with an undated row, a race with a bad count.
static const char BadRows[] =
    "Дата выборов;Область;Район;Кандидат;Голоса;Избран\r\n"
    "05.11.2023;область Абай;Абайский район;Иванов Иван;120;да\r\n"
    "05.11.2023;область Абай;Абайский район;Сәрсенова Әлия;80;нет\r\n"
    ";область Абай;Аягозский район;Петров Пётр;300;да\r\n"
    "05.11.2023;область Абай;Аягозский район;Ахметов Серик;100;нет\r\n"
    "05.11.2023;область Абай;Бескарагайский район;Ким Ольга;много;да\r\n"
    "05.11.2023;область Абай;Жарминский район;Омаров Арман;500;да\r\n";

void TestCliImport::skipInvalidImportsTheValidRaces()
{
    const QString db = m_dir->filePath(QStringLiteral("db.sqlite"));
    QVERIFY(createDatabase(db));
    // Windows-1251 loses the Kazakh letters: the file keeps only Russian ones.
    QByteArray bytes = QByteArray(BadRows).replace("Сәрсенова Әлия", "Сарсенова Алия");
    const QString path = write(QStringLiteral("results.csv"), encodeWindows1251(QString::fromUtf8(bytes)));
    const QByteArray before = fileHash(db);

    // By default the whole file is refused, and the way to import the rest is named.
    Run run = sailau({QStringLiteral("import"), path, QStringLiteral("-d"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("--skip-invalid")), qPrintable(run.err));
    QCOMPARE(fileHash(db), before);

    run = sailau({QStringLiteral("import"), path, QStringLiteral("-d"), db, QStringLiteral("--skip-invalid")});
    QCOMPARE(run.exitCode, 0);
    // Every row left out, with its line and reason: the undated row and the rest of its race,
    // the row with a bad count.
    QVERIFY2(run.err.contains(QStringLiteral("results.csv:4:1: left out: ")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("results.csv:5: left out: ")));
    QVERIFY(run.err.contains(QStringLiteral("results.csv:6:5: left out: ")));
    QVERIFY(run.err.contains(QStringLiteral("много")));
    QVERIFY(!run.err.contains(QStringLiteral("results.csv:2: left out")));
    QVERIFY(!run.err.contains(QStringLiteral("results.csv:7: left out")));
    const QString leftOut = m_dir->filePath(QStringLiteral("results.left-out.csv"));
    QVERIFY2(run.out.contains(QStringLiteral("results.left-out.csv")), qPrintable(run.out));

    // The database holds exactly the valid races.
    auto names = [&] {
        OpenOptions options;
        options.create = false;
        OpenError error;
        QString message;
        auto opened = Database::open(db, options, &error, &message);
        QStringList list;
        QSqlQuery q(opened->connection());
        q.exec(QStringLiteral("SELECT t.name FROM race r JOIN territory t ON t.id = r.territory_id ORDER BY t.name"));
        while (q.next())
            list.append(q.value(0).toString());
        return list;
    };
    QCOMPARE(names(), (QStringList{QStringLiteral("Абайский район"), QStringLiteral("Жарминский район")}));

    // The left-out file: the header and the three rows as they were, in Windows-1251.
    QFile file(leftOut);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    file.close();
    const QList<QByteArray> original = encodeWindows1251(QString::fromUtf8(bytes)).split('\n');
    QCOMPARE(written, original.at(0) + '\n' + original.at(3) + '\n' + original.at(4) + '\n' + original.at(5) + '\n');

    // Fixed (a date, a count), it imports whole.
    QByteArray fixed = written;
    fixed.replace(encodeWindows1251(QStringLiteral("\r\n;область")), encodeWindows1251(QStringLiteral("\r\n05.11.2023;область")));
    fixed.replace(encodeWindows1251(QStringLiteral("много")), "700");
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fixed);
    file.close();
    run = sailau({QStringLiteral("import"), leftOut, QStringLiteral("-d"), db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(names(), (QStringList{QStringLiteral("Абайский район"), QStringLiteral("Аягозский район"),
                                   QStringLiteral("Бескарагайский район"), QStringLiteral("Жарминский район")}));
}

// A races file and a candidates file without the level column, in one command: one race each.
void TestCliImport::twoFilesMakeOneRace()
{
    const QString db = m_dir->filePath(QStringLiteral("db.sqlite"));
    QVERIFY(createDatabase(db));
    const Run run = sailau({QStringLiteral("import"), testData(QStringLiteral("import/real-shapes/ru_cp1251_races_one_row_each.csv")),
                            testData(QStringLiteral("import/real-shapes/kk_utf8_candidates_without_level.csv")),
                            QStringLiteral("-d"), db, QStringLiteral("-q")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("4 races (0 new, 4 updated), 9 candidates")), qPrintable(run.out));
    OpenOptions options;
    options.create = false;
    OpenError error;
    QString message;
    auto opened = Database::open(db, options, &error, &message);
    QSqlQuery q(opened->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT r.territory_id) FROM race r")) && q.next());
    QCOMPARE(q.value(0).toInt(), 4);
    QCOMPARE(q.value(1).toInt(), 4);
}

// A races file and a candidates file that is refused: neither is kept (exit 1, each says why),
// and the database file is as it was. Both good: undoing either import undoes both.
void TestCliImport::twoFilesAreOneTransaction()
{
    const QString db = m_dir->filePath(QStringLiteral("step.sqlite"));
    QVERIFY(createDatabase(db));
    QFile original(db);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    const QString races = testData(QStringLiteral("import/real-shapes/ru_cp1251_rural_races_with_district.csv"));
    const QString bad = m_dir->filePath(QStringLiteral("bad-candidates.csv"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Сайлау күні,Облыс,Ауылдық округ,Кандидат,Дауыс саны\n");
    file.close();
    Run run = sailau({QStringLiteral("import"), races, bad, QStringLiteral("-d"), db, QStringLiteral("-q")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("bad-candidates.csv was refused")), qPrintable(run.err));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
    original.close();

    run = sailau({QStringLiteral("import"), races,
                  testData(QStringLiteral("import/real-shapes/kk_utf8_rural_candidates_without_district.csv")),
                  QStringLiteral("-d"), db, QStringLiteral("-q")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("4 races (0 new, 4 updated), 9 candidates")), qPrintable(run.out));
    run = sailau({QStringLiteral("imports"), QStringLiteral("-d"), db, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray imports = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QVERIFY(imports.size() >= 2);
    const QString first = QString::number(imports.at(1).toObject().value(QStringLiteral("id")).toInteger());
    run = sailau({QStringLiteral("undo-import"), first, QStringLiteral("-d"), db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.count(QStringLiteral("Undid import")), 2);
}

#include "tst_cli_import.moc"
