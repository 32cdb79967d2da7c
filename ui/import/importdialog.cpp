// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog: its pages in order, the files of the step, and the check or import run.
#include "importdialog.h"

#include "database.h"
#include "importcheckpage.h"
#include "importcolumnspage.h"
#include "importfilelist.h"
#include "importfilepage.h"
#include "importrunner.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Sailau {

using namespace Import;

ImportDialog::ImportDialog(Database *database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_runner(new ImportRunner(this))
{
    m_runner->setObjectName(QStringLiteral("importRunner"));
    setWindowTitle(tr("Import Results"));
    setObjectName(QStringLiteral("importDialog"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_fileList = new ImportFileList(this);
    layout->addWidget(m_fileList);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);
    m_filePage = new ImportFilePage(m_pages);
    m_pages->addWidget(m_filePage);
    m_columnsPage = new ImportColumnsPage(m_filePage, m_pages);
    m_pages->addWidget(m_columnsPage);
    m_checkPage = new ImportCheckPage(m_pages);
    m_pages->addWidget(m_checkPage);
    buildButtons(layout);

    connect(m_fileList, &ImportFileList::fileSelected, this, &ImportDialog::selectFile);
    connect(m_fileList, &ImportFileList::addRequested, this, &ImportDialog::addFiles);
    connect(m_fileList, &ImportFileList::removeRequested, this, &ImportDialog::removeFile);
    connect(m_filePage, &ImportFilePage::filesChosen, this, &ImportDialog::setFiles);
    connect(m_filePage, &ImportFilePage::previewRead, this, &ImportDialog::updateButtons);
    connect(m_columnsPage, &ImportColumnsPage::stateChanged, this, &ImportDialog::updateButtons);
    connect(m_checkPage, &ImportCheckPage::recheckRequested, this, &ImportDialog::recheck);
    connect(m_checkPage, &ImportCheckPage::choicesChanged, this, [this] {
        m_checkedChoicesStale = true;
        updateButtons();
    });
    connect(m_runner, &ImportRunner::progress, m_checkPage, &ImportCheckPage::showProgress);
    connect(m_runner, &ImportRunner::finished, this, &ImportDialog::runFinished);

    resize(1000, 680);
    restoreGeometry(QSettings().value(QStringLiteral("import/geometry")).toByteArray());
    showPage(FilePage);
}

ImportDialog::~ImportDialog()
{
    QSettings().setValue(QStringLiteral("import/geometry"), saveGeometry());
}

void ImportDialog::buildButtons(QVBoxLayout *layout)
{
    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_importValid = new QPushButton(this);
    m_importValid->setObjectName(QStringLiteral("importValidButton"));
    m_importValid->setToolTip(tr("Leave out each race with errors whole, with all its rows, and import the others. "
                                 "The rows left out are saved beside the file, to fix and import later."));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_next->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_importValid);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &ImportDialog::back);
    connect(m_next, &QPushButton::clicked, this, &ImportDialog::next);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_importValid, &QPushButton::clicked, this, &ImportDialog::startImportValid);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::reject);
}

void ImportDialog::setFile(const QString &path)
{
    setFiles({path});
}

QString ImportDialog::file() const
{
    return m_filePage->file();
}

ImportDialog::Page ImportDialog::page() const
{
    return Page(m_pages->currentIndex());
}

void ImportDialog::addFiles()
{
    if (m_running)
        return;
    QSettings settings;
    const QString start = settings.value(QStringLiteral("import/folder"), QDir::homePath()).toString();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Files to Import Together"), start,
        tr("Tables (*.csv *.tsv *.txt *.xlsx);;CSV and text (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(paths.constFirst()).absolutePath());
    setFiles(files() + paths);
}

void ImportDialog::removeFile()
{
    if (m_running || m_files.size() < 2 || m_currentFile < 0)
        return;
    QStringList paths = files();
    paths.removeAt(m_currentFile);
    setFiles(paths);
}

QStringList ImportDialog::files() const
{
    QStringList paths;
    for (int i = 0; i < m_files.size(); ++i)
        paths.append(i == m_currentFile ? file() : m_files.at(i).path);
    if (paths.isEmpty() && !file().isEmpty())
        paths.append(file());
    return paths;
}

void ImportDialog::setFiles(const QStringList &paths)
{
    if (m_running)
        return;
    storeCurrentFile();
    // A file already in the list keeps what was chosen for it.
    QList<FileState> states;
    for (const QString &path : paths) {
        const QString clean = QDir::fromNativeSeparators(path);
        auto same = std::find_if(m_files.cbegin(), m_files.cend(), [&clean](const FileState &f) { return f.path == clean; });
        if (std::any_of(states.cbegin(), states.cend(), [&clean](const FileState &f) { return f.path == clean; }))
            continue;
        FileState state = same != m_files.cend() ? *same : FileState();
        state.path = clean;
        states.append(state);
    }
    m_files = states;
    m_currentFile = -1;
    m_reports.clear();
    m_report = ImportReport();
    m_checkPage->clearTerritories();
    fillFileList();
    if (!m_files.isEmpty())
        selectFile(0);
    else
        m_filePage->clearFile();
    showPage(FilePage);
}

void ImportDialog::fillFileList()
{
    QStringList paths;
    for (const FileState &f : std::as_const(m_files))
        paths.append(f.path);
    m_fileList->fill(paths, m_reports, m_currentFile);
}

// What the pages show now is the file's: kept before another file is shown or the files checked.
void ImportDialog::storeCurrentFile()
{
    if (m_currentFile < 0 || m_currentFile >= m_files.size())
        return;
    FileState &f = m_files[m_currentFile];
    f.path = file();
    if (!m_filePage->header().isEmpty()) {
        f.mapping = currentMapping();
        f.mapped = true;
    }
}

void ImportDialog::selectFile(int index)
{
    if (index < 0 || index >= m_files.size() || index == m_currentFile || m_running)
        return;
    storeCurrentFile();
    m_currentFile = index;
    const FileState &f = m_files.at(index);
    m_filePage->setFile(f.path);
    m_filePage->restoreReadingOptions(f.mapped ? f.mapping : m_columnsPage->baseMapping(), f.mapped);
    m_filePage->readPreview();
    if (f.mapped)
        m_columnsPage->showFileMapping(f.mapping);
    else
        m_columnsPage->matchColumns();
    m_columnsPage->updateState();
    m_fileList->setCurrent(index);
}

Mapping ImportDialog::currentMapping() const
{
    return m_columnsPage->currentMapping();
}

void ImportDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    switch (page) {
    case FilePage: m_title->setText(tr("1. The file")); break;
    case ColumnsPage: m_title->setText(tr("2. What the columns hold")); break;
    case CheckPage: m_title->setText(tr("3. Check and import")); break;
    }
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const Page p = page();
    m_back->setEnabled(p != FilePage && !m_running);
    const bool fileOk = !m_filePage->header().isEmpty();
    const bool columnsOk = m_columnsPage->isReady();
    m_next->setVisible(p != CheckPage);
    m_next->setEnabled(!m_running && ((p == FilePage && fileOk) || (p == ColumnsPage && columnsOk)));
    m_import->setVisible(p == CheckPage);
    const bool checked = !m_runIsImport && m_report.dryRun && m_report.ok && !m_checkedChoicesStale
        && m_checkPage->undecided() == 0;
    const bool leavesOut = !m_report.leftOut.isEmpty();
    m_import->setEnabled(p == CheckPage && !m_running && checked && !leavesOut && !m_database->isReadOnly());
    m_importValid->setVisible(p == CheckPage && checked && leavesOut);
    m_importValid->setEnabled(!m_running && !m_database->isReadOnly());
    if (leavesOut)
        m_importValid->setText(tr("Import the %n valid race(s) and leave out %1", nullptr, m_report.summary.races)
                                   .arg(tr("%n row(s)", nullptr, int(std::min<qint64>(m_report.summary.rowsLeftOut, INT_MAX)))));
    m_import->setDefault(p == CheckPage);
    m_next->setDefault(p != CheckPage);
    m_checkPage->setRunning(m_running);
    m_cancel->setText(m_running ? tr("&Stop") : m_imported ? tr("Close") : tr("Cancel"));
}

void ImportDialog::next()
{
    if (page() == FilePage) {
        if (m_filePage->header().isEmpty())
            return;
        m_columnsPage->matchColumns();
        m_columnsPage->updateState();
        showPage(ColumnsPage);
        m_columnsPage->focusColumns();
    } else if (page() == ColumnsPage) {
        showPage(CheckPage);
        startRun(true);
    }
}

void ImportDialog::back()
{
    if (m_running)
        return;
    if (page() == CheckPage)
        showPage(ColumnsPage);
    else if (page() == ColumnsPage)
        showPage(FilePage);
}

void ImportDialog::recheck()
{
    startRun(true);
}

void ImportDialog::startImportValid()
{
    if (m_running || !m_report.ok || m_report.leftOut.isEmpty())
        return;
    m_skipInvalid = true;
    startImport();
}

void ImportDialog::startImport()
{
    if (m_running || !m_report.ok)
        return;
    if (!m_report.earlierBatches.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Import Again?"),
            tr("This file (the same SHA-256) was imported before, as import %1. Importing it again adds nothing "
               "new for the races it already gave, but makes a second import to undo. Import it again?")
                .arg(m_report.earlierBatches.constLast()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    startRun(false);
}

// The options of each file of the step for a check (dryRun) or an import.
QList<ImportOptions> ImportDialog::runOptions(bool dryRun)
{
    storeCurrentFile();
    if (m_files.isEmpty() && !file().isEmpty()) {
        FileState typed;
        typed.path = file();
        typed.mapping = currentMapping();
        typed.mapped = true;
        m_files.append(typed);
        m_currentFile = 0;
    }
    QList<ImportOptions> files;
    for (const FileState &f : std::as_const(m_files)) {
        ImportOptions options;
        options.path = f.path;
        // A file whose columns were never shown: matched by their names, as the command line does.
        options.mapping = f.mapped ? f.mapping : m_columnsPage->baseMapping();
        options.dryRun = dryRun;
        options.territoryChoices = m_checkPage->territoryChoices();
        // A check also tells what leaving out the races with errors would import; an import leaves
        // them out only when asked.
        options.skipInvalid = dryRun || m_skipInvalid;
        files.append(options);
    }
    return files;
}

void ImportDialog::startRun(bool dryRun)
{
    if (m_running || !m_database)
        return;
    const QList<ImportOptions> files = runOptions(dryRun);
    if (files.isEmpty())
        return;
    m_skipInvalid = false;
    m_running = true;
    m_runIsImport = !dryRun;
    m_checkedChoicesStale = false;
    QStringList names;
    for (const ImportOptions &o : files)
        names.append(QFileInfo(o.path).fileName());
    const QString name = names.join(QStringLiteral(", "));
    m_checkPage->showStarted(dryRun ? tr("Checking %1…").arg(name)
                             : files.size() > 1
                                 ? tr("Importing %1 together in one transaction: Stop leaves the database as it was.").arg(name)
                                 : tr("Importing %1 in one transaction: Stop leaves the database as it was.").arg(name));
    updateButtons();
    m_runner->start(m_database->path(), files);
}

void ImportDialog::runFinished(const ImportReport &last)
{
    m_running = false;
    if (m_runner->damageFound() && !last.problems.isEmpty())
        emit damageFound(last.problems.constFirst().message);
    const bool wasImport = m_runIsImport;
    m_reports = m_runner->reports();
    if (m_reports.isEmpty())
        m_reports.append(last);
    const ImportReport report = ImportCheckPage::combined(m_reports, m_files.size());
    const bool several = m_reports.size() > 1 || m_files.size() > 1;
    m_report = report;
    fillFileList();
    // Written: whole, or without the races that have errors (the dialog then stays up to say where
    // the rows left out went).
    if (wasImport && !report.cancelled) {
        if (report.ok && !report.leftOut.isEmpty())
            m_imported = true;
        else if (report.errors() == 0)
            m_imported = report.ok;
    }
    m_checkPage->showReport(report, m_reports, several, wasImport);
    updateButtons();
    if (wasImport) {
        emit importFinished(report.ok);
        if (report.ok && report.leftOut.isEmpty())
            accept();
    } else {
        emit checkFinished();
    }
}

void ImportDialog::reject()
{
    if (m_imported && !m_running) {
        accept(); // Close after an import that left rows out
        return;
    }
    if (m_running) {
        // Stop: the worker rolls the transaction back.
        m_checkPage->showStopping();
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Sailau
