// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fields.h"

#include <QtGlobal>

#include <array>
#include <cmath>
#include <optional>

namespace Sailau::Import {

// The race figures a file can give, in race table column order.
constexpr std::array<Field, 8> countFields = {Field::Voters, Field::BallotsIssued, Field::BallotsCast,
                                              Field::Invalid, Field::OutsideStation, Field::AgainstAll,
                                              Field::PollingStations, Field::CandidatesRegistered};
constexpr int FigureCount = int(countFields.size());
constexpr int TurnoutSlot = FigureCount; // the published turnout, a percentage

inline int figureSlot(Field f)
{
    for (int i = 0; i < FigureCount; ++i) {
        if (countFields[size_t(i)] == f)
            return i;
    }
    return f == Field::TurnoutPublished ? TurnoutSlot : -1;
}

inline Field slotField(int slot)
{
    return slot == TurnoutSlot ? Field::TurnoutPublished : countFields[size_t(slot)];
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
using FigureSet = std::array<Figure, FigureCount + 1>;

} // namespace Sailau::Import
