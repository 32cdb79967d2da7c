// SPDX-License-Identifier: GPL-3.0-or-later
// The code paths the fuzz targets drive, shared with tst_fuzzregressions so that every input a
// fuzzer once crashed on is replayed by the ordinary test run. Each function takes the bytes of a
// file, runs them through the import pipeline and checks what must hold for any input; it returns
// the first broken rule, or an empty string.
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Sailau {
class Database;
}

namespace SailauFuzz {

class Harness
{
public:
    Harness();
    ~Harness();
    Harness(const Harness &) = delete;
    Harness &operator=(const Harness &) = delete;

    bool isValid() const;

    // Detection, then the delimited-text reader over every record: once over the file, once fed a
    // few bytes at a time (both must give the same records) and once with tight limits.
    QString csvReader(const QByteArray &bytes);
    // The bytes as a .xlsx file: sheet names, detection and every row of the first sheets.
    QString xlsxReader(const QByteArray &bytes);
    // The bytes as a file to import: detection, mapping (matched from the header, and the shipped
    // public-sources preset), validation and the transaction into a temporary database. A rejected
    // import must leave the database as it was; an accepted one must be undone exactly.
    QString importPipeline(const QByteArray &bytes);

private:
    QString writeInput(const QString &name, const QByteArray &bytes);
    Sailau::Database *database(QString *error);

    QTemporaryDir m_dir;
    std::unique_ptr<Sailau::Database> m_database;
};

} // namespace SailauFuzz
