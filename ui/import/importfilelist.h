// SPDX-License-Identifier: GPL-3.0-or-later
// The files of one import step, as the import dialog lists them above its pages.
#pragma once

#include "importer.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Sailau {

// The files of one step: shown when there are several, each with what its check found; the one
// selected is the one the file and columns pages show. Add Files and Remove ask the dialog.
class ImportFileList : public QWidget
{
    Q_OBJECT
public:
    explicit ImportFileList(QWidget *parent = nullptr);

    // The files in their order, each with its report when the last check or import read it, and
    // the one shown now (or -1).
    void fill(const QStringList &paths, const QList<Import::ImportReport> &reports, int current);
    // Selects the row without telling.
    void setCurrent(int index);

signals:
    void fileSelected(int index);
    void addRequested();
    void removeRequested();

private:
    QListWidget *m_list;
    QPushButton *m_remove;
};

} // namespace Sailau
