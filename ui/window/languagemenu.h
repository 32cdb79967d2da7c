// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Sailau {

// View → Language: the system's language, Kazakh, Russian or English, each named in itself so
// that it can be found whatever the current one is; the one shown now is checked.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    // A language was chosen: its code ("kk", "ru", "en"), or empty for the system's.
    void languageChosen(const QString &code);
};

} // namespace Sailau
