// SPDX-License-Identifier: GPL-3.0-or-later
#include "damagelog.h"

#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <sqlite3.h>

#include <atomic>
#include <utility>

namespace Sailau::DamageLog {

namespace {

struct Entry
{
    int id;
    Listener listener;
};

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QList<Entry> &listeners()
{
    static QList<Entry> list;
    return list;
}

std::atomic_bool logInstalled{false};
std::atomic_int nextId{1};

void notify(int code, const QString &detail)
{
    QList<Entry> copy;
    {
        QMutexLocker lock(&mutex());
        copy = listeners();
    }
    for (const Entry &entry : std::as_const(copy))
        entry.listener(code, detail);
}

void sqliteLog(void *, int code, const char *message)
{
    // SQLite's name for the error first ("database disk image is malformed"), then where it met it.
    if (isDamage(code))
        notify(code, QStringLiteral("%1 (%2)").arg(QString::fromUtf8(sqlite3_errstr(code)), QString::fromUtf8(message)));
}

// Before main(): SQLite takes its configuration only before the first connection.
const bool installedAtStart = install();

} // namespace

bool install()
{
    if (logInstalled.load())
        return true;
    if (sqlite3_config(SQLITE_CONFIG_LOG, &sqliteLog, nullptr) == SQLITE_OK)
        logInstalled.store(true);
    return logInstalled.load();
}

bool installed()
{
    return logInstalled.load() || installedAtStart;
}

bool isDamage(int code)
{
    const int primary = code & 0xFF;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

int addListener(Listener listener)
{
    const int id = nextId.fetch_add(1);
    QMutexLocker lock(&mutex());
    listeners().append({id, std::move(listener)});
    return id;
}

void removeListener(int id)
{
    QMutexLocker lock(&mutex());
    listeners().removeIf([id](const Entry &e) { return e.id == id; });
}

void report(int code, const QString &detail)
{
    if (isDamage(code))
        notify(code, detail);
}

} // namespace Sailau::DamageLog
