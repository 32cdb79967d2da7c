// SPDX-License-Identifier: GPL-3.0-or-later
// What `sailau import` prints of each file it imported or refused.
#pragma once

#include "importer.h"

#include <QTextStream>

namespace Sailau::Cli {

// One file: its problems (warnings too unless quiet), then what was imported or would be (a dry
// run), the rows left out by --skip-invalid, or why the file was refused. Returns the exit code
// the file gives: Ok, or Failed when refused.
int printImportReport(const Import::ImportReport &report, const Import::ImportOptions &options, bool quiet,
                      QTextStream &out, QTextStream &err);

} // namespace Sailau::Cli
