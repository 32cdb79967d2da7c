// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a generated CSV of 1,000,000 rows (about 100 MB of UTF-8 with Kazakh and Russian names,
// quoted fields and decimal numbers) with the delimited reader and prints rows/s and MB/s. When
// sqlite3 is installed it also times `sqlite3 x.db '.mode csv' '.import FILE t'` on the same file,
// the reference of the import benchmark.
#include "import/csvreader.h"
#include "import/tablereader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sailau::Import;

class BenchCsvReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_bytes = 0;
    static constexpr int Rows = 1000000;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("bench.csv"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QList<QByteArray> regions = {
            QStringLiteral("Батыс Қазақстан облысы").toUtf8(), QStringLiteral("область Абай").toUtf8(),
            QStringLiteral("Қарағанды облысы").toUtf8(), QStringLiteral("Ulytau").toUtf8()};
        const QList<QByteArray> districts = {
            QStringLiteral("Бөкей ордасы ауданы").toUtf8(), QStringLiteral("\"Есиль, район\"").toUtf8(),
            QStringLiteral("Mamlyut").toUtf8(), QStringLiteral("Тимирязевский район").toUtf8()};
        QByteArray chunk;
        file.write("election_date,region,district,candidate_name,nominated_by,votes,vote_pct,is_winner,source_url\n");
        for (int i = 0; i < Rows; ++i) {
            chunk += "2023-11-05,";
            chunk += regions.at(i % regions.size());
            chunk += ',';
            chunk += districts.at((i / 3) % districts.size());
            chunk += ",C";
            chunk += QByteArray::number(i);
            chunk += ",AMANAT,";
            chunk += QByteArray::number((qint64(i) * 7919) % 50000);
            chunk += ",62.79,";
            chunk += (i % 4 == 0) ? "true" : "false";
            chunk += ",https://x.kz/";
            chunk += QByteArray::number(i % 1000);
            chunk += '\n';
            if (chunk.size() > 1 << 20) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
        m_bytes = file.size();
        file.close();
        qInfo("generated %d rows, %.1f MB", Rows, double(m_bytes) / 1e6);
    }

    void readAll()
    {
        ReadOptions options;
        options.encoding = QStringLiteral("UTF-8");
        options.delimiter = u',';
        QElapsedTimer timer;
        timer.start();
        QString error;
        auto reader = openTable(m_path, options, &error);
        QVERIFY2(reader, qPrintable(error));
        QStringList cells;
        qint64 records = 0, cellCount = 0;
        while (reader->next(&cells)) {
            ++records;
            cellCount += cells.size();
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        QCOMPARE(reader->error(), QString());
        QCOMPARE(records, qint64(Rows) + 1);
        QCOMPARE(cellCount, (qint64(Rows) + 1) * 9);
        qInfo("csv reader: %lld records in %.3f s: %.0f rows/s, %.1f MB/s", records, seconds,
              double(records) / seconds, double(m_bytes) / 1e6 / seconds);
    }

    void detectAndRead()
    {
        // As the import does it: detection first, then the reader.
        QElapsedTimer timer;
        timer.start();
        QString error;
        auto reader = openTable(m_path, {}, &error);
        QVERIFY2(reader, qPrintable(error));
        QStringList cells;
        qint64 records = 0;
        while (reader->next(&cells))
            ++records;
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        QCOMPARE(records, qint64(Rows) + 1);
        qInfo("detect + csv reader: %.3f s: %.0f rows/s, %.1f MB/s", seconds, double(records) / seconds,
              double(m_bytes) / 1e6 / seconds);
    }

    void sqliteReference()
    {
        const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite.isEmpty())
            QSKIP("sqlite3 is not installed");
        const QString db = m_dir.filePath(QStringLiteral("reference.db"));
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(sqlite, {db, QStringLiteral(".mode csv"), QStringLiteral(".import %1 t").arg(m_path)});
        QVERIFY(process.waitForFinished(600000));
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        QCOMPARE(process.exitCode(), 0);
        qInfo("sqlite3 .import reference: %.3f s: %.0f rows/s, %.1f MB/s", seconds, double(Rows) / seconds,
              double(m_bytes) / 1e6 / seconds);
    }
};

QTEST_APPLESS_MAIN(BenchCsvReader)
#include "bench_csvreader.moc"
