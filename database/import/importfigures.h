// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fields.h"

#include <QString>
#include <QtGlobal>

#include <algorithm>

#include <array>
#include <cmath>
#include <optional>

namespace Sailau::Import {

// The race figures a file can give, in race table column order.
constexpr std::array<Field, 8> countFields = {Field::Voters, Field::BallotsIssued, Field::BallotsCast,
                                              Field::Invalid, Field::OutsideStation, Field::AgainstAll,
                                              Field::PollingStations, Field::CandidatesRegistered};
constexpr int FigureCount = int(countFields.size());
constexpr int TurnoutSlot = FigureCount;            // the published turnout, a percentage
constexpr int AgainstAllShareSlot = FigureCount + 1;  // the published share of "against all", a percentage
constexpr int SlotCount = FigureCount + 2;

inline int figureSlot(Field f)
{
    for (int i = 0; i < FigureCount; ++i) {
        if (countFields[size_t(i)] == f)
            return i;
    }
    return f == Field::TurnoutPublished ? TurnoutSlot : f == Field::AgainstAllPublished ? AgainstAllShareSlot : -1;
}

inline Field slotField(int slot)
{
    return slot == TurnoutSlot           ? Field::TurnoutPublished
        : slot == AgainstAllShareSlot    ? Field::AgainstAllPublished
                                         : countFields[size_t(slot)];
}

// What a published percentage is a share of. Stored as its key; Unknown is NULL.
enum class ShareBasis : qint8 { Unknown, BallotsCast, ValidVotes, Voters };

inline const char *shareBasisKey(ShareBasis basis)
{
    switch (basis) {
    case ShareBasis::BallotsCast: return "ballots_cast";
    case ShareBasis::ValidVotes: return "valid_votes";
    case ShareBasis::Voters: return "voters";
    case ShareBasis::Unknown: break;
    }
    return nullptr;
}

// Digits after the decimal separator of a published percentage as written ("45,20 %": 2).
inline int decimalsWritten(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && !text.at(end - 1).isDigit())
        --end;
    qsizetype i = end;
    while (i > 0 && text.at(i - 1).isDigit())
        --i;
    if (i > 0 && (text.at(i - 1) == QLatin1Char(',') || text.at(i - 1) == QLatin1Char('.')))
        return int(std::min<qsizetype>(end - i, 6));
    return 0;
}

// A figure as the file gives it, and where (compact: a race holds nine).
struct Figure
{
    union {
        qint64 countValue = 0;
        double percentValue;
    };
    quint32 line = 0;
    quint16 column = 0;
    quint8 kind = 0;               // 0 not set, 1 a count, 2 a percentage
    quint8 decimals = 0;           // of a percentage, as written

    static Figure ofCount(qint64 value, qint64 line, int column)
    {
        Figure f;
        f.countValue = value;
        f.kind = 1;
        f.line = quint32(line);
        f.column = quint16(column);
        return f;
    }
    static Figure ofPercent(double value, qint64 line, int column)
    {
        Figure f;
        f.percentValue = value;
        f.kind = 2;
        f.line = quint32(line);
        f.column = quint16(column);
        return f;
    }
    bool isSet() const { return kind != 0; }
    std::optional<qint64> count() const { return kind == 1 ? std::optional<qint64>(countValue) : std::nullopt; }
    std::optional<double> percent() const { return kind == 2 ? std::optional<double>(percentValue) : std::nullopt; }
    bool operator==(const Figure &o) const
    {
        if (kind != o.kind)
            return false;
        if (kind == 1)
            return countValue == o.countValue;
        if (kind == 2)
            return std::abs(percentValue - o.percentValue) < 1e-9;
        return true;
    }
};
static_assert(sizeof(Figure) == 16);
using FigureSet = std::array<Figure, SlotCount>;

} // namespace Sailau::Import
