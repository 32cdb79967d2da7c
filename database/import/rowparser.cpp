// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowparser.h"

#include "catalog.h"
#include "textkey.h"
#include "values.h"

#include <QLocale>

namespace Sailau::Import {

namespace {

std::optional<qint64> tooLarge(const QString &text, QString *why)
{
    if (why)
        *why = QCoreApplication::translate("Sailau::Import::Importer", "'%1' is too large for a count (more than %2)")
                   .arg(text, QLocale::c().toString(RowParser::MaxCount));
    return std::nullopt;
}

// QChar::isSpace() and isDigit(), without a call into Qt for Cyrillic letters (no space and no
// digit in that block), the other letters of most cells.
inline bool isCyrillic(char16_t u)
{
    return u >= 0x0400 && u < 0x0530;
}

inline bool isSpace(QChar c)
{
    return !isCyrillic(c.unicode()) && c.isSpace();
}

inline bool isDigit(QChar c)
{
    return !isCyrillic(c.unicode()) && c.isDigit();
}

} // namespace

RowParser::RowParser(ImportContext &context, const Mapping &mapping, const Format &format)
    : m_context(context)
    , m_mapping(mapping)
    , m_format(format)
{
    for (int f = 0; f < FieldCount; ++f) {
        m_columnOf[size_t(f)] = m_mapping.columnOf(Field(f));
        m_textField[size_t(f)] = Fields::type(Field(f)) == FieldType::Text;
    }
}

// A count written as plain digits (most cells of large files) without the general parser.
std::optional<qint64> RowParser::parseCount(const QString &text, QChar decimal, QString *why)
{
    if (!text.isEmpty() && text.size() <= 18) {
        qint64 value = 0;
        bool plain = true;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u < u'0' || u > u'9') {
                plain = false;
                break;
            }
            value = value * 10 + (u - u'0');
        }
        if (plain)
            return value <= MaxCount ? std::optional<qint64>(value) : tooLarge(text, why);
    }
    const auto value = Values::parseCount(text, decimal, why);
    if (value && *value > MaxCount)
        return tooLarge(text, why);
    return value;
}

// UTF-8 Cyrillic read as Windows-1251: "Р", "С", "Т" or "У" (the lead bytes D0–D3) followed by what
// Windows-1251 makes of a continuation byte (80–BF). Two such pairs in a cell do not occur in text.
bool RowParser::looksLikeUtf8ReadAs1251(const QString &text)
{
    static const QString continuation = QStringLiteral(
        "\u0402\u0403\u201A\u0453\u201E\u2026\u2020\u2021\u20AC\u2030\u0409\u2039\u040A\u040C\u040B\u040F"
        "\u0452\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u0098\u2122\u0459\u203A\u045A\u045C\u045B\u045F"
        "\u00A0\u040E\u045E\u0408\u00A4\u0490\u00A6\u00A7\u0401\u00A9\u0404\u00AB\u00AC\u00AD\u00AE\u0407"
        "\u00B0\u00B1\u0406\u0456\u0491\u00B5\u00B6\u00B7\u0451\u2116\u0454\u00BB\u0458\u0405\u0455\u0457");
    int pairs = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if ((u == u'Р' || u == u'С' || u == u'Т' || u == u'У') && continuation.contains(text.at(i + 1))) {
            if (++pairs == 2)
                return true;
            ++i;
        }
    }
    return false;
}

// Whether text has a character below U+0020 or a U+FFFD (checkText() looks at those one by one).
// A plain loop: an SSE2 version (eight characters at a time) made no measurable difference to
// bench_import on the 1,000,063-row file (4 December 2026, two runs each on a shared machine: SSE2
// 1.74-2.74x sqlite3, this loop 1.51-1.85x), so it was not kept.
bool RowParser::mayHoldControlOrReplacement(const QString &text)
{
    const auto *p = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *end = p + text.size();
    for (; p < end; ++p) {
        if (*p < 0x20 || *p == 0xFFFD)
            return true;
    }
    return false;
}

// The text with each invisible character (a byte order mark, a zero-width space, a control
// character) written as <U+FEFF>, so that a message can show why "2021-07-25" is not a date.
QString RowParser::withInvisibleShown(const QString &text)
{
    QString out;
    for (QChar c : text) {
        const auto category = c.category();
        if (category == QChar::Other_Format || category == QChar::Other_Control)
            out += QStringLiteral("<U+%1>").arg(uint(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

std::optional<QString> RowParser::parseLevel(const QString &text)
{
    const QString key = TextKey::fold(text);
    if (key.isEmpty())
        return QString();
    static const QList<std::pair<const char *, const char *>> words = {
        {"district", "district"}, {"raion", "district"}, {"raionnii", "district"}, {"audan", "district"},
        {"audandik", "district"}, {"city regional", "city_regional"}, {"city_regional", "city_regional"},
        {"gorod", "city_regional"}, {"gorodskoi", "city_regional"}, {"kala", "city_regional"},
        {"kalalik", "city_regional"}, {"regional centre", "regional_centre"}, {"regional center", "regional_centre"},
        {"regional_centre", "regional_centre"}, {"oblastnoi tsentr", "regional_centre"},
        {"oblis ortaligi", "regional_centre"}, {"rural", "rural"}, {"selskii", "rural"}, {"selo", "rural"},
        {"auil", "rural"}, {"auildik", "rural"}, {"village", "rural"},
    };
    for (const auto &[word, level] : words) {
        const QString w = TextKey::fold(QString::fromLatin1(word));
        if (key == w || key.startsWith(w + QLatin1Char(' ')))
            return QString::fromLatin1(level);
    }
    return std::nullopt;
}

const QString &RowParser::cell(Field field) const
{
    static const QString none;
    const int column = m_columnOf[size_t(field)];
    if (column < 0 || column >= m_cells.size())
        return none;
    const QString &raw = m_cells.at(column);
    if (raw.isEmpty())
        return raw;
    // Most cells have no spaces around them: they are used as they are, without a copy.
    const QString *text = &raw;
    if (isSpace(raw.front()) || isSpace(raw.back())) {
        QString &trimmed = m_trimmedCells[size_t(field)];
        trimmed = raw.trimmed();
        text = &trimmed;
    }
    // "—", "-", "н/д", "n/a": the source says the figure is not known.
    if (!text->isEmpty() && !isDigit(text->at(0)) && m_textField[size_t(field)] == false && Values::isMissing(*text))
        return none;
    return *text;
}

bool RowParser::isBlank() const
{
    for (const QString &c : m_cells) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}

const QString &RowParser::sourceText() const
{
    return cell(Field::Source).isEmpty() ? m_mapping.defaultSource : cell(Field::Source);
}

bool RowParser::checkColumns()
{
    const QStringList &header = m_context.header();
    bool ok = true;
    // Two columns of the same name: which one holds the field cannot be told.
    for (int f = 0; f < FieldCount; ++f) {
        const int column = m_columnOf[size_t(f)];
        if (Field(f) == Field::Ignore || column < 0 || column >= header.size())
            continue;
        const QString name = TextKey::fold(header.at(column));
        for (int other = 0; other < header.size(); ++other) {
            if (other != column && !name.isEmpty() && TextKey::fold(header.at(other)) == name) {
                m_context.error(m_format.headerLine, std::max(column, other) + 1, header.at(other),
                      tr("The columns %1 and %2 are both named \"%3\": it cannot be told which holds \"%4\". "
                         "Rename or remove one of them.")
                          .arg(std::min(column, other) + 1).arg(std::max(column, other) + 1)
                          .arg(header.at(other).trimmed(), Fields::label(Field(f))));
                ok = false;
                break;
            }
        }
    }
    const bool territory = m_mapping.has(Field::Region) || m_mapping.has(Field::District)
        || m_mapping.has(Field::Settlement) || m_mapping.has(Field::Kato);
    if (!territory) {
        m_context.error(0, 0, QString(),
              tr("A required column is missing: none of the columns names a territory (\"%1\", \"%2\", \"%3\" or \"%4\"). "
                 "Map one in the import dialog or name it in the header (for example \"Район\", \"Аудан\" or \"District\").")
                  .arg(Fields::label(Field::Region), Fields::label(Field::District), Fields::label(Field::Settlement),
                       Fields::label(Field::Kato)));
        ok = false;
    }
    if (!m_mapping.has(Field::ElectionDate) && !m_mapping.defaultDate.isValid()) {
        m_context.error(0, 0, QString(),
              tr("A required column is missing: \"%1\". Map a date column (for example \"Дата\", \"Күні\" or \"Date\"), "
                 "or give one date for the whole file.").arg(Fields::label(Field::ElectionDate)));
        ok = false;
    }
    const bool candidateName = m_mapping.has(Field::Candidate) || m_mapping.has(Field::Winner);
    for (Field f : {Field::Votes, Field::Nomination, Field::Elected, Field::VoteSharePublished, Field::Sex,
                    Field::BirthYear, Field::Age, Field::Occupation, Field::Incumbent}) {
        if (m_mapping.has(f) && !candidateName) {
            m_context.error(0, columnOf(f), QString(),
                  tr("The column \"%1\" holds \"%2\", which needs a \"%3\" column.")
                      .arg(m_context.columnName(columnOf(f)), Fields::label(f), Fields::label(Field::Candidate)));
            ok = false;
        }
    }
    return ok;
}

// Cells that cannot hold what the file meant: bytes not valid in the file's encoding (read as
// U+FFFD), zero bytes, control characters other than tab and line breaks, UTF-8 text in a file read
// as Windows-1251; and cells past the last named column (a delimiter inside a value shifts the row).
bool RowParser::checkText(bool invalidBytesReplaced)
{
    for (int i = 0; i < int(m_cells.size()); ++i) {
        if (!checkCellText(i, invalidBytesReplaced))
            return false;
    }
    const qint64 line = m_context.line();
    for (int i = int(m_context.header().size()); i < int(m_cells.size()); ++i) {
        if (!m_cells.at(i).trimmed().isEmpty()) {
            m_context.error(line, i + 1, m_cells.at(i),
                  tr("The row has more cells than the header has columns: column %1 has no name. A delimiter "
                     "inside a value may have split it (check its quotes), or the header lacks a name.").arg(i + 1));
            return false;
        }
    }
    return true;
}

bool RowParser::checkCellText(int i, bool replaced)
{
    // No name, figure or list of sources is this long: such a cell is a broken quote or not a table.
    constexpr qsizetype MaxCellChars = 10000;
    const qint64 line = m_context.line();
    const QString &text = m_cells.at(i);
    if (text.size() > MaxCellChars) {
        m_context.error(line, i + 1, text,
              tr("The cell is %1 characters long, more than the %2 any name, figure or list of sources needs: "
                 "a quote may be left open, or this is not a table of results.")
                  .arg(QLocale::c().toString(text.size()), QLocale::c().toString(MaxCellChars)));
        return false;
    }
    // Most cells have nothing below U+0020 and no U+FFFD: nothing to look at one by one.
    if (mayHoldControlOrReplacement(text)) {
        for (const QChar ch : text) {
            const char16_t u = ch.unicode();
            if ((u >= 0x20 && u != 0xFFFD) || u == u'\t' || u == u'\n' || u == u'\r' || (u == 0xFFFD && !replaced))
                continue;
            if (u == 0xFFFD)
                m_context.error(line, i + 1, text,
                      tr("The cell has bytes that are not valid %1 text (they show as \"%2\"): the file is "
                         "damaged or mixes encodings. Save it again as \"CSV UTF-8\" and import it again.")
                          .arg(m_format.encoding, QString(QChar(0xFFFD))));
            else if (u == 0)
                m_context.error(line, i + 1, text,
                      tr("The cell holds zero bytes: the file is damaged (perhaps cut off while it was copied) "
                         "or it is not a text file."));
            else
                m_context.error(line, i + 1, text,
                      tr("The cell holds the control character U+%1, which no name or figure has: the file "
                         "is damaged or it is not a text table.").arg(int(u), 4, 16, QLatin1Char('0')));
            return false;
        }
    }
    if (m_format.windows1251 && looksLikeUtf8ReadAs1251(text)) {
        m_context.error(line, i + 1, text,
              tr("The cell looks like UTF-8 text read as Windows-1251: the file mixes encodings. Save it "
                 "again as \"CSV UTF-8\" and import it again."));
        return false;
    }
    return true;
}

QDate RowParser::parseDate()
{
    const qint64 line = m_context.line();
    QDate date = m_mapping.defaultDate;
    if (!has(Field::ElectionDate)) {
        if (date.isValid())
            ++m_context.report().summary.datesFilled;
        return date;
    }
    const QString &text = cell(Field::ElectionDate);
    if (text.isEmpty()) {
        if (!date.isValid())
            m_context.error(line, columnOf(Field::ElectionDate), text, tr("The election date is missing."));
        else
            ++m_context.report().summary.datesFilled;
        return date;
    }
    if (text == m_lastDateText)
        return m_lastDate;
    QString why;
    const auto parsed = Values::parseDate(text, &why);
    if (parsed) {
        date = *parsed;
        m_lastDateText = text;
        m_lastDate = date;
        // Direct elections of akims began in 2021; a date before 1990 or after next year is
        // most likely mistyped.
        const int nextYear = QDate::currentDate().year() + 1;
        if (date.year() < 1990 || date.year() > nextYear)
            m_context.warning(line, columnOf(Field::ElectionDate), text,
                    tr("The election date %1 lies outside 1990 to %2: check that it is typed right.")
                        .arg(date.toString(Qt::ISODate)).arg(nextYear));
    } else if (const QString shown = withInvisibleShown(text); shown != text) {
        m_context.error(line, columnOf(Field::ElectionDate), shown,
              tr("\"%1\" is not a date: it holds invisible characters, shown here as <U+…>. Delete them "
                 "in the file (or retype the date) and import again.").arg(shown));
    } else {
        m_context.error(line, columnOf(Field::ElectionDate), text,
              why.isEmpty() ? tr("\"%1\" is not a date (write 2023-11-05 or 05.11.2023).").arg(text) : why);
    }
    return date;
}

void RowParser::parseDateAndLevel(RowValues &row)
{
    row.date = parseDate();
    row.level = m_mapping.defaultLevel;
    if (has(Field::ElectionLevel) && !cell(Field::ElectionLevel).isEmpty()) {
        const auto parsed = parseLevel(cell(Field::ElectionLevel));
        if (parsed)
            row.level = *parsed;
        else
            m_context.error(m_context.line(), columnOf(Field::ElectionLevel), cell(Field::ElectionLevel),
                  tr("\"%1\" is not an election level (district, city_regional, regional_centre or rural).")
                      .arg(cell(Field::ElectionLevel)));
    }
}

void RowParser::parseFigures(RowValues &row)
{
    const qint64 line = m_context.line();
    for (int slot = 0; slot < SlotCount; ++slot) {
        const Field field = slotField(slot);
        if (!has(field))
            continue;
        const QString &text = cell(field);
        if (text.isEmpty())
            continue;
        QString why;
        Figure &figure = row.figures[size_t(slot)];
        if (slot == TurnoutSlot || slot == AgainstAllShareSlot) {
            const auto percent = Values::parseDecimal(text, m_format.decimal, &why);
            if (percent && (*percent < 0 || *percent > 100))
                why = tr("%1% is not a percentage between 0 and 100").arg(text);
            else if (percent) {
                figure = Figure::ofPercent(*percent, line, columnOf(field));
                figure.decimals = quint8(decimalsWritten(text));
            }
        } else if (const auto count = parseCount(text, m_format.decimal, &why)) {
            figure = Figure::ofCount(*count, line, columnOf(field));
        }
        if (!figure.isSet()) {
            m_context.error(line, columnOf(field), text, tr("\"%1\": %2").arg(Fields::label(field), why));
            continue;
        }
        row.texts[size_t(slot)] = &text;
    }
}

bool RowParser::againstAllNomination(const QString &nomination)
{
    if (const bool *known = m_againstAllNominations.find(nomination))
        return *known;
    const bool againstAll = Catalog::isAgainstAllKey(TextKey::nameKey(nomination));
    // Nominations are a handful of parties; a file of other text in that column is not kept.
    if (m_againstAllNominations.size() < 1024)
        m_againstAllNominations.insert(nomination, againstAll);
    return againstAll;
}

std::optional<bool> RowParser::parseElected(const QString &text)
{
    QString why;
    std::optional<bool> elected;
    if (const bool *known = m_electedMarks.find(text)) {
        elected = *known;
    } else {
        elected = Values::parseBool(text, &why);
        if (elected && m_electedMarks.size() < 64)
            m_electedMarks.insert(text, *elected);
    }
    if (!elected)
        m_context.error(m_context.line(), columnOf(Field::Elected), text,
                        tr("\"%1\": %2").arg(Fields::label(Field::Elected), why));
    return elected;
}

// The candidate of this row, or "against all" (a race figure).
void RowParser::parseCandidate(RowValues &row)
{
    const qint64 line = m_context.line();
    row.name = has(Field::Candidate) ? cell(Field::Candidate) : cell(Field::Winner);
    const QString &nomination = cell(Field::Nomination);
    const QString &votesText = cell(Field::Votes);
    row.nomination = &nomination;
    row.votesText = &votesText;
    if (!votesText.isEmpty()) {
        QString why;
        row.votes = parseCount(votesText, m_format.decimal, &why);
        if (!row.votes)
            m_context.error(line, columnOf(Field::Votes), votesText, tr("\"%1\": %2").arg(Fields::label(Field::Votes), why));
    }
    row.key = row.name.isEmpty() ? QString() : TextKey::nameKey(row.name);
    const bool againstAll = (!row.key.isEmpty() && Catalog::isAgainstAllKey(row.key))
        || (!nomination.isEmpty() && againstAllNomination(nomination));
    const QString &electedText = cell(Field::Elected);
    if (!has(Field::Candidate) && has(Field::Winner) && !row.name.isEmpty())
        row.elected = true;
    if (!electedText.isEmpty())
        row.elected = parseElected(electedText);
    const QString &shareText = cell(Field::VoteSharePublished);
    if (!shareText.isEmpty()) {
        QString why;
        row.share = Values::parseDecimal(shareText, m_format.decimal, &why);
        if (row.share && (*row.share < 0 || *row.share > 100)) {
            row.share.reset();
            why = tr("%1% is not a percentage between 0 and 100").arg(shareText);
        }
        if (!row.share)
            m_context.error(line, columnOf(Field::VoteSharePublished), shareText,
                  tr("\"%1\": %2").arg(Fields::label(Field::VoteSharePublished), why));
        row.shareDecimals = decimalsWritten(shareText);
    }
    if (againstAll) {
        if (row.votes) {
            const int slot = figureSlot(Field::AgainstAll);
            const Figure f = Figure::ofCount(*row.votes, line, columnOf(Field::Votes));
            if (row.figures[size_t(slot)].isSet() && !(row.figures[size_t(slot)] == f))
                m_context.error(line, f.column, votesText, tr("\"Against all\" is given twice in this row with different values."));
            row.figures[size_t(slot)] = f;
            row.texts[size_t(slot)] = &votesText;
        }
        // "Против всех" on a row of its own with its percentage: the published share of "against all".
        if (row.share && !row.figures[AgainstAllShareSlot].isSet()) {
            row.figures[AgainstAllShareSlot] = Figure::ofPercent(*row.share, line, columnOf(Field::VoteSharePublished));
            row.figures[AgainstAllShareSlot].decimals = quint8(row.shareDecimals);
            row.texts[AgainstAllShareSlot] = &shareText;
        }
        row.share.reset();
        if (row.elected.value_or(false))
            m_context.error(line, columnOf(Field::Elected), electedText, tr("\"Against all\" cannot be elected."));
        row.name.clear();
    } else if (row.name.isEmpty() && (row.votes || row.elected.value_or(false) || !nomination.isEmpty())) {
        m_context.error(line, columnOf(has(Field::Candidate) ? Field::Candidate : Field::Winner), QString(),
              tr("This row gives a candidate's figures but no candidate name."));
    } else if (!row.name.isEmpty()) {
        parsePerson(row);
    }
}

QString RowParser::parseSex(const QString &text)
{
    QString key = text.trimmed().toCaseFolded();
    while (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    static const QStringList male = {QStringLiteral("м"), QStringLiteral("муж"), QStringLiteral("мужской"),
                                     QStringLiteral("мужчина"), QStringLiteral("ер"), QStringLiteral("еркек"),
                                     QStringLiteral("ер адам"), QStringLiteral("m"), QStringLiteral("male"),
                                     QStringLiteral("man")};
    static const QStringList female = {QStringLiteral("ж"), QStringLiteral("жен"), QStringLiteral("женский"),
                                       QStringLiteral("женщина"), QStringLiteral("әйел"), QStringLiteral("әйел адам"),
                                       QStringLiteral("f"), QStringLiteral("female"), QStringLiteral("woman"),
                                       QStringLiteral("w")};
    if (male.contains(key))
        return QStringLiteral("m");
    if (female.contains(key))
        return QStringLiteral("f");
    return {};
}

ShareBasis RowParser::basisNamedBy(Field field) const
{
    const int column = m_columnOf[size_t(field)];
    if (column < 0 || column >= m_context.header().size())
        return ShareBasis::Unknown;
    const QString key = TextKey::fold(m_context.header().at(column));
    auto has = [&key](const char *word) { return key.contains(QLatin1String(word)); };
    if (has("priniavsh") || has("progolosovav") || has("ballots cast") || has("of voted") || has("katiskan")
        || has("dauis bergen"))
        return ShareBasis::BallotsCast;
    if (has("deistvitel") || has("valid") || has("zharamdi"))
        return ShareBasis::ValidVotes;
    if (has("izbiratel") || has("voters") || has("sailaushi"))
        return ShareBasis::Voters;
    return ShareBasis::Unknown;
}

// Sex, year of birth or age, occupation, incumbency: a value that cannot be read is a warning and
// stays missing.
void RowParser::parsePerson(RowValues &row)
{
    const qint64 line = m_context.line();
    if (const QString &text = cell(Field::Sex); !text.isEmpty() && !Values::isMissing(text)) {
        row.sex = parseSex(text);
        if (row.sex.isEmpty())
            m_context.warning(line, columnOf(Field::Sex), text,
                    tr("\"%1\" is not a sex Sailau reads (м/ж, ер/әйел, M/F, male/female): it is left missing.").arg(text));
    }
    const int year = row.date.isValid() ? row.date.year() : QDate::currentDate().year();
    auto whole = [&](Field field, qint64 low, qint64 high) -> std::optional<qint64> {
        const QString &text = cell(field);
        if (text.isEmpty())
            return std::nullopt;
        QString why;
        const auto value = Values::parseCount(text, m_format.decimal, &why);
        if (value && *value >= low && *value <= high)
            return value;
        m_context.warning(line, columnOf(field), text,
                tr("\"%1\": \"%2\" is not a whole number from %3 to %4; it is left missing.")
                    .arg(Fields::label(field), text).arg(low).arg(high));
        return std::nullopt;
    };
    row.birthYear = whole(Field::BirthYear, 1900, year - 18);
    // The age is kept only where no year of birth is given: one is never made from the other.
    if (!row.birthYear && cell(Field::BirthYear).isEmpty())
        row.age = whole(Field::Age, 18, 110);
    if (!Values::isMissing(cell(Field::Occupation)))
        row.occupation = cell(Field::Occupation);
    if (const QString &text = cell(Field::Incumbent); !text.isEmpty()) {
        QString why;
        row.incumbent = Values::parseBool(text, &why);
        if (!row.incumbent)
            m_context.warning(line, columnOf(Field::Incumbent), text,
                    tr("\"%1\": \"%2\" is neither yes nor no (да/нет, иә/жоқ, yes/no, 1/0); it is left missing.")
                        .arg(Fields::label(Field::Incumbent), text));
    }
}

} // namespace Sailau::Import
