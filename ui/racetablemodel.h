// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "raceindex.h"
#include "racequery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

namespace Sailau {

class BackgroundReader;

// The races table over the store. The order and the filter come from a RaceIndex of the day
// (ids and compact sort keys, no rows); rows are read a page at a time when the view asks for
// them and only a few pages are kept, so a table of 200,000 races costs no more memory than one
// of 40. The index of a large day is read on a worker thread, in two steps (loaded() after
// each): first what the current order needs, then the rest; isLoading() is true until the
// whole index is there, and the table is empty until the first step.
class RaceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RaceIdRole = Qt::UserRole + 1,
        SortValueRole,      // the raw value (number or text), or an invalid QVariant when missing
        MissingRole,        // true when the figure is not known
        TerritoryIdRole,
        RegionIdRole,
    };
    static constexpr int PageSize = 128;
    static constexpr int MaxCachedPages = 24;

    explicit RaceTableModel(QObject *parent = nullptr);

    void setDatabase(QSqlDatabase db);
    // The store and the races to show at once: one read instead of two.
    void setDatabase(QSqlDatabase db, const RaceFilter &filter);
    void setFilter(const RaceFilter &filter);
    RaceFilter filter() const { return m_filter; }
    // Reads the races again (after the store changed or the display language did).
    void refresh();
    bool isLoading() const { return m_loading; }

    RaceColumn sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The row of a race in the current order, or -1.
    int rowOfRace(qint64 raceId) const;
    qint64 raceId(int row) const;
    // Every race shown, in order.
    QList<qint64> raceIds() const { return m_ids; }
    // The row's data, read from the store if its page is not cached.
    const RaceRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString columnTitle(RaceColumn column);
    static QString columnDescription(RaceColumn column);

signals:
    void queryFailed(const QString &message);
    void sorted();
    void loaded();

private:
    // What a cell shows, worked out once for all its roles (one function per kind of column).
    struct Cell;
    Cell cellOf(const RaceRow &row, RaceColumn column) const;
    Cell presentationOf(const RaceRow &row, RaceColumn column) const;
    static Cell metricCell(const RaceRow &row, Metrics::Metric metric);
    Cell territoryCell(const RaceRow &row) const;
    static Cell ballotsCell(const RaceRow &row);
    static Cell winnerCell(const RaceRow &row);
    static Cell nominationCell(const RaceRow &row);
    QVariant cellData(const Cell &cell, const RaceRow &row, RaceColumn column, int role) const;

    const QList<RaceRow> *page(int pageIndex) const;
    void resetCache();
    void loadOrder();
    void applyIndex();
    void dropIndex();
    void installIndex(std::shared_ptr<const RaceIndex> index);

    QSqlDatabase m_db;
    void readRepeatedNames();
    QSet<QString> m_repeatedNames;   // territory names that more than one territory carries
    RaceFilter m_filter;
    RaceColumn m_sortColumn = RaceColumn::Region;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    std::shared_ptr<const RaceIndex> m_index;
    BackgroundReader *m_reader = nullptr;       // the whole index of a large day
    BackgroundReader *m_quickReader = nullptr;  // its first, partial index
    bool m_loading = false;
    QDate m_loadingDay;
    QList<qint64> m_ids;            // the races in order (ids only)
    mutable QHash<int, QList<RaceRow>> m_pages;
    mutable QList<int> m_pageUse;   // least recently used first
};

} // namespace Sailau
