// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "charttheme.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <memory>
#include <optional>

class QGraphicsScene;
class QPainter;
class QSettings;

namespace Sailau::Charts {

class ChartGraphic;

// What an export is: format, size, resolution, background, theme and the text around the chart.
// The dialog fills it, the command line fills it, QSettings keeps it.
struct ExportOptions
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Charts::ExportOptions)
public:
    enum class Format { Png, Jpeg, Svg, Pdf };
    enum class Background { White, Transparent, Theme };
    enum class Unit { Millimetres, Pixels };

    Format format = Format::Png;
    Unit unit = Unit::Millimetres;
    double widthMm = 160, heightMm = 100;
    int widthPx = 1890, heightPx = 1181;
    int dpi = 300;
    Background background = Background::White;
    ThemeId theme = ThemeId::Light;
    bool showTitle = true;
    QString title;          // empty: the chart's title
    QString subtitle;       // empty: the territory and day
    bool showNote = true;   // "2 of 40 races have a turnout …"
    bool showFootnote = true;
    QString footnote;       // empty: "Source: …, as of …"
    int jpegQuality = DefaultJpegQuality;   // 10 to 100
    MapMetric mapMetric = MapMetric::Turnout;

    static constexpr int MinDpi = 96;
    static constexpr int DefaultJpegQuality = 90;
    // Compression of exported PNG files on QImageWriter::setCompression's scale, 0 to 100, which
    // Qt's PNG writer turns into a zlib level as value × 9 / 91: 70 is zlib level 6 (the default
    // level, about 100 KB for a 160 × 100 mm chart at 300 DPI). Small values such as 1 are level
    // 0, stored without compression (6.7 MB for the same chart).
    static constexpr int PngCompression = 70;
    static constexpr int MaxDpi = 600;

    // The size of the output in device pixels (for SVG and PDF: the page at dpi).
    QSize pixelSize() const;
    QSizeF millimetres() const;
    // The page in 96-DPI logical units, in which the chart is laid out.
    QSizeF logicalSize() const;
    // Checks the options; returns a message for people when they cannot be used.
    QString validate() const;

    static std::optional<Format> formatFromSuffix(const QString &fileName);
    static QString suffix(Format format);
    static QString formatName(Format format);
    static QString key(Background background);
    static std::optional<Background> backgroundFromKey(const QString &key);

    void save(QSettings &settings) const;
    static ExportOptions load(QSettings &settings);
};

// Renders a chart into an explicit device (QImage with DPI, QSvgGenerator with a view box,
// QPdfWriter with a page of the chart's size) from the chart scene, never from the screen.
// The export dialog, the clipboard, batch export and `sailau export` all come here.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Charts::ChartExporter)
public:
    // A chart laid out on a page with its title, notes and footnote.
    class Page
    {
    public:
        Page(const ChartData &data, ChartId id, const ExportOptions &options);
        ~Page();
        QGraphicsScene *scene() const { return m_scene.get(); }
        ChartGraphic *graphic() const { return m_graphic.get(); }
        QSizeF size() const { return m_size; }
        // Paints the page (background included) into a painter whose coordinates are logical units.
        void paint(QPainter *painter) const;

    private:
        std::unique_ptr<QGraphicsScene> m_scene;
        std::unique_ptr<ChartGraphic> m_graphic;
        QSizeF m_size;
        QColor m_background;
    };

    static QImage renderImage(const ChartData &data, ChartId id, const ExportOptions &options);
    static QByteArray renderSvg(const ChartData &data, ChartId id, const ExportOptions &options);
    // Writes path in the options' format (PNG, JPEG, SVG or PDF).
    static bool exportChart(const ChartData &data, ChartId id, const ExportOptions &options, const QString &path,
                            QString *error);
    // Puts the chart on the clipboard as an image (and as SVG for programs that take it).
    static bool copyToClipboard(const ChartData &data, ChartId id, const ExportOptions &options, QString *error);
    // Every chart of the scope into dir; returns the files written.
    static QStringList exportAll(const ChartData &data, const ExportOptions &options, const QString &dir,
                                 QString *error);
    // "2023-11-05_kazakhstan_turnout-by-race.png"
    static QString fileName(const ChartData &data, ChartId id, const ExportOptions &options);
};

} // namespace Sailau::Charts
