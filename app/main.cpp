// SPDX-License-Identifier: GPL-3.0-or-later
// Sailau: explore Kazakhstan's direct elections of akims.
#include "appearance.h"
#include "commands.h"
#include "datasetloader.h"
#include "language.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Sailau"));
    QCoreApplication::setApplicationName(QStringLiteral("Sailau"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAILAU_VERSION));
}

// A first argument that is a file to open in the window (as the desktop passes it), not a command.
bool opensFile(const QString &arg)
{
    return !arg.startsWith(QLatin1Char('-')) && !Sailau::Cli::isCommand(arg) && QFileInfo(arg).isFile();
}

// "sailau --database FILE metrics …" as "sailau metrics --database FILE …": the database named before
// the command belongs to the command, as it does after it.
QStringList commandFirst(const QStringList &args)
{
    const QString first = args.value(1);
    int optionLength = 0;
    if (first == QLatin1String("--database") || first == QLatin1String("-d"))
        optionLength = 2;
    else if (first.startsWith(QLatin1String("--database=")))
        optionLength = 1;
    const QString command = args.value(1 + optionLength);
    if (optionLength == 0 || !Sailau::Cli::isCommand(command))
        return args;
    QStringList reordered{args.value(0), command};
    reordered += args.mid(1, optionLength);
    reordered += args.mid(2 + optionLength);
    return reordered;
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
    return args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-')) && !opensFile(args.at(1));
}

int runWithoutWindow(const QStringList &args)
{
    // Standard output through a QFile, so that a failed write (a full disk, a closed pipe) is
    // known with its cause instead of being lost.
    QFile stdoutFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    QTextStream out(&stdoutFile);
    QTextStream err(stderr);
    const QString first = args.value(1);
    if (Sailau::Cli::isCommand(first)) {
        int code = Sailau::Cli::run(first, args.mid(2), out, err);
        out.flush();
        const bool written = out.status() == QTextStream::Ok && stdoutFile.flush()
            && stdoutFile.error() == QFileDevice::NoError;
        if (!written) {
            const QString cause = stdoutFile.error() != QFileDevice::NoError ? stdoutFile.errorString()
                                                                             : QString::fromLocal8Bit(std::strerror(errno));
            err << QCoreApplication::translate("Sailau::Cli",
                                               "sailau %1: the output could not be written, so it is incomplete. Check "
                                               "that the disk has free space and that you may write there. (%2)")
                       .arg(first, cause)
                << '\n';
            code = Sailau::Cli::Failed;
        }
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

// False, after saying so on stderr, when an argument is not text in the system's encoding.
bool argumentsAreText(int argc, char *argv[])
{
    // A path is taken as the system gives it. An argument with bytes that are not text in the
    // system's encoding (a name written on a Windows-1251 system, on a UTF-8 one) would reach the
    // program with those bytes replaced, and name another file: it is refused instead.
    for (int i = 1; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        if (QFile::encodeName(QFile::decodeName(raw)) == raw)
            continue;
        QTextStream(stderr) << QCoreApplication::translate(
                                   "Sailau::Cli",
                                   "sailau: the argument \"%1\" holds bytes that are not valid text in this system's "
                                   "encoding, so the file it names cannot be opened under its real name. Rename the "
                                   "file or its folder (in the file manager, for example), then try again. (bytes: %2)")
                                   .arg(QFile::decodeName(raw), QString::fromLatin1(raw.toHex(' ')))
                            << '\n';
        return false;
    }
    return true;
}

// The application object that a command, --help or --version needs, then runWithoutWindow().
int startWithoutWindow(int &argc, char *argv[], const QStringList &args)
{
    // Messages in the language of the window: the one chosen in View → Language, else the system's.
    const auto translate = [] {
        describeApplication();
        Sailau::Translations::install(Sailau::Translations::resolve(Sailau::Translations::savedChoice()));
    };
    const QString first = args.value(1);
    if (Sailau::Cli::isCommand(first) && Sailau::Cli::needsGui(first)) {
        // Rendering needs a GUI application object, but never a screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        translate();
        return runWithoutWindow(args);
    }
    QCoreApplication app(argc, argv);
    translate();
    return runWithoutWindow(args);
}

// The names the window is known by, its icon, and its look: the one chosen in View → Appearance, a
// font that has the Kazakh letters, and the language chosen in View → Language (else the system's).
void prepareWindowApplication()
{
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Sailau"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sailau.Sailau"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sailau.svg")));

    Sailau::Appearance::captureSystem();
    Sailau::Appearance::apply(Sailau::Appearance::savedMode());
    Sailau::Appearance::ensureKazakhFont();
    Sailau::Translations::install(Sailau::Translations::resolve(Sailau::Translations::savedChoice()));
}

// The options of the window, with their help texts.
struct WindowArguments
{
    const QCommandLineOption databaseOption{{QStringLiteral("d"), QStringLiteral("database")},
                                            QCoreApplication::translate("main", "Open or create this database file."),
                                            QStringLiteral("FILE")};
    const QCommandLineOption languageOption{QStringLiteral("language"),
                                            QCoreApplication::translate("main", "Show the window and names in kk, ru or en."),
                                            QStringLiteral("LANG")};
    const QCommandLineOption importOption{QStringLiteral("import"),
                                          QCoreApplication::translate("main", "Open the import dialog on this CSV or XLSX file; given several times, "
                                                                                       "the files are imported together."),
                                          QStringLiteral("TABLE")};
};

// A file that is damaged: the window says so, rather than open another database silently.
bool isDamage(Sailau::OpenError e)
{
    return e == Sailau::OpenError::Corrupt || e == Sailau::OpenError::Truncated;
}

// The database of the window: the file named on the command line; else the database open when
// Sailau last closed, if it still opens; else the default one (created with the bundled sample on
// first use). path is set to the file tried; message and error say why none opened.
std::unique_ptr<Sailau::Database> openForWindow(const QString &explicitPath, QString *path, QString *message,
                                                Sailau::OpenError *error)
{
    *path = explicitPath;
    // The window checks the whole file on another thread once it shows it: a large file does not
    // keep it from showing, and damage found there puts it in its damaged state.
    Sailau::OpenOptions options;
    options.quickCheck = false;
    if (!explicitPath.isEmpty())
        return Sailau::DatasetLoader::openOrCreate(*path, false, message, error, options);
    std::unique_ptr<Sailau::Database> db;
    const QString last = Sailau::RecentFiles::last();
    if (!last.isEmpty() && QFileInfo(last).isFile()) {
        Sailau::OpenOptions lastOptions = options;
        lastOptions.create = false;
        db = Sailau::Database::open(last, lastOptions, error, message);
        *path = last;
    }
    // The database used last is damaged: say so, rather than open another one silently.
    if (!db && !isDamage(*error)) {
        *path = Sailau::Database::defaultPath();
        db = Sailau::DatasetLoader::openOrCreate(*path, true, message, error, options);
    }
    return db;
}

// The window shown with the database of the command line (or the last or the default one), or
// with what keeps it from opening; the tables of --import go to the import dialog once it shows.
void showWindow(const QCommandLineParser &parser, const WindowArguments &arguments)
{
    auto *window = new Sailau::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QString explicitPath = parser.value(arguments.databaseOption);
    if (explicitPath.isEmpty())
        explicitPath = parser.positionalArguments().value(0);
    QString path;
    QString message;
    Sailau::OpenError error = Sailau::OpenError::None;
    std::unique_ptr<Sailau::Database> db = openForWindow(explicitPath, &path, &message, &error);
    window->show();
    if (!db && isDamage(error)) {
        window->showDamaged(path, message);
    } else if (db) {
        window->setDatabase(std::move(db));
        Sailau::RecentFiles::add(path);
        if (parser.isSet(arguments.importOption)) {
            QStringList tables;
            for (const QString &value : parser.values(arguments.importOption))
                tables.append(QFileInfo(value).absoluteFilePath());
            QMetaObject::invokeMethod(window, [window, tables] { window->importFiles(tables); }, Qt::QueuedConnection);
        }
    } else {
        QMessageBox::warning(window, QCoreApplication::translate("main", "Cannot Open Database"), message);
    }
}

// The browsing window, until it closes.
int runWindow(int &argc, char *argv[])
{
    QApplication app(argc, argv);
    prepareWindowApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Explore Kazakhstan's direct elections of akims."));
    const WindowArguments arguments;
    parser.addOptions({arguments.databaseOption, arguments.languageOption, arguments.importOption});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A database to open."),
                                 QStringLiteral("[FILE]"));
    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << "sailau: " << parser.errorText() << '\n' << Sailau::Cli::usage();
        return Sailau::Cli::UsageError;
    }
    if (parser.isSet(arguments.languageOption))
        Sailau::Translations::install(
            Sailau::languageFromCode(parser.value(arguments.languageOption), Sailau::displayLanguage()));
    showWindow(parser, arguments);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (!argumentsAreText(argc, argv))
        return Sailau::Cli::Failed;

    Sailau::setDisplayLanguage(Sailau::languageForLocale(QLocale::system()));

    args = commandFirst(args);
    if (runsWithoutWindow(args))
        return startWithoutWindow(argc, argv, args);
    return runWindow(argc, argv);
}
