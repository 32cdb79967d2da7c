// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace Sailau {

class Database;

// A deterministic generator of synthetic election results for tests and benchmarks: the same
// seed gives the same file, byte for byte. Every row names the source
// "synthetic:sailau-generator?seed=N", so that an import marks the races synthetic and they are
// never mixed silently with real results.
class SyntheticGenerator
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::SyntheticGenerator)
public:
    struct Options
    {
        quint64 seed = 1;
        qint64 races = 1000;
        int candidatesPerRace = 5;   // on average: 2…8, with "against all" as one more row; at most
                                     // MaxCandidatesPerRace
        QString date = QStringLiteral("2021-07-25");
    };
    // Each candidate of a race has a surname of its own, from a list of 24: a race has at most
    // MaxCandidatesPerRace + 1 candidates.
    static constexpr int MaxCandidatesPerRace = 20;

    // Writes a long-format CSV (one row per candidate, race figures repeated, UTF-8 with Kazakh
    // letters). Returns the number of candidate rows, or -1 with error filled.
    static qint64 writeCsv(const QString &path, const Options &options, QString *error);

    // Adds polling-station results to the synthetic races of a database (about `stations` rows,
    // spread over the races), in one transaction.
    static bool addPollingStations(Database &database, qint64 stations, quint64 seed, QString *error);

    static QString sourceFor(quint64 seed);

    // Loads the comparison corpus: three elections (2021-07-25, 2023-11-05, 2025-08-17) of the same
    // four territories in two regions, one of them renamed and one that became a city, with
    // figures chosen so that every comparison can be worked out by hand. Marked synthetic (its
    // source is "synthetic:sailau-comparison-corpus?version=1"), in one transaction.
    static bool loadComparisonCorpus(Database &database, QString *error);
    static QString comparisonCorpusPath();
};

} // namespace Sailau
