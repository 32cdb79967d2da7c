// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fields.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sailau::Import {

// How a file's columns become Sailau's fields, and how the file is read. A plain settings struct:
// the import dialog and `sailau import --mapping` fill it, the widget-free importer reads it.
struct Mapping
{
    QString name;                    // a preset's name; empty for an unsaved mapping

    // Reading. Empty / null / negative means "detect".
    QString encoding;                // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251"
    QChar delimiter;
    QChar decimalSeparator;
    int sheet = 0;                   // XLSX
    int headerRow = -1;              // 0-based; -1 detect

    // One entry per column of the file, in order; the header text lets a preset find its
    // columns again in a file whose columns are in another order.
    struct Column
    {
        QString header;
        Field field = Field::Ignore;
    };
    QList<Column> columns;

    // Values for what the file does not say.
    QDate defaultDate;
    QString defaultLevel;            // "" infer from the names
    QString defaultSource;
    // The user's word that every race of the file lists all its candidates (with their votes).
    bool candidateListsComplete = false;

    bool isEmpty() const { return columns.isEmpty(); }
    Field fieldOf(int column) const;
    int columnOf(Field field) const; // -1 when not mapped
    bool has(Field field) const { return columnOf(field) >= 0; }

    // The fields of a header row: from the preset's columns where the header names one of them,
    // else by matching the header in three languages.
    void applyTo(const QStringList &header);

    QJsonObject toJson() const;
    static Mapping fromJson(const QJsonObject &object);
};

// Named mappings: those shipped with Sailau (read-only) and the user's own, saved as JSON in the
// configuration folder, shared by the dialog and the command line.
class Presets
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Import::Presets)
public:
    static QStringList names();                       // shipped first, then the user's
    static bool isShipped(const QString &name);
    // A preset by name, or a JSON file by path.
    static std::optional<Mapping> load(const QString &nameOrPath, QString *error);
    static bool save(const Mapping &mapping, QString *error);
    static bool remove(const QString &name, QString *error);
    static QString userFolder();
};

} // namespace Sailau::Import
