// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog's file page: the path, the reading options, what was detected and the preview.
#include "importfilepage.h"

#include "detect.h"
#include "importdialogtext.h"
#include "importmodels.h"
#include "importtables.h"
#include "tablereader.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Sailau {

using namespace Import;

namespace {

constexpr int PreviewRecords = 40;

void select(QComboBox *combo, const QString &value)
{
    const int at = combo->findData(value);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

void selectQuietly(QComboBox *combo, const QString &value)
{
    const QSignalBlocker blocker(combo);
    select(combo, value);
}

QString orEmpty(QChar c)
{
    return c.isNull() ? QString() : QString(c);
}

// The first records of the file, each with its line; what went wrong added to warnings.
void readRecords(const QString &path, const ReadOptions &read, QList<QStringList> *rows, QList<qint64> *lines,
                 QStringList *warnings)
{
    QString error;
    auto reader = openTable(path, read, &error);
    if (!reader) {
        warnings->append(error);
        return;
    }
    QStringList cells;
    while (rows->size() < PreviewRecords && reader->next(&cells)) {
        rows->append(cells);
        lines->append(reader->line());
    }
    if (!reader->error().isEmpty())
        warnings->append(reader->error());
}

// What Sailau detected, in words: the kind of file, its encoding, delimiter and decimal
// separator, and the line of the column names.
QString describeReading(const QString &fileName, const Detected &detected, const ReadOptions &read, int sheet,
                        qint64 headerLine)
{
    QStringList said;
    if (detected.kind == Detected::Xlsx) {
        said.append(ImportDialogText::tr("an Excel workbook, sheet \"%1\"").arg(detected.sheets.value(sheet)));
    } else {
        said.append(read.encoding.isEmpty() ? ImportDialogText::tr("unknown encoding") : read.encoding);
        const QString delimiterName = read.delimiter == QLatin1Char('\t') ? ImportDialogText::tr("tab")
                                    : read.delimiter == QLatin1Char(';') ? ImportDialogText::tr("semicolon")
                                    : read.delimiter == QLatin1Char('|') ? ImportDialogText::tr("vertical bar")
                                                                         : ImportDialogText::tr("comma");
        said.append(ImportDialogText::tr("separated by %1").arg(delimiterName));
        said.append(detected.decimalSeparator == QLatin1Char(',') ? ImportDialogText::tr("decimal comma")
                                                                  : ImportDialogText::tr("decimal point"));
    }
    said.append(ImportDialogText::tr("column names on line %1").arg(headerLine));
    return ImportDialogText::tr("Sailau reads %1: %2.").arg(fileName, said.join(QStringLiteral(", ")));
}

// Signs that the file was saved in the wrong encoding.
QStringList warningsOf(const Detected &detected)
{
    QStringList warnings;
    if (detected.lostKazakhLetters > 0)
        warnings.append(ImportDialogText::tr("Kazakh letters seem lost in this file: \"?\" stands inside Cyrillic words (%n time(s)). It "
                                             "was probably saved as Windows-1251, which has no ә ғ қ ң ө ұ ү һ. In Excel choose "
                                             "Save As → \"CSV UTF-8\" and import that file.", nullptr, detected.lostKazakhLetters));
    if (detected.invalidUtf8)
        warnings.append(ImportDialogText::tr("Some bytes are not valid UTF-8: choose the right encoding above."));
    return warnings;
}

} // namespace

ImportFilePage::ImportFilePage(QWidget *parent)
    : QWidget(parent)
    , m_preview(new PreviewModel(this))
{
    m_preview->setObjectName(QStringLiteral("previewModel"));
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(ImportDialogText::tr("&File:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(ImportDialogText::tr("File to import"));
    m_path->setPlaceholderText(ImportDialogText::tr("A CSV, TSV or XLSX file"));
    fileLabel->setBuddy(m_path);
    auto *browse = new QPushButton(ImportDialogText::tr("&Browse…"), this);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportFilePage::readPreview);

    buildOptions(layout);

    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    layout->addWidget(m_detected);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("readWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setFrameShape(QFrame::StyledPanel);
    m_warnings->setMargin(6);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { background: #FFF3D6; color: #5A3B00; }"));
    m_warnings->hide(); // until a file read gives warnings
    layout->addWidget(m_warnings);

    auto *previewLabel = new QLabel(ImportDialogText::tr("The first rows as Sailau reads them:"), this);
    layout->addWidget(previewLabel);
    m_previewView = makeImportTable(this, ImportDialogText::tr("Preview of the file"));
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_preview);
    m_previewView->horizontalHeader()->setStretchLastSection(false);
    m_previewView->horizontalHeader()->setDefaultSectionSize(140);
    layout->addWidget(m_previewView, 1);
}

// How the file is read: detected, each option open to change.
void ImportFilePage::buildOptions(QVBoxLayout *layout)
{
    auto *options = new QGroupBox(ImportDialogText::tr("How the file is read (detected; change what is wrong)"), this);
    auto *form = new QHBoxLayout(options);
    auto addOption = [&](const QString &label, QWidget *widget) {
        auto *l = new QLabel(label, options);
        l->setBuddy(widget);
        form->addWidget(l);
        form->addWidget(widget);
    };
    m_encoding = new QComboBox(options);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(ImportDialogText::tr("Detect"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(ImportDialogText::tr("Windows-1251 (Cyrillic)"), QStringLiteral("windows-1251"));
    m_encoding->addItem(QStringLiteral("UTF-16 LE"), QStringLiteral("UTF-16LE"));
    m_encoding->addItem(QStringLiteral("UTF-16 BE"), QStringLiteral("UTF-16BE"));
    addOption(ImportDialogText::tr("&Encoding:"), m_encoding);
    m_delimiter = new QComboBox(options);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(ImportDialogText::tr("Detect"), QString());
    m_delimiter->addItem(ImportDialogText::tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(ImportDialogText::tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(ImportDialogText::tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(ImportDialogText::tr("Vertical bar |"), QStringLiteral("|"));
    addOption(ImportDialogText::tr("&Delimiter:"), m_delimiter);
    m_decimal = new QComboBox(options);
    m_decimal->addItem(ImportDialogText::tr("Detect"), QString());
    m_decimal->addItem(ImportDialogText::tr("Point 62.79"), QStringLiteral("."));
    m_decimal->addItem(ImportDialogText::tr("Comma 62,79"), QStringLiteral(","));
    addOption(ImportDialogText::tr("Decimal &separator:"), m_decimal);
    m_headerRow = new QSpinBox(options);
    m_headerRow->setRange(0, 1000);
    m_headerRow->setSpecialValueText(ImportDialogText::tr("Detect"));
    m_headerRow->setAccessibleName(ImportDialogText::tr("Header row"));
    addOption(ImportDialogText::tr("&Header row:"), m_headerRow);
    m_sheet = new QComboBox(options);
    m_sheetLabel = new QLabel(ImportDialogText::tr("S&heet:"), options);
    m_sheetLabel->setBuddy(m_sheet);
    form->addWidget(m_sheetLabel);
    form->addWidget(m_sheet);
    form->addStretch(1);
    layout->addWidget(options);
    for (QComboBox *combo : {m_encoding, m_delimiter, m_decimal, m_sheet})
        connect(combo, &QComboBox::activated, this, &ImportFilePage::readPreview);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportFilePage::readPreview);
}

QString ImportFilePage::file() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ImportFilePage::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::clearFile()
{
    m_path->clear();
}

void ImportFilePage::browse()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("import/folder"), QDir::homePath()).toString();
    // Several files may be chosen: a races file and a candidates file are imported together.
    const QStringList paths = QFileDialog::getOpenFileNames(
        window(), ImportDialogText::tr("Import Results"), start,
        ImportDialogText::tr("Tables (*.csv *.tsv *.txt *.xlsx);;CSV and text (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(paths.constFirst()).absolutePath());
    emit filesChosen(paths);
}

Mapping ImportFilePage::readingOptions() const
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

void ImportFilePage::restoreReadingOptions(const Mapping &reading, bool withHeaderRow)
{
    selectQuietly(m_encoding, reading.encoding);
    selectQuietly(m_delimiter, orEmpty(reading.delimiter));
    selectQuietly(m_decimal, orEmpty(reading.decimalSeparator));
    {
        const QSignalBlocker blocker(m_headerRow);
        m_headerRow->setValue(withHeaderRow ? reading.headerRow + 1 : 0);
    }
    const QSignalBlocker blocker(m_sheet);
    m_sheet->clear();
}

void ImportFilePage::selectReading(const Mapping &preset)
{
    select(m_encoding, preset.encoding);
    select(m_delimiter, orEmpty(preset.delimiter));
    select(m_decimal, orEmpty(preset.decimalSeparator));
}

void ImportFilePage::showRows(const QList<QStringList> &rows, int headerRow, const QList<qint64> &lines)
{
    m_preview->setRows(rows, headerRow, lines);
    m_header = rows.value(headerRow);
    const int columns = int(m_header.size());
    for (int c = 0; c < columns; ++c) {
        QStringList values;
        for (int r = headerRow + 1; r < rows.size(); ++r)
            values.append(rows.at(r).value(c));
        m_sampleRows.append(values);
    }
}

void ImportFilePage::readPreview()
{
    m_sampleRows.clear();
    m_header.clear();
    m_preview->setRows({}, 0, {});
    m_warnings->hide();
    const QString path = file();
    if (path.isEmpty()) {
        m_detected->setText(ImportDialogText::tr("Choose a file, or drop one onto Sailau's window."));
        emit previewRead();
        return;
    }
    const QFileInfo info(path);
    if (!info.isFile()) {
        m_detected->setText(ImportDialogText::tr("%1 does not exist or is not a file.").arg(QDir::toNativeSeparators(path)));
        emit previewRead();
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
    readRecords(path, read, &rows, &lines, &warnings);
    showRows(rows, headerRow, lines);

    m_detected->setText(describeReading(info.fileName(), detected, read, options.sheet,
                                        lines.value(headerRow, headerRow + 1)));
    warnings += warningsOf(detected);
    if (!warnings.isEmpty()) {
        m_warnings->setText(warnings.join(QLatin1Char('\n')));
        m_warnings->show();
    }
    // The preset's reading options take effect through the combos; the columns follow the header.
    emit previewRead();
}

} // namespace Sailau
