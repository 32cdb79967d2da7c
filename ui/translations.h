// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Sailau::Translations {

// The language the user chose in View → Language ("kk", "ru" or "en"), or an empty string to
// follow the system's locale. Kept in QSettings under ui/language.
QString savedChoice();
void saveChoice(const QString &code);

// The language a choice stands for: the code's, else the system locale's (Kazakh, Russian,
// anything else English).
Language resolve(const QString &choice, const QLocale &system = QLocale::system());

// Installs Sailau's catalogue and Qt's own (standard buttons and dialogs) for language,
// replacing those installed before; makes it the display language of names and the default
// locale of numbers and dates. Returns the catalogues loaded ("sailau_ru", "qtbase_ru" …).
QStringList install(Language language);

// The catalogues install() loaded last.
QStringList installed();

// The language's name in itself: "Қазақша", "Русский", "English".
QString nativeName(Language language);

} // namespace Sailau::Translations
