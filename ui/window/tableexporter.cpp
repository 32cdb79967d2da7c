// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableexporter.h"

#include "database.h"

#include "candidatetable.h"
#include "format.h"
#include "raceexport.h"
#include "racequery.h"
#include "racetablemodel.h"
#include "tableexport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

#include <memory>

namespace Sailau {

namespace {

// Rows read from the store at a time: memory stays flat however long the table is.
constexpr int ExportPageRows = 5000;

const QLatin1String FolderKey("export/tableFolder");
const QLatin1String FormatKey("export/tableFormat");

// The file dialog's choices, in its order; the keys are what QSettings remembers.
enum class Choice { CsvComma, CsvSemicolon, Xlsx };

QString choiceKey(Choice choice)
{
    switch (choice) {
    case Choice::CsvComma: return QStringLiteral("csv");
    case Choice::CsvSemicolon: return QStringLiteral("csv-semicolon");
    case Choice::Xlsx: return QStringLiteral("xlsx");
    }
    return {};
}

bool isShare(RaceColumn column)
{
    return column == RaceColumn::Turnout || column == RaceColumn::WinnerShare || column == RaceColumn::Margin
        || column == RaceColumn::AgainstAllShare;
}

// The races of a page in the table's columns, each with its sources last.
QList<QVariantList> raceRows(const QList<RaceRow> &page, const QList<RaceColumn> &columns,
                             const QHash<qint64, QStringList> &sources)
{
    QList<QVariantList> rows;
    rows.reserve(page.size());
    for (const RaceRow &row : page) {
        QVariantList cells;
        cells.reserve(columns.size() + 1);
        for (RaceColumn column : columns)
            cells.append(row.value(column)); // the table's own values
        // URLs hold no spaces: one space between them keeps the cell on one line.
        cells.append(sources.value(row.id).join(QLatin1Char(' ')));
        rows.append(cells);
    }
    return rows;
}

} // namespace

// What an export writes: the races in the table's visible columns with their sources, or the
// candidates of those races.
struct TableExporter::Table
{
    Kind kind = Kind::Races;
    QList<RaceColumn> columns;   // the races' columns written (none for the candidates)
    CandidateTable candidates{CandidateTable::Audience::People};
    QStringList header;
    QList<TableExport::ColumnStyle> styles;
};

TableExporter::TableExporter(QWidget *window, RaceTableModel *model, QTableView *view, DatabaseSource database)
    : QObject(window)
    , m_window(window)
    , m_model(model)
    , m_view(view)
    , m_database(std::move(database))
{
    setObjectName(QStringLiteral("tableExporter"));
}

void TableExporter::addAction(QMenu *file)
{
    // Ctrl+E exports the chart and Ctrl+Shift+C copies it; Ctrl+Shift+E is free.
    m_action = file->addAction(tr("&Export Table…"), this, [this] { exportDialog(Kind::Races); });
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_action->setObjectName(QStringLiteral("actionExportTable"));
    m_action->setStatusTip(
        tr("Save the races listed now, every row in the table's order, with their sources, as CSV or XLSX"));
    m_candidatesAction = file->addAction(tr("Export &Candidates…"), this, [this] { exportDialog(Kind::Candidates); });
    m_candidatesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    m_candidatesAction->setObjectName(QStringLiteral("actionExportCandidates"));
    m_candidatesAction->setStatusTip(tr("Save the candidates of the races listed now, one row each, with their "
                                        "votes, nomination, sex, age, occupation and sources, as CSV or XLSX"));
}

void TableExporter::update()
{
    for (QAction *action : {m_action, m_candidatesAction}) {
        if (action)
            action->setEnabled(m_database() != nullptr);
    }
}

bool TableExporter::exportTable(const QString &path, const TableExport::Options &options, QString *error, int *rows,
                                Kind kind)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (rows)
        *rows = 0;
    Database *database = m_database();
    if (!database)
        return fail(tr("No database is open."));

    // The table as the user sees it: its visible columns, its filter, its order.
    const Table content = table(kind);
    // The ids in the table's order, as the table holds them (read again while a large day is still
    // being read), then the rows a page at a time.
    const RaceQuery query(database->connection());
    QString queryError;
    const QList<qint64> order = m_model->isLoading()
        ? query.ids(m_model->filter(), m_model->sortColumn(), m_model->sortOrder(), &queryError)
        : m_model->raceIds();
    if (!queryError.isEmpty())
        return fail(tr("The races could not be read: %1").arg(queryError));
    const int total = int(order.size());

    TableExport::TableWriter writer(path, options);
    if (!writer.begin(content.header, content.styles))
        return fail(writer.errorString());
    const std::unique_ptr<QProgressDialog> progress = progressDialog(kind, total);

    int done = 0;      // ids handled
    int written = 0;   // rows written (a race removed meanwhile has none)
    while (done < total) {
        const QList<qint64> pageIds = order.mid(done, ExportPageRows);
        QString readError;
        const QList<QVariantList> rowsOfPage = pageRows(content, query, database->connection(), pageIds, &readError);
        if (!readError.isEmpty()) {
            writer.cancel();
            return fail(readError);
        }
        for (const QVariantList &cells : rowsOfPage) {
            if (!writer.addRow(cells))
                return fail(writer.errorString());
        }
        written += int(rowsOfPage.size());
        done += int(pageIds.size());
        if (progress) {
            progress->setValue(done);
            if (progress->wasCanceled()) {
                writer.cancel();
                return fail(QString());
            }
        }
    }
    if (!writer.commit())
        return fail(writer.errorString());
    if (rows)
        *rows = written;
    return true;
}

// The table as the user sees it: its visible columns with their titles and styles, then the
// sources; or the candidates' columns.
TableExporter::Table TableExporter::table(Kind kind) const
{
    Table table;
    table.kind = kind;
    if (kind == Kind::Candidates) {
        table.header = table.candidates.header();
        table.styles = table.candidates.styles();
        return table;
    }
    for (int c = 0; c < RaceColumnCount; ++c) {
        if (m_view && m_view->isColumnHidden(c))
            continue;
        table.columns.append(RaceColumn(c));
        table.header.append(RaceTableModel::columnTitle(RaceColumn(c)));
        table.styles.append(isShare(RaceColumn(c)) ? TableExport::ColumnStyle::Percent
                                                   : TableExport::ColumnStyle::General);
    }
    table.header.append(tr("Sources"));
    table.styles.append(TableExport::ColumnStyle::General);
    return table;
}

// A progress dialog with Cancel where the table is longer than one page; none for a short one.
std::unique_ptr<QProgressDialog> TableExporter::progressDialog(Kind kind, int total) const
{
    if (total <= ExportPageRows)
        return nullptr;
    auto progress = std::make_unique<QProgressDialog>(kind == Kind::Candidates
                                                          ? tr("Exporting the candidates of %n races…", nullptr, total)
                                                          : tr("Exporting %n races…", nullptr, total),
                                                      tr("Cancel"), 0, total, m_window);
    progress->setWindowTitle(kind == Kind::Candidates ? tr("Export Candidates") : tr("Export Table"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setValue(0);
    return progress;
}

// The rows of one page of races: the candidates of the page's races, or the races with their
// sources. Empty with error filled when the store cannot be read.
QList<QVariantList> TableExporter::pageRows(const Table &table, const RaceQuery &query, const QSqlDatabase &db,
                                            const QList<qint64> &pageIds, QString *error) const
{
    QString queryError;
    const QList<RaceRow> page = query.fetchIds(pageIds, &queryError);
    if (!queryError.isEmpty()) {
        *error = tr("The races could not be read: %1").arg(queryError);
        return {};
    }
    if (table.kind == Kind::Candidates) {
        QList<QVariantList> rows = table.candidates.rows(db, page, &queryError);
        if (!queryError.isEmpty())
            *error = tr("The candidates could not be read: %1").arg(queryError);
        return rows;
    }
    const QHash<qint64, QStringList> sources = raceSourceUrls(db, pageIds, &queryError);
    if (!queryError.isEmpty()) {
        *error = tr("The sources could not be read: %1").arg(queryError);
        return {};
    }
    return raceRows(page, table.columns, sources);
}

void TableExporter::exportDialog(Kind kind)
{
    const bool ofCandidates = kind == Kind::Candidates;
    const QString title = ofCandidates ? tr("Export Candidates") : tr("Export Table");
    if (!m_database()) {
        emit message(tr("Open a database first: there is no table to export."), 8000);
        return;
    }
    const QString csvComma = tr("CSV, comma-separated (*.csv)");
    const QString csvSemicolon = tr("CSV, semicolon-separated, for Excel on Russian or Kazakh Windows (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QStringList filters = {csvComma, csvSemicolon, xlsx};

    QSettings settings;
    const QString folder = settings.value(FolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString lastFormat = settings.value(FormatKey, choiceKey(Choice::Xlsx)).toString();
    QString selected = xlsx;
    if (lastFormat == choiceKey(Choice::CsvComma))
        selected = csvComma;
    else if (lastFormat == choiceKey(Choice::CsvSemicolon))
        selected = csvSemicolon;
    const QString suffix = selected == xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    const QDate day = m_model->filter().day;
    const QString base = ofCandidates
        ? (day.isValid() ? tr("candidates-%1").arg(day.toString(Qt::ISODate)) : tr("candidates"))
        : (day.isValid() ? tr("races-%1").arg(day.toString(Qt::ISODate)) : tr("races"));
    QString path = QFileDialog::getSaveFileName(m_window, title, QDir(folder).filePath(base + suffix),
                                                filters.join(QLatin1String(";;")), &selected);
    if (path.isEmpty())
        return;

    // The name's suffix wins over the chosen filter; a name without one gets the filter's.
    Choice choice = selected == xlsx ? Choice::Xlsx : (selected == csvSemicolon ? Choice::CsvSemicolon : Choice::CsvComma);
    TableExport::Format format;
    if (!TableExport::formatForPath(path, &format))
        path += choice == Choice::Xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    else if (format == TableExport::Format::Xlsx)
        choice = Choice::Xlsx;
    else if (choice == Choice::Xlsx)
        choice = Choice::CsvComma;
    settings.setValue(FolderKey, QFileInfo(path).absolutePath());
    settings.setValue(FormatKey, choiceKey(choice));

    const TableExport::Options options = choice == Choice::Xlsx
        ? TableExport::Options::xlsx(ofCandidates ? tr("Candidates") : tr("Races"))
        : TableExport::Options::csv(choice == Choice::CsvSemicolon ? QLatin1Char(';') : QLatin1Char(','));
    QString error;
    int rows = 0;
    if (!exportTable(path, options, &error, &rows, kind)) {
        if (error.isEmpty()) {
            emit message(tr("Export cancelled: no file was written."), 8000);
            return;
        }
        QMessageBox::warning(m_window, title,
                             tr("The table could not be exported to %1.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    const QString done = ofCandidates ? tr("Exported %1 candidates to %2") : tr("Exported %1 races to %2");
    emit message(done.arg(Format::count(qint64(rows)), QDir::toNativeSeparators(path)), 15000);
}

} // namespace Sailau
