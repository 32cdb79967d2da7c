// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringList>
#include <QTextStream>

namespace Sailau {
class Store;
}

namespace Sailau::Cli {

// Exit codes shared by every subcommand.
enum ExitCode { Ok = 0, Failed = 1, UsageError = 2 };

// The subcommands that run without a window. Each takes the arguments after its name.
bool isCommand(const QString &name);
bool needsGui(const QString &name);
int run(const QString &command, const QStringList &arguments, QTextStream &out, QTextStream &err);

// When the database at path holds no election on day, says so on err for `sailau command` with the
// days it does hold, and returns true (the command then fails with exit code 1).
bool reportUnknownElectionDay(const Store &store, const QDate &day, const QString &command, const QString &path,
                              QTextStream &err);

// A text cell of CSV on standard output: neutralised as files are (a text a spreadsheet would run
// as a formula gets a leading apostrophe), then quoted where it must be.
QString csvField(const QString &raw);

// The text of `sailau --help`.
QString usage();

} // namespace Sailau::Cli
