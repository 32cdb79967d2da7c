// SPDX-License-Identifier: GPL-3.0-or-later
#include "values.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace Sailau::Import::Values {

namespace {

struct ValuesTr
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Values)
};

bool isGroupSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == 0x00A0 || u == 0x202F || u == 0x2009 || u == 0x2007;
}

QStringView trimmed(QStringView text)
{
    qsizetype b = 0, e = text.size();
    while (b < e && (text[b].isSpace() || isGroupSpace(text[b])))
        ++b;
    while (e > b && (text[e - 1].isSpace() || isGroupSpace(text[e - 1])))
        --e;
    return text.mid(b, e - b);
}

void setProblem(QString *problem, const QString &text)
{
    if (problem)
        *problem = text;
}

QString quoted(QStringView text)
{
    constexpr qsizetype Max = 40;
    const QString shown = text.size() > Max ? text.left(Max).toString() + QChar(0x2026) : text.toString();
    return u'\'' + shown + u'\'';
}

enum class Status { Ok, NotNumber, Ambiguous };

struct Number
{
    bool negative = false;
    bool percent = false;
    QString integer;  // digits only, at least one
    QString fraction; // digits only
    QString exponent; // "e-3" or empty
    QChar ambiguousSeparator;
};

// Whether the integer part text (digits, separators sep and group spaces) is grouped in threes.
bool validGroups(QStringView text, QChar groupChar)
{
    int groupLength = 0;
    bool first = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit()) {
            ++groupLength;
            continue;
        }
        if (c == groupChar || isGroupSpace(c)) {
            if (first ? (groupLength < 1 || groupLength > 3) : groupLength != 3)
                return false;
            first = false;
            groupLength = 0;
            continue;
        }
        return false;
    }
    return first ? groupLength > 0 : groupLength == 3;
}

// The sign and the percent sign taken off the text into *number; what is left, trimmed.
QStringView takeSignAndPercent(QStringView text, Number *number)
{
    QStringView body = trimmed(text);
    if (body.endsWith(u'%')) {
        number->percent = true;
        body = trimmed(body.chopped(1));
    }
    if (!body.isEmpty() && (body.front() == u'-' || body.front() == QChar(0x2212) || body.front() == u'+')) {
        number->negative = body.front() != u'+';
        body = trimmed(body.mid(1));
    }
    return body;
}

// Scientific notation, as spreadsheets write very small or large numbers: 1.5E-3.
bool parseScientific(QStringView body, Number *number)
{
    static const QRegularExpression scientific(QStringLiteral("^(\\d+)(?:[.,](\\d+))?[eE]([+-]?\\d{1,3})$"));
    const auto match = scientific.match(body);
    if (!match.hasMatch())
        return false;
    number->integer = match.captured(1);
    number->fraction = match.captured(2);
    number->exponent = QStringLiteral("e") + match.captured(3);
    return true;
}

// Where a number's decimal separator is (-1: none) and which character groups its thousands.
struct Separators
{
    int commas = 0, dots = 0, spaces = 0;
    qsizetype lastComma = -1, lastDot = -1;
    qsizetype decimalAt = -1;
    QChar groupChar;
};

// Counts the commas, dots and group spaces of digits; false when another character is there.
bool countSeparators(QStringView body, Separators *s)
{
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (c.isDigit() && c.unicode() < 128)
            continue;
        if (c == u',') {
            ++s->commas;
            s->lastComma = i;
        } else if (c == u'.') {
            ++s->dots;
            s->lastDot = i;
        } else if (isGroupSpace(c)) {
            ++s->spaces;
        } else {
            return false;
        }
    }
    return true;
}

// Tells the decimal separator from the thousands one, the file's decimal separator deciding a
// single one that could be either.
Status chooseSeparators(QStringView body, QChar decimalSeparator, Separators *s, Number *number)
{
    if (s->commas > 0 && s->dots > 0) {
        // Both: the last one is the decimal separator and occurs once.
        s->decimalAt = std::max(s->lastComma, s->lastDot);
        const QChar decimal = body[s->decimalAt];
        if ((decimal == u',' ? s->commas : s->dots) != 1)
            return Status::NotNumber;
        s->groupChar = decimal == u',' ? QChar(u'.') : QChar(u',');
    } else if (s->commas + s->dots > 1) {
        s->groupChar = s->commas > 0 ? QChar(u',') : QChar(u'.');
    } else if (s->commas + s->dots == 1) {
        const qsizetype at = s->commas ? s->lastComma : s->lastDot;
        const QChar sep = body[at];
        const bool groupShape = validGroups(body, sep) && !body.startsWith(u'0');
        if (sep == decimalSeparator || !groupShape) {
            s->decimalAt = at;
        } else if (!decimalSeparator.isNull()) {
            s->groupChar = sep; // the other character than the decimal separator: thousands
        } else {
            number->ambiguousSeparator = sep;
            return Status::Ambiguous;
        }
    }
    return Status::Ok;
}

// The digits of the integer and fraction parts into *number, the groups checked.
Status takeDigits(QStringView body, const Separators &s, Number *number)
{
    const QStringView integerPart = s.decimalAt < 0 ? body : body.left(s.decimalAt);
    const QStringView fractionPart = s.decimalAt < 0 ? QStringView() : body.mid(s.decimalAt + 1);
    if (integerPart.isEmpty() && fractionPart.isEmpty())
        return Status::NotNumber;
    if (!integerPart.isEmpty()) {
        const bool grouped = (!s.groupChar.isNull() && integerPart.contains(s.groupChar)) || s.spaces > 0;
        if (grouped && !validGroups(integerPart, s.groupChar.isNull() ? QChar(u' ') : s.groupChar))
            return Status::NotNumber;
        for (QChar c : integerPart) {
            if (c.isDigit())
                number->integer.append(c);
        }
    }
    for (QChar c : fractionPart) {
        if (!c.isDigit())
            return Status::NotNumber;
        number->fraction.append(c);
    }
    if (number->integer.isEmpty())
        number->integer = QStringLiteral("0");
    return Status::Ok;
}

Status parseNumber(QStringView text, QChar decimalSeparator, Number *number)
{
    const QStringView body = takeSignAndPercent(text, number);
    if (body.isEmpty())
        return Status::NotNumber;
    if (parseScientific(body, number))
        return Status::Ok;
    Separators separators;
    if (!countSeparators(body, &separators))
        return Status::NotNumber;
    if (const Status status = chooseSeparators(body, decimalSeparator, &separators, number); status != Status::Ok)
        return status;
    return takeDigits(body, separators, number);
}

QString ambiguousProblem(QStringView text, QChar separator)
{
    return ValuesTr::tr("%1 is ambiguous: is “%2” a decimal point or a thousands separator? Set the decimal separator")
        .arg(quoted(text))
        .arg(separator);
}

} // namespace

bool isMissing(QStringView text)
{
    const QStringView t = trimmed(text);
    if (t.isEmpty())
        return true;
    static const QStringList marks = {
        QStringLiteral("-"),   QStringLiteral("—"),     QStringLiteral("–"),   QStringLiteral("n/a"),
        QStringLiteral("na"),  QStringLiteral("#n/a"),  QStringLiteral("н/д"), QStringLiteral("нет данных"),
        QStringLiteral("?"),   QStringLiteral("…"),     QStringLiteral("..."), QStringLiteral("мәлімет жоқ"),
    };
    // Text equal to a mark but for case has its length and, folded, its first letter: most cells
    // ("иә", "Иванов", "2 630") are told apart by these two alone.
    static const std::vector<std::pair<qsizetype, char16_t>> starts = [] {
        std::vector<std::pair<qsizetype, char16_t>> v;
        for (const QString &mark : marks)
            v.emplace_back(mark.size(), mark.front().toCaseFolded().unicode());
        return v;
    }();
    const char16_t first = t.front().toCaseFolded().unicode();
    if (std::none_of(starts.cbegin(), starts.cend(),
                     [&](const auto &s) { return s.first == t.size() && s.second == first; }))
        return false;
    for (const QString &mark : marks) {
        if (t.compare(mark, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<qint64> parseCount(QStringView text, QString *problem, QChar decimalSeparator)
{
    if (problem)
        problem->clear();
    if (isMissing(text))
        return std::nullopt;
    Number number;
    switch (parseNumber(text, decimalSeparator, &number)) {
    case Status::NotNumber:
        setProblem(problem, ValuesTr::tr("%1 is not a number").arg(quoted(text)));
        return std::nullopt;
    case Status::Ambiguous:
        setProblem(problem, ambiguousProblem(text, number.ambiguousSeparator));
        return std::nullopt;
    case Status::Ok:
        break;
    }
    if (number.percent) {
        setProblem(problem, ValuesTr::tr("%1 is a percentage, not a count").arg(quoted(text)));
        return std::nullopt;
    }
    if (!number.exponent.isEmpty()) {
        setProblem(problem, ValuesTr::tr("%1 is not a whole number written out").arg(quoted(text)));
        return std::nullopt;
    }
    const bool zeroFraction = std::all_of(number.fraction.cbegin(), number.fraction.cend(),
                                          [](QChar c) { return c == u'0'; });
    if (!zeroFraction) {
        setProblem(problem, ValuesTr::tr("%1 is not a whole number").arg(quoted(text)));
        return std::nullopt;
    }
    // "1,000" with a decimal comma is 1 to the letter, but far more often a thousand.
    if (number.fraction.size() == 3 && number.integer.size() <= 3 && number.integer != u"0") {
        const QStringView body = trimmed(text);
        setProblem(problem, ambiguousProblem(text, body[body.size() - 4]));
        return std::nullopt;
    }
    QString digits = number.integer;
    while (digits.size() > 1 && digits.front() == u'0')
        digits.remove(0, 1);
    bool ok = false;
    const qint64 value = digits.size() <= 19 ? digits.toLongLong(&ok) : 0;
    if (!ok) {
        setProblem(problem, ValuesTr::tr("%1 is too large").arg(quoted(text)));
        return std::nullopt;
    }
    if (number.negative && value != 0) {
        setProblem(problem, ValuesTr::tr("%1 is negative").arg(quoted(text)));
        return std::nullopt;
    }
    return value;
}

std::optional<double> parseDecimal(QStringView text, QChar decimalSeparator, QString *problem, bool *percent)
{
    if (problem)
        problem->clear();
    if (percent)
        *percent = false;
    if (isMissing(text))
        return std::nullopt;
    Number number;
    switch (parseNumber(text, decimalSeparator, &number)) {
    case Status::NotNumber:
        setProblem(problem, ValuesTr::tr("%1 is not a number").arg(quoted(text)));
        return std::nullopt;
    case Status::Ambiguous:
        setProblem(problem, ambiguousProblem(text, number.ambiguousSeparator));
        return std::nullopt;
    case Status::Ok:
        break;
    }
    QString normal = number.integer;
    if (!number.fraction.isEmpty())
        normal += u'.' + number.fraction;
    normal += number.exponent;
    bool ok = false;
    double value = normal.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        setProblem(problem, ValuesTr::tr("%1 is too large").arg(quoted(text)));
        return std::nullopt;
    }
    if (number.negative)
        value = -value;
    if (percent)
        *percent = number.percent;
    return value;
}

namespace {

// Month names as they appear in dates: Russian (genitive and nominative), Kazakh, English.
int monthFromName(QStringView name)
{
    static const QList<QStringList> months = {
        {QStringLiteral("января"), QStringLiteral("январь"), QStringLiteral("қаңтар"), QStringLiteral("january"), QStringLiteral("jan")},
        {QStringLiteral("февраля"), QStringLiteral("февраль"), QStringLiteral("ақпан"), QStringLiteral("february"), QStringLiteral("feb")},
        {QStringLiteral("марта"), QStringLiteral("март"), QStringLiteral("наурыз"), QStringLiteral("march"), QStringLiteral("mar")},
        {QStringLiteral("апреля"), QStringLiteral("апрель"), QStringLiteral("сәуір"), QStringLiteral("april"), QStringLiteral("apr")},
        {QStringLiteral("мая"), QStringLiteral("май"), QStringLiteral("мамыр"), QStringLiteral("may")},
        {QStringLiteral("июня"), QStringLiteral("июнь"), QStringLiteral("маусым"), QStringLiteral("june"), QStringLiteral("jun")},
        {QStringLiteral("июля"), QStringLiteral("июль"), QStringLiteral("шілде"), QStringLiteral("july"), QStringLiteral("jul")},
        {QStringLiteral("августа"), QStringLiteral("август"), QStringLiteral("тамыз"), QStringLiteral("august"), QStringLiteral("aug")},
        {QStringLiteral("сентября"), QStringLiteral("сентябрь"), QStringLiteral("қыркүйек"), QStringLiteral("september"), QStringLiteral("sep"), QStringLiteral("sept")},
        {QStringLiteral("октября"), QStringLiteral("октябрь"), QStringLiteral("қазан"), QStringLiteral("october"), QStringLiteral("oct")},
        {QStringLiteral("ноября"), QStringLiteral("ноябрь"), QStringLiteral("қараша"), QStringLiteral("november"), QStringLiteral("nov")},
        {QStringLiteral("декабря"), QStringLiteral("декабрь"), QStringLiteral("желтоқсан"), QStringLiteral("december"), QStringLiteral("dec")},
    };
    for (int m = 0; m < months.size(); ++m) {
        for (const QString &candidate : months.at(m)) {
            if (name.compare(candidate, Qt::CaseInsensitive) == 0)
                return m + 1;
        }
    }
    return 0;
}

std::optional<QDate> makeDate(QStringView text, int year, int month, int day, QString *problem)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1000) {
        setProblem(problem, ValuesTr::tr("%1 is not a real date").arg(quoted(text)));
        return std::nullopt;
    }
    return date;
}

} // namespace

std::optional<QDate> parseDate(QStringView text, QString *problem)
{
    if (problem)
        problem->clear();
    if (isMissing(text))
        return std::nullopt;
    const QStringView t = trimmed(text);

    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$"));
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})[./](\\d{1,2})[./](\\d{1,2})$"));
    static const QRegularExpression dayFirst(QStringLiteral(
        "^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2}|\\d{4})(?:\\s*(?:г\\.?|года|ж\\.?|жыл|жылы))?"
        "(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    static const QRegularExpression named(QStringLiteral(
        "^(\\d{1,2})\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})(?:\\s*(?:г\\.?|года|ж\\.?|жыл|жылы|жылғы))?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression namedEnglish(QStringLiteral("^(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$"),
                                                 QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression serial(QStringLiteral("^(\\d{1,7})(?:\\.(\\d+))?$"));

    if (const auto m = iso.match(t); m.hasMatch()) {
        if (m.hasCaptured(4)) {
            const int h = m.captured(4).toInt();
            const int min = m.captured(5).toInt();
            const int s = m.hasCaptured(6) ? m.captured(6).toInt() : 0;
            if (h > 24 || min > 59 || s > 60) {
                setProblem(problem, ValuesTr::tr("%1 is not a real date").arg(quoted(text)));
                return std::nullopt;
            }
        }
        return makeDate(text, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), problem);
    }
    if (const auto m = yearFirst.match(t); m.hasMatch())
        return makeDate(text, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), problem);
    if (const auto m = dayFirst.match(t); m.hasMatch()) {
        const int day = m.captured(1).toInt();
        const int month = m.captured(3).toInt();
        if (m.captured(4).size() == 2) {
            setProblem(problem, ValuesTr::tr("%1 has a two-digit year: write the year in full").arg(quoted(text)));
            return std::nullopt;
        }
        if (m.captured(2) == u"/" && month > 12 && day <= 12) {
            setProblem(problem, ValuesTr::tr("%1 puts the month first: write it as day.month.year or YYYY-MM-DD")
                                    .arg(quoted(text)));
            return std::nullopt;
        }
        return makeDate(text, m.captured(4).toInt(), month, day, problem);
    }
    if (const auto m = named.match(t); m.hasMatch()) {
        if (const int month = monthFromName(m.capturedView(2)); month > 0)
            return makeDate(text, m.captured(3).toInt(), month, m.captured(1).toInt(), problem);
    }
    if (const auto m = namedEnglish.match(t); m.hasMatch()) {
        if (const int month = monthFromName(m.capturedView(1)); month > 0)
            return makeDate(text, m.captured(3).toInt(), month, m.captured(2).toInt(), problem);
    }
    if (const auto m = serial.match(t); m.hasMatch()) {
        const qint64 days = m.captured(1).toLongLong();
        if (days >= 10000 && days <= 2958465)
            return QDate(1899, 12, 30).addDays(days);
        setProblem(problem, ValuesTr::tr("%1 is not a date (as a spreadsheet date number it is out of range)")
                                .arg(quoted(text)));
        return std::nullopt;
    }
    setProblem(problem, ValuesTr::tr("%1 is not a date").arg(quoted(text)));
    return std::nullopt;
}

std::optional<bool> parseBool(QStringView text, QString *problem, bool emptyIsFalse)
{
    if (problem)
        problem->clear();
    const QStringView t = trimmed(text);
    if (t.isEmpty()) {
        if (emptyIsFalse)
            return false;
        return std::nullopt;
    }
    static const QStringList yes = {
        QStringLiteral("yes"), QStringLiteral("y"),    QStringLiteral("true"), QStringLiteral("t"),
        QStringLiteral("1"),   QStringLiteral("да"),   QStringLiteral("д"),    QStringLiteral("иә"),
        QStringLiteral("ия"),  QStringLiteral("иа"),   QStringLiteral("✓"),    QStringLiteral("✔"),
        QStringLiteral("☑"),   QStringLiteral("x"),    QStringLiteral("х"),    QStringLiteral("+"),
        QStringLiteral("*"),   QStringLiteral("v"),    QStringLiteral("1.0"),
    };
    static const QStringList no = {
        QStringLiteral("no"),  QStringLiteral("n"),    QStringLiteral("false"), QStringLiteral("f"),
        QStringLiteral("0"),   QStringLiteral("нет"),  QStringLiteral("н"),     QStringLiteral("жоқ"),
        QStringLiteral("жок"), QStringLiteral("-"),    QStringLiteral("–"),     QStringLiteral("—"),
        QStringLiteral("0.0"),
    };
    for (const QString &word : yes) {
        if (t.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const QString &word : no) {
        if (t.compare(word, Qt::CaseInsensitive) == 0)
            return false;
    }
    setProblem(problem, ValuesTr::tr("%1 is not yes or no").arg(quoted(text)));
    return std::nullopt;
}

} // namespace Sailau::Import::Values
