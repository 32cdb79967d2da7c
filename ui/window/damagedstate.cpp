// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's damaged state: the panel in place of the races, and the backup restored.
#include "damagedstate.h"

#include "damagedpanel.h"
#include "database.h"
#include "databasehealth.h"
#include "mainwindow.h"
#include "mainwindowtext.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace Sailau {

DamagedState::DamagedState(MainWindow *window, QStackedWidget *central, DatabaseHealth *health)
    : QObject(window)
    , m_window(window)
    , m_central(central)
    , m_health(health)
    , m_panel(new DamagedPanel(central))
{
    setObjectName(QStringLiteral("damagedState"));
    m_central->addWidget(m_panel);
}

bool DamagedState::isShown() const
{
    return m_central->currentWidget() == m_panel;
}

void DamagedState::retire(std::unique_ptr<Database> database)
{
    m_retired = std::move(database);
}

void DamagedState::releaseRetired()
{
    m_retired.reset();
}

// Browsing and charts have nothing to work on; writing is refused (no database to write to).
void DamagedState::enableMenus(bool enabled)
{
    for (const char *name : {"editMenu", "chartsMenu"}) {
        if (auto *menu = m_window->findChild<QMenu *>(QString::fromLatin1(name)))
            menu->menuAction()->setEnabled(enabled);
    }
}

void DamagedState::show(const QList<QWidget *> &parts)
{
    m_panel->display(*m_health);
    if (!isShown()) {
        m_hidden.clear();
        for (QWidget *part : parts) {
            if (part->isVisible() || !m_window->isVisible())
                m_hidden.append(part);
            part->hide();
        }
        m_central->setCurrentWidget(m_panel);
    }
    enableMenus(false);
}

void DamagedState::leave()
{
    if (!isShown())
        return;
    m_central->setCurrentWidget(m_central->widget(0));
    for (QWidget *part : std::as_const(m_hidden))
        part->show();
    m_hidden.clear();
    enableMenus(true);
}

bool DamagedState::restoreBackup(bool ask)
{
    if (!m_health->isDamaged() || m_health->backupPath().isEmpty())
        return false;
    const QString path = m_health->path();
    const QString backup = m_health->backupPath();
    const QString aside = path + QStringLiteral(".damaged-")
                          + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (ask) {
        const auto answer = QMessageBox::question(
            m_window, MainWindowText::tr("Restore the Backup"),
            MainWindowText::tr("Put the backup copy %1 in the place of %2?\n\nThe damaged file is kept as %3. Imports made after "
                               "the backup was taken are not in it.")
                .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(path), QFileInfo(aside).fileName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    m_retired.reset();   // the damaged file is closed before it is moved
    const auto fail = [this, ask](const QString &message) {
        if (ask)
            QMessageBox::warning(m_window, MainWindowText::tr("Restore the Backup"), message);
        else
            qWarning("%s", qPrintable(message));
        return false;
    };
    if (!QFile::rename(path, aside))
        return fail(MainWindowText::tr("%1 could not be moved aside: check that you may write to its folder.")
                        .arg(QDir::toNativeSeparators(path)));
    // A journal of the damaged file belongs to it, not to the backup.
    const QString journal = path + QStringLiteral("-journal");
    if (QFile::exists(journal))
        QFile::rename(journal, aside + QStringLiteral("-journal"));
    if (!QFile::copy(backup, path)) {
        QFile::rename(aside, path);
        return fail(MainWindowText::tr("The backup %1 could not be copied to %2.")
                        .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(path)));
    }
    QFile(path).setPermissions(QFile(path).permissions() | QFileDevice::WriteOwner);
    QString error;
    if (!m_window->openFile(path, &error)) {
        if (!m_health->isDamaged())
            return fail(error);
        return false;
    }
    m_window->statusBar()->showMessage(MainWindowText::tr("Restored the backup %1; the damaged file is kept as %2.")
                                           .arg(QFileInfo(backup).fileName(), QFileInfo(aside).fileName()),
                                       15000);
    return true;
}

} // namespace Sailau
