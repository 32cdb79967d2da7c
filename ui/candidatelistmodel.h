// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"

#include <QAbstractTableModel>

namespace Sailau {

// The candidates of one race, and a last row for "against all".
class CandidateListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, NominationColumn, VotesColumn, ShareColumn, PublishedShareColumn, ElectedColumn,
        SexColumn, BornColumn, OccupationColumn, IncumbentColumn, ColumnCount
    };
    enum Role { CandidateIdRole = Qt::UserRole + 1, AgainstAllRole, SourcesRole };

    explicit CandidateListModel(QObject *parent = nullptr);

    void setRace(const std::optional<RaceDetail> &race);
    void clear() { setRace(std::nullopt); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool hasAgainstAllRow() const;
    static QVariant alignment(int column);
    QVariant againstAllData(int column, int role) const;
    QVariant againstAllDisplay(int column) const;
    QVariant againstAllToolTip(int column) const;
    QVariant candidateData(const CandidateInfo &c, int column, int role) const;
    QVariant candidateDisplay(const CandidateInfo &c, int column) const;
    QVariant candidateToolTip(const CandidateInfo &c, int column) const;

    std::optional<RaceDetail> m_race;
};

} // namespace Sailau
