// SPDX-License-Identifier: GPL-3.0-or-later
// Every dialog can be used from the keyboard alone: Tab reaches each of its controls, Return
// presses a default button, Escape closes it, and each control tells a screen reader its name.
#include "aboutdialog.h"
#include "charts/chartdata.h"
#include "charts/chartexporter.h"
#include "charts/deckdialog.h"
#include "charts/exportdialog.h"
#include "import/importdialog.h"
#include "import/importhistorydialog.h"
#include "language.h"
#include "translations.h"
#include "userguide.h"

#include "../common/testsupport.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Sailau;

namespace {

using Factory = std::function<std::unique_ptr<QDialog>(Database *, const Charts::ChartData &)>;

// The controls of a dialog that Tab should reach: visible, enabled, taking focus by Tab, and not
// the inner parts of another control.
QList<QWidget *> tabStops(QDialog *dialog)
{
    QList<QWidget *> stops;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(dialog) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (w->focusProxy())
            continue;
        QWidget *parent = w->parentWidget();
        if (qobject_cast<QComboBox *>(parent) || parent->inherits("QAbstractSpinBox") || parent->inherits("QDateTimeEdit"))
            continue;
        if (auto *area = qobject_cast<QAbstractScrollArea *>(parent); area && area->viewport() == w)
            continue;
        if (w->inherits("QScrollBar") || w->inherits("QComboBoxPrivateContainer"))
            continue;
        // Controls on tabs not shown are reached by switching the tab first.
        bool hidden = false;
        for (QWidget *p = parent; p && p != dialog; p = p->parentWidget()) {
            if (!p->isVisibleTo(dialog)) {
                hidden = true;
                break;
            }
        }
        if (!hidden)
            stops.append(w);
    }
    return stops;
}

} // namespace

Q_DECLARE_METATYPE(Factory)

class tst_Keyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dialogs_data();
    void dialogs();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Charts::ChartData> m_data;
};

void tst_Keyboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("SailauTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
    m_db = SailauTest::sampleDatabase(m_dir);
    QVERIFY(m_db);
    m_data = std::make_unique<Charts::ChartData>(m_db->connection());
    QVERIFY(m_data->setScope(QDate(2023, 11, 5), 0));
}

void tst_Keyboard::dialogs_data()
{
    QTest::addColumn<Factory>("make");
    QTest::addColumn<bool>("needsDefault");
    QTest::newRow("about") << Factory([](Database *, const Charts::ChartData &) {
        return std::unique_ptr<QDialog>(new AboutDialog);
    }) << true;
    QTest::newRow("user guide") << Factory([](Database *, const Charts::ChartData &) {
        return std::unique_ptr<QDialog>(new UserGuide);
    }) << false;
    QTest::newRow("export chart") << Factory([](Database *, const Charts::ChartData &data) {
        return std::unique_ptr<QDialog>(new Charts::ExportDialog(data, Charts::ChartId::TurnoutByRace, Charts::ExportOptions(),
                                                                 Charts::ExportDialog::Mode::Single));
    }) << true;
    QTest::newRow("export all") << Factory([](Database *, const Charts::ChartData &data) {
        return std::unique_ptr<QDialog>(new Charts::ExportDialog(data, Charts::ChartId::TurnoutByRace, Charts::ExportOptions(),
                                                                 Charts::ExportDialog::Mode::Batch));
    }) << true;
    QTest::newRow("deck") << Factory([](Database *db, const Charts::ChartData &) {
        return std::unique_ptr<QDialog>(new Charts::DeckDialog(db->connection()));
    }) << false;
    QTest::newRow("import") << Factory([](Database *db, const Charts::ChartData &) {
        return std::unique_ptr<QDialog>(new ImportDialog(db));
    }) << true;
    QTest::newRow("import, a file read") << Factory([](Database *db, const Charts::ChartData &) {
        auto dialog = std::make_unique<ImportDialog>(db);
        dialog->setFile(SailauTest::testData(QStringLiteral("import/long_utf8_kk.csv")));
        return std::unique_ptr<QDialog>(std::move(dialog));
    }) << true;
    QTest::newRow("import, columns") << Factory([](Database *db, const Charts::ChartData &) {
        auto dialog = std::make_unique<ImportDialog>(db);
        dialog->setFile(SailauTest::testData(QStringLiteral("import/long_utf8_kk.csv")));
        dialog->findChild<QPushButton *>(QStringLiteral("nextButton"))->click();
        return std::unique_ptr<QDialog>(std::move(dialog));
    }) << true;
    QTest::newRow("import history") << Factory([](Database *db, const Charts::ChartData &) {
        return std::unique_ptr<QDialog>(new ImportHistoryDialog(db));
    }) << false;
}

void tst_Keyboard::dialogs()
{
    QFETCH(Factory, make);
    QFETCH(bool, needsDefault);
    for (Language language : {Language::English, Language::Kazakh}) {
        Translations::install(language);
        std::unique_ptr<QDialog> dialog = make(m_db.get(), *m_data);
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QApplication::setActiveWindow(dialog.get());
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        QVERIFY(!dialog->windowTitle().isEmpty());

        // Tab goes round every control and comes back.
        const QList<QWidget *> stops = tabStops(dialog.get());
        QVERIFY(!stops.isEmpty());
        if (!QApplication::focusWidget())
            stops.first()->setFocus(Qt::TabFocusReason);
        QVERIFY(QApplication::focusWidget());
        QSet<QWidget *> reached;
        QStringList sequence;
        for (int i = 0; i < stops.size() * 3 + 10; ++i) {
            reached.insert(QApplication::focusWidget());
            sequence.append(QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QStringList missed;
        for (QWidget *w : stops) {
            if (!reached.contains(w))
                missed.append(QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
        }
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("Tab never reaches: ") + missed.join(QLatin1String(", ")) + QStringLiteral("; Tab went ") + sequence.mid(0, 12).join(QLatin1String(" -> "))));

        // Each control has a name for a screen reader (its text, its label or its own name).
        QStringList unnamed;
        for (QWidget *w : stops) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") + unnamed.join(QLatin1String(", "))));

        // Return has a button to press.
        if (needsDefault) {
            bool hasDefault = false;
            for (QPushButton *b : dialog->findChildren<QPushButton *>())
                hasDefault = hasDefault || (b->isDefault() && b->isVisibleTo(dialog.get()));
            QVERIFY2(hasDefault, "no default button");
        }

        // Escape closes it.
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog.get(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
    }
    Translations::install(Language::English);
}

QTEST_MAIN(tst_Keyboard)
#include "tst_keyboard.moc"
