// SPDX-License-Identifier: GPL-3.0-or-later
// The translation context of the main window, shared by the parts it is made of.
#pragma once

#include <QCoreApplication>

namespace Sailau {

// The window's parts (its chart side, its desktop menus, its layout, its day list) translate
// their strings as the window's own: the catalogues hold them under Sailau::MainWindow.
struct MainWindowText
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::MainWindow)
};

} // namespace Sailau
