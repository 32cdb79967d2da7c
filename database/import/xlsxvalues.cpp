// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include <QDate>
#include <QDateTime>

#include <cmath>

namespace Sailau::Import {

namespace Xlsx {

bool parseCellReference(QStringView ref, int *column, qint64 *row)
{
    qsizetype i = 0;
    int col = 0;
    if (i < ref.size() && ref[i] == u'$')
        ++i;
    const qsizetype lettersStart = i;
    while (i < ref.size()) {
        char16_t c = ref[i].unicode();
        if (c >= u'a' && c <= u'z')
            c = c - u'a' + u'A';
        if (c < u'A' || c > u'Z')
            break;
        col = col * 26 + (c - u'A' + 1);
        if (col > 16384)
            return false;
        ++i;
    }
    if (i == lettersStart)
        return false;
    if (i < ref.size() && ref[i] == u'$')
        ++i;
    qint64 r = 0;
    const qsizetype digitsStart = i;
    while (i < ref.size() && ref[i] >= u'0' && ref[i] <= u'9') {
        r = r * 10 + (ref[i].unicode() - u'0');
        if (r > 1048576 * 16)
            return false;
        ++i;
    }
    if (i != ref.size())
        return false;
    *column = col;
    *row = i == digitsStart ? 0 : r;
    return true;
}

FormatKind classifyNumberFormat(int id, QStringView code)
{
    if (id >= 14 && id <= 17)
        return FormatKind::Date;
    if (id == 22)
        return FormatKind::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return FormatKind::Time;
    // Locale-specific built-in date formats used by East Asian Excel versions.
    if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return FormatKind::Date;
    if (code.isEmpty())
        return FormatKind::Number;

    // A custom format: look at the letters outside quoted text, [brackets] and escaped characters,
    // in the first section only.
    bool day = false, month = false, year = false, hour = false, second = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        if (c == u'"') {
            while (++i < code.size() && code[i] != u'"') { }
            continue;
        }
        if (c == u'[') {
            // [h], [mm], [ss] are elapsed times; [Red], [$-419] are not letters of the format.
            const qsizetype close = code.indexOf(u']', i);
            const QStringView inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1);
            if (!inside.isEmpty()) {
                const char16_t first = inside[0].toLower().unicode();
                if (first == u'h')
                    hour = true;
                else if (first == u's')
                    second = true;
                else if (first == u'm' && inside.size() <= 2)
                    hour = true;
            }
            if (close < 0)
                break;
            i = close;
            continue;
        }
        if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
            continue;
        }
        if (c == u';')
            break;
        switch (QChar::toLower(c)) {
        case u'd': day = true; break;
        case u'm': month = true; break;
        case u'y': year = true; break;
        case u'h': hour = true; break;
        case u's': second = true; break;
        case u'e': year = year || code.mid(i, 2).compare(u"e+", Qt::CaseInsensitive) != 0; break;
        case u'g': // "General" and the Japanese era "g" formats
            if (code.mid(i, 7).compare(u"general", Qt::CaseInsensitive) == 0)
                i += 6;
            break;
        default: break;
        }
    }
    // "m" next to h or s is minutes.
    const bool time = hour || second;
    const bool date = day || year || (month && !time);
    if (date && time)
        return FormatKind::DateTime;
    if (date)
        return FormatKind::Date;
    if (time)
        return FormatKind::Time;
    return FormatKind::Number;
}

QString serialToIso(double serial, FormatKind kind, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0)
        return QString();
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    if (kind == FormatKind::Time && days == 0 && !date1904)
        return time.toString(QStringLiteral("HH:mm:ss"));
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        // Serial 60 is 29 February 1900, a day that did not exist (kept for Lotus 1-2-3).
        if (days == 60)
            return QString();
        if (days == 0)
            return seconds > 0 ? time.toString(QStringLiteral("HH:mm:ss")) : QString();
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    }
    if (!date.isValid())
        return QString();
    const QString iso = date.toString(Qt::ISODate);
    if (seconds == 0)
        return iso;
    return iso + u'T' + time.toString(QStringLiteral("HH:mm:ss"));
}

QString unescapeOoxml(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    const auto hex = [](QChar c) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return int(u - u'0');
        if (u >= u'a' && u <= u'f')
            return int(u - u'a' + 10);
        if (u >= u'A' && u <= u'F')
            return int(u - u'A' + 10);
        return -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            int value = 0;
            bool ok = true;
            for (int k = 2; k < 6 && ok; ++k) {
                const int h = hex(text[i + k]);
                ok = h >= 0;
                value = value * 16 + h;
            }
            if (ok) {
                out.append(QChar(char16_t(value)));
                i += 6;
                continue;
            }
        }
        out.append(text[i]);
    }
    return out;
}

} // namespace Xlsx

} // namespace Sailau::Import
