// SPDX-License-Identifier: GPL-3.0-or-later
#include "totals.h"

#include "database.h"
#include "tablereader.h"
#include "territorymatcher.h"
#include "textkey.h"
#include "values.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <initializer_list>

namespace Sailau::Import {

namespace {

// Header and metric words, as the three languages' press releases and tables write them, with the
// summary's own name for each figure.
struct MetricWords
{
    const char *metric;
    bool percent;
    std::initializer_list<const char *> words;
};

const std::initializer_list<MetricWords> &metricTable()
{
    static const std::initializer_list<MetricWords> table = {
        {"races", false,
         {"races", "number of races", "elections held", "выборы", "выборов", "число выборов", "количество выборов",
          "избирательных округов", "сайлау", "сайлаулар", "сайлау саны", "сайлаулар саны"}},
        {"voters on lists", false,
         {"voters", "registered voters", "voters on lists", "voters on the lists", "избиратели", "избирателей",
          "число избирателей", "количество избирателей", "избирателей в списках", "внесено в списки", "сайлаушылар",
          "сайлаушылар саны", "тізімдегі сайлаушылар", "тізімге енгізілген сайлаушылар"}},
        {"voters who took part", false,
         {"voters who took part", "voted", "took part", "ballots cast", "ballots issued", "проголосовали",
          "проголосовало", "приняли участие", "приняло участие", "приняли участие в голосовании",
          "дауыс бергендер", "дауыс берген сайлаушылар", "сайлауға қатысқандар", "қатысқандар"}},
        {"turnout", true,
         {"turnout", "turnout %", "turnout pct", "turnout_pct", "явка", "явка %", "явка избирателей",
          "сайлаушылардың қатысуы", "қатысу", "қатысу %"}},
        {"candidates", false,
         {"candidates", "number of candidates", "candidates on ballots", "кандидаты", "кандидатов", "число кандидатов",
          "количество кандидатов", "кандидаттар", "кандидаттар саны"}},
        {"candidates registered", false,
         {"candidates registered", "registered candidates", "зарегистрировано кандидатов",
          "зарегистрированных кандидатов", "тіркелген кандидаттар"}},
        {"polling stations", false,
         {"polling stations", "polling_stations", "избирательные участки", "избирательных участков", "участков",
          "участки", "сайлау учаскелері", "учаскелер"}},
    };
    return table;
}

// Header words of the one-row-per-figure layout.
const std::initializer_list<const char *> MetricHeader = {"metric", "indicator", "figure", "показатель",
                                                           "наименование показателя", "көрсеткіш", "көрсеткіштер"};
const std::initializer_list<const char *> ValueHeader = {"value", "amount", "значение", "величина", "мәні", "мән",
                                                          "шамасы"};
const std::initializer_list<const char *> UnitHeader = {"unit", "units", "единица", "единица измерения", "ед изм",
                                                         "өлшем бірлігі"};
const std::initializer_list<const char *> NotesHeader = {"notes", "note", "comment", "примечание", "примечания",
                                                          "комментарий", "ескертпе", "ескертпелер"};
const std::initializer_list<const char *> AsOfHeader = {"as_of_date", "as of date", "as of", "по состоянию на",
                                                         "жағдай бойынша"};
// The whole country, as a territory cell writes it.
const std::initializer_list<const char *> CountryWords = {"kazakhstan", "republic of kazakhstan", "total", "all",
                                                           "казахстан", "республика казахстан", "рк", "всего", "итого",
                                                           "по республике", "қазақстан", "қазақстан республикасы",
                                                           "қр", "барлығы", "жиыны"};

bool oneOf(const QString &text, std::initializer_list<const char *> words)
{
    const QString folded = TextKey::fold(text).trimmed();
    if (folded.isEmpty())
        return false;
    for (const char *w : words) {
        if (TextKey::fold(QString::fromUtf8(w)).trimmed() == folded)
            return true;
    }
    return false;
}

const MetricWords *metricOf(const QString &text)
{
    for (const MetricWords &m : metricTable()) {
        if (oneOf(text, m.words) || oneOf(text, {m.metric}))
            return &m;
    }
    return nullptr;
}

} // namespace

QString Totals::metricName(const QString &written)
{
    const MetricWords *m = metricOf(written);
    return m ? QString::fromLatin1(m->metric) : written.trimmed();
}

std::optional<TotalsLayout> Totals::recognise(const QStringList &header, const QList<Field> &fields)
{
    TotalsLayout layout;
    const auto fieldAt = [&](int i) { return i < fields.size() ? fields.at(i) : Field::Ignore; };
    for (int i = 0; i < header.size(); ++i) {
        const QString &h = header.at(i);
        if (layout.metric < 0 && oneOf(h, MetricHeader))
            layout.metric = i;
        else if (layout.value < 0 && oneOf(h, ValueHeader))
            layout.value = i;
    }
    layout.onePerFigure = layout.metric >= 0 && layout.value >= 0;
    // A file of races or candidates is never one of totals.
    for (int i = 0; i < header.size(); ++i) {
        const Field f = fieldAt(i);
        if (f == Field::District || f == Field::Settlement || f == Field::Candidate || f == Field::Votes
            || f == Field::Winner || f == Field::Elected)
            return std::nullopt;
    }
    for (int i = 0; i < header.size(); ++i) {
        if (i == layout.metric || i == layout.value)
            continue;
        const QString &h = header.at(i);
        const Field f = fieldAt(i);
        if (layout.date < 0 && (f == Field::ElectionDate || oneOf(h, AsOfHeader))) {
            layout.date = i;
        } else if (layout.scope < 0 && f == Field::ElectionLevel) {
            layout.scope = i;
        } else if (layout.territory < 0 && f == Field::Region) {
            layout.territory = i;
        } else if (layout.source < 0 && f == Field::Source) {
            layout.source = i;
        } else if (layout.onePerFigure && layout.unit < 0 && oneOf(h, UnitHeader)) {
            layout.unit = i;
        } else if (layout.onePerFigure && layout.notes < 0 && oneOf(h, NotesHeader)) {
            layout.notes = i;
        } else if (const MetricWords *m = layout.onePerFigure ? nullptr : metricOf(h)) {
            layout.figures.append({i, QString::fromLatin1(m->metric), m->percent});
        } else {
            layout.unused.append(i);
        }
    }
    if (layout.onePerFigure)
        return layout;
    // One row per territory: a territory and a count no race row has (races or candidates per
    // territory), so that a table of races without its district column is not taken for totals.
    bool counts = false;
    for (const auto &f : std::as_const(layout.figures))
        counts = counts || f.metric == QLatin1String("races") || f.metric == QLatin1String("candidates");
    if (layout.territory >= 0 && counts)
        return layout;
    return std::nullopt;
}

namespace {

// The rows of a file of totals, one at a time: the row's date, territory and source, then its
// figures. A row with an error is named to the sink and not kept.
class TotalsRows
{
public:
    struct Defaults
    {
        QChar decimal;
        QDate date;
        QString source;
    };

    TotalsRows(const TotalsLayout &layout, const Defaults &defaults, const TerritoryMatcher &territories,
               const Totals::ProblemSink &sink, QList<PublishedRow> *rows)
        : m_layout(layout), m_defaults(defaults), m_territories(territories), m_sink(sink), m_rows(rows)
    {
    }

    void warnUnused(const QStringList &header) const
    {
        if (m_layout.unused.isEmpty())
            return;
        QStringList names;
        for (int c : m_layout.unused)
            names.append(QStringLiteral("«%1»").arg(header.value(c)));
        warning(Totals::tr("This file holds published totals, not races: it is kept as published figures shown in "
                           "the summary. Its columns %1 are not used.").arg(names.join(QStringLiteral(", "))));
    }

    void read(const QStringList &cells, qint64 line)
    {
        m_cells = &cells;
        m_line = line;
        bool blank = true;
        for (const QString &c : cells)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            return;
        PublishedRow base;
        if (!readBase(&base))
            return;
        if (!m_layout.onePerFigure) {
            for (const auto &f : m_layout.figures)
                addFigure(base, f.column, f.metric, f.percent ? QStringLiteral("percent") : QString());
            return;
        }
        const QString metric = cell(m_layout.metric);
        if (metric.isEmpty()) {
            error(m_layout.metric, QString(), Totals::tr("The row names no figure."));
            return;
        }
        const MetricWords *known = metricOf(metric);
        QString unit = cell(m_layout.unit);
        if (unit.isEmpty() && known && known->percent)
            unit = QStringLiteral("percent");
        if (addFigure(base, m_layout.value, Totals::metricName(metric), unit))
            m_rows->last().notes = cell(m_layout.notes);
    }

    void error(qint64 line, int column, const QString &value, const QString &message) const
    {
        m_sink(true, line, column >= 0 ? column + 1 : 0, value, message);
    }

private:
    QString cell(int c) const { return c >= 0 ? m_cells->value(c).trimmed() : QString(); }
    void error(int column, const QString &value, const QString &message) const { error(m_line, column, value, message); }
    void warning(const QString &message) const { m_sink(false, 0, 0, QString(), message); }

    // The row's line, scope, source, date and territory; false when one is wrong (each wrong one is
    // said).
    bool readBase(PublishedRow *base) const
    {
        base->line = m_line;
        base->scope = cell(m_layout.scope);
        base->source = cell(m_layout.source).isEmpty() ? m_defaults.source : cell(m_layout.source);
        const bool date = readDate(base);
        const bool territory = readTerritory(base);
        return date && territory;
    }

    bool readDate(PublishedRow *base) const
    {
        const QString text = cell(m_layout.date);
        if (m_layout.date >= 0 && !Values::isMissing(text)) {
            QString why;
            const auto date = Values::parseDate(text, &why);
            if (!date) {
                error(m_layout.date, text, why);
                return false;
            }
            base->date = *date;
        } else {
            base->date = m_defaults.date;
        }
        if (!base->date.isValid()) {
            error(m_layout.date, text,
                  Totals::tr("The row has no date. Give the election day for the file (--date, or the date field in "
                             "the import dialog)."));
            return false;
        }
        return true;
    }

    bool readTerritory(PublishedRow *base) const
    {
        const QString place = cell(m_layout.territory);
        base->territoryName = place;
        if (place.isEmpty() || oneOf(place, CountryWords)) {
            base->territoryId = m_territories.countryId();
            return true;
        }
        const TerritoryMatcher::Result match = m_territories.matchRegion(place);
        if (match.status == TerritoryMatcher::Status::Matched) {
            base->territoryId = match.id;
            return true;
        }
        error(m_layout.territory, place,
              Totals::tr("\"%1\" is neither Kazakhstan nor one of its regions or cities of republican significance; "
                         "published totals are kept for those.").arg(place));
        return false;
    }

    // Keeps the figure of the column; false when the row gives none there.
    bool addFigure(const PublishedRow &base, int column, const QString &metric, const QString &unit)
    {
        const QString text = cell(column);
        if (Values::isMissing(text))
            return false; // a figure the release does not give is no figure
        PublishedRow row = base;
        row.metric = metric;
        bool percent = false;
        QString why;
        const auto number = Values::parseDecimal(text, m_defaults.decimal, &why, &percent);
        if (number)
            row.value = *number;
        else
            row.valueText = text;
        row.unit = percent || unit == QLatin1String("%") ? QStringLiteral("percent") : unit;
        if (row.unit.isEmpty() && number)
            row.unit = QStringLiteral("count");
        m_rows->append(row);
        return true;
    }

    const TotalsLayout &m_layout;
    const Defaults m_defaults;
    const TerritoryMatcher &m_territories;
    const Totals::ProblemSink &m_sink;
    QList<PublishedRow> *m_rows;
    const QStringList *m_cells = nullptr;
    qint64 m_line = 0;
};

} // namespace

bool Totals::read(TableReader &reader, const TotalsLayout &layout, const QStringList &header, QChar decimal,
                  const QDate &defaultDate, const QString &defaultSource, const TerritoryMatcher &territories,
                  const ProblemSink &sink, QList<PublishedRow> *rows)
{
    TotalsRows totals(layout, {decimal, defaultDate, defaultSource}, territories, sink, rows);
    totals.warnUnused(header);
    QStringList cells;
    while (reader.next(&cells))
        totals.read(cells, reader.line());
    if (!reader.error().isEmpty()) {
        totals.error(reader.errorLine(), reader.errorColumn() - 1, QString(), reader.errorReason());
        return false;
    }
    return true;
}

bool Totals::write(QSqlDatabase db, qint64 batchId, const QList<PublishedRow> &rows, QString *error)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO published_figure (election_date, election_scope, territory_id, territory_name, metric, "
        "value, value_text, unit, notes, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery source(db);
    source.prepare(QStringLiteral("INSERT OR IGNORE INTO source (url) VALUES (?)"));
    QSqlQuery sourceId(db);
    sourceId.prepare(QStringLiteral("SELECT id FROM source WHERE url = ?"));
    QSqlQuery link(db);
    link.prepare(QStringLiteral("INSERT OR IGNORE INTO published_figure_source (figure_id, source_id) VALUES (?, ?)"));
    const auto text = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); };
    const auto failed = [&](const QSqlQuery &q) {
        if (error)
            *error = Database::explain(q.lastError());
        return false;
    };
    for (const PublishedRow &r : rows) {
        insert.bindValue(0, r.date.toString(Qt::ISODate));
        insert.bindValue(1, text(r.scope));
        insert.bindValue(2, r.territoryId ? QVariant(r.territoryId) : QVariant(QMetaType::fromType<qint64>()));
        insert.bindValue(3, text(r.territoryName));
        insert.bindValue(4, r.metric);
        insert.bindValue(5, r.value ? QVariant(*r.value) : QVariant(QMetaType::fromType<double>()));
        insert.bindValue(6, text(r.valueText));
        insert.bindValue(7, text(r.unit));
        insert.bindValue(8, text(r.notes));
        insert.bindValue(9, batchId);
        if (!insert.exec())
            return failed(insert);
        const qint64 figureId = insert.lastInsertId().toLongLong();
        for (const QString &part : r.source.split(QRegularExpression(QStringLiteral("\\s+;\\s+|\\n")), Qt::SkipEmptyParts)) {
            const QString url = part.trimmed();
            if (url.isEmpty())
                continue;
            source.bindValue(0, url);
            sourceId.bindValue(0, url);
            if (!source.exec())
                return failed(source);
            if (!sourceId.exec() || !sourceId.next())
                return failed(sourceId);
            link.bindValue(0, figureId);
            link.bindValue(1, sourceId.value(0));
            if (!link.exec())
                return failed(link);
        }
    }
    return true;
}

} // namespace Sailau::Import
