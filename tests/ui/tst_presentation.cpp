// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode: keys step through charts and regions, Esc leaves, the type is large; the
// deck is kept in the database and can be reordered.
#include "charts/chartcanvas.h"
#include "charts/chartgraphic.h"
#include "charts/deckdialog.h"
#include "charts/presentationwindow.h"
#include "datasetloader.h"
#include "language.h"
#include "charts/tilemapitem.h"
#include "deck.h"
#include "store.h"

#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau;
using namespace Sailau::Charts;

class tst_Presentation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void keys();
    void regions();
    void largeType();
    void tileNamesReadable_data();
    void tileNamesReadable();
    void escapeLeaves();
    void deckStore();
    void deckDialog();

private:
    QList<Slide> allCharts() const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_Presentation::initTestCase()
{
    QString message;
    m_db = DatasetLoader::openOrCreate(m_dir.filePath(QStringLiteral("sample.sqlite")), true, &message);
    QVERIFY2(m_db, qPrintable(message));
}

void tst_Presentation::cleanupTestCase()
{
    m_db.reset();
}

QList<Slide> tst_Presentation::allCharts() const
{
    QList<Slide> slides;
    for (ChartId id : ChartCatalog::all())
        slides.append(Slide{id, MapMetric::Turnout, QDate(2023, 11, 5), 0});
    return slides;
}

void tst_Presentation::keys()
{
    auto *window = new PresentationWindow(m_db->connection(), allCharts());
    QPointer<PresentationWindow> guard(window);
    window->resize(1920, 1080);
    window->present(nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->currentIndex(), 0);
    QCOMPARE(window->count(), 11);
    const QList<QPair<int, int>> steps = {{Qt::Key_Right, 1}, {Qt::Key_PageDown, 2}, {Qt::Key_Space, 3},
                                          {Qt::Key_Left, 2},  {Qt::Key_PageUp, 1},   {Qt::Key_Left, 0},
                                          {Qt::Key_Left, 0},  {Qt::Key_End, 10},     {Qt::Key_Right, 10}};
    for (const auto &[key, expected] : steps) {
        QTest::keyClick(window, Qt::Key(key));
        QCOMPARE(window->currentIndex(), expected);
        QCOMPARE(window->canvas()->graphic()->model().id, allCharts().at(expected).chart);
    }
    // The map (last) shows in the map view.
    QVERIFY(window->canvas()->graphic()->tileMap());
    delete guard.data();
}

void tst_Presentation::regions()
{
    auto *window = new PresentationWindow(m_db->connection(), allCharts());
    QPointer<PresentationWindow> guard(window);
    window->present(nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->currentTerritory(), 0);
    const QList<TerritoryInfo> regions = Store(m_db->connection()).regions();
    QTest::keyClick(window, Qt::Key_Down);
    QCOMPARE(window->currentTerritory(), regions.at(0).id);
    QVERIFY(window->titleLabel()->text().contains(regions.at(0).displayName()));
    QTest::keyClick(window, Qt::Key_Down);
    QCOMPARE(window->currentTerritory(), regions.at(1).id);
    QTest::keyClick(window, Qt::Key_Up);
    QCOMPARE(window->currentTerritory(), regions.at(0).id);
    QTest::keyClick(window, Qt::Key_Up);
    QCOMPARE(window->currentTerritory(), 0);
    QTest::keyClick(window, Qt::Key_Up);
    QCOMPARE(window->currentTerritory(), 0);
    delete guard.data();
}

void tst_Presentation::largeType()
{
    auto *window = new PresentationWindow(m_db->connection(), allCharts());
    QPointer<PresentationWindow> guard(window);
    window->present(nullptr);
    window->resize(1920, 1080);
    window->showSlide(0);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // 24 pt on a 1080-line screen is 32 px at 96 DPI.
    QVERIFY(window->basePixels() >= 32);
    QVERIFY(window->titleLabel()->font().pixelSize() >= 32);
    const ChartGraphic *g = window->canvas()->graphic();
    QCOMPARE(g->theme().id, ThemeId::Presentation);
    QVERIFY(g->theme().font(1.0).pixelSize() >= 32);
    delete guard.data();
}

void tst_Presentation::tileNamesReadable_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("kk") << int(Language::Kazakh);
    QTest::newRow("ru") << int(Language::Russian);
    QTest::newRow("en") << int(Language::English);
}

void tst_Presentation::tileNamesReadable()
{
    // Every region's name on the map, whole (wrapped, never cut with "…") and at least 24 px on
    // a 1080-line screen, in each language.
    QFETCH(int, language);
    setDisplayLanguage(Language(language));
    auto *window = new PresentationWindow(m_db->connection(), {Slide{ChartId::Map, MapMetric::Turnout, QDate(2023, 11, 5), 0}});
    QPointer<PresentationWindow> guard(window);
    // A 1080-line screen (the offscreen screen is smaller than that, so not full screen).
    window->resize(1920, 1080);
    window->show();
    window->showSlide(0);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->height(), 1080);
    QTRY_VERIFY(window->canvas()->graphic() && window->canvas()->graphic()->tileMap());
    TileMapItem *map = window->canvas()->graphic()->tileMap();
    const QList<TerritoryInfo> regions = Store(m_db->connection()).regions();
    int named = 0;
    for (const TerritoryInfo &region : regions) {
        const QRectF tile = map->tileRect(region.id);
        if (tile.isEmpty())
            continue;
        QStringList lines;
        int values = 0;
        for (QGraphicsItem *child : map->childItems()) {
            auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(child);
            if (!text || !tile.contains(text->mapRectToParent(text->boundingRect()).center()))
                continue;
            const QRectF box = text->mapRectToParent(text->boundingRect());
            QVERIFY2(!text->text().contains(QChar(0x2026)), qPrintable(text->text()));
            QVERIFY2(text->font().pixelSize() >= 24,
                     qPrintable(QStringLiteral("%1: %2 px").arg(text->text()).arg(text->font().pixelSize())));
            QVERIFY2(box.left() >= tile.left() - 1 && box.right() <= tile.right() + 1,
                     qPrintable(QStringLiteral("%1 is wider than its tile").arg(text->text())));
            if (text->font().bold())
                ++values;   // the value under the name
            else
                lines.append(text->text());
        }
        QCOMPARE(values, 1);
        QVERIFY2(!lines.isEmpty(), qPrintable(region.displayName()));
        // The name's letters are all there, in order.
        QString shown = lines.join(QString());
        shown.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
        QString full = region.displayName();
        full.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
        QVERIFY2(full.contains(shown), qPrintable(QStringLiteral("%1 shown as %2").arg(region.displayName(), lines.join(QLatin1Char('|')))));
        ++named;
    }
    QCOMPARE(named, 20);
    delete guard.data();
    setDisplayLanguage(Language::English);
}

void tst_Presentation::escapeLeaves()
{
    auto *window = new PresentationWindow(m_db->connection(), allCharts());
    QPointer<PresentationWindow> guard(window);
    window->present(nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->isFullScreen());
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull());   // closed and deleted
}

void tst_Presentation::deckStore()
{
    Deck deck(m_db->connection());
    QVERIFY(deck.clear());
    QString error;
    const auto a = deck.append({0, 0, QStringLiteral("turnout-by-race"), QDate(2023, 11, 5), 0, {}}, &error);
    const auto b = deck.append({0, 0, QStringLiteral("map"), QDate(2023, 11, 5), 0, QStringLiteral("{\"metric\":\"races\"}")}, &error);
    const auto c = deck.append({0, 0, QStringLiteral("margin"), QDate(2023, 11, 5), 0, {}}, &error);
    QVERIFY2(a && b && c, qPrintable(error));
    QList<DeckEntry> entries = deck.load();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(1).options, QStringLiteral("{\"metric\":\"races\"}"));
    QVERIFY(deck.move(*c, 0, &error));
    entries = deck.load();
    QCOMPARE(entries.at(0).id, *c);
    QCOMPARE(entries.at(1).id, *a);
    QCOMPARE(entries.at(2).id, *b);
    for (int i = 0; i < entries.size(); ++i)
        QCOMPARE(entries.at(i).position, i);
    QVERIFY(deck.remove(*a, &error));
    entries = deck.load();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).position, 0);
    QCOMPARE(entries.at(1).position, 1);
    QVERIFY(!deck.remove(*a, &error));
    QVERIFY(deck.clear());
}

void tst_Presentation::deckDialog()
{
    Deck deck(m_db->connection());
    QVERIFY(deck.clear());
    deck.append({0, 0, QStringLiteral("turnout-by-race"), QDate(2023, 11, 5), 0, {}});
    deck.append({0, 0, QStringLiteral("enc"), QDate(2023, 11, 5), 0, {}});
    DeckDialog dialog(m_db->connection());
    QCOMPARE(dialog.list()->count(), 2);
    QVERIFY(dialog.list()->item(0)->text().contains(QLatin1String("Turnout by race")));
    dialog.list()->setCurrentRow(1);
    dialog.moveCurrent(-1);
    QCOMPARE(deck.load().first().chart, QStringLiteral("enc"));
    QVERIFY(dialog.list()->item(0)->text().contains(QLatin1String("Effective number")));
    dialog.list()->setCurrentRow(0);
    dialog.removeCurrent();
    QCOMPARE(deck.load().size(), 1);
    QVERIFY(deck.clear());
}

QTEST_MAIN(tst_Presentation)
#include "tst_presentation.moc"
