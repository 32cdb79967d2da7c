// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QString>

namespace Sailau::Sqlite {

// A sentence an analyst understands for an SQLite error that is not about the data (another
// program holds the file, the disk is full, the file is damaged or read-only), with SQLite's
// words after it in parentheses; SQLite's words alone for any other error. Database::explain()
// and the prepared statements say the same.
QString explainError(const QSqlError &error);

} // namespace Sailau::Sqlite
