// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importcontext.h"
#include "repeatcache.h"
#include "territorymatcher.h"
#include "territoryref.h"

#include <QHash>
#include <QMultiHash>

#include <array>
#include <vector>

namespace Sailau::Import {

class ImportWriter;

// A territory the import will create.
struct TerritoryToCreate
{
    QString name;
    QString key;                   // match key
    QString level;
    QString ownKey;                // its own names, for search keys (let go once written, for villages)
    TerritoryRef parent;
    qint64 createdId = 0;
    int issue = -1;                // its entry in the report, if it has one
    quint32 firstLine = 0;
};

// Territory names as a row writes them (region, district, settlement, KATO code) → the territory
// they mean, or one to create. Each name the file uses is an entry of the report's territories,
// decided once (by the match, or by the user's choice) and counted on every row.
class TerritoryResolver
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Importer)
public:
    // The columns of the names, for problems (1-based; 0 none).
    struct Columns
    {
        int region = 0;
        int district = 0;
        int settlement = 0;
        int kato = 0;
    };
    TerritoryResolver(ImportContext &context, const Columns &columns);

    // Reads the territories of the database.
    bool load(QString *error) { return m_matcher.load(error); }
    const TerritoryMatcher &matcher() const { return m_matcher; }

    // The territory of a row; null (and reported) when the names do not say one.
    TerritoryRef resolve(const QString &region, const QString &district, const QString &settlement, const QString &kato,
                         const QString &level);
    // A territory first named on the row resolved last (it has no race yet); null when none.
    TerritoryRef fresh() const { return m_fresh; }
    void clearFresh() { m_fresh = TerritoryRef(); }

    QString level(TerritoryRef ref) const;
    QString path(TerritoryRef ref);
    const std::vector<TerritoryToCreate> &toCreate() const { return m_toCreate; }
    const TerritoryToCreate &toCreate(TerritoryRef ref) const { return m_toCreate[ref.createIndex()]; }
    // A village named only in its race's search key: its names need not be kept any longer.
    void forgetNames(TerritoryRef ref);

    // The territory's id, writing it (and the units above it) first when it is to be created.
    qint64 ensure(TerritoryRef ref, ImportWriter &writer);
    // The names a race in the territory is found by: the unit's own, then its parent's.
    void appendSearchKey(TerritoryRef ref, QString &key, ImportWriter &writer);

    // Warnings naming the territories the import will create.
    void warnAboutNew();

private:
    TerritoryRef resolveWithoutDistrict(TerritoryRef region, const QString &settlement, const QString &level);
    TerritoryRef resolveUpper(const QString &region, const QString &district);
    TerritoryRef resolveLevel(TerritoryRef parent, const QString &name, const QString &issueLevel, int column);
    TerritoryRef resolveUnderNew(TerritoryRef parent, const QString &name, const QString &key, const QString &folded);
    TerritoryRef decide(TerritoryRef parent, const QString &name, const QString &key, const QString &issueLevel,
                        int column, int issueIndex);
    TerritoryRef addToCreate(TerritoryRef parent, const QString &name, const QString &key, const QString &level,
                             int issueIndex, const QString &folded = QString());
    TerritoryToCreate &entry(TerritoryRef ref) { return m_toCreate[ref.createIndex()]; }
    QString ownSearchKey(qint64 territoryId);
    bool parentInfo(qint64 parent, const TerritoryToCreate &p, ImportWriter &writer, QString *path, qint64 *regionId);
    void countIssue(int index);

    ImportContext &m_context;
    Columns m_columns;
    TerritoryMatcher m_matcher;
    QHash<QString, QString> m_matchKeys;              // region and district names → match key
    QHash<QString, std::pair<TerritoryRef, QList<int>>> m_upperCache; // region + district → territory and issues
    const std::pair<TerritoryRef, QList<int>> *m_lastUpper = nullptr;  // the entry found last, and its names
    std::pair<QString, QString> m_lastUpperNames;
    QHash<QString, int> m_issueIndex;                 // issue key → entry in the report's territories
    std::vector<TerritoryRef> m_issueDecisions;       // what was decided for each entry
    std::vector<TerritoryToCreate> m_toCreate;
    QMultiHash<size_t, TerritoryRef> m_childrenToCreate; // hash of (new parent, key) → territory
    QHash<TerritoryRef, QString> m_paths;             // for the report
    QHash<qint64, QString> m_ownSearchKeys;           // existing territory → its own search key
    QHash<qint64, std::pair<QString, qint64>> m_parentInfo; // territory → (path, region id)
    std::array<QString, 4> m_lastPath;                // the previous row's names: rows of a race come together
    QString m_lastLevel;                              // and its election level
    QString m_newUnitLevel;                           // the level a unit created now gets, when its name does not say
    bool m_lastPathSet = false;
    TerritoryRef m_last;
    QList<int> m_lastIssues;
    QList<int> m_resolvingIssues;
    TerritoryRef m_fresh;
};

} // namespace Sailau::Import
