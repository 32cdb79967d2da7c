// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandrun.h"

#include "commands.h"
#include "database.h"
#include "datasetloader.h"

namespace Sailau::Cli {

CommandRun::CommandRun(const QString &command, QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_command(command)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

CommandRun::~CommandRun() = default;

std::optional<int> CommandRun::parse(const QStringList &arguments, const QCommandLineOption &help)
{
    if (!m_parser.parse(QStringList{QStringLiteral("sailau ") + m_command} + arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(help)) {
        m_out << m_parser.helpText();
        return Ok;
    }
    if (!m_parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument '%1'").arg(m_parser.positionalArguments().first()));
    return std::nullopt;
}

int CommandRun::usage(const QString &message) const
{
    m_err << QStringLiteral("sailau %1: ").arg(m_command) << message << '\n'
          << tr("Try 'sailau %1 --help'.").arg(m_command) << '\n';
    return UsageError;
}

bool CommandRun::refuse(const QString &message) const
{
    usage(message);
    return false;
}

std::unique_ptr<Database> CommandRun::openForReading(const QCommandLineOption &database, QString *message) const
{
    if (!m_parser.isSet(database))
        return DatasetLoader::openOrCreate(Database::defaultPath(), true, message);
    OpenOptions open;
    open.create = false;
    open.readOnly = true;
    OpenError code;
    return Database::open(m_parser.value(database), open, &code, message);
}

} // namespace Sailau::Cli
