// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace Sailau {

class Database;
class ImportCheckPage;
class ImportColumnsPage;
class ImportFileList;
class ImportFilePage;
class ImportRunner;

// File → Import: a file analysts received, read with options they can change (live preview),
// its columns mapped to Sailau's fields (presets), its territory names matched, a check that
// lists every problem with its line and column, then the import in one transaction. Several files
// (a races file and a candidates file of the same election, say) are chosen together, or dropped
// together: each is read and mapped on its own, the check covers them all (each file seeing the
// ones before it), and they are imported in one transaction, all or none.
//
// The dialog leads through its pages (ImportFilePage, ImportColumnsPage, ImportCheckPage), keeps
// what was chosen for each file of the step (ImportFileList shows them) and runs the check or the
// import (ImportRunner). Its parts are found by object name (QObject::findChild): "importFiles",
// "importPath", "detectedLabel", "readWarnings", "previewView", "previewModel", "presetCombo",
// "mappingView", "mappingModel", "listsComplete", "columnsState", "importSummary", "problemView",
// "problemModel", "territoryIssueView", "territoryIssueModel", "backButton", "nextButton",
// "importValidButton", "importButton", "cancelButton", "importRunner".
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { FilePage, ColumnsPage, CheckPage };

    explicit ImportDialog(Database *database, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &path);
    // Several files, imported in one step in this order.
    void setFiles(const QStringList &paths);
    // The file shown on the file and columns pages.
    QString file() const;
    QStringList files() const;
    // The file shown: its reading options and columns are on the first two pages.
    void selectFile(int index);
    // The reports of the last check or import, one per file read (report() sums them up).
    const QList<Import::ImportReport> &reports() const { return m_reports; }
    Page page() const;

    // The last check or import.
    const Import::ImportReport &report() const { return m_report; }
    bool imported() const { return m_imported; }
    Import::Mapping currentMapping() const;

public slots:
    void next();
    void back();
    void startImport();
    void startImportValid();
    void recheck();
    void reject() override;

signals:
    void checkFinished();
    void importFinished(bool ok);
    // The run found the database file damaged: detail says how.
    void damageFound(const QString &detail);

private:
    struct FileState
    {
        QString path;
        Import::Mapping mapping;   // reading options, columns and defaults, once the file was shown
        bool mapped = false;
    };
    void buildButtons(QVBoxLayout *layout);
    void storeCurrentFile();
    void fillFileList();
    void addFiles();
    void removeFile();
    void startRun(bool dryRun);
    QList<Import::ImportOptions> runOptions(bool dryRun);
    void runFinished(const Import::ImportReport &report);
    void showPage(Page page);
    void updateButtons();

    Database *m_database;
    Import::ImportReport m_report;
    QList<Import::ImportReport> m_reports;
    QList<FileState> m_files;
    int m_currentFile = -1;
    bool m_imported = false;
    bool m_running = false;
    bool m_runIsImport = false;
    bool m_skipInvalid = false;           // the import leaves out the races with errors
    bool m_checkedChoicesStale = false;

    QStackedWidget *m_pages;
    QLabel *m_title;
    ImportFileList *m_fileList;
    ImportFilePage *m_filePage;
    ImportColumnsPage *m_columnsPage;
    ImportCheckPage *m_checkPage;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_import;
    QPushButton *m_importValid;
    QPushButton *m_cancel;
    ImportRunner *m_runner;
};

} // namespace Sailau
