// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace Sailau::Translations {

namespace {

const QString settingsKey = QStringLiteral("ui/language");

// The translators install() put in, owned by the application object.
std::vector<QPointer<QTranslator>> &current()
{
    static std::vector<QPointer<QTranslator>> translators;
    return translators;
}

QStringList &names()
{
    static QStringList loaded;
    return loaded;
}

// Loads base_code from the first folder that has it.
bool load(const QString &base, const QString &code, const QStringList &folders)
{
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    for (const QString &folder : folders) {
        if (translator->load(base + QLatin1Char('_') + code, folder)) {
            QCoreApplication::installTranslator(translator.get());
            current().emplace_back(translator.release());
            names().append(base + QLatin1Char('_') + code);
            return true;
        }
    }
    return false;
}

} // namespace

QString savedChoice()
{
    const QString code = QSettings().value(settingsKey).toString();
    if (code == QLatin1String("kk") || code == QLatin1String("ru") || code == QLatin1String("en"))
        return code;
    return {};
}

void saveChoice(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, code);
}

Language resolve(const QString &choice, const QLocale &system)
{
    if (!choice.isEmpty())
        return languageFromCode(choice, languageForLocale(system));
    // A Kazakh desktop often lists Russian second: take the first of the UI languages we have.
    for (const QString &name : system.uiLanguages()) {
        const QString code = name.left(2).toLower();
        if (code == QLatin1String("kk") || code == QLatin1String("ru") || code == QLatin1String("en"))
            return languageFromCode(code);
    }
    return languageForLocale(system);
}

QStringList install(Language language)
{
    for (const QPointer<QTranslator> &t : current()) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t.data();
        }
    }
    current().clear();
    names().clear();

    const QString code = languageCode(language);
    const QString bundled = QStringLiteral(":/i18n");
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // Sailau's own strings; the English catalogue holds only the plural forms.
    load(QStringLiteral("sailau"), code, {bundled});
    if (language != Language::English) {
        // Qt's standard buttons and dialogs: Debian's qt6-translations-l10n for Russian; for
        // Kazakh, which it lacks, the small catalogue bundled with Sailau.
        if (!load(QStringLiteral("qtbase"), code, {qtFolder, bundled}))
            load(QStringLiteral("qt"), code, {qtFolder});
    }

    setDisplayLanguage(language);
    QLocale::setDefault(localeFor(language));
    return names();
}

QStringList installed()
{
    return names();
}

QString nativeName(Language language)
{
    switch (language) {
    case Language::Kazakh: return QStringLiteral("Қазақша");
    case Language::Russian: return QStringLiteral("Русский");
    case Language::English: return QStringLiteral("English");
    }
    return {};
}

} // namespace Sailau::Translations
