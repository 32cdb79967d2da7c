// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparemodel.h"

#include "format.h"

#include <QColor>
#include <QFont>

namespace Sailau {

namespace {

using M = Metrics::Metric;

} // namespace

CompareModel::CompareModel(QObject *parent) : QAbstractTableModel(parent) {}

QList<CompareModel::Figure> CompareModel::figures()
{
    return {Figure::Turnout, Figure::WinnerShare, Figure::Margin, Figure::Enc, Figure::Candidates, Figure::AgainstAll,
            Figure::Nomination};
}

std::optional<Metrics::Metric> CompareModel::metricOf(Figure figure)
{
    switch (figure) {
    case Figure::Turnout: return M::Turnout;
    case Figure::WinnerShare: return M::WinnerShare;
    case Figure::Margin: return M::Margin;
    case Figure::Enc: return M::EncLaaksoTaagepera;
    case Figure::Candidates: return M::Candidates;
    case Figure::AgainstAll: return M::AgainstAllShare;
    case Figure::Nomination: break;
    }
    return std::nullopt;
}

QString CompareModel::figureName(Figure figure)
{
    if (const auto m = metricOf(figure))
        return Metrics::name(*m);
    return tr("Winner's nomination");
}

bool CompareModel::load(QSqlDatabase db, const ComparisonScope &scope, QString *error)
{
    auto comparison = std::make_shared<Comparison>(std::move(db));
    if (!comparison->load(scope, error))
        return false;
    setComparison(std::move(comparison));
    return true;
}

void CompareModel::setComparison(std::shared_ptr<const Comparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

void CompareModel::setFigure(Figure figure)
{
    if (figure == m_figure)
        return;
    // The nomination has no change columns: the columns themselves change.
    beginResetModel();
    m_figure = figure;
    endResetModel();
}

int CompareModel::dayCount() const
{
    return m_comparison ? int(m_comparison->days().size()) : 0;
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->lines().size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const int days = dayCount();
    // The nomination has no change to show.
    const int changes = m_figure == Figure::Nomination ? 0 : std::max(0, days - 1);
    return FirstDayColumn + days + changes;
}

QVariant CompareModel::dayData(const ComparisonLine &line, int day, int role) const
{
    const auto &race = line.races.at(day);
    const auto metric = metricOf(m_figure);
    if (!race) {
        switch (role) {
        case Qt::DisplayRole: return Format::missing();
        case Qt::ToolTipRole:
            return tr("No race here on %1.").arg(Format::date(m_comparison->days().at(day)));
        case Qt::ForegroundRole: return QColor(Qt::gray);
        case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    if (!metric) {
        switch (role) {
        case Qt::DisplayRole: return race->winnerNomination.isEmpty() ? Format::missing() : race->winnerNomination;
        case SortRole: return race->winnerNomination;
        case Qt::ToolTipRole:
            return race->winnerNomination.isEmpty() ? tr("The winner's nomination is not known.")
                                                    : tr("Elected: %1 (%2 election)").arg(race->winnerNomination,
                                                                                          Format::levelName(race->level));
        default: return {};
        }
    }
    const auto value = race->value(*metric);
    switch (role) {
    case Qt::DisplayRole: return Format::metric(*metric, value);
    case SortRole: return value ? QVariant(*value) : QVariant();
    case Qt::ToolTipRole:
        if (!value)
            return Format::missingTooltip(race->reasons[size_t(*metric)]);
        return tr("%1 election").arg(Format::levelName(race->level));
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant CompareModel::changeData(const ComparisonLine &line, int from, int role) const
{
    const auto metric = metricOf(m_figure);
    if (!metric)
        return {};
    const auto delta = line.delta(from, from + 1, *metric);
    const bool share = Metrics::isShare(*metric);
    switch (role) {
    case Qt::DisplayRole: {
        if (!delta)
            return Format::missing();
        const QString number = Format::locale().toString(std::abs(*delta), 'f', share ? 1 : (*metric == M::Candidates ? 0 : 2));
        const QString sign = *delta > 0 ? QStringLiteral("+") : *delta < 0 ? QStringLiteral("\u2212") : QString();
        return share ? tr("%1%2 pp", "a change in percentage points").arg(sign, number) : sign + number;
    }
    case SortRole: return delta ? QVariant(*delta) : QVariant();
    case Qt::ToolTipRole:
        if (!delta)
            return tr("The change is not known: a figure of one of the two days is missing.");
        return share ? tr("Change in percentage points from %1 to %2").arg(Format::date(m_comparison->days().at(from)),
                                                                           Format::date(m_comparison->days().at(from + 1)))
                     : tr("Change from %1 to %2").arg(Format::date(m_comparison->days().at(from)),
                                                      Format::date(m_comparison->days().at(from + 1)));
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_comparison)
        return {};
    const ComparisonLine &line = m_comparison->lines().at(index.row());
    const int column = index.column();
    if (role == TerritoryIdRole)
        return line.territoryId;
    if (column == TerritoryColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return line.territory;
        case Qt::ToolTipRole: {
            QString tip = line.territory;
            if (line.levelChanged()) {
                QStringList levels;
                for (const auto &race : line.races)
                    levels.append(race ? Format::levelName(race->level) : Format::missing());
                tip += QLatin1Char('\n') + tr("Elected at different levels: %1").arg(levels.join(QStringLiteral(" → ")));
            }
            if (line.synthetic)
                tip += QLatin1Char('\n') + tr("Synthetic data, not real results.");
            return tip;
        }
        case Qt::FontRole:
            if (line.levelChanged()) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            return {};
        default: return {};
        }
    }
    if (column == RegionColumn)
        return role == Qt::DisplayRole || role == SortRole ? QVariant(line.region) : QVariant();
    const int days = dayCount();
    if (column < FirstDayColumn + days)
        return dayData(line, column - FirstDayColumn, role);
    return changeData(line, column - FirstDayColumn - days, role);
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TerritoryColumn)
        return tr("Territory");
    if (section == RegionColumn)
        return tr("Region");
    const int days = dayCount();
    if (section < FirstDayColumn || section >= columnCount())
        return {};
    if (section < FirstDayColumn + days) {
        const QDate day = m_comparison->days().at(section - FirstDayColumn);
        return role == Qt::ToolTipRole ? tr("%1 on %2").arg(figureName(m_figure), Format::date(day)) : Format::date(day);
    }
    const int from = section - FirstDayColumn - days;
    const QDate a = m_comparison->days().at(from), b = m_comparison->days().at(from + 1);
    if (role == Qt::ToolTipRole)
        return tr("Change of %1 from %2 to %3").arg(figureName(m_figure), Format::date(a), Format::date(b));
    if (a.year() != b.year())
        return tr("Change %1 → %2").arg(a.year()).arg(b.year());
    return tr("Change %1 → %2").arg(Format::date(a), Format::date(b));
}

} // namespace Sailau
