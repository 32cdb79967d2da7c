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

QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonCount(const Count &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
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

QVariantList raceCells(const RaceRow &r)
{
    auto count = [](const Count &v) { return v ? QVariant(qint64(*v)) : QVariant(); };
    auto text = [](const QString &v) { return v.isEmpty() ? QVariant() : QVariant(v); };
    QVariantList cells = {r.id, r.territory, text(r.region), r.date, r.level, count(r.voters),
                          count(r.ballotsIssued), count(r.ballotsCast), count(r.againstAll), text(r.winner),
                          text(r.winnerNomination)};
    for (Metrics::Metric m : printedMetrics()) {
        const auto value = r.metric(m);
        cells.append(value ? QVariant(*value) : QVariant());
    }
    cells.append(text(turnoutBasisKey(r.turnoutBasis)));
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

int metricsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Print the race metrics table: one record per race, with the "
                                              "territory, its region, the election date and every metric "
                                              "(null where missing)."));
    const QCommandLineOption electionOption({QStringLiteral("e"), QStringLiteral("election")},
                                            Text::tr("Only the races of this election day."),
                                            QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption formatOption({QStringLiteral("f"), QStringLiteral("format")},
                                          Text::tr("csv or json (default csv)."), QStringLiteral("FORMAT"),
                                          QStringLiteral("csv"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("out")},
                                       Text::tr("Write the table to FILE.csv (UTF-8) or FILE.xlsx instead of "
                                                "printing it."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             Text::tr("With --out FILE.csv: ',' (default) or ';' (with a decimal "
                                                      "comma, for Excel set to Russian or Kazakh)."),
                                             QStringLiteral("D"));
    const QCommandLineOption candidatesOption(QStringLiteral("candidates"),
                                              Text::tr("One record per candidate of those races instead: name, "
                                                       "nomination, votes, published share, elected, sex, birth "
                                                       "year or age, occupation, sitting akim, sources."));
    parser.addOptions({databaseOption, electionOption, formatOption, outOption, delimiterOption, candidatesOption,
                       languageOption});
    if (!parse(parser, QStringLiteral("metrics"), arguments, err))
        return UsageError;
    if (wantsHelp(parser, out))
        return Ok;
    if (!parser.positionalArguments().isEmpty()) {
        err << Text::tr("sailau metrics: unexpected argument '%1'").arg(parser.positionalArguments().first()) << '\n';
        return UsageError;
    }
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        err << Text::tr("sailau metrics: --format must be csv or json, not '%1'").arg(format) << '\n';
        return UsageError;
    }
    // --out: the format comes from the file's suffix.
    const QString outPath = parser.value(outOption);
    TableExport::Options exportOptions;
    if (parser.isSet(outOption)) {
        if (outPath.isEmpty() || !TableExport::formatForPath(outPath, &exportOptions.format)) {
            err << Text::tr("sailau metrics: --out takes a file ending in .csv or .xlsx, not '%1'").arg(outPath) << '\n';
            return UsageError;
        }
        if (parser.isSet(formatOption)
            && (format != QLatin1String("csv") || exportOptions.format != TableExport::Format::Csv)) {
            err << Text::tr("sailau metrics: --out writes the format its suffix names; leave out --format") << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(delimiterOption)) {
        const QString delimiter = parser.value(delimiterOption);
        if (!parser.isSet(outOption) || exportOptions.format != TableExport::Format::Csv) {
            err << Text::tr("sailau metrics: --delimiter goes with --out FILE.csv") << '\n';
            return UsageError;
        }
        if (delimiter != QLatin1String(",") && delimiter != QLatin1String(";")) {
            err << Text::tr("sailau metrics: --delimiter must be ',' or ';', not '%1'").arg(delimiter) << '\n';
            return UsageError;
        }
    }
    if (exportOptions.format == TableExport::Format::Csv)
        exportOptions = TableExport::Options::csv(parser.isSet(delimiterOption) ? parser.value(delimiterOption).at(0)
                                                                                : QLatin1Char(','));
    else
        exportOptions = TableExport::Options::xlsx(parser.isSet(candidatesOption) ? QStringLiteral("candidates")
                                                                                  : QStringLiteral("metrics"));
    RaceFilter filter;
    if (parser.isSet(electionOption)) {
        filter.day = QDate::fromString(parser.value(electionOption), Qt::ISODate);
        if (!filter.day.isValid()) {
            err << Text::tr("sailau metrics: --election takes a date as YYYY-MM-DD, not '%1'")
                       .arg(parser.value(electionOption)) << '\n';
            return UsageError;
        }
    }
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
    const QList<RaceRow> rows = RaceQuery(db->connection()).fetch(filter, RaceColumn::Date, Qt::AscendingOrder, 0, -1, &error);
    if (!error.isEmpty()) {
        err << QStringLiteral("sailau metrics: ") << error << '\n';
        return Failed;
    }
    // Stable order for scripts: date, region, territory.
    QList<RaceRow> sorted = rows;
    std::stable_sort(sorted.begin(), sorted.end(), [](const RaceRow &a, const RaceRow &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.region != b.region)
            return a.region < b.region;
        return a.territory < b.territory;
    });

    // One table (keys and typed cells) for the three ways out: a file, JSON and CSV on stdout,
    // made a page of races at a time so that a large day is never held twice in cells.
    const bool ofCandidates = parser.isSet(candidatesOption);
    const CandidateTable candidates(CandidateTable::Audience::Scripts);
    QList<TableExport::ColumnStyle> styles;
    const QStringList header = ofCandidates ? candidates.header() : raceHeader(&styles);
    if (ofCandidates)
        styles = candidates.styles();
    constexpr qsizetype PageRaces = 5000;
    auto eachRow = [&](const std::function<bool(const QVariantList &)> &take) {
        for (qsizetype first = 0; first < sorted.size(); first += PageRaces) {
            const QList<RaceRow> page = sorted.mid(first, PageRaces);
            if (ofCandidates) {
                const QList<QVariantList> rows = candidates.rows(db->connection(), page, &error);
                if (!error.isEmpty())
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
    };
    auto readFailed = [&] {
        err << QStringLiteral("sailau metrics: ") << error << '\n';
        return int(Failed);
    };

    if (parser.isSet(outOption)) {
        TableExport::TableWriter writer(outPath, exportOptions);
        const bool ok = writer.begin(header, styles)
            && eachRow([&](const QVariantList &cells) { return writer.addRow(cells); });
        if (!error.isEmpty())
            return readFailed();
        if (!ok || !writer.commit()) {
            err << QStringLiteral("sailau metrics: ") << writer.errorString() << '\n';
            return Failed;
        }
        return Ok;
    }
    if (format == QLatin1String("json")) {
        QJsonArray array;
        eachRow([&](const QVariantList &cells) {
            QJsonObject o;
            for (qsizetype c = 0; c < header.size(); ++c)
                o.insert(header.at(c), jsonCell(cells.value(c)));
            array.append(o);
            return true;
        });
        if (!error.isEmpty())
            return readFailed();
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    out << header.join(QLatin1Char(',')) << '\n';
    eachRow([&](const QVariantList &cells) {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QVariant &cell : cells)
            fields.append(csvCell(cell));
        out << fields.join(QLatin1Char(',')) << '\n';
        return true;
    });
    if (!error.isEmpty())
        return readFailed();
    return Ok;
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
