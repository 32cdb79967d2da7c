// SPDX-License-Identifier: GPL-3.0-or-later
#include "raceexport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Sailau {

QHash<qint64, QStringList> raceSourceUrls(const QSqlDatabase &db, const QList<qint64> &raceIds, QString *error)
{
    QHash<qint64, QStringList> urls;
    // SQLite binds at most 32,766 parameters (999 before 3.32): ask in chunks.
    constexpr qsizetype Chunk = 500;
    for (qsizetype start = 0; start < raceIds.size(); start += Chunk) {
        const QList<qint64> ids = raceIds.mid(start, Chunk);
        QStringList marks;
        marks.reserve(ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT rs.race_id, s.url FROM race_source rs JOIN source s ON s.id = rs.source_id "
                                     "WHERE rs.race_id IN (%1) ORDER BY rs.race_id, rs.field, s.id")
                          .arg(marks.join(QLatin1Char(','))));
        for (qint64 id : ids)
            query.addBindValue(id);
        if (!query.exec()) {
            if (error)
                *error = query.lastError().text();
            return {};
        }
        while (query.next()) {
            QStringList &list = urls[query.value(0).toLongLong()];
            const QString url = query.value(1).toString();
            if (!list.contains(url))
                list.append(url);
        }
    }
    return urls;
}

} // namespace Sailau
