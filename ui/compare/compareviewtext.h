// SPDX-License-Identifier: GPL-3.0-or-later
// The translation context of the Compare Elections view, shared by the parts it is made of.
#pragma once

#include <QCoreApplication>

namespace Sailau {

// The view's parts (its tabs of charts and tables) translate their strings as the view's own:
// the catalogues hold them under Sailau::CompareView.
struct CompareViewText
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::CompareView)
};

} // namespace Sailau
