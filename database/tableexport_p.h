// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of the table writer: the cells, CSV and the file under both formats
// (tableexport.cpp), and the XLSX package with its one sheet (tableexportxlsx.cpp).
#pragma once

#include "tableexport.h"

#include <QByteArray>
#include <QSaveFile>

#include <quazip.h>
#include <quazipfile.h>

#include <memory>

namespace Sailau::TableExport {

// What a cell holds, as both formats write it (see the header for the rules).
enum class CellKind { Missing, Integer, Number, Date, Text };

CellKind kindOf(const QVariant &cell);
QString integerText(const QVariant &cell);
// The shortest text that reads back as the same double, with a decimal point.
QString numberText(double value);

struct TableWriter::Private
{
    QString path;
    Options options;
    // Declared in this order so that the ZIP entry closes before the archive, and the archive
    // before the file under it.
    std::unique_ptr<QSaveFile> file;
    std::unique_ptr<QuaZip> zip;
    std::unique_ptr<QuaZipFile> sheet;
    QByteArray buffer;
    QList<ColumnStyle> styles;
    qint64 sheetRows = 0;     // rows in the file, the header included
    qint64 dataRows = 0;
    bool begun = false;
    bool done = false;
    QString error;

    bool fail(const QString &message);
    QString writeProblem();
    void discard();
    bool flush(bool force);

    // CSV (tableexport.cpp): the byte order mark and the header row.
    bool beginCsv(const QStringList &header);
    void appendCsvRow(const QStringList &fields);
    bool commitCsv();

    // XLSX (tableexportxlsx.cpp): the archive with the package's parts, then the sheet, row by
    // row, closed and committed with the archive.
    bool beginXlsx(const QStringList &header);
    bool writeEntry(const QString &name, const QByteArray &data);
    void appendXlsxRow(const QVariantList &cells, bool header);
    bool commitXlsx();
};

} // namespace Sailau::TableExport
