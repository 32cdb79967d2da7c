// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace Sailau {

class BatchModel;
class Database;

// The imports held in the database (the bundled sample, files, synthetic data), each of which
// can be undone: undo removes exactly what that import added and restores what it changed.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(Database *database, QWidget *parent = nullptr);

    // Undoes the selected import after asking (ask = false: without asking, for tests).
    bool undoSelected(bool ask = true);
    void refresh();

signals:
    void undone(qint64 batchId);

private:
    Database *m_database;
    BatchModel *m_model;
    QTableView *m_view;
    QPushButton *m_undo;
    QLabel *m_note;
};

} // namespace Sailau
