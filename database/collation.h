// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <string>

struct sqlite3;

namespace Sailau::Collation {

// The order of names people expect: the Kazakh alphabet (а ә б в г ғ … қ … ң … ө … ұ ү … һ … і …
// я), which holds every Russian letter in Russian order, after digits and Latin letters; case is
// ignored first and decides only between names that are otherwise equal.
std::u16string key(QStringView text);
int compare(QStringView a, QStringView b);

// The same order as the SQLite collation "sailau" (ORDER BY … COLLATE sailau), for one connection.
inline constexpr const char *Name = "sailau";
bool install(sqlite3 *db);

} // namespace Sailau::Collation
