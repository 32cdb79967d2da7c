// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidateprofile.h"

#include <QAbstractTableModel>

namespace Sailau {

// The candidates of a comparison: one row per election day, then one per region, then all of
// them; the share of women among the candidates and among the winners, their ages, and the
// sitting akims who stood and kept their post. Each figure says in its tooltip on how many
// candidates it rests; a figure that rests on none is "—", never 0.
class CandidateProfileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CandidatesColumn,
        WomenColumn,
        WomenWinnersColumn,
        SexKnownColumn,
        MedianAgeColumn,
        MedianWinnerAgeColumn,
        FirstAgeBandColumn,
        AgeKnownColumn = FirstAgeBandColumn + AgeBands::Count,
        IncumbentsColumn,
        ReelectedColumn,
        IncumbencyKnownColumn,
        ColumnCount
    };
    enum class RowKind { Election, Region, Total };
    Q_ENUM(RowKind)
    static constexpr int RowKindRole = Qt::UserRole + 1;
    static constexpr int ValueRole = Qt::UserRole + 2;   // the number shown (a share 0…1), or nothing

    explicit CandidateProfileModel(QObject *parent = nullptr);

    void setSummary(const CandidateProfileSummary &summary);
    void clear();
    const CandidateProfileSummary &summary() const { return m_summary; }
    const CandidateProfile *profileAt(int row) const;
    RowKind kindAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CandidateProfile &p, int column) const;
    QVariant toolTip(const CandidateProfile &p, int column) const;
    QVariant value(const CandidateProfile &p, int column) const;

    CandidateProfileSummary m_summary;
    bool m_loaded = false;
};

} // namespace Sailau
