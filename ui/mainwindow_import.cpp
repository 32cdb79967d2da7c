// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's import: File → Import, a file dropped onto the window, File → Import History.
#include "mainwindow.h"

#include "databasehealth.h"
#include "format.h"
#include "importdialog.h"
#include "importhistorydialog.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>

namespace Sailau {

namespace {

bool isTableFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt")
        || suffix == QLatin1String("xlsx");
}

QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() && isTableFile(url.toLocalFile()) ? url.toLocalFile() : QString();
}

} // namespace

void MainWindow::createImportActions(QMenu *file)
{
    m_importAction = file->addAction(tr("&Import Results…"), this, [this] { importFile(); });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_importAction->setStatusTip(tr("Import a CSV or XLSX file of results; you can also drop one onto the window"));
    m_historyAction = file->addAction(tr("Import &History…"), this, &MainWindow::showImportHistory);
    m_historyAction->setObjectName(QStringLiteral("actionImportHistory"));
    m_historyAction->setStatusTip(tr("List the imports of this database and undo one"));
}

void MainWindow::updateImportActions()
{
    const bool writable = m_database && !m_database->isReadOnly();
    if (m_importAction) {
        m_importAction->setEnabled(writable);
        m_importAction->setToolTip(writable ? QString()
                                   : m_health->isDamaged()
                                       ? tr("The database file is damaged: nothing can be imported into it.")
                                       : tr("The database is read-only: nothing can be imported into it."));
    }
    if (m_historyAction)
        m_historyAction->setEnabled(m_database != nullptr);
    if (m_exportTableAction)
        m_exportTableAction->setEnabled(m_database != nullptr);
}

void MainWindow::importFile(const QString &path)
{
    if (!m_database || m_database->isReadOnly())
        return;
    ImportDialog dialog(m_database.get(), this);
    if (!path.isEmpty())
        dialog.setFile(path);
    // The import checks the file again before it writes: damage found there is the window's too.
    connect(&dialog, &ImportDialog::damageFound, m_health,
            [this](const QString &detail) { m_health->reportDamage(m_health->path(), detail); });
    if (dialog.exec() != QDialog::Accepted || !dialog.imported() || !m_database)
        return;
    const Import::ImportReport &report = dialog.report();
    reloadAll();
    if (!report.summary.days.isEmpty())
        selectDay(QDate::fromString(report.summary.days.constLast(), Qt::ISODate));
    statusBar()->showMessage(tr("Imported %1: %2 races (%3 new), %4 candidates. File → Import History can undo it.")
                                 .arg(report.fileName, Format::count(report.summary.races),
                                      Format::count(report.summary.racesNew), Format::count(report.summary.candidatesNew)),
                             15000);
}

void MainWindow::showImportHistory()
{
    if (!m_database)
        return;
    ImportHistoryDialog dialog(m_database.get(), this);
    bool changed = false;
    connect(&dialog, &ImportHistoryDialog::undone, this, [&changed] { changed = true; });
    dialog.exec();
    if (changed)
        reloadAll();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty() && m_database && !m_database->isReadOnly())
        event->acceptProposedAction();
    else
        QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    // After the drop has finished, not inside it.
    QMetaObject::invokeMethod(this, [this, path] { importFile(path); }, Qt::QueuedConnection);
}

} // namespace Sailau
