// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "catalog.h"
#include "database.h"
#include "detect.h"
#include "language.h"
#include "metrics.h"
#include "racemetricsstore.h"
#include "sha256.h"
#include "sqlitestatement.h"
#include "tablereader.h"
#include "textcodec.h"
#include "textkey.h"
#include "totals.h"
#include "values.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QVarLengthArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <deque>
#include <charconv>
#include <cmath>
#include <cstring>
#include <thread>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Sailau::Import {

namespace {

// The race figures a file can give, in race table column order.
constexpr std::array<Field, 8> countFields = {Field::Voters, Field::BallotsIssued, Field::BallotsCast,
                                              Field::Invalid, Field::OutsideStation, Field::AgainstAll,
                                              Field::PollingStations, Field::CandidatesRegistered};
constexpr int FigureCount = int(countFields.size());
constexpr int TurnoutSlot = FigureCount; // the published turnout, a percentage

int figureSlot(Field f)
{
    for (int i = 0; i < FigureCount; ++i) {
        if (countFields[size_t(i)] == f)
            return i;
    }
    return f == Field::TurnoutPublished ? TurnoutSlot : -1;
}

// No race has more voters than this (Kazakhstan has about 12 million): a larger count is a
// mistake, and sums of counts stay far from overflowing.
constexpr qint64 MaxCount = 100000000;

std::optional<qint64> tooLarge(const QString &text, QString *why)
{
    if (why)
        *why = QCoreApplication::translate("Sailau::Import::Importer", "'%1' is too large for a count (more than %2)")
                   .arg(text, QLocale::c().toString(MaxCount));
    return std::nullopt;
}

// A count written as plain digits (most cells of large files) without the general parser.
std::optional<qint64> parseCount(const QString &text, QChar decimal, QString *why)
{
    if (!text.isEmpty() && text.size() <= 18) {
        qint64 value = 0;
        bool plain = true;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u < u'0' || u > u'9') {
                plain = false;
                break;
            }
            value = value * 10 + (u - u'0');
        }
        if (plain)
            return value <= MaxCount ? std::optional<qint64>(value) : tooLarge(text, why);
    }
    const auto value = Values::parseCount(text, decimal, why);
    if (value && *value > MaxCount)
        return tooLarge(text, why);
    return value;
}

// UTF-8 Cyrillic read as Windows-1251: "Р", "С", "Т" or "У" (the lead bytes D0–D3) followed by what
// Windows-1251 makes of a continuation byte (80–BF). Two such pairs in a cell do not occur in text.
bool looksLikeUtf8ReadAs1251(const QString &text)
{
    static const QString continuation = QStringLiteral(
        "\u0402\u0403\u201A\u0453\u201E\u2026\u2020\u2021\u20AC\u2030\u0409\u2039\u040A\u040C\u040B\u040F"
        "\u0452\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u0098\u2122\u0459\u203A\u045A\u045C\u045B\u045F"
        "\u00A0\u040E\u045E\u0408\u00A4\u0490\u00A6\u00A7\u0401\u00A9\u0404\u00AB\u00AC\u00AD\u00AE\u0407"
        "\u00B0\u00B1\u0406\u0456\u0491\u00B5\u00B6\u00B7\u0451\u2116\u0454\u00BB\u0458\u0405\u0455\u0457");
    int pairs = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if ((u == u'Р' || u == u'С' || u == u'Т' || u == u'У') && continuation.contains(text.at(i + 1))) {
            if (++pairs == 2)
                return true;
            ++i;
        }
    }
    return false;
}

// Answers for the texts a column repeats on every row ("иә"/"жоқ", a party, a source): the few
// seen last are compared before anything is hashed, the rest are kept in a hash.
template <typename T>
class RepeatCache
{
public:
    const T *find(const QString &text)
    {
        for (const Entry &e : m_recent) {
            if (e.text.size() == text.size() && e.text == text)
                return &e.value;
        }
        const auto it = m_all.constFind(text);
        if (it == m_all.constEnd())
            return nullptr;
        return &remember(text, *it);
    }
    const T &insert(const QString &text, const T &value)
    {
        m_all.insert(text, value);
        return remember(text, value);
    }
    void clear()
    {
        m_recent.clear();
        m_all.clear();
    }
    qsizetype size() const { return m_all.size(); }

private:
    struct Entry
    {
        QString text;
        T value;
    };
    static constexpr size_t Recent = 8;
    const T &remember(const QString &text, const T &value)
    {
        if (m_recent.size() == Recent)
            m_recent.erase(m_recent.begin());
        m_recent.push_back({text, value});
        return m_recent.back().value;
    }
    std::vector<Entry> m_recent;
    QHash<QString, T> m_all;
};

// A quick hash of text for the import's own tables of names (a new one for each race of a large
// file): a few multiplications per four characters, seeded like Qt's hashes since the text comes
// from a file.
size_t quickHash(QStringView text, size_t seed)
{
    quint64 h = quint64(seed) ^ (quint64(text.size()) * 0x9E3779B97F4A7C15ULL);
    const char16_t *p = text.utf16();
    qsizetype n = text.size();
    for (; n >= 4; n -= 4, p += 4) {
        quint64 v;
        std::memcpy(&v, p, sizeof v);
        h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 29;
    }
    for (; n > 0; --n, ++p) {
        h = (h ^ *p) * 0xC4CEB9FE1A85EC53ULL;
        h ^= h >> 29;
    }
    h ^= h >> 32;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    return size_t(h);
}

// A QString key hashed with quickHash().
struct QuickKey
{
    QString text;
    bool operator==(const QuickKey &other) const { return text == other.text; }
};

size_t qHash(const QuickKey &key, size_t seed)
{
    return quickHash(key.text, seed);
}

// Whether text has a character below U+0020 or a U+FFFD (checkText() looks at those one by one),
// eight characters at a time.
bool mayHoldControlOrReplacement(const QString &text)
{
    const auto *p = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *end = p + text.size();
#ifdef __SSE2__
    const __m128i flip = _mm_set1_epi16(short(0x8000)); // unsigned order through signed compares
    const __m128i below = _mm_set1_epi16(short(0x20 ^ 0x8000));
    const __m128i replacement = _mm_set1_epi16(short(0xFFFD));
    for (; end - p >= 8; p += 8) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i control = _mm_cmplt_epi16(_mm_xor_si128(x, flip), below);
        if (_mm_movemask_epi8(_mm_or_si128(control, _mm_cmpeq_epi16(x, replacement))))
            return true;
    }
#endif
    for (; p < end; ++p) {
        if (*p < 0x20 || *p == 0xFFFD)
            return true;
    }
    return false;
}

// The key of a region and district in Run's cache of them.
QString upperKey(const QString &region, const QString &district)
{
    QString key;
    key.reserve(region.size() + 1 + district.size());
    key += region;
    key += QChar(0x1F);
    key += district;
    return key;
}

// QChar::isSpace() and isDigit(), without a call into Qt for Cyrillic letters (no space and no
// digit in that block), the other letters of most cells.
inline bool isCyrillic(char16_t u)
{
    return u >= 0x0400 && u < 0x0530;
}

inline bool isSpace(QChar c)
{
    return !isCyrillic(c.unicode()) && c.isSpace();
}

inline bool isDigit(QChar c)
{
    return !isCyrillic(c.unicode()) && c.isDigit();
}

// What a file's first bytes say it is, when it is a document or an image rather than a table.
// The text with each invisible character (a byte order mark, a zero-width space, a control
// character) written as <U+FEFF>, so that a message can show why "2021-07-25" is not a date.
QString withInvisibleShown(const QString &text)
{
    QString out;
    for (QChar c : text) {
        const auto category = c.category();
        if (category == QChar::Other_Format || category == QChar::Other_Control)
            out += QStringLiteral("<U+%1>").arg(uint(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

QString binaryKind(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return QCoreApplication::translate("Sailau::Import::Importer", "a PDF document");
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QCoreApplication::translate("Sailau::Import::Importer", "a PNG image");
    if (head.startsWith("\xff\xd8\xff"))
        return QCoreApplication::translate("Sailau::Import::Importer", "a JPEG image");
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return QCoreApplication::translate("Sailau::Import::Importer", "a GIF image");
    return {};
}

// A figure as the file gives it, and where (compact: a race holds nine).
struct Figure
{
    union {
        qint64 countValue = 0;
        double percentValue;
    };
    quint32 line = 0;
    quint16 column = 0;
    quint8 kind = 0;               // 0 not set, 1 a count, 2 a percentage

    static Figure ofCount(qint64 value, qint64 line, int column)
    {
        Figure f;
        f.countValue = value;
        f.kind = 1;
        f.line = quint32(line);
        f.column = quint16(column);
        return f;
    }
    static Figure ofPercent(double value, qint64 line, int column)
    {
        Figure f;
        f.percentValue = value;
        f.kind = 2;
        f.line = quint32(line);
        f.column = quint16(column);
        return f;
    }
    bool isSet() const { return kind != 0; }
    std::optional<qint64> count() const { return kind == 1 ? std::optional<qint64>(countValue) : std::nullopt; }
    std::optional<double> percent() const { return kind == 2 ? std::optional<double>(percentValue) : std::nullopt; }
    bool operator==(const Figure &o) const
    {
        if (kind != o.kind)
            return false;
        if (kind == 1)
            return countValue == o.countValue;
        if (kind == 2)
            return std::abs(percentValue - o.percentValue) < 1e-9;
        return true;
    }
};
static_assert(sizeof(Figure) == 16);
using FigureSet = std::array<Figure, FigureCount + 1>;

struct CandidateState
{
    qint64 id = 0;                 // 0 in a dry run
    size_t keyHash = 0;            // of the folded name, to find repeats
    qint64 votesValue = -1;        // -1: not known
    double share = -1;             // published share; < 0: not given
    quint32 line = 0;              // 0: already in the database
    quint16 votesColumn = 0;
    qint8 electedValue = -1;       // -1 not known, 0 no, 1 yes
    bool existing = false;         // in the database before this import
    bool earlierRows = false;      // read back from the database: written by earlier rows of this file

    std::optional<qint64> votes() const { return votesValue >= 0 ? std::optional<qint64>(votesValue) : std::nullopt; }
    std::optional<bool> elected() const
    {
        return electedValue >= 0 ? std::optional<bool>(electedValue == 1) : std::nullopt;
    }
    void setVotes(std::optional<qint64> v) { votesValue = v ? *v : -1; }
    void setElected(std::optional<bool> e) { electedValue = e ? qint8(*e ? 1 : 0) : qint8(-1); }
};

// What the import knows of one race. Its candidates are kept only while its rows are being
// read: when the file moves on to another race, the race is checked, its metrics written and its
// candidates let go (a race whose rows come back later reads them again from the database).
struct RaceState
{
    qint64 raceId = 0;             // 0: new, not written yet (or a dry run)
    qint64 territoryHandle = 0;
    qint64 electionHandle = 0;
    qint64 territoryId = 0;        // once written
    quint32 firstLine = 0;
    int storedIndex = -1;          // existing races: their figures before the import, in Run::m_stored
    bool existing = false;         // in the database before this import
    bool written = false;          // its row is in the database (existing, or inserted by this import)
    bool dirty = false;            // figures to write at the end
    bool touched = false;          // anything changed: metrics to refresh
    bool synthetic = false;
    bool closed = false;           // checked, metrics written, candidates let go
    qint16 nextPosition = 0;       // the position the next candidate gets
    FigureSet figures{};           // from the file
    std::vector<CandidateState> candidates;              // while open; a race has a handful
    QVarLengthArray<qint64, 1> sources;                  // of the whole race
    QVarLengthArray<qint64, 1> firstSources;             // of its first row: candidates with these need no own

    CandidateState *candidate(size_t keyHash)
    {
        for (CandidateState &c : candidates) {
            if (c.keyHash == keyHash)
                return &c;
        }
        return nullptr;
    }
};

// A territory the import will create. Its handle is −(index + 1).
struct PendingTerritory
{
    QString name;
    QString key;                   // match key
    QString level;
    QString ownKey;                // its own names, for search keys (let go once written, for villages)
    qint64 parentHandle = 0;       // >0 existing, <0 another pending one
    qint64 createdId = 0;
    int issue = -1;                // its entry in the report, if it has one
    quint32 firstLine = 0;
};

class Run
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Importer)
public:
    Run(Database &database, const ImportOptions &options, ImportReport &report)
        : m_database(database)
        , m_db(database.connection())
        , m_options(options)
        , m_report(report)
        , m_matcher(m_db)
        , m_catalog(m_db)
    {
    }

    void execute(const Importer::ProgressCallback &progress, const std::atomic_bool *cancel);

private:
    void problem(Problem::Severity severity, qint64 line, int column, const QString &value, const QString &message);
    void error(qint64 line, int column, const QString &value, const QString &message)
    {
        problem(Problem::Error, line, column, value, message);
    }
    void warning(qint64 line, int column, const QString &value, const QString &message)
    {
        problem(Problem::Warning, line, column, value, message);
    }
    bool fail(const QString &message)
    {
        error(0, 0, QString(), message);
        return false;
    }
    QString columnName(int column) const;
    // The field's cell of the current row, trimmed; valid until the next row is read.
    const QString &cell(Field field) const;
    int columnOf(Field field) const { return m_columnOf[size_t(field)] + 1; }
    bool has(Field field) const { return m_columnOf[size_t(field)] >= 0; }
    bool writing() const { return !m_options.dryRun && m_errors == 0; }

    bool prepare();
    bool checkColumns();
    bool checkText();
    bool prepareStatements();
    void processRow();
    bool writeFinal();
    // A file of published totals (Totals::recognise): its figures instead of races.
    bool importTotals();

    // Territories: names as written → a handle (>0 an existing territory, <0 one to create).
    qint64 resolveTerritory(const QString &region, const QString &district, const QString &settlement,
                            const QString &kato, const QString &level);
    qint64 resolveWithoutDistrict(qint64 regionHandle, const QString &settlement, const QString &level);
    qint64 resolveLevel(qint64 parentHandle, const QString &name, const QString &issueLevel, int column);
    qint64 decide(qint64 parentHandle, const QString &name, const QString &key, const QString &issueLevel,
                  int column, int issueIndex);
    qint64 addPending(qint64 parentHandle, const QString &name, const QString &key, const QString &level, int issueIndex,
                      const QString &folded = QString());
    qint64 ensureTerritory(qint64 handle);
    QString handleLevel(qint64 handle) const;
    QString handlePath(qint64 handle);
    QString ownSearchKey(qint64 territoryId);
    PendingTerritory &pending(qint64 handle) { return m_pending[size_t(-handle - 1)]; }

    qint64 ensureElection(const QDate &date, const QString &level);
    int raceFor(const QDate &date, const QString &level, qint64 territoryHandle, bool synthetic);
    void loadCandidates(RaceState &race);
    void closeRace(RaceState &race);
    void appendRaceSearchKey(const RaceState &race, QString &key);
    void setFigure(RaceState &race, int slot, const Figure &value, const QString &text);
    const Figure &storedFigure(const RaceState &race, int slot) const;
    std::optional<QString> parseLevel(const QString &text) const;
    qint64 sourceId(const QString &url);
    bool againstAllNomination(const QString &nomination);
    void flushRace();
    void territoryWarnings();

    Database &m_database;
    QSqlDatabase m_db;
    const ImportOptions &m_options;
    ImportReport &m_report;
    Mapping m_mapping;
    std::array<int, FieldCount> m_columnOf{};         // the mapping, looked up once
    std::array<bool, FieldCount> m_textField{};
    TerritoryMatcher m_matcher;
    Catalog m_catalog;
    sqlite3 *m_sqlite = nullptr;
    std::unique_ptr<TableReader> m_reader;
    QStringList m_header;
    std::optional<TotalsLayout> m_totals;
    QStringList m_cells;
    mutable std::array<QString, FieldCount> m_trimmedCells; // cells of this row with spaces around them
    qint64 m_line = 0;
    QChar m_decimal = QLatin1Char('.');
    qint64 m_headerLine = 0;
    QString m_encoding;                               // of delimited text; empty for XLSX
    bool m_windows1251 = false;
    int m_errors = 0;
    int m_warnings = 0;
    qint64 m_batchId = 0;
    bool m_transaction = false;
    bool m_synthetic = false;

    // Territories.
    QHash<QString, QString> m_matchKeys;              // region and district names → match key
    QHash<QuickKey, std::pair<qint64, QList<int>>> m_upperCache; // region + district → handle and issues
    const std::pair<qint64, QList<int>> *m_lastUpper = nullptr;  // the entry found last, and its names
    std::pair<QString, QString> m_lastUpperNames;
    QHash<QString, int> m_issueIndex;                 // issue key → entry in m_report.territories
    std::vector<qint64> m_issueHandles;               // what was decided for each entry
    std::vector<PendingTerritory> m_pending;
    QMultiHash<size_t, qint64> m_pendingChildren;     // hash of (new parent, key) → handle
    QHash<qint64, QString> m_paths;                   // handle → path, for the report
    QHash<qint64, QString> m_ownSearchKeys;           // existing territory → its own search key
    QHash<qint64, std::pair<QString, qint64>> m_parentInfo; // territory → (path, region id)
    std::array<QString, 4> m_lastPath;                // the previous row's names: rows of a race come together
    QString m_lastLevel;                              // and its election level
    QString m_newUnitLevel;                           // the level a unit created now gets, when its name does not say
    bool m_lastPathSet = false;
    qint64 m_lastHandle = 0;
    QList<int> m_lastIssues;
    QList<int> m_resolvingIssues;
    qint64 m_nextTerritoryId = 0;
    qint64 m_nextRaceId = 0;

    // Elections and races.
    QHash<QString, qint64> m_elections;               // date|level → id (negative when new in a dry run)
    QDate m_lastElectionDate;
    QString m_lastElectionLevel;
    qint64 m_lastElection = 0;
    bool m_lastElectionNew = false;
    RepeatCache<Catalog::Nomination> m_nominations;   // nominations as written, for one date
    RepeatCache<bool> m_againstAllNominations;        // nominations as written: "against all"?
    QSet<QString> m_unknownNominations;               // named in a warning already
    QDate m_nominationDate;
    RepeatCache<bool> m_electedMarks;                 // "иә", "да", "1" …
    QString m_lastDateText;                           // dates repeat on every row
    QDate m_lastDate;
    QSet<QString> m_newElections;
    QHash<QPair<qint64, qint64>, int> m_raceIndex;    // (election, territory handle) → race
    std::deque<RaceState> m_races;                    // a deque: no copying as it grows
    BulkInsert m_metrics;
    QStringList m_metricIndexes;                      // dropped for a large import, built again at the end
    qint64 m_candidatesBefore = 0;                    // candidate ids up to this were there before
    std::vector<FigureSet> m_stored;                  // figures of existing races before the import
    QHash<QString, qint64> m_sources;
    QString m_lastSourceText;                         // the previous row's sources, all found
    QVarLengthArray<qint64, 1> m_lastSourceIds;
    int m_openRace = -1;                              // the race whose candidates' names are being collected
    int m_lastRace = -1;                              // the race added last
    qint64 m_freshTerritory = 0;                      // the handle of a territory first named on this row
    QString m_searchTail;
    QString m_raceKey;

    SqliteStatement m_findRace, m_insertCandidateSource, m_candidateChange, m_loadCandidates, m_appendSearchKey;
    BulkInsert m_newTerritories, m_newRaces, m_newCandidates, m_newRaceSources;
    qint64 m_nextCandidateId = 0;
    bool flushAll();
};

void Run::problem(Problem::Severity severity, qint64 line, int column, const QString &value, const QString &message)
{
    if (severity == Problem::Error) {
        ++m_errors;
        ++m_report.errorCount;
    } else {
        ++m_warnings;
        ++m_report.warningCount;
    }
    if (m_report.problems.size() >= m_options.maxProblems)
        return;
    Problem p;
    p.severity = severity;
    p.line = line;
    p.column = column;
    p.columnName = column > 0 ? columnName(column) : QString();
    p.value = value.size() > 200 ? value.left(200) + QStringLiteral("…") : value;
    p.message = message;
    m_report.problems.append(p);
}

QString Run::columnName(int column) const
{
    const QString header = m_header.value(column - 1).trimmed();
    return header.isEmpty() ? tr("column %1").arg(column) : header;
}

const QString &Run::cell(Field field) const
{
    static const QString none;
    const int column = m_columnOf[size_t(field)];
    if (column < 0 || column >= m_cells.size())
        return none;
    const QString &raw = m_cells.at(column);
    if (raw.isEmpty())
        return raw;
    // Most cells have no spaces around them: they are used as they are, without a copy.
    const QString *text = &raw;
    if (isSpace(raw.front()) || isSpace(raw.back())) {
        QString &trimmed = m_trimmedCells[size_t(field)];
        trimmed = raw.trimmed();
        text = &trimmed;
    }
    // "—", "-", "н/д", "n/a": the source says the figure is not known.
    if (!text->isEmpty() && !isDigit(text->at(0)) && m_textField[size_t(field)] == false && Values::isMissing(*text))
        return none;
    return *text;
}

bool Run::prepare()
{
    const QFileInfo info(m_options.path);
    if (!info.exists())
        return fail(tr("The file does not exist."));
    if (info.isDir())
        return fail(tr("This is a folder, not a file."));
    if (!info.isFile())
        return fail(tr("This is not a file but a device, a pipe or a socket: import a CSV or XLSX file."));
    if (info.size() == 0)
        return fail(tr("The file is empty."));

    m_mapping = m_options.mapping;
    ReadOptions read;
    read.encoding = m_mapping.encoding;
    read.delimiter = m_mapping.delimiter;
    read.sheet = m_mapping.sheet;

    QByteArray head;
    {
        QFile file(m_options.path);
        if (file.open(QIODevice::ReadOnly))
            head = file.read(512);
    }
    if (const QString kind = binaryKind(head); !kind.isEmpty())
        return fail(tr("This is %1, not a table. Sailau imports CSV or tab-separated text and XLSX workbooks: "
                       "export the table in one of these and import that.").arg(kind));

    QString why;
    const Detected detected = detect(m_options.path, read, &why);
    if (!why.isEmpty() && detected.kind == Detected::Delimited && detected.encoding.isEmpty())
        return fail(why);
    const auto textEncoding = encodingFromName(read.encoding.isEmpty() ? detected.encoding : read.encoding);
    if (detected.kind == Detected::Delimited && textEncoding != Encoding::Utf16LE && textEncoding != Encoding::Utf16BE) {
        // Text has no control bytes other than tab and line breaks; binary data has them everywhere.
        int control = 0;
        for (char c : std::as_const(head)) {
            const auto b = uchar(c);
            control += (b < 0x09 || (b >= 0x0E && b < 0x20 && b != 0x1B)) ? 1 : 0;
        }
        if (control * 20 > head.size())
            return fail(tr("This is not a text file: it holds binary data. Sailau imports CSV or tab-separated text and "
                           "XLSX workbooks."));
    }
    if (read.encoding.isEmpty())
        read.encoding = detected.encoding;
    if (detected.kind == Detected::Delimited) {
        m_encoding = read.encoding;
        m_windows1251 = encodingFromName(read.encoding) == Encoding::Windows1251;
    }
    if (read.delimiter.isNull())
        read.delimiter = detected.delimiter;
    m_decimal = !m_mapping.decimalSeparator.isNull() ? m_mapping.decimalSeparator
              : !detected.decimalSeparator.isNull() ? detected.decimalSeparator
                                                     : QLatin1Char('.');
    if (detected.lostKazakhLetters > 0) {
        QStringList lines;
        for (int l : detected.lostLetterLines.mid(0, 5))
            lines.append(QString::number(l));
        warning(detected.lostLetterLines.value(0), 0, QString(),
                tr("Kazakh letters seem lost: \"?\" stands inside Cyrillic words (%n time(s), lines %1). The file was "
                   "probably saved in Windows-1251, which has no ә ғ қ ң ө ұ ү һ. Save it as \"CSV UTF-8\" and import it "
                   "again.", nullptr, detected.lostKazakhLetters)
                    .arg(lines.join(QStringLiteral(", "))));
    }

    m_reader = openTable(m_options.path, read, &why);
    if (!m_reader)
        return fail(why.isEmpty() ? tr("The file cannot be read.") : why);

    // Rows before the header are skipped; the header names the columns.
    const int headerRow = m_mapping.headerRow >= 0 ? m_mapping.headerRow : std::max(0, detected.headerRow);
    for (int i = 0; i <= headerRow; ++i) {
        if (!m_reader->next(&m_header)) {
            if (!m_reader->error().isEmpty()) {
                error(m_reader->errorLine(), m_reader->errorColumn(), QString(), m_reader->errorReason());
                return false;
            }
            return fail(i == 0 ? tr("The file is empty.") : tr("The file ends before its header row."));
        }
    }
    m_headerLine = m_reader->line();
    m_mapping.applyTo(m_header);
    for (int f = 0; f < FieldCount; ++f) {
        m_columnOf[size_t(f)] = m_mapping.columnOf(Field(f));
        m_textField[size_t(f)] = Fields::type(Field(f)) == FieldType::Text;
    }
    return true;
}

// Cells that cannot hold what the file meant: bytes not valid in the file's encoding (read as
// U+FFFD), zero bytes, control characters other than tab and line breaks, UTF-8 text in a file read
// as Windows-1251; and cells past the last named column (a delimiter inside a value shifts the row).
bool Run::checkText()
{
    // No name, figure or list of sources is this long: such a cell is a broken quote or not a table.
    constexpr qsizetype MaxCellChars = 10000;
    const bool replaced = m_reader->hadInvalidBytes();
    for (int i = 0; i < int(m_cells.size()); ++i) {
        const QString &text = m_cells.at(i);
        if (text.size() > MaxCellChars) {
            error(m_line, i + 1, text,
                  tr("The cell is %1 characters long, more than the %2 any name, figure or list of sources needs: "
                     "a quote may be left open, or this is not a table of results.")
                      .arg(QLocale::c().toString(text.size()), QLocale::c().toString(MaxCellChars)));
            return false;
        }
        // Most cells have nothing below U+0020 and no U+FFFD: nothing to look at one by one.
        if (mayHoldControlOrReplacement(text)) {
            for (const QChar ch : text) {
                const char16_t u = ch.unicode();
                if ((u >= 0x20 && u != 0xFFFD) || u == u'\t' || u == u'\n' || u == u'\r' || (u == 0xFFFD && !replaced))
                    continue;
                if (u == 0xFFFD)
                    error(m_line, i + 1, text,
                          tr("The cell has bytes that are not valid %1 text (they show as \"%2\"): the file is "
                             "damaged or mixes encodings. Save it again as \"CSV UTF-8\" and import it again.")
                              .arg(m_encoding, QString(QChar(0xFFFD))));
                else if (u == 0)
                    error(m_line, i + 1, text,
                          tr("The cell holds zero bytes: the file is damaged (perhaps cut off while it was copied) "
                             "or it is not a text file."));
                else
                    error(m_line, i + 1, text,
                          tr("The cell holds the control character U+%1, which no name or figure has: the file "
                             "is damaged or it is not a text table.").arg(int(u), 4, 16, QLatin1Char('0')));
                return false;
            }
        }
        if (m_windows1251 && looksLikeUtf8ReadAs1251(text)) {
            error(m_line, i + 1, text,
                  tr("The cell looks like UTF-8 text read as Windows-1251: the file mixes encodings. Save it "
                     "again as \"CSV UTF-8\" and import it again."));
            return false;
        }
    }
    for (int i = int(m_header.size()); i < int(m_cells.size()); ++i) {
        if (!m_cells.at(i).trimmed().isEmpty()) {
            error(m_line, i + 1, m_cells.at(i),
                  tr("The row has more cells than the header has columns: column %1 has no name. A delimiter "
                     "inside a value may have split it (check its quotes), or the header lacks a name.").arg(i + 1));
            return false;
        }
    }
    return true;
}

bool Run::checkColumns()
{
    bool ok = true;
    // Two columns of the same name: which one holds the field cannot be told.
    for (int f = 0; f < FieldCount; ++f) {
        const int column = m_columnOf[size_t(f)];
        if (Field(f) == Field::Ignore || column < 0 || column >= m_header.size())
            continue;
        const QString name = TextKey::fold(m_header.at(column));
        for (int other = 0; other < m_header.size(); ++other) {
            if (other != column && !name.isEmpty() && TextKey::fold(m_header.at(other)) == name) {
                error(m_headerLine, std::max(column, other) + 1, m_header.at(other),
                      tr("The columns %1 and %2 are both named \"%3\": it cannot be told which holds \"%4\". "
                         "Rename or remove one of them.")
                          .arg(std::min(column, other) + 1).arg(std::max(column, other) + 1)
                          .arg(m_header.at(other).trimmed(), Fields::label(Field(f))));
                ok = false;
                break;
            }
        }
    }
    const bool territory = m_mapping.has(Field::Region) || m_mapping.has(Field::District)
        || m_mapping.has(Field::Settlement) || m_mapping.has(Field::Kato);
    if (!territory) {
        error(0, 0, QString(),
              tr("A required column is missing: none of the columns names a territory (\"%1\", \"%2\", \"%3\" or \"%4\"). "
                 "Map one in the import dialog or name it in the header (for example \"Район\", \"Аудан\" or \"District\").")
                  .arg(Fields::label(Field::Region), Fields::label(Field::District), Fields::label(Field::Settlement),
                       Fields::label(Field::Kato)));
        ok = false;
    }
    if (!m_mapping.has(Field::ElectionDate) && !m_mapping.defaultDate.isValid()) {
        error(0, 0, QString(),
              tr("A required column is missing: \"%1\". Map a date column (for example \"Дата\", \"Күні\" or \"Date\"), "
                 "or give one date for the whole file.").arg(Fields::label(Field::ElectionDate)));
        ok = false;
    }
    const bool candidateName = m_mapping.has(Field::Candidate) || m_mapping.has(Field::Winner);
    for (Field f : {Field::Votes, Field::Nomination, Field::Elected, Field::VoteSharePublished}) {
        if (m_mapping.has(f) && !candidateName) {
            error(0, columnOf(f), QString(),
                  tr("The column \"%1\" holds \"%2\", which needs a \"%3\" column.")
                      .arg(columnName(columnOf(f)), Fields::label(f), Fields::label(Field::Candidate)));
            ok = false;
        }
    }
    return ok;
}

QString Run::handleLevel(qint64 handle) const
{
    if (handle > 0) {
        const auto *e = m_matcher.entry(handle);
        return e ? e->level : QString();
    }
    return m_pending.at(size_t(-handle - 1)).level;
}

QString Run::handlePath(qint64 handle)
{
    if (const auto it = m_paths.constFind(handle); it != m_paths.constEnd())
        return *it;
    QString path;
    if (handle > 0) {
        path = m_matcher.path(handle);
    } else {
        const PendingTerritory &p = m_pending.at(size_t(-handle - 1));
        const QString parent = handlePath(p.parentHandle);
        path = parent.isEmpty() ? p.name : parent + QStringLiteral(" / ") + p.name;
    }
    m_paths.insert(handle, path);
    return path;
}

QString Run::ownSearchKey(qint64 territoryId)
{
    if (const auto it = m_ownSearchKeys.constFind(territoryId); it != m_ownSearchKeys.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT search_key FROM territory WHERE id = ?"));
    q.addBindValue(territoryId);
    const QString key = q.exec() && q.next() ? q.value(0).toString() : QString();
    m_ownSearchKeys.insert(territoryId, key);
    return key;
}

qint64 Run::resolveTerritory(const QString &region, const QString &district, const QString &settlement,
                             const QString &kato, const QString &level)
{
    // Rows of one race come one after the other: the same names give the same territory.
    if (m_lastPathSet && settlement == m_lastPath[2] && district == m_lastPath[1] && region == m_lastPath[0]
        && kato == m_lastPath[3] && level == m_lastLevel) {
        for (int index : std::as_const(m_lastIssues))
            ++m_report.territories[index].rows;
        return m_lastHandle;
    }
    m_resolvingIssues.clear();
    const int errorsBefore = m_errors;
    qint64 handle = 0;
    if (!kato.isEmpty()) {
        if (const auto id = m_matcher.byKato(kato))
            handle = *id;
        else if (region.isEmpty() && district.isEmpty() && settlement.isEmpty())
            error(m_line, columnOf(Field::Kato), kato, tr("No territory has the KATO code %1.").arg(kato));
    }
    if (handle == 0 && (!region.isEmpty() || !district.isEmpty() || !settlement.isEmpty())) {
        qint64 parent = m_matcher.countryId();
        // A region and district seen before (villages of one district follow each other).
        // Mostly the region and district of the row before.
        const std::pair<qint64, QList<int>> *known = nullptr;
        if (m_lastUpper && region == m_lastUpperNames.first && district == m_lastUpperNames.second) {
            known = m_lastUpper;
        } else {
            const QuickKey upper{upperKey(region, district)};
            if (const auto it = m_upperCache.constFind(upper); it != m_upperCache.constEnd()) {
                known = &*it;
                m_lastUpper = known;
                m_lastUpperNames = {region, district};
            }
        }
        if (known) {
            parent = known->first;
            for (int index : known->second) {
                ++m_report.territories[index].rows;
                m_resolvingIssues.append(index);
            }
        } else {
            const QuickKey upper{upperKey(region, district)};
            if (!region.isEmpty())
                parent = resolveLevel(parent, region, QStringLiteral("region"), columnOf(Field::Region));
            if (parent != 0 && !district.isEmpty())
                parent = resolveLevel(parent, district, QStringLiteral("district"), columnOf(Field::District));
            if (parent != 0 && m_upperCache.size() < 100000) {
                m_upperCache.insert(upper, {parent, m_resolvingIssues});
                m_lastUpper = nullptr; // the hash may have moved its entries
            }
        }
        if (parent != 0 && !settlement.isEmpty()) {
            if (district.isEmpty() && parent > 0 && m_matcher.entry(parent) && m_matcher.entry(parent)->firstLevel()) {
                // No district: a city under its region, or a village the database knows below it.
                parent = resolveWithoutDistrict(parent, settlement, level);
            } else {
                parent = resolveLevel(parent, settlement, QStringLiteral("settlement"), columnOf(Field::Settlement));
            }
        }
        handle = parent == m_matcher.countryId() ? 0 : parent;
    }
    if (handle == 0 && m_errors == errorsBefore)
        error(m_line, 0, QString(), tr("The row names no territory."));
    m_lastPath = {region, district, settlement, kato};
    m_lastLevel = level;
    m_lastPathSet = true;
    m_lastHandle = handle;
    m_lastIssues = m_resolvingIssues;
    return handle;
}

// A settlement named with its region but no district (the district cell is empty or there is no
// district column). Cities of regional significance and regional centres sit right under their
// region; a village or rural okrug the database already holds is found below the region; any
// other settlement needs its district.
qint64 Run::resolveWithoutDistrict(qint64 regionHandle, const QString &settlement, const QString &level)
{
    const int column = columnOf(Field::Settlement);
    const TerritoryMatcher::Result direct = m_matcher.matchChild(regionHandle, settlement);
    if (direct.status == TerritoryMatcher::Status::Matched)
        return resolveLevel(regionHandle, settlement, QStringLiteral("district"), column);
    const bool cityLevel = level == QLatin1String("city_regional") || level == QLatin1String("regional_centre");
    const bool cityName = TerritoryMatcher::levelForNewChild(settlement, QStringLiteral("region"))
        == QLatin1String("city_regional");
    if (!cityLevel) {
        const TerritoryMatcher::Result below = m_matcher.matchBelow(regionHandle, settlement);
        if (below.status == TerritoryMatcher::Status::Matched)
            return below.id;
        if (below.status == TerritoryMatcher::Status::Ambiguous) {
            QStringList names;
            for (const auto &s : below.suggestions)
                names.append(s.path);
            error(m_line, column, settlement,
                  tr("\"%1\" matches several territories (%2) and the district cell of this row is empty: fill in "
                     "the district.").arg(settlement, names.join(QStringLiteral("; "))));
            return 0;
        }
    }
    if (cityLevel || cityName) {
        m_newUnitLevel = QStringLiteral("city_regional");
        const qint64 handle = resolveLevel(regionHandle, settlement, QStringLiteral("district"), column);
        m_newUnitLevel.clear();
        return handle;
    }
    error(m_line, column, settlement,
          tr("The settlement \"%1\" needs its district, and the district cell of this row is empty: fill in the "
             "district. (Only a city of regional significance or a regional centre sits right under its region.)")
              .arg(settlement));
    return 0;
}

qint64 Run::resolveLevel(qint64 parentHandle, const QString &name, const QString &issueLevel, int column)
{
    // Region and district names repeat on every row: their keys are worked out once.
    QString key;
    QString folded;
    if (issueLevel == QLatin1String("settlement")) {
        folded = TextKey::fold(name);
        key = TextKey::territoryMatchKeyOfFolded(folded, name);
    } else {
        auto it = m_matchKeys.constFind(name);
        if (it == m_matchKeys.constEnd())
            it = m_matchKeys.insert(name, TextKey::territoryMatchKey(name));
        key = *it;
    }
    // Under a unit this import creates, every unit is new: nothing to ask, no entry in the report.
    if (parentHandle < 0) {
        const size_t hash = quickHash(key, QHashSeed::globalSeed() ^ size_t(quint64(parentHandle) * 0x9E3779B97F4A7C15ULL));
        for (auto it = m_pendingChildren.constFind(hash); it != m_pendingChildren.constEnd() && it.key() == hash; ++it) {
            if (pending(*it).key == key && pending(*it).parentHandle == parentHandle)
                return *it;
        }
        const QString level = folded.isNull() ? TerritoryMatcher::levelForNewChild(name, handleLevel(parentHandle))
                                              : TerritoryMatcher::levelForNewChildOfFolded(folded, handleLevel(parentHandle));
        const qint64 handle = addPending(parentHandle, name, key, level, -1, folded);
        m_pendingChildren.insert(hash, handle);
        return handle;
    }

    const QString issueKey = issueLevel + QLatin1Char(':') + QString::number(parentHandle) + QLatin1Char(':') + key;
    if (const auto it = m_issueIndex.constFind(issueKey); it != m_issueIndex.constEnd()) {
        // Decided on the first row that named it.
        ++m_report.territories[*it].rows;
        m_resolvingIssues.append(*it);
        return m_issueHandles[size_t(*it)];
    }
    TerritoryIssue t;
    t.key = issueKey;
    t.level = issueLevel;
    t.name = name;
    t.parentPath = handlePath(parentHandle);
    t.firstLine = m_line;
    t.rows = 1;
    m_report.territories.append(t);
    const int index = int(m_report.territories.size()) - 1;
    m_issueIndex.insert(issueKey, index);
    m_issueHandles.push_back(0);
    m_resolvingIssues.append(index);
    const qint64 handle = decide(parentHandle, name, key, issueLevel, column, index);
    m_issueHandles[size_t(index)] = handle;
    return handle;
}

qint64 Run::decide(qint64 parentHandle, const QString &name, const QString &key, const QString &issueLevel,
                   int column, int index)
{
    TerritoryIssue &t = m_report.territories[index];
    const TerritoryMatcher::Result r = issueLevel == QLatin1String("region")
        ? m_matcher.matchRegion(name)
        : m_matcher.matchChild(parentHandle == m_matcher.countryId() ? 0 : parentHandle, name);
    t.status = r.status;
    t.suggestions = r.suggestions;
    if (r.status == TerritoryMatcher::Status::Matched) {
        t.matchedId = r.id;
        t.matchedPath = m_matcher.path(r.id);
    }

    const qint64 choice = m_options.territoryChoices.value(t.key, -1);
    if (choice > 0 && m_matcher.entry(choice)) {
        t.matchedId = choice;
        t.matchedPath = m_matcher.path(choice);
        return choice;
    }
    if (t.status == TerritoryMatcher::Status::Matched && choice != 0)
        return t.matchedId;
    if (t.status == TerritoryMatcher::Status::Ambiguous && choice != 0) {
        QStringList names;
        for (const auto &s : t.suggestions)
            names.append(s.path);
        error(m_line, column, name,
              tr("\"%1\" matches several territories (%2). Choose one in the import dialog, or add the region.")
                  .arg(name, names.join(QStringLiteral("; "))));
        return 0;
    }
    if (t.status == TerritoryMatcher::Status::Unknown) {
        QStringList names;
        for (const auto &s : t.suggestions)
            names.append(s.path);
        if (issueLevel == QLatin1String("region"))
            error(m_line, column, name,
                  names.isEmpty() ? tr("\"%1\" is not a region or city of republican significance of Kazakhstan.").arg(name)
                                  : tr("\"%1\" is not a region or city of republican significance of Kazakhstan. Did you mean %2?")
                                        .arg(name, names.join(tr(" or "))));
        else
            error(m_line, column, name,
                  tr("\"%1\" is not known, and without a region Sailau cannot tell where to create it. Add a region column.")
                      .arg(name));
        return 0;
    }
    // New, or the user chose to create it.
    const QString level = !m_newUnitLevel.isEmpty() ? m_newUnitLevel
        : issueLevel == QLatin1String("district")
        ? TerritoryMatcher::levelForNewChild(name, QStringLiteral("region"))
        : TerritoryMatcher::levelForNewChild(name, handleLevel(parentHandle));
    t.status = TerritoryMatcher::Status::New;
    t.newLevel = level;
    return addPending(parentHandle, name, key, level, index);
}

qint64 Run::addPending(qint64 parentHandle, const QString &name, const QString &key, const QString &level, int issueIndex,
                       const QString &folded)
{
    PendingTerritory p;
    p.name = name;
    p.key = key;
    p.level = level;
    p.parentHandle = parentHandle;
    p.issue = issueIndex;
    p.firstLine = quint32(m_line);
    if (folded.isEmpty()) {
        p.ownKey = TextKey::searchKey({name});
    } else {
        p.ownKey.reserve(folded.size() + 2);
        p.ownKey += QLatin1Char('|');
        p.ownKey += folded;
        p.ownKey += QLatin1Char('|');
    }
    m_pending.push_back(std::move(p));
    m_freshTerritory = -qint64(m_pending.size());
    return m_freshTerritory;
}

qint64 Run::ensureTerritory(qint64 handle)
{
    if (handle > 0)
        return handle;
    PendingTerritory &p = pending(handle);
    if (p.createdId)
        return p.createdId;
    const qint64 parent = ensureTerritory(p.parentHandle);
    if (!parent)
        return 0;
    // The parent's path and region, for the new unit's own.
    QString parentPath;
    qint64 regionId = 0;
    if (const auto it = m_parentInfo.constFind(parent); it != m_parentInfo.constEnd()) {
        parentPath = it->first;
        regionId = it->second;
    } else {
        if (!m_newTerritories.flush()) {
            error(m_line, 0, p.name, m_newTerritories.error());
            return 0;
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT path, region_id, level FROM territory WHERE id = ?"));
        q.addBindValue(parent);
        if (!q.exec() || !q.next()) {
            error(m_line, 0, p.name, tr("The territory \"%1\" could not be created: %2").arg(p.name, q.lastError().text()));
            return 0;
        }
        parentPath = q.value(0).toString();
        const QString parentLevel = q.value(2).toString();
        regionId = parentLevel == QLatin1String("region") || parentLevel == QLatin1String("city_republican")
            ? parent : q.value(1).toLongLong();
        m_parentInfo.insert(parent, {parentPath, regionId});
    }
    const qint64 id = ++m_nextTerritoryId;
    QString path;
    path.reserve(parentPath.size() + 21);
    path += parentPath;
    char digits[24];
    path += QLatin1String(digits, std::to_chars(digits, digits + sizeof digits, id).ptr);
    path += QLatin1Char('/');
    m_newTerritories.add(id).add(parent);
    if (regionId)
        m_newTerritories.add(regionId);
    else
        m_newTerritories.addNull();
    m_newTerritories.add(p.level).add(p.name).add(path).add(p.ownKey).add(p.key).add(qint64(m_synthetic ? 1 : 0)).add(m_batchId);
    if (!m_newTerritories.endRow()) {
        error(m_line, 0, p.name, tr("The territory \"%1\" could not be created: %2").arg(p.name, m_newTerritories.error()));
        return 0;
    }
    p.createdId = id;
    // Units with children of their own are asked for again.
    if (p.level == QLatin1String("district") || p.level == QLatin1String("city_regional"))
        m_parentInfo.insert(id, {path, regionId});
    return id;
}

std::optional<QString> Run::parseLevel(const QString &text) const
{
    const QString key = TextKey::fold(text);
    if (key.isEmpty())
        return QString();
    static const QList<std::pair<const char *, const char *>> words = {
        {"district", "district"}, {"raion", "district"}, {"raionnii", "district"}, {"audan", "district"},
        {"audandik", "district"}, {"city regional", "city_regional"}, {"city_regional", "city_regional"},
        {"gorod", "city_regional"}, {"gorodskoi", "city_regional"}, {"kala", "city_regional"},
        {"kalalik", "city_regional"}, {"regional centre", "regional_centre"}, {"regional center", "regional_centre"},
        {"regional_centre", "regional_centre"}, {"oblastnoi tsentr", "regional_centre"},
        {"oblis ortaligi", "regional_centre"}, {"rural", "rural"}, {"selskii", "rural"}, {"selo", "rural"},
        {"auil", "rural"}, {"auildik", "rural"}, {"village", "rural"},
    };
    for (const auto &[word, level] : words) {
        const QString w = TextKey::fold(QString::fromLatin1(word));
        if (key == w || key.startsWith(w + QLatin1Char(' ')))
            return QString::fromLatin1(level);
    }
    return std::nullopt;
}

qint64 Run::ensureElection(const QDate &date, const QString &level)
{
    // Every row asks: the last answer is kept.
    if (date == m_lastElectionDate && level == m_lastElectionLevel)
        return m_lastElection;
    const QString key = date.toString(Qt::ISODate) + QLatin1Char('|') + level;
    if (const auto it = m_elections.constFind(key); it != m_elections.constEnd()) {
        m_lastElectionDate = date;
        m_lastElectionLevel = level;
        m_lastElection = *it;
        m_lastElectionNew = m_newElections.contains(key);
        return *it;
    }
    qint64 id = 0;
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT id FROM election WHERE date = ? AND level = ? AND kind = 'regular'"));
    find.addBindValue(date.toString(Qt::ISODate));
    find.addBindValue(level);
    if (find.exec() && find.next()) {
        id = find.value(0).toLongLong();
    } else if (writing()) {
        QString why;
        const auto created = m_catalog.electionId(date, level, QStringLiteral("regular"), {}, m_batchId, &why);
        if (!created) {
            error(m_line, 0, QString(), why);
            return 0;
        }
        id = *created;
        m_newElections.insert(key);
    } else {
        id = -qint64(m_elections.size() + 1); // new, in a dry run
        m_newElections.insert(key);
    }
    m_elections.insert(key, id);
    m_lastElectionDate = date;
    m_lastElectionLevel = level;
    m_lastElection = id;
    m_lastElectionNew = m_newElections.contains(key);
    return id;
}

void Run::loadCandidates(RaceState &race)
{
    m_loadCandidates.bind(1, race.raceId);
    while (m_loadCandidates.step() && m_loadCandidates.hasRow()) {
        CandidateState c;
        c.id = m_loadCandidates.columnInt(0);
        c.keyHash = qHash(m_loadCandidates.columnText(1));
        if (!m_loadCandidates.columnIsNull(2))
            c.votesValue = m_loadCandidates.columnInt(2);
        if (!m_loadCandidates.columnIsNull(3))
            c.electedValue = m_loadCandidates.columnInt(3) != 0 ? 1 : 0;
        c.existing = c.id <= m_candidatesBefore;
        c.earlierRows = !c.existing;
        c.line = c.existing ? 0 : quint32(m_loadCandidates.columnInt(4));
        race.candidates.push_back(c);
    }
    m_loadCandidates.reset();
    race.nextPosition = qint16(race.candidates.size());
}

int Run::raceFor(const QDate &date, const QString &level, qint64 territoryHandle, bool synthetic)
{
    const qint64 election = ensureElection(date, level);
    if (!election)
        return -1;
    if (m_openRace >= 0) {
        // Rows of a race come one after the other.
        const RaceState &open = m_races[size_t(m_openRace)];
        if (open.electionHandle == election && open.territoryHandle == territoryHandle && !open.closed)
            return m_openRace;
    }
    if (m_lastRace >= 0) {
        // processRow() asks twice for a new race: before and after closing the race before it.
        const RaceState &last = m_races[size_t(m_lastRace)];
        if (last.electionHandle == election && last.territoryHandle == territoryHandle && !last.closed)
            return m_lastRace;
    }
    const QPair<qint64, qint64> key(election, territoryHandle);
    // A territory first named on this row has no race yet.
    const auto it = territoryHandle == m_freshTerritory ? m_raceIndex.constEnd() : m_raceIndex.constFind(key);
    if (it != m_raceIndex.constEnd()) {
        RaceState &race = m_races[size_t(*it)];
        if (race.closed) {
            // Its rows come back: read again what earlier rows wrote.
            race.closed = false;
            if (race.written && flushAll())
                loadCandidates(race);
        }
        return *it;
    }

    RaceState race;
    race.electionHandle = election;
    race.territoryHandle = territoryHandle;
    race.firstLine = quint32(m_line);
    race.synthetic = synthetic;
    // An existing race of an existing election in an existing territory: the file adds to it.
    if (election > 0 && territoryHandle > 0 && !m_lastElectionNew) {
        m_findRace.bind(1, election);
        m_findRace.bind(2, territoryHandle);
        if (m_findRace.step() && m_findRace.hasRow()) {
            race.raceId = m_findRace.columnInt(0);
            race.territoryId = territoryHandle;
            race.existing = true;
            race.written = true;
            FigureSet stored{};
            for (int i = 0; i < FigureCount; ++i) {
                if (!m_findRace.columnIsNull(1 + i))
                    stored[size_t(i)] = Figure::ofCount(m_findRace.columnInt(1 + i), 0, 0);
            }
            if (!m_findRace.columnIsNull(1 + FigureCount))
                stored[TurnoutSlot] = Figure::ofPercent(m_findRace.columnDouble(1 + FigureCount), 0, 0);
            race.storedIndex = int(m_stored.size());
            m_stored.push_back(stored);
        }
        m_findRace.reset();
        if (race.existing) {
            loadCandidates(race);
            ++m_report.summary.racesUpdated;
        }
    }
    if (!race.existing)
        ++m_report.summary.racesNew;
    m_races.push_back(std::move(race));
    m_raceIndex.insert(key, int(m_races.size()) - 1);
    m_lastRace = int(m_races.size()) - 1;
    if (territoryHandle == m_freshTerritory)
        m_freshTerritory = 0; // it has a race now
    return m_lastRace;
}

const Figure &Run::storedFigure(const RaceState &race, int slot) const
{
    static const Figure none{};
    return race.storedIndex >= 0 ? m_stored[size_t(race.storedIndex)][size_t(slot)] : none;
}

void Run::setFigure(RaceState &race, int slot, const Figure &value, const QString &text)
{
    Figure &current = race.figures[size_t(slot)];
    const Field field = slot == TurnoutSlot ? Field::TurnoutPublished : countFields[size_t(slot)];
    auto show = [](const Figure &f) {
        return f.count() ? QLocale::c().toString(*f.count()) : QLocale::c().toString(f.percent().value_or(0), 'g', 10);
    };
    if (current.isSet()) {
        if (!(current == value))
            error(value.line, value.column, text,
                  tr("\"%1\" is %2 here but %3 on line %4 for the same race: one race has one value.")
                      .arg(Fields::label(field), show(value), show(current))
                      .arg(current.line));
        return;
    }
    current = value;
    const Figure &stored = storedFigure(race, slot);
    if (stored.isSet() && !(stored == value))
        warning(value.line, value.column, text,
                tr("\"%1\" of this race is %2 in the database; the import changes it to %3 (undo restores it).")
                    .arg(Fields::label(field), show(stored), show(value)));
    if (!stored.isSet() || !(stored == value)) {
        race.dirty = race.dirty || race.written;
        race.touched = true;
    }
}

bool Run::againstAllNomination(const QString &nomination)
{
    if (const bool *known = m_againstAllNominations.find(nomination))
        return *known;
    const bool againstAll = Catalog::isAgainstAllKey(TextKey::nameKey(nomination));
    // Nominations are a handful of parties; a file of other text in that column is not kept.
    if (m_againstAllNominations.size() < 1024)
        m_againstAllNominations.insert(nomination, againstAll);
    return againstAll;
}

qint64 Run::sourceId(const QString &url)
{
    if (const auto it = m_sources.constFind(url); it != m_sources.constEnd())
        return *it;
    QString why;
    const auto id = m_catalog.sourceId(url, &why);
    if (!id) {
        error(m_line, columnOf(Field::Source), url, why);
        return 0;
    }
    m_sources.insert(url, *id);
    return *id;
}

void Run::appendRaceSearchKey(const RaceState &race, QString &key)
{
    // The unit's own names, then its parent's (as RaceMetricsStore builds it).
    qint64 own = race.territoryHandle;
    if (own < 0 && !pending(own).ownKey.isNull()) {
        const PendingTerritory &p = pending(own);
        key += p.ownKey;
        own = p.parentHandle;
        key += own < 0 ? pending(own).ownKey : ownSearchKey(own);
        return;
    }
    const qint64 id = own < 0 ? pending(own).createdId : own;
    if (!m_newTerritories.flush())
        error(m_line, 0, QString(), m_newTerritories.error());
    const auto *e = m_matcher.entry(id);
    qint64 parent = e ? e->parentId : 0;
    if (!e) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT parent_id FROM territory WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            parent = q.value(0).toLongLong();
    }
    key += ownSearchKey(id);
    if (parent)
        key += ownSearchKey(parent);
}

// The race whose rows were just read: a new one is written now, whole, and one written before
// gets its new candidates' names added to the names it is found by; then it is checked, its
// metrics written, and its candidates let go.
void Run::flushRace()
{
    if (m_openRace >= 0) {
        RaceState &race = m_races[size_t(m_openRace)];
        if (writing()) {
            if (!race.written && race.raceId != 0) {
                m_newRaces.add(race.raceId).add(race.electionHandle).add(race.territoryId);
                for (int slot = 0; slot < FigureCount; ++slot)
                    m_newRaces.add(race.figures[size_t(slot)].count());
                // Built in a buffer kept from race to race.
                m_raceKey.resize(0);
                appendRaceSearchKey(race, m_raceKey);
                m_raceKey += QLatin1Char('|');
                m_raceKey += m_searchTail;
                m_newRaces.add(race.figures[TurnoutSlot].percent()).add(qint64(race.synthetic ? 1 : 0)).add(m_batchId)
                    .add(m_raceKey);
                if (m_mapping.candidateListsComplete)
                    m_newRaces.add(qint64(1));
                else
                    m_newRaces.addNull();
                if (!m_newRaces.endRow())
                    error(race.firstLine, 0, QString(), tr("The race could not be written: %1").arg(m_newRaces.error()));
                race.written = true;
                // A village's names are in the race's search key now; the territory row keeps them.
                if (race.territoryHandle < 0 && pending(race.territoryHandle).issue < 0) {
                    PendingTerritory &p = pending(race.territoryHandle);
                    p.name = QString();
                    p.ownKey = QString();
                }
            } else if (!m_searchTail.isEmpty()) {
                if (!m_newRaces.flush()) // the race's row may still be waiting
                    error(m_line, 0, QString(), m_newRaces.error());
                m_appendSearchKey.bind(1, m_searchTail);
                m_appendSearchKey.bind(2, race.raceId);
                if (!m_appendSearchKey.step())
                    error(m_line, 0, QString(), m_appendSearchKey.error());
            }
        }
        closeRace(race);
    }
    m_searchTail.resize(0); // keeps its buffer for the next race
    m_openRace = -1;
}

// Checks that need the whole race, then its metrics.
void Run::closeRace(RaceState &race)
{
    auto figure = [this, &race](Field f) -> const Figure & {
        const int slot = figureSlot(f);
        return race.figures[size_t(slot)].isSet() ? race.figures[size_t(slot)] : storedFigure(race, slot);
    };
    const Figure &voters = figure(Field::Voters);
    const Figure &issued = figure(Field::BallotsIssued);
    const Figure &cast = figure(Field::BallotsCast);
    const Figure &invalid = figure(Field::Invalid);
    const Figure &againstAll = figure(Field::AgainstAll);
    auto exceeds = [&](const Figure &part, const Figure &whole, Field partField, Field wholeField) {
        if (part.count() && whole.count() && *part.count() > *whole.count())
            error(part.line ? part.line : race.firstLine, part.column, QString::number(*part.count()),
                  tr("\"%1\" (%2) exceed \"%3\" (%4) in this race.")
                      .arg(Fields::label(partField)).arg(*part.count())
                      .arg(Fields::label(wholeField)).arg(*whole.count()));
    };
    exceeds(issued, voters, Field::BallotsIssued, Field::Voters);
    exceeds(cast, voters, Field::BallotsCast, Field::Voters);
    exceeds(invalid, cast, Field::Invalid, Field::BallotsCast);
    exceeds(againstAll, cast, Field::AgainstAll, Field::BallotsCast);

    QList<qint64> winners;
    for (const CandidateState &c : race.candidates) {
        // Votes fit in the ballots cast; where those are not given, in the ballots issued, else in
        // the voters on the lists.
        if (c.votes() && cast.count() && *c.votes() > *cast.count())
            error(c.line ? c.line : race.firstLine, c.votesColumn, QString::number(*c.votes()),
                  tr("A candidate's votes (%1) exceed the ballots cast (%2) in this race.").arg(*c.votes()).arg(*cast.count()));
        else if (c.votes() && !cast.count() && issued.count() && *c.votes() > *issued.count())
            error(c.line ? c.line : race.firstLine, c.votesColumn, QString::number(*c.votes()),
                  tr("A candidate's votes (%1) exceed the ballots issued (%2) in this race.").arg(*c.votes()).arg(*issued.count()));
        else if (c.votes() && !cast.count() && !issued.count() && voters.count() && *c.votes() > *voters.count())
            error(c.line ? c.line : race.firstLine, c.votesColumn, QString::number(*c.votes()),
                  tr("A candidate's votes (%1) exceed the voters on the lists (%2) in this race.").arg(*c.votes()).arg(*voters.count()));
        if (c.elected().value_or(false))
            winners.append(c.line);
    }
    // The candidates' votes and "against all" together fit in the valid ballots (cast less
    // invalid; the ballots cast where the invalid ones are not given). The row named is the one
    // whose votes made the sum pass them.
    if (cast.count()) {
        const qint64 valid = *cast.count() - invalid.count().value_or(0);
        qint64 sum = againstAll.count().value_or(0);
        for (const CandidateState &c : race.candidates) {
            if (!c.votes())
                continue;
            sum += *c.votes();
            if (sum > valid && *c.votes() <= *cast.count()) {
                qint64 total = againstAll.count().value_or(0);
                for (const CandidateState &other : race.candidates)
                    total += other.votes().value_or(0);
                const QString whole = invalid.count()
                    ? tr("the %1 valid ballots (%2 cast less %3 invalid)").arg(valid).arg(*cast.count()).arg(*invalid.count())
                    : tr("the %1 ballots cast").arg(valid);
                error(c.line ? c.line : race.firstLine, c.votesColumn, QString::number(*c.votes()),
                      againstAll.count()
                          ? tr("The votes of this race's candidates and \"against all\" add up to %1, more than %2: "
                               "a figure is wrong.").arg(total).arg(whole)
                          : tr("The votes of this race's candidates add up to %1, more than %2: a figure is wrong.")
                                .arg(total).arg(whole));
                break;
            }
        }
    }
    // The candidate marked elected has the most votes: akims are elected by a plurality of the
    // votes in one round (a repeat election is a race of its own), so there is no second round in
    // which a candidate with fewer first-round votes could win.
    if (winners.size() == 1) {
        const CandidateState *winner = nullptr;
        for (const CandidateState &c : race.candidates) {
            if (c.elected().value_or(false))
                winner = &c;
        }
        if (winner && winner->votes()) {
            for (const CandidateState &c : race.candidates) {
                if (&c != winner && c.votes() && *c.votes() > *winner->votes()) {
                    const qint64 line = winner->line ? winner->line : (c.line ? c.line : race.firstLine);
                    error(line, columnOf(Field::Elected), QString(),
                          c.line ? tr("This candidate is marked elected with %1 votes, fewer votes than the candidate on "
                                      "line %2 (%3): the winner is the candidate with the most votes.")
                                       .arg(*winner->votes()).arg(c.line).arg(*c.votes())
                                 : tr("This candidate is marked elected with %1 votes, fewer votes than a candidate "
                                      "already in the database (%2): the winner is the candidate with the most votes.")
                                       .arg(*winner->votes()).arg(*c.votes()));
                    break;
                }
            }
        }
    }
    if (winners.size() > 1) {
        QStringList lines;
        bool stored = false; // one of them is already in the database
        for (qint64 l : winners) {
            if (l)
                lines.append(QString::number(l));
            else
                stored = true;
        }
        const QString list = lines.join(QStringLiteral(", "));
        error(winners.last() ? winners.last() : race.firstLine, columnOf(Field::Elected), QString(),
              stored ? tr("Two winners in one race: one already in the database and %n more on line(s) %1. A race "
                          "elects one akim.", nullptr, int(lines.size())).arg(list)
                     : tr("Two winners in one race (lines %1): a race elects one akim.").arg(list));
    }

    RaceFigures rf;
    auto count = [&](Field f) { return figure(f).count(); };
    rf.voters = count(Field::Voters);
    rf.ballotsIssued = count(Field::BallotsIssued);
    rf.ballotsCast = count(Field::BallotsCast);
    rf.invalid = count(Field::Invalid);
    rf.outsideStation = count(Field::OutsideStation);
    rf.againstAll = count(Field::AgainstAll);
    rf.pollingStations = count(Field::PollingStations);
    rf.candidatesRegistered = count(Field::CandidatesRegistered);
    rf.turnoutPublished = figure(Field::TurnoutPublished).percent();
    rf.listDeclaredComplete = m_mapping.candidateListsComplete && !race.existing;
    rf.candidates.reserve(race.candidates.size());
    for (const CandidateState &c : race.candidates)
        rf.candidates.push_back({c.votes(), c.elected()});
    const Metrics m = Metrics::compute(rf);

    // Published percentages against the counts.
    const Figure &published = figure(Field::TurnoutPublished);
    if (published.percent() && published.line && m.turnout && m.turnoutBasis != Metrics::TurnoutBasis::Published
        && std::abs(*published.percent() - *m.turnout * 100.0) > 0.1)
        warning(published.line, published.column, QString::number(*published.percent()),
                tr("The published turnout %1% disagrees with the counts (%2%).")
                    .arg(*published.percent()).arg(*m.turnout * 100.0, 0, 'f', 2));
    if (m.validVotes && *m.validVotes > 0) {
        for (const CandidateState &c : race.candidates) {
            if (c.share >= 0 && c.votes()) {
                const double computed = 100.0 * double(*c.votes()) / double(*m.validVotes);
                if (std::abs(c.share - computed) > 0.1)
                    warning(c.line, columnOf(Field::VoteSharePublished), QString::number(c.share),
                            tr("The published share %1% disagrees with the votes (%2% of %3 valid votes).")
                                .arg(c.share).arg(computed, 0, 'f', 2).arg(*m.validVotes));
            }
        }
    }

    // Its metrics, from the one implementation.
    if (writing() && race.touched && race.raceId != 0) {
        m_metrics.add(race.raceId).add(m.turnout).add(qint64(m.turnoutBasis)).add(m.validVotes)
            .add(qint64(m.validVotesBasis)).add(m.winnerShare).add(m.margin).add(m.marginOverAgainstAll)
            .add(m.encLaaksoTaagepera).add(m.encGolosov)
            .add(m.candidates ? std::optional<qint64>(*m.candidates) : std::nullopt).add(m.againstAllShare)
            .add(m.invalidShare).add(m.outsideShare);
        if (m.winnerIndex >= 0)
            m_metrics.add(race.candidates[size_t(m.winnerIndex)].id);
        else
            m_metrics.addNull();
        m_metrics.add(qint64(m.packedReasons()));
        if (!m_metrics.endRow())
            error(race.firstLine, 0, QString(), m_metrics.error());
    }
    // Let the candidates go (a dry run keeps them: it has no database to read them back from).
    if (writing()) {
        std::vector<CandidateState>().swap(race.candidates);
        race.closed = true;
    }
}

void Run::processRow()
{
    ++m_report.summary.rows;
    m_freshTerritory = 0;
    const int errorsBefore = m_errors;

    // The election day.
    QDate date = m_mapping.defaultDate;
    if (!has(Field::ElectionDate)) {
        if (date.isValid())
            ++m_report.summary.datesFilled;
    } else {
        const QString &text = cell(Field::ElectionDate);
        if (text.isEmpty()) {
            if (!date.isValid())
                error(m_line, columnOf(Field::ElectionDate), text, tr("The election date is missing."));
            else
                ++m_report.summary.datesFilled;
        } else if (text == m_lastDateText) {
            date = m_lastDate;
        } else {
            QString why;
            const auto parsed = Values::parseDate(text, &why);
            if (parsed) {
                date = *parsed;
                m_lastDateText = text;
                m_lastDate = date;
                // Direct elections of akims began in 2021; a date before 1990 or after next year is
                // most likely mistyped.
                const int nextYear = QDate::currentDate().year() + 1;
                if (date.year() < 1990 || date.year() > nextYear)
                    warning(m_line, columnOf(Field::ElectionDate), text,
                            tr("The election date %1 lies outside 1990 to %2: check that it is typed right.")
                                .arg(date.toString(Qt::ISODate)).arg(nextYear));
            } else if (const QString shown = withInvisibleShown(text); shown != text) {
                error(m_line, columnOf(Field::ElectionDate), shown,
                      tr("\"%1\" is not a date: it holds invisible characters, shown here as <U+…>. Delete them "
                         "in the file (or retype the date) and import again.").arg(shown));
            } else
                error(m_line, columnOf(Field::ElectionDate), text,
                      why.isEmpty() ? tr("\"%1\" is not a date (write 2023-11-05 or 05.11.2023).").arg(text) : why);
        }
    }
    QString level = m_mapping.defaultLevel;
    if (has(Field::ElectionLevel) && !cell(Field::ElectionLevel).isEmpty()) {
        const auto parsed = parseLevel(cell(Field::ElectionLevel));
        if (parsed)
            level = *parsed;
        else
            error(m_line, columnOf(Field::ElectionLevel), cell(Field::ElectionLevel),
                  tr("\"%1\" is not an election level (district, city_regional, regional_centre or rural).")
                      .arg(cell(Field::ElectionLevel)));
    }

    // Where, and which race.
    const qint64 territory = resolveTerritory(cell(Field::Region), cell(Field::District), cell(Field::Settlement),
                                              cell(Field::Kato), level);
    if (level.isEmpty() && territory != 0) {
        const QString territoryLevel = handleLevel(territory);
        if (territoryLevel == QLatin1String("city_regional"))
            level = QStringLiteral("city_regional");
        else if (territoryLevel == QLatin1String("district") || territoryLevel == QLatin1String("city_republican")
                 || territoryLevel == QLatin1String("region"))
            level = QStringLiteral("district");
        else
            level = QStringLiteral("rural");
    }

    // The row's source.
    const QString &sourceText = cell(Field::Source).isEmpty() ? m_mapping.defaultSource : cell(Field::Source);
    const bool synthetic = sourceText.startsWith(QLatin1String("synthetic:"));
    if (synthetic)
        m_synthetic = true;

    // Race figures of this row.
    std::array<Figure, FigureCount + 1> figures{};
    std::array<const QString *, FigureCount + 1> texts{}; // the cells, as written
    for (int slot = 0; slot <= FigureCount; ++slot) {
        const Field field = slot == TurnoutSlot ? Field::TurnoutPublished : countFields[size_t(slot)];
        if (!has(field))
            continue;
        const QString &text = cell(field);
        if (text.isEmpty())
            continue;
        QString why;
        if (slot == TurnoutSlot) {
            const auto percent = Values::parseDecimal(text, m_decimal, &why);
            if (percent && (*percent < 0 || *percent > 100))
                why = tr("a turnout of %1% is not between 0 and 100").arg(text);
            else if (percent)
                figures[size_t(slot)] = Figure::ofPercent(*percent, m_line, columnOf(field));
        } else if (const auto count = parseCount(text, m_decimal, &why)) {
            figures[size_t(slot)] = Figure::ofCount(*count, m_line, columnOf(field));
        }
        if (!figures[size_t(slot)].isSet()) {
            error(m_line, columnOf(field), text, tr("\"%1\": %2").arg(Fields::label(field), why));
            continue;
        }
        texts[size_t(slot)] = &text;
    }

    // The candidate of this row, or "against all".
    QString name = has(Field::Candidate) ? cell(Field::Candidate) : cell(Field::Winner);
    const QString &nomination = cell(Field::Nomination);
    const QString &votesText = cell(Field::Votes);
    std::optional<qint64> votes;
    if (!votesText.isEmpty()) {
        QString why;
        votes = parseCount(votesText, m_decimal, &why);
        if (!votes)
            error(m_line, columnOf(Field::Votes), votesText, tr("\"%1\": %2").arg(Fields::label(Field::Votes), why));
    }
    const QString key = name.isEmpty() ? QString() : TextKey::nameKey(name);
    const bool againstAll = (!key.isEmpty() && Catalog::isAgainstAllKey(key))
        || (!nomination.isEmpty() && againstAllNomination(nomination));
    std::optional<bool> elected;
    const QString &electedText = cell(Field::Elected);
    if (!has(Field::Candidate) && has(Field::Winner) && !name.isEmpty())
        elected = true;
    if (!electedText.isEmpty()) {
        QString why;
        if (const bool *known = m_electedMarks.find(electedText)) {
            elected = *known;
        } else {
            elected = Values::parseBool(electedText, &why);
            if (elected && m_electedMarks.size() < 64)
                m_electedMarks.insert(electedText, *elected);
        }
        if (!elected)
            error(m_line, columnOf(Field::Elected), electedText, tr("\"%1\": %2").arg(Fields::label(Field::Elected), why));
    }
    std::optional<double> share;
    const QString &shareText = cell(Field::VoteSharePublished);
    if (!shareText.isEmpty()) {
        QString why;
        share = Values::parseDecimal(shareText, m_decimal, &why);
        if (!share)
            error(m_line, columnOf(Field::VoteSharePublished), shareText,
                  tr("\"%1\": %2").arg(Fields::label(Field::VoteSharePublished), why));
    }
    if (againstAll) {
        if (votes) {
            const int slot = figureSlot(Field::AgainstAll);
            const Figure f = Figure::ofCount(*votes, m_line, columnOf(Field::Votes));
            if (figures[size_t(slot)].isSet() && !(figures[size_t(slot)] == f))
                error(m_line, f.column, votesText, tr("\"Against all\" is given twice in this row with different values."));
            figures[size_t(slot)] = f;
            texts[size_t(slot)] = &votesText;
        }
        if (elected.value_or(false))
            error(m_line, columnOf(Field::Elected), electedText, tr("\"Against all\" cannot be elected."));
        name.clear();
    } else if (name.isEmpty() && (votes || elected.value_or(false) || !nomination.isEmpty())) {
        error(m_line, columnOf(has(Field::Candidate) ? Field::Candidate : Field::Winner), QString(),
              tr("This row gives a candidate's figures but no candidate name."));
    }

    if (!date.isValid() || territory == 0 || level.isEmpty() || m_errors > errorsBefore) {
        // The row cannot be placed; its problems are reported, nothing more to check.
        return;
    }

    int raceIndex = raceFor(date, level, territory, synthetic);
    if (raceIndex < 0)
        return;
    if (raceIndex != m_openRace) {
        flushRace();
        // Closing the previous race may have read races back: look the race up again.
        raceIndex = raceFor(date, level, territory, synthetic);
        m_openRace = raceIndex;
    }
    RaceState *race = &m_races[size_t(raceIndex)];
    if (writing() && race->raceId == 0) {
        // A new race gets its id now and its row when its rows have been read (flushRace), with
        // its figures and the names it is found by.
        const qint64 territoryId = ensureTerritory(territory);
        if (!territoryId)
            return;
        race->territoryId = territoryId;
        race->raceId = ++m_nextRaceId;
        race->touched = true;
    }
    for (int slot = 0; slot <= FigureCount; ++slot) {
        if (figures[size_t(slot)].isSet())
            setFigure(*race, slot, figures[size_t(slot)], *texts[size_t(slot)]);
    }

    // Sources: the race's; a candidate's own only where it differs from the race's first.
    QVarLengthArray<qint64, 1> sourceIds;
    if (writing() && !sourceText.isEmpty()) {
        if (sourceText == m_lastSourceText) {
            sourceIds = m_lastSourceIds; // rows of a file mostly name one source
        } else {
            bool found = true;
            for (const QString &url : sourceText.split(QStringLiteral(" ; "), Qt::SkipEmptyParts)) {
                if (const qint64 id = sourceId(url.trimmed()))
                    sourceIds.append(id);
                else
                    found = false;
            }
            // Sources that could not be found are asked for again, and reported, on every row.
            m_lastSourceText = found ? sourceText : QString();
            m_lastSourceIds = sourceIds;
        }
        if (race->firstSources.isEmpty() && race->sources.isEmpty())
            race->firstSources = sourceIds;
        for (qint64 sourceId : sourceIds) {
            if (std::find(race->sources.begin(), race->sources.end(), sourceId) != race->sources.end())
                continue;
            race->sources.append(sourceId);
            m_newRaceSources.add(race->raceId).add(QStringLiteral("")).add(sourceId).add(m_batchId);
            if (!m_newRaceSources.endRow())
                error(m_line, 0, QString(), m_newRaceSources.error());
        }
    }

    if (name.isEmpty())
        return;
    ++m_report.summary.candidates;
    const size_t keyHash = qHash(key);
    if (CandidateState *found = race->candidate(keyHash)) {
        CandidateState &c = *found;
        if (!c.existing || c.line != 0) {
            // Written by an earlier row of this file: the same candidate twice.
            error(m_line, columnOf(Field::Candidate), name,
                  c.line ? tr("The candidate \"%1\" appears twice in this race (also on line %2).").arg(name).arg(c.line)
                         : tr("The candidate \"%1\" appears twice in this race.").arg(name));
            return;
        }
        // Already in the database: the file completes it.
        c.line = quint32(m_line);
        c.votesColumn = quint16(columnOf(Field::Votes));
        auto update = [&](const char *column, const QVariant &oldValue, const QVariant &newValue) {
            if (!writing())
                return;
            m_candidateChange.bind(1, m_batchId);
            m_candidateChange.bind(2, c.id);
            m_candidateChange.bind(3, QString::fromLatin1(column));
            if (oldValue.isNull())
                m_candidateChange.bindNull(4);
            else
                m_candidateChange.bind(4, oldValue.toLongLong());
            if (!m_candidateChange.step())
                error(m_line, 0, QString(), m_candidateChange.error());
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE candidate SET %1 = ? WHERE id = ?").arg(QString::fromLatin1(column)));
            q.addBindValue(newValue);
            q.addBindValue(c.id);
            if (!q.exec())
                error(m_line, 0, QString(), q.lastError().text());
        };
        if (votes && c.votes() != votes) {
            if (c.votes())
                warning(m_line, columnOf(Field::Votes), votesText,
                        tr("%1 has %2 votes in the database; the import changes them to %3 (undo restores them).")
                            .arg(name).arg(*c.votes()).arg(*votes));
            update("votes", c.votes() ? QVariant(*c.votes()) : QVariant(), *votes);
            c.setVotes(votes);
            race->touched = true;
        }
        if (elected && c.elected() != elected) {
            update("elected", c.elected() ? QVariant(*c.elected() ? 1 : 0) : QVariant(), *elected ? 1 : 0);
            c.setElected(elected);
            race->touched = true;
        }
        return;
    }
    CandidateState c;
    c.keyHash = keyHash;
    c.setVotes(votes);
    c.setElected(elected);
    c.share = share.value_or(-1);
    c.line = quint32(m_line);
    c.votesColumn = quint16(columnOf(Field::Votes));
    ++m_report.summary.candidatesNew;
    race->touched = true;
    if (writing()) {
        if (m_nominationDate != date) {
            m_nominations.clear();
            m_nominationDate = date;
        }
        const Catalog::Nomination *cached = m_nominations.find(nomination);
        if (!cached) {
            cached = &m_nominations.insert(nomination, m_catalog.resolveNomination(nomination, date));
            // Named once: kept as written, but without a party.
            if (!cached->known && !nomination.isEmpty() && !m_unknownNominations.contains(nomination)) {
                m_unknownNominations.insert(nomination);
                warning(m_line, columnOf(Field::Nomination), nomination,
                        tr("The nomination \"%1\" is neither a party Sailau knows nor self-nomination: it is kept "
                           "as written, without a party. Check its spelling, or add the party.").arg(nomination));
            }
        }
        const Catalog::Nomination resolved = *cached;
        c.id = ++m_nextCandidateId;
        m_newCandidates.add(c.id).add(race->raceId).add(qint64(++race->nextPosition)).add(name).add(key)
            .add(nomination.isEmpty() ? QString() : nomination);
        if (resolved.partyId)
            m_newCandidates.add(resolved.partyId);
        else
            m_newCandidates.addNull();
        if (resolved.known)
            m_newCandidates.add(qint64(resolved.selfNominated ? 1 : 0));
        else
            m_newCandidates.addNull();
        m_newCandidates.add(votes).add(share);
        if (elected)
            m_newCandidates.add(qint64(*elected ? 1 : 0));
        else
            m_newCandidates.addNull();
        m_newCandidates.add(m_batchId);
        if (!m_newCandidates.endRow()) {
            error(m_line, 0, QString(), tr("The candidate could not be written: %1").arg(m_newCandidates.error()));
            return;
        }
        if (sourceIds != race->firstSources) {
            for (qint64 sourceId : sourceIds) {
                m_insertCandidateSource.bind(1, c.id);
                m_insertCandidateSource.bind(2, sourceId);
                if (!m_insertCandidateSource.step())
                    error(m_line, 0, QString(), m_insertCandidateSource.error());
            }
        }
        m_searchTail += key;
        m_searchTail += QLatin1Char('|');
    }
    if (race->candidates.empty() && writing())
        race->candidates.reserve(8); // let go when the race closes
    race->candidates.push_back(c);
}

void Run::territoryWarnings()
{
    // Territories the import will create: each named, up to a point.
    constexpr int Named = 25;
    int named = 0;
    for (const TerritoryIssue &t : m_report.territories) {
        if (t.status != TerritoryMatcher::Status::New || m_options.territoryChoices.value(t.key, 0) > 0)
            continue;
        if (named++ >= Named)
            continue;
        QString message = tr("\"%1\" is not in the database; it will be created under %2.")
                              .arg(t.name, t.parentPath.isEmpty() ? tr("Kazakhstan") : t.parentPath);
        if (!t.suggestions.isEmpty())
            message += QLatin1Char(' ') + tr("Did you mean %1?").arg(t.suggestions.first().path);
        warning(t.firstLine, 0, t.name, message);
    }
    const qint64 inNew = std::count_if(m_pending.begin(), m_pending.end(), [](const PendingTerritory &p) { return p.issue < 0; });
    if (named > Named || inNew > 0)
        warning(0, 0, QString(),
                tr("In all %n territories will be created (%1 of them inside new districts).", nullptr, int(m_pending.size()))
                    .arg(inNew));
}

bool Run::writeFinal()
{
    flushRace();
    if (!flushAll() || !m_metrics.flush())
        return fail(m_metrics.error());
    // Figures that later rows added to races written before, with the old values of existing races
    // for undo.
    static const char *const columns[] = {"voters", "ballots_issued", "ballots_cast", "invalid", "outside_station",
                                          "against_all", "polling_stations", "candidates_registered", "turnout_published"};
    SqliteStatement change(m_sqlite, "INSERT OR IGNORE INTO batch_change (batch_id, race_id, field, old_value) VALUES (?, ?, ?, ?)");
    for (const RaceState &race : m_races) {
        if (!race.dirty)
            continue;
        for (int slot = 0; slot <= FigureCount; ++slot) {
            const Figure &f = race.figures[size_t(slot)];
            const Figure &old = storedFigure(race, slot);
            if (!f.isSet() || (old.isSet() && old == f))
                continue;
            if (race.existing) {
                change.bind(1, m_batchId);
                change.bind(2, race.raceId);
                change.bind(3, QString::fromLatin1(columns[slot]));
                if (old.count())
                    change.bind(4, *old.count());
                else
                    change.bind(4, old.percent());
                if (!change.step())
                    return fail(change.error());
            }
            const QByteArray sql = QByteArray("UPDATE race SET ") + columns[slot] + " = ? WHERE id = ?";
            SqliteStatement update(m_sqlite, sql.constData());
            if (f.count())
                update.bind(1, *f.count());
            else
                update.bind(1, f.percent());
            update.bind(2, race.raceId);
            if (!update.step())
                return fail(update.error());
        }
    }
    // The metric indexes dropped for a large import, built in one go.
    for (const QString &sql : std::as_const(m_metricIndexes)) {
        QSqlQuery create(m_db);
        if (!create.exec(sql))
            return fail(create.lastError().text());
    }

    // The batch's counts.
    QSqlQuery counts(m_db);
    counts.prepare(QStringLiteral(
        "UPDATE import_batch SET rows_read = ?, races_added = ?, races_updated = ?, candidates_added = ?, "
        "territories_added = ?, kind = ? WHERE id = ?"));
    counts.addBindValue(m_report.summary.rows);
    counts.addBindValue(m_report.summary.racesNew);
    counts.addBindValue(m_report.summary.racesUpdated);
    counts.addBindValue(m_report.summary.candidatesNew);
    counts.addBindValue(m_report.summary.territoriesNew);
    counts.addBindValue(!m_options.batchKind.isEmpty() ? m_options.batchKind
                        : m_synthetic                  ? QStringLiteral("synthetic")
                                                       : QStringLiteral("file"));
    counts.addBindValue(m_batchId);
    if (!counts.exec())
        return fail(counts.lastError().text());
    return true;
}

// The inserts say OR FAIL: any failure rolls the whole import back, so SQLite need not keep a
// journal to undo one statement (which costs more than the insert itself).
bool Run::prepareStatements()
{
    m_newRaces = BulkInsert(m_sqlite, "INSERT OR FAIL", "race",
                            {"id", "election_id", "territory_id", "voters", "ballots_issued", "ballots_cast", "invalid",
                             "outside_station", "against_all", "polling_stations", "candidates_registered",
                             "turnout_published", "synthetic", "batch_id", "search_key", "candidate_list_complete"});
    m_newCandidates = BulkInsert(m_sqlite, "INSERT OR FAIL", "candidate",
                                 {"id", "race_id", "position", "name", "search_key", "nomination", "party_id",
                                  "self_nominated", "votes", "vote_share_published", "elected", "batch_id"});
    m_newTerritories = BulkInsert(m_sqlite, "INSERT OR FAIL", "territory",
                                  {"id", "parent_id", "region_id", "level", "name", "path", "search_key", "match_key",
                                   "synthetic", "batch_id"});
    m_newRaceSources = BulkInsert(m_sqlite, "INSERT OR IGNORE", "race_source", {"race_id", "field", "source_id", "batch_id"});
    m_metrics = BulkInsert(m_sqlite, "INSERT OR REPLACE", "race_metrics",
                           {"race_id", "turnout", "turnout_basis", "valid_votes", "valid_votes_basis", "winner_share",
                            "margin", "margin_against_all", "enc_laakso_taagepera", "enc_golosov", "candidates",
                            "against_all_share", "invalid_share", "outside_share", "winner_id", "missing"});
    m_findRace = SqliteStatement(m_sqlite,
        "SELECT id, voters, ballots_issued, ballots_cast, invalid, outside_station, against_all, polling_stations, "
        "candidates_registered, turnout_published FROM race WHERE election_id = ? AND territory_id = ?");
    m_loadCandidates = SqliteStatement(m_sqlite,
        "SELECT id, search_key, votes, elected, 0 FROM candidate WHERE race_id = ? ORDER BY position");
    m_insertCandidateSource = SqliteStatement(m_sqlite,
        "INSERT OR IGNORE INTO candidate_source (candidate_id, source_id) VALUES (?, ?)");
    m_candidateChange = SqliteStatement(m_sqlite,
        "INSERT OR IGNORE INTO batch_candidate_change (batch_id, candidate_id, field, old_value) VALUES (?, ?, ?, ?)");
    m_appendSearchKey = SqliteStatement(m_sqlite, "UPDATE race SET search_key = search_key || ? WHERE id = ?");
    for (const SqliteStatement *st : {&m_findRace, &m_loadCandidates, &m_insertCandidateSource, &m_candidateChange,
                                      &m_appendSearchKey}) {
        if (!st->isValid())
            return fail(tr("The database is not a complete Sailau database: %1").arg(st->error()));
    }
    for (const BulkInsert *b : {&m_newRaces, &m_newCandidates, &m_newTerritories, &m_newRaceSources, &m_metrics}) {
        if (!b->isValid())
            return fail(tr("The database is not a complete Sailau database: %1")
                            .arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite))));
    }
    // The import numbers what it adds itself, so that rows can be written many at a time.
    for (auto [table, next] : {std::pair{"territory", &m_nextTerritoryId}, std::pair{"race", &m_nextRaceId},
                               std::pair{"candidate", &m_nextCandidateId}}) {
        QSqlQuery max(m_db);
        if (!max.exec(QStringLiteral("SELECT COALESCE(max(id), 0) FROM %1").arg(QLatin1String(table))) || !max.next())
            return fail(max.lastError().text());
        *next = max.value(0).toLongLong();
    }
    m_candidatesBefore = m_nextCandidateId;
    // A large file adds many races at once: their metric indexes are built afresh at the end, one
    // sort instead of as many scattered inserts (the drop is part of the transaction).
    if (!m_options.dryRun && m_reader->totalBytes() > 32 * 1024 * 1024) {
        QSqlQuery indexes(m_db);
        indexes.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                    "AND tbl_name = 'race_metrics' AND sql IS NOT NULL"));
        QStringList names;
        while (indexes.next()) {
            names.append(indexes.value(0).toString());
            m_metricIndexes.append(indexes.value(1).toString());
        }
        indexes.finish();
        for (const QString &name : std::as_const(names)) {
            QSqlQuery drop(m_db);
            if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
                return fail(drop.lastError().text());
        }
    }
    return true;
}

bool Run::flushAll()
{
    for (BulkInsert *b : {&m_newTerritories, &m_newRaces, &m_newCandidates, &m_newRaceSources}) {
        if (!b->flush())
            return fail(b->error());
    }
    return true;
}

bool Run::importTotals()
{
    QList<PublishedRow> rows;
    const auto sink = [this](bool isError, qint64 line, int column, const QString &value, const QString &message) {
        problem(isError ? Problem::Error : Problem::Warning, line, column, value, message);
    };
    const bool read = Totals::read(*m_reader, *m_totals, m_header, m_decimal, m_mapping.defaultDate,
                                   m_mapping.defaultSource, m_matcher, sink, &rows);
    m_report.summary.rows = m_reader->line() - m_headerLine;
    m_reader.reset();
    if (!read)
        return false;
    if (rows.isEmpty() && m_errors == 0)
        return fail(tr("The file of published totals has a header but no figures."));
    m_report.summary.publishedFigures = int(rows.size());
    QSet<QString> days;
    for (const PublishedRow &r : std::as_const(rows))
        days.insert(r.date.toString(Qt::ISODate));
    m_report.summary.days = QStringList(days.begin(), days.end());
    m_report.summary.days.sort();
    if (m_errors > 0 || m_options.dryRun)
        return true;
    QString why;
    if (!Totals::write(m_db, m_batchId, rows, &why))
        return fail(tr("The published figures could not be written, so nothing was imported. %1").arg(why));
    QSqlQuery counts(m_db);
    counts.prepare(QStringLiteral("UPDATE import_batch SET rows_read = ? WHERE id = ?"));
    counts.addBindValue(m_report.summary.rows);
    counts.addBindValue(m_batchId);
    if (!counts.exec())
        return fail(Database::explain(counts.lastError()));
    return true;
}

void Run::execute(const Importer::ProgressCallback &progress, const std::atomic_bool *cancel)
{
    m_report.fileName = QFileInfo(m_options.path).fileName();
    // The SHA-256 is computed beside the import, on the other core.
    QString sha;
    // Only a regular file: a device or a pipe may never end (prepare() refuses them).
    std::thread hasher([&sha, path = m_options.path] {
        if (QFileInfo(path).isFile())
            sha = Sha256::ofFile(path);
    });
    struct Join
    {
        std::thread &t;
        ~Join()
        {
            if (t.joinable())
                t.join();
        }
    } join{hasher};

    if (m_database.isReadOnly()) {
        fail(tr("The database is read-only (%1): nothing can be imported into it.").arg(m_database.readOnlyReason()));
        return;
    }
    if (!prepare())
        return;
    {
        QList<Field> fields;
        for (int i = 0; i < m_header.size(); ++i)
            fields.append(m_mapping.fieldOf(i));
        m_totals = Totals::recognise(m_header, fields);
    }
    if (!m_totals && !checkColumns())
        return;

    m_sqlite = sqliteHandle(m_db);
    if (!m_sqlite) {
        fail(tr("The database connection does not give access to SQLite."));
        return;
    }
    // One transaction: BEGIN IMMEDIATE takes the write lock now, so that another writer is found
    // before any work is done. The import makes every reference it writes itself (territories,
    // races, candidates, its batch), so SQLite's per-row foreign-key lookups are switched off for
    // it and on again afterwards; the pragma only takes effect outside a transaction.
    struct ForeignKeys
    {
        QSqlDatabase db;
        ~ForeignKeys() { QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    } foreignKeys{m_db};
    // A larger page cache keeps the indexes in memory while a large file goes in.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -65536"));
    struct RestoreCache
    {
        QSqlDatabase db;
        ~RestoreCache() { QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -2000")); }
    } restoreCache{m_db};
    if (!m_options.dryRun) {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            fail(tr("The database is locked by another program; nothing was imported. (%1)").arg(begin.lastError().text()));
            return;
        }
        m_transaction = true;
    }
    struct Rollback
    {
        Run *run;
        ~Rollback()
        {
            if (run->m_transaction) {
                QSqlQuery(run->m_db).exec(QStringLiteral("ROLLBACK"));
                run->m_transaction = false;
            }
        }
    } rollback{this};

    QString why;
    if (!m_matcher.load(&why)) {
        fail(why);
        return;
    }
    if (!m_options.dryRun) {
        QSqlQuery batch(m_db);
        batch.prepare(QStringLiteral("INSERT INTO import_batch (kind, file_name, sha256, imported_at) VALUES ('file', ?, '', ?)"));
        batch.addBindValue(m_report.fileName);
        batch.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!batch.exec()) {
            fail(batch.lastError().text());
            return;
        }
        m_batchId = batch.lastInsertId().toLongLong();
    }
    if (m_totals) {
        if (!importTotals())
            return;
    } else if (!prepareStatements()) {
        return;
    }

    const qint64 total = m_reader ? m_reader->totalBytes() : 0;
    qint64 nextReport = 0;
    while (m_reader && m_reader->next(&m_cells)) {
        m_line = m_reader->line();
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            m_report.cancelled = true;
            return;
        }
        bool blank = true;
        for (const QString &c : std::as_const(m_cells)) {
            if (!c.trimmed().isEmpty()) {
                blank = false;
                break;
            }
        }
        if (blank)
            continue;
        if (!checkText()) {
            ++m_report.summary.rows;
            continue;
        }
        processRow();
        if (progress && m_report.summary.rows >= nextReport) {
            progress(m_reader->bytesRead(), total);
            nextReport = m_report.summary.rows + 4096;
        }
    }
    if (!m_totals) {
        if (!m_reader->error().isEmpty()) {
            error(m_reader->errorLine(), m_reader->errorColumn(), QString(), m_reader->errorReason());
            return;
        }
        m_reader.reset();
        if (progress)
            progress(total, total);
        if (m_report.summary.rows == 0) {
            fail(tr("The file has a header but no rows."));
            return;
        }
        flushRace(); // the last race: written, checked, its metrics computed
        territoryWarnings();

        m_report.summary.races = int(m_races.size());
        m_report.summary.territoriesNew = int(m_pending.size());
        m_report.summary.elections = int(m_elections.size());
        QSet<QString> days;
        for (auto it = m_elections.constBegin(); it != m_elections.constEnd(); ++it)
            days.insert(it.key().left(10));
        m_report.summary.days = QStringList(days.begin(), days.end());
        m_report.summary.days.sort();
    }

    hasher.join();
    m_report.sha256 = sha;
    {
        QSqlQuery earlier(m_db);
        earlier.prepare(QStringLiteral("SELECT id, imported_at FROM import_batch WHERE sha256 = ? AND id <> ? ORDER BY id"));
        earlier.addBindValue(sha);
        earlier.addBindValue(m_batchId);
        if (earlier.exec()) {
            while (earlier.next()) {
                m_report.earlierBatches.append(earlier.value(0).toLongLong());
                const QString message = tr("This file was imported before (import %1, %2).")
                                            .arg(earlier.value(0).toLongLong())
                                            .arg(earlier.value(1).toString());
                if (m_options.allowDuplicate)
                    warning(0, 0, QString(), message);
                else
                    error(0, 0, QString(), message + QLatin1Char(' ')
                                               + tr("Importing the same file again makes a second import of the same races."));
            }
        }
    }

    if (m_errors > 0 || m_options.dryRun) {
        m_report.ok = m_errors == 0;
        return; // the rollback guard undoes everything written
    }
    QSqlQuery setHash(m_db);
    setHash.prepare(QStringLiteral("UPDATE import_batch SET sha256 = ? WHERE id = ?"));
    setHash.addBindValue(sha);
    setHash.addBindValue(m_batchId);
    if (!setHash.exec() || (!m_totals && !writeFinal()))
        return;
    if (cancel && cancel->load()) {
        m_report.cancelled = true;
        return;
    }
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        fail(tr("The import could not be saved, so nothing was imported. %1").arg(Database::explain(commit.lastError())));
        return;
    }
    m_transaction = false;
    m_report.batchId = m_batchId;
    m_report.ok = true;
}

} // namespace

QString Problem::format(const QString &fileName) const
{
    QString where = fileName;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    QString text = message;
    if (!columnName.isEmpty() && line > 0)
        text = QCoreApplication::translate("Sailau::Import::Importer", "[%1] %2").arg(columnName, message);
    const QString kind = severity == Warning ? QCoreApplication::translate("Sailau::Import::Importer", "warning: ")
                                             : QString();
    return where + QStringLiteral(": ") + kind + text;
}

int ImportReport::errors() const
{
    int n = 0;
    for (const Problem &p : problems)
        n += p.severity == Problem::Error ? 1 : 0;
    return n;
}

int ImportReport::warnings() const
{
    int n = 0;
    for (const Problem &p : problems)
        n += p.severity == Problem::Warning ? 1 : 0;
    return n;
}

Importer::Importer(Database &database)
    : m_database(database)
{
}

ImportReport Importer::run(const ImportOptions &options, const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    Run run(m_database, options, report);
    run.execute(progress, cancel);
    if (report.cancelled)
        report.ok = false;
    return report;
}

QStringList Importer::readHeader(const QString &path, const Mapping &mapping, QString *error)
{
    ReadOptions read;
    read.encoding = mapping.encoding;
    read.delimiter = mapping.delimiter;
    read.sheet = mapping.sheet;
    auto reader = openTable(path, read, error);
    if (!reader)
        return {};
    QStringList cells;
    const int headerRow = std::max(0, mapping.headerRow);
    for (int i = 0; i <= headerRow; ++i) {
        if (!reader->next(&cells)) {
            if (error)
                *error = reader->error();
            return {};
        }
    }
    return cells;
}

} // namespace Sailau::Import
