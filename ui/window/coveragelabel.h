// SPDX-License-Identifier: GPL-3.0-or-later
// The line above the races that says how much of an election day the database holds.
#pragma once

#include <QDate>
#include <QLabel>

namespace Sailau {

class BackgroundReader;
class Database;

// What the database holds of the chosen day, and where it came from: the bundled sample, the
// imports by name, synthetic data; how many of the day's races are here (of how many, when the
// published count is known) and how many are known only in part. No database, or an empty one,
// says what to do. A large day is counted on another thread.
class CoverageLabel : public QLabel
{
    Q_OBJECT
public:
    explicit CoverageLabel(QWidget *parent = nullptr);

    // database: the one open, or null.
    void showCoverage(const Database *database, const QDate &day);
    // Drops a count still running on another thread.
    void cancel();

private:
    BackgroundReader *m_reader;
};

} // namespace Sailau
