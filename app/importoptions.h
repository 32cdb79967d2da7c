// SPDX-License-Identifier: GPL-3.0-or-later
// The options of `sailau import` and what they make: the mapping every file is read with and the
// import options of each file.
#pragma once

#include "importer.h"
#include "mapping.h"

#include <QCommandLineOption>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace Sailau::Cli {

class ImportCommandLine
{
public:
    // The options with their help texts, and the FILE... argument, added to parser.
    explicit ImportCommandLine(QCommandLineParser &parser);

    // After parsing: a file given, and --left-out only with --skip-invalid and one file. Says what
    // is wrong on err otherwise.
    bool checkArguments(QTextStream &err) const;
    // The mapping of --mapping with the other reading options over it; nothing after saying on
    // err what is wrong (a usage error).
    std::optional<Import::Mapping> mapping(QTextStream &err) const;
    // Each file given, in order, with the mapping and the import options chosen.
    QList<Import::ImportOptions> files(const Import::Mapping &mapping) const;
    bool quiet() const;

private:
    bool readDelimiters(Import::Mapping *mapping, QTextStream &err) const;
    bool readDefaults(Import::Mapping *mapping, QTextStream &err) const;
    bool readPositive(const QCommandLineOption &option, int *into, QTextStream &err) const;

    QCommandLineParser &m_parser;
    const QCommandLineOption m_mapping;
    const QCommandLineOption m_encoding;
    const QCommandLineOption m_delimiter;
    const QCommandLineOption m_decimal;
    const QCommandLineOption m_sheet;
    const QCommandLineOption m_header;
    const QCommandLineOption m_date;
    const QCommandLineOption m_level;
    const QCommandLineOption m_source;
    const QCommandLineOption m_complete;
    const QCommandLineOption m_dryRun;
    const QCommandLineOption m_quiet;
    const QCommandLineOption m_duplicate;
    const QCommandLineOption m_skip;
    const QCommandLineOption m_leftOut;
};

} // namespace Sailau::Cli
