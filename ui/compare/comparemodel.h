// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparison.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <memory>

namespace Sailau {

// The territories of a comparison lined up: one row per territory, one column per election day
// with the chosen figure, then the change from each day to the next (percentage points for
// shares). A missing figure is "—" with the reason in its tooltip, never 0.
class CompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What the day columns show: a metric, or the winner's nomination.
    enum class Figure { Turnout, WinnerShare, Margin, Enc, Candidates, AgainstAll, Nomination };
    Q_ENUM(Figure)
    static QList<Figure> figures();
    static QString figureName(Figure figure);

    enum Column { TerritoryColumn = 0, RegionColumn = 1, FirstDayColumn = 2 };
    static constexpr int SortRole = Qt::UserRole + 1;       // a number (or text) to sort by
    static constexpr int TerritoryIdRole = Qt::UserRole + 2;

    explicit CompareModel(QObject *parent = nullptr);

    // Reads the comparison and shows it. False with error when the store cannot be read.
    bool load(QSqlDatabase db, const ComparisonScope &scope, QString *error = nullptr);
    void setComparison(std::shared_ptr<const Comparison> comparison);
    std::shared_ptr<const Comparison> comparison() const { return m_comparison; }

    void setFigure(Figure figure);
    Figure figure() const { return m_figure; }

    int dayCount() const;
    // The column of a day, and of the change from day i to day i + 1.
    int dayColumn(int day) const { return FirstDayColumn + day; }
    int changeColumn(int from) const { return FirstDayColumn + dayCount() + from; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static std::optional<Metrics::Metric> metricOf(Figure figure);

private:
    QVariant dayData(const ComparisonLine &line, int day, int role) const;
    QVariant changeData(const ComparisonLine &line, int from, int role) const;

    std::shared_ptr<const Comparison> m_comparison;
    Figure m_figure = Figure::Turnout;
};

} // namespace Sailau
