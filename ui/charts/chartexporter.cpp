// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "chartgraphic.h"
#include "format.h"
#include "tableexport.h"

#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGuiApplication>
#include <QImageWriter>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSettings>
#include <QSvgGenerator>
#include <QTextDocument>

#include <cmath>

namespace Sailau::Charts {

namespace {

constexpr double LogicalDpi = 96.0;

QString formatKey(ExportOptions::Format f)
{
    return ExportOptions::suffix(f);
}

} // namespace

// --- ExportOptions ---------------------------------------------------------------------------

QSize ExportOptions::pixelSize() const
{
    if (unit == Unit::Pixels)
        return QSize(widthPx, heightPx);
    return QSize(int(std::lround(widthMm / 25.4 * dpi)), int(std::lround(heightMm / 25.4 * dpi)));
}

QSizeF ExportOptions::millimetres() const
{
    if (unit == Unit::Millimetres)
        return QSizeF(widthMm, heightMm);
    return QSizeF(widthPx * 25.4 / dpi, heightPx * 25.4 / dpi);
}

QSizeF ExportOptions::logicalSize() const
{
    const QSize px = pixelSize();
    return QSizeF(px.width() * LogicalDpi / dpi, px.height() * LogicalDpi / dpi);
}

QString ExportOptions::validate() const
{
    if (dpi < MinDpi || dpi > MaxDpi)
        return tr("The resolution must be between %1 and %2 DPI, not %3.").arg(MinDpi).arg(MaxDpi).arg(dpi);
    const QSize px = pixelSize();
    if (px.width() < 16 || px.height() < 16)
        return tr("The image is too small: %1 × %2 pixels.").arg(px.width()).arg(px.height());
    if (qint64(px.width()) * px.height() > 120'000'000LL)
        return tr("The image is too large: %1 × %2 pixels.").arg(px.width()).arg(px.height());
    const QSizeF logical = logicalSize();
    if (logical.width() < 200 || logical.height() < 120)
        return tr("At %1 DPI the chart would be %2 × %3 mm, too small to be readable; choose a larger size "
                  "or a lower resolution.")
            .arg(dpi)
            .arg(millimetres().width(), 0, 'f', 0)
            .arg(millimetres().height(), 0, 'f', 0);
    if (format == Format::Jpeg && background == Background::Transparent)
        return tr("JPEG has no transparency: choose PNG or SVG, or a white background.");
    return {};
}

std::optional<ExportOptions::Format> ExportOptions::formatFromSuffix(const QString &fileName)
{
    const QString s = QFileInfo(fileName).suffix().toLower();
    if (s == QLatin1String("png"))
        return Format::Png;
    if (s == QLatin1String("jpg") || s == QLatin1String("jpeg"))
        return Format::Jpeg;
    if (s == QLatin1String("svg"))
        return Format::Svg;
    if (s == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString ExportOptions::suffix(Format format)
{
    switch (format) {
    case Format::Png: return QStringLiteral("png");
    case Format::Jpeg: return QStringLiteral("jpg");
    case Format::Svg: return QStringLiteral("svg");
    case Format::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

QString ExportOptions::formatName(Format format)
{
    switch (format) {
    case Format::Png: return tr("PNG image");
    case Format::Jpeg: return tr("JPEG image");
    case Format::Svg: return tr("SVG drawing");
    case Format::Pdf: return tr("PDF document");
    }
    return {};
}

QString ExportOptions::key(Background background)
{
    switch (background) {
    case Background::White: return QStringLiteral("white");
    case Background::Transparent: return QStringLiteral("transparent");
    case Background::Theme: return QStringLiteral("theme");
    }
    return {};
}

std::optional<ExportOptions::Background> ExportOptions::backgroundFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("white"))
        return Background::White;
    if (k == QLatin1String("transparent"))
        return Background::Transparent;
    if (k == QLatin1String("theme"))
        return Background::Theme;
    return std::nullopt;
}

void ExportOptions::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("charts/export"));
    settings.setValue(QStringLiteral("format"), formatKey(format));
    settings.setValue(QStringLiteral("unit"), unit == Unit::Pixels ? QStringLiteral("px") : QStringLiteral("mm"));
    settings.setValue(QStringLiteral("widthMm"), widthMm);
    settings.setValue(QStringLiteral("heightMm"), heightMm);
    settings.setValue(QStringLiteral("widthPx"), widthPx);
    settings.setValue(QStringLiteral("heightPx"), heightPx);
    settings.setValue(QStringLiteral("dpi"), dpi);
    settings.setValue(QStringLiteral("background"), key(background));
    settings.setValue(QStringLiteral("theme"), ChartTheme::key(theme));
    settings.setValue(QStringLiteral("showTitle"), showTitle);
    settings.setValue(QStringLiteral("showNote"), showNote);
    settings.setValue(QStringLiteral("showFootnote"), showFootnote);
    settings.setValue(QStringLiteral("jpegQuality"), jpegQuality);
    settings.endGroup();
}

ExportOptions ExportOptions::load(QSettings &settings)
{
    ExportOptions o;
    settings.beginGroup(QStringLiteral("charts/export"));
    o.format = formatFromSuffix(QStringLiteral("x.") + settings.value(QStringLiteral("format"), QStringLiteral("png")).toString())
                   .value_or(Format::Png);
    o.unit = settings.value(QStringLiteral("unit")).toString() == QLatin1String("px") ? Unit::Pixels : Unit::Millimetres;
    o.widthMm = settings.value(QStringLiteral("widthMm"), o.widthMm).toDouble();
    o.heightMm = settings.value(QStringLiteral("heightMm"), o.heightMm).toDouble();
    o.widthPx = settings.value(QStringLiteral("widthPx"), o.widthPx).toInt();
    o.heightPx = settings.value(QStringLiteral("heightPx"), o.heightPx).toInt();
    o.dpi = std::clamp(settings.value(QStringLiteral("dpi"), o.dpi).toInt(), MinDpi, MaxDpi);
    o.background = backgroundFromKey(settings.value(QStringLiteral("background")).toString()).value_or(o.background);
    o.theme = ChartTheme::fromKey(settings.value(QStringLiteral("theme")).toString()).value_or(o.theme);
    o.showTitle = settings.value(QStringLiteral("showTitle"), true).toBool();
    o.showNote = settings.value(QStringLiteral("showNote"), true).toBool();
    o.showFootnote = settings.value(QStringLiteral("showFootnote"), true).toBool();
    o.jpegQuality = std::clamp(settings.value(QStringLiteral("jpegQuality"), DefaultJpegQuality).toInt(), 10, 100);
    settings.endGroup();
    return o;
}

// --- Page ------------------------------------------------------------------------------------

ChartExporter::Page::Page(const ChartData &data, ChartId id, const ExportOptions &options)
    : m_scene(std::make_unique<QGraphicsScene>())
    , m_size(options.logicalSize())
{
    // White paper wants dark text: a dark theme on a white background is drawn light.
    ThemeId themeId = options.theme;
    if (options.background == ExportOptions::Background::White && themeId == ThemeId::Dark)
        themeId = ThemeId::Light;
    const ChartTheme theme = ChartTheme::make(themeId);
    switch (options.background) {
    case ExportOptions::Background::White: m_background = Qt::white; break;
    case ExportOptions::Background::Transparent: m_background = Qt::transparent; break;
    case ExportOptions::Background::Theme: m_background = theme.background; break;
    }

    const ChartModel model = data.build(id, options.mapMetric);
    const double w = m_size.width(), h = m_size.height();
    const double pad = theme.basePixels;
    double top = pad * 0.8;

    auto addText = [&](const QString &text, const QFont &font, const QColor &colour) {
        auto *item = m_scene->addText(QString());
        item->setFont(font);
        item->setDefaultTextColor(colour);
        item->document()->setDocumentMargin(0);
        item->setPlainText(text);
        item->setTextWidth(w - 2 * pad);
        item->setPos(pad, top);
        top += item->boundingRect().height();
        return item;
    };
    if (options.showTitle) {
        addText(options.title.isEmpty() ? model.title : options.title, theme.font(1.45, true), theme.foreground);
        const QString subtitle = options.subtitle.isEmpty() ? model.scope : options.subtitle;
        if (!subtitle.isEmpty())
            addText(subtitle, theme.font(1.0), theme.muted);
        top += pad * 0.3;
    }
    if (options.showNote && !model.note.isEmpty())
        addText(model.note, theme.font(0.85), theme.muted);

    // The footer from the bottom up: the chart's own footnotes, then the source.
    QStringList footer = model.footnotes;
    if (options.showFootnote)
        footer.append(options.footnote.isEmpty() ? data.sourceNote() : options.footnote);
    double bottom = h - pad * 0.8;
    if (!footer.isEmpty()) {
        auto *item = m_scene->addText(QString());
        item->setFont(theme.font(0.8));
        item->setDefaultTextColor(theme.muted);
        item->document()->setDocumentMargin(0);
        item->setPlainText(footer.join(QLatin1Char('\n')));
        item->setTextWidth(w - 2 * pad);
        bottom -= item->boundingRect().height();
        item->setPos(pad, bottom);
        bottom -= pad * 0.3;
    }

    RenderHints hints;
    const double chartHeight = std::max(40.0, bottom - top);
    hints.maxLabelledBars = std::max(8, int(chartHeight / (theme.basePixels * 1.25)));
    m_graphic = std::make_unique<ChartGraphic>(model, theme, hints);
    m_graphic->setBackgroundVisible(false);
    QGraphicsWidget *widget = m_graphic->widget();
    m_scene->addItem(widget);
    widget->setGeometry(QRectF(0, top, w, chartHeight));
    if (widget->layout())
        widget->layout()->activate();
    // Let the chart finish its layout before its labels are placed.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_graphic->updateLabels();
    m_scene->setSceneRect(0, 0, w, h);
}

ChartExporter::Page::~Page()
{
    // The scene owns the chart now: let the graphic forget it first.
    if (m_graphic && m_graphic->widget())
        m_scene->removeItem(m_graphic->widget());
    m_graphic.reset();
}

void ChartExporter::Page::paint(QPainter *painter) const
{
    const QRectF page(QPointF(0, 0), m_size);
    if (m_background.alpha() > 0)
        painter->fillRect(page, m_background);
    m_scene->render(painter, page, page, Qt::IgnoreAspectRatio);
}

// --- ChartExporter ---------------------------------------------------------------------------

QImage ChartExporter::renderImage(const ChartData &data, ChartId id, const ExportOptions &options)
{
    const QSize px = options.pixelSize();
    const bool alpha = options.format != ExportOptions::Format::Jpeg
                       && options.background == ExportOptions::Background::Transparent;
    QImage image(px, alpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    image.fill(alpha ? Qt::transparent : Qt::white);
    {
        Page page(data, id, options);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.scale(px.width() / page.size().width(), px.height() / page.size().height());
        page.paint(&painter);
    }
    // The resolution goes into the file's metadata (pHYs in PNG, JFIF density in JPEG).
    const int dpm = int(std::lround(options.dpi / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    return image;
}

QByteArray ChartExporter::renderSvg(const ChartData &data, ChartId id, const ExportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Page page(data, id, options);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(options.pixelSize());
    svg.setResolution(options.dpi);
    svg.setViewBox(QRectF(QPointF(0, 0), page.size()));
    const ChartModel &model = page.graphic()->model();
    svg.setTitle(options.title.isEmpty() ? model.title : options.title);
    svg.setDescription(model.scope + QLatin1String(". ") + model.note);
    {
        QPainter painter(&svg);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        page.paint(&painter);
    }
    return buffer.data();
}

bool ChartExporter::exportChart(const ChartData &data, ChartId id, const ExportOptions &options, const QString &path,
                                QString *error)
{
    const QString problem = options.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    switch (options.format) {
    case ExportOptions::Format::Png:
    case ExportOptions::Format::Jpeg: {
        const QImage image = renderImage(data, id, options);
        QSaveFile file(path);
        // Unbuffered, so that a failed write (a full disk) is known with its cause.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        QImageWriter writer(&file, options.format == ExportOptions::Format::Png ? "png" : "jpeg");
        if (options.format == ExportOptions::Format::Jpeg)
            writer.setQuality(options.jpegQuality);
        else
            writer.setCompression(ExportOptions::PngCompression);
        if (!writer.write(image)) {
            // A write cut short by a full disk leaves no error of its own, and the writer knows it
            // only as "Unknown error": one more byte gives the cause (the file is discarded anyway).
            if (file.error() == QFileDevice::NoError)
                file.write("", 1);
            return fail(tr("Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(path),
                                 file.error() != QFileDevice::NoError ? file.errorString() : writer.errorString()));
        }
        if (!file.commit())
            return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return true;
    }
    case ExportOptions::Format::Svg: {
        const QByteArray svg = renderSvg(data, id, options);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || !TableExport::writeAll(&file, svg) || !file.commit())
            return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return true;
    }
    case ExportOptions::Format::Pdf: {
        // Made in memory, then written in one checked piece: the PDF writer does not report a
        // write cut short by a full disk, and would leave a truncated file.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            Page page(data, id, options);
            QPdfWriter pdf(&buffer);
            pdf.setCreator(QStringLiteral("Sailau %1").arg(QStringLiteral(SAILAU_VERSION)));
            const ChartModel &model = page.graphic()->model();
            pdf.setTitle(options.title.isEmpty() ? model.title : options.title);
            pdf.setResolution(std::max(options.dpi, 300));
            const QSizeF mm = options.millimetres();
            // The page is the chart: no margins, exactly its size.
            pdf.setPageSize(QPageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
            QPainter painter(&pdf);
            if (!painter.isActive())
                return fail(tr("Cannot write %1: the PDF could not be started.").arg(QDir::toNativeSeparators(path)));
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            painter.scale(pdf.width() / page.size().width(), pdf.height() / page.size().height());
            page.paint(&painter);
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || !TableExport::writeAll(&file, buffer.data())
            || !file.commit())
            return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return true;
    }
    }
    return false;
}

bool ChartExporter::copyToClipboard(const ChartData &data, ChartId id, const ExportOptions &options, QString *error)
{
    ExportOptions o = options;
    if (o.format == ExportOptions::Format::Jpeg || o.format == ExportOptions::Format::Pdf)
        o.format = ExportOptions::Format::Png;
    const QString problem = o.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard) {
        if (error)
            *error = tr("There is no clipboard.");
        return false;
    }
    auto *mime = new QMimeData;
    mime->setImageData(renderImage(data, id, o));
    mime->setData(QStringLiteral("image/svg+xml"), renderSvg(data, id, o));
    clipboard->setMimeData(mime);
    return true;
}

QString ChartExporter::fileName(const ChartData &data, ChartId id, const ExportOptions &options)
{
    QString name = data.fileStem() + QLatin1Char('_') + ChartCatalog::key(id);
    if (id == ChartId::Map)
        name += QLatin1Char('-') + ChartCatalog::key(options.mapMetric);
    return name + QLatin1Char('.') + ExportOptions::suffix(options.format);
}

QStringList ChartExporter::exportAll(const ChartData &data, const ExportOptions &options, const QString &dir,
                                     QString *error)
{
    QStringList written;
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return written;
    }
    for (ChartId id : ChartCatalog::all()) {
        const QString path = QDir(dir).filePath(fileName(data, id, options));
        if (!exportChart(data, id, options, path, error))
            return written;
        written.append(path);
    }
    return written;
}

} // namespace Sailau::Charts
