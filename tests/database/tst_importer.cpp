// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "datasetloader.h"
#include "language.h"
#include "importer.h"
#include "mapping.h"
#include "racequery.h"
#include "csvreader.h"
#include "store.h"
#include "textkey.h"

#include "../common/testsupport.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau;
using namespace Sailau::Import;
using namespace SailauTest;

namespace {

// A database with only the reference territories and parties.
std::unique_ptr<Database> referenceDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("ref.sqlite"))
{
    QString message;
    auto db = DatasetLoader::openOrCreate(dir.filePath(name), false, &message);
    if (!db)
        qWarning("%s", qPrintable(message));
    return db;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return path;
}

ImportReport importFile(Database &db, const QString &path, const Mapping &mapping = {}, bool dryRun = false,
                        const QHash<QString, qint64> &choices = {})
{
    ImportOptions options;
    options.path = path;
    options.mapping = mapping;
    options.dryRun = dryRun;
    options.territoryChoices = choices;
    return Importer(db).run(options);
}

QVariant scalar(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return QVariant(QStringLiteral("<none>"));
    return q.value(0);
}

QString problems(const ImportReport &report)
{
    QStringList lines;
    for (const Problem &p : report.problems)
        lines.append(p.format(report.fileName));
    return lines.join(QLatin1Char('\n'));
}

const Problem *findProblem(const ImportReport &report, const QString &text, Problem::Severity severity = Problem::Error)
{
    for (const Problem &p : report.problems) {
        if (p.severity == severity && p.message.contains(text))
            return &p;
    }
    return nullptr;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sha256OfWhatTheReaderRead_data();
    void sha256OfWhatTheReaderRead();
    void sha256OfAFileWithAReadError();
    void againstAllKeys_data();
    void againstAllKeys();
    void controlCharacterAnywhereInACell_data();
    void controlCharacterAnywhereInACell();
    void cyrillicBlocksHaveNoSpaceOrDigit();
    void headersInThreeLanguages_data();
    void headersInThreeLanguages();
    void presetRoundTrip();
    void shippedPresetFindsItsColumns();
    void longLayoutKazakhUtf8();
    void excelRussianWindows1251();
    void perRaceLayoutAddsToExistingRaces();
    void lostKazakhLetters();
    void territoryMatchingAndChoices();
    void invisibleAndLookAlikeLettersMatch_data();
    void invisibleAndLookAlikeLettersMatch();
    void improbableDatesWarn();
    void errorsPastTheListAreCounted();
    void errorsNameLineAndColumn_data();
    void errorsNameLineAndColumn();
    void secondWinnerOfAStoredRace();
    void rejectedImportLeavesFileUntouched();
    void cancelRollsBack();
    void dryRunWritesNothing();
    void reimportWarns();
    void undoRemovesExactlyTheBatch();
    void undoRestoresChangedFigures();
    void undoRefusedWhenLaterImportDependsOnIt();
    void publicSourcesThroughPreset();
    void leftOutRowsKeepTheirBytes_data();
    void leftOutRowsKeepTheirBytes();
    void skipInvalidStillRefusesABrokenFile();
    void stepOfFilesIsAllOrNothing_data();
    void stepOfFilesIsAllOrNothing();
    void stepOfFilesIsUndoneWhole();

private:
    QTemporaryDir m_dir;
};

void TestImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestImporter::sha256OfWhatTheReaderRead_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("bom");
    const int chunk = int(DelimitedReader::ChunkBytes);
    for (int size : {1, 64, 1000, chunk - 1, chunk, chunk + 1, 2 * chunk + 17}) {
        QTest::addRow("%d bytes", size) << size << false;
        QTest::addRow("%d bytes after a byte order mark", size) << size << true;
    }
}

void TestImporter::sha256OfWhatTheReaderRead()
{
    // The reader hashes the chunks it reads: its digest is the digest of the whole file, byte
    // order mark included, and there is none before the end.
    QFETCH(int, size);
    QFETCH(bool, bom);
    QByteArray data = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    const qsizetype total = data.size() + size;
    QRandomGenerator random{quint32(size)};
    while (data.size() < total) {
        data += QByteArray::number(random.bounded(100000)) + (random.bounded(8) == 0 ? "\n" : ",");
        if (random.bounded(50) == 0)
            data += "Қызылорда,";
    }
    data.truncate(total);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("data.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());

    QString error;
    auto reader = openTable(file.fileName(), {QStringLiteral("UTF-8"), QLatin1Char(',')}, &error);
    QVERIFY2(reader, qPrintable(error));
    QStringList cells;
    QVERIFY(reader->next(&cells));
    if (data.size() > int(DelimitedReader::ChunkBytes))
        QCOMPARE(reader->sha256(), QString()); // not read to the end yet
    while (reader->next(&cells)) {
    }
    QCOMPARE(reader->error(), QString());
    QCOMPARE(reader->sha256(), expected);
    QCOMPARE(fileSha256(file.fileName()), expected);
    QCOMPARE(fileSha256(dir.filePath(QStringLiteral("missing"))), QString());
}

void TestImporter::sha256OfAFileWithAReadError()
{
    // A file that opens but cannot be read (reading the process's own memory at address 0 fails
    // with an input/output error): no digest, rather than the digest of what was read before.
    const QString path = QStringLiteral("/proc/self/mem");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("/proc/self/mem cannot be opened here");
    char byte = 0;
    QCOMPARE(file.read(&byte, 1), qint64(-1));
    file.close();
    QCOMPARE(fileSha256(path), QString());
    // Nor from a reader of such a file.
    auto device = std::make_unique<QFile>(path);
    QVERIFY(device->open(QIODevice::ReadOnly));
    DelimitedReader reader(std::move(device), Encoding::Utf8, QLatin1Char(','));
    QStringList cells;
    QVERIFY(!reader.next(&cells));
    QVERIFY(!reader.error().isEmpty());
    QCOMPARE(reader.sha256(), QString());
}

void TestImporter::againstAllKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("againstAll");
    QTest::newRow("russian") << QStringLiteral("Против всех") << true;
    QTest::newRow("kazakh") << QStringLiteral("Барлығына қарсы") << true;
    QTest::newRow("kazakh, long form") << QStringLiteral("Барлық кандидаттарға қарсы") << true;
    QTest::newRow("english") << QStringLiteral("Against all") << true;
    QTest::newRow("latin with the english") << QStringLiteral("Barlyǵyna qarsy (against all)") << true;
    QTest::newRow("inside other words") << QStringLiteral("Голосов против всех кандидатов") << true;
    QTest::newRow("name") << QStringLiteral("Жұмабеков Сәуле") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("short") << QStringLiteral("against") << false;
    QTest::newRow("almost") << QStringLiteral("against al") << false;
    QTest::newRow("other words") << QStringLiteral("Против всего") << false;
    QTest::newRow("karsi alone") << QStringLiteral("Қарсы") << false;
    QTest::newRow("repeated starts") << QStringLiteral("aaaa pppp bbbb against allx") << true;
}

void TestImporter::againstAllKeys()
{
    QFETCH(QString, text);
    QFETCH(bool, againstAll);
    const QString key = TextKey::nameKey(text);
    QCOMPARE(Catalog::isAgainstAllKey(key), againstAll);
    QCOMPARE(Catalog::isAgainstAll(text), againstAll);
    // The rule as written out: one of the forms anywhere in the key.
    const bool contains = key.contains(u"against all") || key.contains(u"protiv vsekh")
        || key.contains(u"barligina karsi") || key.contains(u"barlik kandidattarga karsi");
    QCOMPARE(Catalog::isAgainstAllKey(key), contains);
}

// Cells are looked at eight characters at a time for control characters and U+FFFD; one at any
// place in a cell, in the first eight characters, past them or in the last few, is found.
void TestImporter::controlCharacterAnywhereInACell_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("character");
    QTest::addColumn<bool>("accepted");
    for (int position : {0, 1, 7, 8, 9, 15, 16, 17, 22, 23}) {
        QTest::addRow("U+0001 at %d", position) << position << 0x01 << false;
        QTest::addRow("U+001F at %d", position) << position << 0x1F << false;
        QTest::addRow("tab at %d", position) << position << 0x09 << true;
        QTest::addRow("U+0020 at %d", position) << position << 0x20 << true;
        QTest::addRow("U+FFFD at %d", position) << position << 0xFFFD << true; // written in the file: not a bad byte
        QTest::addRow("U+FFFE at %d", position) << position << 0xFFFE << true;
    }
}

void TestImporter::controlCharacterAnywhereInACell()
{
    QFETCH(int, position);
    QFETCH(int, character);
    QFETCH(bool, accepted);
    // One database for all rows, a race of its own for each.
    static QTemporaryDir dir;
    static const std::unique_ptr<Database> db = sampleDatabase(dir);
    QString name = QStringLiteral("Кандидатов Кандидат Кандидатович"); // 32 characters
    name[position + 4] = QChar(char16_t(character));
    const QString content = QStringLiteral("Дата,Область,Район,Сельский округ,Кандидат,Голоса\n"
                                           "2021-07-25,Акмолинская область,Аккольский район,Округ %1,%2,10\n")
                                .arg(QString::fromLatin1(QTest::currentDataTag()), name);
    const ImportReport report = importFile(*db, writeFile(dir, QStringLiteral("control.csv"), content.toUtf8()));
    QCOMPARE(report.ok, accepted);
    if (!accepted) {
        QCOMPARE(report.errors(), 1);
        QCOMPARE(report.problems.first().line, 2);
        QCOMPARE(report.problems.first().column, 5);
        QVERIFY(report.problems.first().message.contains(QStringLiteral("control character")));
    }
}

// The importer takes letters of U+0400–U+052F for neither spaces nor digits without asking Qt.
void TestImporter::cyrillicBlocksHaveNoSpaceOrDigit()
{
    for (char16_t u = 0x0400; u < 0x0530; ++u) {
        QVERIFY(!QChar(u).isSpace());
        QVERIFY(!QChar(u).isDigit());
    }
}

void TestImporter::headersInThreeLanguages_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field");
    const QList<std::pair<const char *, Field>> cases = {
        {"Район", Field::District}, {"Аудан", Field::District}, {"District", Field::District},
        {"Голоса", Field::Votes}, {"Дауыс саны", Field::Votes}, {"Votes", Field::Votes},
        {"Выдвинут", Field::Nomination}, {"Nominated by", Field::Nomination}, {"Ұсынған", Field::Nomination},
        {"Против всех", Field::AgainstAll}, {"Барлығына қарсы", Field::AgainstAll}, {"Against all", Field::AgainstAll},
        {"Число избирателей, включенных в списки", Field::Voters}, {"Тізімдегі сайлаушылар", Field::Voters},
        {"Voters on the lists", Field::Voters}, {"Явка, %", Field::TurnoutPublished}, {"Turnout", Field::TurnoutPublished},
        {"Дата выборов", Field::ElectionDate}, {"Сайлау күні", Field::ElectionDate}, {"Date", Field::ElectionDate},
        {"Область", Field::Region}, {"Облыс", Field::Region}, {"Region", Field::Region},
        {"Сельский округ", Field::Settlement}, {"Ауылдық округ", Field::Settlement},
        {"ФИО кандидата", Field::Candidate}, {"Кандидат", Field::Candidate}, {"Candidate", Field::Candidate},
        {"Недействительные бюллетени", Field::Invalid}, {"Жарамсыз бюллетеньдер", Field::Invalid},
        {"Выдано бюллетеней", Field::BallotsIssued}, {"Ballots cast", Field::BallotsCast},
        {"Избран", Field::Elected}, {"Сайланды", Field::Elected}, {"is_winner", Field::Elected},
        {"Источник", Field::Source}, {"Дереккөз", Field::Source}, {"source_url", Field::Source},
        {"КАТО", Field::Kato}, {"% голосов", Field::VoteSharePublished}, {"Примечание", Field::Ignore},
        {"%", Field::VoteSharePublished}, {"Процент голосов", Field::VoteSharePublished},
        {"% от числа избирателей, принявших участие", Field::VoteSharePublished},
        {"дауыс үлесі, %", Field::VoteSharePublished}, {"share, %", Field::VoteSharePublished},
        {"Против всех, %", Field::AgainstAllPublished}, {"Барлығына қарсы, %", Field::AgainstAllPublished},
        {"against all, %", Field::AgainstAllPublished}, {"% против всех", Field::AgainstAllPublished},
        {"Доля голосов против всех", Field::AgainstAllPublished},
        {"Пол", Field::Sex}, {"Жынысы", Field::Sex}, {"sex", Field::Sex},
        {"Год рождения", Field::BirthYear}, {"Туған жылы", Field::BirthYear}, {"birth year", Field::BirthYear},
        {"Возраст", Field::Age}, {"Жасы", Field::Age}, {"age", Field::Age},
        {"Место работы, должность", Field::Occupation}, {"Жұмыс орны, лауазымы", Field::Occupation},
        {"occupation", Field::Occupation},
        {"Действующий аким", Field::Incumbent}, {"Қазіргі әкім", Field::Incumbent}, {"incumbent", Field::Incumbent},
    };
    for (const auto &[header, field] : cases)
        QTest::newRow(header) << QString::fromUtf8(header) << int(field);
}

void TestImporter::headersInThreeLanguages()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    QCOMPARE(int(Fields::matchHeader(header)), field);
}

void TestImporter::presetRoundTrip()
{
    Mapping m;
    m.name = QStringLiteral("Акимат отчёты");
    m.encoding = QStringLiteral("windows-1251");
    m.delimiter = QLatin1Char(';');
    m.decimalSeparator = QLatin1Char(',');
    m.headerRow = 2;
    m.columns = {{QStringLiteral("Район"), Field::District}, {QStringLiteral("Голоса"), Field::Votes},
                 {QStringLiteral("Заметки"), Field::Ignore}};
    m.defaultDate = QDate(2023, 11, 5);
    m.defaultLevel = QStringLiteral("district");
    QString error;
    QVERIFY2(Presets::save(m, &error), qPrintable(error));
    QVERIFY(Presets::names().contains(m.name));
    const auto loaded = Presets::load(m.name, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->toJson(), m.toJson());
    // A preset finds its columns in a file that orders them differently.
    Mapping applied = *loaded;
    applied.applyTo({QStringLiteral("ГОЛОСА"), QStringLiteral("Кандидат"), QStringLiteral("район")});
    QCOMPARE(applied.fieldOf(0), Field::Votes);
    QCOMPARE(applied.fieldOf(1), Field::Candidate); // not in the preset: matched by name
    QCOMPARE(applied.fieldOf(2), Field::District);
    QVERIFY(Presets::remove(m.name, &error));
    QVERIFY(!Presets::names().contains(m.name));
    // Shipped presets cannot be overwritten.
    Mapping shipped;
    shipped.name = QStringLiteral("public-sources");
    QVERIFY(Presets::isShipped(shipped.name));
    QVERIFY(!Presets::save(shipped, &error));
}

void TestImporter::shippedPresetFindsItsColumns()
{
    QString error;
    const auto preset = Presets::load(QStringLiteral("public-sources"), &error);
    QVERIFY2(preset, qPrintable(error));
    Mapping m = *preset;
    m.applyTo({QStringLiteral("election_date"), QStringLiteral("region"), QStringLiteral("district"), QStringLiteral("settlement"),
               QStringLiteral("candidate_name"), QStringLiteral("nominated_by"), QStringLiteral("votes"),
               QStringLiteral("vote_pct"), QStringLiteral("is_winner"), QStringLiteral("source_url")});
    QCOMPARE(m.fieldOf(4), Field::Candidate);
    QCOMPARE(m.fieldOf(7), Field::VoteSharePublished);
    QCOMPARE(m.fieldOf(8), Field::Elected);
}

void TestImporter::longLayoutKazakhUtf8()
{
    QTemporaryDir dir;
    auto db = referenceDatabase(dir);
    QVERIFY(db);
    const ImportReport report = importFile(*db, testData(QStringLiteral("import/long_utf8_kk.csv")));
    QVERIFY2(report.ok, qPrintable(problems(report)));
    QCOMPARE(report.summary.rows, 6);
    QCOMPARE(report.summary.races, 2);
    QCOMPARE(report.summary.racesNew, 2);
    QCOMPARE(report.summary.candidatesNew, 4);        // "Барлығына қарсы" rows are race figures
    QCOMPARE(report.summary.territoriesNew, 3);       // a district and two rural okrugs
    QVERIFY(findProblem(report, QStringLiteral("will be created"), Problem::Warning));
    QVERIFY(report.batchId > 0);

    // Kazakh letters survive, and the territories sit where the file says.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidate WHERE name = ?"), {u"Жұмабекова Гүлнұр"_qs}).toInt(), 1);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT t.level FROM territory t WHERE t.name = ?"), {u"Қосшы ауылдық округі"_qs}).toString(),
             QStringLiteral("rural_okrug"));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT p.name_en FROM territory t JOIN territory d ON d.id = t.parent_id "
                                        "JOIN territory p ON p.id = d.parent_id WHERE t.name = ?"), {u"Талапкер ауылдық округі"_qs}).toString(),
             QStringLiteral("Akmola"));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT level FROM election")).toString(), QStringLiteral("rural"));
    // "Барлығына қарсы" is the race's "against all"; "Nur Otan" in 2021 is AMANAT; self-nomination is known.
    const qint64 koshy = scalar(*db, QStringLiteral("SELECT r.id FROM race r JOIN territory t ON t.id = r.territory_id WHERE t.name = ?"),
                                {u"Қосшы ауылдық округі"_qs}).toLongLong();
    QCOMPARE(scalar(*db, QStringLiteral("SELECT against_all FROM race WHERE id = ?"), {koshy}).toInt(), 300);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT p.short_name FROM candidate c JOIN party p ON p.id = c.party_id WHERE c.name = ?"),
                    {u"Әбдірахманов Сәкен"_qs}).toString(), QStringLiteral("AMANAT"));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT self_nominated FROM candidate WHERE name = ?"), {u"Жұмабекова Гүлнұр"_qs}).toInt(), 1);
    // Each winner's nomination is written beside the winner in race_metrics, as the candidate has it.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM race_metrics WHERE winner_id IS NOT NULL")).toInt(), 2);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM race_metrics m JOIN candidate c ON c.id = m.winner_id "
                                        "WHERE m.winner_party_id IS c.party_id AND m.winner_self_nominated IS c.self_nominated "
                                        "AND (c.party_id IS NOT NULL OR c.self_nominated IS NOT NULL)")).toInt(), 2);
    // The metrics are the one implementation's, from the imported counts: V = 3890 − 40 = 3850.
    const auto race = Store(db->connection()).race(koshy);
    QVERIFY(race);
    QVERIFY(qFuzzyCompare(*race->metrics.turnout, 3900.0 / 5200.0));
    QVERIFY(qFuzzyCompare(*race->metrics.winnerShare, 2900.0 / 3850.0));
    QVERIFY(qFuzzyCompare(scalar(*db, QStringLiteral("SELECT winner_share FROM race_metrics WHERE race_id = ?"), {koshy}).toDouble(),
                          2900.0 / 3850.0));
    QCOMPARE(race->sourcesFor(QString()), QStringList{QStringLiteral("https://example.kz/akmola/1")});
    // Found by the race filter in any spelling.
    QCOMPARE(RaceQuery(db->connection()).count({QDate(2021, 7, 25), 0, u"kosshi"_qs}), 1);
    QCOMPARE(RaceQuery(db->connection()).count({QDate(2021, 7, 25), 0, u"Сәкен"_qs}), 1);
}

void TestImporter::excelRussianWindows1251()
{
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    QVERIFY(db);
    const ImportReport report = importFile(*db, testData(QStringLiteral("import/long_cp1251_ru.csv")));
    QVERIFY2(report.ok, qPrintable(problems(report)));
    QCOMPARE(report.summary.races, 2);
    QCOMPARE(report.summary.territoriesNew, 2); // the okrugs; Федоровский район exists
    // Thousands with spaces, decimal comma, dates as DD.MM.YYYY, да/нет.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT voters FROM race r JOIN territory t ON t.id = r.territory_id WHERE t.name = ?"),
                    {u"Пешковский сельский округ"_qs}).toLongLong(), 4210);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT turnout_published FROM race r JOIN territory t ON t.id = r.territory_id WHERE t.name = ?"),
                    {u"Вишнёвый сельский округ"_qs}).toDouble(), 75.76);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT votes FROM candidate WHERE name = ?"), {u"Иванов Пётр Сергеевич"_qs}).toLongLong(), 2100);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT elected FROM candidate WHERE name = ?"), {u"Ким Виктор"_qs}).toInt(), 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT e.date FROM race r JOIN election e ON e.id = r.election_id "
                                        "JOIN territory t ON t.id = r.territory_id WHERE t.name = ?"),
                    {u"Пешковский сельский округ"_qs}).toString(), QStringLiteral("2021-07-25"));
    // The okrugs are under the sample's Федоровский район.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT p.name FROM territory t JOIN territory p ON p.id = t.parent_id WHERE t.name = ?"),
                    {u"Вишнёвый сельский округ"_qs}).toString(), u"Федоровский район"_qs);
    // The published turnouts agree with the counts: no warning about them.
    QVERIFY(!findProblem(report, QStringLiteral("published turnout"), Problem::Warning));
}

void TestImporter::perRaceLayoutAddsToExistingRaces()
{
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    QVERIFY(db);
    const ImportReport report = importFile(*db, testData(QStringLiteral("import/per_race.tsv")));
    QVERIFY2(report.ok, qPrintable(problems(report)));
    QCOMPARE(report.summary.races, 2);
    QCOMPARE(report.summary.racesNew, 0);
    QCOMPARE(report.summary.racesUpdated, 2);
    QCOMPARE(report.summary.candidatesNew, 0); // the winners are the sample's candidates
    const qint64 esil = scalar(*db, QStringLiteral(
        "SELECT r.id FROM race r JOIN territory t ON t.id = r.territory_id JOIN territory p ON p.id = t.parent_id "
        "WHERE t.name = ? AND p.name_en = 'North Kazakhstan'"), {u"Есильский район"_qs}).toLongLong();
    QVERIFY(esil > 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT voters FROM race WHERE id = ?"), {esil}).toLongLong(), 14000);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT polling_stations FROM race WHERE id = ?"), {esil}).toLongLong(), 30);
    // Now the counts are known, the metrics use them: V = 10850 − 77.
    const auto race = Store(db->connection()).race(esil);
    QCOMPARE(race->metrics.validVotesBasis, Metrics::ValidVotesBasis::CastMinusInvalid);
    QVERIFY(qFuzzyCompare(*race->metrics.turnout, 10900.0 / 14000.0));
    QVERIFY(qFuzzyCompare(scalar(*db, QStringLiteral("SELECT turnout FROM race_metrics WHERE race_id = ?"), {esil}).toDouble(),
                          10900.0 / 14000.0));
    // The race still has the sample's candidates, and the file's source beside the sample's.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidate WHERE race_id = ?"), {esil}).toInt(), 2);
}

void TestImporter::lostKazakhLetters()
{
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    const QByteArray before = fileHash(db->path());
    const ImportReport report = importFile(*db, testData(QStringLiteral("import/lost_letters_cp1251.csv")), {}, true);
    const Problem *p = findProblem(report, QStringLiteral("UTF-8"), Problem::Warning);
    QVERIFY2(p, qPrintable(problems(report)));
    QVERIFY(p->message.contains(QStringLiteral("ә ғ қ ң ө ұ ү һ")));
    QCOMPARE(p->line, 2);
    QCOMPARE(fileHash(db->path()), before);
}

void TestImporter::territoryMatchingAndChoices()
{
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    // "область Жетысу" is область Жетісу; "Актогайский район" without a region is two districts.
    const QString path = writeFile(dir, QStringLiteral("t.csv"), QStringLiteral(
        "Дата,Область,Район,Кандидат,Голоса\n"
        "2023-11-05,область Жетысу,Кербулакский район,Иванов,100\n"
        "2023-11-05,,Актогайский район,Петров,200\n"
        "2023-11-05,Карагандинская обл,Осакаровский р-н,Сидоров,300\n").toUtf8());
    const ImportReport dry = importFile(*db, path, {}, true);
    QVERIFY(!dry.ok);
    const Problem *ambiguous = findProblem(dry, QStringLiteral("matches several territories"));
    QVERIFY2(ambiguous, qPrintable(problems(dry)));
    QCOMPARE(ambiguous->line, 3);
    QVERIFY(ambiguous->message.contains(QStringLiteral("Павлодарская")) || ambiguous->message.contains(QStringLiteral("Pavlodar")));
    TerritoryIssue aktogay;
    for (const TerritoryIssue &t : dry.territories) {
        if (t.name == u"Актогайский район"_qs)
            aktogay = t;
        if (t.name == u"область Жетысу"_qs) {
            QCOMPARE(t.status, TerritoryMatcher::Status::Matched);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT iso_code FROM territory WHERE id = ?"), {t.matchedId}).toString(),
                     QStringLiteral("KZ-33"));
        }
    }
    QCOMPARE(aktogay.status, TerritoryMatcher::Status::Ambiguous);
    QCOMPARE(aktogay.suggestions.size(), 2);
    // The user picks one: the import goes through, and the names resolve.
    QHash<QString, qint64> choices;
    choices.insert(aktogay.key, aktogay.suggestions.first().id);
    const ImportReport done = importFile(*db, path, {}, false, choices);
    QVERIFY2(done.ok, qPrintable(problems(done)));
    // Abbreviated names match too: "Карагандинская обл" and "Осакаровский р-н".
    QCOMPARE(done.summary.territoriesNew, 0);
    QCOMPARE(done.summary.racesUpdated, 3);
}

void TestImporter::invisibleAndLookAlikeLettersMatch_data()
{
    QTest::addColumn<QString>("district");
    QTest::newRow("zero-width space") << u"Акко\u200Bльский район"_qs;
    QTest::newRow("soft hyphen") << u"Акколь\u00ADский район"_qs;
    QTest::newRow("latin c") << u"Аккольcкий район"_qs;
    QTest::newRow("latin p") << u"Аккольский paйон"_qs;
    QTest::newRow("latin A") << u"Aккольский район"_qs;
    QTest::newRow("latin o") << u"Аккoльский район"_qs;
}

void TestImporter::invisibleAndLookAlikeLettersMatch()
{
    // A name that differs from a stored one only by invisible characters or Latin look-alikes of
    // Cyrillic letters is the same territory: no new district that looks identical.
    QFETCH(QString, district);
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    const QVariant districts = scalar(*db, QStringLiteral("SELECT count(*) FROM territory"));
    const QString path = writeFile(dir, QStringLiteral("lookalike.csv"), (QStringLiteral(
        "Дата,Область,Район,Кандидат,Голоса\n2023-11-05,Акмолинская область,") + district + QStringLiteral(",Иванов,100\n")).toUtf8());
    const ImportReport report = importFile(*db, path);
    QVERIFY2(report.ok, qPrintable(problems(report)));
    QCOMPARE(report.summary.territoriesNew, 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM territory")), districts);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidate c JOIN race r ON r.id = c.race_id "
                                        "JOIN territory t ON t.id = r.territory_id WHERE c.name = ? AND t.name = ?"),
                    {u"Иванов"_qs, u"Аккольский район"_qs}).toInt(), 1);
}

void TestImporter::improbableDatesWarn()
{
    // A date before 1990 or after next year is most likely a typing error: a warning names the row.
    QTemporaryDir dir;
    auto db = referenceDatabase(dir);
    const QString path = writeFile(dir, QStringLiteral("dates.csv"), QByteArray(
        "Дата,Область,Район,Кандидат,Голоса\n"
        "1023-11-05,Павлодарская область,Железинский район,Иванов,100\n"
        "2023-11-05,Павлодарская область,Иртышский район,Петров,100\n"
        "2203-11-05,Павлодарская область,Майский район,Сидоров,100\n"));
    const ImportReport report = importFile(*db, path, {}, true);
    const Problem *early = findProblem(report, QStringLiteral("1990"), Problem::Warning);
    QVERIFY2(early, qPrintable(problems(report)));
    QCOMPARE(int(early->line), 2);
    QCOMPARE(early->column, 1);
    int warned = 0;
    for (const Problem &p : report.problems)
        warned += p.severity == Problem::Warning && p.message.contains(QStringLiteral("1990")) ? 1 : 0;
    QCOMPARE(warned, 2);
}

void TestImporter::errorsPastTheListAreCounted()
{
    // Only the first problems are listed, but all of them are counted: the summary says how many
    // errors the file has, not how many were listed.
    QTemporaryDir dir;
    auto db = referenceDatabase(dir);
    QByteArray content = "Дата,Область,Район,Кандидат,Голоса\n";
    for (int i = 0; i < 30; ++i)
        content += "2023-11-05,Павлодарская область,Железинский район,Кандидат " + QByteArray::number(i) + ",много\n";
    const QString path = writeFile(dir, QStringLiteral("many.csv"), content);
    ImportOptions options;
    options.path = path;
    options.maxProblems = 5;
    const ImportReport report = Importer(*db).run(options);
    QVERIFY(!report.ok);
    QCOMPARE(report.problems.size(), 5);
    QCOMPARE(report.errorCount, 30);
}

void TestImporter::errorsNameLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QByteArray header = "Дата,Область,Район,Избирателей,Выдано бюллетеней,Проголосовали,Кандидат,Голоса,Избран\n";
    const QByteArray ok = "2023-11-05,Павлодарская область,Железинский район,10443,6000,5990,Иванов,4000,да\n";
    QTest::newRow("non-numeric count") << header + ok + "2023-11-05,Павлодарская область,Железинский район,10443,6000,5990,Петров,много,нет\n"
                                       << QStringLiteral("много") << 3 << 8;
    QTest::newRow("negative count") << header + "2023-11-05,Павлодарская область,Железинский район,-5,6000,5990,Иванов,4000,да\n"
                                    << QStringLiteral("negative") << 2 << 4;
    QTest::newRow("fractional count") << header + "2023-11-05,Павлодарская область,Железинский район,10443,6000,5990,Иванов,4000.5,да\n"
                                      << QStringLiteral("whole") << 2 << 8;
    QTest::newRow("issued exceed voters") << header + "2023-11-05,Павлодарская область,Железинский район,5000,6000,4990,Иванов,4000,да\n"
                                          << QStringLiteral("exceed \"Voters on the lists\"") << 2 << 5;
    QTest::newRow("cast exceed voters") << header + "2023-11-05,Павлодарская область,Железинский район,5000,,5990,Иванов,4000,да\n"
                                        << QStringLiteral("exceed \"Voters on the lists\"") << 2 << 6;
    QTest::newRow("votes exceed cast") << header + "2023-11-05,Павлодарская область,Железинский район,10443,6000,5990,Иванов,7000,да\n"
                                       << QStringLiteral("exceed the ballots cast") << 2 << 8;
    QTest::newRow("race figures differ") << header + ok + "2023-11-05,Павлодарская область,Железинский район,10444,6000,5990,Петров,1000,нет\n"
                                         << QStringLiteral("on line 2 for the same race") << 3 << 4;
    QTest::newRow("two winners") << header + ok + "2023-11-05,Павлодарская область,Железинский район,10443,6000,5990,Петров,1000,да\n"
                                 << QStringLiteral("Two winners") << 3 << 9;
    QTest::newRow("duplicate candidate") << header + ok + "2023-11-05,Павлодарская область,Железинский район,10443,6000,5990,ИВАНОВ,1000,нет\n"
                                         << QStringLiteral("appears twice") << 3 << 7;
    QTest::newRow("missing date") << header + ",Павлодарская область,Железинский район,10443,6000,5990,Иванов,4000,да\n"
                                  << QStringLiteral("date is missing") << 2 << 1;
    QTest::newRow("unreadable date") << header + "31.02.2023,Павлодарская область,Железинский район,10443,6000,5990,Иванов,4000,да\n"
                                     << QStringLiteral("31.02.2023") << 2 << 1;
    QTest::newRow("required column missing") << QByteArray("Дата,Кандидат,Голоса\n2023-11-05,Иванов,4000\n")
                                             << QStringLiteral("required column is missing") << 0 << 0;
    QTest::newRow("date column missing") << QByteArray("Район,Голоса,Кандидат\nЖелезинский район,4000,Иванов\n")
                                         << QStringLiteral("\"Election date\"") << 0 << 0;
    QTest::newRow("unterminated quote") << header + "2023-11-05,\"Павлодарская область,Железинский район,10443,6000,5990,Иванов,4000,да\n"
                                        << QStringLiteral("quote") << 2 << 2;
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty") << 0 << 0;
    QTest::newRow("header without rows") << header << QStringLiteral("no rows") << 0 << 0;
    QTest::newRow("unknown region") << header + "2023-11-05,Лондонская область,Железинский район,10443,6000,5990,Иванов,4000,да\n"
                                    << QStringLiteral("is not a region") << 2 << 2;
    QTest::newRow("bad elected mark") << header + "2023-11-05,Павлодарская область,Железинский район,10443,6000,5990,Иванов,4000,может быть\n"
                                      << QStringLiteral("может быть") << 2 << 9;
    QTest::newRow("votes add up to more than the valid ballots")
        << QByteArray("Дата,Область,Район,Проголосовали,Недействительных,Кандидат,Голоса,Избран\n"
                      "2023-11-05,Павлодарская область,Железинский район,100,10,Иванов,80,да\n"
                      "2023-11-05,Павлодарская область,Железинский район,100,10,Петров,70,нет\n")
        << QStringLiteral("more than the 90 valid ballots") << 3 << 7;
    QTest::newRow("elected with fewer votes") << header + "2023-11-05,Павлодарская область,Железинский район,10443,6000,5990,Иванов,10,да\n"
                                                 "2023-11-05,Павлодарская область,Железинский район,10443,6000,5990,Петров,900,нет\n"
                                              << QStringLiteral("fewer votes") << 2 << 9;
    QTest::newRow("invisible character before a date")
        << header + "\xEF\xBB\xBF" "2023-11-05,Павлодарская область,Железинский район,10443,6000,5990,Иванов,4000,да\n"
        << QStringLiteral("U+FEFF") << 2 << 1;
    QTest::newRow("votes without candidate") << QByteArray("Дата,Район,Голоса\n2023-11-05,Железинский район,100\n")
                                             << QStringLiteral("needs a \"Candidate\" column") << 0 << 3;
}

void TestImporter::errorsNameLineAndColumn()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    const QByteArray before = fileHash(db->path());
    const QString path = writeFile(dir, QStringLiteral("bad.csv"), content);
    const ImportReport report = importFile(*db, path);
    QVERIFY(!report.ok);
    QVERIFY(report.errors() > 0);
    bool found = false;
    for (const Problem &p : report.problems) {
        if (p.severity == Problem::Error && (p.message.contains(message) || p.value.contains(message))) {
            QCOMPARE(int(p.line), line);
            QCOMPARE(p.column, column);
            found = true;
            // FILE:LINE:COLUMN: as compilers write it.
            if (line > 0)
                QVERIFY(p.format(QStringLiteral("bad.csv")).startsWith(QStringLiteral("bad.csv:%1:").arg(line)));
            break;
        }
    }
    QVERIFY2(found, qPrintable(problems(report)));
    QCOMPARE(report.batchId, 0);
    QCOMPARE(fileHash(db->path()), before);
}

void TestImporter::secondWinnerOfAStoredRace()
{
    // A race already in the database with its winner, then a file that elects another candidate
    // in it: the message says which winner is where.
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    const QByteArray header = "Дата,Область,Район,Избирателей,Выдано бюллетеней,Проголосовали,Кандидат,Голоса,Избран\n";
    const QString first = writeFile(dir, QStringLiteral("first.csv"),
                                    header + "2023-11-05,Павлодарская область,Железинский район,10443,6000,5990,Иванов,4000,да\n");
    QVERIFY(importFile(*db, first).ok);
    const QByteArray before = fileHash(db->path());
    const QString second = writeFile(dir, QStringLiteral("second.csv"),
                                     header + "2023-11-05,Павлодарская область,Железинский район,10443,6000,5990,Петров,1000,да\n");
    const ImportReport report = importFile(*db, second);
    QVERIFY(!report.ok);
    bool found = false;
    for (const Problem &p : report.problems) {
        if (p.severity == Problem::Error && p.message.startsWith(QStringLiteral("Two winners"))) {
            // (Without a translator loaded the plural shows as written in the source: "line(s)".)
            QVERIFY2(p.message.contains(QStringLiteral("one already in the database and 1 more on line")), qPrintable(p.message));
            QVERIFY2(p.message.contains(QStringLiteral(" 2. ")), qPrintable(p.message));
            QCOMPARE(int(p.line), 2);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(problems(report)));
    QCOMPARE(fileHash(db->path()), before);
}

void TestImporter::rejectedImportLeavesFileUntouched()
{
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    const QString dump = dumpDatabase(db->connection());
    const QByteArray hash = fileHash(db->path());
    // Many good rows, then one bad one at the end: the good ones were written and are rolled back.
    QByteArray content = "Дата,Область,Район,Сельский округ,Кандидат,Голоса\n";
    for (int i = 0; i < 500; ++i)
        content += QStringLiteral("2021-07-25,Акмолинская область,Аккольский район,Округ %1,Кандидат %1,%2\n").arg(i).arg(100 + i).toUtf8();
    content += "2021-07-25,Акмолинская область,Аккольский район,Округ 1,Кандидат 1,abc\n";
    const ImportReport report = importFile(*db, writeFile(dir, QStringLiteral("late-error.csv"), content));
    QVERIFY(!report.ok);
    QCOMPARE(report.errors(), 1);
    QCOMPARE(report.problems.first().line, 502);
    QCOMPARE(dumpDatabase(db->connection()), dump);
    QCOMPARE(fileHash(db->path()), hash);
}

void TestImporter::cancelRollsBack()
{
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    const QByteArray hash = fileHash(db->path());
    QByteArray content = "Дата,Область,Район,Сельский округ,Кандидат,Голоса\n";
    for (int i = 0; i < 20000; ++i)
        content += QStringLiteral("2021-07-25,Акмолинская область,Аккольский район,Округ %1,Кандидат %1,%2\n").arg(i).arg(i).toUtf8();
    const QString path = writeFile(dir, QStringLiteral("big.csv"), content);
    ImportOptions options;
    options.path = path;
    std::atomic_bool cancel{false};
    int calls = 0;
    const ImportReport report = Importer(*db).run(options, [&](qint64 done, qint64 total) {
        ++calls;
        QVERIFY(done <= total);
        if (calls == 2)
            cancel = true; // after some rows were written
    }, &cancel);
    QVERIFY(report.cancelled);
    QVERIFY(!report.ok);
    QVERIFY(calls >= 2);
    QCOMPARE(fileHash(db->path()), hash);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM import_batch")).toInt(), 1);
}

void TestImporter::dryRunWritesNothing()
{
    QTemporaryDir dir;
    auto db = referenceDatabase(dir);
    const QByteArray hash = fileHash(db->path());
    const ImportReport report = importFile(*db, testData(QStringLiteral("import/long_utf8_kk.csv")), {}, true);
    QVERIFY2(report.ok, qPrintable(problems(report)));
    QVERIFY(report.dryRun);
    QCOMPARE(report.summary.races, 2);
    QCOMPARE(report.summary.candidatesNew, 4);
    QCOMPARE(report.summary.territoriesNew, 3);
    QCOMPARE(report.batchId, 0);
    QCOMPARE(fileHash(db->path()), hash);
}

void TestImporter::reimportWarns()
{
    QTemporaryDir dir;
    auto db = referenceDatabase(dir);
    const QString path = testData(QStringLiteral("import/long_utf8_kk.csv"));
    const ImportReport first = importFile(*db, path);
    QVERIFY(first.ok);
    QVERIFY(first.earlierBatches.isEmpty());
    const ImportReport second = importFile(*db, path, {}, true);
    QCOMPARE(second.earlierBatches, QList<qint64>{first.batchId});
    QVERIFY(findProblem(second, QStringLiteral("imported before"), Problem::Warning));
    // The same rows again: same races, nothing new, no conflict.
    QVERIFY2(!findProblem(second, QStringLiteral("twice")), qPrintable(problems(second)));
    QCOMPARE(second.summary.racesUpdated, 2);
    QCOMPARE(second.summary.candidatesNew, 0);
}

void TestImporter::undoRemovesExactlyTheBatch()
{
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    const QString before = dumpDatabase(db->connection());
    const ImportReport report = importFile(*db, testData(QStringLiteral("import/long_cp1251_ru.csv")));
    QVERIFY2(report.ok, qPrintable(problems(report)));
    QVERIFY(dumpDatabase(db->connection()) != before);
    const QList<BatchInfo> batches = Batches::list(*db);
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches.first().id, report.batchId);
    QCOMPARE(batches.first().racesAdded, 2);
    QCOMPARE(batches.first().candidatesAdded, 4);
    QCOMPARE(batches.first().territoriesAdded, 2);
    QCOMPARE(batches.first().sha256.size(), 64);
    QString error;
    QVERIFY2(Batches::undo(*db, report.batchId, &error), qPrintable(error));
    QCOMPARE(dumpDatabase(db->connection()), before);
    QVERIFY(!Batches::undo(*db, report.batchId, &error));
}

void TestImporter::undoRestoresChangedFigures()
{
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    const QString before = dumpDatabase(db->connection());
    const ImportReport report = importFile(*db, testData(QStringLiteral("import/per_race.tsv")));
    QVERIFY2(report.ok, qPrintable(problems(report)));
    QString error;
    QVERIFY2(Batches::undo(*db, report.batchId, &error), qPrintable(error));
    QCOMPARE(dumpDatabase(db->connection()), before);
}

void TestImporter::undoRefusedWhenLaterImportDependsOnIt()
{
    QTemporaryDir dir;
    auto db = referenceDatabase(dir);
    const ImportReport first = importFile(*db, testData(QStringLiteral("import/long_utf8_kk.csv")));
    QVERIFY(first.ok);
    // A later file adds a candidate to a race the first one created.
    const QString path = writeFile(dir, QStringLiteral("more.csv"), QStringLiteral(
        "Сайлау күні,Облыс,Аудан,Ауылдық округ,Кандидат,Дауыс саны\n"
        "2021-07-25,Ақмола облысы,Целиноград ауданы,Қосшы ауылдық округі,Ахметов Ерлан,0\n").toUtf8());
    const ImportReport second = importFile(*db, path);
    QVERIFY2(second.ok, qPrintable(problems(second)));
    QString error;
    QVERIFY(!Batches::undo(*db, first.batchId, &error));
    QVERIFY(error.contains(QStringLiteral("Undo them first")));
    QVERIFY2(Batches::undo(*db, second.batchId, &error), qPrintable(error));
    QVERIFY2(Batches::undo(*db, first.batchId, &error), qPrintable(error));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM race")).toInt(), 0);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM territory")).toInt(), 21);
}

// The public-source files the sample was made from import through the shipped preset and give
// the same metrics as the sample.
void TestImporter::publicSourcesThroughPreset()
{
    const QString races = sharedDir(QStringLiteral("data/races.csv"));
    const QString candidates = sharedDir(QStringLiteral("data/candidates.csv"));
    if (!QFile::exists(races))
        QSKIP("../shared/data is not present");
    // Compare by the Russian names, which both databases have.
    setDisplayLanguage(Language::Russian);
    struct Restore
    {
        ~Restore() { setDisplayLanguage(Language::English); }
    } restore;
    QTemporaryDir dir;
    auto db = referenceDatabase(dir);
    QString error;
    const auto preset = Presets::load(QStringLiteral("public-sources"), &error);
    QVERIFY2(preset, qPrintable(error));
    const ImportReport first = importFile(*db, races, *preset);
    QVERIFY2(first.ok, qPrintable(problems(first)));
    QCOMPARE(first.summary.races, 40);
    QCOMPARE(first.summary.territoriesNew, 40);
    const ImportReport second = importFile(*db, candidates, *preset);
    QVERIFY2(second.ok, qPrintable(problems(second)));
    QCOMPARE(second.summary.racesNew, 0);
    QCOMPARE(second.summary.candidatesNew, 27);

    auto sample = sampleDatabase(dir, QStringLiteral("sample.sqlite"));
    const QList<RaceRow> imported = RaceQuery(db->connection()).fetch({QDate(2023, 11, 5), 0, {}}, RaceColumn::Territory,
                                                                       Qt::AscendingOrder, 0, -1);
    const QList<RaceRow> bundled = RaceQuery(sample->connection()).fetch({QDate(2023, 11, 5), 0, {}}, RaceColumn::Territory,
                                                                         Qt::AscendingOrder, 0, -1);
    QCOMPARE(imported.size(), bundled.size());
    QHash<QString, const RaceRow *> byName;
    for (const RaceRow &r : bundled)
        byName.insert(r.region + QLatin1Char('/') + r.territory, &r);
    for (const RaceRow &r : imported) {
        const RaceRow *b = byName.value(r.region + QLatin1Char('/') + r.territory);
        QVERIFY2(b, qPrintable(r.territory));
        for (int i = 0; i < Metrics::MetricCount; ++i) {
            const auto m = Metrics::Metric(i);
            // The bundled sample also has figures from the notes of totals.csv (registered candidates,
            // polling stations), which races.csv does not carry.
            if (m == Metrics::Metric::Candidates)
                continue;
            // Where only the sample has the registered count, only the sample knows the list is
            // complete: the import keeps what needs the whole list missing.
            const bool onlySampleComplete = b->metric(Metrics::Metric::Candidates).has_value()
                && !r.metric(Metrics::Metric::Candidates).has_value();
            if (onlySampleComplete && m != Metrics::Metric::Turnout && m != Metrics::Metric::InvalidShare
                && m != Metrics::Metric::OutsideShare) {
                if (r.metric(m) && b->metric(m))
                    QVERIFY(qFuzzyCompare(*r.metric(m), *b->metric(m)));
                continue;
            }
            QCOMPARE(r.metric(m).has_value(), b->metric(m).has_value());
            if (r.metric(m))
                QVERIFY(qFuzzyCompare(*r.metric(m), *b->metric(m)));
        }
        QCOMPARE(r.winner, b->winner);
    }
}

QTEST_GUILESS_MAIN(TestImporter)
// The rows an import leaves out are written as the file has them (encoding, byte order mark,
// line breaks, a quoted cell over two lines), after its header, so that they can be fixed and
// imported again; the race of a bad row is left out whole, the others imported.
void TestImporter::leftOutRowsKeepTheirBytes_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("eol");
    QTest::addColumn<bool>("badLast");      // the bad race ends the file, without a final line break

    QTest::newRow("UTF-8, LF") << QStringLiteral("UTF-8") << false << QStringLiteral("\n") << false;
    QTest::newRow("UTF-8 with BOM, CRLF") << QStringLiteral("UTF-8") << true << QStringLiteral("\r\n") << false;
    QTest::newRow("Windows-1251, CRLF") << QStringLiteral("windows-1251") << false << QStringLiteral("\r\n") << false;
    QTest::newRow("UTF-16LE with BOM, CRLF") << QStringLiteral("UTF-16LE") << true << QStringLiteral("\r\n") << false;
    QTest::newRow("bad race last, no final line break") << QStringLiteral("UTF-8") << false << QStringLiteral("\n") << true;
}

void TestImporter::leftOutRowsKeepTheirBytes()
{
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, eol);
    QFETCH(bool, badLast);

    const QString header = QStringLiteral("Дата выборов;Область;Район;Кандидат;Голоса;Избран");
    const QStringList good = {QStringLiteral("05.11.2023;область Абай;Абайский район;Иванов Иван;120;да"),
                              QStringLiteral("05.11.2023;область Абай;Абайский район;Сарсенова Алия;80;нет")};
    const QStringList bad = {QStringLiteral("05.11.2023;область Абай;Аягозский район;Петров Пётр;300;да"),
                             QStringLiteral("05.11.2023;область Абай;Аягозский район;\"Ахметов") + eol
                                 + QStringLiteral("Серик\";много;нет")};
    const QStringList rows = badLast ? good + bad : bad + good;
    QString text = header + eol + rows.join(eol);
    if (!badLast)
        text += eol;
    auto encode = [&](const QString &t) {
        QStringEncoder encoder(encoding.toLatin1().constData(),
                               bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        return QByteArray(encoder.encode(t));
    };
    QTemporaryDir dir;
    auto db = referenceDatabase(dir);
    QVERIFY(db);
    const QString path = writeFile(dir, QStringLiteral("results.csv"), encode(text));
    const qint64 candidatesBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM candidate")).toLongLong();

    ImportOptions options;
    options.path = path;
    options.skipInvalid = true;
    const ImportReport report = Importer(*db).run(options);
    QVERIFY2(report.ok, qPrintable(problems(report)));
    QCOMPARE(report.summary.races, 1);
    QCOMPARE(report.summary.racesLeftOut, 1);
    QCOMPARE(report.summary.rowsLeftOut, 2);
    QCOMPARE(report.leftOut.size(), 2);
    const qint64 firstBad = badLast ? 4 : 2;
    QCOMPARE(report.leftOut.at(0).line, firstBad);
    QVERIFY2(report.leftOut.at(0).reason.contains(QStringLiteral("много")), qPrintable(report.leftOut.at(0).reason));
    QCOMPARE(report.leftOut.at(1).line, firstBad + 1);
    QCOMPARE(report.leftOut.at(1).column, 5);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidate")).toLongLong(), candidatesBefore + 2);
    QCOMPARE(report.leftOutPath, dir.filePath(QStringLiteral("results.left-out.csv")));

    QFile file(report.leftOutPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), encode(header + eol + bad.join(eol) + eol));
}

// Errors about the file as a whole (a required column missing) refuse it even with skipInvalid,
// and leave no file of left-out rows.
void TestImporter::skipInvalidStillRefusesABrokenFile()
{
    QTemporaryDir dir;
    auto db = referenceDatabase(dir);
    QVERIFY(db);
    const QString path = writeFile(dir, QStringLiteral("nodate.csv"),
                                   "Область;Район;Кандидат;Голоса\nобласть Абай;Абайский район;Иванов Иван;120\n");
    const QString before = dumpDatabase(db->connection());
    ImportOptions options;
    options.path = path;
    options.skipInvalid = true;
    const ImportReport report = Importer(*db).run(options);
    QVERIFY(!report.ok);
    QVERIFY(report.leftOut.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nodate.left-out.csv"))));
    QCOMPARE(dumpDatabase(db->connection()), before);
}

// Several files in one step: a refused file (the first or a later one), a cancel, or a dry run
// leaves the database file byte for byte as it was, and no file of left-out rows behind.
void TestImporter::stepOfFilesIsAllOrNothing_data()
{
    QTest::addColumn<QStringList>("contents");  // the files of the step, in order
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("reports");

    const QString races = QStringLiteral("Дата,Уровень,Область,Район,Сельский округ,Избирателей,Проголосовали\n"
                                         "2021-07-25,сельский,Акмолинская область,Аккольский район,Округ Первый,900,700\n"
                                         "2021-07-25,сельский,Акмолинская область,Аккольский район,Округ Второй,800,600\n");
    const QString candidates = QStringLiteral("Дата,Область,Район,Сельский округ,Кандидат,Голоса\n"
                                              "2021-07-25,Акмолинская область,Аккольский район,Округ Первый,Кандидат А,500\n"
                                              "2021-07-25,Акмолинская область,Аккольский район,Округ Второй,Кандидат Б,400\n");
    QString bad = candidates;
    bad.replace(QStringLiteral(",400"), QStringLiteral(",четыреста"));
    const QString empty = QStringLiteral("Дата,Область,Район,Сельский округ,Кандидат,Голоса\n");
    QTest::newRow("the second file refused") << QStringList{races, empty} << false << false << 2;
    QTest::newRow("the first file refused") << QStringList{empty, races} << false << false << 1;
    QTest::newRow("rows left out, then a file refused") << QStringList{bad, empty} << false << false << 2;
    QTest::newRow("a dry run of both") << QStringList{races, candidates} << true << true << 2;
}

void TestImporter::stepOfFilesIsAllOrNothing()
{
    QFETCH(QStringList, contents);
    QFETCH(bool, dryRun);
    QFETCH(bool, ok);
    QFETCH(int, reports);
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    const QString dump = dumpDatabase(db->connection());
    const QByteArray hash = fileHash(db->path());
    QList<ImportOptions> files;
    for (int i = 0; i < contents.size(); ++i) {
        ImportOptions options;
        options.path = writeFile(dir, QStringLiteral("file%1.csv").arg(i), contents.at(i).toUtf8());
        options.dryRun = dryRun;
        options.skipInvalid = true; // a file of left-out rows written for a step that fails is removed
        files.append(options);
    }
    const QList<ImportReport> result = Importer(*db).runAll(files);
    QCOMPARE(int(result.size()), reports);
    for (const ImportReport &report : result) {
        QCOMPARE(report.ok, ok);
        QCOMPARE(report.dryRun, dryRun);
        QCOMPARE(report.batchId, qint64(0));
    }
    if (!ok && reports == 2) {
        QVERIFY2(problems(result.first()).contains(QStringLiteral("file1.csv was refused")), qPrintable(problems(result.first())));
        QVERIFY(result.at(1).errorCount > 0);
    }
    if (dryRun) {
        // The second file's check sees the races of the first: it adds to them.
        QCOMPARE(result.at(1).summary.racesNew, 0);
        QCOMPARE(result.at(1).summary.racesUpdated, 2);
    }
    QCOMPARE(dumpDatabase(db->connection()), dump);
    QCOMPARE(fileHash(db->path()), hash);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.left-out.csv")}), QStringList());
}

// Two files in one step are two batches, undone together whichever is named; the database is then
// as it was.
void TestImporter::stepOfFilesIsUndoneWhole()
{
    QTemporaryDir dir;
    auto db = sampleDatabase(dir);
    const QString before = dumpDatabase(db->connection());
    ImportOptions races;
    races.path = writeFile(dir, QStringLiteral("races.csv"), QStringLiteral(
        "Дата,Уровень,Область,Район,Сельский округ,Избирателей,Проголосовали\n"
        "2021-07-25,сельский,Акмолинская область,Аккольский район,Округ Первый,900,700\n").toUtf8());
    ImportOptions candidates;
    candidates.path = writeFile(dir, QStringLiteral("candidates.csv"), QStringLiteral(
        "Дата,Область,Район,Сельский округ,Кандидат,Голоса\n"
        "2021-07-25,Акмолинская область,Аккольский район,Округ Первый,Кандидат А,500\n"
        "2021-07-25,Акмолинская область,Аккольский район,Округ Первый,Кандидат Б,150\n").toUtf8());
    const QList<ImportReport> result = Importer(*db).runAll({races, candidates});
    QCOMPARE(result.size(), 2);
    QVERIFY2(result.at(0).ok, qPrintable(problems(result.at(0))));
    QVERIFY2(result.at(1).ok, qPrintable(problems(result.at(1))));
    QVERIFY(result.at(0).batchId > 0 && result.at(1).batchId > result.at(0).batchId);
    QCOMPARE(result.at(1).summary.racesUpdated, 1);
    const QList<BatchInfo> batches = Batches::list(*db);
    QCOMPARE(batches.at(0).fileName, QStringLiteral("candidates.csv"));
    QCOMPARE(batches.at(1).fileName, QStringLiteral("races.csv"));
    QCOMPARE(batches.at(0).sha256.size(), 64);
    const QList<qint64> step{result.at(0).batchId, result.at(1).batchId};
    QCOMPARE(Batches::step(*db, result.at(1).batchId), step);
    QString error;
    QVERIFY2(Batches::undo(*db, result.at(0).batchId, &error), qPrintable(error));
    QCOMPARE(dumpDatabase(db->connection()), before);
}

#include "tst_importer.moc"
