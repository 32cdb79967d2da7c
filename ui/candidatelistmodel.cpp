// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatelistmodel.h"
#include "appearance.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace Sailau {

CandidateListModel::CandidateListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CandidateListModel::setRace(const std::optional<RaceDetail> &race)
{
    beginResetModel();
    m_race = race;
    endResetModel();
}

bool CandidateListModel::hasAgainstAllRow() const
{
    return m_race && (m_race->figures.againstAll || !m_race->candidates.isEmpty());
}

int CandidateListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_race)
        return 0;
    return int(m_race->candidates.size()) + (hasAgainstAllRow() ? 1 : 0);
}

int CandidateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_race)
        return {};
    const bool againstAll = index.row() == m_race->candidates.size();
    if (role == AgainstAllRole)
        return againstAll;
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column());
    if (againstAll)
        return againstAllData(index.column(), role);
    return candidateData(m_race->candidates.at(index.row()), index.column(), role);
}

// Numbers to the right, the elected mark centred, text to the left; the same in every row.
QVariant CandidateListModel::alignment(int column)
{
    const bool numeric = column == VotesColumn || column == ShareColumn || column == PublishedShareColumn;
    if (column == ElectedColumn)
        return QVariant::fromValue(Qt::AlignCenter);
    return QVariant::fromValue(numeric ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
}

// The last row: "against all", in italics, with its count, its share and the published share.
QVariant CandidateListModel::againstAllData(int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return againstAllDisplay(column);
    case Qt::FontRole: {
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::ToolTipRole:
        return againstAllToolTip(column);
    case SourcesRole:
        return m_race->sourcesFor(QStringLiteral("against_all"));
    default:
        return {};
    }
}

QVariant CandidateListModel::againstAllDisplay(int column) const
{
    const RaceDetail &race = *m_race;
    switch (column) {
    case NameColumn: return tr("Against all");
    case VotesColumn: return Format::count(race.figures.againstAll);
    case ShareColumn: return Format::percent(race.metrics.againstAllShare, 2);
    case PublishedShareColumn:
        return race.againstAllPublished ? Format::publishedShare(*race.againstAllPublished, race.againstAllPublishedBasis)
                                        : Format::missing();
    default: return QString();
    }
}

QVariant CandidateListModel::againstAllToolTip(int column) const
{
    const RaceDetail &race = *m_race;
    if (column == VotesColumn && !race.figures.againstAll)
        return Format::missingTooltip(Metrics::Reason::NoAgainstAll);
    if (column == ShareColumn && !race.metrics.againstAllShare)
        return Format::missingTooltip(race.metrics.reason(Metrics::Metric::AgainstAllShare));
    if (column == PublishedShareColumn)
        return race.againstAllPublished ? tr("As published") : tr("No share was published");
    return {};
}

// A candidate's row: the elected one in bold, the nomination with its party's colour, and a
// missing figure as a muted dash.
QVariant CandidateListModel::candidateData(const CandidateInfo &c, int column, int role) const
{
    switch (role) {
    case CandidateIdRole:
        return c.id;
    case SourcesRole:
        return c.sources;
    case Qt::DisplayRole:
        return candidateDisplay(c, column);
    case Qt::ToolTipRole:
        return candidateToolTip(c, column);
    case Qt::FontRole:
        if (c.elected.value_or(false)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (column == NominationColumn && !c.partyColour.isEmpty())
            return QColor(c.partyColour);
        return {};
    case Qt::ForegroundRole:
        if (candidateDisplay(c, column).toString() == Format::missing())
            return Appearance::mutedText();
        return {};
    default:
        return {};
    }
}

QVariant CandidateListModel::candidateDisplay(const CandidateInfo &c, int column) const
{
    const Count validVotes = m_race->metrics.validVotes;
    switch (column) {
    case NameColumn: return c.name;
    case NominationColumn: {
        const QString label = c.nominationLabel();
        return label.isEmpty() ? Format::missing() : label;
    }
    case VotesColumn: return Format::count(c.votes);
    case ShareColumn:
        if (c.votes && validVotes && *validVotes > 0)
            return Format::percent(double(*c.votes) / double(*validVotes), 2);
        return Format::missing();
    case PublishedShareColumn:
        return c.voteSharePublished ? Format::publishedShare(*c.voteSharePublished, c.voteShareBasis) : Format::missing();
    case ElectedColumn:
        if (!c.elected)
            return Format::missing();
        return *c.elected ? QStringLiteral("✔") : QString();
    case SexColumn:
        return c.sex.isEmpty() ? Format::missing() : Format::sex(c.sex);
    case BornColumn:
        if (c.birthYear)
            return QString::number(*c.birthYear);
        if (c.age)
            return tr("age %1").arg(*c.age);
        return Format::missing();
    case OccupationColumn:
        return c.occupation.isEmpty() ? Format::missing() : c.occupation;
    case IncumbentColumn:
        if (!c.incumbent)
            return Format::missing();
        return *c.incumbent ? tr("incumbent") : tr("no");
    }
    return {};
}

// Where a figure comes from, what it is a share of, or why it is not known.
QVariant CandidateListModel::candidateToolTip(const CandidateInfo &c, int column) const
{
    switch (column) {
    case NameColumn:
        return c.sources.isEmpty() ? QVariant() : QVariant(tr("Source: %1").arg(c.sources.join(QStringLiteral("\n"))));
    case NominationColumn:
        if (c.nominationLabel().isEmpty())
            return tr("Not known: the nomination is not known");
        return c.nomination.isEmpty() ? QVariant() : QVariant(tr("As given: %1").arg(c.nomination));
    case VotesColumn:
        return c.votes ? QVariant() : QVariant(Format::missingTooltip(Metrics::Reason::NoCandidateVotes));
    case ShareColumn:
        if (!c.votes)
            return Format::missingTooltip(Metrics::Reason::NoCandidateVotes);
        if (!m_race->metrics.validVotes)
            return Format::missingTooltip(Metrics::Reason::NoValidVotes);
        return m_race->metrics.validVotesBasis == Metrics::ValidVotesBasis::SumOfVotes
            ? tr("Share of valid votes (all candidates' votes and \"against all\")")
            : tr("Share of valid votes (ballots cast − invalid)");
    case PublishedShareColumn:
        if (!c.voteSharePublished)
            return tr("No share was published");
        return c.voteShareBasis.isEmpty()
            ? tr("As published; what it is a share of cannot be told from the figures")
            : tr("As published; it matches the votes %1").arg(Format::shareBasis(c.voteShareBasis));
    case SexColumn:
        return c.sex.isEmpty() ? QVariant(tr("Not known: no source gives the candidate's sex")) : QVariant();
    case BornColumn:
        if (c.birthYear)
            return tr("Year of birth");
        if (c.age)
            return tr("Age at the election, as given (the year of birth is not known)");
        return tr("Not known: no source gives the year of birth or the age");
    case OccupationColumn:
        return c.occupation.isEmpty() ? QVariant(tr("Not known: no source gives the occupation")) : QVariant();
    case IncumbentColumn:
        if (!c.incumbent)
            return tr("Not known whether the sitting akim stood");
        return *c.incumbent ? tr("The sitting akim") : tr("Not the sitting akim");
    case ElectedColumn:
        if (!c.elected)
            return tr("Not known whether elected");
        return *c.elected ? tr("Elected") : tr("Not elected");
    }
    return {};
}

QVariant CandidateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Candidate");
    case NominationColumn: return tr("Nomination");
    case VotesColumn: return tr("Votes");
    case ShareColumn: return tr("Share");
    case PublishedShareColumn: return tr("Published share");
    case ElectedColumn: return tr("Elected");
    case SexColumn: return tr("Sex");
    case BornColumn: return tr("Born");
    case OccupationColumn: return tr("Occupation");
    case IncumbentColumn: return tr("Incumbent");
    }
    return {};
}

} // namespace Sailau
