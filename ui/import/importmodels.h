// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Sailau {

// The first rows of a file as the reader parsed them, the header row marked.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PreviewModel(QObject *parent = nullptr);
    void setRows(const QList<QStringList> &rows, int headerRow, const QList<qint64> &lines);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QStringList> m_rows;
    QList<qint64> m_lines;
    int m_headerRow = 0;
    int m_columns = 0;
};

// One row per column of the file: its header, sample values, and the Sailau field it holds
// (editable).
class MappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HeaderColumn, SampleColumn, FieldColumn, ColumnCount };
    enum Role { FieldRole = Qt::UserRole + 1 };

    explicit MappingModel(QObject *parent = nullptr);
    void setMapping(const Import::Mapping &mapping, const QList<QStringList> &samples);
    Import::Mapping mapping() const { return m_mapping; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void mappingChanged();

private:
    Import::Mapping m_mapping;
    QList<QStringList> m_samples;   // per column
};

// The territory names of a file and what the import does with each; the choice is editable
// where there is one to make (a new name, or one that fits several territories).
class TerritoryIssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, WhereColumn, RowsColumn, StatusColumn, ChoiceColumn, ColumnCount };
    enum Role { ChoicesRole = Qt::UserRole + 1, ChoiceIdRole, NeedsChoiceRole };
    static constexpr qint64 CreateNew = 0;
    static constexpr qint64 Undecided = -1;

    explicit TerritoryIssueModel(QObject *parent = nullptr);
    void setIssues(const QList<Import::TerritoryIssue> &issues, const QHash<QString, qint64> &choices);
    QHash<QString, qint64> choices() const { return m_choices; }
    int undecided() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void choicesChanged();

private:
    bool editable(const Import::TerritoryIssue &issue) const;
    QList<Import::TerritoryIssue> m_issues;
    QHash<QString, qint64> m_choices;
};

// The problems the check found: errors first, each with its line, column and value.
class ProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, LineColumn, ColumnColumn, ValueColumn, MessageColumn, ColumnCount };
    explicit ProblemModel(QObject *parent = nullptr);
    void setProblems(const QList<Import::Problem> &problems);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Import::Problem> m_problems;
};

// The imports held in a database, newest first.
class BatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, ImportedColumn, KindColumn, FileColumn, RowsColumn, RacesColumn, UpdatedColumn,
                  CandidatesColumn, TerritoriesColumn, ColumnCount };
    enum Role { BatchIdRole = Qt::UserRole + 1 };
    explicit BatchModel(QObject *parent = nullptr);
    void setBatches(const QList<Import::BatchInfo> &batches);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Import::BatchInfo> m_batches;
};

} // namespace Sailau
