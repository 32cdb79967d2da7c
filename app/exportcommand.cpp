// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"
#include "translations.h"

#include "charts/chartdata.h"
#include "charts/chartexporter.h"
#include "commands.h"
#include "database.h"
#include "datasetloader.h"
#include "language.h"
#include "store.h"
#include "textkey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
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

int exportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(Text::tr(
        "Render charts into PNG, JPEG, SVG or PDF files, without a window.\n"
        "  sailau export --list\n"
        "  sailau export --chart NAME --out FILE.{png,jpg,svg,pdf} [options]\n"
        "  sailau export --all --out DIR [options]"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption list(QStringLiteral("list"), Text::tr("List the charts: the name --chart takes, then what it shows."));
    const QCommandLineOption chart(QStringLiteral("chart"), Text::tr("The chart to export (see --list)."), QStringLiteral("NAME"));
    const QCommandLineOption all(QStringLiteral("all"), Text::tr("Export every chart into the folder --out."));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("out")},
                                       Text::tr("The file to write (its suffix gives the format), or the folder for --all."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption database({QStringLiteral("d"), QStringLiteral("database")},
                                      Text::tr("The Sailau database file (default: %1).")
                                          .arg(QStringLiteral("<user data>/sailau.sqlite")),
                                      QStringLiteral("FILE"));
    const QCommandLineOption election({QStringLiteral("e"), QStringLiteral("election")},
                                      Text::tr("The election day (default: the latest with races)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption elections(QStringLiteral("elections"),
                                       Text::tr("For the compare-… charts: the election days to compare, separated by "
                                                "commas, or 'all' (default: every day with races)."),
                                       QStringLiteral("YYYY-MM-DD,YYYY-MM-DD"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    Text::tr("Only this region: a name in any language, an ISO code (KZ-61) or a KATO code."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption widthMm(QStringLiteral("width-mm"), Text::tr("Width in millimetres (default 160)."), QStringLiteral("W"));
    const QCommandLineOption heightMm(QStringLiteral("height-mm"), Text::tr("Height in millimetres (default 100)."), QStringLiteral("H"));
    const QCommandLineOption widthPx(QStringLiteral("width-px"), Text::tr("Width in pixels."), QStringLiteral("W"));
    const QCommandLineOption heightPx(QStringLiteral("height-px"), Text::tr("Height in pixels."), QStringLiteral("H"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), Text::tr("Resolution, 96 to 600 (default 300)."), QStringLiteral("D"));
    const QCommandLineOption background(QStringLiteral("background"),
                                        Text::tr("white, transparent or theme (default white)."), QStringLiteral("BG"));
    const QCommandLineOption theme(QStringLiteral("theme"), Text::tr("light, dark or presentation (default light)."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption metric(QStringLiteral("metric"),
                                    Text::tr("What the map is coloured by: %1 (default turnout).")
                                        .arg([] {
                                            QStringList keys;
                                            for (MapMetric m : ChartCatalog::mapMetrics())
                                                keys.append(ChartCatalog::key(m));
                                            return keys.join(QStringLiteral(", "));
                                        }()),
                                    QStringLiteral("METRIC"));
    const QCommandLineOption title(QStringLiteral("title"), Text::tr("The title (default: the chart's)."), QStringLiteral("TEXT"));
    const QCommandLineOption subtitle(QStringLiteral("subtitle"), Text::tr("The subtitle (default: territory and day)."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption footnote(QStringLiteral("footnote"), Text::tr("The source footnote (default: \"Source: …, as of …\")."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption noTitle(QStringLiteral("no-title"), Text::tr("No title and subtitle."));
    const QCommandLineOption noFootnote(QStringLiteral("no-footnote"), Text::tr("No source footnote."));
    const QCommandLineOption quality(QStringLiteral("quality"), Text::tr("JPEG quality, 10 to 100 (default %1).").arg(Charts::ExportOptions::DefaultJpegQuality), QStringLiteral("Q"));
    const QCommandLineOption language(QStringLiteral("language"), Text::tr("Names in kk, ru or en (default: the system's language)."),
                                      QStringLiteral("LANG"));
    parser.addOptions({help, list, chart, all, outOption, database, election, elections, region, widthMm, heightMm, widthPx, heightPx,
                       dpi, background, theme, metric, title, subtitle, footnote, noTitle, noFootnote, quality, language});

    auto usage = [&](const QString &message) {
        err << QStringLiteral("sailau export: ") << message << '\n' << Text::tr("Try 'sailau export --help'.") << '\n';
        return int(UsageError);
    };
    if (!parser.parse(QStringList{QStringLiteral("sailau export")} + arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    // Names, numbers and the charts' own words (titles, axes, notes) in that language.
    if (parser.isSet(language))
        Translations::install(languageFromCode(parser.value(language), displayLanguage()));

    if (parser.isSet(list)) {
        int width = 0;
        const QList<ChartId> charts = ChartCatalog::all() + ChartCatalog::comparisons();
        for (ChartId id : charts)
            width = std::max(width, int(ChartCatalog::key(id).size()));
        for (ChartId id : charts)
            out << ChartCatalog::key(id).leftJustified(width + 2) << ChartCatalog::description(id) << '\n';
        return Ok;
    }

    const int modes = int(parser.isSet(chart)) + int(parser.isSet(all));
    if (modes != 1)
        return usage(Text::tr("give either --chart NAME or --all (or --list)"));
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return usage(Text::tr("--out is required"));
    std::optional<ChartId> chartId;
    if (parser.isSet(chart)) {
        chartId = ChartCatalog::fromKey(parser.value(chart));
        if (!chartId)
            return usage(Text::tr("unknown chart '%1'; 'sailau export --list' names them").arg(parser.value(chart)));
    }

    ExportOptions options;
    const QString outPath = parser.value(outOption);
    if (chartId) {
        const auto format = ExportOptions::formatFromSuffix(outPath);
        if (!format)
            return usage(Text::tr("--out must end in .png, .jpg, .svg or .pdf: '%1'").arg(outPath));
        options.format = *format;
    } else {
        options.format = ExportOptions::Format::Png;
        if (QFileInfo(outPath).exists() && !QFileInfo(outPath).isDir())
            return usage(Text::tr("--all writes into a folder, but '%1' is a file").arg(outPath));
    }

    auto number = [&](const QCommandLineOption &option, double *value, double lo, double hi) {
        bool ok = false;
        const double v = parser.value(option).toDouble(&ok);
        if (!ok || v < lo || v > hi)
            return false;
        *value = v;
        return true;
    };
    const bool mm = parser.isSet(widthMm) || parser.isSet(heightMm);
    const bool px = parser.isSet(widthPx) || parser.isSet(heightPx);
    if (mm && px)
        return usage(Text::tr("give the size in millimetres or in pixels, not both"));
    if (mm) {
        if (!parser.isSet(widthMm) || !parser.isSet(heightMm))
            return usage(Text::tr("--width-mm and --height-mm go together"));
        if (!number(widthMm, &options.widthMm, 10, 2000) || !number(heightMm, &options.heightMm, 10, 2000))
            return usage(Text::tr("the size in millimetres must be a number from 10 to 2000"));
        options.unit = ExportOptions::Unit::Millimetres;
    }
    if (px) {
        if (!parser.isSet(widthPx) || !parser.isSet(heightPx))
            return usage(Text::tr("--width-px and --height-px go together"));
        double w = 0, h = 0;
        if (!number(widthPx, &w, 16, 30000) || !number(heightPx, &h, 16, 30000) || w != std::floor(w) || h != std::floor(h))
            return usage(Text::tr("the size in pixels must be a whole number from 16 to 30000"));
        options.unit = ExportOptions::Unit::Pixels;
        options.widthPx = int(w);
        options.heightPx = int(h);
    }
    if (parser.isSet(dpi)) {
        double d = 0;
        if (!number(dpi, &d, ExportOptions::MinDpi, ExportOptions::MaxDpi) || d != std::floor(d))
            return usage(Text::tr("--dpi must be a whole number from %1 to %2").arg(ExportOptions::MinDpi).arg(ExportOptions::MaxDpi));
        options.dpi = int(d);
    } else if (px) {
        options.dpi = 96;
    }
    if (parser.isSet(background)) {
        const auto bg = ExportOptions::backgroundFromKey(parser.value(background));
        if (!bg)
            return usage(Text::tr("--background must be white, transparent or theme"));
        options.background = *bg;
    }
    if (parser.isSet(theme)) {
        const auto t = ChartTheme::fromKey(parser.value(theme));
        if (!t)
            return usage(Text::tr("--theme must be light, dark or presentation"));
        options.theme = *t;
    }
    if (parser.isSet(metric)) {
        const auto m = ChartCatalog::mapMetricFromKey(parser.value(metric));
        if (!m)
            return usage(Text::tr("unknown --metric '%1'").arg(parser.value(metric)));
        options.mapMetric = *m;
    }
    if (parser.isSet(quality)) {
        double q = 0;
        if (!number(quality, &q, 10, 100))
            return usage(Text::tr("--quality must be a number from 10 to 100"));
        options.jpegQuality = int(q);
    }
    options.showTitle = !parser.isSet(noTitle);
    options.showFootnote = !parser.isSet(noFootnote);
    options.title = parser.value(title);
    options.subtitle = parser.value(subtitle);
    options.footnote = parser.value(footnote);
    QDate day;
    if (parser.isSet(election)) {
        day = QDate::fromString(parser.value(election), Qt::ISODate);
        if (!day.isValid())
            return usage(Text::tr("--election takes a date as YYYY-MM-DD, not '%1'").arg(parser.value(election)));
    }
    if (const QString problem = options.validate(); !problem.isEmpty())
        return usage(problem);
    const bool comparing = chartId && ChartCatalog::isComparison(*chartId);
    QList<QDate> compared;
    if (parser.isSet(elections)) {
        if (!comparing)
            return usage(Text::tr("--elections goes with a compare-… chart; give --election for one day"));
        if (parser.isSet(election))
            return usage(Text::tr("give --election or --elections, not both"));
        const QString list = parser.value(elections).trimmed();
        if (list.compare(QLatin1String("all"), Qt::CaseInsensitive) != 0) {
            for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QDate d = QDate::fromString(part.trimmed(), Qt::ISODate);
                if (!d.isValid())
                    return usage(Text::tr("--elections takes dates as YYYY-MM-DD separated by commas, not '%1'").arg(part.trimmed()));
                if (!compared.contains(d))
                    compared.append(d);
            }
            if (compared.size() < 2)
                return usage(Text::tr("--elections needs two or more days to compare, or 'all'"));
        }
    }

    // The database: --database must exist; the default one is created with the sample.
    QString message;
    std::unique_ptr<Database> db;
    if (parser.isSet(database)) {
        OpenOptions open;
        open.create = false;
        open.readOnly = true;
        OpenError code;
        db = Database::open(parser.value(database), open, &code, &message);
    } else {
        db = DatasetLoader::openOrCreate(Database::defaultPath(), true, &message);
    }
    if (!db) {
        err << QStringLiteral("sailau export: ") << message << '\n';
        return Failed;
    }
    const Store store(db->connection());
    for (const QDate &d : std::as_const(compared)) {
        if (reportUnknownElectionDay(store, d, QStringLiteral("export"), db->path(), err))
            return Failed;
    }
    if (!day.isValid() && !compared.isEmpty())
        day = *std::max_element(compared.cbegin(), compared.cend());
    if (!day.isValid()) {
        for (const ElectionDay &d : store.electionDays()) {
            if (d.races > 0) {
                day = d.date;
                break;
            }
        }
        if (!day.isValid()) {
            err << Text::tr("sailau export: the database holds no races") << '\n';
            return Failed;
        }
    } else if (reportUnknownElectionDay(store, day, QStringLiteral("export"), db->path(), err)) {
        return Failed;
    }
    qint64 territoryId = 0;
    if (parser.isSet(region)) {
        QString problem;
        const auto t = findRegion(store, parser.value(region), &problem);
        if (!t) {
            err << QStringLiteral("sailau export: ") << problem << '\n';
            return Failed;
        }
        territoryId = t->id;
    }

    ChartData data(db->connection());
    if (!data.setScope(day, territoryId, &message)) {
        err << Text::tr("sailau export: the database could not be read: %1").arg(message) << '\n';
        return Failed;
    }
    if (comparing && !data.setComparison(compared, &message)) {
        err << Text::tr("sailau export: the database could not be read: %1").arg(message) << '\n';
        return Failed;
    }
    QString error;
    if (chartId) {
        if (!ChartExporter::exportChart(data, *chartId, options, outPath, &error)) {
            err << QStringLiteral("sailau export: ") << error << '\n';
            return Failed;
        }
        out << QDir::toNativeSeparators(outPath) << '\n';
        return Ok;
    }
    const QStringList written = ChartExporter::exportAll(data, options, outPath, &error);
    for (const QString &path : written)
        out << QDir::toNativeSeparators(path) << '\n';
    if (!error.isEmpty()) {
        err << QStringLiteral("sailau export: ") << error << '\n';
        return Failed;
    }
    return Ok;
}

} // namespace Sailau::Cli
