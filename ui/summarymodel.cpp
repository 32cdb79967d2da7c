// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarymodel.h"
#include "appearance.h"

#include "backgroundreader.h"

#include "format.h"

#include <QGuiApplication>
#include <QPalette>

namespace Sailau {

namespace {

// Which computed figure a published metric corresponds to.
QString canonicalKey(const QString &metric)
{
    const QString m = metric.trimmed().toLower();
    if (m == QLatin1String("races") || m.startsWith(QLatin1String("races (")))
        return QStringLiteral("races");
    if (m == QLatin1String("voters on lists"))
        return QStringLiteral("voters");
    if (m == QLatin1String("turnout"))
        return QStringLiteral("turnout");
    if (m == QLatin1String("candidates on ballots") || m == QLatin1String("candidates registered")
        || m == QLatin1String("candidates"))
        return QStringLiteral("candidates");
    if (m == QLatin1String("polling stations"))
        return QStringLiteral("polling_stations");
    return QString();
}

} // namespace

SummaryModel::SummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(new BackgroundReader(this))
{
}

void SummaryModel::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    refresh();
}

void SummaryModel::setScope(const QDate &day, qint64 territoryId)
{
    if (day == m_day && territoryId == m_territoryId)
        return;
    m_day = day;
    m_territoryId = territoryId;
    refresh();
}

QString SummaryModel::metricLabel(const QString &metric)
{
    const QString m = metric.trimmed().toLower();
    if (canonicalKey(m) == QLatin1String("races")) return tr("Races");
    if (m == QLatin1String("voters on lists")) return tr("Voters on the lists");
    if (m == QLatin1String("turnout")) return tr("Turnout");
    if (m == QLatin1String("candidates on ballots")) return tr("Candidates on the ballots");
    if (m == QLatin1String("candidates registered")) return tr("Candidates registered");
    if (m == QLatin1String("candidates")) return tr("Candidates");
    if (m == QLatin1String("polling stations")) return tr("Polling stations");
    if (m == QLatin1String("polling stations (karin)")) return tr("Polling stations (as stated by State Counsellor Karin)");
    if (m == QLatin1String("regions taking part")) return tr("Regions taking part");
    if (m == QLatin1String("election commissions")) return tr("Election commissions");
    if (m == QLatin1String("average age of elected akims")) return tr("Average age of elected akims");
    if (m == QLatin1String("parties that nominated candidates")) return tr("Parties that nominated candidates");
    if (m == QLatin1String("incumbent akims who kept their post")) return tr("Incumbent akims who kept their post");
    if (m.startsWith(QLatin1String("people nominated"))) return tr("People nominated") + metric.trimmed().mid(16);
    if (m == QLatin1String("share of nominees nominated by parties")) return tr("Share of nominees nominated by parties");
    if (m == QLatin1String("women among nominees")) return tr("Women among nominees");
    if (m == QLatin1String("voters who took part")) return tr("Voters who took part");
    if (m == QLatin1String("voted at home")) return tr("Voted at home");
    if (m == QLatin1String("observers")) return tr("Observers");
    if (m == QLatin1String("winners by nominator")) return tr("Winners by nomination");
    if (m == QLatin1String("by-elections period")) return tr("By-elections period");
    if (m.startsWith(QLatin1String("akims won: "))) return tr("Akims elected: %1").arg(metric.trimmed().mid(11));
    return metric;
}

QString SummaryModel::publishedText(const PublishedFigure &f)
{
    if (!f.value)
        return f.valueText.isEmpty() ? Format::missing() : f.valueText;
    if (f.unit == QLatin1String("percent"))
        return Format::percentValue(*f.value, 2);
    if (f.unit == QLatin1String("years"))
        return Format::decimal(f.value, 1);
    if (std::abs(*f.value - std::round(*f.value)) < 1e-9)
        return Format::count(qint64(std::llround(*f.value)));
    return Format::decimal(f.value, 2);
}

void SummaryModel::refresh()
{
    m_reader->cancel();
    m_pending = false;
    m_computed = {};
    if (!m_db.isValid() || !m_db.isOpen() || !m_day.isValid()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        return;
    }
    const Store store(m_db);
    qint64 scopeId = m_territoryId;
    if (scopeId == 0) {
        if (const auto c = store.country())
            scopeId = c->id;
    }
    // On a large database the sums over the day's races are computed on another thread; the
    // published figures show at once.
    const auto electionDay = store.electionDay(m_day);
    if (electionDay && electionDay->races > BackgroundReader::LargeDay) {
        m_pending = true;
        rebuild(scopeId);
        const QDate day = m_day;
        m_reader->start<ComputedSummary>(m_db.databaseName(), [day, scopeId](const Database &db) {
            return Store(db.connection()).computedSummary(day, scopeId);
        }, [this, scopeId](ComputedSummary summary) {
            m_computed = summary;
            m_pending = false;
            rebuild(scopeId);
            emit summaryReady();
        });
        return;
    }
    m_computed = store.computedSummary(m_day, scopeId);
    rebuild(scopeId);
}

void SummaryModel::rebuild(qint64 scopeId)
{
    beginResetModel();
    m_rows.clear();
    const Store store(m_db);
    const ComputedSummary &s = m_computed;

    auto basedOn = [](int races, int of) {
        return tr("from %1 of %n race(s)", nullptr, of).arg(Format::count(races));
    };
    // The figures Sailau computes, in a fixed order.
    Row races{QStringLiteral("races"), tr("Races"), {}, {}, {}, {}, Format::count(s.races), s.races,
              tr("Races of this day held in the database"), {}};
    Row voters{QStringLiteral("voters"), tr("Voters on the lists"), {}, {}, {}, {},
               s.racesWithVoters ? Format::count(s.voters) : Format::missing(),
               s.racesWithVoters ? QVariant(s.voters) : QVariant(),
               s.racesWithVoters ? tr("Sum over the races whose voters are known (%1)").arg(basedOn(s.racesWithVoters, s.races))
                                 : Format::missingTooltip(Metrics::Reason::NoVoters), {}};
    Row turnout{QStringLiteral("turnout"), tr("Turnout"), {}, {}, {}, {},
                Format::percent(s.turnout(), 2),
                s.turnout() ? QVariant(*s.turnout()) : QVariant(),
                s.turnout() ? tr("Σ ballots ÷ Σ voters over the races where both are known (%1)")
                                  .arg(basedOn(s.racesWithTurnoutCounts, s.races))
                            : tr("Not known: no race has both voters and ballots counted (%n race(s) have a published turnout only)",
                                 nullptr, s.racesWithTurnout), {}};
    Row candidates{QStringLiteral("candidates"), tr("Candidates"), {}, {}, {}, {},
                   s.racesWithCandidateCount ? Format::count(s.candidatesCounted) : Format::missing(),
                   s.racesWithCandidateCount ? QVariant(s.candidatesCounted) : QVariant(),
                   tr("Candidates in the races whose list is known (%1); %2 candidates are named in the database")
                       .arg(basedOn(s.racesWithCandidateCount, s.races), Format::count(s.candidatesKnown)), {}};
    Row stations{QStringLiteral("polling_stations"), tr("Polling stations"), {}, {}, {}, {},
                 s.racesWithPollingStations ? Format::count(s.pollingStations) : Format::missing(),
                 s.racesWithPollingStations ? QVariant(s.pollingStations) : QVariant(),
                 tr("Sum over the races whose polling stations are known (%1)").arg(basedOn(s.racesWithPollingStations, s.races)), {}};
    Row winners{QStringLiteral("winners"), tr("Winners known"), {}, {}, {}, {},
                Format::count(s.racesWithWinner), s.racesWithWinner,
                tr("Races whose elected candidate is known; %1 of them self-nominated, %2 nominated by a party")
                    .arg(Format::count(s.selfNominatedWinners), Format::count(s.partyWinners)), {}};
    Row fullVotes{QStringLiteral("full_votes"), tr("Races with every candidate's votes"), {}, {}, {}, {},
                  Format::count(s.racesWithAllVotes), s.racesWithAllVotes,
                  tr("Races whose complete result is known, candidate by candidate"), {}};
    m_rows = {races, voters, turnout, candidates, stations, winners, fullVotes};
    if (m_pending) {
        for (Row &row : m_rows) {
            row.computed = tr("computing…");
            row.computedValue = QVariant();
            row.computedTooltip = tr("Sailau is adding up the races of this day; the figure follows in a moment.");
        }
    }

    // Published figures: beside their computed counterpart where there is one, else on their own.
    for (const PublishedFigure &f : store.publishedFigures(m_day, scopeId)) {
        const QString key = canonicalKey(f.metric);
        Row *target = nullptr;
        if (!key.isEmpty()) {
            for (Row &row : m_rows) {
                if (row.key == key && row.published.isEmpty()) {
                    target = &row;
                    break;
                }
            }
        }
        if (!target) {
            m_rows.append(Row{QStringLiteral("published"), metricLabel(f.metric), {}, {}, {}, {}, QString(), {}, {}, {}});
            target = &m_rows.last();
        }
        target->published = publishedText(f);
        target->publishedValue = f.value ? QVariant(*f.value) : QVariant(f.valueText);
        target->sources = f.sources;
        target->notes = f.notes;
        target->publishedTooltip = tr("Published (%1): %2").arg(f.scope, f.sources.join(QStringLiteral("\n")));
    }
    endResetModel();
}

int SummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FigureColumn: return row.label;
        case PublishedColumn: return row.published.isEmpty() ? Format::missing() : row.published;
        case ComputedColumn: return row.computed.isEmpty() ? QString() : row.computed;
        case NotesColumn: return row.notes;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case PublishedColumn: return row.published.isEmpty() ? tr("No published figure") : row.publishedTooltip;
        case ComputedColumn: return row.computedTooltip.isEmpty() ? QVariant() : QVariant(row.computedTooltip);
        case NotesColumn: return row.notes.isEmpty() ? QVariant() : QVariant(row.notes);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == PublishedColumn || index.column() == ComputedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if ((index.column() == PublishedColumn && row.published.isEmpty())
            || (index.column() == ComputedColumn && row.computed == Format::missing()))
            return Appearance::mutedText();
        return {};
    case SourcesRole:
        return row.sources;
    case PublishedValueRole:
        return row.publishedValue;
    case ComputedValueRole:
        return row.computedValue;
    default:
        return {};
    }
}

QVariant SummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FigureColumn: return tr("Figure");
    case PublishedColumn: return tr("Published");
    case ComputedColumn: return tr("Computed by Sailau");
    case NotesColumn: return tr("Notes");
    }
    return {};
}

} // namespace Sailau
