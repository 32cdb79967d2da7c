// SPDX-License-Identifier: GPL-3.0-or-later
// The translation context of the import dialog, shared by the parts it is made of.
#pragma once

#include <QCoreApplication>

namespace Sailau {

// The pages and lists of the import dialog translate their strings as the dialog's own: the
// catalogues hold them under Sailau::ImportDialog.
struct ImportDialogText
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::ImportDialog)
};

} // namespace Sailau
