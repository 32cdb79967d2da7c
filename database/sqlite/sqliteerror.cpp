// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteerror.h"

#include <QCoreApplication>

namespace Sailau::Sqlite {

// The sentences are translated under Sailau::Database, the context of Database::explain().
QString explainError(const QSqlError &error)
{
    const QString technical = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xFF;
    QString sentence;
    if (ok) {
        switch (code) {
        case 5:  // SQLITE_BUSY
        case 6:  // SQLITE_LOCKED
            sentence = QCoreApplication::translate("Sailau::Database",
                                                   "Another program is reading or writing the database file. "
                                                   "Close that program or wait until it finishes, then try again.");
            break;
        case 13: // SQLITE_FULL
            sentence = QCoreApplication::translate("Sailau::Database", "The disk is full. Free some space, then try again.");
            break;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            sentence = QCoreApplication::translate("Sailau::Database", "The database file is damaged. Open a backup copy.");
            break;
        case 8:  // SQLITE_READONLY
            sentence = QCoreApplication::translate("Sailau::Database",
                                                   "The database file cannot be written: it or its folder is read-only.");
            break;
        case 10: // SQLITE_IOERR
            sentence = QCoreApplication::translate("Sailau::Database",
                                                   "The database file could not be read or written (a disk or network error).");
            break;
        default:
            break;
        }
    }
    return sentence.isEmpty() ? technical : sentence + QStringLiteral(" (") + technical + QLatin1Char(')');
}

} // namespace Sailau::Sqlite
