// SPDX-License-Identifier: GPL-3.0-or-later
// The File menu's database actions: open another database, create a new one, load the sample.
#include "databaseactions.h"

#include "database.h"
#include "databasehealth.h"
#include "datasetloader.h"
#include "format.h"
#include "mainwindow.h"
#include "mainwindowtext.h"
#include "recentmenu.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace Sailau {

DatabaseActions::DatabaseActions(MainWindow *window, DatabaseHealth *health)
    : QObject(window)
    , m_window(window)
    , m_health(health)
{
    setObjectName(QStringLiteral("databaseActions"));
}

QAction *DatabaseActions::addOpenActions(QMenu *file)
{
    QAction *open = file->addAction(MainWindowText::tr("&Open Database…"), this, &DatabaseActions::openDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("actionOpen"));
    QAction *create = file->addAction(MainWindowText::tr("&New Database…"), this, &DatabaseActions::newDatabase);
    create->setShortcut(QKeySequence::New);
    create->setObjectName(QStringLiteral("actionNew"));
    return create;
}

void DatabaseActions::addSampleAction(QMenu *file)
{
    m_loadSample = file->addAction(MainWindowText::tr("Load the Bundled &Sample"), this, &DatabaseActions::loadSample);
    m_loadSample->setObjectName(QStringLiteral("actionLoadSample"));
}

void DatabaseActions::setSampleEnabled(bool enabled)
{
    m_loadSample->setEnabled(enabled);
}

void DatabaseActions::openDatabase()
{
    const Database *current = m_window->database();
    const QString start = current ? QFileInfo(current->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(m_window, MainWindowText::tr("Open Sailau Database"), start,
                                                      MainWindowText::tr("Sailau databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    // A damaged file is shown as such in the window itself.
    if (!m_window->openFile(path, &error) && !m_health->isDamaged())
        QMessageBox::warning(m_window, MainWindowText::tr("Cannot Open Database"), error);
}

void DatabaseActions::newDatabase()
{
    const Database *current = m_window->database();
    const QString start = current ? QFileInfo(current->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(m_window, MainWindowText::tr("New Sailau Database"),
                                                      QDir(start).filePath(MainWindowText::tr("elections.sqlite")),
                                                      MainWindowText::tr("Sailau databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(m_window, MainWindowText::tr("Cannot Create Database"),
                             MainWindowText::tr("%1 already exists. Open it with File → Open Database, or choose another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString message;
    auto db = DatasetLoader::openOrCreate(path, false, &message);
    if (!db) {
        QMessageBox::warning(m_window, MainWindowText::tr("Cannot Create Database"), message);
        return;
    }
    m_window->setDatabase(std::move(db));
    RecentMenu::remember(path);
}

void DatabaseActions::loadSample()
{
    Database *database = m_window->database();
    if (!database)
        return;
    const DatasetLoader::Result result = DatasetLoader::loadSample(*database);
    if (!result.ok) {
        QMessageBox::warning(m_window, MainWindowText::tr("Cannot Load the Sample"), result.error);
        return;
    }
    emit sampleLoaded();
    m_window->statusBar()->showMessage(MainWindowText::tr("Loaded the sample: %1 races, %2 candidates.")
                                           .arg(Format::count(result.races), Format::count(result.candidates)),
                                       8000);
}

} // namespace Sailau
