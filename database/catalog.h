// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sailau {

// Writes and resolves the reference data that races point to: territories, sources, elections,
// parties. Used inside the caller's transaction by the sample loader and the import pipeline.
class Catalog
{
public:
    explicit Catalog(QSqlDatabase db);

    struct NewTerritory
    {
        qint64 parentId = 0;         // 0: no parent (the country)
        QString level;               // territory.level
        QString name;                // as first given
        QString nameKk, nameRu, nameEn;
        QString kato, iso;
        QStringList aliases;
        std::optional<int> tileRow, tileCol;
        qint64 batchId = 0;
        bool synthetic = false;
    };
    std::optional<qint64> insertTerritory(const NewTerritory &territory, QString *error);
    bool addTerritoryAlias(qint64 territoryId, const QString &alias, qint64 batchId, QString *error);

    // Finds or adds a source by URL (or file name).
    std::optional<qint64> sourceId(const QString &url, QString *error);

    struct ElectionTitles
    {
        QString kk, ru, en;
    };
    std::optional<qint64> electionId(const QDate &date, const QString &level, const QString &kind,
                                     const ElectionTitles &titles, qint64 batchId, QString *error);

    // What a nomination cell says: a party (by name, short name or former name valid on the
    // date), self-nomination, or nothing known.
    struct Nomination
    {
        qint64 partyId = 0;
        bool selfNominated = false;
        bool known = false;
    };
    Nomination resolveNomination(const QString &text, const QDate &date);

    // "Против всех", "Барлығына қарсы", "against all", "Barlyǵyna qarsy (against all)" …
    static bool isAgainstAll(const QString &name);
    static bool isAgainstAllKey(const QString &nameKey);   // the same, of TextKey::nameKey()
    static bool isSelfNomination(const QString &text);

    // Default titles for an election of a level ("district", "city_regional", …).
    static ElectionTitles defaultTitles(const QString &level);

private:
    void loadParties();

    QSqlDatabase m_db;
    bool m_partiesLoaded = false;
    struct PartyAlias
    {
        qint64 partyId;
        QDate validFrom, validTo;
    };
    QHash<QString, QList<PartyAlias>> m_partyAliases;
    QHash<QString, qint64> m_sources;
};

} // namespace Sailau
