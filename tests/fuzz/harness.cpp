// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness.h"

#include "csvreader.h"
#include "database.h"
#include "datasetloader.h"
#include "detect.h"
#include "importer.h"
#include "mapping.h"
#include "xlsxreader.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <optional>

using namespace Sailau;
using namespace Sailau::Import;

namespace SailauFuzz {

namespace {

// A buffer that hands out at most a few bytes per read, so that every record, field, quote,
// line break and multi-byte character of a small input can fall on the boundary of a chunk.
class TrickleBuffer final : public QBuffer
{
public:
    explicit TrickleBuffer(qint64 step)
        : m_step(std::max<qint64>(1, step))
    {
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        return QBuffer::readData(data, std::min(maxSize, m_step));
    }

private:
    qint64 m_step;
};

struct Table
{
    QList<QStringList> records;
    QList<qint64> lines;
    QString error;
    QString errorReason;
    int errorLine = 0;
    int errorColumn = 0;
    bool operator==(const Table &o) const
    {
        return records == o.records && lines == o.lines && error == o.error && errorLine == o.errorLine
               && errorColumn == o.errorColumn;
    }
};

// Every record of reader; stops after maxRecords (a guard against a reader that never ends).
// An error of the delimited-text reader always names its line; an XLSX error may not (a damaged
// package has no row to name).
Table readAll(TableReader &reader, QString *broken, qsizetype maxRecords = 1000000, bool errorHasLine = true)
{
    Table table;
    QStringList cells;
    qint64 previousLine = 0;
    while (reader.next(&cells)) {
        if (reader.line() < 1 || reader.line() < previousLine) {
            *broken = QStringLiteral("record %1: line %2 after line %3")
                          .arg(table.records.size() + 1)
                          .arg(reader.line())
                          .arg(previousLine);
            break;
        }
        if (reader.bytesRead() < 0 || (reader.totalBytes() > 0 && reader.bytesRead() > reader.totalBytes())) {
            *broken = QStringLiteral("record %1: %2 of %3 bytes read")
                          .arg(table.records.size() + 1)
                          .arg(reader.bytesRead())
                          .arg(reader.totalBytes());
            break;
        }
        previousLine = reader.line();
        table.records.append(cells);
        table.lines.append(reader.line());
        if (table.records.size() >= maxRecords) {
            *broken = QStringLiteral("more than %1 records from a small input").arg(maxRecords);
            break;
        }
    }
    table.error = reader.error();
    table.errorReason = reader.errorReason();
    table.errorLine = reader.errorLine();
    table.errorColumn = reader.errorColumn();
    // Once at the end (or failed), the reader stays there.
    if (broken->isEmpty() && reader.next(&cells))
        *broken = QStringLiteral("next() returned a record after the reader had stopped");
    if (broken->isEmpty() && table.error.isEmpty() != table.errorReason.isEmpty())
        *broken = QStringLiteral("error() \"%1\" but errorReason() \"%2\"").arg(table.error, table.errorReason);
    if (broken->isEmpty() && errorHasLine && !table.error.isEmpty() && table.errorLine < 1)
        *broken = QStringLiteral("error without a line: %1").arg(table.error);
    return table;
}

// Runs of U+FFFD (the replacement of bytes not valid in the encoding) made one.
void collapseReplacements(Table *table)
{
    static const QRegularExpression runs(QStringLiteral("\uFFFD+"));
    for (QStringList &cells : table->records) {
        for (QString &cell : cells)
            cell.replace(runs, QStringLiteral("\uFFFD"));
    }
}

// Where two readings of the same bytes part.
QString difference(const Table &a, const Table &b)
{
    for (qsizetype i = 0; i < std::min(a.records.size(), b.records.size()); ++i) {
        if (a.records.at(i) != b.records.at(i) || a.lines.at(i) != b.lines.at(i)) {
            const auto show = [](const QStringList &cells) {
                QStringList escaped;
                for (const QString &c : cells) {
                    QString e;
                    for (const QChar ch : c)
                        e += ch.unicode() >= 0x20 && ch.unicode() < 0x7f ? QString(ch)
                                                                         : QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
                    escaped.append(e);
                }
                return escaped.join(QLatin1Char('|'));
            };
            return QStringLiteral("record %1 differs: line %2 [%3] against line %4 [%5]")
                .arg(i + 1)
                .arg(a.lines.at(i))
                .arg(show(a.records.at(i)))
                .arg(b.lines.at(i))
                .arg(show(b.records.at(i)));
        }
    }
    return QStringLiteral("%1 records (error \"%2\" at %3:%4) against %5 records (error \"%6\" at %7:%8)")
        .arg(a.records.size())
        .arg(a.error)
        .arg(a.errorLine)
        .arg(a.errorColumn)
        .arg(b.records.size())
        .arg(b.error)
        .arg(b.errorLine)
        .arg(b.errorColumn);
}

// The number of rows of every table of the database: what an import that is refused must leave
// unchanged, and what undoing an import must bring back.
QString tableCounts(const QSqlDatabase &db)
{
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    QStringList counts;
    for (const QString &name : std::as_const(names)) {
        QSqlQuery count(db);
        count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name));
        counts.append(name + QLatin1Char('=') + (count.next() ? count.value(0).toString() : QStringLiteral("?")));
    }
    return counts.join(QLatin1Char(' '));
}

QString problemText(const ImportReport &report)
{
    QStringList lines;
    for (const Problem &p : report.problems)
        lines.append(p.format(report.fileName));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Harness::Harness() = default;

Harness::~Harness() = default;

bool Harness::isValid() const
{
    return m_dir.isValid();
}

QString Harness::writeInput(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

Database *Harness::database(QString *error)
{
    if (!m_database) {
        m_database = DatasetLoader::openOrCreate(m_dir.filePath(QStringLiteral("fuzz.sqlite")), false, error);
        // Nothing here has to survive a power cut; every commit skips the disk flush.
        if (m_database)
            m_database->exec(QStringLiteral("PRAGMA synchronous = OFF"));
    }
    return m_database.get();
}

QString Harness::csvReader(const QByteArray &bytes)
{
    const QString path = writeInput(QStringLiteral("input.csv"), bytes);
    if (path.isEmpty())
        return QStringLiteral("cannot write the input file");

    QString error;
    const Detected detected = detect(path, {}, &error);
    if (detected.kind == Detected::Xlsx)
        return QString(); // fuzz_xlsxreader's part
    if (detected.encoding.isEmpty())
        return QString(); // not text (an old Excel file): refused with a reason
    const std::optional<Encoding> encoding = encodingFromName(detected.encoding);
    if (!encoding)
        return QStringLiteral("detection named an unknown encoding \"%1\"").arg(detected.encoding);
    static const QString delimiters = QStringLiteral(",;\t|");
    if (!delimiters.contains(detected.delimiter))
        return QStringLiteral("detection chose the delimiter U+%1").arg(detected.delimiter.unicode(), 4, 16, QLatin1Char('0'));
    if (detected.decimalSeparator != u',' && detected.decimalSeparator != u'.')
        return QStringLiteral("detection chose the decimal separator U+%1")
            .arg(detected.decimalSeparator.unicode(), 4, 16, QLatin1Char('0'));
    if (detected.headerRow < 0 || (detected.sampledRecords > 0 && detected.headerRow >= detected.sampledRecords))
        return QStringLiteral("header row %1 of %2 sampled records").arg(detected.headerRow).arg(detected.sampledRecords);

    // The file as the importer opens it.
    ReadOptions options;
    options.encoding = detected.encoding;
    options.delimiter = detected.delimiter;
    auto reader = openTable(path, options, &error);
    if (!reader)
        return QStringLiteral("openTable refused a file detect() read: %1").arg(error);
    QString broken;
    const Table whole = readAll(*reader, &broken);
    if (!broken.isEmpty())
        return QStringLiteral("whole file: ") + broken;
    if (reader->bytesRead() != reader->totalBytes() && whole.error.isEmpty())
        return QStringLiteral("read %1 of %2 bytes without an error").arg(reader->bytesRead()).arg(reader->totalBytes());

    // The same bytes one at a time and a few at a time: the same records, lines and errors.
    for (const qint64 step : {qint64(1), 2 + qint64(qHash(bytes, 0) % 6)}) {
        auto trickle = std::make_unique<TrickleBuffer>(step);
        trickle->setData(bytes);
        trickle->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        DelimitedReader chunked(std::move(trickle), *encoding, detected.delimiter, ReadOptions());
        Table pieces = readAll(chunked, &broken);
        if (!broken.isEmpty())
            return QStringLiteral("%1 bytes at a time: ").arg(step) + broken;
        if (chunked.hadInvalidBytes() != reader->hadInvalidBytes())
            return QStringLiteral("%1 bytes at a time: invalid bytes noticed %2, at once %3")
                .arg(step)
                .arg(chunked.hadInvalidBytes())
                .arg(reader->hadInvalidBytes());
        // Qt's UTF-8 decoder may give one U+FFFD or several for a broken sequence, depending on
        // where the chunks end; what lies around them must be the same.
        Table compared = whole;
        if (chunked.hadInvalidBytes()) {
            collapseReplacements(&pieces);
            collapseReplacements(&compared);
        }
        if (!(pieces == compared))
            return QStringLiteral("%1 bytes at a time: ").arg(step) + difference(pieces, compared);
    }

    // Tight limits: a record never comes back over them, and reading stops with a reason.
    ReadOptions tight;
    tight.maxRecordChars = 16;
    tight.maxColumns = 3;
    for (bool truncated : {false, true}) {
        auto limited = DelimitedReader::fromBytes(bytes, *encoding, detected.delimiter, tight, truncated);
        const Table small = readAll(*limited, &broken);
        if (!broken.isEmpty())
            return QStringLiteral("tight limits: ") + broken;
        for (qsizetype i = 0; i < small.records.size(); ++i) {
            const QStringList &cells = small.records.at(i);
            qsizetype chars = 0;
            for (const QString &c : cells)
                chars += c.size();
            if (cells.size() > tight.maxColumns || chars > tight.maxRecordChars)
                return QStringLiteral("tight limits: record %1 has %2 cells and %3 characters")
                    .arg(i + 1)
                    .arg(cells.size())
                    .arg(chars);
        }
    }
    return QString();
}

QString Harness::xlsxReader(const QByteArray &bytes)
{
    const QString path = writeInput(QStringLiteral("input.xlsx"), bytes);
    if (path.isEmpty())
        return QStringLiteral("cannot write the input file");

    ReadOptions options;
    options.maxZipEntryBytes = 32 * 1024 * 1024;
    options.maxRecordChars = 1024 * 1024;
    options.maxColumns = 20000;

    QString error;
    const QStringList sheets = XlsxReader::sheetNames(path, &error, options);
    if (sheets.isEmpty() && error.isEmpty())
        return QStringLiteral("no sheets and no error");
    QString detectError;
    const Detected detected = detect(path, options, &detectError);
    if (isZipSignature(bytes.left(8)) && detected.kind != Detected::Xlsx)
        return QStringLiteral("a ZIP file not detected as a workbook");

    // Every row of the first sheets, and one sheet past the last, which must be refused.
    const int count = std::min<int>(int(sheets.size()), 4);
    for (int sheet = 0; sheet <= count; ++sheet) {
        options.sheet = sheet < count ? sheet : int(sheets.size());
        QString message;
        auto reader = XlsxReader::open(path, options, &message);
        if (!reader) {
            if (message.isEmpty())
                return QStringLiteral("sheet %1 refused without a reason").arg(options.sheet);
            continue;
        }
        if (options.sheet >= sheets.size())
            return QStringLiteral("sheet %1 of %2 opened").arg(options.sheet).arg(sheets.size());
        if (reader->sheets() != sheets)
            return QStringLiteral("sheet %1 lists other sheet names").arg(sheet);
        QString broken;
        const Table table = readAll(*reader, &broken, 200000, false);
        if (!broken.isEmpty())
            return QStringLiteral("sheet %1: ").arg(sheet) + broken;
        for (qsizetype i = 1; i < table.lines.size(); ++i) {
            if (table.lines.at(i) <= table.lines.at(i - 1))
                return QStringLiteral("sheet %1: row %2 after row %3").arg(sheet).arg(table.lines.at(i)).arg(table.lines.at(i - 1));
        }
    }
    return QString();
}

QString Harness::importPipeline(const QByteArray &bytes)
{
    QString error;
    Database *db = database(&error);
    if (!db)
        return QStringLiteral("cannot create the database: %1").arg(error);
    static const std::optional<Mapping> preset = Presets::load(QStringLiteral("public-sources"), &error);
    if (!preset)
        return QStringLiteral("the shipped preset does not load: %1").arg(error);

    const QString path = writeInput(QStringLiteral("results.csv"), bytes);
    if (path.isEmpty())
        return QStringLiteral("cannot write the input file");

    const QString before = tableCounts(db->connection());
    struct Attempt
    {
        const char *name;
        Mapping mapping;
        bool dryRun;
    };
    // The mapping matched from the header, and the shipped preset; inputs of odd size try the
    // preset as a dry run (validation without the transaction).
    const Attempt attempts[] = {{"header", Mapping(), false}, {"preset", *preset, bytes.size() % 2 == 1}};
    for (const Attempt &attempt : attempts) {
        ImportOptions options;
        options.path = path;
        options.mapping = attempt.mapping;
        options.dryRun = attempt.dryRun;
        options.maxProblems = 50;
        const ImportReport report = Importer(*db).run(options);
        const QString after = tableCounts(db->connection());
        const QString name = QString::fromLatin1(attempt.name);
        if (report.ok != (report.errors() == 0))
            return QStringLiteral("%1: ok is %2 with %3 errors: %4")
                .arg(name)
                .arg(report.ok)
                .arg(report.errors())
                .arg(problemText(report));
        if (!report.ok || attempt.dryRun) {
            if (after != before)
                return QStringLiteral("%1: a refused import or dry run changed the database:\n%2\n%3").arg(name, before, after);
            if (report.batchId != 0)
                return QStringLiteral("%1: batch %2 without an import").arg(name).arg(report.batchId);
            continue;
        }
        if (report.batchId <= 0)
            return QStringLiteral("%1: imported without a batch").arg(name);
        if (report.summary.rows <= 0)
            return QStringLiteral("%1: imported %2 rows").arg(name).arg(report.summary.rows);
        if (!Batches::undo(*db, report.batchId, &error))
            return QStringLiteral("%1: the import cannot be undone: %2").arg(name, error);
        const QString undone = tableCounts(db->connection());
        if (undone != before)
            return QStringLiteral("%1: undo did not restore the database:\n%2\n%3").arg(name, before, undone);
    }
    return QString();
}

} // namespace SailauFuzz
