// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "candidatetable.h"
#include "comparecommand.h"
#include "datasetloader.h"
#include "exportcommand.h"
#include "importcommands.h"
#include "language.h"
#include "racequery.h"
#include "store.h"
#include "tableexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <functional>
#include <map>

namespace Sailau::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Cli)
};

const QCommandLineOption databaseOption({QStringLiteral("d"), QStringLiteral("database")},
                                        QStringLiteral("The Sailau database file (default: %1).")
                                            .arg(QStringLiteral("<user data>/sailau.sqlite")),
                                        QStringLiteral("FILE"));
const QCommandLineOption languageOption(QStringLiteral("language"),
                                        QStringLiteral("Names in kk, ru or en (default: the system's language)."),
                                        QStringLiteral("LANG"));

// Parses a subcommand's arguments; on a usage error writes it and returns false.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("sailau ") + command} + arguments)) {
        err << QStringLiteral("sailau %1: %2\n").arg(command, parser.errorText());
        err << Text::tr("Try 'sailau %1 --help'.").arg(command) << '\n';
        return false;
    }
    return true;
}

bool wantsHelp(const QCommandLineParser &parser, QTextStream &out)
{
    if (!parser.isSet(QStringLiteral("help")))
        return false;
    out << parser.helpText();
    return true;
}

void applyLanguage(const QCommandLineParser &parser)
{
    if (parser.isSet(languageOption))
        setDisplayLanguage(languageFromCode(parser.value(languageOption), displayLanguage()));
}

// Opens the --database file (it must exist), or the default database (created with the sample
// on first use).
std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, QTextStream &err)
{
    QString message;
    OpenOptions options;
    std::unique_ptr<Database> db;
    if (parser.isSet(databaseOption)) {
        options.create = false;
        OpenError error;
        db = Database::open(parser.value(databaseOption), options, &error, &message);
    } else {
        db = DatasetLoader::openOrCreate(Database::defaultPath(), true, &message, nullptr, options);
    }
    if (!db)
        err << QStringLiteral("sailau: ") << message << '\n';
    return db;
}

QString turnoutBasisKey(Metrics::TurnoutBasis basis)
{
    switch (basis) {
    case Metrics::TurnoutBasis::BallotsIssued: return QStringLiteral("ballots_issued");
    case Metrics::TurnoutBasis::BallotsCast: return QStringLiteral("ballots_cast");
    case Metrics::TurnoutBasis::Published: return QStringLiteral("published");
    case Metrics::TurnoutBasis::None: break;
    }
    return {};
}

// The columns of `sailau metrics`, one record per race.
const QList<Metrics::Metric> &printedMetrics()
{
    using M = Metrics::Metric;
    static const QList<M> metrics = {M::Turnout, M::WinnerShare, M::Margin, M::MarginOverAgainstAll,
                                     M::EncLaaksoTaagepera, M::EncGolosov, M::Candidates, M::AgainstAllShare,
                                     M::InvalidShare, M::OutsideShare};
    return metrics;
}

QStringList raceHeader(QList<TableExport::ColumnStyle> *styles)
{
    QStringList header = {QStringLiteral("race_id"), QStringLiteral("territory"), QStringLiteral("region"),
                          QStringLiteral("date"), QStringLiteral("level"), QStringLiteral("voters"),
                          QStringLiteral("ballots_issued"), QStringLiteral("ballots_cast"),
                          QStringLiteral("against_all"), QStringLiteral("winner"), QStringLiteral("winner_nomination")};
    *styles = QList<TableExport::ColumnStyle>(header.size(), TableExport::ColumnStyle::General);
    for (Metrics::Metric m : printedMetrics()) {
        header.append(Metrics::key(m));
        styles->append(Metrics::isShare(m) ? TableExport::ColumnStyle::Percent : TableExport::ColumnStyle::General);
    }
    header.append(QStringLiteral("turnout_basis"));
    styles->append(TableExport::ColumnStyle::General);
    return header;
}

// The races table's columns take their values from the table's own mapping (RaceRow::value), the
// figures it does not show in the same way.
QVariantList raceCells(const RaceRow &r)
{
    QVariantList cells = {r.id,
                          r.value(RaceColumn::Territory),
                          r.value(RaceColumn::Region),
                          r.value(RaceColumn::Date),
                          r.level,
                          r.value(RaceColumn::Voters),
                          RaceRow::countValue(r.ballotsIssued),
                          RaceRow::countValue(r.ballotsCast),
                          RaceRow::countValue(r.againstAll),
                          r.value(RaceColumn::Winner),
                          r.value(RaceColumn::Nomination)};
    for (Metrics::Metric m : printedMetrics())
        cells.append(r.metricValue(m));
    cells.append(RaceRow::textValue(turnoutBasisKey(r.turnoutBasis)));
    return cells;
}

// A cell of the table printed as JSON: null where missing, a date as YYYY-MM-DD.
QJsonValue jsonCell(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (cell.typeId()) {
    case QMetaType::QDate: return cell.toDate().toString(Qt::ISODate);
    case QMetaType::Bool: return cell.toBool();
    case QMetaType::Double: return std::isfinite(cell.toDouble()) ? QJsonValue(cell.toDouble()) : QJsonValue(QJsonValue::Null);
    case QMetaType::LongLong:
    case QMetaType::Int: return double(cell.toLongLong());
    default: return cell.toString();
    }
}

// A cell of the table printed as CSV: empty where missing, numbers with ten significant digits.
QString csvCell(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return {};
    switch (cell.typeId()) {
    case QMetaType::QDate: return cell.toDate().toString(Qt::ISODate);
    case QMetaType::Double: return std::isfinite(cell.toDouble()) ? QString::number(cell.toDouble(), 'g', 10) : QString();
    case QMetaType::LongLong:
    case QMetaType::Int: return QString::number(cell.toLongLong());
    default: return csvField(cell.toString());
    }
}

// The options of `sailau metrics` besides --database and --language, with their help texts.
struct MetricsArguments
{
    const QCommandLineOption election{{QStringLiteral("e"), QStringLiteral("election")},
                                      Text::tr("Only the races of this election day."), QStringLiteral("YYYY-MM-DD")};
    const QCommandLineOption format{{QStringLiteral("f"), QStringLiteral("format")}, Text::tr("csv or json (default csv)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv")};
    const QCommandLineOption out{{QStringLiteral("o"), QStringLiteral("out")},
                                 Text::tr("Write the table to FILE.csv (UTF-8) or FILE.xlsx instead of "
                                          "printing it."),
                                 QStringLiteral("FILE")};
    const QCommandLineOption delimiter{QStringLiteral("delimiter"),
                                       Text::tr("With --out FILE.csv: ',' (default) or ';' (with a decimal "
                                                "comma, for Excel set to Russian or Kazakh)."),
                                       QStringLiteral("D")};
    const QCommandLineOption candidates{QStringLiteral("candidates"),
                                        Text::tr("One record per candidate of those races instead: name, "
                                                 "nomination, votes, published share, elected, sex, birth "
                                                 "year or age, occupation, sitting akim, sources.")};
};

// --out and --delimiter: the file's format from its suffix, and how it is written. False after
// saying on err what is wrong (a usage error).
bool readFileOptions(const QCommandLineParser &parser, const MetricsArguments &args, const QString &format,
                     TableExport::Options *options, QTextStream &err)
{
    const QString outPath = parser.value(args.out);
    if (parser.isSet(args.out)) {
        if (outPath.isEmpty() || !TableExport::formatForPath(outPath, &options->format)) {
            err << Text::tr("sailau metrics: --out takes a file ending in .csv or .xlsx, not '%1'").arg(outPath) << '\n';
            return false;
        }
        if (parser.isSet(args.format)
            && (format != QLatin1String("csv") || options->format != TableExport::Format::Csv)) {
            err << Text::tr("sailau metrics: --out writes the format its suffix names; leave out --format") << '\n';
            return false;
        }
    }
    if (parser.isSet(args.delimiter)) {
        const QString delimiter = parser.value(args.delimiter);
        if (!parser.isSet(args.out) || options->format != TableExport::Format::Csv) {
            err << Text::tr("sailau metrics: --delimiter goes with --out FILE.csv") << '\n';
            return false;
        }
        if (delimiter != QLatin1String(",") && delimiter != QLatin1String(";")) {
            err << Text::tr("sailau metrics: --delimiter must be ',' or ';', not '%1'").arg(delimiter) << '\n';
            return false;
        }
    }
    if (options->format == TableExport::Format::Csv)
        *options = TableExport::Options::csv(parser.isSet(args.delimiter) ? parser.value(args.delimiter).at(0)
                                                                          : QLatin1Char(','));
    else
        *options = TableExport::Options::xlsx(parser.isSet(args.candidates) ? QStringLiteral("candidates")
                                                                            : QStringLiteral("metrics"));
    return true;
}

// --election into filter; false after saying on err that it is not a date.
bool readFilter(const QCommandLineParser &parser, const MetricsArguments &args, RaceFilter *filter, QTextStream &err)
{
    if (parser.isSet(args.election)) {
        filter->day = QDate::fromString(parser.value(args.election), Qt::ISODate);
        if (!filter->day.isValid()) {
            err << Text::tr("sailau metrics: --election takes a date as YYYY-MM-DD, not '%1'")
                       .arg(parser.value(args.election)) << '\n';
            return false;
        }
    }
    return true;
}

// The races of filter in a stable order for scripts: date, region, territory.
QList<RaceRow> sortedRaces(const Database &db, const RaceFilter &filter, QString *error)
{
    QList<RaceRow> races = RaceQuery(db.connection()).fetch(filter, RaceColumn::Date, Qt::AscendingOrder, 0, -1, error);
    std::stable_sort(races.begin(), races.end(), [](const RaceRow &a, const RaceRow &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.region != b.region)
            return a.region < b.region;
        return a.territory < b.territory;
    });
    return races;
}

// One table (keys and typed cells) for the three ways out: a file, JSON and CSV on stdout, one
// record per race or per candidate of the races. Its rows are made a page of races at a time, so
// that a large day is never held twice in cells.
class MetricsTable
{
public:
    MetricsTable(QSqlDatabase db, const QList<RaceRow> &races, bool ofCandidates)
        : m_db(std::move(db))
        , m_races(races)
        , m_ofCandidates(ofCandidates)
        , m_candidates(CandidateTable::Audience::Scripts)
    {
        m_header = ofCandidates ? m_candidates.header() : raceHeader(&m_styles);
        if (ofCandidates)
            m_styles = m_candidates.styles();
    }

    const QStringList &header() const { return m_header; }
    const QList<TableExport::ColumnStyle> &styles() const { return m_styles; }
    // Why the candidates could not be read, after eachRow() stopped for it.
    const QString &error() const { return m_error; }

    // Hands each row to take, in order; false when take or the reading of candidates fails.
    bool eachRow(const std::function<bool(const QVariantList &)> &take)
    {
        constexpr qsizetype PageRaces = 5000;
        for (qsizetype first = 0; first < m_races.size(); first += PageRaces) {
            const QList<RaceRow> page = m_races.mid(first, PageRaces);
            if (m_ofCandidates) {
                const QList<QVariantList> rows = m_candidates.rows(m_db, page, &m_error);
                if (!m_error.isEmpty())
                    return false;
                for (const QVariantList &cells : rows) {
                    if (!take(cells))
                        return false;
                }
            } else {
                for (const RaceRow &r : page) {
                    if (!take(raceCells(r)))
                        return false;
                }
            }
        }
        return true;
    }

private:
    const QSqlDatabase m_db;
    const QList<RaceRow> m_races;
    const bool m_ofCandidates;
    const CandidateTable m_candidates;
    QStringList m_header;
    QList<TableExport::ColumnStyle> m_styles;
    QString m_error;
};

// The candidates that could not be read, as the command's failure.
int readFailed(const MetricsTable &table, QTextStream &err)
{
    err << QStringLiteral("sailau metrics: ") << table.error() << '\n';
    return Failed;
}

// The table into --out, as CSV or XLSX.
int writeFile(MetricsTable &table, const QString &path, const TableExport::Options &options, QTextStream &err)
{
    TableExport::TableWriter writer(path, options);
    const bool ok = writer.begin(table.header(), table.styles())
        && table.eachRow([&](const QVariantList &cells) { return writer.addRow(cells); });
    if (!table.error().isEmpty())
        return readFailed(table, err);
    if (!ok || !writer.commit()) {
        err << QStringLiteral("sailau metrics: ") << writer.errorString() << '\n';
        return Failed;
    }
    return Ok;
}

// The table on standard output as a JSON array of objects, the keys those of the header.
int printJson(MetricsTable &table, QTextStream &out, QTextStream &err)
{
    QJsonArray array;
    const QStringList &header = table.header();
    table.eachRow([&](const QVariantList &cells) {
        QJsonObject o;
        for (qsizetype c = 0; c < header.size(); ++c)
            o.insert(header.at(c), jsonCell(cells.value(c)));
        array.append(o);
        return true;
    });
    if (!table.error().isEmpty())
        return readFailed(table, err);
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return Ok;
}

// The table on standard output as CSV, a row at a time.
int printCsv(MetricsTable &table, QTextStream &out, QTextStream &err)
{
    out << table.header().join(QLatin1Char(',')) << '\n';
    table.eachRow([&](const QVariantList &cells) {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QVariant &cell : cells)
            fields.append(csvCell(cell));
        out << fields.join(QLatin1Char(',')) << '\n';
        return true;
    });
    if (!table.error().isEmpty())
        return readFailed(table, err);
    return Ok;
}

int metricsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Print the race metrics table: one record per race, with the "
                                              "territory, its region, the election date and every metric "
                                              "(null where missing)."));
    const MetricsArguments args;
    parser.addOptions({databaseOption, args.election, args.format, args.out, args.delimiter, args.candidates,
                       languageOption});
    if (!parse(parser, QStringLiteral("metrics"), arguments, err))
        return UsageError;
    if (wantsHelp(parser, out))
        return Ok;
    if (!parser.positionalArguments().isEmpty()) {
        err << Text::tr("sailau metrics: unexpected argument '%1'").arg(parser.positionalArguments().first()) << '\n';
        return UsageError;
    }
    const QString format = parser.value(args.format).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        err << Text::tr("sailau metrics: --format must be csv or json, not '%1'").arg(format) << '\n';
        return UsageError;
    }
    TableExport::Options fileOptions;
    RaceFilter filter;
    if (!readFileOptions(parser, args, format, &fileOptions, err) || !readFilter(parser, args, &filter, err))
        return UsageError;
    applyLanguage(parser);
    auto db = openDatabase(parser, err);
    if (!db)
        return Failed;

    if (filter.day.isValid()) {
        // A day on which no election was held is a mistake, not an empty table.
        if (reportUnknownElectionDay(Store(db->connection()), filter.day, QStringLiteral("metrics"), db->path(), err))
            return Failed;
    }
    QString error;
    const QList<RaceRow> races = sortedRaces(*db, filter, &error);
    if (!error.isEmpty()) {
        err << QStringLiteral("sailau metrics: ") << error << '\n';
        return Failed;
    }
    MetricsTable table(db->connection(), races, parser.isSet(args.candidates));
    if (parser.isSet(args.out))
        return writeFile(table, parser.value(args.out), fileOptions, err);
    if (format == QLatin1String("json"))
        return printJson(table, out, err);
    return printCsv(table, out, err);
}

using Handler = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;

const std::map<QString, std::pair<Handler, bool>> &commands()
{
    // name → (handler, needs a GUI application object)
    static const std::map<QString, std::pair<Handler, bool>> table = {
        {QStringLiteral("compare"), {compareCommand, false}},
        {QStringLiteral("export"), {exportCommand, true}},
        {QStringLiteral("generate"), {generateCommand, false}},
        {QStringLiteral("import"), {importCommand, false}},
        {QStringLiteral("imports"), {importsCommand, false}},
        {QStringLiteral("inspect"), {inspectCommand, false}},
        {QStringLiteral("metrics"), {metricsCommand, false}},
        {QStringLiteral("undo-import"), {undoImportCommand, false}},
    };
    return table;
}

} // namespace

QString csvField(const QString &raw)
{
    const QString text = TableExport::neutralised(raw);
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return text;
}

bool isCommand(const QString &name)
{
    return commands().count(name) > 0;
}

bool needsGui(const QString &name)
{
    const auto it = commands().find(name);
    return it != commands().end() && it->second.second;
}

bool reportUnknownElectionDay(const Store &store, const QDate &day, const QString &command, const QString &path,
                              QTextStream &err)
{
    if (store.electionDay(day))
        return false;
    QStringList held;
    for (const ElectionDay &d : store.electionDays()) {
        held.append(d.races > 0 ? Text::tr("%1 (%Ln race(s))", nullptr, d.races).arg(d.date.toString(Qt::ISODate))
                                : Text::tr("%1 (no races)").arg(d.date.toString(Qt::ISODate)));
    }
    err << Text::tr("%1: no election was held on %2 in %3.")
               .arg(QStringLiteral("sailau ") + command, day.toString(Qt::ISODate), QDir::toNativeSeparators(path))
        << '\n';
    if (held.isEmpty())
        err << Text::tr("The database holds no elections yet.") << '\n';
    else
        err << Text::tr("Election days in the database: %1.").arg(held.join(QStringLiteral(", "))) << '\n';
    return true;
}

int run(const QString &command, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto it = commands().find(command);
    if (it == commands().end()) {
        err << Text::tr("sailau: unknown command '%1'").arg(command) << '\n' << usage();
        return UsageError;
    }
    return it->second.first(arguments, out, err);
}

QString usage()
{
    return Text::tr(
        "Usage:\n"
        "  sailau [--database FILE]          open the browsing window\n"
        "  sailau metrics [--database FILE] [--election YYYY-MM-DD] [--format csv|json]\n"
        "                                    print the race metrics table\n"
        "  sailau metrics [--database FILE] [--election YYYY-MM-DD] --out FILE.{csv,xlsx} [--delimiter ;]\n"
        "                                    write it to a file that Excel opens\n"
        "  sailau metrics --candidates [same options]\n"
        "                                    one record per candidate: votes, nomination, sex, age, occupation\n"
        "  sailau compare --elections A,B[,C…] [--region NAME] [--aggregates | --nominations | --candidates]\n"
        "                 [--format csv|json] [--out FILE]\n"
        "                                    the races of the same territories on several days\n"
        "  sailau import FILE… [--database DB] [--mapping PRESET] [--encoding E] [--delimiter D]\n"
        "                [--sheet N] [--date YYYY-MM-DD] [--dry-run] [--skip-invalid [--left-out FILE]]\n"
        "                                    import results; problems as FILE:LINE:COLUMN: message\n"
        "  sailau inspect FILE --json        what the reader sees in a file\n"
        "  sailau generate --races N [--seed S] (--out FILE.csv | --database DB)\n"
        "                                    synthetic results for tests and benchmarks\n"
        "  sailau imports [--database DB]    list the imports\n"
        "  sailau undo-import ID [--database DB]\n"
        "                                    remove exactly what an import added\n"
        "  sailau export --list              list the charts\n"
        "  sailau export --chart NAME --out FILE.{png,jpg,svg,pdf} [--election YYYY-MM-DD]\n"
        "                [--region NAME] [--width-mm W --height-mm H | --width-px W --height-px H]\n"
        "                [--dpi D] [--background white|transparent] [--theme light|dark|presentation]\n"
        "                                    render one chart into a file, without a window\n"
        "  sailau export --all --out DIR [same options]\n"
        "                                    render every chart into a folder\n"
        "  sailau --version | --help\n"
        "\n"
        "Without --database Sailau uses %1,\n"
        "created with the bundled sample on first use.\n"
        "Each command takes --help for its options.\n")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

} // namespace Sailau::Cli
