// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttheme.h"

#include <QFontDatabase>
#include <QPalette>

#include <algorithm>
#include <array>
#include <cmath>

namespace Sailau::Charts {

namespace Palette {

namespace {
constexpr std::array<QRgb, 8> okabeItoColours = {0x000000, 0xE69F00, 0x56B4E9, 0x009E73,
                                                 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7};
// viridis, 17 stops (matplotlib's table sampled every 16th entry).
constexpr std::array<QRgb, 17> viridis = {
    0x440154, 0x481a6c, 0x472f7d, 0x414487, 0x39568c, 0x31688e, 0x2a788e, 0x23888e, 0x1f988b,
    0x22a884, 0x35b779, 0x54c568, 0x7ad151, 0xa5db36, 0xd2e21b, 0xeae51a, 0xfde725};
} // namespace

QColor okabeIto(int index)
{
    return QColor(okabeItoColours[size_t(((index % 8) + 8) % 8)]);
}

QColor categorical(const QString &name)
{
    // Skip black (index 0) and yellow (4): poor on one of the backgrounds.
    static const int usable[] = {5, 1, 3, 6, 7, 2};
    const uint h = qHash(name);
    return okabeIto(usable[h % 6]);
}

QColor sequential(double t)
{
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    const double pos = t * double(viridis.size() - 1);
    const int i = std::min(int(pos), int(viridis.size()) - 2);
    const double f = pos - i;
    const QColor a(viridis[size_t(i)]), b(viridis[size_t(i + 1)]);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QColor party(const QString &shortName, const QString &stored)
{
    const QColor c(stored);
    if (!stored.isEmpty() && c.isValid())
        return c;
    return categorical(shortName);
}

QColor selfNominated()
{
    return QColor(0x99, 0x99, 0x99);
}

QColor textOn(const QColor &background)
{
    // Relative luminance (WCAG), then the better of black and white.
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double l = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
                     + 0.0722 * channel(background.blueF());
    return l > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace Palette

ChartTheme ChartTheme::make(ThemeId id, double scale)
{
    ChartTheme t;
    t.id = id;
    t.family = QStringLiteral("DejaVu Sans");
    if (!QFontDatabase::families().contains(t.family))
        t.family = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    t.reference = Palette::okabeIto(6);          // vermillion
    t.published = Palette::okabeIto(2);          // sky blue
    t.secondary = Palette::okabeIto(1);          // orange
    switch (id) {
    case ThemeId::Light:
        t.background = QColor(QRgb(0xffffff));
        t.plotBackground = QColor(QRgb(0xffffff));
        t.foreground = QColor(QRgb(0x1a1a1a));
        t.muted = QColor(QRgb(0x555555));
        t.grid = QColor(QRgb(0xdddddd));
        t.primary = Palette::okabeIto(5);        // blue
        t.selection = Palette::okabeIto(6);
        t.missing = QColor(QRgb(0xeeeeee));
        t.missingHatch = QColor(QRgb(0xb4b4b4));
        t.basePixels = 13;
        t.lineWidth = 2;
        break;
    case ThemeId::Dark:
        t.background = QColor(QRgb(0x1e1f22));
        t.plotBackground = QColor(QRgb(0x1e1f22));
        t.foreground = QColor(QRgb(0xeeeeee));
        t.muted = QColor(QRgb(0xb0b0b0));
        t.grid = QColor(QRgb(0x3c3f44));
        t.primary = Palette::okabeIto(2);        // sky blue reads on dark
        t.published = Palette::okabeIto(3);      // bluish green
        t.selection = Palette::okabeIto(1);      // orange
        t.reference = Palette::okabeIto(7);      // reddish purple
        t.missing = QColor(QRgb(0x34363a));
        t.missingHatch = QColor(QRgb(0x8a8a8a));
        t.basePixels = 13;
        t.lineWidth = 2;
        break;
    case ThemeId::Presentation:
        // For a projector: white, high contrast, large type (24 pt = 32 px at 96 DPI).
        t.background = QColor(QRgb(0xffffff));
        t.plotBackground = QColor(QRgb(0xffffff));
        t.foreground = QColor(QRgb(0x000000));
        t.muted = QColor(QRgb(0x333333));
        t.grid = QColor(QRgb(0xcccccc));
        t.primary = Palette::okabeIto(5);
        t.selection = Palette::okabeIto(6);
        t.missing = QColor(QRgb(0xeeeeee));
        t.missingHatch = QColor(QRgb(0x777777));
        t.basePixels = 32;
        t.lineWidth = 4;
        break;
    }
    t.basePixels *= scale;
    t.lineWidth *= scale;
    return t;
}

QFont ChartTheme::font(double factor, bool bold) const
{
    QFont f(family);
    // For a room, nothing is smaller than the body text (24 pt on a 1080-line screen).
    if (id == ThemeId::Presentation)
        factor = std::max(factor, 1.0);
    f.setPixelSize(std::max(1, int(std::lround(basePixels * factor))));
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

QString ChartTheme::key(ThemeId id)
{
    switch (id) {
    case ThemeId::Light: return QStringLiteral("light");
    case ThemeId::Dark: return QStringLiteral("dark");
    case ThemeId::Presentation: return QStringLiteral("presentation");
    }
    return {};
}

std::optional<ThemeId> ChartTheme::fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("light"))
        return ThemeId::Light;
    if (k == QLatin1String("dark"))
        return ThemeId::Dark;
    if (k == QLatin1String("presentation"))
        return ThemeId::Presentation;
    return std::nullopt;
}

QString ChartTheme::name(ThemeId id)
{
    switch (id) {
    case ThemeId::Light: return tr("Light");
    case ThemeId::Dark: return tr("Dark");
    case ThemeId::Presentation: return tr("Presentation");
    }
    return {};
}

ThemeId ChartTheme::fromPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? ThemeId::Dark : ThemeId::Light;
}

} // namespace Sailau::Charts
