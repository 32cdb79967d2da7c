// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace Sailau {

// Hears SQLite meet a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB) on any connection, on any
// thread, wherever the statement was run: a table model's read, a summary, a chart's worker, an
// import or an undo. Many readers drop a failed query's error; SQLite's error log does not, so it
// is the one place where every meeting with damage is heard. Listeners are called on the thread
// that met the damage, and must only hand it on (a queued call), never touch SQLite.
namespace DamageLog {

using Listener = std::function<void(int code, const QString &detail)>;

// Installs SQLite's error log; done before main() runs, as SQLite accepts it only before its
// first connection. True when the log is in place.
bool install();
bool installed();

// Whether an SQLite result code (extended or primary) says the file is damaged.
bool isDamage(int code);

// Registers a listener; returns its id for removeListener().
int addListener(Listener listener);
void removeListener(int id);

// Passes an SQLite error met and reported by the caller (for builds where the log could not be
// installed, and for codes read from a QSqlError): listeners hear it as from the log.
void report(int code, const QString &detail);

} // namespace DamageLog

} // namespace Sailau
