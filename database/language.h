// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Sailau {

// The language names of territories, elections and parties are shown in. Set once by the
// application (from the system locale or the user's choice); a name unknown in that language
// falls back to the name as imported.
enum class Language { Kazakh, Russian, English };

Language displayLanguage();
void setDisplayLanguage(Language language);
Language languageForLocale(const QLocale &locale);
QString languageCode(Language language);          // "kk", "ru", "en"
Language languageFromCode(const QString &code, Language fallback = Language::English);
QLocale localeFor(Language language);

// The name in the display language, else the name as imported.
inline QString localName(const QString &kk, const QString &ru, const QString &en, const QString &asImported)
{
    const QString *preferred = nullptr;
    switch (displayLanguage()) {
    case Language::Kazakh: preferred = &kk; break;
    case Language::Russian: preferred = &ru; break;
    case Language::English: preferred = &en; break;
    }
    return preferred->isEmpty() ? asImported : *preferred;
}

// The SQL expression that picks the display-language name of table alias a (with name_kk/_ru/_en
// and a fallback column), for sorting in SQL.
QString localNameSql(const QString &alias, const QString &fallbackColumn = QStringLiteral("name"));

} // namespace Sailau
