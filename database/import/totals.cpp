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

bool Totals::read(TableReader &reader, const TotalsLayout &layout, const QStringList &header, QChar decimal,
                  const QDate &defaultDate, const QString &defaultSource, const TerritoryMatcher &territories,
                  const ProblemSink &sink, QList<PublishedRow> *rows)
{
    enum Severity { Error, Warning };
    const auto problem = [&](Severity severity, qint64 line, int column, const QString &value, const QString &message) {
        sink(severity == Error, line, column >= 0 ? column + 1 : 0, value, message);
    };
    if (!layout.unused.isEmpty()) {
        QStringList names;
        for (int c : layout.unused)
            names.append(QStringLiteral("«%1»").arg(header.value(c)));
        problem(Warning, 0, -1, QString(),
                tr("This file holds published totals, not races: it is kept as published figures shown in the summary. "
                   "Its columns %1 are not used.").arg(names.join(QStringLiteral(", "))));
    }

    QStringList cells;
    while (reader.next(&cells)) {
        const qint64 line = reader.line();
        const auto cell = [&](int c) { return c >= 0 ? cells.value(c).trimmed() : QString(); };
        bool blank = true;
        for (const QString &c : std::as_const(cells))
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;

        PublishedRow base;
        base.line = line;
        base.scope = cell(layout.scope);
        base.source = cell(layout.source).isEmpty() ? defaultSource : cell(layout.source);
        bool ok = true;
        if (layout.date >= 0 && !Values::isMissing(cell(layout.date))) {
            QString why;
            const auto date = Values::parseDate(cell(layout.date), &why);
            if (!date) {
                problem(Error, line, layout.date, cell(layout.date), why);
                ok = false;
            }
            base.date = date.value_or(QDate());
        } else {
            base.date = defaultDate;
        }
        if (ok && !base.date.isValid()) {
            problem(Error, line, layout.date, cell(layout.date),
                    tr("The row has no date. Give the election day for the file (--date, or the date field in the "
                       "import dialog)."));
            ok = false;
        }
        const QString place = cell(layout.territory);
        base.territoryName = place;
        if (place.isEmpty() || oneOf(place, CountryWords)) {
            base.territoryId = territories.countryId();
        } else {
            const TerritoryMatcher::Result match = territories.matchRegion(place);
            if (match.status == TerritoryMatcher::Status::Matched) {
                base.territoryId = match.id;
            } else {
                problem(Error, line, layout.territory, place,
                        tr("\"%1\" is neither Kazakhstan nor one of its regions or cities of republican significance; "
                           "published totals are kept for those.").arg(place));
                ok = false;
            }
        }

        const auto figure = [&](int column, const QString &metric, const QString &unit) {
            PublishedRow row = base;
            row.metric = metric;
            const QString text = cell(column);
            bool percent = false;
            QString why;
            if (Values::isMissing(text))
                return; // a figure the release does not give is no figure
            const auto number = Values::parseDecimal(text, decimal, &why, &percent);
            if (number)
                row.value = *number;
            else
                row.valueText = text;
            row.unit = percent || unit == QLatin1String("%") ? QStringLiteral("percent") : unit;
            if (row.unit.isEmpty() && number)
                row.unit = QStringLiteral("count");
            rows->append(row);
        };
        if (!ok)
            continue;
        if (layout.onePerFigure) {
            const QString metric = cell(layout.metric);
            if (metric.isEmpty()) {
                problem(Error, line, layout.metric, QString(), tr("The row names no figure."));
                continue;
            }
            const MetricWords *known = metricOf(metric);
            QString unit = cell(layout.unit);
            if (unit.isEmpty() && known && known->percent)
                unit = QStringLiteral("percent");
            const int before = int(rows->size());
            figure(layout.value, metricName(metric), unit);
            if (rows->size() > before)
                rows->last().notes = cell(layout.notes);
        } else {
            for (const auto &f : layout.figures)
                figure(f.column, f.metric, f.percent ? QStringLiteral("percent") : QString());
        }
    }
    if (!reader.error().isEmpty()) {
        problem(Error, reader.errorLine(), reader.errorColumn() - 1, QString(), reader.errorReason());
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
