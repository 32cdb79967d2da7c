// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Sailau {

// One slide of the presenter's deck: a chart (by its stable key), for a day and a territory,
// with chart options (for example the map's metric) as text.
struct DeckEntry
{
    qint64 id = 0;
    int position = 0;
    QString chart;
    QDate electionDate;
    qint64 territoryId = 0;      // 0: the country
    QString options;
};

// The presenter's deck, kept in the database it shows (table presentation_deck). Positions run
// 0, 1, 2 … without gaps; every change is one transaction.
class Deck
{
public:
    explicit Deck(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<DeckEntry> load(QString *error = nullptr) const;
    // Adds an entry at the end; returns its id.
    std::optional<qint64> append(const DeckEntry &entry, QString *error = nullptr);
    // Moves an entry to a position (clamped), shifting the others.
    bool move(qint64 id, int position, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    bool clear(QString *error = nullptr);

private:
    bool renumber(const QList<qint64> &order, QString *error);
    QSqlDatabase m_db;
};

} // namespace Sailau
