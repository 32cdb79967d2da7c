// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "racequery.h"
#include "tableexport.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace Sailau {

// The candidates of some races as a table, one row per candidate: the race (day, region,
// territory), the candidate's name, nomination, votes, published share with its basis, the elected
// mark, sex, birth year or age, occupation, whether the sitting akim stood, and the sources.
// File → Export Candidates and `sailau metrics --candidates` both write it. A figure the store
// does not hold is a missing cell, never 0 or "no".
class CandidateTable
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::CandidateTable)
public:
    enum Column {
        RaceId,
        Date,
        Region,
        Territory,
        Name,
        Nomination,
        Votes,
        VoteSharePublished,   // percent, as published
        VoteShareBasis,
        Elected,
        Sex,
        BirthYear,
        Age,                  // at the election, where only the age is given
        Occupation,
        Incumbent,
        Sources,
    };
    static constexpr int ColumnCount = Sources + 1;

    // Who reads the file: people (translated titles and words: "female", "yes") or scripts
    // (the keys below, m/f, true/false).
    enum class Audience { People, Scripts };

    explicit CandidateTable(Audience audience) : m_audience(audience) {}

    // race_id, date, region, territory, candidate, nomination, votes, vote_share_published, …
    static QString key(Column column);
    // The column's title in the display language.
    static QString title(Column column);
    QStringList header() const;
    QList<TableExport::ColumnStyle> styles() const;

    // The candidates of races, race by race in the order given, each race's candidates in ballot
    // order. Cells are typed as TableExport expects (an invalid QVariant is missing); for scripts,
    // a yes/no is a bool. Empty with error filled when the store cannot be read.
    QList<QVariantList> rows(const QSqlDatabase &db, const QList<RaceRow> &races, QString *error = nullptr) const;

private:
    // The candidates of a part of the races (at most RacesPerQuery), appended to out race by race.
    bool readPart(const QSqlDatabase &db, const QList<RaceRow> &part, QList<QVariantList> *out, QString *error) const;
    // The row of the candidate the query is on, in its race.
    QVariantList row(const QSqlQuery &query, const RaceRow &race) const;
    // The nomination as a person reads it: the party's name, "self-nominated", else as given.
    QVariant nominationCell(const QSqlQuery &query) const;
    QVariant yesNoCell(const QVariant &value) const;
    QVariant sexCell(const QString &sex) const;
    QVariant basisCell(const QString &basis) const;

    Audience m_audience;
};

} // namespace Sailau
