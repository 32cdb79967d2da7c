// SPDX-License-Identifier: GPL-3.0-or-later
// What the import family of subcommands (import, inspect, imports, undo-import, generate) share:
// their translation context, the --help and --database options, the parsing of their arguments
// and the database they open.
#pragma once

#include "database.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace Sailau::Cli {

// Their strings translate as the rest of the command line's: the catalogues hold them under
// Sailau::Cli.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Cli)
};

extern const QCommandLineOption helpOption;
extern const QCommandLineOption databaseOption;

// Adds --help and parses `sailau command arguments`; on a usage error, says so on err and returns
// false.
bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments, QTextStream &err);

// --database FILE (created, with the reference territories, when it does not exist yet and create
// is set), or the default database (created with the sample on first use). Null after saying why
// on err.
std::unique_ptr<Database> openForImport(const QCommandLineParser &parser, QTextStream &err, bool create);

// --delimiter's value: , ; | or tab (by name or as the character itself).
QChar delimiterFrom(const QString &text, bool *ok);

} // namespace Sailau::Cli
