// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include "language.h"

namespace Sailau::Format {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Format)
};
} // namespace

QLocale locale()
{
    return localeFor(displayLanguage());
}

QString missing()
{
    return QStringLiteral("—");
}

QString count(const Count &value)
{
    return value ? count(*value) : missing();
}

QString count(qint64 value)
{
    return locale().toString(value);
}

QString percentValue(double percent, int decimals)
{
    const QLocale l = locale();
    const QString number = l.toString(percent, 'f', decimals);
    // English writes 62.79%; Russian and Kazakh put a no-break space before the sign.
    if (l.language() == QLocale::English)
        return number + QLatin1Char('%');
    return number + QChar(0x00A0) + QLatin1Char('%');
}

QString percent(const Ratio &share, int decimals)
{
    if (!share)
        return missing();
    return percentValue(*share * 100.0, decimals);
}

QString decimal(const Ratio &value, int decimals)
{
    if (!value)
        return missing();
    return locale().toString(*value, 'f', decimals);
}

QString date(const QDate &date)
{
    if (!date.isValid())
        return missing();
    const QLocale l = locale();
    if (l.language() == QLocale::English)
        return l.toString(date, QStringLiteral("d MMM yyyy"));
    return l.toString(date, QStringLiteral("dd.MM.yyyy"));
}

QString metric(Metrics::Metric m, const std::optional<double> &value)
{
    if (!value)
        return missing();
    if (m == Metrics::Metric::Candidates)
        return count(qint64(*value));
    if (Metrics::isShare(m))
        return percent(value, 1);
    return decimal(value, 2);
}

QString missingTooltip(Metrics::Reason reason)
{
    return Text::tr("Not known: %1").arg(Metrics::describe(reason));
}

QString levelName(const QString &level)
{
    if (level == QLatin1String("country")) return Text::tr("country");
    if (level == QLatin1String("region")) return Text::tr("region");
    if (level == QLatin1String("city_republican")) return Text::tr("city of republican significance");
    if (level == QLatin1String("district")) return Text::tr("district");
    if (level == QLatin1String("city_regional")) return Text::tr("city of regional significance");
    if (level == QLatin1String("regional_centre")) return Text::tr("regional centre");
    if (level == QLatin1String("rural_okrug")) return Text::tr("rural okrug");
    if (level == QLatin1String("rural")) return Text::tr("rural");
    if (level == QLatin1String("village")) return Text::tr("village");
    if (level == QLatin1String("city_district")) return Text::tr("city of district significance");
    if (level == QLatin1String("settlement")) return Text::tr("settlement");
    return level;
}

QString electionKindName(const QString &kind)
{
    if (kind == QLatin1String("regular")) return Text::tr("regular");
    if (kind == QLatin1String("early")) return Text::tr("early");
    if (kind == QLatin1String("repeat")) return Text::tr("repeat");
    return kind;
}

QString shareBasis(const QString &basis)
{
    if (basis == QLatin1String("ballots_cast")) return Text::tr("of ballots cast");
    if (basis == QLatin1String("valid_votes")) return Text::tr("of valid votes");
    if (basis == QLatin1String("voters")) return Text::tr("of voters on the lists");
    return {};
}

QString publishedShare(double percent, const QString &basis)
{
    const QString of = shareBasis(basis);
    return of.isEmpty() ? Text::tr("%1 (published, basis not known)").arg(percentValue(percent, 2))
                        : Text::tr("%1 %2 (published)").arg(percentValue(percent, 2), of);
}

QString sex(const QString &sex)
{
    if (sex == QLatin1String("m")) return Text::tr("male");
    if (sex == QLatin1String("f")) return Text::tr("female");
    return {};
}

QString fieldName(const QString &field)
{
    if (field == QLatin1String("voters")) return Text::tr("Voters on the lists");
    if (field == QLatin1String("ballots_issued")) return Text::tr("Ballots issued");
    if (field == QLatin1String("ballots_cast")) return Text::tr("Ballots cast");
    if (field == QLatin1String("invalid")) return Text::tr("Invalid ballots");
    if (field == QLatin1String("outside_station")) return Text::tr("Cast outside the station");
    if (field == QLatin1String("against_all")) return Text::tr("Against all");
    if (field == QLatin1String("polling_stations")) return Text::tr("Polling stations");
    if (field == QLatin1String("candidates_registered")) return Text::tr("Candidates registered");
    if (field == QLatin1String("turnout_published")) return Text::tr("Turnout as published");
    if (field == QLatin1String("against_all_published")) return Text::tr("Against all as published");
    return field;
}

} // namespace Sailau::Format
