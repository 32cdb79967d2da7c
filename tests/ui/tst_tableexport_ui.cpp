// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export Table without its file dialog: TableExporter::exportTable() writes the races the
// table lists now (day, territory, filter, order, every row) with their sources, and a table
// longer than one page of the export.
#include "candidatetable.h"
#include "import/importer.h"
#include "import/tablereader.h"
#include "language.h"
#include "mainwindow.h"
#include "racetablemodel.h"
#include "store.h"
#include "synthetic.h"
#include "tableexport.h"

#include "../common/testsupport.h"
#include "../common/windowparts.h"

#include <QAction>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QLineEdit>
#include <QMenuBar>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Sailau;
using namespace SailauTest;

namespace {

QList<QStringList> readTable(const QString &path, QChar delimiter, QString *error)
{
    Import::ReadOptions options;
    options.delimiter = delimiter;
    if (!delimiter.isNull())
        options.encoding = QStringLiteral("UTF-8");
    QList<QStringList> rows;
    auto reader = Import::openTable(path, options, error);
    if (!reader)
        return rows;
    QStringList cells;
    while (reader->next(&cells))
        rows.append(cells);
    if (!reader->error().isEmpty())
        *error = reader->error();
    return rows;
}

QStringList expectedHeader()
{
    QStringList header;
    for (int c = 0; c < RaceColumnCount; ++c)
        header.append(RaceTableModel::columnTitle(RaceColumn(c)));
    header.append(QStringLiteral("Sources"));
    return header;
}

} // namespace

class TestTableExportUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionInFileMenu();
    void exportsTheListedRaces_data();
    void exportsTheListedRaces();
    void followsFilterAndSort();
    void failureLeavesNoFile();
    void exportsTheCandidatesOfTheListedRaces_data();
    void exportsTheCandidatesOfTheListedRaces();
    void longTableInPages();

private:
    // Every cell of the table as the model holds it, for comparison with a file.
    void compareWithModel(const QList<QStringList> &rows, QChar decimal);
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestTableExportUi::initTestCase()
{
    setDisplayLanguage(Language::English);
    QVERIFY(sampleDatabase(m_dir));
}

void TestTableExportUi::init()
{
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openFile(m_dir.filePath(QStringLiteral("sample.sqlite")), &error), qPrintable(error));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(WindowParts::raceModel(*m_window)->rowCount() > 10);
}

void TestTableExportUi::cleanup()
{
    m_window.reset();
}

void TestTableExportUi::actionInFileMenu()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionExportTable"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QVERIFY(menus.first()->menu()->actions().contains(action));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    auto *candidates = m_window->findChild<QAction *>(QStringLiteral("actionExportCandidates"));
    QVERIFY(candidates);
    QVERIFY(candidates->isEnabled());
    QVERIFY(menus.first()->menu()->actions().contains(candidates));
    QCOMPARE(candidates->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    // No other action of the window has the same shortcut.
    QSet<QKeySequence> seen;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &key : a->shortcuts()) {
            QVERIFY2(!seen.contains(key), qPrintable(key.toString()));
            seen.insert(key);
        }
    }
}

void TestTableExportUi::compareWithModel(const QList<QStringList> &rows, QChar decimal)
{
    const RaceTableModel *model = WindowParts::raceModel(*m_window);
    QCOMPARE(rows.size(), model->rowCount() + 1);
    QCOMPARE(rows.first(), expectedHeader());
    const Store store(m_window->database()->connection());
    int numbers = 0, sourced = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QStringList &cells = rows.at(r + 1);
        for (int c = 0; c < RaceColumnCount; ++c) {
            const QVariant raw = model->index(r, c).data(RaceTableModel::SortValueRole);
            const QString cell = cells.value(c);
            const QString where = QStringLiteral("row %1, column %2: '%3'").arg(r).arg(c).arg(cell);
            if (!raw.isValid() || raw.toString().isEmpty()) {
                QVERIFY2(cell.isEmpty(), qPrintable(where));
            } else if (raw.typeId() == QMetaType::QDate) {
                QCOMPARE(cell, raw.toDate().toString(Qt::ISODate));
            } else if (raw.typeId() == QMetaType::QString) {
                QCOMPARE(cell, raw.toString());
            } else {
                QString text = cell;
                text.replace(decimal, QLatin1Char('.'));
                bool ok = false;
                QVERIFY2(text.toDouble(&ok) == raw.toDouble() && ok, qPrintable(where));
                ++numbers;
            }
        }
        // The sources: every distinct URL the store names for the race, separated by spaces.
        const auto detail = store.race(model->raceId(r));
        QVERIFY(detail);
        QStringList urls;
        for (const SourceInfo &source : detail->sources) {
            if (!urls.contains(source.url))
                urls.append(source.url);
        }
        const QString cell = cells.value(RaceColumnCount);
        const QStringList written = cell.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(written.size(), urls.size());
        QCOMPARE(QSet<QString>(written.begin(), written.end()), QSet<QString>(urls.begin(), urls.end()));
        if (!urls.isEmpty())
            ++sourced;
    }
    QVERIFY(numbers > 0);
    QVERIFY(sourced > 0);
}

void TestTableExportUi::exportsTheListedRaces_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QChar>("delimiter");   // null: XLSX
    QTest::newRow("xlsx") << "races.xlsx" << QChar();
    QTest::newRow("csv") << "races.csv" << QChar(u',');
    QTest::newRow("csv semicolon") << "races-excel.csv" << QChar(u';');
}

void TestTableExportUi::exportsTheListedRaces()
{
    QFETCH(QString, file);
    QFETCH(QChar, delimiter);
    const QString path = m_dir.filePath(file);
    const auto options = delimiter.isNull() ? TableExport::Options::xlsx() : TableExport::Options::csv(delimiter);
    QString error;
    int rows = -1;
    QVERIFY2(WindowParts::tableExporter(*m_window)->exportTable(path, options, &error, &rows), qPrintable(error));
    QCOMPARE(rows, WindowParts::raceModel(*m_window)->rowCount());
    const QList<QStringList> table = readTable(path, delimiter, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    compareWithModel(table, options.decimalSeparator);
}

void TestTableExportUi::followsFilterAndSort()
{
    const int all = WindowParts::raceModel(*m_window)->rowCount();
    WindowParts::raceFilter(*m_window)->setText(QStringLiteral("Atyrau"));
    QTRY_VERIFY(WindowParts::raceModel(*m_window)->rowCount() < all);
    QVERIFY(WindowParts::raceModel(*m_window)->rowCount() > 0);
    WindowParts::raceView(*m_window)->sortByColumn(int(RaceColumn::Voters), Qt::DescendingOrder);
    QCOMPARE(WindowParts::raceModel(*m_window)->sortColumn(), RaceColumn::Voters);
    // A hidden column is left out of the file as it is out of the view.
    WindowParts::raceView(*m_window)->setColumnHidden(int(RaceColumn::Region), true);

    const QString path = m_dir.filePath(QStringLiteral("filtered.csv"));
    QString error;
    QVERIFY2(WindowParts::tableExporter(*m_window)->exportTable(path, TableExport::Options::csv(), &error), qPrintable(error));
    const QList<QStringList> rows = readTable(path, QLatin1Char(','), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), WindowParts::raceModel(*m_window)->rowCount() + 1);
    QVERIFY(!rows.first().contains(RaceTableModel::columnTitle(RaceColumn::Region)));
    const int votersColumn = int(rows.first().indexOf(RaceTableModel::columnTitle(RaceColumn::Voters)));
    QVERIFY(votersColumn >= 0);
    double previous = std::numeric_limits<double>::infinity();
    bool missingSeen = false;
    for (int r = 1; r < rows.size(); ++r) {
        QCOMPARE(rows.at(r).first(), WindowParts::raceModel(*m_window)->index(r - 1, 0).data().toString());
        const QString voters = rows.at(r).value(votersColumn);
        if (voters.isEmpty()) {
            missingSeen = true;   // missing figures come last
            continue;
        }
        QVERIFY(!missingSeen);
        QVERIFY(voters.toDouble() <= previous);
        previous = voters.toDouble();
    }
}

void TestTableExportUi::failureLeavesNoFile()
{
    QFile plain(m_dir.filePath(QStringLiteral("a-file")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    for (const QString &path : {m_dir.filePath(QStringLiteral("no-folder/races.xlsx")),
                                m_dir.filePath(QStringLiteral("a-file/races.csv"))}) {
        QString error;
        const auto options = path.endsWith(QLatin1String(".xlsx")) ? TableExport::Options::xlsx()
                                                                   : TableExport::Options::csv();
        QVERIFY(!WindowParts::tableExporter(*m_window)->exportTable(path, options, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
    }
}

void TestTableExportUi::exportsTheCandidatesOfTheListedRaces_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("xlsx") << QStringLiteral("candidates.xlsx") << QChar();
    QTest::newRow("csv semicolon") << QStringLiteral("candidates.csv") << QChar(QLatin1Char(';'));
}

// File → Export Candidates: the candidates of the races the table lists (here sorted), race by
// race in the table's order, each as the race panel shows them; a figure not known is an empty
// cell (the sample holds candidates without votes).
void TestTableExportUi::exportsTheCandidatesOfTheListedRaces()
{
    QFETCH(QString, file);
    QFETCH(QChar, delimiter);
    WindowParts::raceView(*m_window)->sortByColumn(int(RaceColumn::Voters), Qt::DescendingOrder);
    const QList<qint64> races = WindowParts::raceModel(*m_window)->raceIds();
    QVERIFY(!races.isEmpty());

    const QString path = m_dir.filePath(file);
    const auto options = delimiter.isNull() ? TableExport::Options::xlsx() : TableExport::Options::csv(delimiter);
    QString error;
    int rows = -1;
    QVERIFY2(WindowParts::tableExporter(*m_window)->exportTable(path, options, &error, &rows,
                                                               TableExporter::Kind::Candidates),
             qPrintable(error));
    const QList<QStringList> table = readTable(path, delimiter, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(table.first(), CandidateTable(CandidateTable::Audience::People).header());

    const Store store(m_window->database()->connection());
    int row = 1, withoutVotes = 0;
    for (qint64 raceId : races) {
        const auto race = store.race(raceId);
        QVERIFY(race);
        for (const CandidateInfo &c : race->candidates) {
            QVERIFY(row < table.size());
            const QStringList &cells = table.at(row++);
            QCOMPARE(cells.value(CandidateTable::RaceId), QString::number(raceId));
            QCOMPARE(cells.value(CandidateTable::Name), c.name);
            QCOMPARE(cells.value(CandidateTable::Nomination), c.nominationLabel());
            QCOMPARE(cells.value(CandidateTable::Votes), c.votes ? QString::number(*c.votes) : QString());
            withoutVotes += c.votes ? 0 : 1;
            const QString elected = !c.elected ? QString() : *c.elected ? QStringLiteral("yes") : QStringLiteral("no");
            QCOMPARE(cells.value(CandidateTable::Elected), elected);
            QCOMPARE(cells.value(CandidateTable::Sources), c.sources.join(QLatin1Char(' ')));
        }
    }
    QCOMPARE(row, table.size());
    QCOMPARE(rows, int(table.size()) - 1);
    QVERIFY(rows > 0);
    QVERIFY(withoutVotes > 0);
}

void TestTableExportUi::longTableInPages()
{
    // More races than one page of the export (5,000): every one is written, in the table's order.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("synthetic.csv"));
    SyntheticGenerator::Options generator;
    generator.races = 12000;
    generator.candidatesPerRace = 2;
    QString error;
    QVERIFY2(SyntheticGenerator::writeCsv(csv, generator, &error) > 0, qPrintable(error));
    auto db = sampleDatabase(dir, QStringLiteral("long.sqlite"));
    QVERIFY(db);
    Import::ImportOptions importOptions;
    importOptions.path = csv;
    const Import::ImportReport report = Import::Importer(*db).run(importOptions);
    QVERIFY(report.ok);
    db.reset();

    MainWindow window;
    QVERIFY2(window.openFile(dir.filePath(QStringLiteral("long.sqlite")), &error), qPrintable(error));
    window.selectDay(QDate::fromString(generator.date, Qt::ISODate));
    QCOMPARE(WindowParts::raceModel(window)->rowCount(), 12000);
    const QString path = dir.filePath(QStringLiteral("long.xlsx"));
    int rows = 0;
    QVERIFY2(WindowParts::tableExporter(window)->exportTable(path, TableExport::Options::xlsx(), &error, &rows), qPrintable(error));
    QCOMPARE(rows, 12000);
    const QList<QStringList> table = readTable(path, QChar(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(table.size(), 12001);
    for (int r : {0, 4999, 5000, 5001, 9999, 10000, 11999})
        QCOMPARE(table.at(r + 1).first(), WindowParts::raceModel(window)->index(r, 0).data(RaceTableModel::SortValueRole).toString());
    // Synthetic races name their generator as the source.
    QCOMPARE(table.at(1).value(RaceColumnCount), SyntheticGenerator::sourceFor(generator.seed));

    // Their candidates (the generator gives most races two), race by race in the table's order
    // across the pages.
    QSqlQuery count(window.database()->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM candidate c JOIN race r ON r.id = c.race_id "
                                      "JOIN election e ON e.id = r.election_id WHERE e.date = '%1'")
                           .arg(generator.date)));
    QVERIFY(count.next());
    const int expected = count.value(0).toInt();
    QVERIFY(expected > 20000);
    const QString candidates = dir.filePath(QStringLiteral("candidates.csv"));
    QVERIFY2(WindowParts::tableExporter(window)->exportTable(candidates, TableExport::Options::csv(), &error, &rows,
                                                            TableExporter::Kind::Candidates),
             qPrintable(error));
    QCOMPARE(rows, expected);
    const QList<QStringList> candidateTable = readTable(candidates, QLatin1Char(','), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(candidateTable.size(), expected + 1);
    QHash<qint64, int> position;
    const QList<qint64> ids = WindowParts::raceModel(window)->raceIds();
    for (int r = 0; r < ids.size(); ++r)
        position.insert(ids.at(r), r);
    int previous = 0;
    for (int r = 1; r < candidateTable.size(); ++r) {
        const int at = position.value(candidateTable.at(r).value(CandidateTable::RaceId).toLongLong(), -1);
        QVERIFY2(at >= previous, qPrintable(QStringLiteral("row %1").arg(r)));
        previous = at;
    }
    QCOMPARE(previous, 11999);
}

QTEST_MAIN(TestTableExportUi)
#include "tst_tableexport_ui.moc"
