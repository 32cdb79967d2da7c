// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVariant>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QProgressDialog;
class QSqlDatabase;
class QTableView;
class QWidget;

namespace Sailau {

class Database;
class RaceQuery;
class RaceTableModel;
namespace TableExport {
struct Options;
}

// File → Export Table: writes the races the table lists now (its day, territory and filter, in
// its order, every row, its visible columns) with their sources to CSV or XLSX.
// File → Export Candidates: the candidates of those races, one row each (CandidateTable).
class TableExporter : public QObject
{
    Q_OBJECT
public:
    using DatabaseSource = std::function<Database *()>;
    enum class Kind { Races, Candidates };
    TableExporter(QWidget *window, RaceTableModel *model, QTableView *view, DatabaseSource database);

    void addAction(QMenu *file);
    // Enables the action when a database is open.
    void update();

    // Writes the table to path. False with error filled on failure; false with an empty error when
    // the user cancelled.
    bool exportTable(const QString &path, const TableExport::Options &options, QString *error = nullptr,
                     int *rows = nullptr, Kind kind = Kind::Races);
    // Asks for the file (format and folder remembered), then exports.
    void exportDialog(Kind kind = Kind::Races);

signals:
    void message(const QString &text, int timeoutMs);

private:
    // The parts of exportTable(): what it writes (the races' columns or the candidates'), the
    // progress of a long table, and the rows of one page.
    struct Table;
    Table table(Kind kind) const;
    std::unique_ptr<QProgressDialog> progressDialog(Kind kind, int total) const;
    QList<QVariantList> pageRows(const Table &table, const RaceQuery &query, const QSqlDatabase &db,
                                 const QList<qint64> &pageIds, QString *error) const;

    QWidget *m_window;
    RaceTableModel *m_model;
    QTableView *m_view;
    DatabaseSource m_database;
    QAction *m_action = nullptr;
    QAction *m_candidatesAction = nullptr;
};

} // namespace Sailau
