// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
template<typename T>
class QFutureWatcher;

namespace Sailau {

class Database;
class MappingModel;
class PreviewModel;
class ProblemModel;
class TerritoryIssueModel;

// Runs the import pipeline on a worker thread (QtConcurrent::run) with its own database connection, reporting
// progress, and stops when asked (the transaction is rolled back).
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;
    void start(const QString &databasePath, const Import::ImportOptions &options);
    // Several files in one step (Importer::runAll): one transaction, all or nothing.
    void start(const QString &databasePath, const QList<Import::ImportOptions> &files);
    // The reports of the last run, one per file read.
    const QList<Import::ImportReport> &reports() const { return m_reports; }
    void cancel();
    bool isRunning() const;
    // Waits until the run has ended (for closing and tests).
    void wait();
    // Whether the last run found the database file damaged (its check before writing).
    bool damageFound() const { return m_damage; }

signals:
    void progress(qint64 done, qint64 total);
    // report: the last file's (reports() has them all).
    void finished(const Sailau::Import::ImportReport &report);

private:
    struct Run
    {
        QList<Import::ImportReport> reports;
        bool damage = false;
    };
    QList<Import::ImportReport> m_reports;
    QFutureWatcher<Run> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_damage = false;
};

// File → Import: a file analysts received, read with options they can change (live preview),
// its columns mapped to Sailau's fields (presets), its territory names matched, a check that
// lists every problem with its line and column, then the import in one transaction. Several files
// (a races file and a candidates file of the same election, say) are chosen together, or dropped
// together: each is read and mapped on its own, the check covers them all (each file seeing the
// ones before it), and they are imported in one transaction, all or none.
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
    QListWidget *fileList() const { return m_fileList; }
    Page page() const;

    // The last check or import.
    const Import::ImportReport &report() const { return m_report; }
    bool imported() const { return m_imported; }
    Import::Mapping currentMapping() const;

    PreviewModel *previewModel() const { return m_preview; }
    MappingModel *mappingModel() const { return m_mapping; }
    TerritoryIssueModel *territoryModel() const { return m_territories; }
    ProblemModel *problemModel() const { return m_problems; }
    QComboBox *presetCombo() const { return m_presetCombo; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *importButton() const { return m_import; }
    // "Import the N valid races and leave out M rows": shown when the check finds races with errors.
    QPushButton *importValidButton() const { return m_importValid; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *warningLabel() const { return m_warnings; }
    QLabel *detectedLabel() const { return m_detected; }
    ImportRunner *runner() const { return m_runner; }

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
    void buildFileList(QWidget *parent);
    void storeCurrentFile();
    void fillFileList();
    void addFiles();
    void removeFile();
    Import::ImportReport combined(const QList<Import::ImportReport> &reports) const;
    void buildFilePage();
    void buildColumnsPage();
    void buildCheckPage();
    void browse();
    void readPreview();
    void applyPreset(int index);
    void savePreset();
    void deletePreset();
    void updateColumnsState();
    void startRun(bool dryRun);
    void runFinished(const Import::ImportReport &report);
    void showPage(Page page);
    void updateButtons();
    void fillPresets(const QString &select = {});
    Import::Mapping readingOptions() const;

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
    Import::Mapping m_baseMapping;        // the preset (or nothing) the columns start from

    QStackedWidget *m_pages;
    QLabel *m_title;
    // The files of the step (shown when there are several).
    QWidget *m_filesBox;
    QListWidget *m_fileList;
    QPushButton *m_removeFile;
    // File page.
    QLineEdit *m_path;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_decimal;
    QSpinBox *m_headerRow;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QLabel *m_detected;
    QLabel *m_warnings;
    QTableView *m_previewView;
    PreviewModel *m_preview;
    // Columns page.
    QComboBox *m_presetCombo;
    QTableView *m_mappingView;
    MappingModel *m_mapping;
    QCheckBox *m_useDate;
    QDateEdit *m_date;
    QComboBox *m_level;
    QLineEdit *m_source;
    QCheckBox *m_listsComplete;
    QLabel *m_columnsState;
    // Check page.
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_summary;
    QTabWidget *m_results;
    QTableView *m_problemView;
    QTableView *m_territoryView;
    ProblemModel *m_problems;
    TerritoryIssueModel *m_territories;
    QPushButton *m_recheck;
    // Buttons.
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_import;
    QPushButton *m_importValid;
    QPushButton *m_cancel;
    ImportRunner *m_runner;
    QList<QStringList> m_sampleRows;
    QStringList m_header;
};

} // namespace Sailau
