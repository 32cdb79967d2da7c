// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "language.h"
#include "translations.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>

namespace Sailau {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    setIcon(QIcon(QStringLiteral(":/icons/language.svg")));
    auto *group = new QActionGroup(this);
    // The saved choice, unless the window shows another language (sailau --language ru).
    QString chosen = Translations::savedChoice();
    if (Translations::resolve(chosen) != displayLanguage())
        chosen = languageCode(displayLanguage());
    auto add = [&](const QString &text, const QString &code) {
        QAction *a = addAction(text, this, [this, code] { emit languageChosen(code); });
        a->setObjectName(QStringLiteral("actionLanguage-") + (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == chosen);
        group->addAction(a);
    };
    add(tr("&System (%1)").arg(Translations::nativeName(Translations::resolve({}))), QString());
    addSeparator();
    add(QStringLiteral("&Қазақша"), QStringLiteral("kk"));
    add(QStringLiteral("&Русский"), QStringLiteral("ru"));
    add(QStringLiteral("&English"), QStringLiteral("en"));
}

} // namespace Sailau
