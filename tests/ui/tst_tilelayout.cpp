// SPDX-License-Identifier: GPL-3.0-or-later
// The tile-grid positions of the 20 first-level units against their centroids from the boundary
// file in ../shared/geo (read here only, never copied): regions in a tile row run west to east as
// on the map, regions in a tile column run north to south, and no two share a tile.
#include "datasetloader.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QPointF>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Sailau;

namespace {

// The KATO code of each record of a dBASE file.
QStringList readKato(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray d = file.readAll();
    const quint32 records = qFromLittleEndian<quint32>(d.constData() + 4);
    const quint16 headerLength = qFromLittleEndian<quint16>(d.constData() + 8);
    const quint16 recordLength = qFromLittleEndian<quint16>(d.constData() + 10);
    int offset = 1, length = 0;
    int at = 1;
    for (int p = 32; p < headerLength && d.at(p) != 0x0d; p += 32) {
        const QByteArray name = d.mid(p, 11).split('\0').first();
        const int size = quint8(d.at(p + 16));
        if (name == "KATO") {
            offset = at;
            length = size;
        }
        at += size;
    }
    QStringList codes;
    for (quint32 i = 0; i < records; ++i)
        codes.append(QString::fromUtf8(d.mid(headerLength + i * recordLength + offset, length)).trimmed());
    return codes;
}

// Area-weighted centroids of the polygons of a shapefile, in record order.
QList<QPointF> readCentroids(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray d = file.readAll();
    QList<QPointF> centroids;
    int pos = 100;
    while (pos + 8 <= d.size()) {
        const qint32 words = qFromBigEndian<qint32>(d.constData() + pos + 4);
        const char *c = d.constData() + pos + 8;
        pos += 8 + words * 2;
        if (qFromLittleEndian<qint32>(c) != 5) {
            centroids.append(QPointF());
            continue;
        }
        const qint32 parts = qFromLittleEndian<qint32>(c + 36);
        const qint32 points = qFromLittleEndian<qint32>(c + 40);
        QList<qint32> starts;
        for (int i = 0; i < parts; ++i)
            starts.append(qFromLittleEndian<qint32>(c + 44 + 4 * i));
        starts.append(points);
        const char *xy = c + 44 + 4 * parts;
        auto point = [xy](int i) {
            return QPointF(qFromLittleEndian<double>(xy + 16 * i), qFromLittleEndian<double>(xy + 16 * i + 8));
        };
        double area = 0, cx = 0, cy = 0;
        for (int part = 0; part < parts; ++part) {
            for (int i = starts[part]; i + 1 < starts[part + 1]; ++i) {
                const QPointF a = point(i), b = point(i + 1);
                const double cross = a.x() * b.y() - b.x() * a.y();
                area += cross;
                cx += (a.x() + b.x()) * cross;
                cy += (a.y() + b.y()) * cross;
            }
        }
        area /= 2;
        centroids.append(QPointF(cx / (6 * area), cy / (6 * area)));
    }
    return centroids;
}

} // namespace

class tst_TileLayout : public QObject
{
    Q_OBJECT
private slots:
    void layoutMatchesTheMap();
};

void tst_TileLayout::layoutMatchesTheMap()
{
    const QString geo = QDir(QStringLiteral(SAILAU_SHARED_DIR)).filePath(QStringLiteral("geo"));
    const QString shp = QDir(geo).filePath(QStringLiteral("kaz_admbnda_adm1_2024.shp"));
    const QString dbf = QDir(geo).filePath(QStringLiteral("kaz_admbnda_adm1_2024.dbf"));
    if (!QFile::exists(shp) || !QFile::exists(dbf))
        QSKIP("the boundary files in ../shared/geo are not here");
    const QStringList kato = readKato(dbf);
    const QList<QPointF> centroids = readCentroids(shp);
    QCOMPARE(kato.size(), 20);
    QCOMPARE(centroids.size(), 20);
    QHash<QString, QPointF> centroidOf;
    for (int i = 0; i < kato.size(); ++i)
        centroidOf.insert(kato.at(i), centroids.at(i));

    QTemporaryDir dir;
    QString message;
    auto db = DatasetLoader::openOrCreate(dir.filePath(QStringLiteral("sample.sqlite")), true, &message);
    QVERIFY2(db, qPrintable(message));
    const QList<TerritoryInfo> regions = Store(db->connection()).regions();
    QCOMPARE(regions.size(), 20);
    struct Tile
    {
        QString name;
        int row, col;
        QPointF centre;
    };
    QList<Tile> tiles;
    QSet<QPair<int, int>> used;
    for (const TerritoryInfo &r : regions) {
        QVERIFY2(r.tileRow && r.tileCol, qPrintable(r.nameEn));
        QVERIFY2(centroidOf.contains(r.kato), qPrintable(r.kato));
        const QPair<int, int> cell(*r.tileRow, *r.tileCol);
        QVERIFY2(!used.contains(cell), qPrintable(QStringLiteral("%1 shares tile %2,%3").arg(r.nameEn).arg(cell.first).arg(cell.second)));
        used.insert(cell);
        QVERIFY(*r.tileRow >= 1 && *r.tileRow <= 6 && *r.tileCol >= 1 && *r.tileCol <= 6);
        tiles.append({r.nameEn, *r.tileRow, *r.tileCol, centroidOf.value(r.kato)});
    }
    for (const Tile &a : tiles) {
        for (const Tile &b : tiles) {
            if (a.row == b.row && a.col < b.col)
                QVERIFY2(a.centre.x() < b.centre.x(),
                         qPrintable(QStringLiteral("%1 is placed west of %2 but lies east of it").arg(a.name, b.name)));
            if (a.col == b.col && a.row < b.row)
                QVERIFY2(a.centre.y() > b.centre.y(),
                         qPrintable(QStringLiteral("%1 is placed north of %2 but lies south of it").arg(a.name, b.name)));
            // Tiles that touch side by side or one above the other keep that order too.
            if (qAbs(a.row - b.row) + qAbs(a.col - b.col) == 1) {
                if (a.col < b.col)
                    QVERIFY(a.centre.x() < b.centre.x());
                if (a.row < b.row)
                    QVERIFY(a.centre.y() > b.centre.y());
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_TileLayout)
#include "tst_tilelayout.moc"
