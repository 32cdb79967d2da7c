// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparecommand.h"

#include "candidateprofile.h"

#include "commandrun.h"
#include "commands.h"
#include "comparison.h"
#include "database.h"
#include "datasetloader.h"
#include "exportcommand.h"
#include "language.h"
#include "store.h"
#include "tableexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Sailau::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Cli::Compare)
};

using M = Metrics::Metric;

// The key of a compared metric in the output: "turnout", "winner_share", "enc" …
QString metricKey(M m)
{
    return m == M::EncLaaksoTaagepera ? QStringLiteral("enc") : Metrics::key(m);
}

QVariant cell(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant text(const QString &v)
{
    return v.isEmpty() ? QVariant() : QVariant(v);
}

struct Table
{
    QStringList header;
    QList<TableExport::ColumnStyle> styles;
    QList<QVariantList> rows;
    void column(const QString &name, TableExport::ColumnStyle style = TableExport::ColumnStyle::General)
    {
        header.append(name);
        styles.append(style);
    }
};

TableExport::ColumnStyle styleOf(M m)
{
    return Metrics::isShare(m) ? TableExport::ColumnStyle::Percent : TableExport::ColumnStyle::General;
}

// One line per territory: each day's figures, then the change from each day to the next.
Table lineUp(const Comparison &c)
{
    Table t;
    const QList<M> metrics = Comparison::comparedMetrics();
    t.column(QStringLiteral("territory_id"));
    t.column(QStringLiteral("territory"));
    t.column(QStringLiteral("region"));
    t.column(QStringLiteral("level_changed"));
    for (const QDate &day : c.days()) {
        const QString d = day.toString(Qt::ISODate);
        t.column(QStringLiteral("level_") + d);
        for (M m : metrics)
            t.column(metricKey(m) + QLatin1Char('_') + d, styleOf(m));
        t.column(QStringLiteral("winner_nomination_") + d);
    }
    for (int i = 0; i + 1 < c.days().size(); ++i) {
        const QString span = c.days().at(i).toString(Qt::ISODate) + QLatin1Char('_') + c.days().at(i + 1).toString(Qt::ISODate);
        for (M m : metrics)
            t.column(metricKey(m) + QStringLiteral("_change_") + span + (Metrics::isShare(m) ? QStringLiteral("_pp") : QString()));
    }
    for (const ComparisonLine &l : c.lines()) {
        QVariantList row = {l.territoryId, l.territory, text(l.region), l.levelChanged() ? 1 : 0};
        for (int d = 0; d < c.days().size(); ++d) {
            const auto &race = l.races.at(d);
            row.append(race ? text(race->level) : QVariant());
            for (M m : metrics)
                row.append(cell(l.value(d, m)));
            row.append(race ? text(race->winnerNomination) : QVariant());
        }
        for (int i = 0; i + 1 < c.days().size(); ++i) {
            for (M m : metrics)
                row.append(cell(l.delta(i, i + 1, m)));
        }
        t.rows.append(row);
    }
    return t;
}

Table aggregates(const Comparison &c)
{
    Table t;
    const auto percent = TableExport::ColumnStyle::Percent;
    t.column(QStringLiteral("election"));
    t.column(QStringLiteral("races"));
    t.column(QStringLiteral("turnout"), percent);
    t.column(QStringLiteral("turnout_races"));
    t.column(QStringLiteral("candidates_per_race"));
    t.column(QStringLiteral("candidate_races"));
    t.column(QStringLiteral("contested_share"), percent);
    t.column(QStringLiteral("contested_races"));
    t.column(QStringLiteral("median_margin"), percent);
    t.column(QStringLiteral("margin_races"));
    t.column(QStringLiteral("self_nominated_win_share"), percent);
    t.column(QStringLiteral("self_nominated_wins"));
    t.column(QStringLiteral("winner_races"));
    // What a source published for the day and the territory compared, beside.
    t.column(QStringLiteral("published_races"));
    t.column(QStringLiteral("published_turnout"), percent);
    t.column(QStringLiteral("published_candidates"));
    t.column(QStringLiteral("published_sources"));
    auto whole = [](const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); };
    for (const ElectionAggregate &a : c.aggregates()) {
        t.rows.append({a.day, a.races, cell(a.turnout), a.turnoutRaces, cell(a.candidatesPerRace), a.candidateRaces,
                       cell(a.contestedShare), a.contestedRaces, cell(a.medianMargin), a.marginRaces,
                       cell(a.selfNominatedWinShare), a.selfNominatedWins, a.winnerRaces, whole(a.publishedRaces),
                       cell(a.publishedTurnout), whole(a.publishedCandidates),
                       text(a.publishedSources.join(QLatin1Char(' ')))});
    }
    return t;
}

Table nominations(const NominationSummary &s)
{
    Table t;
    const auto percent = TableExport::ColumnStyle::Percent;
    t.column(QStringLiteral("nomination"));
    t.column(QStringLiteral("candidates"));
    t.column(QStringLiteral("votes"));
    t.column(QStringLiteral("vote_share"), percent);
    t.column(QStringLiteral("wins"));
    t.column(QStringLiteral("candidates_where_winner_known"));
    t.column(QStringLiteral("win_rate"), percent);
    for (const NominationStats &n : s.nominations) {
        t.rows.append({n.label, n.candidates, n.votes, cell(n.voteShare), n.wins, n.candidatesWhereWinnerKnown,
                       cell(n.winRate)});
    }
    return t;
}

// The candidates' sex, age and incumbency: one row for every day, every region and the whole.
Table candidates(const CandidateProfileSummary &s)
{
    Table t;
    const auto percent = TableExport::ColumnStyle::Percent;
    t.column(QStringLiteral("group"));
    t.column(QStringLiteral("name"));
    t.column(QStringLiteral("candidates"));
    t.column(QStringLiteral("sex_known"));
    t.column(QStringLiteral("women"));
    t.column(QStringLiteral("women_share"), percent);
    t.column(QStringLiteral("winners"));
    t.column(QStringLiteral("winners_sex_known"));
    t.column(QStringLiteral("women_winners"));
    t.column(QStringLiteral("women_winner_share"), percent);
    t.column(QStringLiteral("age_known"));
    t.column(QStringLiteral("median_age"));
    for (int b = 0; b < AgeBands::Count; ++b)
        t.column(QStringLiteral("age_") + AgeBands::key(b));
    t.column(QStringLiteral("winners_age_known"));
    t.column(QStringLiteral("median_winner_age"));
    for (int b = 0; b < AgeBands::Count; ++b)
        t.column(QStringLiteral("winner_age_") + AgeBands::key(b));
    t.column(QStringLiteral("incumbency_known"));
    t.column(QStringLiteral("incumbents_standing"));
    t.column(QStringLiteral("incumbents_where_winner_known"));
    t.column(QStringLiteral("incumbents_reelected"));
    t.column(QStringLiteral("reelection_rate"), percent);
    // A count over candidates of whom nothing is known is empty, as its share is: 0 women of 0
    // whose sex is known says nothing.
    auto count = [](int n, int known) { return known > 0 ? QVariant(n) : QVariant(); };
    auto add = [&](const QString &group, const QVariant &name, const CandidateProfile &p) {
        QVariantList row = {group, name, p.candidates, p.sexKnown, count(p.women, p.sexKnown), cell(p.womenShare),
                            p.winners, p.winnersSexKnown, count(p.womenWinners, p.winnersSexKnown),
                            cell(p.womenWinnerShare), p.ageKnown, cell(p.medianAge)};
        for (int n : p.ages)
            row.append(count(n, p.ageKnown));
        row.append({p.winnersAgeKnown, cell(p.medianWinnerAge)});
        for (int n : p.winnerAges)
            row.append(count(n, p.winnersAgeKnown));
        row.append({p.incumbencyKnown, count(p.incumbents, p.incumbencyKnown),
                    count(p.incumbentsWhereWinnerKnown, p.incumbencyKnown),
                    count(p.incumbentsReelected, p.incumbencyKnown), cell(p.reelectionRate)});
        t.rows.append(row);
    };
    for (const CandidateProfile &p : s.byElection)
        add(QStringLiteral("election"), p.day, p);
    for (const CandidateProfile &p : s.byRegion)
        add(QStringLiteral("region"), p.label, p);
    add(QStringLiteral("all"), QVariant(), s.total);
    return t;
}

QString csvText(const Table &t)
{
    QString result = t.header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const QVariantList &row : t.rows) {
        QStringList fields;
        for (const QVariant &v : row) {
            if (!v.isValid() || v.isNull())
                fields.append(QString());
            else if (v.typeId() == QMetaType::Double)
                fields.append(QString::number(v.toDouble(), 'g', 10));
            else if (v.typeId() == QMetaType::QDate)
                fields.append(v.toDate().toString(Qt::ISODate));
            else if (v.typeId() == QMetaType::QString)
                fields.append(csvField(v.toString()));
            else
                fields.append(v.toString());
        }
        result += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return result;
}

QJsonValue json(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue(QJsonValue::Null);
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    return QJsonValue::fromVariant(v);
}

QJsonArray jsonRows(const Table &t)
{
    QJsonArray array;
    for (const QVariantList &row : t.rows) {
        QJsonObject o;
        for (int i = 0; i < t.header.size(); ++i)
            o.insert(t.header.at(i), json(row.value(i)));
        array.append(o);
    }
    return array;
}

QJsonArray jsonShares(const QList<SelfNominatedShare> &shares, bool byDay)
{
    QJsonArray array;
    for (const SelfNominatedShare &s : shares) {
        QJsonObject o;
        if (byDay)
            o.insert(QStringLiteral("election"), s.day.toString(Qt::ISODate));
        else
            o.insert(QStringLiteral("region"), s.label);
        o.insert(QStringLiteral("self_nominated_votes"), double(s.votes));
        o.insert(QStringLiteral("votes"), double(s.allVotes));
        o.insert(QStringLiteral("vote_share"), json(cell(s.voteShare)));
        o.insert(QStringLiteral("vote_races"), s.votesRaces);
        o.insert(QStringLiteral("self_nominated_wins"), s.wins);
        o.insert(QStringLiteral("winner_races"), s.winnerRaces);
        o.insert(QStringLiteral("win_share"), json(cell(s.winShare)));
        array.append(o);
    }
    return array;
}

// The JSON document of `sailau compare --format json`: the days, the lined-up territories, the
// figures of each day, the nominations and the candidates, all at once.
QJsonObject jsonReport(const Comparison &comparison, const NominationSummary &summary,
                       const CandidateProfileSummary &profiles)
{
    QJsonObject root;
    QJsonArray days;
    for (const QDate &d : comparison.days())
        days.append(d.toString(Qt::ISODate));
    root.insert(QStringLiteral("elections"), days);
    root.insert(QStringLiteral("share_changes"), QStringLiteral("percentage points"));
    root.insert(QStringLiteral("lines"), jsonRows(lineUp(comparison)));
    root.insert(QStringLiteral("aggregates"), jsonRows(aggregates(comparison)));
    QJsonObject noms;
    noms.insert(QStringLiteral("candidates"), summary.candidates);
    noms.insert(QStringLiteral("vote_races"), summary.votesRaces);
    noms.insert(QStringLiteral("winner_races"), summary.winnerRaces);
    noms.insert(QStringLiteral("by_nomination"), jsonRows(nominations(summary)));
    noms.insert(QStringLiteral("self_nominated_by_election"), jsonShares(summary.byElection, true));
    noms.insert(QStringLiteral("self_nominated_by_region"), jsonShares(summary.byRegion, false));
    root.insert(QStringLiteral("nominations"), noms);
    root.insert(QStringLiteral("candidates"), jsonRows(candidates(profiles)));
    return root;
}

// The options of `sailau compare`, with their help texts.
struct CompareArguments
{
    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help.")};
    const QCommandLineOption database{{QStringLiteral("d"), QStringLiteral("database")},
                                      Text::tr("The Sailau database file (default: %1).")
                                          .arg(QStringLiteral("<user data>/sailau.sqlite")),
                                      QStringLiteral("FILE")};
    const QCommandLineOption elections{{QStringLiteral("e"), QStringLiteral("elections")},
                                       Text::tr("The election days, separated by commas, or 'all' (default: every day "
                                                "with races)."),
                                       QStringLiteral("YYYY-MM-DD,YYYY-MM-DD")};
    const QCommandLineOption region{QStringLiteral("region"),
                                    Text::tr("Only this region or territory: a name in any language, an ISO code "
                                             "(KZ-61) or a KATO code."),
                                    QStringLiteral("NAME")};
    const QCommandLineOption aggregates{QStringLiteral("aggregates"), Text::tr("Print the figures of each election day.")};
    const QCommandLineOption nominations{QStringLiteral("nominations"), Text::tr("Print the candidates by nomination.")};
    const QCommandLineOption candidates{QStringLiteral("candidates"),
                                        Text::tr("Print the share of women, the ages and the sitting akims re-elected, "
                                                 "among the candidates and the winners, by day and by region.")};
    const QCommandLineOption format{{QStringLiteral("f"), QStringLiteral("format")}, Text::tr("csv or json (default csv)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv")};
    const QCommandLineOption out{{QStringLiteral("o"), QStringLiteral("out")},
                                 Text::tr("Write to FILE.csv (UTF-8), FILE.xlsx or FILE.json instead of printing."),
                                 QStringLiteral("FILE")};
    const QCommandLineOption language{QStringLiteral("language"), Text::tr("Names in kk, ru or en (default: the system's language)."),
                                      QStringLiteral("LANG")};

    // In the order --help lists them.
    QList<QCommandLineOption> options() const
    {
        return {help, database, elections, region, aggregates, nominations, candidates, format, out, language};
    }
};

// One run of `sailau compare`: the command line read into the days, the territory and the output,
// then the comparison read from the database and written as a table or as JSON.
class CompareRun : public CommandRun
{
public:
    CompareRun(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    // Each reads a part of the command line into the run; false after saying what is wrong.
    bool readOutput();
    bool readDays();

    int compareFromDatabase();
    bool chooseScope(const Store &store, const QString &path);
    bool readComparison(Comparison &comparison, NominationSummary *summary, CandidateProfileSummary *profiles) const;
    bool readFailed(const QString &error) const;
    int writeJson(const QByteArray &bytes) const;
    int writeTable(const Table &table) const;

    const CompareArguments m_args;
    QString m_kind;   // "csv" or "json"
    QString m_outPath;
    TableExport::Format m_fileFormat = TableExport::Format::Csv;
    ComparisonScope m_scope;
};

CompareRun::CompareRun(QTextStream &out, QTextStream &err)
    : CommandRun(QStringLiteral("compare"), out, err)
{
    m_parser.setApplicationDescription(Text::tr(
        "Compare elections over time: the races of the same territories on two or more election days, lined up "
        "with the change from each day to the next (shares in percentage points). --aggregates prints the figures "
        "of each day instead, --nominations the candidates by nomination, --candidates the candidates' sex, age and "
        "incumbency by day and by region (each figure with the number of candidates it rests on); JSON holds all four. Missing figures "
        "are empty (CSV) or null (JSON), never 0."));
    m_parser.addOptions(m_args.options());
}

int CompareRun::run(const QStringList &arguments)
{
    if (const auto ended = parse(arguments, m_args.help))
        return *ended;
    const int tables = int(m_parser.isSet(m_args.aggregates)) + int(m_parser.isSet(m_args.nominations))
        + int(m_parser.isSet(m_args.candidates));
    if (tables > 1)
        return usage(Text::tr("give one of --aggregates, --nominations and --candidates"));
    if (!readOutput() || !readDays())
        return UsageError;
    if (m_parser.isSet(m_args.language))
        setDisplayLanguage(languageFromCode(m_parser.value(m_args.language), displayLanguage()));
    return compareFromDatabase();
}

// The output: --format, or the suffix of --out.
bool CompareRun::readOutput()
{
    m_kind = m_parser.value(m_args.format).toLower();
    if (m_kind != QLatin1String("csv") && m_kind != QLatin1String("json"))
        return refuse(Text::tr("--format must be csv or json, not '%1'").arg(m_kind));
    m_outPath = m_parser.value(m_args.out);
    if (!m_parser.isSet(m_args.out))
        return true;
    const QString suffix = QFileInfo(m_outPath).suffix().toLower();
    const bool table = !m_outPath.isEmpty() && TableExport::formatForPath(m_outPath, &m_fileFormat);
    if (!table && suffix != QLatin1String("json"))
        return refuse(Text::tr("--out takes a file ending in .csv, .xlsx or .json, not '%1'").arg(m_outPath));
    const QString fromSuffix = table ? QStringLiteral("csv") : QStringLiteral("json");
    if (m_parser.isSet(m_args.format) && (m_kind != fromSuffix || m_fileFormat == TableExport::Format::Xlsx))
        return refuse(Text::tr("--out writes the format its suffix names; leave out --format"));
    m_kind = fromSuffix;
    return true;
}

// --elections: two or more days, or 'all' (left empty, as without it).
bool CompareRun::readDays()
{
    const QString dayList = m_parser.value(m_args.elections).trimmed();
    if (dayList.isEmpty() || dayList.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &part : dayList.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QDate day = QDate::fromString(part.trimmed(), Qt::ISODate);
        if (!day.isValid())
            return refuse(Text::tr("--elections takes dates as YYYY-MM-DD separated by commas, not '%1'").arg(part.trimmed()));
        if (!m_scope.days.contains(day))
            m_scope.days.append(day);
    }
    if (m_scope.days.size() < 2)
        return refuse(Text::tr("--elections needs two or more days to compare, or 'all'"));
    return true;
}

// After the command line: the comparison read from the database and written out.
int CompareRun::compareFromDatabase()
{
    QString message;
    const std::unique_ptr<Database> db = openForReading(m_args.database, &message);
    if (!db) {
        m_err << QStringLiteral("sailau compare: ") << message << '\n';
        return Failed;
    }
    if (!chooseScope(Store(db->connection()), db->path()))
        return Failed;

    Comparison comparison(db->connection());
    NominationSummary summary;
    CandidateProfileSummary profiles;
    if (!readComparison(comparison, &summary, &profiles))
        return Failed;
    if (comparison.days().size() < 2) {
        m_err << Text::tr("sailau compare: the database holds races of fewer than two election days; there is nothing to compare.")
              << '\n';
        return Failed;
    }
    if (m_kind == QLatin1String("json"))
        return writeJson(QJsonDocument(jsonReport(comparison, summary, profiles)).toJson(QJsonDocument::Indented));
    return writeTable(m_parser.isSet(m_args.aggregates)    ? aggregates(comparison)
                      : m_parser.isSet(m_args.nominations) ? nominations(summary)
                      : m_parser.isSet(m_args.candidates)  ? candidates(profiles)
                                                           : lineUp(comparison));
}

// The days given checked against those the database holds, and --region's territory; false after
// saying on err what is not there.
bool CompareRun::chooseScope(const Store &store, const QString &path)
{
    for (const QDate &day : std::as_const(m_scope.days)) {
        if (reportUnknownElectionDay(store, day, QStringLiteral("compare"), path, m_err))
            return false;
    }
    if (!m_parser.isSet(m_args.region))
        return true;
    QString problem;
    const auto t = findRegion(store, m_parser.value(m_args.region), &problem);
    if (!t) {
        m_err << QStringLiteral("sailau compare: ") << problem << '\n';
        return false;
    }
    m_scope.territoryId = t->id;
    return true;
}

// The comparison of the scope, and the nominations and the candidates' profiles where the output
// holds them; false after saying on err why the database could not be read.
bool CompareRun::readComparison(Comparison &comparison, NominationSummary *summary,
                                CandidateProfileSummary *profiles) const
{
    QString error;
    const bool json = m_kind == QLatin1String("json");
    const bool needNominations = m_parser.isSet(m_args.nominations) || json;
    if (!comparison.load(m_scope, &error)
        || (needNominations && (*summary = comparison.nominations(&error), !error.isEmpty())))
        return readFailed(error);
    if ((m_parser.isSet(m_args.candidates) || json)
        && (*profiles = CandidateProfiles::read(comparison, &error), !error.isEmpty()))
        return readFailed(error);
    return true;
}

bool CompareRun::readFailed(const QString &error) const
{
    m_err << Text::tr("sailau compare: the database could not be read: %1").arg(error) << '\n';
    return false;
}

// The JSON on standard output, or into --out.
int CompareRun::writeJson(const QByteArray &bytes) const
{
    if (!m_parser.isSet(m_args.out)) {
        m_out << QString::fromUtf8(bytes);
        return Ok;
    }
    // Written beside the target and renamed over it: a failed write leaves no partial file.
    QSaveFile file(m_outPath);
    if (!file.open(QIODevice::WriteOnly) || !TableExport::writeAll(&file, bytes) || !file.commit()) {
        m_err << Text::tr("sailau compare: cannot write %1: %2").arg(QDir::toNativeSeparators(m_outPath), file.errorString())
              << '\n';
        return Failed;
    }
    return Ok;
}

// The table as CSV on standard output, or into --out as CSV or XLSX.
int CompareRun::writeTable(const Table &table) const
{
    if (!m_parser.isSet(m_args.out)) {
        m_out << csvText(table);
        return Ok;
    }
    const TableExport::Options options = m_fileFormat == TableExport::Format::Xlsx
                                             ? TableExport::Options::xlsx(QStringLiteral("compare"))
                                             : TableExport::Options::csv();
    TableExport::TableWriter writer(m_outPath, options);
    bool ok = writer.begin(table.header, table.styles);
    for (const QVariantList &row : table.rows) {
        if (!ok)
            break;
        ok = writer.addRow(row);
    }
    if (!ok || !writer.commit()) {
        m_err << QStringLiteral("sailau compare: ") << writer.errorString() << '\n';
        return Failed;
    }
    return Ok;
}

} // namespace

int compareCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CompareRun run(out, err);
    return run.run(arguments);
}

} // namespace Sailau::Cli
