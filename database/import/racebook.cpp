// SPDX-License-Identifier: GPL-3.0-or-later
#include "racebook.h"

#include "textkey.h"

#include <QLocale>
#include <QSqlQuery>

namespace Sailau::Import {

RaceBook::RaceBook(ImportContext &context, RowParser &parser, TerritoryResolver &territories, ImportWriter &writer)
    : m_context(context)
    , m_parser(parser)
    , m_territories(territories)
    , m_writer(writer)
    , m_validator(context, parser.columnOf(Field::Elected), parser.columnOf(Field::VoteSharePublished),
                  parser.basisNamedBy(Field::VoteSharePublished), parser.basisNamedBy(Field::AgainstAllPublished))
    , m_catalog(context.db())
{
}

// The election level a territory's akim is elected at, where the file does not say.
QString RaceBook::levelOf(TerritoryRef territory) const
{
    const QString level = m_territories.level(territory);
    if (level == QLatin1String("city_regional"))
        return QStringLiteral("city_regional");
    if (level == QLatin1String("district") || level == QLatin1String("city_republican")
        || level == QLatin1String("region"))
        return QStringLiteral("district");
    return QStringLiteral("rural");
}

void RaceBook::addRow()
{
    const qint64 line = m_context.line();
    int placedRace = -1;
    TerritoryRef placedTerritory;
    placeRow(&placedRace, &placedTerritory);
    if (RowTracking *tracking = m_context.tracking())
        tracking->addRow(line, placedRace, placedTerritory, placedRace >= 0);
}

// The row placed in its race (-1 when it cannot be: a missing date, territory or level).
void RaceBook::placeRow(int *placedRace, TerritoryRef *placedTerritory)
{
    ++m_context.report().summary.rows;
    m_territories.clearFresh();
    const int errorsBefore = m_context.errors();

    RowValues row;
    m_parser.parseDateAndLevel(row);
    // Where, and which race.
    const TerritoryRef territory = m_territories.resolve(m_parser.cell(Field::Region), m_parser.cell(Field::District),
                                                         m_parser.cell(Field::Settlement), m_parser.cell(Field::Kato),
                                                         row.level);
    *placedTerritory = territory;
    if (row.date.isValid() && territory)
        joinKnownRace(row, territory);
    if (row.level.isEmpty() && territory)
        row.level = levelOf(territory);
    const QString &sourceText = m_parser.sourceText();
    const bool synthetic = sourceText.startsWith(QLatin1String("synthetic:"));
    if (synthetic)
        m_context.setSynthetic();
    m_parser.parseFigures(row);
    m_parser.parseCandidate(row);
    if (!row.date.isValid() || !territory || row.level.isEmpty() || m_context.errors() > errorsBefore)
        return; // the row cannot be placed; its problems are reported, nothing more to check

    int raceIndex = raceFor(row.date, row.level, territory, synthetic);
    if (raceIndex < 0)
        return;
    if (raceIndex != m_openRace) {
        flushRace();
        // Closing the previous race may have read races back: look the race up again.
        raceIndex = raceFor(row.date, row.level, territory, synthetic);
        m_openRace = raceIndex;
    }
    *placedRace = raceIndex;
    RaceState &race = m_races[size_t(raceIndex)];
    if (m_context.writing() && race.raceId == 0) {
        // A new race gets its id now and its row when its rows have been read (flushRace), with
        // its figures and the names it is found by.
        const qint64 territoryId = m_territories.ensure(territory, m_writer);
        if (!territoryId)
            return;
        race.territoryId = territoryId;
        race.raceId = m_writer.newRaceId();
        race.touched = true;
    }
    for (int slot = 0; slot < SlotCount; ++slot) {
        if (row.figures[size_t(slot)].isSet())
            setFigure(race, slot, row.figures[size_t(slot)], *row.texts[size_t(slot)]);
    }
    const QVarLengthArray<qint64, 1> sourceIds = addSources(race, sourceText);
    if (!row.name.isEmpty())
        addCandidate(race, row, sourceIds);
}

// One territory elects one akim on one day: a race of that day and territory, in the database or
// read earlier in this import, is the row's race whatever level a default would give it (a
// candidates file without the level column joins the races file's race). A level the file's own
// column gives that contradicts it is an error.
void RaceBook::joinKnownRace(RowValues &row, TerritoryRef territory)
{
    const std::pair<qint64, qint64> key(row.date.toJulianDay(), territory.hashValue());
    QString known;
    if (const auto it = m_dayLevels.constFind(key); it != m_dayLevels.constEnd()) {
        known = *it;
    } else {
        if (territory.isExisting()) {
            QSqlQuery find(m_context.db());
            find.prepare(QStringLiteral("SELECT e.level FROM race r JOIN election e ON e.id = r.election_id "
                                        "WHERE r.territory_id = ? AND e.date = ? AND e.kind = 'regular' LIMIT 1"));
            find.addBindValue(territory.id());
            find.addBindValue(row.date.toString(Qt::ISODate));
            if (find.exec() && find.next())
                known = find.value(0).toString();
        }
        if (m_dayLevels.size() < 1000000)
            m_dayLevels.insert(key, known);
    }
    const bool levelGiven = m_parser.has(Field::ElectionLevel) && !m_parser.cell(Field::ElectionLevel).isEmpty();
    if (known.isEmpty()) {
        if (row.level.isEmpty())
            row.level = levelOf(territory);
        m_dayLevels.insert(key, row.level); // the level later rows of that day and territory join
        return;
    }
    if (!levelGiven) {
        row.level = known;
    } else if (row.level != known) {
        m_context.error(m_context.line(), m_parser.columnOf(Field::ElectionLevel), m_parser.cell(Field::ElectionLevel),
              tr("This row makes the race of %1 on %2 a \"%3\" election, but that race is already a \"%4\" election "
                 "(in the database or on an earlier row): one territory elects one akim on one day. Correct the level "
                 "in one of the files.")
                  .arg(m_territories.path(territory), row.date.toString(Qt::ISODate), row.level, known));
    }
}

qint64 RaceBook::ensureElection(const QDate &date, const QString &level)
{
    // Every row asks: the last answer is kept.
    if (date == m_lastElectionDate && level == m_lastElectionLevel)
        return m_lastElection;
    const QString key = date.toString(Qt::ISODate) + QLatin1Char('|') + level;
    qint64 id = 0;
    if (const auto it = m_elections.constFind(key); it != m_elections.constEnd()) {
        id = *it;
    } else {
        QSqlQuery find(m_context.db());
        find.prepare(QStringLiteral("SELECT id FROM election WHERE date = ? AND level = ? AND kind = 'regular'"));
        find.addBindValue(date.toString(Qt::ISODate));
        find.addBindValue(level);
        if (find.exec() && find.next()) {
            id = find.value(0).toLongLong();
        } else if (m_context.writing()) {
            QString why;
            m_context.sync(); // the catalogue reads and writes on the connection
            const auto created = m_catalog.electionId(date, level, QStringLiteral("regular"), {}, m_context.batchId(), &why);
            if (!created) {
                m_context.error(m_context.line(), 0, QString(), why);
                return 0;
            }
            id = *created;
            m_newElections.insert(key);
        } else {
            id = -qint64(m_elections.size() + 1); // new, in a dry run
            m_newElections.insert(key);
        }
        m_elections.insert(key, id);
    }
    m_lastElectionDate = date;
    m_lastElectionLevel = level;
    m_lastElection = id;
    m_lastElectionNew = m_newElections.contains(key);
    return id;
}

// Its rows come back: read again what earlier rows wrote.
void RaceBook::reopen(RaceState &race)
{
    race.closed = false;
    if (race.written && m_writer.flushAll())
        m_writer.loadCandidates(race);
}

int RaceBook::raceFor(const QDate &date, const QString &level, TerritoryRef territory, bool synthetic)
{
    const qint64 election = ensureElection(date, level);
    if (!election)
        return -1;
    // Rows of a race come one after the other; addRow() asks twice for a new race: before and
    // after closing the race before it.
    for (int candidate : {m_openRace, m_lastRace}) {
        if (candidate < 0)
            continue;
        const RaceState &race = m_races[size_t(candidate)];
        if (race.electionHandle == election && race.territory == territory && !race.closed)
            return candidate;
    }
    const QPair<qint64, TerritoryRef> key(election, territory);
    // A territory first named on this row has no race yet.
    const auto it = territory == m_territories.fresh() ? m_raceIndex.constEnd() : m_raceIndex.constFind(key);
    if (it != m_raceIndex.constEnd()) {
        RaceState &race = m_races[size_t(*it)];
        if (race.closed)
            reopen(race);
        return *it;
    }
    return newRace(election, territory, synthetic);
}

int RaceBook::newRace(qint64 election, TerritoryRef territory, bool synthetic)
{
    RaceState race;
    race.electionHandle = election;
    race.territory = territory;
    race.firstLine = quint32(m_context.line());
    race.synthetic = synthetic;
    // An existing race of an existing election in an existing territory: the file adds to it.
    if (election > 0 && territory.isExisting() && !m_lastElectionNew) {
        FigureSet stored{};
        if (m_writer.findRace(election, territory.id(), race, stored)) {
            race.storedIndex = int(m_stored.size());
            m_stored.push_back(stored);
            m_writer.loadCandidates(race);
            ++m_context.report().summary.racesUpdated;
        }
    }
    if (!race.existing)
        ++m_context.report().summary.racesNew;
    m_races.push_back(std::move(race));
    m_raceIndex.insert({election, territory}, int(m_races.size()) - 1);
    m_lastRace = int(m_races.size()) - 1;
    if (territory == m_territories.fresh())
        m_territories.clearFresh(); // it has a race now
    return m_lastRace;
}

const Figure &RaceBook::storedFigure(const RaceState &race, int slot) const
{
    static const Figure none{};
    return race.storedIndex >= 0 ? m_stored[size_t(race.storedIndex)][size_t(slot)] : none;
}

void RaceBook::setFigure(RaceState &race, int slot, const Figure &value, const QString &text)
{
    Figure &current = race.figures[size_t(slot)];
    const Field field = slotField(slot);
    auto show = [](const Figure &f) {
        return f.count() ? QLocale::c().toString(*f.count()) : QLocale::c().toString(f.percent().value_or(0), 'g', 10);
    };
    if (current.isSet()) {
        if (!(current == value))
            m_context.error(value.line, value.column, text,
                  tr("\"%1\" is %2 here but %3 on line %4 for the same race: one race has one value.")
                      .arg(Fields::label(field), show(value), show(current))
                      .arg(current.line));
        return;
    }
    current = value;
    const Figure &stored = storedFigure(race, slot);
    if (stored.isSet() && !(stored == value))
        m_context.warning(value.line, value.column, text,
                tr("\"%1\" of this race is %2 in the database; the import changes it to %3 (undo restores it).")
                    .arg(Fields::label(field), show(stored), show(value)));
    if (!stored.isSet() || !(stored == value)) {
        race.dirty = race.dirty || race.written;
        race.touched = true;
    }
}

qint64 RaceBook::sourceId(const QString &url)
{
    if (const auto it = m_sources.constFind(url); it != m_sources.constEnd())
        return *it;
    QString why;
    m_context.sync(); // the catalogue reads and writes on the connection
    const auto id = m_catalog.sourceId(url, &why);
    if (!id) {
        m_context.error(m_context.line(), m_parser.columnOf(Field::Source), url, why);
        return 0;
    }
    m_sources.insert(url, *id);
    return *id;
}

// Sources: the race's; a candidate's own only where it differs from the race's first.
QVarLengthArray<qint64, 1> RaceBook::addSources(RaceState &race, const QString &sourceText)
{
    QVarLengthArray<qint64, 1> sourceIds;
    if (!m_context.writing() || sourceText.isEmpty())
        return sourceIds;
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
    if (race.firstSources.isEmpty() && race.sources.isEmpty())
        race.firstSources = sourceIds;
    for (qint64 id : std::as_const(sourceIds)) {
        if (std::find(race.sources.begin(), race.sources.end(), id) != race.sources.end())
            continue;
        race.sources.append(id);
        m_writer.addRaceSource(race.raceId, id);
    }
    return sourceIds;
}

// A candidate already in the database: the file completes it.
void RaceBook::completeCandidate(RaceState &race, CandidateState &c, const RowValues &row)
{
    c.line = quint32(m_context.line());
    c.votesColumn = quint16(m_parser.columnOf(Field::Votes));
    if (row.votes && c.votes() != row.votes) {
        if (c.votes())
            m_context.warning(m_context.line(), m_parser.columnOf(Field::Votes), *row.votesText,
                    tr("%1 has %2 votes in the database; the import changes them to %3 (undo restores them).")
                        .arg(row.name).arg(*c.votes()).arg(*row.votes));
        if (m_context.writing())
            m_writer.changeCandidate(c.id, "votes", c.votes() ? QVariant(*c.votes()) : QVariant(), *row.votes);
        c.setVotes(row.votes);
        race.touched = true;
    }
    if (row.elected && c.elected() != row.elected) {
        if (m_context.writing())
            m_writer.changeCandidate(c.id, "elected", c.elected() ? QVariant(*c.elected() ? 1 : 0) : QVariant(),
                                     *row.elected ? 1 : 0);
        c.setElected(row.elected);
        race.touched = true;
    }
}

Catalog::Nomination RaceBook::nomination(const QString &text, const QDate &date)
{
    if (m_nominationDate != date) {
        m_nominations.clear();
        m_nominationDate = date;
    }
    const Catalog::Nomination *cached = m_nominations.find(text);
    if (!cached) {
        m_context.sync(); // the catalogue reads and writes on the connection
        cached = &m_nominations.insert(text, m_catalog.resolveNomination(text, date));
        // Named once: kept as written, but without a party.
        if (!cached->known && !text.isEmpty() && !m_unknownNominations.contains(text)) {
            m_unknownNominations.insert(text);
            m_context.warning(m_context.line(), m_parser.columnOf(Field::Nomination), text,
                    tr("The nomination \"%1\" is neither a party Sailau knows nor self-nomination: it is kept "
                       "as written, without a party. Check its spelling, or add the party.").arg(text));
        }
    }
    return *cached;
}

void RaceBook::addCandidate(RaceState &race, const RowValues &row, const QVarLengthArray<qint64, 1> &sourceIds)
{
    ++m_context.report().summary.candidates;
    const size_t keyHash = qHash(row.key);
    if (CandidateState *found = race.candidate(keyHash)) {
        if (!found->existing || found->line != 0) {
            // Written by an earlier row of this file: the same candidate twice.
            m_context.error(m_context.line(), m_parser.columnOf(Field::Candidate), row.name,
                  found->line ? tr("The candidate \"%1\" appears twice in this race (also on line %2).").arg(row.name).arg(found->line)
                              : tr("The candidate \"%1\" appears twice in this race.").arg(row.name));
            return;
        }
        completeCandidate(race, *found, row);
        return;
    }
    CandidateState c;
    c.keyHash = keyHash;
    c.setVotes(row.votes);
    c.setElected(row.elected);
    c.share = row.share.value_or(-1);
    c.shareDecimals = qint8(row.shareDecimals);
    c.line = quint32(m_context.line());
    c.votesColumn = quint16(m_parser.columnOf(Field::Votes));
    ++m_context.report().summary.candidatesNew;
    race.touched = true;
    if (m_context.writing()) {
        const QString &nominationText = *row.nomination;
        const Catalog::Nomination resolved = nomination(nominationText, row.date);
        c.id = m_writer.newCandidateId();
        CandidateRecord n;
        n.id = c.id;
        n.raceId = race.raceId;
        n.position = ++race.nextPosition;
        n.name = row.name;
        n.searchKey = row.key;
        n.nomination = nominationText.isEmpty() ? QString() : nominationText;
        n.partyId = resolved.partyId;
        if (resolved.known)
            n.selfNominated = resolved.selfNominated;
        c.partyId = n.partyId;
        if (n.selfNominated)
            c.selfNominatedValue = *n.selfNominated ? 1 : 0;
        n.votes = row.votes;
        n.share = row.share;
        n.elected = row.elected;
        n.sex = row.sex.isEmpty() ? QString() : row.sex;
        n.occupation = row.occupation.isEmpty() ? QString() : row.occupation;
        n.birthYear = row.birthYear;
        n.age = row.age;
        n.incumbent = row.incumbent;
        if (!m_writer.addCandidate(std::move(n)))
            return;
        if (sourceIds != race.firstSources) {
            for (qint64 sourceId : sourceIds)
                m_writer.addCandidateSource(c.id, sourceId);
        }
        m_searchTail += row.key;
        m_searchTail += QLatin1Char('|');
    }
    if (race.candidates.empty() && m_context.writing())
        race.candidates.reserve(8); // let go when the race closes
    race.candidates.push_back(c);
}

// A new race is written now, whole; one written before gets its new candidates' names added to
// the names it is found by.
void RaceBook::writeRace(RaceState &race)
{
    if (!race.written && race.raceId != 0) {
        // Built in a buffer kept from race to race.
        m_raceKey.resize(0);
        m_territories.appendSearchKey(race.territory, m_raceKey, m_writer);
        m_raceKey += QLatin1Char('|');
        m_raceKey += m_searchTail;
        m_writer.addRace(race, m_raceKey, m_parser.mapping().candidateListsComplete);
        race.written = true;
        // A village's names are in the race's search key now; the territory row keeps them.
        m_territories.forgetNames(race.territory);
    } else if (!m_searchTail.isEmpty()) {
        m_writer.appendRaceSearchKey(race.raceId, m_searchTail);
    }
}

void RaceBook::flushRace()
{
    if (m_openRace >= 0) {
        RowTracking *tracking = m_context.tracking();
        const qsizetype pendingBefore = tracking ? tracking->pending.size() : 0;
        RaceState &race = m_races[size_t(m_openRace)];
        // Checked first: the bases of its published shares are written with it.
        const Metrics m = checkRace(race);
        if (m_context.writing())
            writeRace(race);
        closeRace(race, m);
        if (tracking)
            tracking->addRaceErrors(m_openRace, pendingBefore);
    }
    m_searchTail.resize(0); // keeps its buffer for the next race
    m_openRace = -1;
}

// Checks that need the whole race, then its metrics; the bases of its published shares.
Metrics RaceBook::checkRace(RaceState &race)
{
    RaceValidator::Race facts;
    for (int slot = 0; slot < SlotCount; ++slot)
        facts.figures[size_t(slot)] = race.figures[size_t(slot)].isSet() ? race.figures[size_t(slot)] : storedFigure(race, slot);
    facts.candidates = &race.candidates;
    facts.firstLine = race.firstLine;
    facts.listDeclaredComplete = m_parser.mapping().candidateListsComplete && !race.existing;
    const Metrics m = m_validator.check(facts);
    const RaceValidator::Bases bases = m_validator.recogniseBases(facts, m);
    race.againstAllBasis = bases.againstAll;
    for (size_t i = 0; i < race.candidates.size(); ++i)
        race.candidates[i].shareBasis = bases.candidates[i];
    if (m_context.writing()) {
        // Rows written before the race closed get their bases now.
        for (const CandidateState &c : race.candidates) {
            if (c.share >= 0 && c.id && c.shareBasis != ShareBasis::Unknown)
                m_writer.setShareBasis(c.id, c.shareBasis);
        }
        if (race.written && race.figures[AgainstAllShareSlot].isSet() && race.raceId)
            m_writer.setAgainstAllBasis(race.raceId, race.againstAllBasis);
    }
    return m;
}

void RaceBook::closeRace(RaceState &race, const Metrics &m)
{
    if (m_context.writing() && race.touched && race.raceId != 0)
        m_writer.addMetrics(race.raceId, m, m.winnerIndex >= 0 ? &race.candidates[size_t(m.winnerIndex)] : nullptr,
                            race.firstLine);
    // Let the candidates go (a dry run keeps them: it has no database to read them back from).
    if (m_context.writing()) {
        std::vector<CandidateState>().swap(race.candidates);
        race.closed = true;
    }
}

void RaceBook::summarize()
{
    ImportSummary &summary = m_context.report().summary;
    summary.races = int(m_races.size());
    summary.territoriesNew = int(m_territories.toCreate().size());
    summary.elections = int(m_elections.size());
    QSet<QString> days;
    for (auto it = m_elections.constBegin(); it != m_elections.constEnd(); ++it)
        days.insert(it.key().left(10));
    summary.days = QStringList(days.begin(), days.end());
    summary.days.sort();
}

bool RaceBook::finish(const QString &sha256)
{
    flushRace();
    return m_writer.finish(m_races, m_stored, sha256);
}

} // namespace Sailau::Import
