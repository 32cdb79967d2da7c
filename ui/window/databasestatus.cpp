// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's title and status bar, naming the database open and counting what it holds.
#include "databasestatus.h"

#include "database.h"
#include "databasehealth.h"
#include "format.h"
#include "mainwindowtext.h"
#include "racetablemodel.h"
#include "store.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

namespace Sailau {

DatabaseStatus::DatabaseStatus(QMainWindow *window, DatabaseHealth *health)
    : QObject(window)
    , m_window(window)
    , m_health(health)
{
    setObjectName(QStringLiteral("databaseStatus"));
    m_fileLabel = new QLabel(window);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(window);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    window->statusBar()->addWidget(m_fileLabel, 1);
    window->statusBar()->addPermanentWidget(m_countLabel);
}

std::optional<DatabaseCounts> DatabaseStatus::showStatus(const Database *database, const RaceTableModel &races)
{
    if (!database) {
        m_fileLabel->setText(m_health->isDamaged()
                                 ? MainWindowText::tr("Damaged database: %1").arg(QDir::toNativeSeparators(m_health->path()))
                                 : MainWindowText::tr("No database open"));
        m_countLabel->clear();
        return std::nullopt;
    }
    QString file = MainWindowText::tr("Database: %1").arg(QDir::toNativeSeparators(database->path()));
    if (database->isReadOnly())
        file += QStringLiteral(" — ") + MainWindowText::tr("read-only (%1)").arg(database->readOnlyReason());
    m_fileLabel->setText(file);
    const DatabaseCounts counts = Store(database->connection()).counts();
    // While a large day is read: nothing to count yet, or (its first page shown) the count is known.
    const QString shown = races.isLoading() && races.rowCount() == 0
                              ? MainWindowText::tr("reading races…")
                              : MainWindowText::tr("%1 shown").arg(Format::count(races.rowCount()));
    m_countLabel->setText(MainWindowText::tr("%1 · %2 races · %3 candidates · %4 territories")
                              .arg(shown, Format::count(counts.races),
                                   Format::count(counts.candidates), Format::count(counts.territories)));
    return counts;
}

void DatabaseStatus::showTitle(const Database *database)
{
    if (!database) {
        if (m_health->isDamaged()) {
            m_window->setWindowTitle(MainWindowText::tr("%1 [damaged] — Sailau").arg(QFileInfo(m_health->path()).fileName()));
            m_window->setWindowFilePath(m_health->path());
        } else {
            m_window->setWindowTitle(MainWindowText::tr("Sailau"));
        }
        return;
    }
    QString title = MainWindowText::tr("%1 — Sailau").arg(QFileInfo(database->path()).fileName());
    if (database->isReadOnly())
        title = MainWindowText::tr("%1 [read-only] — Sailau").arg(QFileInfo(database->path()).fileName());
    m_window->setWindowTitle(title);
    m_window->setWindowFilePath(database->path());
}

} // namespace Sailau
