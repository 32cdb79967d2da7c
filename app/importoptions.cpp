// SPDX-License-Identifier: GPL-3.0-or-later
// The options of `sailau import`: their help texts, their checks, and the mapping and per-file
// import options they give.
#include "importoptions.h"

#include "importcli.h"
#include "textcodec.h"

#include <QCommandLineParser>

namespace Sailau::Cli {

ImportCommandLine::ImportCommandLine(QCommandLineParser &parser)
    : m_parser(parser)
    , m_mapping({QStringLiteral("m"), QStringLiteral("mapping")},
                CliText::tr("A mapping preset by name, or a preset JSON file."), QStringLiteral("PRESET"))
    , m_encoding(QStringLiteral("encoding"), CliText::tr("UTF-8, UTF-16LE, UTF-16BE or windows-1251 (default: detected)."),
                 QStringLiteral("E"))
    , m_delimiter(QStringLiteral("delimiter"), CliText::tr("The delimiter: , ; | or tab (default: detected)."),
                  QStringLiteral("D"))
    , m_decimal(QStringLiteral("decimal"), CliText::tr("The decimal separator: . or , (default: detected)."),
                QStringLiteral("C"))
    , m_sheet(QStringLiteral("sheet"), CliText::tr("XLSX: the sheet, counting from 1 (default 1)."), QStringLiteral("N"))
    , m_header(QStringLiteral("header-row"),
               CliText::tr("The row that holds the column names, counting from 1 (default: detected)."),
               QStringLiteral("N"))
    , m_date(QStringLiteral("date"), CliText::tr("The election date for a file without a date column."),
             QStringLiteral("YYYY-MM-DD"))
    , m_level(QStringLiteral("level"),
              CliText::tr("The election level: district, city_regional, regional_centre or rural."),
              QStringLiteral("LEVEL"))
    , m_source(QStringLiteral("source"), CliText::tr("The source of rows that name none (a URL or a document)."),
               QStringLiteral("TEXT"))
    , m_complete(QStringLiteral("complete-lists"),
                 CliText::tr("Every race of the file lists all its candidates with their votes "
                             "(without this, a list counts as complete only where the registered "
                             "count or the ballots show it)."))
    , m_dryRun(QStringLiteral("dry-run"), CliText::tr("Check the file and report, but write nothing."))
    , m_quiet({QStringLiteral("q"), QStringLiteral("quiet")}, CliText::tr("Do not print warnings."))
    , m_duplicate(QStringLiteral("allow-duplicate"),
                  CliText::tr("Import a file even when the same file (the same SHA-256) was "
                              "imported before."))
    , m_skip(QStringLiteral("skip-invalid"),
             CliText::tr("Import the valid races and leave out those with errors (each race whole, "
                         "with all its rows); the rows left out are listed and written to a file "
                         "that can be fixed and imported again. Errors about the file as a whole "
                         "still refuse it."))
    , m_leftOut(QStringLiteral("left-out"),
                CliText::tr("With --skip-invalid: the file for the rows left out (default: "
                            "NAME.left-out.csv beside the file)."),
                QStringLiteral("FILE"))
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CliText::tr("The file to import (CSV, TSV, TXT or XLSX); several files (a races file and "
                                             "a candidates file, say) are read in the order given, each seeing the races "
                                             "of the ones before it, and imported in one transaction: all of them, or "
                                             "none when one is refused."),
                                 QStringLiteral("FILE..."));
    parser.addOptions({databaseOption, m_mapping, m_encoding, m_delimiter, m_decimal, m_sheet, m_header, m_date,
                       m_level, m_source, m_complete, m_dryRun, m_quiet, m_duplicate, m_skip, m_leftOut});
}

bool ImportCommandLine::checkArguments(QTextStream &err) const
{
    if (m_parser.positionalArguments().isEmpty()) {
        err << CliText::tr("sailau import: give the file to import.") << '\n'
            << CliText::tr("Try 'sailau import --help'.") << '\n';
        return false;
    }
    if (m_parser.isSet(m_leftOut) && (!m_parser.isSet(m_skip) || m_parser.positionalArguments().size() > 1)) {
        err << CliText::tr("sailau import: --left-out goes with --skip-invalid and one file.") << '\n';
        return false;
    }
    return true;
}

std::optional<Import::Mapping> ImportCommandLine::mapping(QTextStream &err) const
{
    Import::Mapping mapping;
    if (m_parser.isSet(m_mapping)) {
        QString why;
        const auto preset = Import::Presets::load(m_parser.value(m_mapping), &why);
        if (!preset) {
            err << QStringLiteral("sailau import: ") << why << '\n';
            return std::nullopt;
        }
        mapping = *preset;
    }
    if (!readDelimiters(&mapping, err))
        return std::nullopt;
    if (!readPositive(m_sheet, &mapping.sheet, err) || !readPositive(m_header, &mapping.headerRow, err))
        return std::nullopt;
    if (!readDefaults(&mapping, err))
        return std::nullopt;
    return mapping;
}

// --encoding, --delimiter and --decimal.
bool ImportCommandLine::readDelimiters(Import::Mapping *mapping, QTextStream &err) const
{
    if (m_parser.isSet(m_encoding)) {
        const auto encoding = Import::encodingFromName(m_parser.value(m_encoding));
        if (!encoding) {
            err << CliText::tr("sailau import: unknown encoding '%1' (UTF-8, UTF-16LE, UTF-16BE or windows-1251)")
                       .arg(m_parser.value(m_encoding)) << '\n';
            return false;
        }
        mapping->encoding = Import::encodingName(*encoding);
    }
    if (m_parser.isSet(m_delimiter)) {
        bool ok = false;
        mapping->delimiter = delimiterFrom(m_parser.value(m_delimiter), &ok);
        if (!ok) {
            err << CliText::tr("sailau import: the delimiter must be , ; | or tab, not '%1'").arg(m_parser.value(m_delimiter))
                << '\n';
            return false;
        }
    }
    if (m_parser.isSet(m_decimal)) {
        const QString d = m_parser.value(m_decimal);
        if (d != QLatin1String(".") && d != QLatin1String(",")) {
            err << CliText::tr("sailau import: the decimal separator must be . or ,") << '\n';
            return false;
        }
        mapping->decimalSeparator = d.at(0);
    }
    return true;
}

// --sheet and --header-row: numbers from 1, kept from 0.
bool ImportCommandLine::readPositive(const QCommandLineOption &option, int *into, QTextStream &err) const
{
    if (!m_parser.isSet(option))
        return true;
    bool ok = false;
    const int n = m_parser.value(option).toInt(&ok);
    if (!ok || n < 1) {
        err << CliText::tr("sailau import: --%1 takes a number from 1, not '%2'")
                   .arg(option.names().constLast(), m_parser.value(option))
            << '\n';
        return false;
    }
    *into = n - 1;
    return true;
}

// What rows that name none get: --date, --level and --source; and --complete-lists.
bool ImportCommandLine::readDefaults(Import::Mapping *mapping, QTextStream &err) const
{
    if (m_parser.isSet(m_date)) {
        mapping->defaultDate = QDate::fromString(m_parser.value(m_date), Qt::ISODate);
        if (!mapping->defaultDate.isValid()) {
            err << CliText::tr("sailau import: --date takes YYYY-MM-DD, not '%1'").arg(m_parser.value(m_date)) << '\n';
            return false;
        }
    }
    if (m_parser.isSet(m_level)) {
        static const QStringList levels = {QStringLiteral("district"), QStringLiteral("city_regional"),
                                           QStringLiteral("regional_centre"), QStringLiteral("rural")};
        if (!levels.contains(m_parser.value(m_level))) {
            err << CliText::tr("sailau import: --level must be one of %1").arg(levels.join(QStringLiteral(", "))) << '\n';
            return false;
        }
        mapping->defaultLevel = m_parser.value(m_level);
    }
    if (m_parser.isSet(m_source))
        mapping->defaultSource = m_parser.value(m_source);
    if (m_parser.isSet(m_complete))
        mapping->candidateListsComplete = true;
    return true;
}

QList<Import::ImportOptions> ImportCommandLine::files(const Import::Mapping &mapping) const
{
    QList<Import::ImportOptions> files;
    for (const QString &path : m_parser.positionalArguments()) {
        Import::ImportOptions options;
        options.path = path;
        options.mapping = mapping;
        options.dryRun = m_parser.isSet(m_dryRun);
        options.allowDuplicate = m_parser.isSet(m_duplicate);
        options.maxProblems = 100000;
        options.skipInvalid = m_parser.isSet(m_skip);
        options.leftOutPath = m_parser.value(m_leftOut);
        files.append(options);
    }
    return files;
}

bool ImportCommandLine::quiet() const
{
    return m_parser.isSet(m_quiet);
}

} // namespace Sailau::Cli
