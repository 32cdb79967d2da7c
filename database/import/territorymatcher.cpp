// SPDX-License-Identifier: GPL-3.0-or-later
#include "territorymatcher.h"

#include "language.h"
#include "textkey.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Sailau::Import {

namespace {

// A match key with the "n" of a Russian adjective added or taken away after a final vowel
// ("karmakshi" ↔ "karmakshin"); empty when the key does not end that way.
QString alternateStem(const QString &key)
{
    auto vowel = [](QChar c) {
        return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
    };
    if (key.size() < 4 || key.at(key.size() - 1).isDigit())
        return {};
    if (key.endsWith(QLatin1Char('n')) && vowel(key.at(key.size() - 2)))
        return key.left(key.size() - 1);
    if (vowel(key.back()))
        return key + QLatin1Char('n');
    return {};
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

// The Russian adjective of a Kazakh name drops the name's final vowels and adds "-ин-" or "-ий-"
// before "-ский": Қармақшы → Кармакшинский, Шардара → Шардаринский, Сырдария → Сырдарьинский,
// Шиелі → Шиелийский, Ордабасы → Ордабасинский. In match keys (Latin, the unit words and the
// adjective's ending dropped: "karmakshi", "karmakshin") the adjective's stem is the noun's key
// without its final vowels, plus "in" or "ii". The endings a noun's key may have lost:
const QStringView adjectiveLinks[] = {u"in", u"ii"};
const QStringView nounEndings[] = {u"a", u"e", u"i", u"o", u"u", u"ia", u"ie", u"ii", u"iu", u"iia"};

// How far a name may be from a known one to be offered as "did you mean".
int suggestionLimit(const QString &key)
{
    if (key.size() < 4)
        return 0;
    if (key.size() < 8)
        return 1;
    if (key.size() < 14)
        return 2;
    return 3;
}

} // namespace

TerritoryMatcher::TerritoryMatcher(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool TerritoryMatcher::load(QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, COALESCE(parent_id, 0), level, name, kato, match_key, name_kk, name_ru, "
                                   "name_en FROM territory"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        Entry e;
        e.id = query.value(0).toLongLong();
        e.parentId = query.value(1).toLongLong();
        e.level = query.value(2).toString();
        e.name = localName(query.value(6).toString(), query.value(7).toString(), query.value(8).toString(),
                           query.value(3).toString());
        e.kato = query.value(4).toString();
        m_entries.insert(e.id, e);
        m_byKey.insert(query.value(5).toString(), e.id);
        m_keysOf[e.id].append(query.value(5).toString());
        m_children[e.parentId].append(e.id);
        if (!e.kato.isEmpty())
            m_byKato.insert(e.kato, e.id);
        if (e.firstLevel())
            m_firstLevel.append(e.id);
        if (e.level == QLatin1String("country") && !m_countryId)
            m_countryId = e.id;
    }
    if (!query.exec(QStringLiteral("SELECT territory_id, match_key FROM territory_alias"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString key = query.value(1).toString();
        QStringList &keys = m_keysOf[id];
        if (!keys.contains(key)) {
            keys.append(key);
            m_byKey.insert(key, id);
        }
    }
    return true;
}

void TerritoryMatcher::add(const Entry &entry, const QStringList &aliases)
{
    m_entries.insert(entry.id, entry);
    QStringList &keys = m_keysOf[entry.id];
    for (const QString &name : QStringList{entry.name} + aliases) {
        const QString key = TextKey::territoryMatchKey(name);
        if (!keys.contains(key)) {
            keys.append(key);
            m_byKey.insert(key, entry.id);
        }
    }
    m_children[entry.parentId].append(entry.id);
    if (!entry.kato.isEmpty())
        m_byKato.insert(entry.kato, entry.id);
    if (entry.firstLevel())
        m_firstLevel.append(entry.id);
}

const TerritoryMatcher::Entry *TerritoryMatcher::entry(qint64 id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

QString TerritoryMatcher::path(qint64 id) const
{
    QStringList names;
    for (const Entry *e = entry(id); e && e->level != QLatin1String("country"); e = entry(e->parentId))
        names.prepend(e->name);
    return names.join(QStringLiteral(" / "));
}

std::optional<qint64> TerritoryMatcher::byKato(const QString &kato) const
{
    const auto it = m_byKato.constFind(kato.trimmed());
    if (it == m_byKato.constEnd())
        return std::nullopt;
    return *it;
}

TerritoryMatcher::Result TerritoryMatcher::resolve(const QList<qint64> &exact, const QString &key,
                                                   const QList<qint64> &pool) const
{
    Result result;
    QList<qint64> distinct;
    for (qint64 id : exact) {
        if (!distinct.contains(id))
            distinct.append(id);
    }
    if (distinct.size() == 1) {
        result.status = Status::Matched;
        result.id = distinct.first();
        return result;
    }
    if (distinct.size() > 1) {
        result.status = Status::Ambiguous;
        for (qint64 id : distinct)
            result.suggestions.append({id, entry(id)->name, path(id), 0});
        return result;
    }
    // No exact match: a new unit, with the near names as "did you mean" (by their own name and
    // their aliases). Names that differ only in their digits are different units, and a large
    // pool (villages of a district) is not searched.
    result.status = Status::New;
    const int limit = suggestionLimit(key);
    if (limit == 0 || pool.size() > MaxSuggestionPool)
        return result;
    auto digits = [](const QString &k) {
        QString d;
        for (QChar c : k) {
            if (c.isDigit())
                d += c;
        }
        return d;
    };
    const QString keyDigits = digits(key);
    for (qint64 id : pool) {
        int best = limit + 1;
        for (const QString &candidate : m_keysOf.value(id)) {
            if (digits(candidate) != keyDigits)
                continue;
            best = std::min(best, TextKey::distance(key, candidate, limit));
        }
        if (best <= limit)
            result.suggestions.append({id, entry(id)->name, path(id), best});
    }
    std::sort(result.suggestions.begin(), result.suggestions.end(), [](const Suggestion &a, const Suggestion &b) {
        return a.distance != b.distance ? a.distance < b.distance : a.path < b.path;
    });
    if (result.suggestions.size() > 5)
        result.suggestions.resize(5);
    return result;
}

TerritoryMatcher::Result TerritoryMatcher::matchRegion(const QString &name) const
{
    // ISO 3166-2 in its numeric form (KZ-19) is the first two digits of the unit's KATO code; a
    // KATO code (nine digits) names its first-level unit in its first two, whatever unit below it
    // the code is of; files with codes only sometimes give those two digits alone.
    const QString trimmed = name.trimmed();
    const auto allDigits = [](QStringView s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    QString regionDigits;
    if (trimmed.size() == 5 && trimmed.startsWith(QLatin1String("KZ-"), Qt::CaseInsensitive) && allDigits(QStringView(trimmed).mid(3)))
        regionDigits = trimmed.mid(3);
    else if ((trimmed.size() == 9 || trimmed.size() == 2) && allDigits(trimmed))
        regionDigits = trimmed.left(2);
    if (!regionDigits.isEmpty()) {
        const auto id = byKato(regionDigits + QStringLiteral("0000000"));
        if (id && entry(*id) && entry(*id)->firstLevel()) {
            Result result;
            result.status = Status::Matched;
            result.id = *id;
            return result;
        }
    }
    const QString key = TextKey::territoryMatchKey(name);
    QList<qint64> exact;
    for (qint64 id : m_byKey.values(key)) {
        if (entry(id) && entry(id)->firstLevel())
            exact.append(id);
    }
    Result result = resolve(exact, key, m_firstLevel);
    if (result.status == Status::Ambiguous) {
        // A city of republican significance and the region named after it (Almaty and Almaty
        // Region, «Алматы» and «Алматы облысы», «Алматинская область»): the region's name carries
        // its word or the adjective; the city's is the bare name or says "city".
        const QString folded = TextKey::fold(name);
        const bool regionWords = folded.contains(u"obl") || folded.contains(u"region")
            || folded.contains(u"skaia") || folded.contains(u"skaya");
        const QLatin1String level = regionWords ? QLatin1String("region") : QLatin1String("city_republican");
        QList<qint64> own;
        for (const Suggestion &s : std::as_const(result.suggestions)) {
            if (entry(s.id) && entry(s.id)->level == level)
                own.append(s.id);
        }
        if (own.size() == 1) {
            result.status = Status::Matched;
            result.id = own.first();
            result.suggestions.clear();
        }
    }
    // A first-level unit is never created by an import: an unknown one is an error.
    if (result.status == Status::New)
        result.status = Status::Unknown;
    return result;
}

TerritoryMatcher::Result TerritoryMatcher::matchChild(qint64 parentId, const QString &name) const
{
    const QString folded = TextKey::fold(name);
    const QString key = TextKey::territoryMatchKeyOfFolded(folded, name);
    QList<qint64> exact;
    auto collect = [&](const QString &k) {
        for (qint64 id : m_byKey.values(k)) {
            const Entry *e = entry(id);
            if (!e)
                continue;
            if (parentId > 0 ? e->parentId == parentId : (!e->firstLevel() && e->level != QLatin1String("country")))
                exact.append(id);
        }
    };
    collect(key);
    if (exact.isEmpty()) {
        // The Russian adjective of a name ending in a vowel adds an "н": «Кармакшинский район» is
        // Қармақшы ауданы, "Karmakshy district"; «Шортандинский» is Шортанды.
        const QString variant = alternateStem(key);
        if (!variant.isEmpty())
            collect(variant);
    }
    if (exact.isEmpty() && parentId > 0)
        exact = adjectiveMatches(parentId, folded, key);
    Result result = resolve(exact, key, parentId > 0 ? m_children.value(parentId) : QList<qint64>());
    if (parentId <= 0 && result.status == Status::New)
        result.status = Status::Unknown; // nowhere to create it
    return result;
}

// A name and the Russian adjective of it under the same parent: «Кармакшинский район» (or
// "Karmakshinskiy rayon") and «Қармақшы ауданы» (or "Karmakshy district"), «Сырдарьинский район»
// and «Сырдария ауданы». The rule links an adjective to a noun only, never two nouns ("Аксу" and
// "Аксай" stay two places) nor two adjectives ("Аксуский" and "Аксайский"); the noun must end in
// a vowel and keep a stem of three letters or more. Asked only for a name that matched nothing as
// it is, once per distinct name (the resolver keeps its answer), so the import does not slow down.
QList<qint64> TerritoryMatcher::adjectiveMatches(qint64 parentId, const QString &folded, const QString &key) const
{
    QList<qint64> found;
    auto take = [&](const QString &candidate, bool adjective) {
        for (qint64 id : m_byKey.values(candidate)) {
            const Entry *e = entry(id);
            if (e && e->parentId == parentId && !found.contains(id)
                && TextKey::isAdjectiveName(TextKey::fold(e->name)) == adjective)
                found.append(id);
        }
    };
    if (TextKey::isAdjectiveName(folded)) {
        for (QStringView link : adjectiveLinks) {
            if (!key.endsWith(link))
                continue;
            const QString stem = key.left(key.size() - link.size());
            if (stem.size() < 3 || isVowel(stem.back()))
                continue;
            for (QStringView ending : nounEndings)
                take(stem + ending.toString(), false);
        }
    } else {
        qsizetype end = key.size();
        while (end > 0 && isVowel(key.at(end - 1)))
            --end;
        if (end < 3 || end == key.size())
            return found;
        for (QStringView link : adjectiveLinks)
            take(key.left(end) + link.toString(), true);
    }
    return found;
}

TerritoryMatcher::Result TerritoryMatcher::matchBelow(qint64 regionId, const QString &name) const
{
    const QString key = TextKey::territoryMatchKey(name);
    QList<qint64> exact;
    for (qint64 id : m_byKey.values(key)) {
        for (const Entry *e = entry(id); e && !e->firstLevel(); e = entry(e->parentId)) {
            if (e->parentId == regionId) {
                if (!exact.contains(id))
                    exact.append(id);
                break;
            }
        }
    }
    Result result = resolve(exact, key, {});
    if (result.status == Status::New)
        result.status = Status::Unknown;
    return result;
}

QString TerritoryMatcher::levelForNewChild(const QString &name, const QString &parentLevel)
{
    return levelForNewChildOfFolded(TextKey::fold(name), parentLevel);
}

QString TerritoryMatcher::levelForNewChildOfFolded(const QString &key, const QString &parentLevel)
{
    auto has = [&key](QStringView word) {
        return key.contains(word);
    };
    const bool city = has(u"gorod") || has(u"kalasi") || has(u"city") || has(u"citi") || key.startsWith(u"g ");
    if (parentLevel == QLatin1String("region") || parentLevel == QLatin1String("city_republican")
        || parentLevel == QLatin1String("country"))
        return city ? QStringLiteral("city_regional") : QStringLiteral("district");
    if (has(u"okrug") || has(u"selskii") || has(u"auildik") || has(u"rural"))
        return QStringLiteral("rural_okrug");
    if (city || has(u"kent") || has(u"town") || has(u"poselok"))
        return QStringLiteral("city_district");
    if (has(u"selo") || has(u"auil") || has(u"village") || has(u"aul"))
        return QStringLiteral("village");
    return QStringLiteral("settlement");
}

} // namespace Sailau::Import
