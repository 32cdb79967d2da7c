// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Sailau::RecentFiles {

// File → Open Recent keeps this many databases.
constexpr int Max = 8;

// The databases opened last, newest first (QSettings database/recent).
QStringList list();
// Puts path first (absolute, without duplicates), keeps Max, and makes it the last database,
// the one the next start opens (database/last).
void add(const QString &path);
void remove(const QString &path);
void clear();
// The database the next start opens when no --database is given; empty when none.
QString last();

} // namespace Sailau::RecentFiles
