// SPDX-License-Identifier: GPL-3.0-or-later
// What Sailau remembers between runs comes back as it was left: the window's geometry and layout,
// the recent and last databases, the export options, the appearance and language chosen, and the
// user's mapping presets. The settings live in the test's own configuration folder.
#include "appearance.h"
#include "charts/chartarea.h"
#include "charts/chartexporter.h"
#include "import/mapping.h"
#include "language.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "translations.h"

#include "../common/testsupport.h"
#include "../common/windowparts.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextBlock>
#include <QTextFragment>

using namespace Sailau;

namespace {

QString touch(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("x");
    return path;
}

} // namespace

class tst_Settings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void settingsAreTheTestsOwn();
    void windowLayout();
    void recentDatabases();
    void lastDatabase();
    void exportOptions();
    void appearance();
    void linksReadableInBothThemes();
    void language();
    void mappingPresets();

private:
    QTemporaryDir m_dir;
};

void tst_Settings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SailauTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
}

void tst_Settings::init()
{
    QSettings().clear();
    QSettings().sync();
}

void tst_Settings::settingsAreTheTestsOwn()
{
    // Test mode puts the settings under ~/.qttest, never into the user's own configuration.
    const QString file = QSettings().fileName();
    QVERIFY2(file.contains(QLatin1String(".qttest")), qPrintable(file));
    QVERIFY(Import::Presets::userFolder().contains(QLatin1String(".qttest")));
}

void tst_Settings::windowLayout()
{
    QByteArray header;
    QList<int> splitterSizes;
    QSize size;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1111, 733);
        QTRY_COMPARE(window.size(), QSize(1111, 733));
        // A dock closed by the user stays closed.
        auto *dock = window.findChild<QDockWidget *>();
        if (dock) {
            dock->hide();
            QCoreApplication::processEvents();
        }
        auto *splitter = window.findChild<QSplitter *>();
        QVERIFY(splitter);
        QVERIFY(splitter->count() >= 2);
        QList<int> sizes = splitter->sizes();
        int total = 0;
        for (int s : sizes)
            total += s;
        // A narrow first pane, the rest to the others.
        sizes[0] = total / 5;
        sizes[1] = total - sizes[0] - (sizes.size() > 2 ? total / 4 : 0);
        if (sizes.size() > 2)
            sizes[2] = total / 4;
        splitter->setSizes(sizes);
        splitterSizes = splitter->sizes();
        QHeaderView *h = WindowParts::raceView(window)->horizontalHeader();
        QVERIFY(h->count() > 2);
        h->hideSection(1);
        h->resizeSection(0, 171);
        header = h->saveState();
        size = window.size();
        window.close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    QVERIFY(QSettings().contains(QStringLiteral("window/state")));

    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCoreApplication::processEvents();
    QCOMPARE(again.size(), size);
    auto *splitter = again.findChild<QSplitter *>();
    QVERIFY(splitter);
    QCOMPARE(splitter->sizes(), splitterSizes);
    QHeaderView *h = WindowParts::raceView(again)->horizontalHeader();
    QVERIFY(h->isSectionHidden(1));
    QCOMPARE(h->sectionSize(0), 171);
    if (auto *dock = again.findChild<QDockWidget *>())
        QVERIFY(dock->isHidden());
}

void tst_Settings::recentDatabases()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(RecentFiles::list().isEmpty());
    QStringList paths;
    for (int i = 0; i < RecentFiles::Max + 3; ++i)
        paths.append(touch(dir, QStringLiteral("db%1.sqlite").arg(i)));
    for (const QString &p : paths)
        RecentFiles::add(p);
    QSettings().sync();

    // Newest first, at most Max, absolute paths.
    const QStringList list = RecentFiles::list();
    QCOMPARE(list.size(), RecentFiles::Max);
    QCOMPARE(list.first(), QFileInfo(paths.last()).absoluteFilePath());
    QCOMPARE(list.last(), QFileInfo(paths.at(paths.size() - RecentFiles::Max)).absoluteFilePath());

    // Opening one again moves it to the front without a duplicate; a relative path is made absolute.
    const QString again = list.at(3);
    RecentFiles::add(QDir::current().relativeFilePath(again));
    QCOMPARE(RecentFiles::list().first(), again);
    QCOMPARE(RecentFiles::list().count(again), 1);
    QCOMPARE(RecentFiles::list().size(), RecentFiles::Max);

    // A name with Kazakh letters survives.
    const QString kazakh = touch(dir, QStringLiteral("сайлау-әғқңөұүһі.sqlite"));
    RecentFiles::add(kazakh);
    QSettings().sync();
    QCOMPARE(RecentFiles::list().first(), kazakh);

    RecentFiles::remove(kazakh);
    QVERIFY(!RecentFiles::list().contains(kazakh));
    RecentFiles::clear();
    QVERIFY(RecentFiles::list().isEmpty());
}

void tst_Settings::lastDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(RecentFiles::last().isEmpty());
    const QString a = touch(dir, QStringLiteral("a.sqlite"));
    const QString b = touch(dir, QStringLiteral("b.sqlite"));
    RecentFiles::add(a);
    RecentFiles::add(b);
    QCOMPARE(RecentFiles::last(), b);
    RecentFiles::remove(a);
    QCOMPARE(RecentFiles::last(), b);
    RecentFiles::remove(b);
    QVERIFY(RecentFiles::last().isEmpty());

    // A window that opens a database makes it the last one.
    auto db = SailauTest::sampleDatabase(dir);
    QVERIFY(db);
    const QString path = QFileInfo(db->path()).absoluteFilePath();
    db.reset();
    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    QCOMPARE(RecentFiles::last(), path);
    QCOMPARE(RecentFiles::list().first(), path);
}

void tst_Settings::exportOptions()
{
    Charts::ExportOptions options;
    options.format = Charts::ExportOptions::Format::Svg;
    options.unit = Charts::ExportOptions::Unit::Pixels;
    options.widthMm = 123.5;
    options.heightMm = 77.25;
    options.widthPx = 2400;
    options.heightPx = 1350;
    options.dpi = 150;
    options.background = Charts::ExportOptions::Background::Transparent;
    options.theme = Charts::ThemeId::Presentation;
    options.showTitle = false;
    options.showNote = false;
    options.showFootnote = true;
    options.jpegQuality = 77;
    {
        Charts::ChartArea area;
        area.setExportOptions(options);
    }
    QSettings().sync();

    Charts::ChartArea area;
    const Charts::ExportOptions o = area.exportOptions();
    QCOMPARE(o.format, options.format);
    QCOMPARE(o.unit, options.unit);
    QCOMPARE(o.widthMm, options.widthMm);
    QCOMPARE(o.heightMm, options.heightMm);
    QCOMPARE(o.widthPx, options.widthPx);
    QCOMPARE(o.heightPx, options.heightPx);
    QCOMPARE(o.dpi, options.dpi);
    QCOMPARE(o.background, options.background);
    QCOMPARE(o.theme, options.theme);
    QCOMPARE(o.showTitle, options.showTitle);
    QCOMPARE(o.showNote, options.showNote);
    QCOMPARE(o.showFootnote, options.showFootnote);
    QCOMPARE(o.jpegQuality, options.jpegQuality);

    // Values out of range come back clamped, not as they were written.
    QSettings().setValue(QStringLiteral("charts/export/dpi"), 100000);
    QSettings settings;
    QCOMPARE(Charts::ExportOptions::load(settings).dpi, int(Charts::ExportOptions::MaxDpi));
}

void tst_Settings::appearance()
{
    QCOMPARE(Appearance::savedMode(), Appearance::Mode::System);
    for (Appearance::Mode mode : {Appearance::Mode::Dark, Appearance::Mode::Light, Appearance::Mode::System}) {
        Appearance::saveMode(mode);
        QSettings().sync();
        QCOMPARE(Appearance::savedMode(), mode);
        QCOMPARE(Appearance::fromKey(Appearance::key(mode)), std::optional<Appearance::Mode>(mode));
    }
    // Applying the saved choice gives the look it names.
    Appearance::captureSystem();
    Appearance::saveMode(Appearance::Mode::Dark);
    Appearance::apply(Appearance::savedMode());
    QVERIFY(Appearance::isDark());
    QCOMPARE(Appearance::current(), Appearance::Mode::Dark);
    Appearance::saveMode(Appearance::Mode::Light);
    Appearance::apply(Appearance::savedMode());
    QVERIFY(!Appearance::isDark());
    Appearance::apply(Appearance::Mode::System);

    // The menu's choice is remembered too.
    MainWindow window;
    auto *dark = window.findChild<QAction *>(QStringLiteral("actionAppearance-dark"));
    QVERIFY(dark);
    dark->trigger();
    QCOMPARE(Appearance::savedMode(), Appearance::Mode::Dark);
    QVERIFY(Appearance::isDark());
    auto *system = window.findChild<QAction *>(QStringLiteral("actionAppearance-system"));
    QVERIFY(system);
    system->trigger();
    QCOMPARE(Appearance::savedMode(), Appearance::Mode::System);

    // Something unknown in the file is read as System.
    QSettings().setValue(QStringLiteral("ui/appearance"), QStringLiteral("purple"));
    QCOMPARE(Appearance::savedMode(), Appearance::Mode::System);
}

void tst_Settings::linksReadableInBothThemes()
{
    Appearance::captureSystem();
    auto check = [](const char *what) {
        const QPalette p = QApplication::palette();
        for (QPalette::ColorRole role : {QPalette::Link, QPalette::LinkVisited}) {
            for (QPalette::ColorRole background : {QPalette::Base, QPalette::Window}) {
                const double ratio = Appearance::contrastRatio(p.color(role), p.color(background));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                                      .arg(QLatin1String(what), p.color(role).name(),
                                                           p.color(background).name())
                                                      .arg(ratio, 0, 'f', 2)));
            }
        }
        // A link in a label's rich text takes its colour from the palette when it is parsed.
        QTextDocument doc;
        doc.setHtml(QStringLiteral("<a href=\"https://example.kz\">source</a>"));
        const QColor link = doc.begin().begin().fragment().charFormat().foreground().color();
        QVERIFY2(Appearance::contrastRatio(link, p.color(QPalette::Window)) >= 4.5, qPrintable(link.name()));
        // Greyed labels (notes, the empty race panel) on the window colour.
        QVERIFY2(Appearance::contrastRatio(p.color(QPalette::Disabled, QPalette::WindowText),
                                           p.color(QPalette::Disabled, QPalette::Window)) >= 4.5, what);
        // The other coloured texts: missing figures and warnings.
        QVERIFY2(Appearance::contrastRatio(Appearance::mutedText(), p.color(QPalette::Base)) >= 4.5, what);
        QVERIFY2(Appearance::contrastRatio(Appearance::attentionColour(), p.color(QPalette::Base)) >= 4.5, what);
        QVERIFY2(Appearance::contrastRatio(Appearance::attentionColour(), p.color(QPalette::Window)) >= 4.5, what);
    };
    // The ratio itself: black on white is 21:1, a colour on itself 1:1, WCAG's worked example.
    QCOMPARE(qRound(Appearance::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(Appearance::contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    QCOMPARE(qRound(Appearance::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    // Pure blue on dark grey (the reported case) is not readable; the fix is.
    const QColor darkGrey(0x35, 0x37, 0x3c);
    QVERIFY(Appearance::contrastRatio(Qt::blue, darkGrey) < 4.5);
    QVERIFY(Appearance::contrastRatio(Appearance::readable(Qt::blue, darkGrey), darkGrey) >= 4.5);

    Appearance::apply(Appearance::Mode::Dark);
    check("dark");
    Appearance::apply(Appearance::Mode::Light);
    check("light");
    // A desktop whose dark palette keeps Qt's pure blue links.
    QPalette desktop = Appearance::darkPalette();
    desktop.setColor(QPalette::Link, Qt::blue);
    desktop.setColor(QPalette::LinkVisited, Qt::magenta);
    QApplication::setPalette(Appearance::withReadableLinks(desktop));
    check("desktop dark");
    Appearance::apply(Appearance::Mode::System);
}

void tst_Settings::language()
{
    QVERIFY(Translations::savedChoice().isEmpty());
    for (const QString &code : {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}) {
        Translations::saveChoice(code);
        QSettings().sync();
        QCOMPARE(Translations::savedChoice(), code);
        QCOMPARE(languageCode(Translations::resolve(Translations::savedChoice())), code);
    }
    Translations::saveChoice({});
    QVERIFY(Translations::savedChoice().isEmpty());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
    QVERIFY(Translations::savedChoice().isEmpty());
}

void tst_Settings::mappingPresets()
{
    Import::Mapping m;
    m.name = QStringLiteral("Облыс нәтижелері");
    m.encoding = QStringLiteral("windows-1251");
    m.delimiter = QLatin1Char(';');
    m.decimalSeparator = QLatin1Char(',');
    m.headerRow = 2;
    m.columns = {{QStringLiteral("Аудан"), Import::Field::District},
                 {QStringLiteral("Сайлаушылар"), Import::Field::Voters}};
    m.defaultDate = QDate(2024, 8, 25);
    m.defaultLevel = QStringLiteral("district");
    m.defaultSource = QStringLiteral("https://election.gov.kz/");
    QString error;
    QVERIFY2(Import::Presets::save(m, &error), qPrintable(error));
    QVERIFY(Import::Presets::names().contains(m.name));
    QVERIFY(!Import::Presets::isShipped(m.name));

    const auto loaded = Import::Presets::load(m.name, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->name, m.name);
    QCOMPARE(loaded->encoding, m.encoding);
    QCOMPARE(loaded->delimiter, m.delimiter);
    QCOMPARE(loaded->decimalSeparator, m.decimalSeparator);
    QCOMPARE(loaded->headerRow, m.headerRow);
    QCOMPARE(loaded->columns.size(), m.columns.size());
    for (int i = 0; i < m.columns.size(); ++i) {
        QCOMPARE(loaded->columns.at(i).header, m.columns.at(i).header);
        QCOMPARE(loaded->columns.at(i).field, m.columns.at(i).field);
    }
    QCOMPARE(loaded->defaultDate, m.defaultDate);
    QCOMPARE(loaded->defaultLevel, m.defaultLevel);
    QCOMPARE(loaded->defaultSource, m.defaultSource);

    QVERIFY2(Import::Presets::remove(m.name, &error), qPrintable(error));
    QVERIFY(!Import::Presets::names().contains(m.name));
}

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
