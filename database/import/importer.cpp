// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "catalog.h"
#include "database.h"
#include "detect.h"
#include "language.h"
#include "metrics.h"
#include "racemetricsstore.h"
#include "sqlitestatement.h"
#include "tablereader.h"
#include "textkey.h"
#include "values.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <cmath>
#include <thread>

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

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// A figure as the file gives it, and where.
struct Figure
{
    std::optional<qint64> count;
    std::optional<double> percent;
    qint64 line = 0;
    int column = 0;
    bool isSet() const { return count || percent; }
    bool operator==(const Figure &o) const
    {
        if (count || o.count)
            return count == o.count;
        if (percent && o.percent)
            return std::abs(*percent - *o.percent) < 1e-9;
        return !percent && !o.percent;
    }
};

struct CandidateState
{
    qint64 id = 0;                 // 0 in a dry run
    size_t keyHash = 0;            // of the folded name, to find repeats
    std::optional<qint64> votes;
    std::optional<bool> elected;
    std::optional<double> sharePublished;
    qint64 line = 0;               // 0: already in the database
    int votesColumn = 0;
    bool existing = false;
};

struct RaceState
{
    qint64 raceId = 0;             // 0: new, not written yet (or a dry run)
    bool existing = false;         // in the database before this import
    bool dirty = false;            // figures to write at the end
    bool touched = false;          // anything changed: metrics to refresh
    qint64 territoryHandle = 0;
    qint64 electionHandle = 0;
    qint64 firstLine = 0;
    bool synthetic = false;
    std::array<Figure, FigureCount + 1> figures{};      // from the file
    std::array<Figure, FigureCount + 1> stored{};       // in the database before
    std::vector<CandidateState> candidates;              // a race has a handful: searched in order
    std::vector<qint64> sources;
    QString searchTail;                                  // candidates' name keys

    CandidateState *candidate(size_t keyHash)
    {
        for (CandidateState &c : candidates) {
            if (c.keyHash == keyHash)
                return &c;
        }
        return nullptr;
    }
};

struct PendingTerritory
{
    QString name;
    QString level;
    qint64 parentHandle = 0;       // >0 existing, <0 another pending one
    qint64 createdId = 0;
    QString issueKey;
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
    QString columnName(int column) const;
    QString cell(Field field) const;
    int columnOf(Field field) const { return m_mapping.columnOf(field) + 1; }

    bool prepare();
    bool checkColumns();
    void processRow();
    bool finish();
    void endChecks();
    bool writeFinal();

    qint64 resolveTerritory(const QString &region, const QString &district, const QString &settlement,
                            const QString &kato);
    qint64 resolveLevel(qint64 parentHandle, const QString &name, const QString &issueLevel, int column);
    qint64 decideLevel(qint64 parentHandle, const QString &name, const QString &issueLevel, int column,
                       TerritoryIssue &issue, const QString &issueKey, const QString &key);
    int issue(const QString &key, const QString &level, const QString &name, const QString &parentPath);
    qint64 ensureTerritory(qint64 handle);
    QString handleLevel(qint64 handle) const;
    QString handlePath(qint64 handle) const;
    qint64 ensureElection(const QDate &date, const QString &level);
    RaceState *raceFor(const QDate &date, const QString &level, qint64 territoryHandle, bool synthetic);
    void setFigure(RaceState &race, int slot, const Figure &value, const QString &text);
    std::optional<QString> parseLevel(const QString &text) const;
    qint64 sourceId(const QString &url);
    QString territorySearchKey(qint64 territoryId);
    bool writing() const { return !m_options.dryRun && m_errors == 0; }
    bool fail(const QString &message)
    {
        error(0, 0, QString(), message);
        return false;
    }

    Database &m_database;
    QSqlDatabase m_db;
    const ImportOptions &m_options;
    ImportReport &m_report;
    Mapping m_mapping;
    TerritoryMatcher m_matcher;
    Catalog m_catalog;
    sqlite3 *m_sqlite = nullptr;
    std::unique_ptr<TableReader> m_reader;
    QStringList m_header;
    QStringList m_cells;
    qint64 m_line = 0;
    QChar m_decimal = QLatin1Char('.');
    int m_errors = 0;
    int m_warnings = 0;
    qint64 m_batchId = 0;
    bool m_transaction = false;
    bool m_synthetic = false;

    // Territories: names as written → handle, and what is new.
    QHash<QString, qint64> m_territoryCache;
    QHash<QString, QList<int>> m_territoryCacheIssues; // cache key → the issues it counts for
    QList<int> m_resolvingIssues;
    QHash<QString, QString> m_territoryFailure;      // cache key → error message
    std::vector<PendingTerritory> m_pending;
    QHash<QString, qint64> m_pendingByKey;            // parent handle + match key → handle
    QHash<QString, int> m_issueIndex;
    QHash<QString, qint64> m_issueHandle;             // issue key → what was decided
    QHash<qint64, QString> m_searchKeys;

    // Elections and races.
    QHash<QString, qint64> m_elections;               // date|level → id (or negative when new in a dry run)
    QSet<QString> m_newElections;
    QHash<QString, int> m_raceIndex;                  // election|territory → index
    std::vector<RaceState> m_races;
    QHash<QString, qint64> m_sources;

    SqliteStatement m_insertRace, m_findRace, m_insertCandidate, m_insertCandidateSource,
        m_insertRaceSource, m_updateCandidate, m_candidateChange, m_loadCandidates;
};

void Run::problem(Problem::Severity severity, qint64 line, int column, const QString &value, const QString &message)
{
    if (severity == Problem::Error)
        ++m_errors;
    else
        ++m_warnings;
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

QString Run::cell(Field field) const
{
    const int column = m_mapping.columnOf(field);
    if (column < 0 || column >= m_cells.size())
        return {};
    const QString text = m_cells.at(column).trimmed();
    // "—", "-", "н/д", "n/a": the source says the figure is not known.
    if (Fields::type(field) != FieldType::Text && Values::isMissing(text))
        return {};
    return text;
}

bool Run::prepare()
{
    const QFileInfo info(m_options.path);
    if (!info.exists())
        return fail(tr("The file does not exist."));
    if (info.isDir())
        return fail(tr("This is a folder, not a file."));
    if (info.size() == 0)
        return fail(tr("The file is empty."));

    m_mapping = m_options.mapping;
    ReadOptions read;
    read.encoding = m_mapping.encoding;
    read.delimiter = m_mapping.delimiter;
    read.sheet = m_mapping.sheet;

    QString why;
    const Detected detected = detect(m_options.path, read, &why);
    if (!why.isEmpty() && detected.kind == Detected::Delimited && detected.encoding.isEmpty())
        return fail(why);
    if (read.encoding.isEmpty())
        read.encoding = detected.encoding;
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
                error(m_reader->errorLine(), m_reader->errorColumn(), QString(), m_reader->error());
                return false;
            }
            return fail(i == 0 ? tr("The file is empty.") : tr("The file ends before its header row."));
        }
    }
    m_mapping.applyTo(m_header);
    return true;
}

bool Run::checkColumns()
{
    bool ok = true;
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

int Run::issue(const QString &key, const QString &level, const QString &name, const QString &parentPath)
{
    auto it = m_issueIndex.constFind(key);
    if (it != m_issueIndex.constEnd())
        return *it;
    TerritoryIssue t;
    t.key = key;
    t.level = level;
    t.name = name;
    t.parentPath = parentPath;
    t.firstLine = m_line;
    m_report.territories.append(t);
    const int index = int(m_report.territories.size()) - 1;
    m_issueIndex.insert(key, index);
    return index;
}

QString Run::handleLevel(qint64 handle) const
{
    if (handle > 0) {
        const auto *e = m_matcher.entry(handle);
        return e ? e->level : QString();
    }
    return m_pending.at(size_t(-handle - 1)).level;
}

QString Run::handlePath(qint64 handle) const
{
    if (handle > 0)
        return m_matcher.path(handle);
    const PendingTerritory &p = m_pending.at(size_t(-handle - 1));
    const QString parent = handlePath(p.parentHandle);
    return parent.isEmpty() ? p.name : parent + QStringLiteral(" / ") + p.name;
}

qint64 Run::resolveLevel(qint64 parentHandle, const QString &name, const QString &issueLevel, int column)
{
    const QString key = TextKey::territoryMatchKey(name);
    const QString issueKey = issueLevel + QLatin1Char(':') + QString::number(parentHandle) + QLatin1Char(':') + key;
    const int index = issue(issueKey, issueLevel, name, handlePath(parentHandle));
    TerritoryIssue &t = m_report.territories[index];
    ++t.rows;
    m_resolvingIssues.append(index);
    // A name is decided once per import: later rows, and territories this import creates, do not
    // change what the first row decided.
    if (const auto decided = m_issueHandle.constFind(issueKey); decided != m_issueHandle.constEnd())
        return *decided;
    const qint64 handle = decideLevel(parentHandle, name, issueLevel, column, t, issueKey, key);
    m_issueHandle.insert(issueKey, handle);
    return handle;
}

qint64 Run::decideLevel(qint64 parentHandle, const QString &name, const QString &issueLevel, int column,
                        TerritoryIssue &t, const QString &issueKey, const QString &key)
{

    // A unit under a new one is new too.
    if (parentHandle < 0) {
        t.status = TerritoryMatcher::Status::New;
    } else {
        const TerritoryMatcher::Result r = issueLevel == QLatin1String("region")
            ? m_matcher.matchRegion(name)
            : m_matcher.matchChild(parentHandle == m_matcher.countryId() ? 0 : parentHandle, name);
        t.status = r.status;
        t.suggestions = r.suggestions;
        if (r.status == TerritoryMatcher::Status::Matched) {
            t.matchedId = r.id;
            t.matchedPath = m_matcher.path(r.id);
        }
    }

    const qint64 choice = m_options.territoryChoices.value(issueKey, -1);
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
    // New (or the user chose to create it): remember it; it is written when the race is.
    const QString pendingKey = QString::number(parentHandle) + QLatin1Char(':') + key;
    if (const auto it = m_pendingByKey.constFind(pendingKey); it != m_pendingByKey.constEnd())
        return *it;
    PendingTerritory p;
    p.name = name;
    p.parentHandle = parentHandle;
    p.level = issueLevel == QLatin1String("district")
        ? TerritoryMatcher::levelForNewChild(name, QStringLiteral("region"))
        : TerritoryMatcher::levelForNewChild(name, handleLevel(parentHandle));
    p.issueKey = issueKey;
    t.status = TerritoryMatcher::Status::New;
    t.newLevel = p.level;
    m_pending.push_back(p);
    const qint64 handle = -qint64(m_pending.size());
    m_pendingByKey.insert(pendingKey, handle);
    return handle;
}

qint64 Run::resolveTerritory(const QString &region, const QString &district, const QString &settlement,
                             const QString &kato)
{
    const QString cacheKey = region + QChar(0x1F) + district + QChar(0x1F) + settlement + QChar(0x1F) + kato;
    if (const auto it = m_territoryCache.constFind(cacheKey); it != m_territoryCache.constEnd()) {
        for (int index : m_territoryCacheIssues.value(cacheKey))
            ++m_report.territories[index].rows;
        return *it;
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
        if (!region.isEmpty())
            parent = resolveLevel(parent, region, QStringLiteral("region"), columnOf(Field::Region));
        if (parent != 0 && !district.isEmpty())
            parent = resolveLevel(parent, district, QStringLiteral("district"), columnOf(Field::District));
        if (parent != 0 && !settlement.isEmpty()) {
            if (district.isEmpty() && parent > 0 && parent != m_matcher.countryId()
                && m_matcher.entry(parent)->firstLevel()) {
                // A settlement directly under a region cannot be placed: it needs its district.
                error(m_line, columnOf(Field::Settlement), settlement,
                      tr("The settlement \"%1\" has no district: add a district column.").arg(settlement));
                parent = 0;
            } else {
                parent = resolveLevel(parent, settlement, QStringLiteral("settlement"), columnOf(Field::Settlement));
            }
        }
        handle = parent == m_matcher.countryId() ? 0 : parent;
    }
    if (handle == 0 && m_errors == errorsBefore)
        error(m_line, 0, QString(), tr("The row names no territory."));
    m_territoryCache.insert(cacheKey, handle);
    m_territoryCacheIssues.insert(cacheKey, m_resolvingIssues);
    return handle;
}

qint64 Run::ensureTerritory(qint64 handle)
{
    if (handle > 0)
        return handle;
    PendingTerritory &p = m_pending[size_t(-handle - 1)];
    if (p.createdId)
        return p.createdId;
    const qint64 parent = ensureTerritory(p.parentHandle);
    if (!parent)
        return 0;
    Catalog::NewTerritory n;
    n.parentId = parent;
    n.level = p.level;
    n.name = p.name;
    n.batchId = m_batchId;
    n.synthetic = m_synthetic;
    QString why;
    const auto id = m_catalog.insertTerritory(n, &why);
    if (!id) {
        error(m_line, 0, p.name, tr("The territory \"%1\" could not be created: %2").arg(p.name, why));
        return 0;
    }
    p.createdId = *id;
    TerritoryMatcher::Entry e;
    e.id = *id;
    e.parentId = parent;
    e.level = p.level;
    e.name = p.name;
    m_matcher.add(e);
    return *id;
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
    const QString key = date.toString(Qt::ISODate) + QLatin1Char('|') + level;
    if (const auto it = m_elections.constFind(key); it != m_elections.constEnd())
        return *it;
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
    return id;
}

QString Run::territorySearchKey(qint64 territoryId)
{
    if (const auto it = m_searchKeys.constFind(territoryId); it != m_searchKeys.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.search_key || '|' || COALESCE(p.search_key, '') FROM territory t "
                             "LEFT JOIN territory p ON p.id = t.parent_id WHERE t.id = ?"));
    q.addBindValue(territoryId);
    const QString key = q.exec() && q.next() ? q.value(0).toString() : QString();
    m_searchKeys.insert(territoryId, key);
    return key;
}

RaceState *Run::raceFor(const QDate &date, const QString &level, qint64 territoryHandle, bool synthetic)
{
    const qint64 election = ensureElection(date, level);
    if (!election)
        return nullptr;
    const QString key = QString::number(election) + QLatin1Char('|') + QString::number(territoryHandle);
    if (const auto it = m_raceIndex.constFind(key); it != m_raceIndex.constEnd())
        return &m_races[size_t(*it)];

    RaceState race;
    race.electionHandle = election;
    race.territoryHandle = territoryHandle;
    race.firstLine = m_line;
    race.synthetic = synthetic;
    // An existing race of an existing election in an existing territory: the file adds to it.
    if (election > 0 && territoryHandle > 0 && !m_newElections.contains(date.toString(Qt::ISODate) + QLatin1Char('|') + level)) {
        m_findRace.bind(1, election);
        m_findRace.bind(2, territoryHandle);
        if (m_findRace.step() && m_findRace.hasRow()) {
            race.raceId = m_findRace.columnInt(0);
            race.existing = true;
            for (int i = 0; i < FigureCount; ++i) {
                if (!m_findRace.columnIsNull(1 + i))
                    race.stored[size_t(i)].count = m_findRace.columnInt(1 + i);
            }
            if (!m_findRace.columnIsNull(1 + FigureCount))
                race.stored[TurnoutSlot].percent = m_findRace.columnDouble(1 + FigureCount);
        }
        m_findRace.reset();
        if (race.existing) {
            m_loadCandidates.bind(1, race.raceId);
            while (m_loadCandidates.step() && m_loadCandidates.hasRow()) {
                CandidateState c;
                c.id = m_loadCandidates.columnInt(0);
                c.keyHash = qHash(m_loadCandidates.columnText(1));
                if (!m_loadCandidates.columnIsNull(2))
                    c.votes = m_loadCandidates.columnInt(2);
                if (!m_loadCandidates.columnIsNull(3))
                    c.elected = m_loadCandidates.columnInt(3) != 0;
                c.existing = true;
                race.candidates.push_back(c);
            }
            m_loadCandidates.reset();
            ++m_report.summary.racesUpdated;
        }
    }
    if (!race.existing)
        ++m_report.summary.racesNew;
    m_races.push_back(std::move(race));
    m_raceIndex.insert(key, int(m_races.size()) - 1);
    return &m_races.back();
}

void Run::setFigure(RaceState &race, int slot, const Figure &value, const QString &text)
{
    Figure &current = race.figures[size_t(slot)];
    const Field field = slot == TurnoutSlot ? Field::TurnoutPublished : countFields[size_t(slot)];
    auto show = [](const Figure &f) {
        return f.count ? QLocale::c().toString(*f.count) : QLocale::c().toString(f.percent.value_or(0), 'g', 10);
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
    const Figure &stored = race.stored[size_t(slot)];
    if (stored.isSet() && !(stored == value))
        warning(value.line, value.column, text,
                tr("\"%1\" of this race is %2 in the database; the import changes it to %3 (undo restores it).")
                    .arg(Fields::label(field), show(stored), show(value)));
    if (!stored.isSet() || !(stored == value)) {
        race.dirty = race.dirty || race.raceId != 0;
        race.touched = true;
    }
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

void Run::processRow()
{
    ++m_report.summary.rows;
    const int errorsBefore = m_errors;

    // The election day.
    QDate date = m_mapping.defaultDate;
    if (m_mapping.has(Field::ElectionDate)) {
        const QString text = cell(Field::ElectionDate);
        if (text.isEmpty()) {
            if (!date.isValid())
                error(m_line, columnOf(Field::ElectionDate), text, tr("The election date is missing."));
        } else {
            QString why;
            const auto parsed = Values::parseDate(text, &why);
            if (parsed)
                date = *parsed;
            else
                error(m_line, columnOf(Field::ElectionDate), text,
                      why.isEmpty() ? tr("\"%1\" is not a date (write 2023-11-05 or 05.11.2023).").arg(text) : why);
        }
    }
    QString level = m_mapping.defaultLevel;
    if (m_mapping.has(Field::ElectionLevel) && !cell(Field::ElectionLevel).isEmpty()) {
        const auto parsed = parseLevel(cell(Field::ElectionLevel));
        if (parsed)
            level = *parsed;
        else
            error(m_line, columnOf(Field::ElectionLevel), cell(Field::ElectionLevel),
                  tr("\"%1\" is not an election level (district, city_regional, regional_centre or rural).")
                      .arg(cell(Field::ElectionLevel)));
    }

    // Where, and which race.
    const QString settlement = cell(Field::Settlement);
    const qint64 territory = resolveTerritory(cell(Field::Region), cell(Field::District), settlement, cell(Field::Kato));
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
    QString sourceText = cell(Field::Source);
    if (sourceText.isEmpty())
        sourceText = m_mapping.defaultSource;
    const QStringList urls = sourceText.split(QStringLiteral(" ; "), Qt::SkipEmptyParts);
    const bool synthetic = sourceText.startsWith(QLatin1String("synthetic:"));
    if (synthetic)
        m_synthetic = true;

    // Race figures of this row.
    std::array<std::optional<Figure>, FigureCount + 1> figures;
    std::array<QString, FigureCount + 1> texts;
    for (int slot = 0; slot <= FigureCount; ++slot) {
        const Field field = slot == TurnoutSlot ? Field::TurnoutPublished : countFields[size_t(slot)];
        if (!m_mapping.has(field))
            continue;
        const QString text = cell(field);
        if (text.isEmpty())
            continue;
        QString why;
        Figure f;
        f.line = m_line;
        f.column = columnOf(field);
        if (slot == TurnoutSlot) {
            f.percent = Values::parseDecimal(text, m_decimal, &why);
            if (f.percent && (*f.percent < 0 || *f.percent > 100)) {
                why = tr("a turnout of %1% is not between 0 and 100").arg(text);
                f.percent.reset();
            }
        } else {
            f.count = Values::parseCount(text, m_decimal, &why);
        }
        if (!f.isSet()) {
            error(m_line, f.column, text, tr("\"%1\": %2").arg(Fields::label(field), why));
            continue;
        }
        figures[size_t(slot)] = f;
        texts[size_t(slot)] = text;
    }

    // The candidate of this row, or "against all".
    QString name = m_mapping.has(Field::Candidate) ? cell(Field::Candidate) : cell(Field::Winner);
    const QString nomination = cell(Field::Nomination);
    const QString votesText = cell(Field::Votes);
    std::optional<qint64> votes;
    if (!votesText.isEmpty()) {
        QString why;
        votes = Values::parseCount(votesText, m_decimal, &why);
        if (!votes)
            error(m_line, columnOf(Field::Votes), votesText, tr("\"%1\": %2").arg(Fields::label(Field::Votes), why));
    }
    const QString nominationKey = TextKey::fold(nomination);
    const bool againstAll = (!name.isEmpty() && Catalog::isAgainstAll(name))
        || nominationKey == QLatin1String("against all") || Catalog::isAgainstAll(nomination);
    std::optional<bool> elected;
    const QString electedText = cell(Field::Elected);
    if (!m_mapping.has(Field::Candidate) && m_mapping.has(Field::Winner) && !name.isEmpty())
        elected = true;
    if (!electedText.isEmpty()) {
        QString why;
        elected = Values::parseBool(electedText, &why);
        if (!elected)
            error(m_line, columnOf(Field::Elected), electedText, tr("\"%1\": %2").arg(Fields::label(Field::Elected), why));
    }
    std::optional<double> share;
    const QString shareText = cell(Field::VoteSharePublished);
    if (!shareText.isEmpty()) {
        QString why;
        share = Values::parseDecimal(shareText, m_decimal, &why);
        if (!share)
            error(m_line, columnOf(Field::VoteSharePublished), shareText,
                  tr("\"%1\": %2").arg(Fields::label(Field::VoteSharePublished), why));
    }
    if (againstAll) {
        if (votes) {
            Figure f;
            f.count = votes;
            f.line = m_line;
            f.column = columnOf(Field::Votes);
            if (figures[size_t(figureSlot(Field::AgainstAll))]
                && !(*figures[size_t(figureSlot(Field::AgainstAll))] == f))
                error(m_line, f.column, votesText, tr("\"Against all\" is given twice in this row with different values."));
            figures[size_t(figureSlot(Field::AgainstAll))] = f;
            texts[size_t(figureSlot(Field::AgainstAll))] = votesText;
        }
        if (elected.value_or(false))
            error(m_line, columnOf(Field::Elected), electedText, tr("\"Against all\" cannot be elected."));
        name.clear();
    } else if (name.isEmpty() && (votes || elected.value_or(false) || !nomination.isEmpty())) {
        error(m_line, columnOf(m_mapping.has(Field::Candidate) ? Field::Candidate : Field::Winner), QString(),
              tr("This row gives a candidate's figures but no candidate name."));
    }

    if (!date.isValid() || territory == 0 || level.isEmpty() || m_errors > errorsBefore) {
        // The row cannot be placed; its problems are reported, nothing more to check.
        return;
    }

    RaceState *race = raceFor(date, level, territory, synthetic);
    if (!race)
        return;
    bool inserted = false;
    if (writing() && race->raceId == 0) {
        const qint64 territoryId = ensureTerritory(territory);
        if (!territoryId)
            return;
        race->territoryHandle = territoryId;
        m_insertRace.bind(1, race->electionHandle);
        m_insertRace.bind(2, territoryId);
        for (int slot = 0; slot < FigureCount; ++slot)
            m_insertRace.bind(3 + slot, figures[size_t(slot)] ? figures[size_t(slot)]->count : std::optional<qint64>());
        m_insertRace.bind(3 + FigureCount, figures[TurnoutSlot] ? figures[TurnoutSlot]->percent : std::optional<double>());
        m_insertRace.bind(4 + FigureCount, qint64(synthetic ? 1 : 0));
        m_insertRace.bind(5 + FigureCount, m_batchId);
        if (!m_insertRace.step()) {
            error(m_line, 0, QString(), tr("The race could not be written: %1").arg(m_insertRace.error()));
            return;
        }
        race->raceId = sqlite3_last_insert_rowid(m_sqlite);
        race->touched = true;
        inserted = true;
    }
    for (int slot = 0; slot <= FigureCount; ++slot) {
        if (!figures[size_t(slot)])
            continue;
        if (inserted)
            race->figures[size_t(slot)] = *figures[size_t(slot)]; // written with the race
        else
            setFigure(*race, slot, *figures[size_t(slot)], texts[size_t(slot)]);
    }

    QList<qint64> sourceIds;
    if (writing()) {
        for (const QString &url : urls) {
            if (const qint64 id = sourceId(url.trimmed()))
                sourceIds.append(id);
        }
    }

    if (!name.isEmpty()) {
        ++m_report.summary.candidates;
        const QString key = TextKey::nameKey(name);
        const size_t keyHash = qHash(key);
        if (CandidateState *found = race->candidate(keyHash)) {
            CandidateState &c = *found;
            if (!c.existing || c.line != 0) {
                error(m_line, columnOf(Field::Candidate), name,
                      tr("The candidate \"%1\" appears twice in this race (also on line %2).").arg(name).arg(c.line));
                return;
            }
            // Already in the database: the file completes it.
            c.line = m_line;
            c.votesColumn = columnOf(Field::Votes);
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
                m_candidateChange.step();
                QSqlQuery q(m_db);
                q.prepare(QStringLiteral("UPDATE candidate SET %1 = ? WHERE id = ?").arg(QString::fromLatin1(column)));
                q.addBindValue(newValue);
                q.addBindValue(c.id);
                if (!q.exec())
                    error(m_line, 0, QString(), q.lastError().text());
            };
            if (votes && c.votes != votes) {
                if (c.votes)
                    warning(m_line, columnOf(Field::Votes), votesText,
                            tr("%1 has %2 votes in the database; the import changes them to %3 (undo restores them).")
                                .arg(name).arg(*c.votes).arg(*votes));
                update("votes", c.votes ? QVariant(*c.votes) : QVariant(), *votes);
                c.votes = votes;
                race->touched = true;
            }
            if (elected && c.elected != elected) {
                update("elected", c.elected ? QVariant(*c.elected ? 1 : 0) : QVariant(), *elected ? 1 : 0);
                c.elected = elected;
                race->touched = true;
            }
            return;
        }
        CandidateState c;
        c.keyHash = keyHash;
        c.votes = votes;
        c.elected = elected;
        c.sharePublished = share;
        c.line = m_line;
        c.votesColumn = columnOf(Field::Votes);
        ++m_report.summary.candidatesNew;
        race->touched = true;
        if (writing()) {
            const Catalog::Nomination resolved = m_catalog.resolveNomination(nomination, date);
            m_insertCandidate.bind(1, race->raceId);
            m_insertCandidate.bind(2, qint64(race->candidates.size() + 1));
            m_insertCandidate.bind(3, name);
            m_insertCandidate.bind(4, key);
            m_insertCandidate.bind(5, nomination.isEmpty() ? QString() : nomination);
            if (resolved.partyId)
                m_insertCandidate.bind(6, resolved.partyId);
            if (resolved.known)
                m_insertCandidate.bind(7, qint64(resolved.selfNominated ? 1 : 0));
            m_insertCandidate.bind(8, votes);
            m_insertCandidate.bind(9, share);
            if (elected)
                m_insertCandidate.bind(10, qint64(*elected ? 1 : 0));
            m_insertCandidate.bind(11, m_batchId);
            if (!m_insertCandidate.step()) {
                error(m_line, 0, QString(), tr("The candidate could not be written: %1").arg(m_insertCandidate.error()));
                return;
            }
            c.id = sqlite3_last_insert_rowid(m_sqlite);
            for (qint64 sourceId : sourceIds) {
                m_insertCandidateSource.bind(1, c.id);
                m_insertCandidateSource.bind(2, sourceId);
                m_insertCandidateSource.step();
            }
            race->searchTail += QLatin1Char('|') + key;
        }
        race->candidates.push_back(std::move(c));
    }

    if (writing()) {
        for (qint64 sourceId : sourceIds) {
            if (std::find(race->sources.begin(), race->sources.end(), sourceId) != race->sources.end())
                continue;
            race->sources.push_back(sourceId);
            m_insertRaceSource.bind(1, race->raceId);
            m_insertRaceSource.bind(2, sourceId);
            m_insertRaceSource.bind(3, m_batchId);
            m_insertRaceSource.step();
        }
    }
}

void Run::endChecks()
{
    auto figure = [](const RaceState &r, Field f) -> const Figure & {
        const int slot = figureSlot(f);
        return r.figures[size_t(slot)].isSet() ? r.figures[size_t(slot)] : r.stored[size_t(slot)];
    };
    for (const RaceState &race : m_races) {
        const Figure &voters = figure(race, Field::Voters);
        const Figure &issued = figure(race, Field::BallotsIssued);
        const Figure &cast = figure(race, Field::BallotsCast);
        const Figure &invalid = figure(race, Field::Invalid);
        const Figure &againstAll = figure(race, Field::AgainstAll);
        auto exceeds = [&](const Figure &part, const Figure &whole, Field partField, Field wholeField) {
            if (part.count && whole.count && *part.count > *whole.count)
                error(part.line ? part.line : race.firstLine, part.column, QString::number(*part.count),
                      tr("\"%1\" (%2) exceed \"%3\" (%4) in this race.")
                          .arg(Fields::label(partField)).arg(*part.count)
                          .arg(Fields::label(wholeField)).arg(*whole.count));
        };
        exceeds(issued, voters, Field::BallotsIssued, Field::Voters);
        exceeds(cast, voters, Field::BallotsCast, Field::Voters);
        exceeds(invalid, cast, Field::Invalid, Field::BallotsCast);
        exceeds(againstAll, cast, Field::AgainstAll, Field::BallotsCast);

        QList<qint64> winners;
        for (const CandidateState &c : race.candidates) {
            if (c.votes && cast.count && *c.votes > *cast.count)
                error(c.line ? c.line : race.firstLine, c.votesColumn, QString::number(*c.votes),
                      tr("A candidate's votes (%1) exceed the ballots cast (%2) in this race.").arg(*c.votes).arg(*cast.count));
            if (c.elected.value_or(false))
                winners.append(c.line);
        }
        if (winners.size() > 1) {
            QStringList lines;
            for (qint64 l : winners)
                lines.append(l ? QString::number(l) : tr("in the database"));
            error(winners.last() ? winners.last() : race.firstLine, columnOf(Field::Elected), QString(),
                  tr("Two winners in one race (lines %1): a race elects one akim.").arg(lines.join(QStringLiteral(", "))));
        }

        // Published percentages against the counts.
        RaceFigures rf;
        rf.voters = voters.count;
        rf.ballotsIssued = issued.count;
        rf.ballotsCast = cast.count;
        rf.invalid = invalid.count;
        rf.againstAll = againstAll.count;
        rf.candidatesRegistered = figure(race, Field::CandidatesRegistered).count;
        for (const CandidateState &c : race.candidates)
            rf.candidates.push_back({c.votes, c.elected});
        const Metrics m = Metrics::compute(rf);
        const Figure &published = figure(race, Field::TurnoutPublished);
        if (published.percent && m.turnout && m.turnoutBasis != Metrics::TurnoutBasis::Published
            && std::abs(*published.percent - *m.turnout * 100.0) > 0.1)
            warning(published.line, published.column, QString::number(*published.percent),
                    tr("The published turnout %1% disagrees with the counts (%2%).")
                        .arg(*published.percent).arg(*m.turnout * 100.0, 0, 'f', 2));
        if (m.validVotes && *m.validVotes > 0) {
            for (const CandidateState &c : race.candidates) {
                if (c.sharePublished && c.votes) {
                    const double computed = 100.0 * double(*c.votes) / double(*m.validVotes);
                    if (std::abs(*c.sharePublished - computed) > 0.1)
                        warning(c.line, columnOf(Field::VoteSharePublished), QString::number(*c.sharePublished),
                                tr("The published share %1% disagrees with the votes (%2% of %3 valid votes).")
                                    .arg(*c.sharePublished).arg(computed, 0, 'f', 2).arg(*m.validVotes));
                }
            }
        }
    }

    // Territories that the import will create, or cannot place.
    for (const TerritoryIssue &t : m_report.territories) {
        if (t.status == TerritoryMatcher::Status::New && !m_options.territoryChoices.value(t.key, 0)) {
            QString message = tr("\"%1\" is not in the database; it will be created under %2.")
                                  .arg(t.name, t.parentPath.isEmpty() ? tr("Kazakhstan") : t.parentPath);
            if (!t.suggestions.isEmpty())
                message += QLatin1Char(' ') + tr("Did you mean %1?").arg(t.suggestions.first().path);
            warning(t.firstLine, 0, t.name, message);
        }
    }
}

bool Run::writeFinal()
{
    // Figures that later rows added to races, with the old values of existing races for undo.
    static const char *const columns[] = {"voters", "ballots_issued", "ballots_cast", "invalid", "outside_station",
                                          "against_all", "polling_stations", "candidates_registered", "turnout_published"};
    SqliteStatement change(m_sqlite, "INSERT OR IGNORE INTO batch_change (batch_id, race_id, field, old_value) VALUES (?, ?, ?, ?)");
    for (const RaceState &race : m_races) {
        if (!race.dirty)
            continue;
        for (int slot = 0; slot <= FigureCount; ++slot) {
            const Figure &f = race.figures[size_t(slot)];
            const Figure &old = race.stored[size_t(slot)];
            if (!f.isSet() || (old.isSet() && old == f))
                continue;
            if (race.existing) {
                change.bind(1, m_batchId);
                change.bind(2, race.raceId);
                change.bind(3, QString::fromLatin1(columns[slot]));
                if (old.count)
                    change.bind(4, *old.count);
                else
                    change.bind(4, old.percent);
                if (!change.step())
                    return fail(change.error());
            }
            const QByteArray sql = QByteArray("UPDATE race SET ") + columns[slot] + " = ? WHERE id = ?";
            SqliteStatement update(m_sqlite, sql.constData());
            if (f.count)
                update.bind(1, *f.count);
            else
                update.bind(1, f.percent);
            update.bind(2, race.raceId);
            if (!update.step())
                return fail(update.error());
        }
    }

    // Metrics, from the one implementation, for every race the import touched.
    SqliteStatement metrics(m_sqlite,
        "INSERT OR REPLACE INTO race_metrics (race_id, turnout, turnout_basis, valid_votes, valid_votes_basis, "
        "winner_share, margin, margin_against_all, enc_laakso_taagepera, enc_golosov, candidates, against_all_share, "
        "invalid_share, outside_share, winner_id, missing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement searchKey(m_sqlite, "UPDATE race SET search_key = ? WHERE id = ?");
    QList<qint64> existingTouched;
    for (const RaceState &race : m_races) {
        if (!race.touched || race.raceId == 0)
            continue;
        if (race.existing) {
            existingTouched.append(race.raceId); // refreshed from the database below
            continue;
        }
        RaceFigures rf;
        auto count = [&race](int slot) { return race.figures[size_t(slot)].count; };
        rf.voters = count(0);
        rf.ballotsIssued = count(1);
        rf.ballotsCast = count(2);
        rf.invalid = count(3);
        rf.outsideStation = count(4);
        rf.againstAll = count(5);
        rf.pollingStations = count(6);
        rf.candidatesRegistered = count(7);
        rf.turnoutPublished = race.figures[TurnoutSlot].percent;
        for (const CandidateState &c : race.candidates)
            rf.candidates.push_back({c.votes, c.elected});
        const Metrics m = Metrics::compute(rf);
        metrics.bind(1, race.raceId);
        metrics.bind(2, m.turnout);
        metrics.bind(3, qint64(m.turnoutBasis));
        metrics.bind(4, m.validVotes);
        metrics.bind(5, qint64(m.validVotesBasis));
        metrics.bind(6, m.winnerShare);
        metrics.bind(7, m.margin);
        metrics.bind(8, m.marginOverAgainstAll);
        metrics.bind(9, m.encLaaksoTaagepera);
        metrics.bind(10, m.encGolosov);
        metrics.bind(11, m.candidates ? std::optional<qint64>(*m.candidates) : std::nullopt);
        metrics.bind(12, m.againstAllShare);
        metrics.bind(13, m.invalidShare);
        metrics.bind(14, m.outsideShare);
        if (m.winnerIndex >= 0)
            metrics.bind(15, race.candidates[size_t(m.winnerIndex)].id);
        metrics.bind(16, qint64(m.packedReasons()));
        if (!metrics.step())
            return fail(metrics.error());
        searchKey.bind(1, territorySearchKey(race.territoryHandle) + race.searchTail);
        searchKey.bind(2, race.raceId);
        if (!searchKey.step())
            return fail(searchKey.error());
    }
    RaceMetricsStore store(m_db);
    QString why;
    for (qint64 id : existingTouched) {
        if (!store.refreshRace(id, &why))
            return fail(why);
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

void Run::execute(const Importer::ProgressCallback &progress, const std::atomic_bool *cancel)
{
    m_report.fileName = QFileInfo(m_options.path).fileName();
    // The SHA-256 is computed beside the import, on the other core.
    QString sha;
    std::thread hasher([&sha, path = m_options.path] { sha = sha256Of(path); });
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
    if (!prepare() || !checkColumns())
        return;

    m_sqlite = sqliteHandle(m_db);
    if (!m_sqlite) {
        fail(tr("The database connection does not give access to SQLite."));
        return;
    }
    // One transaction: BEGIN IMMEDIATE takes the write lock now, so that another writer is found
    // before any work is done.
    if (!m_options.dryRun) {
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
    m_insertRace = SqliteStatement(m_sqlite,
        "INSERT INTO race (election_id, territory_id, voters, ballots_issued, ballots_cast, invalid, outside_station, "
        "against_all, polling_stations, candidates_registered, turnout_published, synthetic, batch_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_findRace = SqliteStatement(m_sqlite,
        "SELECT id, voters, ballots_issued, ballots_cast, invalid, outside_station, against_all, polling_stations, "
        "candidates_registered, turnout_published FROM race WHERE election_id = ? AND territory_id = ?");
    m_loadCandidates = SqliteStatement(m_sqlite, "SELECT id, search_key, votes, elected FROM candidate WHERE race_id = ?");
    m_insertCandidate = SqliteStatement(m_sqlite,
        "INSERT INTO candidate (race_id, position, name, search_key, nomination, party_id, self_nominated, votes, "
        "vote_share_published, elected, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_insertCandidateSource = SqliteStatement(m_sqlite,
        "INSERT OR IGNORE INTO candidate_source (candidate_id, source_id) VALUES (?, ?)");
    m_insertRaceSource = SqliteStatement(m_sqlite,
        "INSERT OR IGNORE INTO race_source (race_id, field, source_id, batch_id) VALUES (?, '', ?, ?)");
    m_candidateChange = SqliteStatement(m_sqlite,
        "INSERT OR IGNORE INTO batch_candidate_change (batch_id, candidate_id, field, old_value) VALUES (?, ?, ?, ?)");
    for (const SqliteStatement *s : {&m_insertRace, &m_findRace, &m_loadCandidates, &m_insertCandidate,
                                     &m_insertCandidateSource, &m_insertRaceSource, &m_candidateChange}) {
        if (!s->isValid()) {
            fail(tr("The database is not a complete Sailau database: %1").arg(s->error()));
            return;
        }
    }

    const qint64 total = m_reader->totalBytes();
    qint64 nextReport = 0;
    while (m_reader->next(&m_cells)) {
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
        processRow();
        if (progress && m_report.summary.rows >= nextReport) {
            progress(m_reader->bytesRead(), total);
            nextReport = m_report.summary.rows + 4096;
        }
    }
    if (!m_reader->error().isEmpty()) {
        error(m_reader->errorLine(), m_reader->errorColumn(), QString(), m_reader->error());
        return;
    }
    if (progress)
        progress(total, total);
    if (m_report.summary.rows == 0) {
        fail(tr("The file has a header but no rows."));
        return;
    }
    endChecks();

    m_report.summary.races = int(m_races.size());
    m_report.summary.territoriesNew = 0;
    for (const TerritoryIssue &t : m_report.territories) {
        if (t.status == TerritoryMatcher::Status::New && !m_options.territoryChoices.value(t.key, 0))
            ++m_report.summary.territoriesNew;
    }
    m_report.summary.elections = int(m_elections.size());
    QSet<QString> days;
    for (auto it = m_elections.constBegin(); it != m_elections.constEnd(); ++it)
        days.insert(it.key().left(10));
    m_report.summary.days = QStringList(days.begin(), days.end());
    m_report.summary.days.sort();

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
                warning(0, 0, QString(), tr("This file was imported before (import %1, %2).")
                                             .arg(earlier.value(0).toLongLong())
                                             .arg(earlier.value(1).toString()));
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
    if (!setHash.exec() || !writeFinal())
        return;
    if (cancel && cancel->load()) {
        m_report.cancelled = true;
        return;
    }
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        fail(tr("The import could not be saved: %1").arg(commit.lastError().text()));
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
