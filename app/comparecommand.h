// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Sailau::Cli {

// `sailau compare`: the races of the same territories on several election days, lined up, with
// the change between days; or (--aggregates) the figures of each day; or (--nominations) the
// candidates by nomination; or (--candidates) the candidates' and winners' sex, age and
// incumbency. CSV or JSON on standard output, or a file (--out).
// Exit codes: 0 done, 1 failed (an unknown day, a file not written), 2 usage error.
int compareCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Sailau::Cli
