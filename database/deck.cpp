// SPDX-License-Identifier: GPL-3.0-or-later
#include "deck.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Sailau {

namespace {

// One transaction that rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        return m_db.commit();
    }
    QString error() const { return m_db.lastError().text(); }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QList<DeckEntry> Deck::load(QString *error) const
{
    QList<DeckEntry> entries;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, position, chart, election_date, territory_id, options "
                                   "FROM presentation_deck ORDER BY position, id"))) {
        if (error)
            *error = query.lastError().text();
        return entries;
    }
    while (query.next()) {
        DeckEntry e;
        e.id = query.value(0).toLongLong();
        e.position = query.value(1).toInt();
        e.chart = query.value(2).toString();
        e.electionDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        e.territoryId = query.value(4).toLongLong();
        e.options = query.value(5).toString();
        entries.append(e);
    }
    return entries;
}

std::optional<qint64> Deck::append(const DeckEntry &entry, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isOpen()) {
        fail(error, tx.error());
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO presentation_deck (position, chart, election_date, territory_id, options) "
        "VALUES ((SELECT COALESCE(max(position) + 1, 0) FROM presentation_deck), ?, ?, ?, ?)"));
    query.addBindValue(entry.chart);
    query.addBindValue(entry.electionDate.isValid() ? QVariant(entry.electionDate.toString(Qt::ISODate)) : QVariant());
    query.addBindValue(entry.territoryId > 0 ? QVariant(entry.territoryId) : QVariant());
    query.addBindValue(entry.options.isEmpty() ? QVariant() : QVariant(entry.options));
    if (!query.exec()) {
        fail(error, query.lastError().text());
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!tx.commit()) {
        fail(error, m_db.lastError().text());
        return std::nullopt;
    }
    return id;
}

bool Deck::renumber(const QList<qint64> &order, QString *error)
{
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE presentation_deck SET position = ? WHERE id = ?"));
    for (int i = 0; i < order.size(); ++i) {
        update.addBindValue(i);
        update.addBindValue(order.at(i));
        if (!update.exec())
            return fail(error, update.lastError().text());
    }
    return true;
}

bool Deck::move(qint64 id, int position, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return fail(error, tx.error());
    QString message;
    const QList<DeckEntry> entries = load(&message);
    if (!message.isEmpty())
        return fail(error, message);
    QList<qint64> order;
    for (const DeckEntry &e : entries)
        order.append(e.id);
    const int from = int(order.indexOf(id));
    if (from < 0)
        return fail(error, QStringLiteral("no deck entry %1").arg(id));
    order.removeAt(from);
    order.insert(std::clamp(position, 0, int(order.size())), id);
    if (!renumber(order, error))
        return false;
    return tx.commit() || fail(error, m_db.lastError().text());
}

bool Deck::remove(qint64 id, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return fail(error, tx.error());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM presentation_deck WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(error, query.lastError().text());
    if (query.numRowsAffected() == 0)
        return fail(error, QStringLiteral("no deck entry %1").arg(id));
    QString message;
    QList<qint64> order;
    for (const DeckEntry &e : load(&message))
        order.append(e.id);
    if (!message.isEmpty())
        return fail(error, message);
    if (!renumber(order, error))
        return false;
    return tx.commit() || fail(error, m_db.lastError().text());
}

bool Deck::clear(QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM presentation_deck")))
        return fail(error, query.lastError().text());
    return true;
}

} // namespace Sailau
