// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "chartexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace Sailau::Charts {

// The export dialog: format (PNG, JPEG, SVG, PDF or the clipboard), size in millimetres or
// pixels, resolution, background, theme, and the title, subtitle and source footnote, with a
// preview drawn by the same code that writes the file.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Single, Batch };
    ExportDialog(const ChartData &data, ChartId chart, const ExportOptions &options, Mode mode,
                 QWidget *parent = nullptr);

    ExportOptions options() const;
    bool toClipboard() const;
    void setMapMetric(MapMetric metric);
    // Where to write without asking (tests, and the folder of a batch export).
    void setTargetPath(const QString &path) { m_target = path; }
    QString resultMessage() const { return m_result; }
    QStringList writtenFiles() const { return m_written; }

    QComboBox *formatCombo() const { return m_format; }
    QComboBox *unitCombo() const { return m_unit; }
    QDoubleSpinBox *widthSpin() const { return m_width; }
    QDoubleSpinBox *heightSpin() const { return m_height; }
    QSpinBox *dpiSpin() const { return m_dpi; }
    QSpinBox *qualitySpin() const { return m_quality; }
    QComboBox *backgroundCombo() const { return m_background; }
    QLabel *sizeLabel() const { return m_sizeInfo; }

public slots:
    void accept() override;

private:
    void addFormatRows(QFormLayout *form, const ExportOptions &options);
    void addSizeRows(QFormLayout *form, const ExportOptions &options);
    void addLookRows(QFormLayout *form, const ExportOptions &options);
    void addTextRows(QFormLayout *form, const ExportOptions &options);
    void setSizeFields(const ExportOptions &options);
    void connectChanges();
    void unitChanged();
    void updateInfo();
    void updatePreview();
    bool run();

    const ChartData &m_data;
    ChartId m_chart;
    Mode m_mode;
    ExportOptions m_base;
    QString m_target;
    QString m_result;
    QStringList m_written;
    QComboBox *m_format;
    QComboBox *m_preset;
    QComboBox *m_unit;
    QSpinBox *m_quality = nullptr;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QSpinBox *m_dpi;
    QComboBox *m_background;
    QComboBox *m_theme;
    QCheckBox *m_showTitle;
    QLineEdit *m_title;
    QLineEdit *m_subtitle;
    QCheckBox *m_showNote;
    QCheckBox *m_showFootnote;
    QLineEdit *m_footnote;
    QLabel *m_sizeInfo;
    QLabel *m_preview;
    QTimer *m_previewTimer;
    ExportOptions::Unit m_lastUnit;
};

} // namespace Sailau::Charts
