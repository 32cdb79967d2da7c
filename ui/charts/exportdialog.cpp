// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace Sailau::Charts {

namespace {
constexpr int ClipboardFormat = 100;
}

ExportDialog::ExportDialog(const ChartData &data, ChartId chart, const ExportOptions &options, Mode mode,
                           QWidget *parent)
    : QDialog(parent)
    , m_data(data)
    , m_chart(chart)
    , m_mode(mode)
    , m_base(options)
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(mode == Mode::Batch ? tr("Export All Charts") : tr("Export Chart"));
    auto *outer = new QHBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form, 0);
    addFormatRows(form, options);
    addSizeRows(form, options);
    addLookRows(form, options);
    addTextRows(form, options);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Batch ? tr("Export All…") : tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    form->addRow(buttons);

    auto *previewBox = new QVBoxLayout;
    auto *previewTitle = new QLabel(tr("Preview"), this);
    previewBox->addWidget(previewTitle);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setMinimumSize(420, 300);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    previewBox->addWidget(m_preview, 1);
    outer->addLayout(previewBox, 1);

    setSizeFields(options);
    connectChanges();
    updateInfo();
    m_previewTimer->start();
}

// The format (or the clipboard) and the quality of a JPEG.
void ExportDialog::addFormatRows(QFormLayout *form, const ExportOptions &options)
{
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    for (auto f : {ExportOptions::Format::Png, ExportOptions::Format::Jpeg, ExportOptions::Format::Svg,
                   ExportOptions::Format::Pdf})
        m_format->addItem(QStringLiteral("%1 (*.%2)").arg(ExportOptions::formatName(f), ExportOptions::suffix(f)), int(f));
    if (m_mode == Mode::Single)
        m_format->addItem(tr("Clipboard"), ClipboardFormat);
    m_format->setCurrentIndex(m_format->findData(int(options.format)));
    form->addRow(tr("&Format:"), m_format);
    m_quality = new QSpinBox(this);
    m_quality->setObjectName(QStringLiteral("jpegQuality"));
    m_quality->setRange(10, 100);
    m_quality->setValue(options.jpegQuality);
    m_quality->setToolTip(tr("Higher quality keeps fine lines and small text sharp and makes larger files; "
                             "%1 suits reports.").arg(ExportOptions::DefaultJpegQuality));
    m_quality->setEnabled(options.format == ExportOptions::Format::Jpeg);
    form->addRow(tr("JPEG &quality:"), m_quality);
}

// The preset sizes, the size and its unit, the resolution, and the size in pixels and on paper.
void ExportDialog::addSizeRows(QFormLayout *form, const ExportOptions &options)
{
    m_preset = new QComboBox(this);
    m_preset->addItem(tr("Custom"));
    m_preset->addItem(tr("Report figure, 160 × 100 mm"), QSizeF(160, 100));
    m_preset->addItem(tr("Half page, 80 × 60 mm"), QSizeF(80, 60));
    m_preset->addItem(tr("A4 landscape, 297 × 210 mm"), QSizeF(297, 210));
    m_preset->addItem(tr("Slide, 1920 × 1080 px"), QSize(1920, 1080));
    m_preset->addItem(tr("Web, 1200 × 675 px"), QSize(1200, 675));
    form->addRow(tr("&Preset:"), m_preset);

    auto *sizeRow = new QHBoxLayout;
    m_width = new QDoubleSpinBox(this);
    m_width->setObjectName(QStringLiteral("width"));
    m_height = new QDoubleSpinBox(this);
    m_height->setObjectName(QStringLiteral("height"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->addItem(tr("mm"), int(ExportOptions::Unit::Millimetres));
    m_unit->addItem(tr("px"), int(ExportOptions::Unit::Pixels));
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_unit);
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_width);
    form->addRow(sizeLabel, sizeRow);
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));

    m_dpi = new QSpinBox(this);
    m_dpi->setObjectName(QStringLiteral("dpi"));
    m_dpi->setRange(ExportOptions::MinDpi, ExportOptions::MaxDpi);
    m_dpi->setSuffix(tr(" DPI"));
    m_dpi->setValue(options.dpi);
    form->addRow(tr("&Resolution:"), m_dpi);
    m_sizeInfo = new QLabel(this);
    m_sizeInfo->setObjectName(QStringLiteral("sizeInfo"));
    form->addRow(QString(), m_sizeInfo);
}

// The background and the theme.
void ExportDialog::addLookRows(QFormLayout *form, const ExportOptions &options)
{
    m_background = new QComboBox(this);
    m_background->setObjectName(QStringLiteral("background"));
    m_background->addItem(tr("White"), int(ExportOptions::Background::White));
    m_background->addItem(tr("Transparent"), int(ExportOptions::Background::Transparent));
    m_background->addItem(tr("Theme"), int(ExportOptions::Background::Theme));
    m_background->setCurrentIndex(m_background->findData(int(options.background)));
    form->addRow(tr("&Background:"), m_background);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    for (ThemeId t : {ThemeId::Light, ThemeId::Dark, ThemeId::Presentation})
        m_theme->addItem(ChartTheme::name(t), int(t));
    m_theme->setCurrentIndex(m_theme->findData(int(options.theme)));
    form->addRow(tr("T&heme:"), m_theme);
}

// The title and subtitle, the note on left-out races and the source footnote; the chart's own
// texts are the placeholders.
void ExportDialog::addTextRows(QFormLayout *form, const ExportOptions &options)
{
    const ChartModel model = m_data.build(m_chart, options.mapMetric);
    m_showTitle = new QCheckBox(tr("&Title and subtitle"), this);
    m_showTitle->setChecked(options.showTitle);
    form->addRow(QString(), m_showTitle);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(m_mode == Mode::Batch ? tr("Each chart's own title") : model.title);
    m_title->setEnabled(m_mode == Mode::Single);
    form->addRow(tr("T&itle:"), m_title);
    m_subtitle = new QLineEdit(this);
    m_subtitle->setPlaceholderText(model.scope);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    m_showNote = new QCheckBox(tr("&Note on left-out races"), this);
    m_showNote->setChecked(options.showNote);
    form->addRow(QString(), m_showNote);
    m_showFootnote = new QCheckBox(tr("Source &footnote"), this);
    m_showFootnote->setChecked(options.showFootnote);
    form->addRow(QString(), m_showFootnote);
    m_footnote = new QLineEdit(this);
    m_footnote->setPlaceholderText(m_data.sourceNote());
    form->addRow(tr("Foot&note:"), m_footnote);
}

// The size fields in the stored unit.
void ExportDialog::setSizeFields(const ExportOptions &options)
{
    m_lastUnit = options.unit;
    m_unit->setCurrentIndex(m_unit->findData(int(options.unit)));
    if (options.unit == ExportOptions::Unit::Millimetres) {
        m_width->setRange(10, 2000);
        m_height->setRange(10, 2000);
        m_width->setDecimals(1);
        m_height->setDecimals(1);
        m_width->setValue(options.widthMm);
        m_height->setValue(options.heightMm);
    } else {
        m_width->setRange(16, 30000);
        m_height->setRange(16, 30000);
        m_width->setDecimals(0);
        m_height->setDecimals(0);
        m_width->setValue(options.widthPx);
        m_height->setValue(options.heightPx);
    }
}

// Every field updates the size shown and, a moment later, the preview.
void ExportDialog::connectChanges()
{
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    auto changed = [this] {
        updateInfo();
        m_previewTimer->start();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, [this, changed] {
        const bool jpeg = m_format->currentData().toInt() == int(ExportOptions::Format::Jpeg);
        // JPEG has no alpha channel.
        if (jpeg && m_background->currentData().toInt() == int(ExportOptions::Background::Transparent))
            m_background->setCurrentIndex(m_background->findData(int(ExportOptions::Background::White)));
        m_quality->setEnabled(jpeg);
        changed();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this, changed] {
        unitChanged();
        changed();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this, changed] {
        const QVariant v = m_preset->currentData();
        if (v.typeId() == QMetaType::QSizeF) {
            m_unit->setCurrentIndex(m_unit->findData(int(ExportOptions::Unit::Millimetres)));
            m_width->setValue(v.toSizeF().width());
            m_height->setValue(v.toSizeF().height());
        } else if (v.typeId() == QMetaType::QSize) {
            m_unit->setCurrentIndex(m_unit->findData(int(ExportOptions::Unit::Pixels)));
            m_width->setValue(v.toSize().width());
            m_height->setValue(v.toSize().height());
            m_dpi->setValue(96);
        }
        changed();
    });
    for (QDoubleSpinBox *s : {m_width, m_height})
        connect(s, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_dpi, &QSpinBox::valueChanged, this, changed);
    connect(m_quality, &QSpinBox::valueChanged, this, changed);
    for (QComboBox *c : {m_background, m_theme})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *c : {m_showTitle, m_showNote, m_showFootnote})
        connect(c, &QCheckBox::toggled, this, changed);
    for (QLineEdit *e : {m_title, m_subtitle, m_footnote})
        connect(e, &QLineEdit::textChanged, this, changed);
}

void ExportDialog::setMapMetric(MapMetric metric)
{
    m_base.mapMetric = metric;
    m_previewTimer->start();
}

bool ExportDialog::toClipboard() const
{
    return m_format->currentData().toInt() == ClipboardFormat;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o = m_base;
    const int format = m_format->currentData().toInt();
    o.format = format == ClipboardFormat ? ExportOptions::Format::Png : ExportOptions::Format(format);
    o.unit = ExportOptions::Unit(m_unit->currentData().toInt());
    if (o.unit == ExportOptions::Unit::Millimetres) {
        o.widthMm = m_width->value();
        o.heightMm = m_height->value();
    } else {
        o.widthPx = int(m_width->value());
        o.heightPx = int(m_height->value());
    }
    o.dpi = m_dpi->value();
    o.jpegQuality = m_quality->value();
    o.background = ExportOptions::Background(m_background->currentData().toInt());
    o.theme = ThemeId(m_theme->currentData().toInt());
    o.showTitle = m_showTitle->isChecked();
    o.title = m_title->text().trimmed();
    o.subtitle = m_subtitle->text().trimmed();
    o.showNote = m_showNote->isChecked();
    o.showFootnote = m_showFootnote->isChecked();
    o.footnote = m_footnote->text().trimmed();
    return o;
}

void ExportDialog::unitChanged()
{
    const auto unit = ExportOptions::Unit(m_unit->currentData().toInt());
    if (unit == m_lastUnit)
        return;
    // Keep the physical size: convert at the chosen resolution.
    const double dpi = m_dpi->value();
    const double w = m_width->value(), h = m_height->value();
    const QSignalBlocker bw(m_width), bh(m_height);
    if (unit == ExportOptions::Unit::Pixels) {
        m_width->setDecimals(0);
        m_height->setDecimals(0);
        m_width->setRange(16, 30000);
        m_height->setRange(16, 30000);
        m_width->setValue(std::round(w / 25.4 * dpi));
        m_height->setValue(std::round(h / 25.4 * dpi));
    } else {
        m_width->setRange(10, 2000);
        m_height->setRange(10, 2000);
        m_width->setDecimals(1);
        m_height->setDecimals(1);
        m_width->setValue(w * 25.4 / dpi);
        m_height->setValue(h * 25.4 / dpi);
    }
    m_lastUnit = unit;
}

void ExportDialog::updateInfo()
{
    const ExportOptions o = options();
    const QSize px = o.pixelSize();
    const QSizeF mm = o.millimetres();
    QString text = tr("%1 × %2 px = %3 × %4 mm at %5 DPI")
                       .arg(px.width())
                       .arg(px.height())
                       .arg(Format::locale().toString(mm.width(), 'f', 1), Format::locale().toString(mm.height(), 'f', 1))
                       .arg(o.dpi);
    const QString problem = o.validate();
    if (!problem.isEmpty())
        text += QLatin1Char('\n') + problem;
    m_sizeInfo->setText(text);
    m_background->setItemData(1, o.format == ExportOptions::Format::Jpeg ? QVariant(0) : QVariant(),
                              Qt::UserRole - 1);   // JPEG: transparent is not offered
}

void ExportDialog::updatePreview()
{
    ExportOptions o = options();
    if (!o.validate().isEmpty()) {
        m_preview->setText(o.validate());
        return;
    }
    // The page as it will be, drawn small: the same layout (logical size), fewer pixels.
    const QSizeF logical = o.logicalSize();
    const QSize box = m_preview->contentsRect().size() - QSize(8, 8);
    const double scale = std::min(box.width() / logical.width(), box.height() / logical.height());
    o.widthPx = std::max(1, int(std::lround(logical.width() * scale)));
    o.heightPx = std::max(1, int(std::lround(logical.height() * scale)));
    QImage image(QSize(o.widthPx, o.heightPx), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        ChartExporter::Page p(m_data, m_chart, options());
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        p.paint(&painter);
    }
    // A checkerboard shows transparency.
    QImage shown(image.size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&shown);
        const int cell = 8;
        for (int y = 0; y < shown.height(); y += cell)
            for (int x = 0; x < shown.width(); x += cell)
                painter.fillRect(x, y, cell, cell, ((x + y) / cell) % 2 ? QColor(0xcc, 0xcc, 0xcc) : QColor(0xf4, 0xf4, 0xf4));
        painter.drawImage(0, 0, image);
    }
    m_preview->setPixmap(QPixmap::fromImage(shown));
}

void ExportDialog::accept()
{
    if (run())
        QDialog::accept();
}

bool ExportDialog::run()
{
    const ExportOptions o = options();
    if (const QString problem = o.validate(); !problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return false;
    }
    QSettings settings;
    const QString lastDir = settings.value(QStringLiteral("charts/exportDir"),
                                           QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                .toString();
    QString error;
    if (m_mode == Mode::Single && toClipboard()) {
        if (!ChartExporter::copyToClipboard(m_data, m_chart, o, &error)) {
            QMessageBox::warning(this, windowTitle(), error);
            return false;
        }
        m_result = tr("Copied the chart to the clipboard.");
        return true;
    }
    if (m_mode == Mode::Batch) {
        QString dir = m_target;
        if (dir.isEmpty())
            dir = QFileDialog::getExistingDirectory(this, tr("Export All Charts Into"), lastDir);
        if (dir.isEmpty())
            return false;
        m_written = ChartExporter::exportAll(m_data, o, dir, &error);
        if (!error.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), error);
            return false;
        }
        settings.setValue(QStringLiteral("charts/exportDir"), dir);
        m_result = tr("Exported %n chart(s) into %1.", nullptr, int(m_written.size())).arg(QDir::toNativeSeparators(dir));
        return true;
    }
    QString path = m_target;
    if (path.isEmpty()) {
        const QString suffix = ExportOptions::suffix(o.format);
        path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                            QDir(lastDir).filePath(ChartExporter::fileName(m_data, m_chart, o)),
                                            QStringLiteral("%1 (*.%2)").arg(ExportOptions::formatName(o.format), suffix));
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + suffix;
    }
    ExportOptions write = o;
    if (const auto f = ExportOptions::formatFromSuffix(path))
        write.format = *f;
    if (!ChartExporter::exportChart(m_data, m_chart, write, path, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    settings.setValue(QStringLiteral("charts/exportDir"), QFileInfo(path).absolutePath());
    m_written = {path};
    m_result = tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path));
    return true;
}

} // namespace Sailau::Charts
