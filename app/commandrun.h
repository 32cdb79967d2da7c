// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Sailau {
class Database;
}

namespace Sailau::Cli {

// What every run of a subcommand shares: its command line, where it writes, how it says a usage
// error, and how it opens the database it reads.
class CommandRun
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Cli)
public:
    CommandRun(const QString &command, QTextStream &out, QTextStream &err);
    virtual ~CommandRun();

protected:
    // Reads the arguments. An exit code when the run ends here: the help printed (help set), or a
    // usage error said (no positional arguments are taken).
    std::optional<int> parse(const QStringList &arguments, const QCommandLineOption &help);
    // Says on err what is wrong with the command line and where the help is: usage() gives the
    // exit code, refuse() false, for the readers of the options.
    int usage(const QString &message) const;
    bool refuse(const QString &message) const;
    // The database: the file of the option must exist and is only read; without it the default
    // database (created with the sample on first use).
    std::unique_ptr<Database> openForReading(const QCommandLineOption &database, QString *message) const;

    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;

private:
    const QString m_command;
};

} // namespace Sailau::Cli
