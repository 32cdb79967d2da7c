// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QString>

#include <optional>

class QPalette;

namespace Sailau::Charts {

enum class ThemeId { Light, Dark, Presentation };

// Colour-blind-safe colours: Okabe–Ito for categories, viridis (perceptually uniform) for
// sequential values. Party colours come from the store so that a party looks the same everywhere.
namespace Palette {
// The eight Okabe–Ito colours: black, orange, sky blue, bluish green, yellow, blue, vermillion,
// reddish purple.
QColor okabeIto(int index);
// The colour of a category that has none of its own, stable for its name.
QColor categorical(const QString &name);
// viridis at t in 0…1.
QColor sequential(double t);
// A party's colour as stored (#rrggbb), else a stable Okabe–Ito colour for its name.
QColor party(const QString &shortName, const QString &stored);
QColor selfNominated();
// Black or white, whichever reads better on background.
QColor textOn(const QColor &background);
} // namespace Palette

// How charts look: colours and type sizes. Fonts are in pixels of a 96-DPI logical page, so a
// chart laid out on screen and one rendered into a 300-DPI file have the same proportions.
struct ChartTheme
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Charts::ChartTheme)
public:
    ThemeId id = ThemeId::Light;
    QColor background;
    QColor plotBackground;
    QColor foreground;      // text, axes
    QColor muted;           // secondary text
    QColor grid;
    QColor primary;         // single-series bars
    QColor secondary;       // a second series
    QColor published;       // values as published
    QColor reference;       // reference lines
    QColor selection;       // the selected race or region
    QColor missing;         // "not known" fill on the map
    QColor missingHatch;
    double basePixels = 13; // body text
    double lineWidth = 2;
    QString family;

    static ChartTheme make(ThemeId id, double scale = 1.0);
    QFont font(double factor = 1.0, bool bold = false) const;

    static QString key(ThemeId id);          // "light", "dark", "presentation"
    static std::optional<ThemeId> fromKey(const QString &key);
    static QString name(ThemeId id);
    // Light or dark from the application palette (Qt 6.4 has no colour-scheme hint).
    static ThemeId fromPalette(const QPalette &palette);
};

} // namespace Sailau::Charts
