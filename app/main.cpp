// SPDX-License-Identifier: GPL-3.0-or-later
// Sailau: explore Kazakhstan's direct elections of akims.
#include "commands.h"
#include "datasetloader.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Sailau"));
    QCoreApplication::setApplicationName(QStringLiteral("Sailau"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAILAU_VERSION));
}

// Arguments that are answered without a window: --help, --version, a subcommand, or a mistake.
bool runsWithoutWindow(const QStringList &args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--version")
            || a == QLatin1String("-v") || a == QLatin1String("-help") || a == QLatin1String("-version"))
            return true;
    }
    return args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-'));
}

int runWithoutWindow(QCoreApplication &app)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    const QString first = args.value(1);
    if (Sailau::Cli::isCommand(first)) {
        const int code = Sailau::Cli::run(first, args.mid(2), out, err);
        out.flush();
        err.flush();
        return code;
    }
    if (args.contains(QLatin1String("--version")) || args.contains(QLatin1String("-v"))
        || args.contains(QLatin1String("-version"))) {
        out << "sailau " << QCoreApplication::applicationVersion() << '\n';
        return Sailau::Cli::Ok;
    }
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))
        || args.contains(QLatin1String("-help"))) {
        out << Sailau::Cli::usage();
        return Sailau::Cli::Ok;
    }
    err << QCoreApplication::translate("Sailau::Cli", "sailau: unknown command '%1'").arg(first) << '\n'
        << Sailau::Cli::usage();
    return Sailau::Cli::UsageError;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    Sailau::setDisplayLanguage(Sailau::languageForLocale(QLocale::system()));

    if (runsWithoutWindow(args)) {
        const QString first = args.value(1);
        if (Sailau::Cli::isCommand(first) && Sailau::Cli::needsGui(first)) {
            // Rendering needs a GUI application object, but never a screen.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
                && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            describeApplication();
            return runWithoutWindow(app);
        }
        QCoreApplication app(argc, argv);
        describeApplication();
        return runWithoutWindow(app);
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Sailau"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Explore Kazakhstan's direct elections of akims."));
    const QCommandLineOption databaseOption({QStringLiteral("d"), QStringLiteral("database")},
                                            QCoreApplication::translate("main", "Open or create this database file."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QCoreApplication::translate("main", "Show names in kk, ru or en."),
                                            QStringLiteral("LANG"));
    parser.addOptions({databaseOption, languageOption});
    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << "sailau: " << parser.errorText() << '\n' << Sailau::Cli::usage();
        return Sailau::Cli::UsageError;
    }
    if (parser.isSet(languageOption))
        Sailau::setDisplayLanguage(Sailau::languageFromCode(parser.value(languageOption)));

    Sailau::MainWindow window;
    const bool explicitFile = parser.isSet(databaseOption);
    const QString path = explicitFile ? parser.value(databaseOption) : Sailau::Database::defaultPath();
    QString message;
    auto db = Sailau::DatasetLoader::openOrCreate(path, !explicitFile, &message);
    window.show();
    if (db) {
        window.setDatabase(std::move(db));
    } else {
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Cannot Open Database"), message);
    }
    return app.exec();
}
