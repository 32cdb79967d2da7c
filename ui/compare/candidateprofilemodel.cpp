// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidateprofilemodel.h"

#include "format.h"

#include <QFont>

namespace Sailau {

namespace {

QString knownOf(int known, int all)
{
    return CandidateProfileModel::tr("%1 of %2").arg(Format::count(qint64(known)), Format::count(qint64(all)));
}

QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

CandidateProfileModel::CandidateProfileModel(QObject *parent) : QAbstractTableModel(parent) {}

void CandidateProfileModel::setSummary(const CandidateProfileSummary &summary)
{
    beginResetModel();
    m_summary = summary;
    m_loaded = true;
    endResetModel();
}

void CandidateProfileModel::clear()
{
    beginResetModel();
    m_summary = CandidateProfileSummary();
    m_loaded = false;
    endResetModel();
}

int CandidateProfileModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_loaded)
        return 0;
    return int(m_summary.byElection.size() + m_summary.byRegion.size()) + 1;
}

int CandidateProfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

CandidateProfileModel::RowKind CandidateProfileModel::kindAt(int row) const
{
    if (row < m_summary.byElection.size())
        return RowKind::Election;
    if (row < m_summary.byElection.size() + m_summary.byRegion.size())
        return RowKind::Region;
    return RowKind::Total;
}

const CandidateProfile *CandidateProfileModel::profileAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const int days = int(m_summary.byElection.size());
    if (row < days)
        return &m_summary.byElection.at(row);
    if (row < days + m_summary.byRegion.size())
        return &m_summary.byRegion.at(row - days);
    return &m_summary.total;
}

QVariant CandidateProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CandidateProfile *p = profileAt(index.row());
    if (!p)
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*p, index.column());
    case Qt::ToolTipRole: return toolTip(*p, index.column());
    case ValueRole: return value(*p, index.column());
    case RowKindRole: return QVariant::fromValue(kindAt(index.row()));
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                            : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (kindAt(index.row()) == RowKind::Total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return {};
    }
}

QVariant CandidateProfileModel::display(const CandidateProfile &p, int column) const
{
    switch (column) {
    case NameColumn:
        if (p.day.isValid())
            return Format::date(p.day);
        return p.label;
    case CandidatesColumn: return Format::count(qint64(p.candidates));
    case WomenColumn: return Format::percent(p.womenShare, 1);
    case WomenWinnersColumn: return Format::percent(p.womenWinnerShare, 1);
    case SexKnownColumn: return knownOf(p.sexKnown, p.candidates);
    case MedianAgeColumn: return Format::decimal(p.medianAge, 1);
    case MedianWinnerAgeColumn: return Format::decimal(p.medianWinnerAge, 1);
    case AgeKnownColumn: return knownOf(p.ageKnown, p.candidates);
    case IncumbentsColumn: return p.incumbencyKnown > 0 ? Format::count(qint64(p.incumbents)) : Format::missing();
    case ReelectedColumn: return Format::percent(p.reelectionRate, 1);
    case IncumbencyKnownColumn: return knownOf(p.incumbencyKnown, p.candidates);
    default:
        if (column >= FirstAgeBandColumn && column < AgeKnownColumn) {
            if (p.ageKnown == 0)
                return Format::missing();
            const size_t band = size_t(column - FirstAgeBandColumn);
            return tr("%1 (%2)").arg(Format::count(qint64(p.ages[band])), Format::count(qint64(p.winnerAges[band])));
        }
        return {};
    }
}

QVariant CandidateProfileModel::value(const CandidateProfile &p, int column) const
{
    switch (column) {
    case CandidatesColumn: return p.candidates;
    case WomenColumn: return optional(p.womenShare);
    case WomenWinnersColumn: return optional(p.womenWinnerShare);
    case SexKnownColumn: return p.sexKnown;
    case MedianAgeColumn: return optional(p.medianAge);
    case MedianWinnerAgeColumn: return optional(p.medianWinnerAge);
    case AgeKnownColumn: return p.ageKnown;
    case IncumbentsColumn: return p.incumbencyKnown > 0 ? QVariant(p.incumbents) : QVariant();
    case ReelectedColumn: return optional(p.reelectionRate);
    case IncumbencyKnownColumn: return p.incumbencyKnown;
    default:
        if (column >= FirstAgeBandColumn && column < AgeKnownColumn && p.ageKnown > 0)
            return p.ages[size_t(column - FirstAgeBandColumn)];
        return {};
    }
}

QVariant CandidateProfileModel::toolTip(const CandidateProfile &p, int column) const
{
    switch (column) {
    case WomenColumn:
        if (!p.womenShare)
            return tr("No candidate's sex is known.");
        return tr("Women: %1 of the %2 candidates whose sex is known (%3 candidates in all)")
            .arg(p.women).arg(p.sexKnown).arg(p.candidates);
    case WomenWinnersColumn:
        if (!p.womenWinnerShare)
            return tr("No winner's sex is known.");
        return tr("Women: %1 of the %2 winners whose sex is known (%3 winners in all)")
            .arg(p.womenWinners).arg(p.winnersSexKnown).arg(p.winners);
    case MedianAgeColumn:
        if (!p.medianAge)
            return tr("No candidate's age or year of birth is known.");
        return tr("Age at the election of the %1 candidates whose age or year of birth is known (%2 in all)")
            .arg(p.ageKnown).arg(p.candidates);
    case MedianWinnerAgeColumn:
        if (!p.medianWinnerAge)
            return tr("No winner's age or year of birth is known.");
        return tr("Age at the election of the %1 winners whose age or year of birth is known (%2 in all)")
            .arg(p.winnersAgeKnown).arg(p.winners);
    case IncumbentsColumn:
        if (p.incumbencyKnown == 0)
            return tr("Of no candidate is it known whether they were the sitting akim.");
        return tr("Sitting akims who stood, of the %1 candidates of whom it is known (%2 in all)")
            .arg(p.incumbencyKnown).arg(p.candidates);
    case ReelectedColumn:
        if (!p.reelectionRate)
            return tr("No sitting akim is known to have stood in a race whose winner is known.");
        return tr("%1 of %2 sitting akims who stood kept their post").arg(p.incumbentsReelected).arg(p.incumbentsWhereWinnerKnown);
    default:
        if (column >= FirstAgeBandColumn && column < AgeKnownColumn) {
            if (p.ageKnown == 0)
                return tr("No candidate's age or year of birth is known.");
            const size_t band = size_t(column - FirstAgeBandColumn);
            return tr("%1 candidates aged %2 at the election, %3 of them elected")
                .arg(p.ages[band]).arg(AgeBands::label(int(band))).arg(p.winnerAges[band]);
        }
        return {};
    }
}

QVariant CandidateProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= FirstAgeBandColumn && section < AgeKnownColumn)
        return tr("Candidates of this age at the election (of them winners)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Election day or region");
    case CandidatesColumn: return tr("Candidates");
    case WomenColumn: return tr("Women among the candidates");
    case WomenWinnersColumn: return tr("Women among the winners");
    case SexKnownColumn: return tr("Sex known");
    case MedianAgeColumn: return tr("Median age");
    case MedianWinnerAgeColumn: return tr("Median age of the winners");
    case AgeKnownColumn: return tr("Age known");
    case IncumbentsColumn: return tr("Sitting akims standing");
    case ReelectedColumn: return tr("Sitting akims re-elected");
    case IncumbencyKnownColumn: return tr("Incumbency known");
    default: return AgeBands::label(section - FirstAgeBandColumn);
    }
}

} // namespace Sailau
