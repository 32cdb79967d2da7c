// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <atomic>

namespace Sailau {

namespace {
std::atomic<int> g_language{int(Language::English)};
}

Language displayLanguage()
{
    return Language(g_language.load(std::memory_order_relaxed));
}

void setDisplayLanguage(Language language)
{
    g_language.store(int(language), std::memory_order_relaxed);
}

Language languageForLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Kazakh: return Language::Kazakh;
    case QLocale::Russian: return Language::Russian;
    default: return Language::English;
    }
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::Kazakh: return QStringLiteral("kk");
    case Language::Russian: return QStringLiteral("ru");
    case Language::English: return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

Language languageFromCode(const QString &code, Language fallback)
{
    if (code.startsWith(QLatin1String("kk")))
        return Language::Kazakh;
    if (code.startsWith(QLatin1String("ru")))
        return Language::Russian;
    if (code.startsWith(QLatin1String("en")))
        return Language::English;
    return fallback;
}

QLocale localeFor(Language language)
{
    switch (language) {
    case Language::Kazakh: return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    case Language::Russian: return QLocale(QLocale::Russian, QLocale::Kazakhstan);
    case Language::English: return QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    return QLocale::c();
}

QString localNameSql(const QString &alias, const QString &fallbackColumn)
{
    return QStringLiteral("COALESCE(%1.name_%2, %1.%3)").arg(alias, languageCode(displayLanguage()), fallbackColumn);
}

} // namespace Sailau
