// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog driven as an analyst drives it: a file, the preview, the columns, the check,
// the import; errors that refuse it, Stop that leaves the database as it was, the history that
// undoes it; and the main window's menu entries.
#include "database.h"
#include "datasetloader.h"
#include "importdialog.h"
#include "importrunner.h"
#include "importer.h"
#include "importhistorydialog.h"
#include "importmodels.h"
#include "mainwindow.h"
#include "format.h"
#include "racedetailpanel.h"
#include "store.h"
#include "synthetic.h"

#include "../common/testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QDir>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Sailau;
using namespace SailauTest;

namespace {

qint64 count(const Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

int fieldRow(const MappingModel *model, Import::Field field)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, MappingModel::FieldColumn).data(MappingModel::FieldRole).toInt() == int(field))
            return row;
    }
    return -1;
}

// A dialog's parts, found by their object names.
template<typename T>
T *part(const QDialog &dialog, const QString &name)
{
    T *found = dialog.findChild<T *>(name);
    if (!found)
        qFatal("%s has no %s", qPrintable(dialog.objectName()), qPrintable(name));
    return found;
}

QPushButton *nextButton(const ImportDialog &dialog) { return part<QPushButton>(dialog, QStringLiteral("nextButton")); }
QPushButton *backButton(const ImportDialog &dialog) { return part<QPushButton>(dialog, QStringLiteral("backButton")); }
QPushButton *importButton(const ImportDialog &dialog) { return part<QPushButton>(dialog, QStringLiteral("importButton")); }
QPushButton *importValidButton(const ImportDialog &dialog) { return part<QPushButton>(dialog, QStringLiteral("importValidButton")); }
QPushButton *cancelButton(const ImportDialog &dialog) { return part<QPushButton>(dialog, QStringLiteral("cancelButton")); }
QLabel *summaryLabel(const ImportDialog &dialog) { return part<QLabel>(dialog, QStringLiteral("importSummary")); }
QLabel *detectedLabel(const ImportDialog &dialog) { return part<QLabel>(dialog, QStringLiteral("detectedLabel")); }
QComboBox *presetCombo(const ImportDialog &dialog) { return part<QComboBox>(dialog, QStringLiteral("presetCombo")); }
QListWidget *fileList(const ImportDialog &dialog) { return part<QListWidget>(dialog, QStringLiteral("importFiles")); }
PreviewModel *previewModel(const ImportDialog &dialog) { return part<PreviewModel>(dialog, QStringLiteral("previewModel")); }
MappingModel *mappingModel(const ImportDialog &dialog) { return part<MappingModel>(dialog, QStringLiteral("mappingModel")); }
TerritoryIssueModel *territoryModel(const ImportDialog &dialog) { return part<TerritoryIssueModel>(dialog, QStringLiteral("territoryIssueModel")); }
ProblemModel *problemModel(const ImportDialog &dialog) { return part<ProblemModel>(dialog, QStringLiteral("problemModel")); }
ImportRunner *runner(const ImportDialog &dialog) { return part<ImportRunner>(dialog, QStringLiteral("importRunner")); }

BatchModel *batchModel(const ImportHistoryDialog &history) { return part<BatchModel>(history, QStringLiteral("batchModel")); }
QTableView *batchView(const ImportHistoryDialog &history) { return part<QTableView>(history, QStringLiteral("batchView")); }
QPushButton *undoButton(const ImportHistoryDialog &history) { return part<QPushButton>(history, QStringLiteral("undoImportButton")); }

// Answers the next message box with the given button once it appears.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(50, [button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void modelsPassTheTester();
    void windows1251FileFromPreviewToImport();
    void columnMappingIsEditable();
    void errorsRefuseTheImportAndListLines();
    void stopRollsBack();
    void publicSourcesThroughThePreset();
    void sameFileAgainAsksFirst();
    void historyUndoesAnImport();
    void mainWindowOffersImport();
    void cityWithoutDistrictAndPartialListWithNoManualStep();
    void publishedTotalsSayWhatTheyAre();
    void importTheValidRacesAndLeaveOutTheRest();
    void twoFilesCheckedAndImportedTogether();

private:
    // File page → Columns page → Check page, waiting for the check.
    bool checkFile(ImportDialog &dialog, const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString message;
    m_db = DatasetLoader::openOrCreate(m_dir->filePath(QStringLiteral("import.sqlite")), false, &message);
    QVERIFY2(m_db, qPrintable(message));
}

void TestImportDialog::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

bool TestImportDialog::checkFile(ImportDialog &dialog, const QString &path)
{
    dialog.setFile(path);
    if (dialog.page() != ImportDialog::FilePage || !nextButton(dialog)->isEnabled())
        return false;
    QTest::mouseClick(nextButton(dialog), Qt::LeftButton);
    if (dialog.page() != ImportDialog::ColumnsPage || !nextButton(dialog)->isEnabled())
        return false;
    QSignalSpy checked(&dialog, &ImportDialog::checkFinished);
    QTest::mouseClick(nextButton(dialog), Qt::LeftButton);
    return dialog.page() == ImportDialog::CheckPage && checked.wait(30000);
}

void TestImportDialog::modelsPassTheTester()
{
    ImportDialog dialog(m_db.get());
    QAbstractItemModelTester previewTester(previewModel(dialog), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester mappingTester(mappingModel(dialog), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester territoryTester(territoryModel(dialog), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester problemTester(problemModel(dialog), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(checkFile(dialog, testData(QStringLiteral("import/long_utf8_kk.csv"))));
    QVERIFY(previewModel(dialog)->rowCount() > 0);
    QVERIFY(territoryModel(dialog)->rowCount() > 0);
    // Files with errors fill the problem model; its rows change under the tester too.
    QVERIFY(checkFile(dialog, testData(QStringLiteral("malformed/negative_count.csv"))));
    QVERIFY(problemModel(dialog)->rowCount() > 0);

    ImportHistoryDialog history(m_db.get());
    QAbstractItemModelTester batchTester(batchModel(history), QAbstractItemModelTester::FailureReportingMode::QtTest);
    history.refresh();
}

void TestImportDialog::windows1251FileFromPreviewToImport()
{
    const QString path = testData(QStringLiteral("import/long_cp1251_ru.csv"));
    ImportDialog dialog(m_db.get());
    dialog.show();
    dialog.setFile(path);
    QCOMPARE(dialog.page(), ImportDialog::FilePage);
    // Detected as Excel on Russian Windows saves it, and previewed as parsed.
    const QString detected = detectedLabel(dialog)->text();
    QVERIFY2(detected.contains(QStringLiteral("1251")), qPrintable(detected));
    QVERIFY2(detected.contains(QLatin1Char(';')) || detected.contains(QStringLiteral("emicolon")), qPrintable(detected));
    // The preview shows the file's records as read, the header row among them.
    const QList<QStringList> rows = readCsv(path); // read as UTF-8 only to count the records
    QCOMPARE(previewModel(dialog)->rowCount(), rows.size());
    bool sawCyrillic = false;
    for (int c = 0; c < previewModel(dialog)->columnCount(); ++c)
        sawCyrillic |= previewModel(dialog)->index(1, c).data().toString().contains(QStringLiteral("район"));
    QVERIFY(sawCyrillic);

    QTest::mouseClick(nextButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.page(), ImportDialog::ColumnsPage);
    // Russian headers matched to Sailau's fields.
    const MappingModel *mapping = mappingModel(dialog);
    for (Import::Field f : {Import::Field::ElectionDate, Import::Field::District, Import::Field::Candidate,
                            Import::Field::Votes, Import::Field::Elected, Import::Field::Voters})
        QVERIFY2(fieldRow(mapping, f) >= 0, qPrintable(QString::number(int(f))));

    QSignalSpy checked(&dialog, &ImportDialog::checkFinished);
    QTest::mouseClick(nextButton(dialog), Qt::LeftButton);
    QVERIFY(checked.wait(30000));
    QVERIFY(dialog.report().ok);
    QVERIFY(dialog.report().dryRun);
    QVERIFY(!summaryLabel(dialog)->text().isEmpty());
    QCOMPARE(count(*m_db, QStringLiteral("import_batch")) >= 0, true);
    const qint64 racesBefore = count(*m_db, QStringLiteral("race"));
    QCOMPARE(racesBefore, 0);
    QVERIFY(importButton(dialog)->isEnabled());

    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(dialog.imported());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(*m_db, QStringLiteral("race")), dialog.report().summary.races);
    QVERIFY(count(*m_db, QStringLiteral("race")) > 0);
    QCOMPARE(count(*m_db, QStringLiteral("candidate")), dialog.report().summary.candidatesNew);
}

void TestImportDialog::columnMappingIsEditable()
{
    ImportDialog dialog(m_db.get());
    dialog.show();
    dialog.setFile(testData(QStringLiteral("import/per_race.tsv")));
    QTest::mouseClick(nextButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.page(), ImportDialog::ColumnsPage);
    MappingModel *mapping = mappingModel(dialog);
    const int dateRow = fieldRow(mapping, Import::Field::ElectionDate);
    QVERIFY(dateRow >= 0);
    QVERIFY(nextButton(dialog)->isEnabled());
    // Without a date column the file cannot be checked; with it back, it can.
    QVERIFY(mapping->setData(mapping->index(dateRow, MappingModel::FieldColumn), int(Import::Field::Ignore),
                             MappingModel::FieldRole));
    QVERIFY(!nextButton(dialog)->isEnabled());
    QVERIFY(!dialog.currentMapping().has(Import::Field::ElectionDate));
    QVERIFY(mapping->setData(mapping->index(dateRow, MappingModel::FieldColumn), int(Import::Field::ElectionDate),
                             MappingModel::FieldRole));
    QVERIFY(nextButton(dialog)->isEnabled());
    QVERIFY(dialog.currentMapping().has(Import::Field::ElectionDate));
    // Back keeps the file.
    QTest::mouseClick(backButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.page(), ImportDialog::FilePage);
    QCOMPARE(QFileInfo(dialog.file()).fileName(), QStringLiteral("per_race.tsv"));
}

void TestImportDialog::errorsRefuseTheImportAndListLines()
{
    const QString path = m_dir->filePath(QStringLiteral("errors.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Дата выборов;Область;Район;Кандидат;Голоса;Избран;Избирателей в списках\n"
                   "05.11.2023;область Абай;Абайский район;Иванов Иван;12x;да;100\n"
                   "05.11.2023;область Абай;Абайский район;Сәрсенова Әлия;150;нет;100\n");
    }
    const QString before = dumpDatabase(m_db->connection());
    ImportDialog dialog(m_db.get());
    dialog.show();
    QVERIFY(checkFile(dialog, path));
    QVERIFY(!dialog.report().ok);
    QVERIFY(!importButton(dialog)->isEnabled());
    const ProblemModel *problems = problemModel(dialog);
    QSet<QString> lines;
    for (int row = 0; row < problems->rowCount(); ++row)
        lines.insert(problems->index(row, ProblemModel::LineColumn).data().toString());
    QVERIFY(lines.contains(QStringLiteral("2")));
    QVERIFY(lines.contains(QStringLiteral("3")));
    bool namesValue = false;
    for (int row = 0; row < problems->rowCount(); ++row)
        namesValue |= problems->index(row, ProblemModel::ValueColumn).data().toString() == QStringLiteral("12x");
    QVERIFY(namesValue);
    QCOMPARE(dumpDatabase(m_db->connection()), before);
}

void TestImportDialog::stopRollsBack()
{
    // Big enough that Stop comes while the transaction is open.
    const QString path = m_dir->filePath(QStringLiteral("big.csv"));
    SyntheticGenerator::Options options;
    options.races = 40000;
    options.seed = 7;
    QString error;
    QVERIFY2(SyntheticGenerator::writeCsv(path, options, &error) > 0, qPrintable(error));
    const QString before = dumpDatabase(m_db->connection());

    ImportDialog dialog(m_db.get());
    dialog.show();
    QVERIFY(checkFile(dialog, path));
    QVERIFY2(dialog.report().ok, qPrintable(summaryLabel(dialog)->text()));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QVERIFY(runner(dialog)->isRunning());
    QCOMPARE(cancelButton(dialog)->text(), QObject::tr("&Stop"));
    QTest::mouseClick(cancelButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(dialog.report().cancelled);
    QVERIFY(!dialog.imported());
    QVERIFY(dialog.isVisible()); // Stop is not Close
    QCOMPARE(dumpDatabase(m_db->connection()), before);
}

void TestImportDialog::publicSourcesThroughThePreset()
{
    const QString races = sharedDir(QStringLiteral("data/races.csv"));
    const QString candidates = sharedDir(QStringLiteral("data/candidates.csv"));
    if (!QFile::exists(races) || !QFile::exists(candidates))
        QSKIP("the public-source files are not next to the project");
    for (const QString &path : {races, candidates}) {
        ImportDialog dialog(m_db.get());
        dialog.show();
        dialog.setFile(path);
        const int preset = presetCombo(dialog)->findData(QStringLiteral("public-sources"));
        const int byName = presetCombo(dialog)->findText(QStringLiteral("Public-source CSV"), Qt::MatchStartsWith);
        QVERIFY(preset >= 0 || byName >= 0);
        presetCombo(dialog)->setCurrentIndex(preset >= 0 ? preset : byName);
        QTest::mouseClick(nextButton(dialog), Qt::LeftButton);
        QSignalSpy checked(&dialog, &ImportDialog::checkFinished);
        QTest::mouseClick(nextButton(dialog), Qt::LeftButton);
        QVERIFY(checked.wait(30000));
        QVERIFY2(dialog.report().ok, qPrintable(summaryLabel(dialog)->text()));
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(dialog.imported());
    }
    QCOMPARE(count(*m_db, QStringLiteral("race")), qint64(readCsv(races).size() - 1));
    QVERIFY(count(*m_db, QStringLiteral("candidate")) > 0);
    QCOMPARE(Import::Batches::list(*m_db).size() >= 2, true);
}

void TestImportDialog::sameFileAgainAsksFirst()
{
    const QString path = testData(QStringLiteral("import/long_utf8_kk.csv"));
    {
        ImportDialog dialog(m_db.get());
        dialog.show();
        QVERIFY(checkFile(dialog, path));
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(dialog.imported());
    }
    const qint64 batches = Import::Batches::list(*m_db).size();
    ImportDialog dialog(m_db.get());
    dialog.show();
    QVERIFY(checkFile(dialog, path));
    QVERIFY(!dialog.report().earlierBatches.isEmpty());
    // "No" keeps the database as it is.
    answerNextMessageBox(QMessageBox::No);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QVERIFY(!runner(dialog)->isRunning());
    QCOMPARE(Import::Batches::list(*m_db).size(), batches);
    // "Yes" imports it again, as a second import.
    answerNextMessageBox(QMessageBox::Yes);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(Import::Batches::list(*m_db).size(), batches + 1);
}

void TestImportDialog::historyUndoesAnImport()
{
    const QString before = dumpDatabase(m_db->connection());
    {
        ImportDialog dialog(m_db.get());
        dialog.show();
        QVERIFY(checkFile(dialog, testData(QStringLiteral("import/long_utf8_kk.csv"))));
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
    }
    QVERIFY(dumpDatabase(m_db->connection()) != before);
    ImportHistoryDialog history(m_db.get());
    history.show();
    QCOMPARE(batchModel(history)->rowCount(), 1);
    QCOMPARE(batchModel(history)->index(0, BatchModel::FileColumn).data().toString(), QStringLiteral("long_utf8_kk.csv"));
    batchView(history)->selectRow(0);
    QVERIFY(undoButton(history)->isEnabled());
    QSignalSpy undone(&history, &ImportHistoryDialog::undone);
    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(undoButton(history), Qt::LeftButton);
    QCOMPARE(undone.size(), 1);
    QCOMPARE(batchModel(history)->rowCount(), 0);
    QCOMPARE(dumpDatabase(m_db->connection()), before);
}

void TestImportDialog::mainWindowOffersImport()
{
    MainWindow window;
    window.setDatabase(std::move(m_db));
    auto *import = window.findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(import);
    QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(import->isEnabled());
    QVERIFY(window.acceptDrops());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionImportHistory")));

    // A read-only database takes no import.
    OpenOptions options;
    options.create = false;
    options.readOnly = true;
    OpenError error;
    QString message;
    auto readOnly = Database::open(m_dir->filePath(QStringLiteral("import.sqlite")), options, &error, &message);
    QVERIFY2(readOnly, qPrintable(message));
    QVERIFY(readOnly->isReadOnly());
    window.setDatabase(std::move(readOnly));
    QVERIFY(!import->isEnabled());
}

// A file with a city that has no district and a race that lists only its winner goes through to
// "Import" with no manual step; the detail panel says why the metrics of the partial race are missing.
// The check box of the columns page is the user's word that the lists are complete.
void TestImportDialog::cityWithoutDistrictAndPartialListWithNoManualStep()
{
    const QString path = testData(QStringLiteral("import/real-shapes/ru_cp1251_cities_without_district.csv"));
    ImportDialog dialog(m_db.get());
    dialog.show();
    QVERIFY(checkFile(dialog, path));
    QVERIFY2(dialog.report().ok, qPrintable(summaryLabel(dialog)->text()));
    QVERIFY(importButton(dialog)->isEnabled());
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT r.id FROM race r JOIN territory t ON t.id = r.territory_id "
                                  "WHERE t.name = 'город Курчатов'")) && q.next());
    const auto race = Store(m_db->connection()).race(q.value(0).toLongLong());
    QVERIFY(race);
    RaceDetailPanel panel;
    panel.setRace(race);
    QCOMPARE(panel.valueLabel(QStringLiteral("enc_laakso_taagepera"))->text(), Format::missing());
    QStringList texts;
    for (const QLabel *label : panel.findChildren<QLabel *>())
        texts.append(label->text());
    QVERIFY2(texts.join(QLatin1Char('\n')).contains(QLatin1String("only 1 candidate")), qPrintable(texts.join(QLatin1Char('|'))));

    // Partial lists, with the user's word that every list is complete (into a database of its own:
    // "Bolat Abdraliyev" is another spelling of the winner above, and would be a second winner).
    QString message;
    auto other = DatasetLoader::openOrCreate(m_dir->filePath(QStringLiteral("second.sqlite")), false, &message);
    QVERIFY2(other, qPrintable(message));
    ImportDialog second(other.get());
    second.show();
    second.setFile(testData(QStringLiteral("import/real-shapes/en_xlsx_partial_lists.xlsx")));
    QTest::mouseClick(nextButton(second), Qt::LeftButton);
    QCOMPARE(second.page(), ImportDialog::ColumnsPage);
    auto *complete = second.findChild<QCheckBox *>(QStringLiteral("listsComplete"));
    QVERIFY(complete);
    QVERIFY(!complete->isChecked());
    complete->setFocus();
    QTest::keyClick(complete, Qt::Key_Space);
    QVERIFY(complete->isChecked());
    QSignalSpy checked(&second, &ImportDialog::checkFinished);
    QTest::mouseClick(nextButton(second), Qt::LeftButton);
    QVERIFY(checked.wait(30000));
    QVERIFY(second.report().ok);
    QSignalSpy done(&second, &ImportDialog::importFinished);
    QTest::mouseClick(importButton(second), Qt::LeftButton);
    QVERIFY(done.wait(30000));
    QSqlQuery check(other->connection());
    QVERIFY(check.exec(QStringLiteral("SELECT r.candidate_list_complete FROM race r JOIN territory t ON t.id = r.territory_id "
                                      "WHERE t.name = 'Kurchatov city'")) && check.next());
    QCOMPARE(check.value(0).toInt(), 1);
}

// A press release's totals: the dialog says it is a file of totals before and after the import,
// and the figures go to the summary, not to races.
void TestImportDialog::publishedTotalsSayWhatTheyAre()
{
    QSqlQuery count(m_db->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM race")) && count.next());
    const int races = count.value(0).toInt();
    count.finish(); // no read left open while the import writes
    ImportDialog dialog(m_db.get());
    dialog.show();
    QVERIFY(checkFile(dialog, testData(QStringLiteral("import/real-shapes/kk_utf8_totals_per_figure.csv"))));
    QVERIFY2(dialog.report().ok, qPrintable(summaryLabel(dialog)->text()));
    QVERIFY2(summaryLabel(dialog)->text().contains(QLatin1String("2023-11-05: a file of totals")),
             qPrintable(summaryLabel(dialog)->text()));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QStringList problems;
    for (const Import::Problem &p : dialog.report().problems)
        problems.append(p.format(dialog.report().fileName));
    QVERIFY2(finished.first().first().toBool(), qPrintable(problems.join(QLatin1Char('\n')) + summaryLabel(dialog)->text()));
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM race")) && count.next());
    QCOMPARE(count.value(0).toInt(), races);
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM published_figure WHERE batch_id = %1").arg(dialog.report().batchId))
            && count.next());
    QCOMPARE(count.value(0).toInt(), 5);
}

// A races file and a candidates file chosen together: each is shown and mapped on its own, the
// check lists both, and they are imported in one step that Import History undoes whole.
void TestImportDialog::twoFilesCheckedAndImportedTogether()
{
    const QString before = dumpDatabase(m_db->connection());
    const QString races = testData(QStringLiteral("import/real-shapes/ru_cp1251_rural_races_with_district.csv"));
    const QString candidates = testData(QStringLiteral("import/real-shapes/kk_utf8_rural_candidates_without_district.csv"));
    ImportDialog dialog(m_db.get());
    dialog.show();
    dialog.setFiles({races, candidates});
    QCOMPARE(dialog.files(), (QStringList{races, candidates}));
    QVERIFY(fileList(dialog)->isVisible());
    QCOMPARE(fileList(dialog)->count(), 2);
    QCOMPARE(dialog.file(), races);
    QVERIFY(detectedLabel(dialog)->text().contains(QStringLiteral("windows-1251")));
    dialog.selectFile(1);
    QCOMPARE(dialog.file(), candidates);
    QVERIFY(detectedLabel(dialog)->text().contains(QStringLiteral("UTF-8")));
    QTest::mouseClick(nextButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.page(), ImportDialog::ColumnsPage);
    QSignalSpy checked(&dialog, &ImportDialog::checkFinished);
    QTest::mouseClick(nextButton(dialog), Qt::LeftButton);
    QVERIFY(checked.wait(30000));
    QCOMPARE(dialog.reports().size(), 2);
    QVERIFY2(dialog.report().ok, qPrintable(summaryLabel(dialog)->text()));
    QCOMPARE(dialog.reports().at(1).summary.racesUpdated, 4);   // the check of the second sees the first
    QVERIFY(summaryLabel(dialog)->text().contains(QStringLiteral("ru_cp1251_rural_races_with_district.csv")));
    QVERIFY(summaryLabel(dialog)->text().contains(QStringLiteral("kk_utf8_rural_candidates_without_district.csv")));
    QCOMPARE(dumpDatabase(m_db->connection()), before);
    QVERIFY(importButton(dialog)->isEnabled());
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(count(*m_db, QStringLiteral("race")), qint64(4));
    QCOMPARE(count(*m_db, QStringLiteral("candidate")), qint64(9));
    const qint64 first = dialog.reports().at(0).batchId;
    QCOMPARE(Import::Batches::step(*m_db, first), (QList<qint64>{first, dialog.reports().at(1).batchId}));
    QString why;
    QVERIFY2(Import::Batches::undo(*m_db, dialog.reports().at(1).batchId, &why), qPrintable(why));
    QCOMPARE(dumpDatabase(m_db->connection()), before);
}

QTEST_MAIN(TestImportDialog)
// A file with an undated row: refused as it is, and the button that leaves out its race imports
// the others and names the file of the rows left out.
void TestImportDialog::importTheValidRacesAndLeaveOutTheRest()
{
    const QString path = m_dir->filePath(QStringLiteral("results.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Дата выборов;Область;Район;Кандидат;Голоса;Избран\n"
                   "05.11.2023;область Абай;Абайский район;Иванов Иван;120;да\n"
                   "05.11.2023;область Абай;Абайский район;Сәрсенова Әлия;80;нет\n"
                   ";область Абай;Аягозский район;Петров Пётр;300;да\n"
                   "05.11.2023;область Абай;Аягозский район;Ахметов Серик;100;нет\n"
                   "05.11.2023;область Абай;Жарминский район;Омаров Арман;500;да\n");
    }
    const qint64 racesBefore = count(*m_db, QStringLiteral("race"));
    ImportDialog dialog(m_db.get());
    dialog.show();
    QVERIFY(checkFile(dialog, path));
    QVERIFY(!importButton(dialog)->isEnabled());
    QVERIFY(importValidButton(dialog)->isVisible());
    QVERIFY(importValidButton(dialog)->isEnabled());
    // Two races are valid; the undated row and the other row of its race are left out.
    const QString label = importValidButton(dialog)->text();
    QVERIFY2(label.startsWith(QStringLiteral("Import the 2 valid race")) && label.contains(QStringLiteral("leave out 2 row")),
             qPrintable(label));
    QCOMPARE(count(*m_db, QStringLiteral("race")), racesBefore); // a check writes nothing
    // Every row left out is listed: the undated row, and the row of its race left out with it.
    QSet<QString> lines;
    for (int row = 0; row < problemModel(dialog)->rowCount(); ++row)
        lines.insert(problemModel(dialog)->index(row, ProblemModel::LineColumn).data().toString());
    QVERIFY(lines.contains(QStringLiteral("4")));
    QVERIFY(lines.contains(QStringLiteral("5")));

    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(importValidButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QVERIFY(dialog.imported());
    QCOMPARE(count(*m_db, QStringLiteral("race")), racesBefore + 2);
    QCOMPARE(count(*m_db, QStringLiteral("candidate")), 3);
    const QString leftOut = m_dir->filePath(QStringLiteral("results.left-out.csv"));
    QVERIFY(QFile::exists(leftOut));
    QVERIFY2(summaryLabel(dialog)->text().contains(QDir::toNativeSeparators(leftOut)), qPrintable(summaryLabel(dialog)->text()));
    // The dialog stays open with the summary; Close accepts it.
    QVERIFY(dialog.isVisible());
    QCOMPARE(cancelButton(dialog)->text(), QStringLiteral("Close"));
    QTest::mouseClick(cancelButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

#include "tst_importdialog.moc"
