// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog's second page: what the columns of the file hold, and the mapping presets.
#pragma once

#include "mapping.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QVBoxLayout;

namespace Sailau {

class ImportFilePage;
class MappingModel;

// Page 2, the columns: each column of the file matched to one of Sailau's fields (by its name,
// or by a preset; changed by hand), the defaults for what the file does not say (the date, the
// level, the source, complete candidate lists), and what is still missing before the check.
// Presets are saved and deleted here; choosing one also sets how the file page reads the file.
class ImportColumnsPage : public QWidget
{
    Q_OBJECT
public:
    // file: the page whose file's columns this page maps.
    explicit ImportColumnsPage(ImportFilePage *file, QWidget *parent = nullptr);

    // The preset (or nothing) the columns of a file start from.
    const Import::Mapping &baseMapping() const { return m_baseMapping; }
    // The columns of the file matched by the preset, or by their names.
    void matchColumns();
    // A file's mapping as it was left: its columns and its defaults.
    void showFileMapping(const Import::Mapping &mapping);
    // The mapping chosen: columns, defaults, preset name and the file page's reading options.
    Import::Mapping currentMapping() const;
    // Whether every field the check needs has a column (or a default).
    bool isReady() const { return m_ready; }
    // Says what is missing before the file can be checked.
    void updateState();
    void focusColumns();

signals:
    // The columns or the defaults changed what is missing.
    void stateChanged();

private:
    void buildPresetRow(QVBoxLayout *layout);
    void buildDefaults(QVBoxLayout *layout);
    void fillPresets(const QString &select = {});
    void showDefaults(const Import::Mapping &mapping);
    void applyPreset(int index);
    void savePreset();
    void deletePreset();

    ImportFilePage *m_file;
    Import::Mapping m_baseMapping;
    bool m_ready = false;
    QComboBox *m_presetCombo;
    QTableView *m_mappingView;
    MappingModel *m_mapping;
    QCheckBox *m_useDate;
    QDateEdit *m_date;
    QComboBox *m_level;
    QLineEdit *m_source;
    QCheckBox *m_listsComplete;
    QLabel *m_columnsState;
};

} // namespace Sailau
