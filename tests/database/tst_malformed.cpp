// SPDX-License-Identifier: GPL-3.0-or-later
// Malformed input through the import pipeline the CLI and the import dialog run (Importer on its
// own connection, automatic mapping): every file of tests/data/malformed, and large or hostile
// files written at run time. Each import ends within a bound, either imported with the counts the
// file holds or rejected with a message that names the file, the line and (for a cell) the
// column; a rejected import leaves the database exactly as it was.
#include "database.h"
#include "datasetloader.h"
#include "importer.h"

#include "../common/testsupport.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <sys/stat.h>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace Sailau;
using namespace Sailau::Import;
using namespace SailauTest;

namespace {

// Hang detection, not a benchmark: the slowest file (a 10 MB line, a ZIP bomb) takes a second or two.
constexpr int BoundMs = 20000;

struct Expect
{
    bool accept = false;
    // Rejected: a fragment of the first error's message, its line (0: the file as a whole) and
    // column (0: no cell).
    QString fragment;
    int line = 0;
    int column = 0;
    // Imported: rows, races, candidate rows.
    int rows = 0;
    int races = 0;
    int candidates = 0;
};

Expect reject(const QString &fragment, int line = 0, int column = 0)
{
    Expect e;
    e.fragment = fragment;
    e.line = line;
    e.column = column;
    return e;
}

Expect accept(int rows, int races, int candidates)
{
    Expect e;
    e.accept = true;
    e.rows = rows;
    e.races = races;
    e.candidates = candidates;
    return e;
}

QString problemsText(const ImportReport &report)
{
    QStringList lines;
    for (const Problem &p : report.problems)
        lines.append(p.format(report.fileName));
    return lines.join(QLatin1Char('\n'));
}

// Runs the import on a thread of a pool with its own connection, as the import dialog does, and
// waits at most BoundMs for it. A hang ends the test run with the file's name.
ImportReport importWithDeadline(const QString &databasePath, const QString &file, qint64 *elapsedMs)
{
    ImportReport report;
    QString openError;
    QThreadPool pool;
    const auto work = [&] {
        QString message;
        OpenOptions options;
        options.create = false;
        OpenError error;
        auto db = Database::open(databasePath, options, &error, &message);
        if (!db) {
            openError = message;
            return;
        }
        ImportOptions importOptions;
        importOptions.path = file;
        importOptions.maxProblems = 100000;
        report = Importer(*db).run(importOptions);
    };
    QElapsedTimer timer;
    timer.start();
    pool.start(work);
    if (!pool.waitForDone(BoundMs))
        qFatal("the import of %s did not end within %d ms", qPrintable(file), BoundMs);
    *elapsedMs = timer.elapsed();
    if (!openError.isEmpty())
        qWarning("cannot open the database: %s", qPrintable(openError));
    return report;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QByteArray Header = "Дата,Область,Район,Сельский округ,Кандидат,Выдвинут,Голоса,Избран";

// The parts of a minimal workbook around one sheet (written by the caller).
QList<QPair<QString, QByteArray>> workbookParts()
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const QByteArray pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
    return {
        {QStringLiteral("[Content_Types].xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
         "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"},
        {QStringLiteral("_rels/.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + pkg + "\"><Relationship Id=\"rId1\" Type=\""
             + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {QStringLiteral("xl/workbook.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel
             + "\"><sheets><sheet name=\"Итоги\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + pkg + "\"><Relationship Id=\"rId1\" Type=\""
             + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
    };
}

// A workbook whose one sheet inflates to `bytes` bytes of digits inside one cell. declaredSize
// >= 0 writes that size into the ZIP headers instead of the true one (a part that lies).
bool writeZipBomb(const QString &path, qint64 bytes, qint64 declaredSize = -1)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : workbookParts()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(data);
        file.close();
    }
    const QByteArray head = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>";
    const QByteArray tail = "</t></is></c></row></sheetData></worksheet>";
    QuaZipFile file(&zip);
    if (declaredSize < 0) {
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")), nullptr, 0,
                       Z_DEFLATED, Z_BEST_SPEED))
            return false;
        file.write(head);
        const QByteArray zeros(8 * 1024 * 1024, '0');
        for (qint64 written = 0; written < bytes; written += zeros.size()) {
            if (file.write(zeros) != zeros.size())
                return false;
        }
        file.write(tail);
    } else {
        // Raw deflate data written as it is, with a header that declares declaredSize bytes.
        QByteArray body = head + QByteArray(int(bytes), '0') + tail;
        QByteArray deflated = qCompress(body, 9);
        deflated = deflated.mid(4 + 2).chopped(4); // qCompress: size, zlib header, data, Adler-32
        QuaZipNewInfo info(QStringLiteral("xl/worksheets/sheet1.xml"));
        info.uncompressedSize = quint64(declaredSize);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 9, true))
            return false;
        file.write(deflated);
    }
    file.close();
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return QVariant(QStringLiteral("<none>"));
    return q.value(0);
}

// The candidates' names of the race in the okrug named `okrug`, in file order.
QStringList candidateNames(const QSqlDatabase &db, const QString &okrug)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.name FROM candidate c JOIN race r ON r.id = c.race_id "
                             "JOIN territory t ON t.id = r.territory_id WHERE t.name = ? ORDER BY c.position, c.id"));
    q.addBindValue(okrug);
    QStringList names;
    if (q.exec()) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

} // namespace

class TestMalformed : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyFileHasAnExpectation();
    void importEnds_data();
    void importEnds();
    void sqlInjectionIsText();
    void formulasAreText();
    void quotedTextKeepsItsLetters();
    void datesReadAsOneDay();
    void devicesAndPipesEnd_data();
    void devicesAndPipesEnd();

private:
    // A copy of the sample database to import into.
    QString freshDatabase(const QString &name);
    QString malformed(const QString &name) const { return testData(QStringLiteral("malformed/") + name); }
    QString generated(const QString &name) const { return m_dir.filePath(QStringLiteral("generated/") + name); }
    // Imports path (which must be accepted) into a fresh copy and returns the database path.
    QString importAccepted(const QString &path);

    QTemporaryDir m_dir;
    QString m_template;
    QHash<QString, Expect> m_expect;
};

void TestMalformed::initTestCase()
{
    QVERIFY(m_dir.isValid());
    {
        auto db = sampleDatabase(m_dir, QStringLiteral("template.sqlite"));
        QVERIFY(db);
        m_template = db->path();
    }
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("generated")));

    // --- Large and random inputs, written here rather than kept in the repository. ----------------
    // One line of 10 MB without a line break: Cyrillic words and commas (more columns than any table has).
    {
        QByteArray line;
        line.reserve(10 * 1024 * 1024 + 64);
        int i = 0;
        while (line.size() < 10 * 1024 * 1024)
            line += "Сельский округ " + QByteArray::number(i++) + ',';
        QVERIFY(writeBytes(generated(QStringLiteral("line_10mb.csv")), line));
    }
    // A valid file with 10,000 columns: the eight known ones, then notes.
    {
        QByteArray header = Header;
        QByteArray row1 = "2021-07-25,Акмолинская область,Аккольский район,Широкий сельский округ,Иванов Пётр,самовыдвижение,1200,да";
        QByteArray row2 = "2021-07-25,Акмолинская область,Аккольский район,Широкий сельский округ,Ким Виктор,самовыдвижение,800,нет";
        for (int c = 9; c <= 10000; ++c) {
            header += ",Примечание " + QByteArray::number(c);
            row1 += ",x" + QByteArray::number(c);
            row2 += ",";
        }
        QVERIFY(writeBytes(generated(QStringLiteral("columns_10000.csv")), header + '\n' + row1 + '\n' + row2 + '\n'));
    }
    // A 10 MB cell inside an otherwise good row.
    {
        const QByteArray name = QByteArray(10 * 1024 * 1024, 'x');
        QVERIFY(writeBytes(generated(QStringLiteral("cell_10mb.csv")),
                           Header + "\n2021-07-25,Акмолинская область,Аккольский район,Длинный сельский округ," + name
                               + ",самовыдвижение,1200,да\n"));
    }
    // Random bytes under a table's name, from a fixed seed.
    {
        QRandomGenerator random(20211025);
        QByteArray bytes(256 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QVERIFY(writeBytes(generated(QStringLiteral("random_bytes.csv")), bytes));
        QVERIFY(writeBytes(generated(QStringLiteral("random_bytes.xlsx")), bytes));
        // A ZIP signature in front of random bytes.
        QVERIFY(writeBytes(generated(QStringLiteral("random_after_zip_signature.xlsx")), QByteArray("PK\x03\x04", 4) + bytes));
    }
    // An XLSX whose sheet inflates to 2 GiB, and one whose sheet says it is 100 bytes but inflates to 64 MiB.
    QVERIFY(writeZipBomb(generated(QStringLiteral("zip_bomb_2gib.xlsx")), qint64(2) * 1024 * 1024 * 1024));
    QVERIFY(QFileInfo(generated(QStringLiteral("zip_bomb_2gib.xlsx"))).size() < 16 * 1024 * 1024);
    QVERIFY(writeZipBomb(generated(QStringLiteral("zip_part_lies_about_size.xlsx")), 64 * 1024 * 1024, 100));

    // --- What each file is, and so what its import must end in. ----------------------------------------
    // Lines count from 1 with the header; columns from 1. A cell's problem names its column.
    auto &e = m_expect;
    // Empty and nearly empty.
    e[u"empty.csv"_qs] = reject(u"empty"_qs);
    e[u"bom_only.csv"_qs] = reject(u"empty"_qs);
    e[u"header_only.csv"_qs] = reject(u"no rows"_qs);
    e[u"header_then_blank_lines.csv"_qs] = reject(u"no rows"_qs);
    e[u"blank_lines_only.csv"_qs] = reject(u"empty"_qs);
    e[u"delimiters_only.csv"_qs] = reject(u"required column is missing"_qs);
    // Encodings: bytes that are not text in the file's encoding are refused where they are.
    e[u"truncated_utf8.csv"_qs] = reject(u"UTF-8"_qs, 3, 5);
    e[u"invalid_utf8_bytes.csv"_qs] = reject(u"UTF-8"_qs, 3, 5);
    e[u"mixed_utf8_with_cp1251_row.csv"_qs] = reject(u"UTF-8"_qs, 4, 2);
    e[u"mixed_cp1251_with_utf8_row.csv"_qs] = reject(u"UTF-8"_qs, 4, 2);
    e[u"utf16le_odd_length.csv"_qs] = reject(u"UTF-16"_qs, 4, 1);
    // NUL bytes: a name with zero bytes, a file whose end is zeros (cut off while copying).
    e[u"nul_in_name.csv"_qs] = reject(u"zero byte"_qs, 3, 5);
    e[u"nul_padding.csv"_qs] = reject(u"zero byte"_qs, 4, 1);
    // Binary files named .csv.
    e[u"png_named.csv"_qs] = reject(u"PNG"_qs);
    e[u"pdf_named.csv"_qs] = reject(u"PDF"_qs);
    // Quoting.
    e[u"unbalanced_quote.csv"_qs] = reject(u"quote"_qs, 3, 5);
    e[u"unbalanced_quote_at_end.csv"_qs] = reject(u"quote"_qs, 3, 8);
    e[u"stray_quotes.csv"_qs] = accept(2, 1, 2);     // read as a spreadsheet reads them
    e[u"quoted_newlines.csv"_qs] = accept(2, 1, 2);
    // Formulas and hostile text are text.
    e[u"formula_names.csv"_qs] = accept(6, 1, 6);
    e[u"formula_counts.csv"_qs] = reject(u"=SUM(G2:G3)"_qs, 2, 7);
    e[u"sql_injection.csv"_qs] = accept(2, 1, 2);
    e[u"control_characters.csv"_qs] = reject(u"control character"_qs, 2, 5);
    e[u"bidi_and_invisible.csv"_qs] = accept(2, 1, 2);
    // Numbers.
    e[u"negative_count.csv"_qs] = reject(u"negative"_qs, 2, 7);
    e[u"count_2pow63.csv"_qs] = reject(u"too large"_qs, 2, 7);
    e[u"count_30_digits.csv"_qs] = reject(u"too large"_qs, 2, 7);
    e[u"count_grouped_beyond_int64.csv"_qs] = reject(u"too large"_qs, 2, 6);
    e[u"count_max_int64_twice.csv"_qs] = reject(u"too large"_qs, 2, 7);
    e[u"count_exponent_and_percent.csv"_qs] = reject(u"1E+5"_qs, 2, 7);
    e[u"count_voters_huge_decimal.csv"_qs] = reject(u"between 0 and 100"_qs, 2, 6);
    // Dates: thirteen spellings of 5 November 2023; impossible or ambiguous dates.
    e[u"dates_many_formats.csv"_qs] = accept(13, 13, 13);
    e[u"dates_invalid.csv"_qs] = reject(u"30.02.2023"_qs, 2, 1);
    // Layout.
    e[u"cr_line_endings.csv"_qs] = accept(2, 1, 2);
    e[u"ragged_rows.csv"_qs] = reject(u"more cells than the header"_qs, 2, 9);
    e[u"duplicate_headers.csv"_qs] = reject(u"both named"_qs, 1, 7);
    e[u"title_rows_before_header.csv"_qs] = accept(2, 1, 2);
    // Workbooks.
    e[u"xls_named.xlsx"_qs] = reject(u".xls"_qs);
    e[u"zip_not_workbook.xlsx"_qs] = reject(u"not an Excel workbook"_qs);
    e[u"xlsx_without_workbook.xlsx"_qs] = reject(u"xl/workbook.xml"_qs);
    e[u"xlsx_without_sheet.xlsx"_qs] = reject(u"xl/worksheets/sheet1.xml"_qs);
    e[u"xlsx_without_shared_strings.xlsx"_qs] = reject(u"shared string"_qs, 1, 1);
    e[u"xlsx_formula_names.xlsx"_qs] = accept(3, 1, 3);
    e[u"xlsx_truncated.xlsx"_qs] = reject(u"damaged"_qs);
    e[u"xlsx_invalid_xml.xlsx"_qs] = reject(u"XML"_qs, 1);
    e[u"xlsx_bad_cell_reference.xlsx"_qs] = reject(u"A99999999999"_qs, 2, 1);
    e[u"xlsx_bad_checksum.xlsx"_qs] = reject(u"damaged"_qs);
    e[u"odf_named.xlsx"_qs] = reject(u"OpenDocument"_qs);
    e[u"csv_named.xlsx"_qs] = accept(2, 1, 2);      // recognised by its content
    e[u"xlsx_sheet_is_chart.xlsx"_qs] = reject(u"chart"_qs);
    // Generated.
    e[u"line_10mb.csv"_qs] = reject(u"more than 100000 columns"_qs, 1);
    e[u"columns_10000.csv"_qs] = accept(2, 1, 2);
    e[u"cell_10mb.csv"_qs] = reject(u"characters long"_qs, 2, 5);
    e[u"random_bytes.csv"_qs] = reject(u"not a text file"_qs);
    e[u"random_bytes.xlsx"_qs] = reject(u"not a text file"_qs);
    e[u"random_after_zip_signature.xlsx"_qs] = reject(u"damaged"_qs);
    e[u"zip_bomb_2gib.xlsx"_qs] = reject(u"ZIP bomb"_qs);
    e[u"zip_part_lies_about_size.xlsx"_qs] = reject(u"damaged"_qs);
}

QString TestMalformed::freshDatabase(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    QFile::remove(path);
    if (!QFile::copy(m_template, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestMalformed::everyFileHasAnExpectation()
{
    // The corpus holds at least 30 files, and none is left out of the table below.
    QDir corpus(testData(QStringLiteral("malformed")));
    const QStringList files = corpus.entryList({QStringLiteral("*.csv"), QStringLiteral("*.xlsx")}, QDir::Files);
    QVERIFY2(files.size() >= 30, qPrintable(QString::number(files.size())));
    for (const QString &f : files)
        QVERIFY2(m_expect.contains(f), qPrintable(f + QStringLiteral(" has no expected outcome")));
}

void TestMalformed::importEnds_data()
{
    QTest::addColumn<QString>("file");
    QDir corpus(testData(QStringLiteral("malformed")));
    for (const QString &f : corpus.entryList({QStringLiteral("*.csv"), QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << corpus.filePath(f);
    QDir generatedDir(m_dir.filePath(QStringLiteral("generated")));
    for (const QString &f : generatedDir.entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << generatedDir.filePath(f);
}

void TestMalformed::importEnds()
{
    QFETCH(QString, file);
    const QString name = QFileInfo(file).fileName();
    QVERIFY2(m_expect.contains(name), qPrintable(name));
    const Expect expect = m_expect.value(name);

    const QString dbPath = freshDatabase(QStringLiteral("target"));
    QVERIFY(!dbPath.isEmpty());
    QString before;
    qint64 racesBefore = 0;
    {
        OpenError error;
        QString message;
        OpenOptions options;
        options.create = false;
        auto db = Database::open(dbPath, options, &error, &message);
        QVERIFY2(db, qPrintable(message));
        before = dumpDatabase(db->connection());
        racesBefore = scalar(db->connection(), QStringLiteral("SELECT count(*) FROM race")).toLongLong();
    }
    const QByteArray hashBefore = fileHash(dbPath);

    qint64 elapsed = 0;
    const ImportReport report = importWithDeadline(dbPath, file, &elapsed);
    QVERIFY2(elapsed < BoundMs, qPrintable(QString::number(elapsed)));
    const QString all = problemsText(report);

    if (expect.accept) {
        QVERIFY2(report.ok, qPrintable(all));
        QCOMPARE(report.summary.rows, qint64(expect.rows));
        QCOMPARE(report.summary.races, expect.races);
        QCOMPARE(report.summary.candidates, expect.candidates);
        QVERIFY(report.batchId > 0);
        OpenError error;
        QString message;
        OpenOptions options;
        options.create = false;
        auto db = Database::open(dbPath, options, &error, &message);
        QVERIFY2(db, qPrintable(message));
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM race")).toLongLong(),
                 racesBefore + report.summary.racesNew);
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM candidate WHERE batch_id = ?"),
                        {report.batchId}).toInt(),
                 report.summary.candidatesNew);
        QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        return;
    }

    QVERIFY2(!report.ok, qPrintable(name + QStringLiteral(" was imported")));
    QVERIFY2(report.errors() > 0, qPrintable(all));
    QCOMPARE(report.batchId, 0);
    const Problem *first = nullptr;
    for (const Problem &p : report.problems) {
        if (p.severity == Problem::Error) {
            first = &p;
            break;
        }
    }
    QVERIFY(first);
    const QString formatted = first->format(name);
    // "FILE:LINE:COLUMN: message", "FILE:LINE: message" or "FILE: message".
    QString where = name;
    if (expect.line > 0)
        where += QLatin1Char(':') + QString::number(expect.line);
    if (expect.line > 0 && expect.column > 0)
        where += QLatin1Char(':') + QString::number(expect.column);
    QVERIFY2(formatted.startsWith(where + QStringLiteral(": ")), qPrintable(QStringLiteral("expected %1, got:\n%2").arg(where, all)));
    QVERIFY2(formatted.contains(expect.fragment, Qt::CaseInsensitive),
             qPrintable(QStringLiteral("expected \"%1\", got:\n%2").arg(expect.fragment, all)));
    // Nothing was written: the same rows and the same bytes.
    QCOMPARE(fileHash(dbPath), hashBefore);
    OpenError error;
    QString message;
    OpenOptions options;
    options.create = false;
    auto db = Database::open(dbPath, options, &error, &message);
    QVERIFY2(db, qPrintable(message));
    QVERIFY(dumpDatabase(db->connection()) == before);
}

QString TestMalformed::importAccepted(const QString &path)
{
    const QString dbPath = freshDatabase(QFileInfo(path).completeBaseName());
    qint64 elapsed = 0;
    const ImportReport report = importWithDeadline(dbPath, path, &elapsed);
    if (!report.ok) {
        qWarning("%s", qPrintable(problemsText(report)));
        return {};
    }
    return dbPath;
}

void TestMalformed::sqlInjectionIsText()
{
    const QString dbPath = importAccepted(malformed(QStringLiteral("sql_injection.csv")));
    QVERIFY(!dbPath.isEmpty());
    OpenError error;
    QString message;
    auto db = Database::open(dbPath, {}, &error, &message);
    QVERIFY2(db, qPrintable(message));
    const QSqlDatabase c = db->connection();
    // Every table is still there and holds rows.
    for (const char *table : {"race", "candidate", "territory"})
        QVERIFY(scalar(c, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt() > 0);
    const QString okrug = QStringLiteral("Robert'); DROP TABLE candidate;--");
    QCOMPARE(candidateNames(c, okrug),
             (QStringList{QStringLiteral("'); DROP TABLE race;--"), QStringLiteral("\"; DELETE FROM territory; --")}));
    QCOMPARE(scalar(c, QStringLiteral("SELECT nomination FROM candidate WHERE name = ?"), {QStringLiteral("'); DROP TABLE race;--")})
                 .toString(),
             QStringLiteral("1' OR '1'='1"));
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM territory WHERE name = ?"), {okrug}).toInt(), 1);
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestMalformed::formulasAreText()
{
    {
        const QString dbPath = importAccepted(malformed(QStringLiteral("formula_names.csv")));
        QVERIFY(!dbPath.isEmpty());
        OpenError error;
        QString message;
        auto db = Database::open(dbPath, {}, &error, &message);
        QVERIFY2(db, qPrintable(message));
        QCOMPARE(candidateNames(db->connection(), QStringLiteral("Приречный сельский округ")),
                 (QStringList{QStringLiteral("=1+2"), QStringLiteral("+7"), QStringLiteral("-3"), QStringLiteral("@SUM(A1)"),
                              QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")"),
                              QStringLiteral("=cmd|' /C calc'!A0")}));
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT nomination FROM candidate WHERE votes = 10")).toString(),
                 QStringLiteral("=2*3"));
    }
    {
        // In a workbook: text cells as written, a formula cell by the value it shows.
        const QString dbPath = importAccepted(malformed(QStringLiteral("xlsx_formula_names.xlsx")));
        QVERIFY(!dbPath.isEmpty());
        OpenError error;
        QString message;
        auto db = Database::open(dbPath, {}, &error, &message);
        QVERIFY2(db, qPrintable(message));
        QCOMPARE(candidateNames(db->connection(), QStringLiteral("Формульный сельский округ")),
                 (QStringList{QStringLiteral("=1+2"), QStringLiteral("@SUM(A1)"), QStringLiteral("Ким Виктор")}));
    }
}

void TestMalformed::quotedTextKeepsItsLetters()
{
    struct Case
    {
        const char *file;
        const char *okrug;
        QStringList names;
    };
    const QList<Case> cases = {
        {"quoted_newlines.csv", "Кенесарынский сельский округ", {u"Ким \"Виктор\"\nмладший"_qs, u"Ли Ирина"_qs}},
        {"stray_quotes.csv", "Наумовский сельский округ", {u"Ива\"нов Пётр"_qs, u"Ким Виктор"_qs}},
        {"bidi_and_invisible.csv", "Урожайный сельский округ", {u"Ким\u200b Виктор"_qs, u"\u202eвокнавИ\u202c"_qs}},
        {"cr_line_endings.csv", "Кировский сельский округ", {u"Иванов Пётр"_qs, u"Сейтқали Әсем"_qs}},
        {"csv_named.xlsx", "Красноборский сельский округ", {u"Иванов Пётр"_qs, u"Сейтқали Әсем"_qs}},
    };
    for (const Case &c : cases) {
        const QString dbPath = importAccepted(malformed(QString::fromUtf8(c.file)));
        QVERIFY2(!dbPath.isEmpty(), c.file);
        OpenError error;
        QString message;
        auto db = Database::open(dbPath, {}, &error, &message);
        QVERIFY2(db, qPrintable(message));
        QCOMPARE(candidateNames(db->connection(), QString::fromUtf8(c.okrug)), c.names);
    }
}

void TestMalformed::datesReadAsOneDay()
{
    // Thirteen spellings of 5 November 2023 (ISO, day first with dots, slashes and dashes, month names
    // in Russian, Kazakh and English, a spreadsheet day number, a time of midnight, spaces around):
    // every row is that day, none another.
    const QString dbPath = importAccepted(malformed(QStringLiteral("dates_many_formats.csv")));
    QVERIFY(!dbPath.isEmpty());
    OpenError error;
    QString message;
    auto db = Database::open(dbPath, {}, &error, &message);
    QVERIFY2(db, qPrintable(message));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT e.date, count(*) FROM race r JOIN election e ON e.id = r.election_id "
                                  "JOIN territory t ON t.id = r.territory_id WHERE t.name LIKE 'Даты %' GROUP BY e.date")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2023-11-05"));
    QCOMPARE(q.value(1).toInt(), 13);
    QVERIFY(!q.next());
}

void TestMalformed::devicesAndPipesEnd_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("endless device") << u"/dev/zero"_qs;
    QTest::newRow("random device") << u"/dev/urandom"_qs;
    QTest::newRow("pipe nobody writes to") << u"fifo"_qs;
    QTest::newRow("link to a device") << u"link"_qs;
}

void TestMalformed::devicesAndPipesEnd()
{
    // A path that is not a regular file may never end or never give a byte: refused at once.
    QFETCH(QString, kind);
    QString path = kind;
    if (kind == u"fifo") {
        path = m_dir.filePath(QStringLiteral("results.csv"));
        QFile::remove(path);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"link") {
        path = m_dir.filePath(QStringLiteral("results.xlsx"));
        QFile::remove(path);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    }
    if (!QFileInfo::exists(path))
        QSKIP("no such device here");
    const QString dbPath = freshDatabase(QStringLiteral("device"));
    const QByteArray before = fileHash(dbPath);
    qint64 elapsed = 0;
    const ImportReport report = importWithDeadline(dbPath, path, &elapsed);
    QVERIFY(!report.ok);
    QVERIFY2(problemsText(report).contains(QLatin1String("not a file but a device, a pipe or a socket")),
             qPrintable(problemsText(report)));
    QCOMPARE(fileHash(dbPath), before);
}

QTEST_GUILESS_MAIN(TestMalformed)
#include "tst_malformed.moc"
