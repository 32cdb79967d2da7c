// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fields.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Sailau::Import {

class TableReader;
class TerritoryMatcher;

// Files of published totals: what a Central Election Commission press release gives for an
// election or a region (voters, ballots, turnout, races, candidates, winners by nomination). They
// are kept as published figures, shown in the summary beside what Sailau computes, never as races.
//
// Two layouts are recognised from the header:
//  - one row per figure: a "metric" column and a "value" column («показатель» / «значение»,
//    «көрсеткіш» / «мәні»), with date, territory, unit, notes and source where given;
//  - one row per territory: a region column and columns of figures (voters, turnout, races,
//    candidates …), and no district, settlement or candidate column (those make a file of races).
struct TotalsLayout
{
    bool onePerFigure = false;
    int date = -1;
    int scope = -1;
    int territory = -1;
    int metric = -1;
    int value = -1;
    int unit = -1;
    int notes = -1;
    int source = -1;
    // One row per territory: the columns of figures and the metric each holds.
    struct FigureColumn
    {
        int column = -1;
        QString metric;      // "voters on lists", "turnout" …: the summary's own names
        bool percent = false;
    };
    QList<FigureColumn> figures;
    // Columns of the file that neither layout uses (named in a warning).
    QList<int> unused;
};

struct PublishedRow
{
    QDate date;
    QString scope;
    qint64 territoryId = 0;
    QString territoryName;   // as the file writes it
    QString metric;
    std::optional<double> value;
    QString valueText;       // a figure that is not a number ("2024–2025")
    QString unit;            // "count", "percent" or as written
    QString notes;
    QString source;
    qint64 line = 0;
};

class Totals
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Totals)
public:
    // The layout of a file of totals with this header, or nothing when the file is not one.
    static std::optional<TotalsLayout> recognise(const QStringList &header, const QList<Field> &fields);
    // The name the summary knows a figure by ("Явка" → "turnout"), or the text as written.
    static QString metricName(const QString &written);

    // A problem found: error or warning, line (0: the file), 1-based column (0: none), the cell, a sentence.
    using ProblemSink = std::function<void(bool error, qint64 line, int column, const QString &value, const QString &message)>;
    // Reads the rows after the header; rows with errors are not kept. Returns false when the file
    // cannot be read further.
    static bool read(TableReader &reader, const TotalsLayout &layout, const QStringList &header, QChar decimal,
                     const QDate &defaultDate, const QString &defaultSource, const TerritoryMatcher &territories,
                     const ProblemSink &problem, QList<PublishedRow> *rows);
    // Writes the rows as published figures of batchId, inside the caller's transaction.
    static bool write(QSqlDatabase db, qint64 batchId, const QList<PublishedRow> &rows, QString *error);
};

} // namespace Sailau::Import
