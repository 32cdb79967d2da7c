// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sailau::Import {

// Sailau's fields that a column of an imported file can hold.
enum class Field {
    Ignore,
    ElectionDate,
    ElectionLevel,
    Region,
    District,
    Settlement,
    Kato,
    Voters,
    BallotsIssued,
    BallotsCast,
    Invalid,
    OutsideStation,
    AgainstAll,
    TurnoutPublished,
    AgainstAllPublished,
    PollingStations,
    CandidatesRegistered,
    Candidate,
    Nomination,
    Votes,
    VoteSharePublished,
    Elected,
    Winner,
    Sex,
    BirthYear,
    Age,
    Occupation,
    Incumbent,
    Source,
};
constexpr int FieldCount = int(Field::Source) + 1;

enum class FieldType { None, Date, Text, Count, Percent, Boolean };

class Fields
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Fields)
public:
    static QList<Field> all();                 // every field but Ignore, in dialog order
    static QString key(Field field);           // stable id for presets: "election_date", "votes" …
    static Field fromKey(const QString &key);  // Ignore when unknown
    static QString label(Field field);         // for people, translated
    static FieldType type(Field field);
    static bool isRaceFigure(Field field);     // repeated on each row of a race in the long layout
    static QString raceColumn(Field field);    // race.<column> for race figures

    // The field a header names, from its spelling in English, Russian or Kazakh ("Район",
    // "Аудан", "District"; "Голоса", "Дауыс саны", "Votes"; "Против всех", "Барлығына қарсы").
    static Field matchHeader(const QString &header);
    // One field per column; a field named twice keeps its first column.
    static QList<Field> matchHeaders(const QStringList &header);
};

} // namespace Sailau::Import
