// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "appearance.h"

#include "database.h"
#include "detect.h"
#include "format.h"
#include "importmodels.h"
#include "tablereader.h"
#include "textcodec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QSet>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace Sailau {

using namespace Import;

namespace {

constexpr int PreviewRecords = 40;

// The field of a mapping row, chosen from a list.
class FieldDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(Fields::label(Field::Ignore), int(Field::Ignore));
        for (Field f : Fields::all())
            combo->addItem(Fields::label(f), int(f));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(MappingModel::FieldRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), MappingModel::FieldRole);
    }
};

// What to do with a territory name, chosen from the model's list of choices.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        for (const QVariant &choice : index.data(TerritoryIssueModel::ChoicesRole).toList()) {
            const QVariantList pair = choice.toList();
            combo->addItem(pair.value(0).toString(), pair.value(1));
        }
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const int at = combo->findData(index.data(TerritoryIssueModel::ChoiceIdRole));
        combo->setCurrentIndex(std::max(0, at));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), TerritoryIssueModel::ChoiceIdRole);
    }
};

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    view->setAccessibleName(name);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

} // namespace

// ---- ImportRunner -----------------------------------------------------------------------

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent)
{
}

ImportRunner::~ImportRunner()
{
    cancel();
    wait();
}

bool ImportRunner::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void ImportRunner::wait()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void ImportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

// The imports' own thread: a long import on Qt's global pool would hold up the painting the
// raster engine hands to that pool.
static QThreadPool *importPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    return &pool;
}

void ImportRunner::start(const QString &databasePath, const ImportOptions &options)
{
    start(databasePath, QList<ImportOptions>{options});
}

void ImportRunner::start(const QString &databasePath, const QList<ImportOptions> &files)
{
    wait();
    if (m_watcher)
        m_watcher->deleteLater();   // a run's watcher may still be delivering its result
    m_damage = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    const QPointer<ImportRunner> self(this);
    auto *watcher = new QFutureWatcher<Run>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (m_watcher != watcher)
            return;
        const Run run = watcher->result();
        m_damage = run.damage;
        m_reports = run.reports;
        emit finished(m_reports.value(m_reports.size() - 1));
    });
    watcher->setFuture(QtConcurrent::run(importPool(), [self, cancel, databasePath, files] {
        Run run;
        // A connection of the worker's own, opened and closed on this thread. The whole file is
        // checked again right before it is written: damage since it was opened (a failing disk,
        // another program) stops the import before it writes a row.
        OpenOptions open;
        open.create = false;
        open.quickCheck = true;
        OpenError error;
        QString message;
        auto db = Database::open(databasePath, open, &error, &message);
        run.damage = error == OpenError::Corrupt || error == OpenError::Truncated;
        if (!db) {
            Import::ImportReport report;
            Problem p;
            p.message = message;
            report.problems.append(p);
            report.errorCount = 1;
            report.fileName = QFileInfo(files.value(0).path).fileName();
            run.reports.append(report);
            return run;
        }
        // The runner waits for this work before it goes (wait() in its destructor), so `self`
        // is alive here; progress is queued to its thread.
        ImportRunner *runner = self.data();
        run.reports = Importer(*db).runAll(files,
            [runner](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(runner, [runner, done, total] { emit runner->progress(done, total); },
                                          Qt::QueuedConnection);
            },
            cancel.get());
        return run;
    }));
}

// ---- ImportDialog -----------------------------------------------------------------------

ImportDialog::ImportDialog(Database *database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_preview(new PreviewModel(this))
    , m_mapping(new MappingModel(this))
    , m_problems(new ProblemModel(this))
    , m_territories(new TerritoryIssueModel(this))
    , m_runner(new ImportRunner(this))
{
    setWindowTitle(tr("Import Results"));
    setObjectName(QStringLiteral("importDialog"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    buildFileList(this);
    layout->addWidget(m_filesBox);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);
    buildFilePage();
    buildColumnsPage();
    buildCheckPage();

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("< &Back"), this);
    m_next = new QPushButton(tr("&Next >"), this);
    m_import = new QPushButton(tr("&Import"), this);
    m_importValid = new QPushButton(this);
    m_importValid->setObjectName(QStringLiteral("importValidButton"));
    m_importValid->setToolTip(tr("Leave out each race with errors whole, with all its rows, and import the others. "
                                 "The rows left out are saved beside the file, to fix and import later."));
    m_cancel = new QPushButton(tr("Cancel"), this);
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
    connect(m_runner, &ImportRunner::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_runner, &ImportRunner::finished, this, &ImportDialog::runFinished);

    resize(1000, 680);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("import/geometry")).toByteArray());
    fillPresets(settings.value(QStringLiteral("import/preset")).toString());
    showPage(FilePage);
}

ImportDialog::~ImportDialog()
{
    QSettings().setValue(QStringLiteral("import/geometry"), saveGeometry());
}

// The files of one step: shown when there are several, each with what its check found; the one
// selected is the one the file and columns pages show.
void ImportDialog::buildFileList(QWidget *parent)
{
    m_filesBox = new QWidget(parent);
    auto *row = new QHBoxLayout(m_filesBox);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Files imported &together, in this order:"), m_filesBox);
    m_fileList = new QListWidget(m_filesBox);
    m_fileList->setObjectName(QStringLiteral("importFiles"));
    m_fileList->setAccessibleName(tr("Files to import together"));
    m_fileList->setMaximumHeight(m_fileList->fontMetrics().height() * 4 + 12);
    label->setBuddy(m_fileList);
    auto *labelColumn = new QVBoxLayout;
    labelColumn->addWidget(label);
    labelColumn->addStretch(1);
    row->addLayout(labelColumn);
    row->addWidget(m_fileList, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add Files…"), m_filesBox);
    m_removeFile = new QPushButton(tr("&Remove"), m_filesBox);
    buttons->addWidget(add);
    buttons->addWidget(m_removeFile);
    buttons->addStretch(1);
    row->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(m_removeFile, &QPushButton::clicked, this, &ImportDialog::removeFile);
    connect(m_fileList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            selectFile(row);
    });
    m_filesBox->hide();
}

void ImportDialog::buildFilePage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);

    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"), page);
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("A CSV, TSV or XLSX file"));
    fileLabel->setBuddy(m_path);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportDialog::readPreview);

    auto *options = new QGroupBox(tr("How the file is read (detected; change what is wrong)"), page);
    auto *form = new QHBoxLayout(options);
    auto addOption = [&](const QString &label, QWidget *widget) {
        auto *l = new QLabel(label, options);
        l->setBuddy(widget);
        form->addWidget(l);
        form->addWidget(widget);
    };
    m_encoding = new QComboBox(options);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("Windows-1251 (Cyrillic)"), QStringLiteral("windows-1251"));
    m_encoding->addItem(QStringLiteral("UTF-16 LE"), QStringLiteral("UTF-16LE"));
    m_encoding->addItem(QStringLiteral("UTF-16 BE"), QStringLiteral("UTF-16BE"));
    addOption(tr("&Encoding:"), m_encoding);
    m_delimiter = new QComboBox(options);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar |"), QStringLiteral("|"));
    addOption(tr("&Delimiter:"), m_delimiter);
    m_decimal = new QComboBox(options);
    m_decimal->addItem(tr("Detect"), QString());
    m_decimal->addItem(tr("Point 62.79"), QStringLiteral("."));
    m_decimal->addItem(tr("Comma 62,79"), QStringLiteral(","));
    addOption(tr("Decimal &separator:"), m_decimal);
    m_headerRow = new QSpinBox(options);
    m_headerRow->setRange(0, 1000);
    m_headerRow->setSpecialValueText(tr("Detect"));
    m_headerRow->setAccessibleName(tr("Header row"));
    addOption(tr("&Header row:"), m_headerRow);
    m_sheet = new QComboBox(options);
    m_sheetLabel = new QLabel(tr("S&heet:"), options);
    m_sheetLabel->setBuddy(m_sheet);
    form->addWidget(m_sheetLabel);
    form->addWidget(m_sheet);
    form->addStretch(1);
    layout->addWidget(options);
    for (QComboBox *combo : {m_encoding, m_delimiter, m_decimal, m_sheet})
        connect(combo, &QComboBox::activated, this, &ImportDialog::readPreview);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportDialog::readPreview);

    m_detected = new QLabel(page);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    layout->addWidget(m_detected);
    m_warnings = new QLabel(page);
    m_warnings->setObjectName(QStringLiteral("readWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setFrameShape(QFrame::StyledPanel);
    m_warnings->setMargin(6);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { background: #FFF3D6; color: #5A3B00; }"));
    layout->addWidget(m_warnings);

    auto *previewLabel = new QLabel(tr("The first rows as Sailau reads them:"), page);
    layout->addWidget(previewLabel);
    m_previewView = makeTable(page, tr("Preview of the file"));
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_preview);
    m_previewView->horizontalHeader()->setStretchLastSection(false);
    m_previewView->horizontalHeader()->setDefaultSectionSize(140);
    layout->addWidget(m_previewView, 1);
    m_pages->addWidget(page);
}

void ImportDialog::buildColumnsPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);

    auto *presetRow = new QHBoxLayout;
    auto *presetLabel = new QLabel(tr("&Mapping:"), page);
    m_presetCombo = new QComboBox(page);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_presetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    presetLabel->setBuddy(m_presetCombo);
    auto *save = new QPushButton(tr("&Save as Preset…"), page);
    auto *remove = new QPushButton(tr("&Delete Preset"), page);
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_presetCombo, 1);
    presetRow->addWidget(save);
    presetRow->addWidget(remove);
    layout->addLayout(presetRow);
    connect(m_presetCombo, &QComboBox::activated, this, &ImportDialog::applyPreset);
    connect(save, &QPushButton::clicked, this, &ImportDialog::savePreset);
    connect(remove, &QPushButton::clicked, this, &ImportDialog::deletePreset);

    auto *help = new QLabel(tr("Sailau matched the columns by their names in Kazakh, Russian or English. "
                               "Change what a column holds with a double-click (or F2)."), page);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_mappingView = makeTable(page, tr("Columns of the file and what they hold"));
    m_mappingView->setObjectName(QStringLiteral("mappingView"));
    m_mappingView->setModel(m_mapping);
    m_mappingView->setItemDelegateForColumn(MappingModel::FieldColumn, new FieldDelegate(m_mappingView));
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mappingView->horizontalHeader()->setSectionResizeMode(MappingModel::HeaderColumn, QHeaderView::ResizeToContents);
    m_mappingView->horizontalHeader()->setSectionResizeMode(MappingModel::SampleColumn, QHeaderView::Stretch);
    m_mappingView->horizontalHeader()->setSectionResizeMode(MappingModel::FieldColumn, QHeaderView::Interactive);
    m_mappingView->setColumnWidth(MappingModel::FieldColumn, 300);
    m_mappingView->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_mappingView, 1);
    connect(m_mapping, &MappingModel::mappingChanged, this, &ImportDialog::updateColumnsState);

    auto *defaults = new QGroupBox(tr("For what the file does not say"), page);
    auto *form = new QFormLayout(defaults);
    auto *dateRow = new QHBoxLayout;
    m_useDate = new QCheckBox(tr("Election &date:"), defaults);
    m_date = new QDateEdit(QDate::currentDate(), defaults);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setEnabled(false);
    m_date->setAccessibleName(tr("Election date for rows without one"));
    dateRow->addWidget(m_useDate);
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    form->addRow(dateRow);
    connect(m_useDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_useDate, &QCheckBox::toggled, this, &ImportDialog::updateColumnsState);
    m_level = new QComboBox(defaults);
    m_level->addItem(tr("Tell from the names"), QString());
    for (const QString &level : {QStringLiteral("district"), QStringLiteral("city_regional"),
                                 QStringLiteral("regional_centre"), QStringLiteral("rural")})
        m_level->addItem(Format::levelName(level), level);
    form->addRow(tr("Election &level:"), m_level);
    m_source = new QLineEdit(defaults);
    m_source->setPlaceholderText(tr("A URL or the name of the document the figures come from"));
    form->addRow(tr("S&ource:"), m_source);
    m_listsComplete = new QCheckBox(tr("Every race lists &all its candidates with their votes"), defaults);
    m_listsComplete->setObjectName(QStringLiteral("listsComplete"));
    m_listsComplete->setToolTip(tr("Without this, a race's list counts as complete only where the registered count "
                                   "or the ballots show it; the effective number of candidates and the margin need "
                                   "a complete list."));
    form->addRow(m_listsComplete);
    layout->addWidget(defaults);

    m_columnsState = new QLabel(page);
    m_columnsState->setObjectName(QStringLiteral("columnsState"));
    m_columnsState->setWordWrap(true);
    layout->addWidget(m_columnsState);
    m_pages->addWidget(page);
}

void ImportDialog::buildCheckPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_status = new QLabel(page);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(page);
    m_progress->setAccessibleName(tr("Progress"));
    layout->addWidget(m_progress);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    m_results = new QTabWidget(page);
    m_problemView = makeTable(m_results, tr("Problems found in the file"));
    m_problemView->setObjectName(QStringLiteral("problemView"));
    m_problemView->setModel(m_problems);
    m_problemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problemView->horizontalHeader()->setStretchLastSection(true);
    m_problemView->setWordWrap(true);
    m_results->addTab(m_problemView, tr("Problems"));

    auto *territoryPane = new QWidget(m_results);
    auto *territoryLayout = new QVBoxLayout(territoryPane);
    territoryLayout->setContentsMargins(0, 0, 0, 0);
    auto *territoryHelp = new QLabel(tr("What happens to each territory name of the file. Where a name fits several "
                                        "territories, or Sailau knows one like it, choose in the last column."),
                                     territoryPane);
    territoryHelp->setWordWrap(true);
    territoryLayout->addWidget(territoryHelp);
    m_territoryView = makeTable(territoryPane, tr("Territory names of the file"));
    m_territoryView->setObjectName(QStringLiteral("territoryIssueView"));
    m_territoryView->setModel(m_territories);
    m_territoryView->setItemDelegateForColumn(TerritoryIssueModel::ChoiceColumn, new ChoiceDelegate(m_territoryView));
    m_territoryView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_territoryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_territoryView->horizontalHeader()->setStretchLastSection(true);
    territoryLayout->addWidget(m_territoryView, 1);
    m_recheck = new QPushButton(tr("&Check Again with These Choices"), territoryPane);
    territoryLayout->addWidget(m_recheck, 0, Qt::AlignLeft);
    connect(m_recheck, &QPushButton::clicked, this, &ImportDialog::recheck);
    connect(m_territories, &TerritoryIssueModel::choicesChanged, this, [this] {
        m_checkedChoicesStale = true;
        updateButtons();
    });
    m_results->addTab(territoryPane, tr("Territories"));
    layout->addWidget(m_results, 1);
    m_pages->addWidget(page);
}

void ImportDialog::fillPresets(const QString &select)
{
    const QSignalBlocker blocker(m_presetCombo);
    m_presetCombo->clear();
    m_presetCombo->addItem(tr("Match the columns by their names"), QString());
    for (const QString &name : Presets::names())
        m_presetCombo->addItem(Presets::isShipped(name) ? tr("%1 (comes with Sailau)").arg(name) : name, name);
    const int at = m_presetCombo->findData(select);
    m_presetCombo->setCurrentIndex(std::max(0, at));
    m_baseMapping = Mapping();
    if (at > 0) {
        QString error;
        if (const auto preset = Presets::load(select, &error))
            m_baseMapping = *preset;
    }
}

void ImportDialog::setFile(const QString &path)
{
    setFiles({path});
}

QString ImportDialog::file() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

ImportDialog::Page ImportDialog::page() const
{
    return Page(m_pages->currentIndex());
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("import/folder"), QDir::homePath()).toString();
    // Several files may be chosen: a races file and a candidates file are imported together.
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Results"), start,
        tr("Tables (*.csv *.tsv *.txt *.xlsx);;CSV and text (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(paths.constFirst()).absolutePath());
    setFiles(paths);
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
    m_territories->setIssues({}, {});
    fillFileList();
    if (!m_files.isEmpty())
        selectFile(0);
    else
        m_path->clear();
    showPage(FilePage);
}

void ImportDialog::fillFileList()
{
    const QSignalBlocker blocker(m_fileList);
    m_fileList->clear();
    for (int i = 0; i < m_files.size(); ++i) {
        const QString name = QFileInfo(m_files.at(i).path).fileName();
        QString state;
        if (i < m_reports.size()) {
            const ImportReport &r = m_reports.at(i);
            const int errors = r.errors();
            state = errors > 0 ? tr("%n error(s)", nullptr, errors)
                  : r.summary.publishedFigures > 0 ? tr("%n published figure(s)", nullptr, r.summary.publishedFigures)
                                                   : tr("%1 (%2 new, %3 completed)")
                                                         .arg(tr("%Ln race(s)", nullptr, r.summary.races),
                                                              Format::count(r.summary.racesNew),
                                                              Format::count(r.summary.racesUpdated));
        } else if (!m_reports.isEmpty()) {
            state = tr("not read: a file before it was refused");
        }
        m_fileList->addItem(state.isEmpty() ? tr("%1. %2").arg(i + 1).arg(name)
                                            : tr("%1. %2 — %3").arg(i + 1).arg(name, state));
        m_fileList->item(i)->setToolTip(QDir::toNativeSeparators(m_files.at(i).path));
    }
    if (m_currentFile >= 0)
        m_fileList->setCurrentRow(m_currentFile);
    m_filesBox->setVisible(m_files.size() > 1);
    m_removeFile->setEnabled(m_files.size() > 1);
}

// What the pages show now is the file's: kept before another file is shown or the files checked.
void ImportDialog::storeCurrentFile()
{
    if (m_currentFile < 0 || m_currentFile >= m_files.size())
        return;
    FileState &f = m_files[m_currentFile];
    f.path = file();
    if (!m_header.isEmpty()) {
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
    m_path->setText(QDir::toNativeSeparators(f.path));
    auto select = [](QComboBox *combo, const QString &value) {
        const QSignalBlocker blocker(combo);
        const int at = combo->findData(value);
        combo->setCurrentIndex(at >= 0 ? at : 0);
    };
    const Mapping reading = f.mapped ? f.mapping : m_baseMapping;
    select(m_encoding, reading.encoding);
    select(m_delimiter, reading.delimiter.isNull() ? QString() : QString(reading.delimiter));
    select(m_decimal, reading.decimalSeparator.isNull() ? QString() : QString(reading.decimalSeparator));
    {
        const QSignalBlocker blocker(m_headerRow);
        m_headerRow->setValue(f.mapped ? f.mapping.headerRow + 1 : 0);
    }
    {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
    }
    readPreview();
    if (f.mapped) {
        m_mapping->setMapping(f.mapping, m_sampleRows);
        m_useDate->setChecked(f.mapping.defaultDate.isValid());
        if (f.mapping.defaultDate.isValid())
            m_date->setDate(f.mapping.defaultDate);
        select(m_level, f.mapping.defaultLevel);
        m_source->setText(f.mapping.defaultSource);
        m_listsComplete->setChecked(f.mapping.candidateListsComplete);
    } else {
        Mapping m = m_baseMapping;
        m.applyTo(m_header);
        m_mapping->setMapping(m, m_sampleRows);
    }
    updateColumnsState();
    if (m_fileList->currentRow() != index) {
        const QSignalBlocker blocker(m_fileList);
        m_fileList->setCurrentRow(index);
    }
}

// The reports of one step as one: what the check page shows (each problem names its file when
// there are several).
ImportReport ImportDialog::combined(const QList<ImportReport> &reports) const
{
    if (reports.size() == 1 && m_files.size() <= 1)
        return reports.constFirst();
    ImportReport all;
    all.ok = !reports.isEmpty() && reports.size() == m_files.size();
    QStringList names;
    QSet<QString> days;
    QHash<QString, int> territoryAt;
    for (const ImportReport &r : reports) {
        all.ok = all.ok && r.ok;
        all.cancelled = all.cancelled || r.cancelled;
        all.dryRun = r.dryRun;
        names.append(r.fileName);
        for (Problem p : r.problems) {
            p.message = tr("%1: %2").arg(r.fileName, p.message);
            all.problems.append(p);
        }
        for (const TerritoryIssue &t : r.territories) {
            // The same name under the same parent is one choice for all the files.
            const auto at = territoryAt.constFind(t.key);
            if (at != territoryAt.constEnd()) {
                all.territories[*at].rows += t.rows;
                continue;
            }
            territoryAt.insert(t.key, int(all.territories.size()));
            all.territories.append(t);
        }
        for (LeftOutRow row : r.leftOut) {
            row.reason = tr("%1: %2").arg(r.fileName, row.reason);
            all.leftOut.append(row);
        }
        if (!r.leftOutPath.isEmpty())
            all.leftOutPath += (all.leftOutPath.isEmpty() ? QString() : QStringLiteral(", ")) + r.leftOutPath;
        all.earlierBatches += r.earlierBatches;
        all.errorCount += r.errorCount;
        all.warningCount += r.warningCount;
        if (r.batchId > 0)
            all.batchId = r.batchId;
        const ImportSummary &s = r.summary;
        all.summary.rows += s.rows;
        all.summary.races += s.races;
        all.summary.racesNew += s.racesNew;
        all.summary.racesUpdated += s.racesUpdated;
        all.summary.candidates += s.candidates;
        all.summary.candidatesNew += s.candidatesNew;
        all.summary.territoriesNew += s.territoriesNew;
        all.summary.publishedFigures += s.publishedFigures;
        all.summary.rowsLeftOut += s.rowsLeftOut;
        all.summary.racesLeftOut += s.racesLeftOut;
        all.summary.datesFilled += s.datesFilled;
        for (const QString &day : s.days)
            days.insert(day);
    }
    all.fileName = names.join(QStringLiteral(", "));
    all.summary.days = QStringList(days.cbegin(), days.cend());
    all.summary.days.sort();
    return all;
}

Mapping ImportDialog::readingOptions() const
{
    Mapping m;
    m.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    m.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    const QString decimal = m_decimal->currentData().toString();
    m.decimalSeparator = decimal.isEmpty() ? QChar() : decimal.at(0);
    m.headerRow = m_headerRow->value() - 1;
    m.sheet = std::max(0, m_sheet->currentIndex());
    return m;
}

void ImportDialog::readPreview()
{
    m_sampleRows.clear();
    m_header.clear();
    m_preview->setRows({}, 0, {});
    m_warnings->hide();
    const QString path = file();
    if (path.isEmpty()) {
        m_detected->setText(tr("Choose a file, or drop one onto Sailau's window."));
        updateButtons();
        return;
    }
    const QFileInfo info(path);
    if (!info.isFile()) {
        m_detected->setText(tr("%1 does not exist or is not a file.").arg(QDir::toNativeSeparators(path)));
        updateButtons();
        return;
    }
    const Mapping options = readingOptions();
    ReadOptions read;
    read.encoding = options.encoding;
    read.delimiter = options.delimiter;
    read.sheet = options.sheet;
    QString error;
    const Detected detected = detect(path, read, &error);
    QStringList warnings;

    const bool xlsx = detected.kind == Detected::Xlsx;
    m_sheet->setVisible(xlsx);
    m_sheetLabel->setVisible(xlsx);
    m_encoding->setEnabled(!xlsx);
    m_delimiter->setEnabled(!xlsx);
    if (xlsx && m_sheet->count() != detected.sheets.size()) {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(detected.sheets);
        m_sheet->setCurrentIndex(std::min(int(options.sheet), int(detected.sheets.size()) - 1));
    }
    if (read.encoding.isEmpty())
        read.encoding = detected.encoding;
    if (read.delimiter.isNull())
        read.delimiter = detected.delimiter;
    const int headerRow = options.headerRow >= 0 ? options.headerRow : detected.headerRow;

    QList<QStringList> rows;
    QList<qint64> lines;
    auto reader = openTable(path, read, &error);
    if (!reader) {
        warnings.append(error);
    } else {
        QStringList cells;
        while (rows.size() < PreviewRecords && reader->next(&cells)) {
            rows.append(cells);
            lines.append(reader->line());
        }
        if (!reader->error().isEmpty())
            warnings.append(reader->error());
    }
    m_preview->setRows(rows, headerRow, lines);
    m_header = rows.value(headerRow);
    const int columns = int(m_header.size());
    for (int c = 0; c < columns; ++c) {
        QStringList values;
        for (int r = headerRow + 1; r < rows.size(); ++r)
            values.append(rows.at(r).value(c));
        m_sampleRows.append(values);
    }

    QStringList said;
    if (xlsx) {
        said.append(tr("an Excel workbook, sheet \"%1\"").arg(detected.sheets.value(options.sheet)));
    } else {
        said.append(read.encoding.isEmpty() ? tr("unknown encoding") : read.encoding);
        const QString delimiterName = read.delimiter == QLatin1Char('\t') ? tr("tab")
                                    : read.delimiter == QLatin1Char(';') ? tr("semicolon")
                                    : read.delimiter == QLatin1Char('|') ? tr("vertical bar")
                                                                         : tr("comma");
        said.append(tr("separated by %1").arg(delimiterName));
        said.append(detected.decimalSeparator == QLatin1Char(',') ? tr("decimal comma") : tr("decimal point"));
    }
    said.append(tr("column names on line %1").arg(lines.value(headerRow, headerRow + 1)));
    m_detected->setText(tr("Sailau reads %1: %2.").arg(info.fileName(), said.join(QStringLiteral(", "))));

    if (detected.lostKazakhLetters > 0)
        warnings.append(tr("Kazakh letters seem lost in this file: \"?\" stands inside Cyrillic words (%n time(s)). It "
                           "was probably saved as Windows-1251, which has no ә ғ қ ң ө ұ ү һ. In Excel choose "
                           "Save As → \"CSV UTF-8\" and import that file.", nullptr, detected.lostKazakhLetters));
    if (detected.invalidUtf8)
        warnings.append(tr("Some bytes are not valid UTF-8: choose the right encoding above."));
    if (!warnings.isEmpty()) {
        m_warnings->setText(warnings.join(QLatin1Char('\n')));
        m_warnings->show();
    }
    // The preset's reading options take effect through the combos; the columns follow the header.
    updateButtons();
}

void ImportDialog::applyPreset(int index)
{
    const QString name = m_presetCombo->itemData(index).toString();
    QSettings().setValue(QStringLiteral("import/preset"), name);
    m_baseMapping = Mapping();
    if (!name.isEmpty()) {
        QString error;
        const auto preset = Presets::load(name, &error);
        if (!preset) {
            QMessageBox::warning(this, tr("Mapping Preset"), error);
            return;
        }
        m_baseMapping = *preset;
        // The preset's way of reading the file.
        auto select = [](QComboBox *combo, const QString &value) {
            const int at = combo->findData(value);
            combo->setCurrentIndex(at >= 0 ? at : 0);
        };
        select(m_encoding, preset->encoding);
        select(m_delimiter, preset->delimiter.isNull() ? QString() : QString(preset->delimiter));
        select(m_decimal, preset->decimalSeparator.isNull() ? QString() : QString(preset->decimalSeparator));
        m_useDate->setChecked(preset->defaultDate.isValid());
        if (preset->defaultDate.isValid())
            m_date->setDate(preset->defaultDate);
        select(m_level, preset->defaultLevel);
        m_source->setText(preset->defaultSource);
        m_listsComplete->setChecked(preset->candidateListsComplete);
        readPreview();
    }
    Mapping m = m_baseMapping;
    m.applyTo(m_header);
    m_mapping->setMapping(m, m_sampleRows);
    updateColumnsState();
}

void ImportDialog::savePreset()
{
    bool ok = false;
    const QString current = m_presetCombo->currentData().toString();
    const QString name = QInputDialog::getText(this, tr("Save Mapping Preset"),
                                               tr("A name for this mapping (columns and reading options):"),
                                               QLineEdit::Normal,
                                               Presets::isShipped(current) ? QString() : current, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    Mapping m = currentMapping();
    m.name = name;
    QString error;
    if (!Presets::save(m, &error)) {
        QMessageBox::warning(this, tr("Save Mapping Preset"), error);
        return;
    }
    QSettings().setValue(QStringLiteral("import/preset"), name);
    fillPresets(name);
}

void ImportDialog::deletePreset()
{
    const QString name = m_presetCombo->currentData().toString();
    if (name.isEmpty() || Presets::isShipped(name)) {
        QMessageBox::information(this, tr("Delete Mapping Preset"),
                                 tr("Only presets you saved yourself can be deleted."));
        return;
    }
    if (QMessageBox::question(this, tr("Delete Mapping Preset"), tr("Delete the preset \"%1\"?").arg(name))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!Presets::remove(name, &error))
        QMessageBox::warning(this, tr("Delete Mapping Preset"), error);
    fillPresets();
}

Mapping ImportDialog::currentMapping() const
{
    Mapping m = m_mapping->mapping();
    const Mapping reading = readingOptions();
    m.encoding = reading.encoding;
    m.delimiter = reading.delimiter;
    m.decimalSeparator = reading.decimalSeparator;
    m.headerRow = reading.headerRow;
    m.sheet = reading.sheet;
    m.defaultDate = m_useDate->isChecked() ? m_date->date() : QDate();
    m.defaultLevel = m_level->currentData().toString();
    m.defaultSource = m_source->text().trimmed();
    m.candidateListsComplete = m_listsComplete->isChecked();
    if (m.name.isEmpty())
        m.name = m_presetCombo->currentData().toString();
    return m;
}

void ImportDialog::updateColumnsState()
{
    const Mapping m = m_mapping->mapping();
    QStringList missing;
    if (!m.has(Field::Region) && !m.has(Field::District) && !m.has(Field::Settlement) && !m.has(Field::Kato))
        missing.append(tr("No column names a territory: choose which column holds the district, the region or the "
                          "settlement."));
    if (!m.has(Field::ElectionDate) && !m_useDate->isChecked())
        missing.append(tr("No column holds the election date: choose one, or give a date for the whole file below."));
    if ((m.has(Field::Votes) || m.has(Field::Nomination) || m.has(Field::Elected)) && !m.has(Field::Candidate)
        && !m.has(Field::Winner))
        missing.append(tr("Votes, nominations or elected marks need a column with the candidates' names."));
    m_columnsState->setText(missing.isEmpty() ? tr("Ready to check the file.") : missing.join(QLatin1Char('\n')));
    m_columnsState->setStyleSheet(missing.isEmpty() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(Appearance::attentionColour().name()));
    updateButtons();
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
    const bool fileOk = !m_header.isEmpty();
    const bool columnsOk = m_columnsState->text() == tr("Ready to check the file.");
    m_next->setVisible(p != CheckPage);
    m_next->setEnabled(!m_running && ((p == FilePage && fileOk) || (p == ColumnsPage && columnsOk)));
    m_import->setVisible(p == CheckPage);
    const bool checked = !m_runIsImport && m_report.dryRun && m_report.ok && !m_checkedChoicesStale
        && m_territories->undecided() == 0;
    const bool leavesOut = !m_report.leftOut.isEmpty();
    m_import->setEnabled(p == CheckPage && !m_running && checked && !leavesOut && !m_database->isReadOnly());
    m_importValid->setVisible(p == CheckPage && checked && leavesOut);
    m_importValid->setEnabled(!m_running && !m_database->isReadOnly());
    if (leavesOut)
        m_importValid->setText(tr("Import the %n valid race(s) and leave out %1", nullptr, m_report.summary.races)
                                   .arg(tr("%n row(s)", nullptr, int(std::min<qint64>(m_report.summary.rowsLeftOut, INT_MAX)))));
    m_import->setDefault(p == CheckPage);
    m_next->setDefault(p != CheckPage);
    m_recheck->setEnabled(!m_running);
    m_cancel->setText(m_running ? tr("&Stop") : m_imported ? tr("Close") : tr("Cancel"));
}

void ImportDialog::next()
{
    if (page() == FilePage) {
        if (m_header.isEmpty())
            return;
        Mapping m = m_baseMapping;
        m.applyTo(m_header);
        m_mapping->setMapping(m, m_sampleRows);
        updateColumnsState();
        showPage(ColumnsPage);
        m_mappingView->setFocus();
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

void ImportDialog::startRun(bool dryRun)
{
    if (m_running || !m_database)
        return;
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
        options.mapping = f.mapped ? f.mapping : m_baseMapping;
        options.dryRun = dryRun;
        options.territoryChoices = m_territories->choices();
        // A check also tells what leaving out the races with errors would import; an import leaves
        // them out only when asked.
        options.skipInvalid = dryRun || m_skipInvalid;
        files.append(options);
    }
    if (files.isEmpty())
        return;
    m_skipInvalid = false;
    m_running = true;
    m_runIsImport = !dryRun;
    m_checkedChoicesStale = false;
    m_progress->setRange(0, 0);
    m_progress->show();
    QStringList names;
    for (const ImportOptions &o : std::as_const(files))
        names.append(QFileInfo(o.path).fileName());
    const QString name = names.join(QStringLiteral(", "));
    m_status->setText(dryRun ? tr("Checking %1…").arg(name)
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
    const ImportReport report = combined(m_reports);
    const bool several = m_reports.size() > 1 || m_files.size() > 1;
    m_report = report;
    fillFileList();
    m_progress->hide();
    // Rows left out only because their race is: listed too, each with its reason.
    QList<Problem> shown = report.problems;
    QSet<qint64> errorLines;
    for (const Problem &p : report.problems) {
        if (p.severity == Problem::Error)
            errorLines.insert(p.line);
    }
    for (const LeftOutRow &row : report.leftOut) {
        if (errorLines.contains(row.line))
            continue;
        Problem p;
        p.severity = Problem::Warning;
        p.line = row.line;
        p.message = row.reason;
        shown.append(p);
    }
    m_problems->setProblems(shown);
    m_territories->setIssues(report.territories, m_territories->choices());
    const int errors = report.errors();
    const int warnings = report.warnings();
    m_results->setTabText(0, tr("Problems (%1, %2)").arg(tr("%Ln error(s)", nullptr, errors),
                                                          tr("%Ln warning(s)", nullptr, warnings)));
    // Regions and the units below them counted apart: a file of 5 districts names 5 regions too.
    const int regionNames = int(std::count_if(report.territories.cbegin(), report.territories.cend(),
                                              [](const TerritoryIssue &t) { return t.level == QLatin1String("region"); }));
    const int unitNames = int(report.territories.size()) - regionNames;
    QStringList territoryCounts;
    if (regionNames > 0)
        territoryCounts.append(tr("%Ln region(s)", nullptr, regionNames));
    if (unitNames > 0 || regionNames == 0)
        territoryCounts.append(tr("%Ln district(s) or smaller unit(s)", nullptr, unitNames));
    territoryCounts.append(tr("%Ln new", "territories to be created", report.summary.territoriesNew));
    m_results->setTabText(1, tr("Territories (%1)").arg(territoryCounts.join(QStringLiteral(", "))));
    const ImportSummary &s = report.summary;
    // Each count with its own plural form: "1 race", "2 races"; in Russian 1, 2–4 and 5+ differ.
    auto countsOf = [](const ImportSummary &s) {
        return tr("%1: %2 (%3 new, %4 completed), %5, %6.")
            .arg(tr("%Ln row(s)", nullptr, int(s.rows)), tr("%Ln race(s)", nullptr, s.races),
                 Format::count(s.racesNew), Format::count(s.racesUpdated),
                 tr("%Ln candidate(s)", nullptr, s.candidatesNew),
                 tr("%Ln new territory(ies)", nullptr, s.territoriesNew));
    };
    QString counts = countsOf(s);
    if (several) {
        // Each file's own counts: the candidates file completes the races the races file made.
        QStringList lines;
        for (const ImportReport &r : std::as_const(m_reports))
            lines.append(tr("%1 — %2").arg(r.fileName, countsOf(r.summary)));
        counts = lines.join(QLatin1Char('\n'));
    }
    QStringList batches;
    for (const ImportReport &r : std::as_const(m_reports)) {
        if (r.batchId > 0)
            batches.append(QString::number(r.batchId));
    }
    const QString totals = tr("%Ln published figure(s) of %1: a file of totals, shown in the summary beside the "
                              "computed figures; no races.", nullptr, s.publishedFigures)
                               .arg(s.days.join(QStringLiteral(", ")));
    if (report.cancelled) {
        m_status->setText(tr("Stopped. Nothing was written."));
        m_summary->setText(QString());
    } else if (wasImport && report.ok && !report.leftOut.isEmpty()) {
        // The summary stays up: it names the file of the rows left out.
        m_imported = true;
        m_status->setText(several ? tr("Imported together as imports %1 (undone together), without the races that have "
                                       "errors.").arg(batches.join(QStringLiteral(", ")))
                                  : tr("Imported as import %1, without the races that have errors.").arg(report.batchId));
        m_summary->setText(counts + (several ? QLatin1Char('\n') : QLatin1Char(' '))
                           + tr("%n row(s) left out (listed under Problems) are saved in %1: fix them there and "
                                "import that file.", nullptr, int(std::min<qint64>(s.rowsLeftOut, INT_MAX)))
                                 .arg(QDir::toNativeSeparators(report.leftOutPath)));
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_results->setCurrentIndex(0);
    } else if (errors > 0) {
        m_status->setText(report.ok && !report.leftOut.isEmpty()
            ? tr("The file cannot be imported as it is: fix the errors listed and check again, or import the valid "
                 "races and leave out those with errors (each race whole). Nothing was written.")
            : several ? tr("The files cannot be imported as they are: fix the errors listed (in the files, or by "
                           "changing the options and columns of the file they name), then check again. Nothing "
                           "was written; the files are imported together or not at all.")
            : tr("The file cannot be imported as it is: fix the errors listed (in the file, or by "
                 "changing the options and columns), then check again. Nothing was written."));
        m_summary->setText(tr("%n error(s) found.", nullptr, errors) + (several ? QLatin1Char('\n') : QLatin1Char(' ')) + counts);
        m_results->setCurrentIndex(0);
    } else if (wasImport) {
        m_imported = report.ok;
        m_status->setText(several ? tr("Imported together as imports %1, in one transaction (Import History undoes "
                                       "them together).").arg(batches.join(QStringLiteral(", ")))
                                  : tr("Imported as import %1.").arg(report.batchId));
        m_summary->setText(s.publishedFigures > 0 ? totals : counts);
    } else {
        const int undecided = m_territories->undecided();
        m_status->setText(undecided > 0
            ? tr("Choose what to do with %n territory name(s) that fit several territories.", nullptr, undecided)
            : several ? tr("Ready to import these files together, in one transaction. Look through the warnings and the "
                           "new territories, then press Import.")
            : tr("Ready to import. Look through the warnings and the new territories, then press Import."));
        m_summary->setText((s.publishedFigures > 0 && !several ? totals : counts)
                           + (warnings ? (several ? QLatin1Char('\n') : QLatin1Char(' ')) + tr("%n warning(s).", nullptr, warnings) : QString()));
        if (undecided > 0 || (warnings == 0 && s.territoriesNew > 0))
            m_results->setCurrentIndex(1);
    }
    m_problemView->resizeRowsToContents();
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
        m_status->setText(tr("Stopping…"));
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Sailau
