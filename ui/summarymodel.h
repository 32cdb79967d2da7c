// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"

#include <QAbstractTableModel>

namespace Sailau {

class BackgroundReader;

// Summary of an election day for the country or one region: the aggregates sources published,
// side by side with what Sailau computes from the races it holds (and how many races that is).
class SummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FigureColumn, PublishedColumn, ComputedColumn, NotesColumn, ColumnCount };
    enum Role { SourcesRole = Qt::UserRole + 1, PublishedValueRole, ComputedValueRole };

    explicit SummaryModel(QObject *parent = nullptr);

    void setDatabase(QSqlDatabase db);
    void setScope(const QDate &day, qint64 territoryId);
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A published metric's name for people ("voters on lists" → "Voters on the lists").
    static QString metricLabel(const QString &metric);
    static QString publishedText(const PublishedFigure &figure);

    ComputedSummary computed() const { return m_computed; }
    // True while the sums of a large day are computed on another thread.
    bool isPending() const { return m_pending; }

signals:
    // The sums computed on another thread have arrived.
    void summaryReady();

private:
    void rebuild(qint64 scopeId);

    struct Row
    {
        QString key;
        QString label;
        QString published;
        QVariant publishedValue;
        QString publishedTooltip;
        QStringList sources;
        QString computed;
        QVariant computedValue;
        QString computedTooltip;
        QString notes;
    };

    QSqlDatabase m_db;
    QDate m_day;
    qint64 m_territoryId = 0;
    ComputedSummary m_computed;
    QList<Row> m_rows;
    BackgroundReader *m_reader;
    bool m_pending = false;
};

} // namespace Sailau
