// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Sailau {

// Loads a data set in Sailau's own JSON format ("sailau-dataset", see resources/sample/README.md):
// territories with names in three languages and aliases, parties, elections, races with the
// source of each figure, candidates, and published aggregates. One transaction: on any error
// nothing is written.
class DatasetLoader
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::DatasetLoader)
public:
    struct Result
    {
        bool ok = false;
        QString error;
        qint64 batchId = 0;
        int races = 0;
        int candidates = 0;
        int territories = 0;
        int published = 0;
    };

    enum class Part {
        Everything,      // one undoable batch
        ReferenceOnly,   // the country, its 20 first-level units and the parties: not a batch
    };

    // path may be a resource (":/sailau/sample/pilot-2023.json").
    static Result load(Database &db, const QString &path, const QString &batchKind = QStringLiteral("sample"),
                       Part part = Part::Everything);

    // The reference every database starts with, so that imports find regions and parties.
    static Result loadReference(Database &db)
    {
        return load(db, samplePath(), QString(), Part::ReferenceOnly);
    }

    // The bundled sample: the 5 November 2023 pilot.
    static QString samplePath();
    static Result loadSample(Database &db) { return load(db, samplePath()); }

    // Opens path, creating it when it does not exist. A database this call creates gets the
    // reference territories and parties, and the bundled sample when sampleIfCreated is set
    // (Sailau's first start).
    static std::unique_ptr<Database> openOrCreate(const QString &path, bool sampleIfCreated, QString *message,
                                                  OpenError *error = nullptr, const OpenOptions &options = {});
};

} // namespace Sailau
