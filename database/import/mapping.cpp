// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping.h"

#include "textkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace Sailau::Import {

namespace {

const QString shippedFolder = QStringLiteral(":/sailau/presets");

QString fileNameFor(const QString &name)
{
    // Keep letters of any alphabet; replace what file systems dislike.
    QString safe = name.trimmed();
    static const QRegularExpression bad(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    safe.replace(bad, QStringLiteral("_"));
    return safe + QStringLiteral(".json");
}

// The file of a preset, by its name or by its file's base name ("public-sources").
QString findPreset(const QString &folder, const QString &name)
{
    const QDir dir(folder);
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(file);
        if (QFileInfo(file).completeBaseName() == name)
            return path;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)
            && QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("name")).toString() == name)
            return path;
    }
    return {};
}

QString charText(QChar c)
{
    if (c.isNull())
        return {};
    if (c == QLatin1Char('\t'))
        return QStringLiteral("\\t");
    return QString(c);
}

QChar charFrom(const QString &text)
{
    if (text == QLatin1String("\\t") || text.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0)
        return QLatin1Char('\t');
    return text.isEmpty() ? QChar() : text.at(0);
}

} // namespace

Field Mapping::fieldOf(int column) const
{
    return column >= 0 && column < columns.size() ? columns.at(column).field : Field::Ignore;
}

int Mapping::columnOf(Field field) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).field == field)
            return i;
    }
    return -1;
}

void Mapping::applyTo(const QStringList &header)
{
    const QList<Column> preset = columns;
    const QList<Field> matched = Fields::matchHeaders(header);
    columns.clear();
    QList<Field> used;
    for (int i = 0; i < header.size(); ++i) {
        std::optional<Field> field;
        const QString key = TextKey::fold(header.at(i));
        for (const Column &c : preset) {
            if (!c.header.isEmpty() && TextKey::fold(c.header) == key) {
                field = c.field;
                break;
            }
        }
        // A preset made for files without a header names its columns by position.
        if (!field && i < preset.size() && preset.at(i).header.isEmpty())
            field = preset.at(i).field;
        Field f = field.value_or(matched.value(i));
        if (f != Field::Ignore && used.contains(f))
            f = Field::Ignore;
        if (f != Field::Ignore)
            used.append(f);
        columns.append({header.at(i), f});
    }
}

QJsonObject Mapping::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("sailau-mapping"));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("name"), name);
    if (!encoding.isEmpty())
        o.insert(QStringLiteral("encoding"), encoding);
    if (!delimiter.isNull())
        o.insert(QStringLiteral("delimiter"), charText(delimiter));
    if (!decimalSeparator.isNull())
        o.insert(QStringLiteral("decimal_separator"), charText(decimalSeparator));
    o.insert(QStringLiteral("sheet"), sheet);
    o.insert(QStringLiteral("header_row"), headerRow);
    QJsonArray array;
    for (const Column &c : columns) {
        QJsonObject column;
        column.insert(QStringLiteral("header"), c.header);
        column.insert(QStringLiteral("field"), Fields::key(c.field));
        array.append(column);
    }
    o.insert(QStringLiteral("columns"), array);
    if (defaultDate.isValid())
        o.insert(QStringLiteral("default_date"), defaultDate.toString(Qt::ISODate));
    if (!defaultLevel.isEmpty())
        o.insert(QStringLiteral("default_level"), defaultLevel);
    if (!defaultSource.isEmpty())
        o.insert(QStringLiteral("default_source"), defaultSource);
    if (candidateListsComplete)
        o.insert(QStringLiteral("candidate_lists_complete"), true);
    return o;
}

Mapping Mapping::fromJson(const QJsonObject &o)
{
    Mapping m;
    m.name = o.value(QLatin1String("name")).toString();
    m.encoding = o.value(QLatin1String("encoding")).toString();
    m.delimiter = charFrom(o.value(QLatin1String("delimiter")).toString());
    m.decimalSeparator = charFrom(o.value(QLatin1String("decimal_separator")).toString());
    m.sheet = o.value(QLatin1String("sheet")).toInt(0);
    m.headerRow = o.value(QLatin1String("header_row")).toInt(-1);
    for (const QJsonValue &v : o.value(QLatin1String("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        m.columns.append({c.value(QLatin1String("header")).toString(),
                          Fields::fromKey(c.value(QLatin1String("field")).toString())});
    }
    m.defaultDate = QDate::fromString(o.value(QLatin1String("default_date")).toString(), Qt::ISODate);
    m.defaultLevel = o.value(QLatin1String("default_level")).toString();
    m.defaultSource = o.value(QLatin1String("default_source")).toString();
    m.candidateListsComplete = o.value(QLatin1String("candidate_lists_complete")).toBool();
    return m;
}

QString Presets::userFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("presets"));
}

QStringList Presets::names()
{
    QStringList shipped;
    QStringList user;
    auto collect = [](const QString &folder, QStringList *into) {
        const QDir dir(folder);
        for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString name = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("name")).toString();
            if (!name.isEmpty() && !into->contains(name))
                into->append(name);
        }
    };
    collect(shippedFolder, &shipped);
    collect(userFolder(), &user);
    for (const QString &name : user) {
        if (!shipped.contains(name))
            shipped.append(name);
    }
    return shipped;
}

bool Presets::isShipped(const QString &name)
{
    return !findPreset(shippedFolder, name).isEmpty();
}

std::optional<Mapping> Presets::load(const QString &nameOrPath, QString *error)
{
    QString path = findPreset(userFolder(), nameOrPath);
    if (path.isEmpty())
        path = findPreset(shippedFolder, nameOrPath);
    if (path.isEmpty() && QFileInfo(nameOrPath).isFile())
        path = nameOrPath;
    if (path.isEmpty()) {
        if (error)
            *error = tr("There is no mapping preset called \"%1\". Presets: %2")
                         .arg(nameOrPath, names().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull() || document.object().value(QLatin1String("format")).toString() != QLatin1String("sailau-mapping")) {
        if (error)
            *error = tr("%1 is not a Sailau mapping preset.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    Mapping m = Mapping::fromJson(document.object());
    if (m.name.isEmpty())
        m.name = QFileInfo(path).completeBaseName();
    return m;
}

bool Presets::save(const Mapping &mapping, QString *error)
{
    if (mapping.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A preset needs a name.");
        return false;
    }
    if (isShipped(mapping.name)) {
        if (error)
            *error = tr("\"%1\" is a preset that comes with Sailau; save yours under another name.").arg(mapping.name);
        return false;
    }
    if (!QDir().mkpath(userFolder())) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(userFolder()));
        return false;
    }
    QSaveFile file(QDir(userFolder()).filePath(fileNameFor(mapping.name)));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool Presets::remove(const QString &name, QString *error)
{
    const QString path = findPreset(userFolder(), name);
    if (path.isEmpty()) {
        if (error)
            *error = tr("There is no preset of yours called \"%1\".").arg(name);
        return false;
    }
    return QFile::remove(path);
}

} // namespace Sailau::Import
