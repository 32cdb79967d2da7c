// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Sailau {
class Store;
struct TerritoryInfo;
}

namespace Sailau::Cli {

// The region (or any territory) that --region names: an ISO 3166-2 code, a KATO code, or a name
// in any language and spelling. Nothing, with problem filled, when none or several match.
std::optional<TerritoryInfo> findRegion(const Store &store, const QString &text, QString *problem);

// `sailau export`: renders charts into PNG, JPEG, SVG or PDF files without a window.
//   --list                         the charts, one a line: the name --chart takes, then a description
//   --chart NAME --out FILE        one chart
//   --all --out DIR                every chart of the scope
// Exit codes: 0 done, 1 failed (message on stderr), 2 usage error.
int exportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Sailau::Cli
