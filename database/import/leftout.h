// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "territoryref.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace Sailau::Import {

struct Problem;
struct LeftOutRow;

// What a reading of the file learns when invalid races may be left out: the race each row went
// to, and the errors of rows and of races. A race with one bad row is left out whole.
class RowTracking
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Importer)
public:
    // Errors not yet given to a row or a race.
    QList<Problem> pending;
    // Errors given to rows and races; errors beyond these concern the file as a whole.
    qint64 attributed = 0;
    // Where each row went, for leftOut(); without it only the errors are counted.
    bool keepRows = true;

    // The row read last (race: its index in the import, -1 when it could not be placed): the
    // pending errors are its own.
    void addRow(qint64 line, int race, TerritoryRef territory, bool placed);
    // The race checked last: the pending errors from index `from` on are its own.
    void addRaceErrors(int race, qsizetype from);

    // The rows to leave out, by line, each with its reason; races counts the races left out.
    QHash<qint64, LeftOutRow> leftOut(int *races) const;

private:
    struct Row
    {
        qint64 line = 0;
        int race = -1;
        TerritoryRef territory;
        bool bad = false;
    };
    std::vector<Row> m_rows;
    QHash<qint64, QList<Problem>> m_rowErrors;   // line → its own errors
    QHash<int, Problem> m_raceErrors;            // race → the first error found when it was checked whole
};

// The rows an import left out, written so that they can be fixed and imported again: a CSV file
// keeps its own lines (its encoding, delimiter and the lines up to its header as they were), a
// workbook's rows become a UTF-8 CSV file with the header.
struct LeftOutFile
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Importer)
public:
    QString input;
    QString output;
    QString encoding;          // of the input; empty for a workbook
    qint64 headerLine = 0;     // the line (row) of the header
    QStringList header;        // a workbook's header cells
    QList<LeftOutRow> rows;    // in the order of the file

    // "data.csv" → "data.left-out.csv" beside it.
    static QString defaultPath(const QString &input);
    bool write(QString *why) const;

private:
    bool writeText(QByteArray *out, QString *why) const;
    QByteArray workbookRows() const;
};

} // namespace Sailau::Import
