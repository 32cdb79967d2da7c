// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Sailau::Cli {

// import, imports and undo-import are in importcommands.cpp, inspect in inspectcommand.cpp and
// generate in generatecommand.cpp.
int importCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int inspectCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int importsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int generateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int undoImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Sailau::Cli
