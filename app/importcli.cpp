// SPDX-License-Identifier: GPL-3.0-or-later
// The options, argument parsing and database opening shared by the import family of subcommands.
#include "importcli.h"

#include "datasetloader.h"

#include <QCommandLineParser>

namespace Sailau::Cli {

const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
const QCommandLineOption databaseOption({QStringLiteral("d"), QStringLiteral("database")},
                                        QStringLiteral("The Sailau database file (default: the one in your data folder)."),
                                        QStringLiteral("FILE"));

bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments, QTextStream &err)
{
    parser.addOption(helpOption);
    if (!parser.parse(QStringList{QStringLiteral("sailau ") + command} + arguments)) {
        err << QStringLiteral("sailau %1: %2\n").arg(command, parser.errorText())
            << CliText::tr("Try 'sailau %1 --help'.").arg(command) << '\n';
        return false;
    }
    return true;
}

std::unique_ptr<Database> openForImport(const QCommandLineParser &parser, QTextStream &err, bool create)
{
    QString message;
    std::unique_ptr<Database> db;
    if (parser.isSet(databaseOption)) {
        if (create) {
            db = DatasetLoader::openOrCreate(parser.value(databaseOption), false, &message);
        } else {
            OpenOptions options;
            options.create = false;
            OpenError error;
            db = Database::open(parser.value(databaseOption), options, &error, &message);
        }
    } else {
        db = DatasetLoader::openOrCreate(Database::defaultPath(), true, &message);
    }
    if (!db)
        err << QStringLiteral("sailau: ") << message << '\n';
    return db;
}

QChar delimiterFrom(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("tab") || t == QLatin1String("\\t") || t == QLatin1String("\t"))
        return QLatin1Char('\t');
    if (t == QLatin1String("comma"))
        return QLatin1Char(',');
    if (t == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (t == QLatin1String("pipe"))
        return QLatin1Char('|');
    if (t.size() == 1 && QStringLiteral(",;|").contains(t.at(0)))
        return t.at(0);
    *ok = false;
    return {};
}

} // namespace Sailau::Cli
