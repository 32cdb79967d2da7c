// SPDX-License-Identifier: GPL-3.0-or-later
#include "territoryresolver.h"

#include "database.h"
#include "importwriter.h"
#include "textkey.h"

#include <QSqlError>
#include <QSqlQuery>

#include <charconv>

namespace Sailau::Import {

namespace {

// The key of a region and district in the cache of them.
QString upperKey(const QString &region, const QString &district)
{
    QString key;
    key.reserve(region.size() + 1 + district.size());
    key += region;
    key += QChar(0x1F);
    key += district;
    return key;
}

// Above this many region and district pairs, a file is not of one country's akims: the cache stops growing.
constexpr qsizetype MaxCachedUpperUnits = 100000;
// The territories to be created named one by one in warnings; the rest are counted.
constexpr int NamedNewTerritories = 25;

} // namespace

TerritoryResolver::TerritoryResolver(ImportContext &context, const Columns &columns)
    : m_context(context)
    , m_columns(columns)
    , m_matcher(context.db())
{
}

void TerritoryResolver::countIssue(int index)
{
    ++m_context.report().territories[index].rows;
    m_resolvingIssues.append(index);
}

QString TerritoryResolver::level(TerritoryRef ref) const
{
    if (ref.isExisting()) {
        const auto *e = m_matcher.entry(ref.id());
        return e ? e->level : QString();
    }
    return ref.isToCreate() ? toCreate(ref).level : QString();
}

QString TerritoryResolver::path(TerritoryRef ref)
{
    if (const auto it = m_paths.constFind(ref); it != m_paths.constEnd())
        return *it;
    QString path;
    if (ref.isExisting()) {
        path = m_matcher.path(ref.id());
    } else if (ref.isToCreate()) {
        const TerritoryToCreate &p = toCreate(ref);
        const QString parent = this->path(p.parent);
        path = parent.isEmpty() ? p.name : parent + QStringLiteral(" / ") + p.name;
    }
    m_paths.insert(ref, path);
    return path;
}

void TerritoryResolver::forgetNames(TerritoryRef ref)
{
    if (!ref.isToCreate() || toCreate(ref).issue >= 0)
        return;
    TerritoryToCreate &p = entry(ref);
    p.name = QString();
    p.ownKey = QString();
}

QString TerritoryResolver::ownSearchKey(qint64 territoryId)
{
    if (const auto it = m_ownSearchKeys.constFind(territoryId); it != m_ownSearchKeys.constEnd())
        return *it;
    QSqlQuery q(m_context.db());
    q.prepare(QStringLiteral("SELECT search_key FROM territory WHERE id = ?"));
    q.addBindValue(territoryId);
    const QString key = q.exec() && q.next() ? q.value(0).toString() : QString();
    m_ownSearchKeys.insert(territoryId, key);
    return key;
}

TerritoryRef TerritoryResolver::resolve(const QString &region, const QString &district, const QString &settlement,
                                        const QString &kato, const QString &level)
{
    // Rows of one race come one after the other: the same names give the same territory.
    if (m_lastPathSet && settlement == m_lastPath[2] && district == m_lastPath[1] && region == m_lastPath[0]
        && kato == m_lastPath[3] && level == m_lastLevel) {
        for (int index : std::as_const(m_lastIssues))
            ++m_context.report().territories[index].rows;
        return m_last;
    }
    m_resolvingIssues.clear();
    const int errorsBefore = m_context.errors();
    TerritoryRef ref;
    if (!kato.isEmpty()) {
        if (const auto id = m_matcher.byKato(kato))
            ref = TerritoryRef::existing(*id);
        else if (region.isEmpty() && district.isEmpty() && settlement.isEmpty())
            m_context.error(m_context.line(), m_columns.kato, kato, tr("No territory has the KATO code %1.").arg(kato));
    }
    if (!ref && (!region.isEmpty() || !district.isEmpty() || !settlement.isEmpty())) {
        TerritoryRef parent = resolveUpper(region, district);
        if (parent && !settlement.isEmpty()) {
            if (district.isEmpty() && parent.isExisting() && m_matcher.entry(parent.id())
                && m_matcher.entry(parent.id())->firstLevel()) {
                // No district: a city under its region, or a village the database knows below it.
                parent = resolveWithoutDistrict(parent, settlement, level);
            } else {
                parent = resolveLevel(parent, settlement, QStringLiteral("settlement"), m_columns.settlement);
            }
        }
        ref = parent == TerritoryRef::existing(m_matcher.countryId()) ? TerritoryRef() : parent;
    }
    if (!ref && m_context.errors() == errorsBefore)
        m_context.error(m_context.line(), 0, QString(), tr("The row names no territory."));
    m_lastPath = {region, district, settlement, kato};
    m_lastLevel = level;
    m_lastPathSet = true;
    m_last = ref;
    m_lastIssues = m_resolvingIssues;
    return ref;
}

// The region and district of a row (the country when it names neither). Villages of one district
// follow each other: mostly the region and district of the row before.
TerritoryRef TerritoryResolver::resolveUpper(const QString &region, const QString &district)
{
    const std::pair<TerritoryRef, QList<int>> *known = nullptr;
    if (m_lastUpper && region == m_lastUpperNames.first && district == m_lastUpperNames.second) {
        known = m_lastUpper;
    } else {
        const QString upper = upperKey(region, district);
        if (const auto it = m_upperCache.constFind(upper); it != m_upperCache.constEnd()) {
            known = &*it;
            m_lastUpper = known;
            m_lastUpperNames = {region, district};
        }
    }
    if (known) {
        for (int index : known->second)
            countIssue(index);
        return known->first;
    }
    TerritoryRef parent = TerritoryRef::existing(m_matcher.countryId());
    const QString upper = upperKey(region, district);
    if (!region.isEmpty())
        parent = resolveLevel(parent, region, QStringLiteral("region"), m_columns.region);
    if (parent && !district.isEmpty())
        parent = resolveLevel(parent, district, QStringLiteral("district"), m_columns.district);
    if (parent && m_upperCache.size() < MaxCachedUpperUnits) {
        m_upperCache.insert(upper, {parent, m_resolvingIssues});
        m_lastUpper = nullptr; // the hash may have moved its entries
    }
    return parent;
}

// A settlement named with its region but no district (the district cell is empty or there is no
// district column). Cities of regional significance and regional centres sit right under their
// region; a village or rural okrug the database already holds is found below the region; any
// other settlement needs its district.
TerritoryRef TerritoryResolver::resolveWithoutDistrict(TerritoryRef region, const QString &settlement,
                                                       const QString &level)
{
    const int column = m_columns.settlement;
    const TerritoryMatcher::Result direct = m_matcher.matchChild(region.id(), settlement);
    if (direct.status == TerritoryMatcher::Status::Matched)
        return resolveLevel(region, settlement, QStringLiteral("district"), column);
    const bool cityLevel = level == QLatin1String("city_regional") || level == QLatin1String("regional_centre");
    const bool cityName = TerritoryMatcher::levelForNewChild(settlement, QStringLiteral("region"))
        == QLatin1String("city_regional");
    if (!cityLevel) {
        const TerritoryMatcher::Result below = m_matcher.matchBelow(region.id(), settlement);
        if (below.status == TerritoryMatcher::Status::Matched)
            return TerritoryRef::existing(below.id);
        if (below.status == TerritoryMatcher::Status::Ambiguous) {
            QStringList names;
            for (const auto &s : below.suggestions)
                names.append(s.path);
            m_context.error(m_context.line(), column, settlement,
                  tr("\"%1\" matches several territories (%2) and the district cell of this row is empty: fill in "
                     "the district.").arg(settlement, names.join(QStringLiteral("; "))));
            return {};
        }
    }
    if (cityLevel || cityName) {
        m_newUnitLevel = QStringLiteral("city_regional");
        const TerritoryRef ref = resolveLevel(region, settlement, QStringLiteral("district"), column);
        m_newUnitLevel.clear();
        return ref;
    }
    m_context.error(m_context.line(), column, settlement,
          tr("The settlement \"%1\" needs its district, and the district cell of this row is empty: fill in the "
             "district. (Only a city of regional significance or a regional centre sits right under its region.)")
              .arg(settlement));
    return {};
}

// Under a unit this import creates, every unit is new: nothing to ask, no entry in the report.
TerritoryRef TerritoryResolver::resolveUnderNew(TerritoryRef parent, const QString &name, const QString &key,
                                                const QString &folded)
{
    const size_t hash = qHash(key, QHashSeed::globalSeed() ^ size_t(quint64(parent.hashValue()) * 0x9E3779B97F4A7C15ULL));
    for (auto it = m_childrenToCreate.constFind(hash); it != m_childrenToCreate.constEnd() && it.key() == hash; ++it) {
        if (toCreate(*it).key == key && toCreate(*it).parent == parent)
            return *it;
    }
    const QString level = folded.isNull() ? TerritoryMatcher::levelForNewChild(name, this->level(parent))
                                          : TerritoryMatcher::levelForNewChildOfFolded(folded, this->level(parent));
    const TerritoryRef ref = addToCreate(parent, name, key, level, -1, folded);
    m_childrenToCreate.insert(hash, ref);
    return ref;
}

TerritoryRef TerritoryResolver::resolveLevel(TerritoryRef parent, const QString &name, const QString &issueLevel,
                                             int column)
{
    // Region and district names repeat on every row: their keys are worked out once.
    QString key;
    QString folded;
    if (issueLevel == QLatin1String("settlement")) {
        folded = TextKey::fold(name);
        key = TextKey::territoryMatchKeyOfFolded(folded, name);
    } else {
        auto it = m_matchKeys.constFind(name);
        if (it == m_matchKeys.constEnd())
            it = m_matchKeys.insert(name, TextKey::territoryMatchKey(name));
        key = *it;
    }
    if (parent.isToCreate())
        return resolveUnderNew(parent, name, key, folded);

    const QString issueKey = issueLevel + QLatin1Char(':') + QString::number(parent.id()) + QLatin1Char(':') + key;
    if (const auto it = m_issueIndex.constFind(issueKey); it != m_issueIndex.constEnd()) {
        // Decided on the first row that named it.
        countIssue(*it);
        return m_issueDecisions[size_t(*it)];
    }
    TerritoryIssue t;
    t.key = issueKey;
    t.level = issueLevel;
    t.name = name;
    t.parentPath = path(parent);
    t.firstLine = m_context.line();
    t.rows = 1;
    m_context.report().territories.append(t);
    const int index = int(m_context.report().territories.size()) - 1;
    m_issueIndex.insert(issueKey, index);
    m_issueDecisions.push_back(TerritoryRef());
    m_resolvingIssues.append(index);
    const TerritoryRef ref = decide(parent, name, key, issueLevel, column, index);
    m_issueDecisions[size_t(index)] = ref;
    return ref;
}

TerritoryRef TerritoryResolver::decide(TerritoryRef parent, const QString &name, const QString &key,
                                       const QString &issueLevel, int column, int index)
{
    TerritoryIssue &t = m_context.report().territories[index];
    const TerritoryMatcher::Result r = issueLevel == QLatin1String("region")
        ? m_matcher.matchRegion(name)
        : m_matcher.matchChild(parent.id() == m_matcher.countryId() ? 0 : parent.id(), name);
    t.status = r.status;
    t.suggestions = r.suggestions;
    if (r.status == TerritoryMatcher::Status::Matched) {
        t.matchedId = r.id;
        t.matchedPath = m_matcher.path(r.id);
    }

    const qint64 choice = m_context.options().territoryChoices.value(t.key, -1);
    if (choice > 0 && m_matcher.entry(choice)) {
        t.matchedId = choice;
        t.matchedPath = m_matcher.path(choice);
        return TerritoryRef::existing(choice);
    }
    if (t.status == TerritoryMatcher::Status::Matched && choice != 0)
        return TerritoryRef::existing(t.matchedId);
    const qint64 line = m_context.line();
    if (t.status == TerritoryMatcher::Status::Ambiguous && choice != 0) {
        QStringList names;
        for (const auto &s : t.suggestions)
            names.append(s.path);
        m_context.error(line, column, name,
              tr("\"%1\" matches several territories (%2). Choose one in the import dialog, or add the region.")
                  .arg(name, names.join(QStringLiteral("; "))));
        return {};
    }
    if (t.status == TerritoryMatcher::Status::Unknown) {
        QStringList names;
        for (const auto &s : t.suggestions)
            names.append(s.path);
        if (issueLevel == QLatin1String("region"))
            m_context.error(line, column, name,
                  names.isEmpty() ? tr("\"%1\" is not a region or city of republican significance of Kazakhstan.").arg(name)
                                  : tr("\"%1\" is not a region or city of republican significance of Kazakhstan. Did you mean %2?")
                                        .arg(name, names.join(tr(" or "))));
        else
            m_context.error(line, column, name,
                  tr("\"%1\" is not known, and without a region Sailau cannot tell where to create it. Add a region column.")
                      .arg(name));
        return {};
    }
    // New, or the user chose to create it.
    const QString level = !m_newUnitLevel.isEmpty() ? m_newUnitLevel
        : issueLevel == QLatin1String("district")
        ? TerritoryMatcher::levelForNewChild(name, QStringLiteral("region"))
        : TerritoryMatcher::levelForNewChild(name, this->level(parent));
    t.status = TerritoryMatcher::Status::New;
    t.newLevel = level;
    return addToCreate(parent, name, key, level, index);
}

TerritoryRef TerritoryResolver::addToCreate(TerritoryRef parent, const QString &name, const QString &key,
                                            const QString &level, int issueIndex, const QString &folded)
{
    TerritoryToCreate p;
    p.name = name;
    p.key = key;
    p.level = level;
    p.parent = parent;
    p.issue = issueIndex;
    p.firstLine = quint32(m_context.line());
    if (folded.isEmpty()) {
        p.ownKey = TextKey::searchKey({name});
    } else {
        p.ownKey.reserve(folded.size() + 2);
        p.ownKey += QLatin1Char('|');
        p.ownKey += folded;
        p.ownKey += QLatin1Char('|');
    }
    m_toCreate.push_back(std::move(p));
    m_fresh = TerritoryRef::toCreate(m_toCreate.size() - 1);
    return m_fresh;
}

// The parent's path and region, for a new unit's own.
bool TerritoryResolver::parentInfo(qint64 parent, const TerritoryToCreate &p, ImportWriter &writer, QString *path,
                                   qint64 *regionId)
{
    if (const auto it = m_parentInfo.constFind(parent); it != m_parentInfo.constEnd()) {
        *path = it->first;
        *regionId = it->second;
        return true;
    }
    if (!writer.flushTerritories()) {
        m_context.error(m_context.line(), 0, p.name, writer.territoryError());
        return false;
    }
    QSqlQuery q(m_context.db());
    q.prepare(QStringLiteral("SELECT path, region_id, level FROM territory WHERE id = ?"));
    q.addBindValue(parent);
    if (!q.exec() || !q.next()) {
        m_context.error(m_context.line(), 0, p.name,
                        tr("The territory \"%1\" could not be created: %2").arg(p.name, Database::explain(q.lastError())));
        return false;
    }
    *path = q.value(0).toString();
    const QString parentLevel = q.value(2).toString();
    *regionId = parentLevel == QLatin1String("region") || parentLevel == QLatin1String("city_republican")
        ? parent : q.value(1).toLongLong();
    m_parentInfo.insert(parent, {*path, *regionId});
    return true;
}

qint64 TerritoryResolver::ensure(TerritoryRef ref, ImportWriter &writer)
{
    if (!ref.isToCreate())
        return ref.id();
    if (const qint64 created = toCreate(ref).createdId)
        return created;
    const qint64 parent = ensure(toCreate(ref).parent, writer);
    if (!parent)
        return 0;
    TerritoryToCreate &p = entry(ref);
    QString parentPath;
    qint64 regionId = 0;
    if (!parentInfo(parent, p, writer, &parentPath, &regionId))
        return 0;
    const qint64 id = writer.newTerritoryId();
    QString path;
    path.reserve(parentPath.size() + 21);
    path += parentPath;
    char digits[24];
    path += QLatin1String(digits, std::to_chars(digits, digits + sizeof digits, id).ptr);
    path += QLatin1Char('/');
    if (!writer.addTerritory({id, parent, regionId, p.level, p.name, path, p.ownKey, p.key})) {
        m_context.error(m_context.line(), 0, p.name,
                        tr("The territory \"%1\" could not be created: %2").arg(p.name, writer.territoryError()));
        return 0;
    }
    p.createdId = id;
    // Units with children of their own are asked for again.
    if (p.level == QLatin1String("district") || p.level == QLatin1String("city_regional"))
        m_parentInfo.insert(id, {path, regionId});
    return id;
}

void TerritoryResolver::appendSearchKey(TerritoryRef ref, QString &key, ImportWriter &writer)
{
    // The unit's own names, then its parent's (as RaceMetricsStore builds it).
    if (ref.isToCreate() && !toCreate(ref).ownKey.isNull()) {
        const TerritoryToCreate &p = toCreate(ref);
        key += p.ownKey;
        key += p.parent.isToCreate() ? toCreate(p.parent).ownKey : ownSearchKey(p.parent.id());
        return;
    }
    const qint64 id = ref.isToCreate() ? toCreate(ref).createdId : ref.id();
    if (!writer.flushTerritories())
        m_context.error(m_context.line(), 0, QString(), writer.territoryError());
    const auto *e = m_matcher.entry(id);
    qint64 parent = e ? e->parentId : 0;
    if (!e) {
        QSqlQuery q(m_context.db());
        q.prepare(QStringLiteral("SELECT parent_id FROM territory WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            parent = q.value(0).toLongLong();
    }
    key += ownSearchKey(id);
    if (parent)
        key += ownSearchKey(parent);
}

void TerritoryResolver::warnAboutNew()
{
    // Territories the import will create: each named, up to a point.
    int named = 0;
    for (const TerritoryIssue &t : m_context.report().territories) {
        if (t.status != TerritoryMatcher::Status::New || m_context.options().territoryChoices.value(t.key, 0) > 0)
            continue;
        if (named++ >= NamedNewTerritories)
            continue;
        QString message = tr("\"%1\" is not in the database; it will be created under %2.")
                              .arg(t.name, t.parentPath.isEmpty() ? tr("Kazakhstan") : t.parentPath);
        if (!t.suggestions.isEmpty())
            message += QLatin1Char(' ') + tr("Did you mean %1?").arg(t.suggestions.first().path);
        m_context.warning(t.firstLine, 0, t.name, message);
    }
    const qint64 inNew = std::count_if(m_toCreate.begin(), m_toCreate.end(),
                                       [](const TerritoryToCreate &p) { return p.issue < 0; });
    if (named > NamedNewTerritories || inNew > 0)
        m_context.warning(0, 0, QString(),
                tr("In all %n territories will be created (%1 of them inside new districts).", nullptr,
                   int(m_toCreate.size())).arg(inNew));
}

} // namespace Sailau::Import
