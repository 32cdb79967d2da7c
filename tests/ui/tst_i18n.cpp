// SPDX-License-Identifier: GPL-3.0-or-later
// The interface in Kazakh, Russian and English: the catalogues load, the main window's menus are
// translated, Qt's standard buttons too, View → Language switches the window, names follow the
// display language, and numbers and dates are written the way each language writes them.
#include "format.h"
#include "charts/chartdata.h"
#include "charts/chartexporter.h"
#include "language.h"
#include "racetablemodel.h"
#include "mainwindow.h"
#include "territorytreemodel.h"
#include "translations.h"
#include "userguide.h"

#include "../common/testsupport.h"
#include "../common/windowparts.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QXmlStreamReader>
#include <QTemporaryDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QStyle>
#include <QComboBox>
#include <QStyleOptionComboBox>
#include <QTreeView>
#include <QTableView>
#include <QComboBox>
#include <QStyleOptionComboBox>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace Sailau;

Q_DECLARE_METATYPE(Sailau::Language)

namespace {

// Menu titles without their accelerator marks: "&Файл" → "Файл".
QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions()) {
        QString text = a->text();
        text.remove(QLatin1Char('&'));
        if (!text.isEmpty())
            titles.append(text);
    }
    return titles;
}

// Any kind of space (no-break, narrow no-break, thin) as a plain one.
QString plainSpaces(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Separator_Space)
            c = QLatin1Char(' ');
    }
    return text;
}

QString cancelText()
{
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    return box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&'));
}

} // namespace

class tst_I18n : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void catalogues_data();
    void catalogues();
    void systemLocaleChoosesLanguage_data();
    void systemLocaleChoosesLanguage();
    void menusTranslated_data();
    void menusTranslated();
    void qtButtonsTranslated_data();
    void qtButtonsTranslated();
    void languageMenuSwitchesWindow();
    void namesInDisplayLanguage();
    void numbersAndDates_data();
    void numbersAndDates();
    void kazakhLettersSurvive();
    void accessibleNames_data();
    void accessibleNames();
    void shortcutsInMenus();
    void userGuide();
    void nothingElidedAt1366_data();
    void nothingElidedAt1366();
    void figuresInTablesAndCharts_data();
    void figuresInTablesAndCharts();

private:
    QTemporaryDir m_dir;
};

void tst_I18n::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("SailauTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_i18n"));
    QSettings().clear();
}

void tst_I18n::cleanup()
{
    Translations::install(Language::English);
    Translations::saveChoice({});
}

void tst_I18n::catalogues_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("kk") << Language::Kazakh << QStringList{QStringLiteral("sailau_kk"), QStringLiteral("qtbase_kk")};
    QTest::newRow("ru") << Language::Russian << QStringList{QStringLiteral("sailau_ru"), QStringLiteral("qtbase_ru")};
    QTest::newRow("en") << Language::English << QStringList{QStringLiteral("sailau_en")};
}

void tst_I18n::catalogues()
{
    QFETCH(Language, language);
    QFETCH(QStringList, expected);
    const QStringList loaded = Translations::install(language);
    QCOMPARE(loaded, expected);
    QCOMPARE(Translations::installed(), expected);
    QCOMPARE(displayLanguage(), language);
    QCOMPARE(QLocale().language(), localeFor(language).language());
    // Installing again replaces the catalogues rather than stacking them.
    QCOMPARE(Translations::install(language), expected);
    for (const QString &name : expected)
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/%1.qm").arg(name))
                     || name.startsWith(QLatin1String("qtbase_")),
                 qPrintable(name));
}

void tst_I18n::systemLocaleChoosesLanguage_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("system");
    QTest::addColumn<Language>("expected");
    QTest::newRow("kazakh desktop") << QString() << QStringLiteral("kk_KZ") << Language::Kazakh;
    QTest::newRow("russian desktop") << QString() << QStringLiteral("ru_RU") << Language::Russian;
    QTest::newRow("russian in kazakhstan") << QString() << QStringLiteral("ru_KZ") << Language::Russian;
    QTest::newRow("english desktop") << QString() << QStringLiteral("en_US") << Language::English;
    QTest::newRow("german desktop") << QString() << QStringLiteral("de_DE") << Language::English;
    QTest::newRow("menu overrides kazakh") << QStringLiteral("en") << QStringLiteral("kk_KZ") << Language::English;
    QTest::newRow("menu overrides english") << QStringLiteral("kk") << QStringLiteral("en_GB") << Language::Kazakh;
    QTest::newRow("menu overrides german") << QStringLiteral("ru") << QStringLiteral("de_DE") << Language::Russian;
}

void tst_I18n::systemLocaleChoosesLanguage()
{
    QFETCH(QString, choice);
    QFETCH(QString, system);
    QFETCH(Language, expected);
    QCOMPARE(Translations::resolve(choice, QLocale(system)), expected);

    // The choice is kept; an empty one means "follow the system".
    Translations::saveChoice(choice);
    QCOMPARE(Translations::savedChoice(), choice);
    QCOMPARE(Translations::resolve(Translations::savedChoice(), QLocale(system)), expected);
}

void tst_I18n::menusTranslated_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("help");   // the words a translator may use for Help
    QTest::newRow("kk") << Language::Kazakh << QStringLiteral("Файл") << QStringList{QStringLiteral("Анықтама")};
    QTest::newRow("ru") << Language::Russian << QStringLiteral("Файл")
                        << QStringList{QStringLiteral("Справка"), QStringLiteral("Помощь")};
    QTest::newRow("en") << Language::English << QStringLiteral("File") << QStringList{QStringLiteral("Help")};
}

void tst_I18n::menusTranslated()
{
    QFETCH(Language, language);
    QFETCH(QString, file);
    QFETCH(QStringList, help);

    // The English titles, from a window made before any catalogue is installed.
    Translations::install(Language::English);
    QStringList english;
    {
        MainWindow window;
        english = menuTitles(window);
    }
    QVERIFY(english.contains(QStringLiteral("File")));
    QVERIFY(english.contains(QStringLiteral("Help")));

    Translations::install(language);
    MainWindow window;
    const QStringList titles = menuTitles(window);
    QCOMPARE(titles.size(), english.size());
    QCOMPARE(titles.first(), file);
    QVERIFY2(help.contains(titles.last()), qPrintable(titles.join(QLatin1String(" | "))));
    if (language != Language::English) {
        // Every menu title is translated, not left in English.
        for (int i = 0; i < titles.size(); ++i) {
            QVERIFY2(titles.at(i) != english.at(i), qPrintable(titles.at(i)));
            QVERIFY2(titles.at(i).front().script() == QChar::Script_Cyrillic, qPrintable(titles.at(i)));
        }
        // Window title and actions of the File menu too.
        const QAction *open = window.findChild<QAction *>(QStringLiteral("actionOpen"));
        if (open)
            QVERIFY2(!open->text().contains(QLatin1String("Open")), qPrintable(open->text()));
    }
}

void tst_I18n::qtButtonsTranslated_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("kk") << Language::Kazakh << QStringLiteral("Бас тарту");
    QTest::newRow("ru") << Language::Russian << QStringLiteral("Отмена");
    QTest::newRow("en") << Language::English << QStringLiteral("Cancel");
}

void tst_I18n::qtButtonsTranslated()
{
    QFETCH(Language, language);
    QFETCH(QString, cancel);
    Translations::install(language);
    QCOMPARE(cancelText(), cancel);
}

void tst_I18n::languageMenuSwitchesWindow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Translations::install(Language::English);
    auto *window = new MainWindow;
    window->setDatabase(SailauTest::sampleDatabase(dir));
    QVERIFY(window->database());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(menuTitles(*window).contains(QStringLiteral("File")));

    auto *russian = window->findChild<QAction *>(QStringLiteral("actionLanguage-ru"));
    QVERIFY(russian);
    QVERIFY(russian->isCheckable());
    QSignalSpy replaced(window, &MainWindow::replacedBy);
    russian->trigger();
    QCOMPARE(replaced.size(), 1);
    auto *next = replaced.first().first().value<MainWindow *>();
    QVERIFY(next);
    QVERIFY(next != window);
    QCOMPARE(displayLanguage(), Language::Russian);
    QCOMPARE(Translations::savedChoice(), QStringLiteral("ru"));
    QCOMPARE(menuTitles(*next).first(), QStringLiteral("Файл"));
    // The new window took over the open database.
    QVERIFY(next->database());
    QVERIFY(!window->database());
    auto *checked = next->findChild<QAction *>(QStringLiteral("actionLanguage-ru"));
    QVERIFY(checked);
    QVERIFY(checked->isChecked());

    // Back to following the system.
    auto *system = next->findChild<QAction *>(QStringLiteral("actionLanguage-system"));
    QVERIFY(system);
    system->trigger();
    QVERIFY(Translations::savedChoice().isEmpty());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    // The windows the switches made, and the first one.
    QList<QPointer<MainWindow>> windows;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *m = qobject_cast<MainWindow *>(w))
            windows.append(m);
    }
    for (const QPointer<MainWindow> &w : windows)
        delete w.data();
}

void tst_I18n::namesInDisplayLanguage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = SailauTest::sampleDatabase(dir);
    QVERIFY(db);

    // A territory with names in each language, and one known only by its imported name.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, name, name_kk, name_ru, name_en FROM territory "
                                  "WHERE name_kk IS NOT NULL AND name_ru IS NOT NULL AND name_en IS NOT NULL "
                                  "AND name_kk <> name_ru AND name_ru <> name_en ORDER BY id LIMIT 1")));
    QVERIFY(q.next());
    const qint64 named = q.value(0).toLongLong();
    const QString kk = q.value(2).toString(), ru = q.value(3).toString(), en = q.value(4).toString();
    QVERIFY(q.exec(QStringLiteral("SELECT id, name FROM territory WHERE name_en IS NULL OR name_en = '' ORDER BY id LIMIT 1")));
    const bool haveUnnamed = q.next();
    const qint64 unnamed = haveUnnamed ? q.value(0).toLongLong() : 0;
    const QString imported = haveUnnamed ? q.value(1).toString() : QString();

    const std::pair<Language, QString> cases[] = {{Language::Kazakh, kk}, {Language::Russian, ru}, {Language::English, en}};
    for (const auto &[language, expected] : cases) {
        Translations::install(language);
        TerritoryTreeModel model;
        model.setDatabase(db->connection());
        const QModelIndex index = model.revealTerritory(named);
        QVERIFY(index.isValid());
        QCOMPARE(index.data().toString(), expected);
        if (haveUnnamed) {
            const QModelIndex other = model.revealTerritory(unnamed);
            QVERIFY(other.isValid());
            if (language == Language::English)
                QCOMPARE(other.data().toString(), imported);
        }
    }
    if (!haveUnnamed)
        qInfo("every territory of the sample has an English name: the fallback is not exercised");
}

void tst_I18n::numbersAndDates_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("share");
    QTest::addColumn<QString>("date");
    QTest::newRow("kk") << Language::Kazakh << QStringLiteral("1 062 327") << QStringLiteral("62,79 %")
                        << QStringLiteral("62,8 %") << QStringLiteral("05.11.2023");
    QTest::newRow("ru") << Language::Russian << QStringLiteral("1 062 327") << QStringLiteral("62,79 %")
                        << QStringLiteral("62,8 %") << QStringLiteral("05.11.2023");
    QTest::newRow("en") << Language::English << QStringLiteral("1,062,327") << QStringLiteral("62.79%")
                        << QStringLiteral("62.8%") << QStringLiteral("5 Nov 2023");
}

void tst_I18n::numbersAndDates()
{
    QFETCH(Language, language);
    QFETCH(QString, count);
    QFETCH(QString, percent);
    QFETCH(QString, share);
    QFETCH(QString, date);
    Translations::install(language);
    QCOMPARE(plainSpaces(Format::count(qint64(1062327))), count);
    QCOMPARE(plainSpaces(Format::percentValue(62.79)), percent);
    QCOMPARE(plainSpaces(Format::percent(Ratio(0.62794))), share);
    QCOMPARE(Format::date(QDate(2023, 11, 5)), date);
    // Spaces inside a figure never break a line.
    for (const QString &text : {Format::count(qint64(1062327)), Format::percentValue(62.79)})
        QVERIFY2(!text.contains(QLatin1Char(' ')), qPrintable(text));
    // A missing figure stays a dash, never 0.
    QCOMPARE(Format::count(Count()), Format::missing());
    QVERIFY(Format::missing() != QLatin1String("0"));
}

void tst_I18n::kazakhLettersSurvive()
{
    Translations::install(Language::Kazakh);
    const QString letters = QStringLiteral("ә ғ қ ң ө ұ ү һ і");
    // Through the settings file and the translation machinery.
    QSettings().setValue(QStringLiteral("test/letters"), letters);
    QSettings().sync();
    QCOMPARE(QSettings().value(QStringLiteral("test/letters")).toString(), letters);
    QCOMPARE(Translations::nativeName(Language::Kazakh), QStringLiteral("Қазақша"));
    QSettings().remove(QStringLiteral("test/letters"));
}

void tst_I18n::accessibleNames_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("kk") << Language::Kazakh;
    QTest::newRow("ru") << Language::Russian;
    QTest::newRow("en") << Language::English;
}

// Every control the keyboard reaches in the main window tells a screen reader what it is, in
// the window's language.
void tst_I18n::accessibleNames()
{
    QFETCH(Language, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Translations::install(language);
    MainWindow window;
    window.setDatabase(SailauTest::sampleDatabase(dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList unnamed;
    int checked = 0;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&window) || w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
            continue;
        // The inner parts of a combo box, spin box or scroll area are named by their owner.
        if (w->inherits("QComboBoxPrivateContainer") || w->objectName() == QLatin1String("qt_spinbox_lineedit")
            || w->objectName() == QLatin1String("qt_scrollarea_viewport") || w->inherits("QScrollBar")
            || w->inherits("QTabBar") || w->inherits("QHeaderView") || w->inherits("QSplitterHandle")
            || w->inherits("QDockWidgetTitleButton") || w->inherits("QToolBarExtension"))
            continue;
        if (qobject_cast<QLineEdit *>(w->parentWidget()) || w->parentWidget()->inherits("QComboBox"))
            continue;
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget()); area && area->viewport() == w)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        ++checked;
        const QString name = iface->text(QAccessible::Name).trimmed();
        if (name.isEmpty())
            unnamed.append(QStringLiteral("%1 \"%2\" in %3 \"%4\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), QString::fromLatin1(w->parentWidget()->metaObject()->className()), w->parentWidget()->objectName()));
    }
    QVERIFY(checked > 5);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    // Named in the window's language.
    if (language != Language::English)
        QVERIFY(WindowParts::territorySearch(window)->accessibleName().front().script() == QChar::Script_Cyrillic);
}

// The standard shortcuts are on the actions of the menus, where the menus show them.
void tst_I18n::shortcutsInMenus()
{
    Translations::install(Language::Russian);
    MainWindow window;
    QHash<QKeySequence, QString> inMenus;
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu())
            continue;
        QList<QMenu *> menus{top->menu()};
        while (!menus.isEmpty()) {
            QMenu *menu = menus.takeFirst();
            for (QAction *a : menu->actions()) {
                if (a->menu())
                    menus.append(a->menu());
                for (const QKeySequence &k : a->shortcuts())
                    inMenus.insert(k, a->text());
            }
        }
    }
    const QList<QKeySequence> wanted = {
        QKeySequence(QKeySequence::Open),
        QKeySequence(QKeySequence::Find),
        QKeySequence(Qt::CTRL | Qt::Key_I),   // import
        QKeySequence(Qt::CTRL | Qt::Key_E),   // export the chart
        QKeySequence(Qt::Key_F5),             // presentation
        QKeySequence(Qt::Key_F11),            // full screen
    };
    for (const QKeySequence &k : wanted)
        QVERIFY2(inMenus.contains(k), qPrintable(k.toString()));
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::FullScreen))
        QVERIFY2(inMenus.contains(k), qPrintable(k.toString()));
    // Each key does one thing.
    QHash<QKeySequence, int> uses;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->isVisible())
            for (const QKeySequence &k : a->shortcuts())
                ++uses[k];
    }
    for (auto it = uses.cbegin(); it != uses.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key().toString()));
}

// Help → User Guide shows the guide built into the program, with its screenshots.
void tst_I18n::userGuide()
{
    Translations::install(Language::English);
    MainWindow window;
    QAction *action = window.findChild<QAction *>(QStringLiteral("actionUserGuide"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    action->trigger();
    auto *guide = window.findChild<UserGuide *>();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    QTextDocument *doc = guide->browser()->document();
    QVERIFY2(doc->toPlainText().contains(QLatin1String("Sailau user guide")), qPrintable(doc->toPlainText().left(200)));
    for (const char *section : {"Importing results", "Presentation mode", "The command line", "Languages and appearance"})
        QVERIFY2(doc->toPlainText().contains(QLatin1String(section)), section);

    // Every picture the guide names is there and is a real image.
    int images = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            const QImage image(QStringLiteral(":/docs/") + name);
            QVERIFY2(!image.isNull(), qPrintable(name));
            QVERIFY(image.width() >= 400);
            ++images;
        }
    }
    QVERIFY(images >= 6);

    // Once shown, the screenshots fill the page's width (they are wider than the page).
    guide->resize(900, 700);
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    const int page = guide->browser()->viewport()->width();
    QTRY_VERIFY2([&] {
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isImageFormat() && format.toImageFormat().width() < page * 0.8)
                    return false;
            }
        }
        return true;
    }(), "a screenshot is shown much narrower than the page");

    // Triggered again, the open guide comes forward instead of a second one.
    action->trigger();
    QCOMPARE(window.findChildren<UserGuide *>().size(), 1);
    // A language without a guide of its own gets the English one.
    QCOMPARE(UserGuide::source(Language::English), QUrl(QStringLiteral("qrc:/docs/user-guide.md")));
    for (Language language : {Language::Kazakh, Language::Russian}) {
        const QString own = QStringLiteral(":/docs/user-guide.%1.md").arg(languageCode(language));
        QCOMPARE(UserGuide::source(language),
                 QFile::exists(own) ? QUrl(QStringLiteral("qrc") + own) : UserGuide::source(Language::English));
    }
}

void tst_I18n::nothingElidedAt1366_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("kk") << Language::Kazakh;
    QTest::newRow("ru") << Language::Russian;
    QTest::newRow("en") << Language::English;
}

void tst_I18n::nothingElidedAt1366()
{
    // A laptop screen: the window opens at 1284 x 722 on 1366 x 768, and there every header of the
    // races table, every region of the territory tree, the chosen election day and every label of
    // the summary table is shown whole in the window's default layout, in each language.
    QFETCH(Language, language);
    QSettings().clear();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = SailauTest::sampleDatabase(dir);
    QVERIFY(db);
    Translations::install(language);
    MainWindow window;
    window.setDatabase(std::move(db));
    window.resize(1284, 722);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();

    QHeaderView *header = WindowParts::raceView(window)->horizontalHeader();
    const QFontMetrics hfm(header->font());
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
        const int needed = hfm.horizontalAdvance(text) + margins;
        QVERIFY2(header->sectionSize(section) >= needed,
                 qPrintable(QStringLiteral("header \"%1\": %2 px for %3 px of text")
                                .arg(text).arg(header->sectionSize(section)).arg(needed)));
    }

    QTreeView *tree = WindowParts::territoryView(window);
    QVERIFY(tree->isVisible());
    const QFontMetrics tfm(tree->font());
    const int itemMargins = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
    const QAbstractItemModel *model = tree->model();
    const QModelIndex country = model->index(0, 0);
    QVERIFY(model->rowCount(country) >= 20);
    QList<QModelIndex> names{country};
    for (int row = 0; row < model->rowCount(country); ++row)
        names.append(model->index(row, 0, country));
    for (const QModelIndex &index : std::as_const(names)) {
        const QString text = index.data().toString();
        const QRect rect = tree->visualRect(index);
        const int shown = std::min(rect.right(), tree->viewport()->width() - 1) - rect.left() + 1;
        QVERIFY2(shown >= tfm.horizontalAdvance(text) + itemMargins,
                 qPrintable(QStringLiteral("\"%1\": %2 px for %3 px of text")
                                .arg(text).arg(shown).arg(tfm.horizontalAdvance(text) + itemMargins)));
    }
    // The election-day list shows whichever day is chosen whole, its levels and race count included.
    auto *days = window.findChild<QComboBox *>(QStringLiteral("dayCombo"));
    QVERIFY(days);
    QVERIFY(days->count() >= 2);
    QStyleOptionComboBox option;
    option.initFrom(days);
    option.editable = days->isEditable();
    option.frame = days->hasFrame();
    const QRect field = days->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, days);
    const QFontMetrics dfm(days->font());
    for (int i = 0; i < days->count(); ++i) {
        const QString text = days->itemText(i);
        QVERIFY2(field.width() >= dfm.horizontalAdvance(text),
                 qPrintable(QStringLiteral("election day \"%1\": %2 px for %3 px of text")
                                .arg(text).arg(field.width()).arg(dfm.horizontalAdvance(text))));
    }
    // The summary's figure labels fit their cells, on one line or wrapped over several.
    auto *summary = window.findChild<QTableView *>(QStringLiteral("summaryView"));
    QVERIFY(summary);
    const QFontMetrics sfm(summary->font());
    const int cellMargins = 2 * (summary->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, summary) + 1);
    QVERIFY(summary->model()->rowCount() >= 3);
    for (int row = 0; row < summary->model()->rowCount(); ++row) {
        const QModelIndex index = summary->model()->index(row, 0);
        const QString text = index.data().toString();
        const QRect cell = summary->visualRect(index);
        const QRect needed = sfm.boundingRect(QRect(0, 0, cell.width() - cellMargins, 10000),
                                              Qt::AlignLeft | Qt::TextWordWrap, text);
        QVERIFY2(needed.width() <= cell.width() - cellMargins && needed.height() <= cell.height(),
                 qPrintable(QStringLiteral("summary \"%1\": %2 x %3 px for %4 x %5 px of text")
                                .arg(text).arg(cell.width() - cellMargins).arg(cell.height())
                                .arg(needed.width()).arg(needed.height())));
    }
    // The races table keeps room of its own.
    QVERIFY(WindowParts::raceView(window)->width() >= 500);
}

void tst_I18n::figuresInTablesAndCharts_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("kk") << Language::Kazakh;
    QTest::newRow("ru") << Language::Russian;
    QTest::newRow("en") << Language::English;
}

// The race table and an exported chart write figures the way the language does: "15 883" and
// "57,2 %" in Kazakh and Russian, "15,883" and "57.2%" in English, never the other way.
void tst_I18n::figuresInTablesAndCharts()
{
    QFETCH(Language, language);
    const bool english = language == Language::English;
    const QRegularExpression localCount(english ? QStringLiteral("\\d,\\d{3}") : QStringLiteral("\\d\u00a0\\d{3}"));
    const QRegularExpression localPercent(english ? QStringLiteral("\\d\\.\\d%") : QStringLiteral("\\d,\\d\u00a0%"));
    const QRegularExpression foreignPercent(english ? QStringLiteral("\\d,\\d\\s?%") : QStringLiteral("\\d\\.\\d\\s?%"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = SailauTest::sampleDatabase(dir);
    QVERIFY(db);
    Translations::install(language);

    // The race table.
    MainWindow window;
    window.setDatabase(std::move(db));
    const QAbstractItemModel *model = WindowParts::raceModel(window);
    QVERIFY(model->rowCount() > 0);
    int counts = 0, percents = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString text = model->index(r, c).data().toString();
            QVERIFY2(!foreignPercent.match(text).hasMatch(), qPrintable(text));
            counts += localCount.match(text).hasMatch();
            percents += localPercent.match(text).hasMatch();
        }
    }
    QVERIFY2(counts > 0, "no count of thousands in the race table");
    QVERIFY2(percents > 0, "no percentage in the race table");

    // A chart exported as SVG: its axis labels and bar labels.
    Charts::ChartData data(window.database()->connection());
    QVERIFY(data.setScope(window.currentDay(), 0));
    Charts::ExportOptions options;
    options.format = Charts::ExportOptions::Format::Svg;
    const QString path = dir.filePath(QStringLiteral("turnout.svg"));
    QString error;
    QVERIFY2(Charts::ChartExporter::exportChart(data, Charts::ChartId::TurnoutByRace, options, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int chartPercents = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QVERIFY2(!foreignPercent.match(text).hasMatch(), qPrintable(text));
            chartPercents += localPercent.match(text).hasMatch() || text.endsWith(english ? QStringLiteral("0%") : QStringLiteral("0\u00a0%"));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(chartPercents >= 3, "the chart has no percentages written the language's way");
}

QTEST_MAIN(tst_I18n)
#include "tst_i18n.moc"
