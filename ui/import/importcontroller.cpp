// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "database.h"
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

namespace Sailau {

namespace {

bool isTableFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt")
        || suffix == QLatin1String("xlsx");
}

// The tables dropped (several are imported together), or none when anything else is among them.
QStringList droppedFiles(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile() || !isTableFile(url.toLocalFile()))
            return {};
        paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

ImportController::ImportController(QWidget *window, DatabaseHealth *health, DatabaseSource database)
    : QObject(window)
    , m_window(window)
    , m_health(health)
    , m_database(std::move(database))
{
    setObjectName(QStringLiteral("importController"));
    window->setAcceptDrops(true);   // a file dropped onto the window is imported
    window->installEventFilter(this);
}

void ImportController::addActions(QMenu *file)
{
    m_import = file->addAction(tr("&Import Results…"), this, [this] { importFile(); });
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setObjectName(QStringLiteral("actionImport"));
    m_import->setStatusTip(tr("Import CSV or XLSX files of results (several are imported together); you can also drop them onto the window"));
    m_history = file->addAction(tr("Import &History…"), this, &ImportController::showHistory);
    m_history->setObjectName(QStringLiteral("actionImportHistory"));
    m_history->setStatusTip(tr("List the imports of this database and undo one"));
}

bool ImportController::writable() const
{
    const Database *db = m_database();
    return db && !db->isReadOnly() && !m_health->isDamaged();
}

void ImportController::update()
{
    const bool canWrite = writable();
    if (m_import) {
        m_import->setEnabled(canWrite);
        m_import->setToolTip(canWrite ? QString()
                             : m_health->isDamaged()
                                 ? tr("The database file is damaged: nothing can be imported into it.")
                                 : tr("The database is read-only: nothing can be imported into it."));
    }
    if (m_history)
        m_history->setEnabled(m_database() != nullptr && !m_health->isDamaged());
}

void ImportController::importFile(const QString &path)
{
    importFiles(path.isEmpty() ? QStringList() : QStringList{path});
}

void ImportController::importFiles(const QStringList &paths)
{
    if (!writable())
        return;
    ImportDialog dialog(m_database(), m_window);
    if (!paths.isEmpty())
        dialog.setFiles(paths);
    // The import checks the file again before it writes: damage found there is the window's too.
    connect(&dialog, &ImportDialog::damageFound, m_health,
            [this](const QString &detail) { m_health->reportDamage(m_health->path(), detail); });
    if (dialog.exec() != QDialog::Accepted || !dialog.imported() || !m_database())
        return;
    const Import::ImportReport &report = dialog.report();
    emit databaseChanged(report.summary.days.isEmpty()
                             ? QDate()
                             : QDate::fromString(report.summary.days.constLast(), Qt::ISODate));
    if (report.summary.publishedFigures > 0)
        emit message(tr("Imported %1: %Ln published figure(s), shown in the summary. File → Import History can undo it.",
                        nullptr, report.summary.publishedFigures)
                         .arg(report.fileName),
                     15000);
    else if (dialog.reports().size() > 1)
        emit message(tr("Imported %1 together: %2 new races, %3 candidates. File → Import History can undo them.")
                         .arg(report.fileName, Format::count(report.summary.racesNew),
                              Format::count(report.summary.candidatesNew)),
                     15000);
    else
        emit message(tr("Imported %1: %2 races (%3 new), %4 candidates. File → Import History can undo it.")
                         .arg(report.fileName, Format::count(report.summary.races),
                              Format::count(report.summary.racesNew), Format::count(report.summary.candidatesNew)),
                     15000);
}

void ImportController::showHistory()
{
    Database *db = m_database();
    if (!db || m_health->isDamaged())
        return;
    ImportHistoryDialog dialog(db, m_window);
    bool changed = false;
    connect(&dialog, &ImportHistoryDialog::undone, this, [&changed] { changed = true; });
    dialog.exec();
    if (changed && m_database())
        emit databaseChanged(QDate());
}

bool ImportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!droppedFiles(drag->mimeData()).isEmpty() && writable()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = droppedFiles(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            // After the drop has finished, not inside it.
            QMetaObject::invokeMethod(this, [this, paths] { importFiles(paths); }, Qt::QueuedConnection);
            return true;
        }
    }
    return false;
}

} // namespace Sailau
