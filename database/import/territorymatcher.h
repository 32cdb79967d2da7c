// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Sailau::Import {

// Finds the territories an imported file names, by normalised name (Unicode NFC, case folding,
// Latin/Cyrillic look-alikes, "район"/"ауданы"/"district" words dropped) and by every alias,
// within the parent the file gives. All territories are held in memory for the import.
class TerritoryMatcher
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::TerritoryMatcher)
public:
    struct Entry
    {
        qint64 id = 0;
        qint64 parentId = 0;
        QString level;
        QString name;
        QString kato;
        bool firstLevel() const
        {
            return level == QLatin1String("region") || level == QLatin1String("city_republican");
        }
    };

    struct Suggestion
    {
        qint64 id = 0;
        QString name;       // display name
        QString path;       // "область Жетісу / Кербулакский район"
        int distance = 0;   // 0: same key (an ambiguous exact match)
    };

    // Matched: one unit has that name. New: none has (suggestions may list near names).
    // Ambiguous: several have it. Unknown: none, and it cannot be created there.
    enum class Status { Matched, New, Ambiguous, Unknown };

    struct Result
    {
        Status status = Status::Unknown;
        qint64 id = 0;                  // when matched
        QList<Suggestion> suggestions;  // the candidates when ambiguous; near names otherwise
    };

    explicit TerritoryMatcher(QSqlDatabase db);
    bool load(QString *error);

    // A first-level unit (region or city of republican significance) by name, alias or code.
    Result matchRegion(const QString &name) const;
    // A unit under parent (0: anywhere below the first level) by name or alias.
    Result matchChild(qint64 parentId, const QString &name) const;
    std::optional<qint64> byKato(const QString &kato) const;
    // A unit anywhere below a first-level unit by name or alias (a city or village a file names
    // without its district); only exact matches, never a new unit.
    Result matchBelow(qint64 regionId, const QString &name) const;

    // Remembers a territory created during the import so that later rows find it.
    void add(const Entry &entry, const QStringList &aliases = {});

    const Entry *entry(qint64 id) const;
    QString path(qint64 id) const;      // names from the top, joined with " / "
    qint64 countryId() const { return m_countryId; }

    // The level of a new unit from the words of its name ("город" → city, "сельский округ" →
    // rural okrug …), given the level of its parent.
    static QString levelForNewChild(const QString &name, const QString &parentLevel);
    // The same, of TextKey::fold(name).
    static QString levelForNewChildOfFolded(const QString &folded, const QString &parentLevel);

private:
    // Units under parentId whose name is the Russian adjective of this one's, or the noun of it
    // (folded: TextKey::fold() of the name; key: its match key).
    QList<qint64> adjectiveMatches(qint64 parentId, const QString &folded, const QString &key) const;
    Result resolve(const QList<qint64> &candidates, const QString &key, const QList<qint64> &pool) const;

    QSqlDatabase m_db;
    QHash<qint64, Entry> m_entries;
    static constexpr int MaxSuggestionPool = 400;
    QMultiHash<QString, qint64> m_byKey;          // match key → territory (names and aliases)
    QHash<qint64, QStringList> m_keysOf;          // territory → its match keys
    QHash<qint64, QList<qint64>> m_children;
    QHash<QString, qint64> m_byKato;
    QList<qint64> m_firstLevel;
    qint64 m_countryId = 0;
};

} // namespace Sailau::Import
