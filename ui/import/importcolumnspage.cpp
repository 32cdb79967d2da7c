// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog's columns page: the mapping of the file's columns, its defaults and presets.
#include "importcolumnspage.h"

#include "appearance.h"
#include "format.h"
#include "importdialogtext.h"
#include "importfilepage.h"
#include "importmodels.h"
#include "importtables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace Sailau {

using namespace Import;

ImportColumnsPage::ImportColumnsPage(ImportFilePage *file, QWidget *parent)
    : QWidget(parent)
    , m_file(file)
    , m_mapping(new MappingModel(this))
{
    m_mapping->setObjectName(QStringLiteral("mappingModel"));
    auto *layout = new QVBoxLayout(this);
    buildPresetRow(layout);

    auto *help = new QLabel(ImportDialogText::tr("Sailau matched the columns by their names in Kazakh, Russian or English. "
                                                 "Change what a column holds with a double-click (or F2)."), this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_mappingView = makeImportTable(this, ImportDialogText::tr("Columns of the file and what they hold"));
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
    connect(m_mapping, &MappingModel::mappingChanged, this, &ImportColumnsPage::updateState);

    buildDefaults(layout);

    m_columnsState = new QLabel(this);
    m_columnsState->setObjectName(QStringLiteral("columnsState"));
    m_columnsState->setWordWrap(true);
    layout->addWidget(m_columnsState);
    fillPresets(QSettings().value(QStringLiteral("import/preset")).toString());
}

void ImportColumnsPage::buildPresetRow(QVBoxLayout *layout)
{
    auto *presetRow = new QHBoxLayout;
    auto *presetLabel = new QLabel(ImportDialogText::tr("&Mapping:"), this);
    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_presetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    presetLabel->setBuddy(m_presetCombo);
    auto *save = new QPushButton(ImportDialogText::tr("&Save as Preset…"), this);
    auto *remove = new QPushButton(ImportDialogText::tr("&Delete Preset"), this);
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_presetCombo, 1);
    presetRow->addWidget(save);
    presetRow->addWidget(remove);
    layout->addLayout(presetRow);
    connect(m_presetCombo, &QComboBox::activated, this, &ImportColumnsPage::applyPreset);
    connect(save, &QPushButton::clicked, this, &ImportColumnsPage::savePreset);
    connect(remove, &QPushButton::clicked, this, &ImportColumnsPage::deletePreset);
}

// For what the file does not say: a date for the whole file, the level, the source, and the
// user's word that every list of candidates is complete.
void ImportColumnsPage::buildDefaults(QVBoxLayout *layout)
{
    auto *defaults = new QGroupBox(ImportDialogText::tr("For what the file does not say"), this);
    auto *form = new QFormLayout(defaults);
    auto *dateRow = new QHBoxLayout;
    m_useDate = new QCheckBox(ImportDialogText::tr("Election &date:"), defaults);
    m_date = new QDateEdit(QDate::currentDate(), defaults);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setEnabled(false);
    m_date->setAccessibleName(ImportDialogText::tr("Election date for rows without one"));
    dateRow->addWidget(m_useDate);
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    form->addRow(dateRow);
    connect(m_useDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_useDate, &QCheckBox::toggled, this, &ImportColumnsPage::updateState);
    m_level = new QComboBox(defaults);
    m_level->addItem(ImportDialogText::tr("Tell from the names"), QString());
    for (const QString &level : {QStringLiteral("district"), QStringLiteral("city_regional"),
                                 QStringLiteral("regional_centre"), QStringLiteral("rural")})
        m_level->addItem(Format::levelName(level), level);
    form->addRow(ImportDialogText::tr("Election &level:"), m_level);
    m_source = new QLineEdit(defaults);
    m_source->setPlaceholderText(ImportDialogText::tr("A URL or the name of the document the figures come from"));
    form->addRow(ImportDialogText::tr("S&ource:"), m_source);
    m_listsComplete = new QCheckBox(ImportDialogText::tr("Every race lists &all its candidates with their votes"), defaults);
    m_listsComplete->setObjectName(QStringLiteral("listsComplete"));
    m_listsComplete->setToolTip(ImportDialogText::tr("Without this, a race's list counts as complete only where the registered count "
                                                     "or the ballots show it; the effective number of candidates and the margin need "
                                                     "a complete list."));
    form->addRow(m_listsComplete);
    layout->addWidget(defaults);
}

void ImportColumnsPage::fillPresets(const QString &select)
{
    const QSignalBlocker blocker(m_presetCombo);
    m_presetCombo->clear();
    m_presetCombo->addItem(ImportDialogText::tr("Match the columns by their names"), QString());
    for (const QString &name : Presets::names())
        m_presetCombo->addItem(Presets::isShipped(name) ? ImportDialogText::tr("%1 (comes with Sailau)").arg(name) : name, name);
    const int at = m_presetCombo->findData(select);
    m_presetCombo->setCurrentIndex(std::max(0, at));
    m_baseMapping = Mapping();
    if (at > 0) {
        QString error;
        if (const auto preset = Presets::load(select, &error))
            m_baseMapping = *preset;
    }
}

void ImportColumnsPage::matchColumns()
{
    Mapping m = m_baseMapping;
    m.applyTo(m_file->header());
    m_mapping->setMapping(m, m_file->sampleRows());
}

void ImportColumnsPage::showFileMapping(const Mapping &mapping)
{
    m_mapping->setMapping(mapping, m_file->sampleRows());
    showDefaults(mapping);
}

void ImportColumnsPage::showDefaults(const Mapping &mapping)
{
    m_useDate->setChecked(mapping.defaultDate.isValid());
    if (mapping.defaultDate.isValid())
        m_date->setDate(mapping.defaultDate);
    const int level = m_level->findData(mapping.defaultLevel);
    m_level->setCurrentIndex(level >= 0 ? level : 0);
    m_source->setText(mapping.defaultSource);
    m_listsComplete->setChecked(mapping.candidateListsComplete);
}

void ImportColumnsPage::applyPreset(int index)
{
    const QString name = m_presetCombo->itemData(index).toString();
    QSettings().setValue(QStringLiteral("import/preset"), name);
    m_baseMapping = Mapping();
    if (!name.isEmpty()) {
        QString error;
        const auto preset = Presets::load(name, &error);
        if (!preset) {
            QMessageBox::warning(window(), ImportDialogText::tr("Mapping Preset"), error);
            return;
        }
        m_baseMapping = *preset;
        // The preset's way of reading the file.
        m_file->selectReading(*preset);
        showDefaults(*preset);
        m_file->readPreview();
    }
    matchColumns();
    updateState();
}

void ImportColumnsPage::savePreset()
{
    bool ok = false;
    const QString current = m_presetCombo->currentData().toString();
    const QString name = QInputDialog::getText(window(), ImportDialogText::tr("Save Mapping Preset"),
                                               ImportDialogText::tr("A name for this mapping (columns and reading options):"),
                                               QLineEdit::Normal,
                                               Presets::isShipped(current) ? QString() : current, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    Mapping m = currentMapping();
    m.name = name;
    QString error;
    if (!Presets::save(m, &error)) {
        QMessageBox::warning(window(), ImportDialogText::tr("Save Mapping Preset"), error);
        return;
    }
    QSettings().setValue(QStringLiteral("import/preset"), name);
    fillPresets(name);
}

void ImportColumnsPage::deletePreset()
{
    const QString name = m_presetCombo->currentData().toString();
    if (name.isEmpty() || Presets::isShipped(name)) {
        QMessageBox::information(window(), ImportDialogText::tr("Delete Mapping Preset"),
                                 ImportDialogText::tr("Only presets you saved yourself can be deleted."));
        return;
    }
    if (QMessageBox::question(window(), ImportDialogText::tr("Delete Mapping Preset"),
                              ImportDialogText::tr("Delete the preset \"%1\"?").arg(name))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!Presets::remove(name, &error))
        QMessageBox::warning(window(), ImportDialogText::tr("Delete Mapping Preset"), error);
    fillPresets();
}

Mapping ImportColumnsPage::currentMapping() const
{
    Mapping m = m_mapping->mapping();
    const Mapping reading = m_file->readingOptions();
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

void ImportColumnsPage::updateState()
{
    const Mapping m = m_mapping->mapping();
    QStringList missing;
    if (!m.has(Field::Region) && !m.has(Field::District) && !m.has(Field::Settlement) && !m.has(Field::Kato))
        missing.append(ImportDialogText::tr("No column names a territory: choose which column holds the district, the region or the "
                                            "settlement."));
    if (!m.has(Field::ElectionDate) && !m_useDate->isChecked())
        missing.append(ImportDialogText::tr("No column holds the election date: choose one, or give a date for the whole file below."));
    if ((m.has(Field::Votes) || m.has(Field::Nomination) || m.has(Field::Elected)) && !m.has(Field::Candidate)
        && !m.has(Field::Winner))
        missing.append(ImportDialogText::tr("Votes, nominations or elected marks need a column with the candidates' names."));
    m_ready = missing.isEmpty();
    m_columnsState->setText(m_ready ? ImportDialogText::tr("Ready to check the file.") : missing.join(QLatin1Char('\n')));
    m_columnsState->setStyleSheet(m_ready ? QString()
                                          : QStringLiteral("QLabel { color: %1; }").arg(Appearance::attentionColour().name()));
    emit stateChanged();
}

void ImportColumnsPage::focusColumns()
{
    m_mappingView->setFocus();
}

} // namespace Sailau
