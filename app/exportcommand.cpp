// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"
#include "translations.h"

#include "charts/chartdata.h"
#include "charts/chartexporter.h"
#include "commandrun.h"
#include "commands.h"
#include "database.h"
#include "datasetloader.h"
#include "language.h"
#include "store.h"
#include "textkey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Sailau::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Cli::Export)
};

using namespace Sailau::Charts;

} // namespace

// The region (or any territory) that --region names: an ISO 3166-2 code, a KATO code, or a name
// in any language and spelling.
std::optional<TerritoryInfo> findRegion(const Store &store, const QString &text, QString *problem)
{
    const QString wanted = text.trimmed();
    const QString key = TextKey::fold(wanted);
    QList<TerritoryInfo> regions = store.regions();
    if (const auto country = store.country())
        regions.prepend(*country);
    for (const TerritoryInfo &t : regions) {
        if (t.iso.compare(wanted, Qt::CaseInsensitive) == 0 || (!t.kato.isEmpty() && t.kato == wanted))
            return t;
        for (const QString &name : {t.name, t.nameKk, t.nameRu, t.nameEn}) {
            if (!name.isEmpty() && TextKey::fold(name) == key)
                return t;
        }
    }
    // Aliases and parts of names: the first-level units first.
    const QList<TerritoryInfo> found = store.findTerritories(wanted, 50);
    QList<TerritoryInfo> regional;
    for (const TerritoryInfo &t : found) {
        if (t.isRegionLevel() || t.level == QLatin1String("country"))
            regional.append(t);
    }
    const QList<TerritoryInfo> &candidates = regional.isEmpty() ? found : regional;
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.isEmpty()) {
        *problem = Text::tr("no region is called '%1'").arg(wanted);
    } else {
        QStringList names;
        for (const TerritoryInfo &t : candidates.mid(0, 8))
            names.append(store.distinctName(t));
        *problem = Text::tr("'%1' matches several territories: %2").arg(wanted, names.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

namespace {

// The keys --metric takes, for its help text: "turnout, races, …".
QString mapMetricKeys()
{
    QStringList keys;
    for (MapMetric m : ChartCatalog::mapMetrics())
        keys.append(ChartCatalog::key(m));
    return keys.join(QStringLiteral(", "));
}

// The options of `sailau export`, with their help texts.
struct ExportArguments
{
    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help.")};
    const QCommandLineOption list{QStringLiteral("list"), Text::tr("List the charts: the name --chart takes, then what it shows.")};
    const QCommandLineOption chart{QStringLiteral("chart"), Text::tr("The chart to export (see --list)."), QStringLiteral("NAME")};
    const QCommandLineOption all{QStringLiteral("all"), Text::tr("Export every chart into the folder --out.")};
    const QCommandLineOption out{{QStringLiteral("o"), QStringLiteral("out")},
                                 Text::tr("The file to write (its suffix gives the format), or the folder for --all."),
                                 QStringLiteral("FILE")};
    const QCommandLineOption database{{QStringLiteral("d"), QStringLiteral("database")},
                                      Text::tr("The Sailau database file (default: %1).")
                                          .arg(QStringLiteral("<user data>/sailau.sqlite")),
                                      QStringLiteral("FILE")};
    const QCommandLineOption election{{QStringLiteral("e"), QStringLiteral("election")},
                                      Text::tr("The election day (default: the latest with races)."), QStringLiteral("YYYY-MM-DD")};
    const QCommandLineOption elections{QStringLiteral("elections"),
                                       Text::tr("For the compare-… charts: the election days to compare, separated by "
                                                "commas, or 'all' (default: every day with races)."),
                                       QStringLiteral("YYYY-MM-DD,YYYY-MM-DD")};
    const QCommandLineOption region{QStringLiteral("region"),
                                    Text::tr("Only this region: a name in any language, an ISO code (KZ-61) or a KATO code."),
                                    QStringLiteral("NAME")};
    const QCommandLineOption widthMm{QStringLiteral("width-mm"), Text::tr("Width in millimetres (default 160)."), QStringLiteral("W")};
    const QCommandLineOption heightMm{QStringLiteral("height-mm"), Text::tr("Height in millimetres (default 100)."), QStringLiteral("H")};
    const QCommandLineOption widthPx{QStringLiteral("width-px"), Text::tr("Width in pixels."), QStringLiteral("W")};
    const QCommandLineOption heightPx{QStringLiteral("height-px"), Text::tr("Height in pixels."), QStringLiteral("H")};
    const QCommandLineOption dpi{QStringLiteral("dpi"), Text::tr("Resolution, 96 to 600 (default 300)."), QStringLiteral("D")};
    const QCommandLineOption background{QStringLiteral("background"),
                                        Text::tr("white, transparent or theme (default white)."), QStringLiteral("BG")};
    const QCommandLineOption theme{QStringLiteral("theme"), Text::tr("light, dark or presentation (default light)."),
                                   QStringLiteral("THEME")};
    const QCommandLineOption metric{QStringLiteral("metric"),
                                    Text::tr("What the map is coloured by: %1 (default turnout).").arg(mapMetricKeys()),
                                    QStringLiteral("METRIC")};
    const QCommandLineOption title{QStringLiteral("title"), Text::tr("The title (default: the chart's)."), QStringLiteral("TEXT")};
    const QCommandLineOption subtitle{QStringLiteral("subtitle"), Text::tr("The subtitle (default: territory and day)."),
                                      QStringLiteral("TEXT")};
    const QCommandLineOption footnote{QStringLiteral("footnote"), Text::tr("The source footnote (default: \"Source: …, as of …\")."),
                                      QStringLiteral("TEXT")};
    const QCommandLineOption noTitle{QStringLiteral("no-title"), Text::tr("No title and subtitle.")};
    const QCommandLineOption noFootnote{QStringLiteral("no-footnote"), Text::tr("No source footnote.")};
    const QCommandLineOption quality{QStringLiteral("quality"),
                                     Text::tr("JPEG quality, 10 to 100 (default %1).").arg(Charts::ExportOptions::DefaultJpegQuality),
                                     QStringLiteral("Q")};
    const QCommandLineOption language{QStringLiteral("language"), Text::tr("Names in kk, ru or en (default: the system's language)."),
                                      QStringLiteral("LANG")};

    // In the order --help lists them.
    QList<QCommandLineOption> options() const
    {
        return {help, list, chart, all, out, database, election, elections, region, widthMm, heightMm, widthPx, heightPx,
                dpi, background, theme, metric, title, subtitle, footnote, noTitle, noFootnote, quality, language};
    }
};

// `sailau export --list`: each chart's name, then what it shows, the descriptions in a column.
void listCharts(QTextStream &out)
{
    int width = 0;
    const QList<ChartId> charts = ChartCatalog::all() + ChartCatalog::comparisons();
    for (ChartId id : charts)
        width = std::max(width, int(ChartCatalog::key(id).size()));
    for (ChartId id : charts)
        out << ChartCatalog::key(id).leftJustified(width + 2) << ChartCatalog::description(id) << '\n';
}

// One run of `sailau export`: the command line read into what to draw, how and where, then the
// database opened, the day and the region chosen, and the charts written.
class ExportRun : public CommandRun
{
public:
    ExportRun(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    // Each reads a part of the command line into the run; false after saying what is wrong.
    bool readTarget();
    bool readSize();
    bool readLook();
    bool readElection();
    bool readComparedDays();
    bool number(const QCommandLineOption &option, double *value, double lo, double hi) const;

    int exportFromDatabase();
    bool chooseDay(const Store &store, const QString &path);
    bool chooseRegion(const Store &store, qint64 *territoryId) const;
    int writeCharts(const ChartData &data) const;

    const ExportArguments m_args;
    ExportOptions m_options;
    std::optional<ChartId> m_chart;   // none: --all
    QString m_outPath;
    bool m_comparing = false;         // a compare-… chart
    QDate m_day;
    QList<QDate> m_compared;          // empty: every day with races
};

ExportRun::ExportRun(QTextStream &out, QTextStream &err)
    : CommandRun(QStringLiteral("export"), out, err)
{
    m_parser.setApplicationDescription(Text::tr(
        "Render charts into PNG, JPEG, SVG or PDF files, without a window.\n"
        "  sailau export --list\n"
        "  sailau export --chart NAME --out FILE.{png,jpg,svg,pdf} [options]\n"
        "  sailau export --all --out DIR [options]"));
    m_parser.addOptions(m_args.options());
}

int ExportRun::run(const QStringList &arguments)
{
    if (const auto ended = parse(arguments, m_args.help))
        return *ended;
    // Names, numbers and the charts' own words (titles, axes, notes) in that language.
    if (m_parser.isSet(m_args.language))
        Translations::install(languageFromCode(m_parser.value(m_args.language), displayLanguage()));
    if (m_parser.isSet(m_args.list)) {
        listCharts(m_out);
        return Ok;
    }
    if (!readTarget() || !readSize() || !readLook() || !readElection())
        return UsageError;
    // The options checked together: an image large enough to read, a JPEG not transparent.
    if (const QString problem = m_options.validate(); !problem.isEmpty())
        return usage(problem);
    if (!readComparedDays())
        return UsageError;
    return exportFromDatabase();
}

// --chart NAME or --all, and --out: the file whose suffix gives the format, or the folder.
bool ExportRun::readTarget()
{
    const int modes = int(m_parser.isSet(m_args.chart)) + int(m_parser.isSet(m_args.all));
    if (modes != 1)
        return refuse(Text::tr("give either --chart NAME or --all (or --list)"));
    if (!m_parser.isSet(m_args.out) || m_parser.value(m_args.out).isEmpty())
        return refuse(Text::tr("--out is required"));
    if (m_parser.isSet(m_args.chart)) {
        m_chart = ChartCatalog::fromKey(m_parser.value(m_args.chart));
        if (!m_chart)
            return refuse(Text::tr("unknown chart '%1'; 'sailau export --list' names them").arg(m_parser.value(m_args.chart)));
    }
    m_outPath = m_parser.value(m_args.out);
    if (m_chart) {
        const auto format = ExportOptions::formatFromSuffix(m_outPath);
        if (!format)
            return refuse(Text::tr("--out must end in .png, .jpg, .svg or .pdf: '%1'").arg(m_outPath));
        m_options.format = *format;
    } else {
        m_options.format = ExportOptions::Format::Png;
        if (QFileInfo(m_outPath).exists() && !QFileInfo(m_outPath).isDir())
            return refuse(Text::tr("--all writes into a folder, but '%1' is a file").arg(m_outPath));
    }
    m_comparing = m_chart && ChartCatalog::isComparison(*m_chart);
    return true;
}

// The value of option as a number from lo to hi into value; false when it is not one.
bool ExportRun::number(const QCommandLineOption &option, double *value, double lo, double hi) const
{
    bool ok = false;
    const double v = m_parser.value(option).toDouble(&ok);
    if (!ok || v < lo || v > hi)
        return false;
    *value = v;
    return true;
}

// The size in millimetres or in pixels, and --dpi (96 by default for a size in pixels).
bool ExportRun::readSize()
{
    const bool mm = m_parser.isSet(m_args.widthMm) || m_parser.isSet(m_args.heightMm);
    const bool px = m_parser.isSet(m_args.widthPx) || m_parser.isSet(m_args.heightPx);
    if (mm && px)
        return refuse(Text::tr("give the size in millimetres or in pixels, not both"));
    if (mm) {
        if (!m_parser.isSet(m_args.widthMm) || !m_parser.isSet(m_args.heightMm))
            return refuse(Text::tr("--width-mm and --height-mm go together"));
        if (!number(m_args.widthMm, &m_options.widthMm, 10, 2000) || !number(m_args.heightMm, &m_options.heightMm, 10, 2000))
            return refuse(Text::tr("the size in millimetres must be a number from 10 to 2000"));
        m_options.unit = ExportOptions::Unit::Millimetres;
    }
    if (px) {
        if (!m_parser.isSet(m_args.widthPx) || !m_parser.isSet(m_args.heightPx))
            return refuse(Text::tr("--width-px and --height-px go together"));
        double w = 0, h = 0;
        if (!number(m_args.widthPx, &w, 16, 30000) || !number(m_args.heightPx, &h, 16, 30000) || w != std::floor(w)
            || h != std::floor(h))
            return refuse(Text::tr("the size in pixels must be a whole number from 16 to 30000"));
        m_options.unit = ExportOptions::Unit::Pixels;
        m_options.widthPx = int(w);
        m_options.heightPx = int(h);
    }
    if (m_parser.isSet(m_args.dpi)) {
        double d = 0;
        if (!number(m_args.dpi, &d, ExportOptions::MinDpi, ExportOptions::MaxDpi) || d != std::floor(d))
            return refuse(Text::tr("--dpi must be a whole number from %1 to %2").arg(ExportOptions::MinDpi).arg(ExportOptions::MaxDpi));
        m_options.dpi = int(d);
    } else if (px) {
        m_options.dpi = 96;
    }
    return true;
}

// The background, theme, map metric and JPEG quality, and the texts around the chart.
bool ExportRun::readLook()
{
    if (m_parser.isSet(m_args.background)) {
        const auto bg = ExportOptions::backgroundFromKey(m_parser.value(m_args.background));
        if (!bg)
            return refuse(Text::tr("--background must be white, transparent or theme"));
        m_options.background = *bg;
    }
    if (m_parser.isSet(m_args.theme)) {
        const auto t = ChartTheme::fromKey(m_parser.value(m_args.theme));
        if (!t)
            return refuse(Text::tr("--theme must be light, dark or presentation"));
        m_options.theme = *t;
    }
    if (m_parser.isSet(m_args.metric)) {
        const auto m = ChartCatalog::mapMetricFromKey(m_parser.value(m_args.metric));
        if (!m)
            return refuse(Text::tr("unknown --metric '%1'").arg(m_parser.value(m_args.metric)));
        m_options.mapMetric = *m;
    }
    if (m_parser.isSet(m_args.quality)) {
        double q = 0;
        if (!number(m_args.quality, &q, 10, 100))
            return refuse(Text::tr("--quality must be a number from 10 to 100"));
        m_options.jpegQuality = int(q);
    }
    m_options.showTitle = !m_parser.isSet(m_args.noTitle);
    m_options.showFootnote = !m_parser.isSet(m_args.noFootnote);
    m_options.title = m_parser.value(m_args.title);
    m_options.subtitle = m_parser.value(m_args.subtitle);
    m_options.footnote = m_parser.value(m_args.footnote);
    return true;
}

// --election: the day of the charts.
bool ExportRun::readElection()
{
    if (m_parser.isSet(m_args.election)) {
        m_day = QDate::fromString(m_parser.value(m_args.election), Qt::ISODate);
        if (!m_day.isValid())
            return refuse(Text::tr("--election takes a date as YYYY-MM-DD, not '%1'").arg(m_parser.value(m_args.election)));
    }
    return true;
}

// --elections, for a compare-… chart only: two or more days, or 'all' (left empty).
bool ExportRun::readComparedDays()
{
    if (!m_parser.isSet(m_args.elections))
        return true;
    if (!m_comparing)
        return refuse(Text::tr("--elections goes with a compare-… chart; give --election for one day"));
    if (m_parser.isSet(m_args.election))
        return refuse(Text::tr("give --election or --elections, not both"));
    const QString list = m_parser.value(m_args.elections).trimmed();
    if (list.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QDate d = QDate::fromString(part.trimmed(), Qt::ISODate);
        if (!d.isValid())
            return refuse(Text::tr("--elections takes dates as YYYY-MM-DD separated by commas, not '%1'").arg(part.trimmed()));
        if (!m_compared.contains(d))
            m_compared.append(d);
    }
    if (m_compared.size() < 2)
        return refuse(Text::tr("--elections needs two or more days to compare, or 'all'"));
    return true;
}

// After the command line: the charts of the day and region asked for, from the database.
int ExportRun::exportFromDatabase()
{
    QString message;
    const std::unique_ptr<Database> db = openForReading(m_args.database, &message);
    if (!db) {
        m_err << QStringLiteral("sailau export: ") << message << '\n';
        return Failed;
    }
    const Store store(db->connection());
    if (!chooseDay(store, db->path()))
        return Failed;
    qint64 territoryId = 0;
    if (!chooseRegion(store, &territoryId))
        return Failed;

    ChartData data(db->connection());
    if (!data.setScope(m_day, territoryId, &message)) {
        m_err << Text::tr("sailau export: the database could not be read: %1").arg(message) << '\n';
        return Failed;
    }
    if (m_comparing && !data.setComparison(m_compared, &message)) {
        m_err << Text::tr("sailau export: the database could not be read: %1").arg(message) << '\n';
        return Failed;
    }
    return writeCharts(data);
}

// The day of the charts: --election, else the latest of the days compared, else the latest day
// with races. False after saying on err that a day given was not held, or that none has races.
bool ExportRun::chooseDay(const Store &store, const QString &path)
{
    for (const QDate &d : std::as_const(m_compared)) {
        if (reportUnknownElectionDay(store, d, QStringLiteral("export"), path, m_err))
            return false;
    }
    if (!m_day.isValid() && !m_compared.isEmpty())
        m_day = *std::max_element(m_compared.cbegin(), m_compared.cend());
    if (m_day.isValid())
        return !reportUnknownElectionDay(store, m_day, QStringLiteral("export"), path, m_err);
    for (const ElectionDay &d : store.electionDays()) {
        if (d.races > 0) {
            m_day = d.date;
            return true;
        }
    }
    m_err << Text::tr("sailau export: the database holds no races") << '\n';
    return false;
}

// The territory of --region (0, the whole country, without it); false after saying on err that
// none or several match.
bool ExportRun::chooseRegion(const Store &store, qint64 *territoryId) const
{
    if (!m_parser.isSet(m_args.region))
        return true;
    QString problem;
    const auto t = findRegion(store, m_parser.value(m_args.region), &problem);
    if (!t) {
        m_err << QStringLiteral("sailau export: ") << problem << '\n';
        return false;
    }
    *territoryId = t->id;
    return true;
}

// The chart into its file, or every chart into the folder; the paths written on out, one a line.
int ExportRun::writeCharts(const ChartData &data) const
{
    QString error;
    if (m_chart) {
        if (!ChartExporter::exportChart(data, *m_chart, m_options, m_outPath, &error)) {
            m_err << QStringLiteral("sailau export: ") << error << '\n';
            return Failed;
        }
        m_out << QDir::toNativeSeparators(m_outPath) << '\n';
        return Ok;
    }
    const QStringList written = ChartExporter::exportAll(data, m_options, m_outPath, &error);
    for (const QString &path : written)
        m_out << QDir::toNativeSeparators(path) << '\n';
    if (!error.isEmpty()) {
        m_err << QStringLiteral("sailau export: ") << error << '\n';
        return Failed;
    }
    return Ok;
}

} // namespace

int exportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    ExportRun run(out, err);
    return run.run(arguments);
}

} // namespace Sailau::Cli
