// SPDX-License-Identifier: GPL-3.0-or-later
#include "racetablemodel.h"
#include "appearance.h"

#include "backgroundreader.h"
#include "format.h"
#include "store.h"

#include <QColor>
#include <QFont>
#include <QSqlQuery>

namespace Sailau {

namespace {

using M = Metrics::Metric;

bool isNumeric(RaceColumn column)
{
    return !RaceQuery::isText(column);
}

} // namespace

RaceTableModel::RaceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(new BackgroundReader(this))
    , m_quickReader(new BackgroundReader(this))
{
}

void RaceTableModel::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    refresh();
}

void RaceTableModel::setDatabase(QSqlDatabase db, const RaceFilter &filter)
{
    m_db = std::move(db);
    m_filter = filter;
    beginResetModel();
    readRepeatedNames();
    loadOrder();
    endResetModel();
}

void RaceTableModel::setFilter(const RaceFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    beginResetModel();
    loadOrder();
    endResetModel();
}

void RaceTableModel::readRepeatedNames()
{
    m_repeatedNames.clear();
    if (m_db.isValid() && m_db.isOpen())
        m_repeatedNames = Store(m_db).repeatedNames();
}

void RaceTableModel::refresh()
{
    beginResetModel();
    readRepeatedNames();
    dropIndex();
    loadOrder();
    endResetModel();
}

// The races in the current order, as ids only: pages of rows are read by id when shown. The
// day's index is read once; another territory, text or order only filters and sorts it again.
void RaceTableModel::loadOrder()
{
    resetCache();
    m_ids.clear();
    m_rowCount = 0;
    if (!m_db.isValid() || !m_db.isOpen()) {
        dropIndex();
        return;
    }
    if (m_index && m_index->day() == m_filter.day) {
        if (m_index->covers(m_sortColumn, m_filter.text)) {
            applyIndex();
            return;
        }
        if (m_loading)
            return; // a first, partial index: the rows follow when the whole one arrives
    }
    if (m_loading && m_loadingDay == m_filter.day)
        return; // on its way: applied when it arrives
    dropIndex();
    int races = 0;
    if (m_filter.day.isValid()) {
        if (const auto day = Store(m_db).electionDay(m_filter.day))
            races = day->races;
    } else {
        QSqlQuery count(m_db);
        if (count.exec(QStringLiteral("SELECT count(*) FROM race")) && count.next())
            races = count.value(0).toInt();
    }
    if (races > BackgroundReader::LargeDay && !m_db.databaseName().isEmpty()) {
        m_loading = true;
        m_loadingDay = m_filter.day;
        const QDate day = m_filter.day;
        // First what the current order needs, to show the first page soon; then everything
        // (the other columns' keys, the search keys). One reader thread runs them in turn.
        const RaceColumn column = m_sortColumn;
        m_quickReader->start<std::shared_ptr<const RaceIndex>>(m_db.databaseName(), [day, column](const Database &db) {
            return RaceIndex::load(db.connection(), day, column);
        }, [this](std::shared_ptr<const RaceIndex> index) {
            if (index && m_loading && !m_index)
                installIndex(std::move(index));
        });
        m_reader->start<std::shared_ptr<const RaceIndex>>(m_db.databaseName(), [day](const Database &db) {
            return RaceIndex::load(db.connection(), day);
        }, [this](std::shared_ptr<const RaceIndex> index) {
            m_loading = false;
            if (!index) {
                emit queryFailed(tr("The races could not be read."));
                return;
            }
            installIndex(std::move(index));
        });
        return;
    }
    QString error;
    m_index = RaceIndex::load(m_db, m_filter.day, &error);
    if (!m_index) {
        emit queryFailed(error);
        return;
    }
    applyIndex();
}

void RaceTableModel::dropIndex()
{
    m_index.reset();
    m_reader->cancel();
    m_quickReader->cancel();
    m_loading = false;
}

// An index read on the reader thread: the rows it covers are shown (loaded()).
void RaceTableModel::installIndex(std::shared_ptr<const RaceIndex> index)
{
    beginResetModel();
    resetCache();
    m_index = std::move(index);
    if (m_index->covers(m_sortColumn, m_filter.text))
        applyIndex();
    endResetModel();
    emit loaded();
}

void RaceTableModel::applyIndex()
{
    m_ids = m_index->ids(m_filter.territoryId, m_filter.text, m_sortColumn, m_sortOrder);
    m_rowCount = int(m_ids.size());
}

void RaceTableModel::resetCache()
{
    m_pages.clear();
    m_pageUse.clear();
}

void RaceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= RaceColumnCount)
        return;
    if (RaceColumn(column) == m_sortColumn && order == m_sortOrder)
        return;
    // The order comes from SQL, so every row may change: views reselect by race id afterwards.
    beginResetModel();
    m_sortColumn = RaceColumn(column);
    m_sortOrder = order;
    loadOrder();
    endResetModel();
    emit sorted();
}

const QList<RaceRow> *RaceTableModel::page(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it != m_pages.end()) {
        m_pageUse.removeOne(pageIndex);
        m_pageUse.append(pageIndex);
        return &it.value();
    }
    if (!m_db.isValid() || !m_db.isOpen())
        return nullptr;
    QString error;
    const qsizetype first = qsizetype(pageIndex) * PageSize;
    QList<RaceRow> rows = RaceQuery(m_db).fetchIds(m_ids.mid(first, PageSize), &error);
    if (!error.isEmpty()) {
        emit const_cast<RaceTableModel *>(this)->queryFailed(error);
        return nullptr;
    }
    while (m_pageUse.size() >= MaxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(pageIndex);
    return &m_pages.insert(pageIndex, std::move(rows)).value();
}

const RaceRow *RaceTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const QList<RaceRow> *rows = page(row / PageSize);
    const int offset = row % PageSize;
    if (!rows || offset >= rows->size())
        return nullptr;
    return &rows->at(offset);
}

qint64 RaceTableModel::raceId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int RaceTableModel::rowOfRace(qint64 raceId) const
{
    return raceId ? int(m_ids.indexOf(raceId)) : -1;
}

int RaceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int RaceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RaceColumnCount;
}

// What a cell shows, worked out once for all its roles: the raw value (invalid when the figure is
// missing), the text, the tooltip, and whether the text is in italics.
struct RaceTableModel::Cell
{
    QVariant raw;
    QString text;
    QString tooltip;
    bool italic = false;
};

QVariant RaceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RaceRow *row = rowAt(index.row());
    if (!row)
        return {};
    const auto column = RaceColumn(index.column());

    // The roles that need no figure of the cell.
    switch (role) {
    case RaceIdRole:
        return row->id;
    case TerritoryIdRole:
        return row->territoryId;
    case RegionIdRole:
        return row->regionId;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumeric(column) ? (Qt::AlignRight | Qt::AlignVCenter)
                                                     : (Qt::AlignLeft | Qt::AlignVCenter));
    default:
        break;
    }
    return cellData(cellOf(*row, column), *row, column, role);
}

RaceTableModel::Cell RaceTableModel::cellOf(const RaceRow &row, RaceColumn column) const
{
    Cell cell = presentationOf(row, column);
    // The value is the one the table's export and `sailau metrics` write.
    cell.raw = row.value(column);
    return cell;
}

// What the cell shows: its text, tooltip and italics.
RaceTableModel::Cell RaceTableModel::presentationOf(const RaceRow &row, RaceColumn column) const
{
    if (const auto metric = columnMetric(column))
        return metricCell(row, *metric);
    Cell cell;
    switch (column) {
    case RaceColumn::Territory:
        return territoryCell(row);
    case RaceColumn::Region:
        cell.text = row.region;
        break;
    case RaceColumn::Date:
        cell.text = Format::date(row.date);
        break;
    case RaceColumn::Voters:
        cell.text = Format::count(row.voters);
        if (!row.voters)
            cell.tooltip = Format::missingTooltip(Metrics::Reason::NoVoters);
        break;
    case RaceColumn::Ballots:
        return ballotsCell(row);
    case RaceColumn::Winner:
        return winnerCell(row);
    case RaceColumn::Nomination:
        return nominationCell(row);
    default:
        break;
    }
    return cell;
}

// A metric, or the reason it is missing; a turnout says what it is a share of, in italics when
// it is not ballots issued ÷ voters.
RaceTableModel::Cell RaceTableModel::metricCell(const RaceRow &row, Metrics::Metric metric)
{
    Cell cell;
    const auto value = row.metric(metric);
    cell.text = Format::metric(metric, value);
    if (!value)
        cell.tooltip = Format::missingTooltip(row.reasons[size_t(metric)]);
    if (metric == M::Turnout && value) {
        cell.tooltip = Metrics::describe(row.turnoutBasis);
        cell.italic = row.turnoutBasis != Metrics::TurnoutBasis::BallotsIssued;
    }
    return cell;
}

RaceTableModel::Cell RaceTableModel::territoryCell(const RaceRow &row) const
{
    Cell cell;
    cell.text = row.territory;
    // Two "Esil District"s: the cell says which one.
    if (!row.region.isEmpty() && row.region != row.territory && m_repeatedNames.contains(row.territory))
        cell.text = QCoreApplication::translate("Sailau::Store", "%1, %2", "a territory and its region")
                        .arg(row.territory, row.region);
    cell.tooltip = row.synthetic ? tr("%1 (synthetic data)").arg(cell.text) : cell.text;
    cell.italic = row.synthetic;
    return cell;
}

// Ballots issued, or in italics ballots cast where issued are not known.
RaceTableModel::Cell RaceTableModel::ballotsCell(const RaceRow &row)
{
    Cell cell;
    cell.text = Format::count(row.ballots);
    if (!row.ballots)
        cell.tooltip = Format::missingTooltip(Metrics::Reason::NoBallots);
    else if (row.ballotsAreCast) {
        cell.tooltip = tr("Ballots cast (ballots issued are not known)");
        cell.italic = true;
    } else
        cell.tooltip = tr("Ballots issued");
    return cell;
}

RaceTableModel::Cell RaceTableModel::winnerCell(const RaceRow &row)
{
    Cell cell;
    cell.text = row.winner;
    if (row.winner.isEmpty()) {
        cell.text = Format::missing();
        cell.tooltip = Format::missingTooltip(Metrics::Reason::NoWinner);
    }
    return cell;
}

RaceTableModel::Cell RaceTableModel::nominationCell(const RaceRow &row)
{
    Cell cell;
    cell.text = row.winnerNomination;
    if (row.winnerNomination.isEmpty()) {
        cell.text = Format::missing();
        cell.tooltip = row.winner.isEmpty() ? Format::missingTooltip(Metrics::Reason::NoWinner)
                                            : tr("Not known: the winner's nomination is not known");
    }
    return cell;
}

// The cell for one role: a missing figure is muted, sorts as missing and reads as "not known".
QVariant RaceTableModel::cellData(const Cell &cell, const RaceRow &row, RaceColumn column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.tooltip.isEmpty() ? QVariant() : QVariant(cell.tooltip);
    case SortValueRole:
        return cell.raw;
    case MissingRole:
        return !cell.raw.isValid();
    case Qt::FontRole:
        if (cell.italic) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!cell.raw.isValid())
            return Appearance::mutedText();
        return {};
    case Qt::DecorationRole:
        if (column == RaceColumn::Nomination && !row.winnerPartyColour.isEmpty())
            return QColor(row.winnerPartyColour);
        return {};
    case Qt::AccessibleTextRole:
        return cell.raw.isValid() ? cell.text : tr("not known");
    default:
        return {};
    }
}

QVariant RaceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= RaceColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = RaceColumn(section);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(column);
    case Qt::ToolTipRole:
        return columnDescription(column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumeric(column) ? (Qt::AlignRight | Qt::AlignVCenter)
                                                     : (Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QString RaceTableModel::columnTitle(RaceColumn column)
{
    switch (column) {
    case RaceColumn::Territory: return tr("Territory");
    case RaceColumn::Region: return tr("Region");
    case RaceColumn::Date: return tr("Date");
    case RaceColumn::Voters: return tr("Voters");
    case RaceColumn::Ballots: return tr("Ballots");
    case RaceColumn::Turnout: return tr("Turnout");
    case RaceColumn::Candidates: return tr("Candidates");
    case RaceColumn::Winner: return tr("Winner");
    case RaceColumn::Nomination: return tr("Nomination");
    case RaceColumn::WinnerShare: return tr("Winner %");
    case RaceColumn::Margin: return tr("Margin");
    case RaceColumn::EncLaaksoTaagepera: return tr("ENC (LT)");
    case RaceColumn::EncGolosov: return tr("ENC (G)");
    case RaceColumn::AgainstAllShare: return tr("Against all %");
    }
    return {};
}

QString RaceTableModel::columnDescription(RaceColumn column)
{
    switch (column) {
    case RaceColumn::Territory: return tr("The district or city where the akim was elected");
    case RaceColumn::Region: return tr("The region or city of republican significance");
    case RaceColumn::Date: return tr("Election day");
    case RaceColumn::Voters: return tr("Voters on the lists");
    case RaceColumn::Ballots: return tr("Ballots issued (in italics: ballots cast, where issued are not known)");
    case RaceColumn::Turnout:
        return tr("Ballots issued ÷ voters on the lists. In italics: ballots cast ÷ voters, or the published figure");
    case RaceColumn::Candidates: return tr("Candidates on the ballot");
    case RaceColumn::Winner: return tr("The elected candidate");
    case RaceColumn::Nomination: return tr("The winner's nomination: a party or self-nominated");
    case RaceColumn::WinnerShare: return tr("The winner's votes ÷ valid votes");
    case RaceColumn::Margin: return tr("(Winner's votes − runner-up's votes) ÷ valid votes");
    case RaceColumn::EncLaaksoTaagepera: return tr("Effective number of candidates, Laakso–Taagepera: 1 ÷ Σ pᵢ²");
    case RaceColumn::EncGolosov: return tr("Effective number of candidates, Golosov: Σ pᵢ ÷ (pᵢ + p₁² − pᵢ²)");
    case RaceColumn::AgainstAllShare: return tr("Votes \"against all\" ÷ valid votes");
    }
    return {};
}

} // namespace Sailau
