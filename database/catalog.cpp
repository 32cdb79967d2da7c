// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include "textkey.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Sailau {

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

bool fail(QString *error, const QSqlQuery &query)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

Catalog::Catalog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> Catalog::insertTerritory(const NewTerritory &t, QString *error)
{
    QString parentPath;
    QVariant regionId(QMetaType::fromType<qint64>());
    if (t.parentId > 0) {
        QSqlQuery parent(m_db);
        parent.prepare(QStringLiteral("SELECT path, region_id FROM territory WHERE id = ?"));
        parent.addBindValue(t.parentId);
        if (!parent.exec() || !parent.next()) {
            if (error)
                *error = parent.lastError().isValid() ? parent.lastError().text()
                                                      : QStringLiteral("no territory %1").arg(t.parentId);
            return std::nullopt;
        }
        parentPath = parent.value(0).toString();
        if (!parent.value(1).isNull())
            regionId = parent.value(1);
    }
    const bool isRegion = t.level == QLatin1String("region") || t.level == QLatin1String("city_republican");
    QStringList names{t.name, t.nameKk, t.nameRu, t.nameEn};
    names += t.aliases;
    if (!t.iso.isEmpty())
        names.append(t.iso);

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO territory (parent_id, level, kato, iso_code, name, name_kk, name_ru, name_en, "
        "search_key, match_key, tile_row, tile_col, synthetic, batch_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(t.parentId > 0 ? QVariant(t.parentId) : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(t.level);
    insert.addBindValue(textOrNull(t.kato));
    insert.addBindValue(textOrNull(t.iso));
    insert.addBindValue(t.name);
    insert.addBindValue(textOrNull(t.nameKk));
    insert.addBindValue(textOrNull(t.nameRu));
    insert.addBindValue(textOrNull(t.nameEn));
    insert.addBindValue(TextKey::searchKey(names));
    insert.addBindValue(TextKey::territoryMatchKey(t.name));
    insert.addBindValue(t.tileRow ? QVariant(*t.tileRow) : QVariant(QMetaType::fromType<int>()));
    insert.addBindValue(t.tileCol ? QVariant(*t.tileCol) : QVariant(QMetaType::fromType<int>()));
    insert.addBindValue(t.synthetic ? 1 : 0);
    insert.addBindValue(t.batchId > 0 ? QVariant(t.batchId) : QVariant(QMetaType::fromType<qint64>()));
    if (!insert.exec()) {
        fail(error, insert);
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId().toLongLong();

    QSqlQuery path(m_db);
    path.prepare(QStringLiteral("UPDATE territory SET path = ?, region_id = ? WHERE id = ?"));
    path.addBindValue((parentPath.isEmpty() ? QStringLiteral("/") : parentPath) + QString::number(id) + QLatin1Char('/'));
    path.addBindValue(isRegion ? QVariant(id) : regionId);
    path.addBindValue(id);
    if (!path.exec()) {
        fail(error, path);
        return std::nullopt;
    }

    // Every name is an alias for matching, so that "Есіл ауданы" and "Esil District" find it.
    QStringList aliases{t.nameKk, t.nameRu, t.nameEn};
    aliases += t.aliases;
    aliases.removeAll(QString());
    aliases.removeDuplicates();
    for (const QString &alias : aliases) {
        if (!addTerritoryAlias(id, alias, t.batchId, error))
            return std::nullopt;
    }
    return id;
}

bool Catalog::addTerritoryAlias(qint64 territoryId, const QString &alias, qint64 batchId, QString *error)
{
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO territory_alias (territory_id, alias, match_key, batch_id) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(territoryId);
    insert.addBindValue(alias);
    insert.addBindValue(TextKey::territoryMatchKey(alias));
    insert.addBindValue(batchId > 0 ? QVariant(batchId) : QVariant(QMetaType::fromType<qint64>()));
    return insert.exec() || fail(error, insert);
}

std::optional<qint64> Catalog::sourceId(const QString &url, QString *error)
{
    const auto cached = m_sources.constFind(url);
    if (cached != m_sources.constEnd())
        return *cached;
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT id FROM source WHERE url = ?"));
    find.addBindValue(url);
    if (!find.exec()) {
        fail(error, find);
        return std::nullopt;
    }
    qint64 id = 0;
    if (find.next()) {
        id = find.value(0).toLongLong();
    } else {
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO source (url) VALUES (?)"));
        insert.addBindValue(url);
        if (!insert.exec()) {
            fail(error, insert);
            return std::nullopt;
        }
        id = insert.lastInsertId().toLongLong();
    }
    m_sources.insert(url, id);
    return id;
}

std::optional<qint64> Catalog::electionId(const QDate &date, const QString &level, const QString &kind,
                                          const ElectionTitles &titles, qint64 batchId, QString *error)
{
    const QString isoDate = date.toString(Qt::ISODate);
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT id FROM election WHERE date = ? AND level = ? AND kind = ?"));
    find.addBindValue(isoDate);
    find.addBindValue(level);
    find.addBindValue(kind);
    if (!find.exec()) {
        fail(error, find);
        return std::nullopt;
    }
    if (find.next())
        return find.value(0).toLongLong();
    const ElectionTitles fallback = defaultTitles(level);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO election (date, level, kind, title_kk, title_ru, title_en, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(isoDate);
    insert.addBindValue(level);
    insert.addBindValue(kind);
    insert.addBindValue(titles.kk.isEmpty() ? fallback.kk : titles.kk);
    insert.addBindValue(titles.ru.isEmpty() ? fallback.ru : titles.ru);
    insert.addBindValue(titles.en.isEmpty() ? fallback.en : titles.en);
    insert.addBindValue(batchId > 0 ? QVariant(batchId) : QVariant(QMetaType::fromType<qint64>()));
    if (!insert.exec()) {
        fail(error, insert);
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
}

Catalog::ElectionTitles Catalog::defaultTitles(const QString &level)
{
    if (level == QLatin1String("district"))
        return {QStringLiteral("Аудан әкімдерін сайлау"), QStringLiteral("Выборы акимов районов"),
                QStringLiteral("Elections of district akims")};
    if (level == QLatin1String("city_regional"))
        return {QStringLiteral("Облыстық маңызы бар қалалар әкімдерін сайлау"),
                QStringLiteral("Выборы акимов городов областного значения"),
                QStringLiteral("Elections of akims of cities of regional significance")};
    if (level == QLatin1String("regional_centre"))
        return {QStringLiteral("Облыс орталықтары әкімдерін сайлау"),
                QStringLiteral("Выборы акимов областных центров"),
                QStringLiteral("Elections of akims of regional centres")};
    return {QStringLiteral("Ауылдық округтер әкімдерін сайлау"), QStringLiteral("Выборы сельских акимов"),
            QStringLiteral("Elections of rural akims")};
}

void Catalog::loadParties()
{
    m_partiesLoaded = true;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT id, short_name, name_kk, name_ru, name_en FROM party"));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        for (int i = 1; i <= 4; ++i) {
            const QString key = TextKey::nameKey(query.value(i).toString());
            if (!key.isEmpty())
                m_partyAliases[key].append({id, {}, {}});
        }
    }
    query.exec(QStringLiteral("SELECT party_id, match_key, valid_from, valid_to FROM party_alias"));
    while (query.next()) {
        m_partyAliases[query.value(1).toString()].append(
            {query.value(0).toLongLong(), QDate::fromString(query.value(2).toString(), Qt::ISODate),
             QDate::fromString(query.value(3).toString(), Qt::ISODate)});
    }
}

Catalog::Nomination Catalog::resolveNomination(const QString &text, const QDate &date)
{
    Nomination result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return result;
    if (isSelfNomination(trimmed)) {
        result.selfNominated = true;
        result.known = true;
        return result;
    }
    if (!m_partiesLoaded)
        loadParties();
    QString key = TextKey::nameKey(trimmed);
    // "партия AMANAT", "AMANAT партиясы", "«Ак жол»": the party words and quotes do not matter.
    static const QStringList partyWords = {QStringLiteral("partiia"), QStringLiteral("partiiasi"),
                                           QStringLiteral("partii"), QStringLiteral("parti"),
                                           QStringLiteral("party")};
    auto lookup = [&](const QString &k) -> qint64 {
        const auto it = m_partyAliases.constFind(k);
        if (it == m_partyAliases.constEnd())
            return 0;
        qint64 any = 0;
        for (const PartyAlias &alias : *it) {
            const bool valid = !date.isValid()
                || ((!alias.validFrom.isValid() || date >= alias.validFrom)
                    && (!alias.validTo.isValid() || date < alias.validTo));
            if (valid)
                return alias.partyId;
            any = alias.partyId;
        }
        return any; // a former name used after its time still means that party
    };
    auto lookupWords = [&](const QString &k) -> qint64 {
        if (const qint64 found = lookup(k))
            return found;
        QStringList words = k.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : partyWords)
            words.removeAll(w);
        return lookup(words.join(QLatin1Char(' ')));
    };
    qint64 id = lookupWords(key);
    if (!id) {
        // An official full name gives the party's own name in quotes or its abbreviation in
        // brackets: «Демократическая партия Казахстана «Ак жол»», «Народная партия Казахстана (НПК)».
        static const QRegularExpression parts(QStringLiteral("«([^«»]+)»|\"([^\"]+)\"|“([^“”]+)”|\\(([^()]+)\\)"));
        for (auto it = parts.globalMatch(trimmed); it.hasNext() && !id;) {
            const QRegularExpressionMatch match = it.next();
            for (int group = 1; group <= 4 && !id; ++group) {
                if (match.capturedLength(group) > 0)
                    id = lookupWords(TextKey::nameKey(match.captured(group)));
            }
        }
        // The name without its bracketed part: "Народная партия Казахстана (НПК)".
        if (!id && trimmed.contains(QLatin1Char('('))) {
            QString bare = trimmed;
            bare.remove(QRegularExpression(QStringLiteral("\\([^()]*\\)")));
            id = lookupWords(TextKey::nameKey(bare));
        }
    }
    if (id) {
        result.partyId = id;
        result.known = true;
    }
    return result;
}

bool Catalog::isAgainstAll(const QString &name)
{
    return isAgainstAllKey(TextKey::nameKey(name));
}

bool Catalog::isAgainstAllKey(const QString &key)
{
    // One pass over the key for the four forms (this runs for every candidate of an import).
    static constexpr QStringView forms[] = {u"against all", u"protiv vsekh", u"barligina karsi",
                                            u"barlik kandidattarga karsi"};
    constexpr qsizetype shortest = 11;
    const QStringView k(key);
    for (qsizetype i = 0; i + shortest <= k.size(); ++i) {
        const char16_t c = k[i].unicode();
        if (c != u'a' && c != u'p' && c != u'b')
            continue;
        for (QStringView form : forms) {
            if (form.front() == c && k.sliced(i).startsWith(form))
                return true;
        }
    }
    return false;
}

bool Catalog::isSelfNomination(const QString &text)
{
    const QString key = TextKey::nameKey(text);
    static const QStringList forms = {
        QStringLiteral("self"), QStringLiteral("self nominated"), QStringLiteral("self nomination"),
        QStringLiteral("selfnominated"), QStringLiteral("independent"),
        QStringLiteral("samovidvizhenie"), QStringLiteral("samovidvizhenets"),
        QStringLiteral("samovidvizhenka"), QStringLiteral("samovidvizhentsi"),
        QStringLiteral("ozin ozi usinu"), QStringLiteral("ozin ozi usingan"),
        QStringLiteral("oz betinshe"), QStringLiteral("ozin ozi usinushi"),
    };
    return forms.contains(key);
}

} // namespace Sailau
