// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <optional>

namespace Sailau::Appearance {

// View → Appearance: follow the desktop, or a light or dark Fusion look.
enum class Mode { System, Light, Dark };

QString key(Mode mode);                      // "system", "light", "dark"
std::optional<Mode> fromKey(const QString &key);
QString name(Mode mode);                     // translated, for the menu

// Kept in QSettings under ui/appearance; System when nothing is saved.
Mode savedMode();
void saveMode(Mode mode);

// Remembers the style and palette the desktop gave, so that System can return to them. Call
// once, after the application object exists and before apply().
void captureSystem();
// Applies mode to the whole application.
void apply(Mode mode);
Mode current();

// Dark when the window colour is dark (Qt 6.4 has no colour-scheme hint).
bool isDark(const QPalette &palette);
bool isDark();

QPalette lightPalette();
QPalette darkPalette();

// WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
// colour itself when it reaches ratio on background, else the nearest colour of the same hue,
// lighter on a dark background and darker on a light one, that does.
QColor readable(const QColor &colour, const QColor &background, double ratio = 4.5);
// A palette whose links (and visited links) and greyed text read at 4.5:1 or better on its base
// and window colours; the desktop's palette may keep Qt's pure blue on a dark window.
QPalette withReadableLinks(QPalette palette);
// Grey for quiet text (missing figures, territories without races) that still reads at 4.5:1 on
// the current palette's base colour.
QColor mutedText();
// A warning colour (vermillion) that reads on the current palette's base colour.
QColor attentionColour();

// Makes sure the application font has the Kazakh letters ә ғ қ ң ө ұ ү һ і; when it lacks any,
// switches to a family that has them all (DejaVu Sans, Noto Sans, …) at the same size. Returns
// the family in use.
QString ensureKazakhFont();
// Whether the family draws every Kazakh letter itself.
bool hasKazakhLetters(const QString &family);

} // namespace Sailau::Appearance
