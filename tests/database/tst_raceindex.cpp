// SPDX-License-Identifier: GPL-3.0-or-later
// The races table's index: for every column, both directions and several filters it gives
// exactly the races SQL selects, in the order the column's values define (names in the Kazakh
// alphabet's order, missing values last either way, ties by race id).
#include "collation.h"
#include "database.h"
#include "import/importer.h"
#include "raceindex.h"
#include "racequery.h"
#include "store.h"
#include "synthetic.h"

#include "../common/testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Sailau;
using namespace SailauTest;

class TestRaceIndex : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void order_data();
    void order();
    void textFilterFoldsLikeSql_data();
    void textFilterFoldsLikeSql();
    void emptyDay();
    void fetchAllInRegionOrder();
    void partialIndex_data();
    void partialIndex();

private:
    // The ids SQL selects for the filter, ordered here from the values SQL gives for the column.
    QList<qint64> expected(const RaceFilter &filter, RaceColumn column, Qt::SortOrder order) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QDate m_synthetic;
};

void TestRaceIndex::initTestCase()
{
    m_db = sampleDatabase(m_dir);
    QVERIFY(m_db);
    // The sample's partial figures beside 1,500 synthetic races with every kind of value.
    SyntheticGenerator::Options options;
    options.races = 1500;
    options.candidatesPerRace = 3;
    options.seed = 7;
    m_synthetic = QDate::fromString(options.date, Qt::ISODate);
    const QString csv = m_dir.filePath(QStringLiteral("synthetic.csv"));
    QString error;
    QVERIFY2(SyntheticGenerator::writeCsv(csv, options, &error) > 0, qPrintable(error));
    Import::ImportOptions import;
    import.path = csv;
    QVERIFY(Import::Importer(*m_db).run(import).ok);
}

QList<qint64> TestRaceIndex::expected(const RaceFilter &filter, RaceColumn column, Qt::SortOrder order) const
{
    QList<qint64> ids;
    for (const RaceRow &row : RaceQuery(m_db->connection()).fetch(filter, RaceColumn::Voters, order, 0, -1))
        ids.append(row.id);
    QHash<qint64, QVariant> value;
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT r.id, ") + RaceQuery::sortExpression(column) + RaceQuery::fromClause()))
        qFatal("%s", qPrintable(query.lastQuery()));
    while (query.next())
        value.insert(query.value(0).toLongLong(), query.value(1));
    const bool text = RaceQuery::isText(column);
    const bool ascending = order == Qt::AscendingOrder;
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        const QVariant &va = value[a];
        const QVariant &vb = value[b];
        if (va.isNull() != vb.isNull())
            return vb.isNull();
        int c = 0;
        if (!va.isNull()) {
            if (text)
                c = Collation::compare(va.toString(), vb.toString());
            else
                c = va.toDouble() < vb.toDouble() ? -1 : (vb.toDouble() < va.toDouble() ? 1 : 0);
        }
        if (c != 0)
            return ascending ? c < 0 : c > 0;
        return ascending ? a < b : a > b;
    });
    return ids;
}

void TestRaceIndex::order_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("territory");   // a region's name, or empty for the country
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    struct Scope
    {
        const char *name;
        QDate day;
        QString territory;
        QString text;
    };
    const QList<Scope> scopes{
        {"pilot", QDate(2023, 11, 5), {}, {}},
        {"pilot, Kazakh name", QDate(2023, 11, 5), {}, QStringLiteral("Қ")},
        {"synthetic", QDate(2021, 7, 25), {}, {}},
        {"synthetic, one region", QDate(2021, 7, 25), QStringLiteral("Abai"), {}},
        {"synthetic, a surname", QDate(2021, 7, 25), {}, QStringLiteral("Шәкенов")},
        {"synthetic, a surname in Latin", QDate(2021, 7, 25), {}, QStringLiteral("shakenov")},
        {"every day", QDate(), {}, {}},
    };
    for (const Scope &scope : scopes) {
        for (int column = 0; column < RaceColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("%s, column %d, %s", scope.name, column, order == Qt::AscendingOrder ? "asc" : "desc")
                    << scope.day << scope.territory << scope.text << column << int(order);
            }
        }
    }
}

void TestRaceIndex::order()
{
    QFETCH(QDate, day);
    QFETCH(QString, territory);
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(int, order);
    RaceFilter filter;
    filter.day = day;
    filter.text = text;
    if (!territory.isEmpty()) {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT id FROM territory WHERE name_en = ?"));
        query.addBindValue(territory);
        QVERIFY(query.exec() && query.next());
        filter.territoryId = query.value(0).toLongLong();
    } else if (const auto country = Store(m_db->connection()).country()) {
        filter.territoryId = country->id; // the country stands for everywhere
    }
    QString error;
    const auto index = RaceIndex::load(m_db->connection(), day, &error);
    QVERIFY2(index, qPrintable(error));
    const QList<qint64> ids = index->ids(filter.territoryId, text, RaceColumn(column), Qt::SortOrder(order));
    const QList<qint64> want = expected(filter, RaceColumn(column), Qt::SortOrder(order));
    QVERIFY(!want.isEmpty());
    QCOMPARE(ids, want);
    QCOMPARE(RaceQuery(m_db->connection()).count(filter), int(ids.size()));
}

void TestRaceIndex::textFilterFoldsLikeSql_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Cyrillic") << QStringLiteral("Шәкенов");
    QTest::newRow("Latin") << QStringLiteral("SHAKENOV");
    QTest::newRow("Russian spelling of Kazakh letters") << QStringLiteral("Шакенов");
    QTest::newRow("two words") << QStringLiteral("Шәкенов Гүлнар");
    QTest::newRow("a territory") << QStringLiteral("ауылдық округі 1");
    QTest::newRow("LIKE wildcards are text") << QStringLiteral("%_");
    QTest::newRow("nothing") << QStringLiteral("no such name at all");
}

void TestRaceIndex::textFilterFoldsLikeSql()
{
    QFETCH(QString, text);
    const auto index = RaceIndex::load(m_db->connection(), m_synthetic);
    QVERIFY(index);
    QList<qint64> ids = index->ids(0, text, RaceColumn::Territory, Qt::AscendingOrder);
    std::sort(ids.begin(), ids.end());
    QList<qint64> sql;
    for (const RaceRow &row : RaceQuery(m_db->connection()).fetch({m_synthetic, 0, text}, RaceColumn::Voters,
                                                                   Qt::AscendingOrder, 0, -1))
        sql.append(row.id);
    std::sort(sql.begin(), sql.end());
    QCOMPARE(ids, sql);
}

void TestRaceIndex::emptyDay()
{
    const auto index = RaceIndex::load(m_db->connection(), QDate(1990, 1, 1));
    QVERIFY(index);
    QCOMPARE(index->size(), 0);
    QVERIFY(index->ids(0, QStringLiteral("a"), RaceColumn::Winner, Qt::DescendingOrder).isEmpty());
    QVERIFY(index->ids(0, {}, RaceColumn::Turnout, Qt::AscendingOrder).isEmpty());
}

void TestRaceIndex::fetchAllInRegionOrder()
{
    // The rows the charts read: the same races, in the same order, as SQL's ORDER BY region.
    for (const QDate &day : {QDate(2023, 11, 5), m_synthetic, QDate()}) {
        const RaceQuery query(m_db->connection());
        const QList<RaceRow> sorted = query.fetch({day, 0, {}}, RaceColumn::Region, Qt::AscendingOrder, 0, -1);
        const QList<RaceRow> all = query.fetchAll({day, 0, {}});
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.size(), sorted.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).id, sorted.at(i).id);
            QCOMPARE(all.at(i).winner, sorted.at(i).winner);
            QCOMPARE(all.at(i).metric(Metrics::Metric::Turnout), sorted.at(i).metric(Metrics::Metric::Turnout));
        }
    }
}

void TestRaceIndex::partialIndex_data()
{
    QTest::addColumn<int>("column");
    for (int column = 0; column < RaceColumnCount; ++column)
        QTest::addRow("column %d", column) << column;
}

void TestRaceIndex::partialIndex()
{
    // An index of one column orders the races as the whole index does, everywhere and in a
    // region, and says what it cannot do: other columns and text.
    QFETCH(int, column);
    const auto whole = RaceIndex::load(m_db->connection(), m_synthetic);
    const auto partial = RaceIndex::load(m_db->connection(), m_synthetic, RaceColumn(column));
    QVERIFY(whole && partial);
    QVERIFY(whole->isComplete());
    QVERIFY(!partial->isComplete());
    QCOMPARE(partial->size(), whole->size());
    QVERIFY(partial->covers(RaceColumn(column), QString()));
    QVERIFY(partial->covers(RaceColumn(column), QStringLiteral("  ")));
    QVERIFY(!partial->covers(RaceColumn(column), QStringLiteral("Шәкенов")));
    QVERIFY(!partial->covers(RaceColumn((column + 1) % RaceColumnCount), QString()));
    QSqlQuery region(m_db->connection());
    QVERIFY(region.exec(QStringLiteral("SELECT id FROM territory WHERE name_en = 'Abai'")) && region.next());
    for (qint64 territory : {qint64(0), region.value(0).toLongLong()}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QCOMPARE(partial->ids(territory, {}, RaceColumn(column), order),
                     whole->ids(territory, {}, RaceColumn(column), order));
        }
    }
}

QTEST_GUILESS_MAIN(TestRaceIndex)
#include "tst_raceindex.moc"
