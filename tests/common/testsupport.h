// SPDX-License-Identifier: GPL-3.0-or-later
// Shared helpers for Sailau's test suites: temporary databases with the bundled sample, paths to
// test data, reading the public-source CSV files the sample was made from.
#pragma once

#include "database.h"
#include "datasetloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace SailauTest {

inline QString testData(const QString &relative)
{
    return QDir(QStringLiteral(SAILAU_TEST_DATA)).filePath(relative);
}

// ../shared next to the repository; tests that need it skip when it is absent.
inline QString sharedDir(const QString &relative = QString())
{
    return QDir(QStringLiteral(SAILAU_SHARED_DIR)).filePath(relative);
}

// A new database with the bundled sample in dir.
inline std::unique_ptr<Sailau::Database> sampleDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("sample.sqlite"))
{
    QString message;
    auto db = Sailau::DatasetLoader::openOrCreate(dir.filePath(name), true, &message);
    if (!db)
        qWarning("cannot create the sample database: %s", qPrintable(message));
    return db;
}

// Every row of every table, in rowid order, as text: two equal dumps are equal databases.
inline QString dumpDatabase(const QSqlDatabase &db)
{
    QString dump;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        dump += QStringLiteral("## ") + table + QLatin1Char('\n');
        QSqlQuery info(db);
        info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
        QStringList order;
        while (info.next())
            order.append(QString::number(order.size() + 1));
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order.join(QLatin1Char(','))));
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values.append(rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
            dump += values.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return dump;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A minimal RFC 4180 reader for the public-source CSV files (UTF-8, comma, quotes).
inline QList<QStringList> readCsv(const QString &path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QString text = QString::fromUtf8(file.readAll());
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace SailauTest
