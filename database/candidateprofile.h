// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparison.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Sailau {

// Who the candidates and the winners were, on each election day and in each region of a
// comparison: the share of women, the ages, and the sitting akims who stood and who kept their
// post. Each figure counts only the candidates whose field is known and says on how many it
// rests; a figure that rests on none is missing, never 0.

// Age at the election in bands of ten years.
class AgeBands
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::AgeBands)
public:
    static constexpr int Count = 5;     // under 30, 30–39, 40–49, 50–59, 60 and over
    static int bandOf(int age);
    static QString label(int band);     // "40–49"
    static QString key(int band);       // "40_49": for CSV and JSON
};

struct CandidateProfile
{
    QDate day;                          // for a day
    qint64 regionId = 0;                // for a region (0: no region)
    QString label;                      // the day in ISO form, or the region's name

    int candidates = 0;
    int winners = 0;                    // candidates elected (in races whose winner is known)

    int sexKnown = 0;                   // candidates whose sex is known
    int women = 0;
    std::optional<double> womenShare;   // women ÷ sexKnown
    int winnersSexKnown = 0;
    int womenWinners = 0;
    std::optional<double> womenWinnerShare;

    // Age at the election: the age as published, else the election's year − the year of birth.
    int ageKnown = 0;
    std::array<int, AgeBands::Count> ages{};
    std::optional<double> medianAge;
    int winnersAgeKnown = 0;
    std::array<int, AgeBands::Count> winnerAges{};
    std::optional<double> medianWinnerAge;

    int incumbencyKnown = 0;            // candidates of whom it is known whether they were the sitting akim
    int incumbents = 0;                 // sitting akims who stood
    int incumbentsWhereWinnerKnown = 0; // of them, in races whose winner is known
    int incumbentsReelected = 0;
    std::optional<double> reelectionRate; // incumbentsReelected ÷ incumbentsWhereWinnerKnown
};

struct CandidateProfileSummary
{
    CandidateProfile total;             // every candidate of the scope
    QList<CandidateProfile> byElection; // in the order of the days
    QList<CandidateProfile> byRegion;   // regions in the alphabet's order
};

class CandidateProfiles
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::CandidateProfiles)
public:
    // Every candidate of the comparison's scope (its days and territory), read once. Empty with
    // error on a read failure.
    static CandidateProfileSummary read(const Comparison &comparison, QString *error = nullptr);
};

} // namespace Sailau
