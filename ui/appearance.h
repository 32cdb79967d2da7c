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

// Makes sure the application font has the Kazakh letters ә ғ қ ң ө ұ ү һ і; when it lacks any,
// switches to a family that has them all (DejaVu Sans, Noto Sans, …) at the same size. Returns
// the family in use.
QString ensureKazakhFont();
// Whether the family draws every Kazakh letter itself.
bool hasKazakhLetters(const QString &family);

} // namespace Sailau::Appearance
