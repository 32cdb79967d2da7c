// SPDX-License-Identifier: GPL-3.0-or-later
// Export renders the chart scene into the target device: exact pixel sizes, DPI in the metadata,
// real transparency, SVG with a view box and text kept as text, a PDF page of the chart's size.
#include "charts/chartexporter.h"
#include "charts/chartgraphic.h"
#include "datasetloader.h"
#include "language.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImageReader>
#include <QImageWriter>
#include <QMap>
#include <QFileInfo>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace Sailau;
using namespace Sailau::Charts;

class tst_ChartExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pixelSizes_data();
    void pixelSizes();
    void pngAt300Dpi();
    void pngIsCompressed();
    void jpegQualityIsUsed();
    void labelsKeepClearOfTheReferenceLine_data();
    void labelsKeepClearOfTheReferenceLine();
    void transparentCorner();
    void jpegRefusesTransparency();
    void svgHasViewBoxAndText();
    void pdfPageIsTheChart();
    void everyChartExports_data();
    void everyChartExports();
    void batchFileNames();
    void clipboard();
    void optionsRoundTrip();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChartData> m_data;
};

void tst_ChartExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString message;
    m_db = DatasetLoader::openOrCreate(m_dir.filePath(QStringLiteral("sample.sqlite")), true, &message);
    QVERIFY2(m_db, qPrintable(message));
    m_data = std::make_unique<ChartData>(m_db->connection());
    QVERIFY(m_data->setScope(QDate(2023, 11, 5), 0));
}

void tst_ChartExport::cleanupTestCase()
{
    m_data.reset();
    m_db.reset();
}

void tst_ChartExport::pixelSizes_data()
{
    QTest::addColumn<double>("widthMm");
    QTest::addColumn<double>("heightMm");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("160×100 mm at 300 DPI") << 160.0 << 100.0 << 300 << QSize(1890, 1181);
    QTest::newRow("160×100 mm at 96 DPI") << 160.0 << 100.0 << 96 << QSize(605, 378);
    QTest::newRow("80×60 mm at 600 DPI") << 80.0 << 60.0 << 600 << QSize(1890, 1417);
    QTest::newRow("A4 landscape at 150 DPI") << 297.0 << 210.0 << 150 << QSize(1754, 1240);
}

void tst_ChartExport::pixelSizes()
{
    QFETCH(double, widthMm);
    QFETCH(double, heightMm);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);
    ExportOptions o;
    o.widthMm = widthMm;
    o.heightMm = heightMm;
    o.dpi = dpi;
    QCOMPARE(o.pixelSize(), pixels);
}

void tst_ChartExport::pngAt300Dpi()
{
    ExportOptions o;
    o.widthMm = 160;
    o.heightMm = 100;
    o.dpi = 300;
    const QString path = m_dir.filePath(QStringLiteral("turnout.png"));
    QString error;
    QVERIFY2(ChartExporter::exportChart(*m_data, ChartId::TurnoutByRace, o, path, &error), qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(1890, 1181));
    // 300 DPI = 11811 dots per metre, written into pHYs.
    QCOMPARE(image.dotsPerMeterX(), 11811);
    QCOMPARE(image.dotsPerMeterY(), 11811);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const int at = int(bytes.indexOf("pHYs"));
    QVERIFY(at > 0);
    auto be32 = [&](int i) {
        return (quint32(quint8(bytes[i])) << 24) | (quint32(quint8(bytes[i + 1])) << 16)
               | (quint32(quint8(bytes[i + 2])) << 8) | quint32(quint8(bytes[i + 3]));
    };
    QCOMPARE(be32(at + 4), 11811u);
    QCOMPARE(be32(at + 8), 11811u);
    QCOMPARE(int(bytes[at + 12]), 1);   // unit: metre
    // White background and something drawn.
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    int dark = 0;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            dark += qGray(image.pixel(x, y)) < 100;
    QVERIFY(dark > 100);
}

namespace {

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16)
           | (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
}

} // namespace

void tst_ChartExport::pngIsCompressed()
{
    // A 160 × 100 mm chart at 300 DPI: 1890 × 1181 pixels, 6.7 MB as raw RGB.
    ExportOptions o;
    const QString path = m_dir.filePath(QStringLiteral("compressed.png"));
    QString error;
    QVERIFY2(ChartExporter::exportChart(*m_data, ChartId::TurnoutByRace, o, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    // The zlib stream of the first IDAT chunk says how hard it was compressed: FLEVEL (the top two
    // bits of its second byte) is 0 for level 0-1, 1 for 2-5, 2 for 6 (the default), 3 for 7-9.
    const qsizetype idat = bytes.indexOf("IDAT");
    QVERIFY(idat > 0);
    const quint8 cmf = quint8(bytes[idat + 4]), flg = quint8(bytes[idat + 5]);
    QCOMPARE(cmf & 0x0f, 8);                       // deflate
    QCOMPARE((cmf * 256 + flg) % 31, 0);           // a valid zlib header
    QVERIFY2((flg >> 6) >= 2, qPrintable(QStringLiteral("zlib FLEVEL %1").arg(flg >> 6)));

    // No larger than twice the same pixels recompressed as hard as zlib can (a stand-in for
    // optipng -o2, which the export benchmark compares against when it is installed).
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1890, 1181));
    QByteArray best;
    {
        QBuffer buffer(&best);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QImageWriter writer(&buffer, "png");
        writer.setCompression(9);
        QVERIFY(writer.write(image));
    }
    QVERIFY2(bytes.size() <= 2 * best.size(),
             qPrintable(QStringLiteral("%1 bytes exported, %2 at level 9").arg(bytes.size()).arg(best.size())));
    // And far below the raw pixels (the uncompressed file was 6.4 MB).
    QVERIFY2(bytes.size() < 1'000'000, qPrintable(QStringLiteral("%1 bytes").arg(bytes.size())));
    // The total length of the IDAT chunks agrees with the file (nothing hidden elsewhere).
    qsizetype at = idat;
    qint64 idatBytes = 0;
    while (at > 0) {
        idatBytes += bigEndian32(bytes, at - 4);
        at = bytes.indexOf("IDAT", at + 4);
    }
    QVERIFY(idatBytes > 0 && idatBytes < bytes.size());
}

void tst_ChartExport::jpegQualityIsUsed()
{
    ExportOptions o;
    QCOMPARE(o.jpegQuality, 90);
    o.format = ExportOptions::Format::Jpeg;
    o.dpi = 150;
    QString error;
    QMap<int, qint64> sizes;
    for (int quality : {30, 90}) {
        o.jpegQuality = quality;
        const QString path = m_dir.filePath(QStringLiteral("quality-%1.jpg").arg(quality));
        QVERIFY2(ChartExporter::exportChart(*m_data, ChartId::TurnoutByRace, o, path, &error), qPrintable(error));
        sizes.insert(quality, QFileInfo(path).size());
        QCOMPARE(QImageReader(path).format(), QByteArray("jpeg"));
    }
    // A lower quality is a smaller file: the setting reaches the encoder.
    QVERIFY2(sizes.value(30) * 3 / 2 < sizes.value(90),
             qPrintable(QStringLiteral("%1 and %2 bytes").arg(sizes.value(30)).arg(sizes.value(90))));
}

void tst_ChartExport::labelsKeepClearOfTheReferenceLine_data()
{
    QTest::addColumn<int>("chart");
    QTest::addColumn<int>("width");
    QTest::newRow("turnout by race, report figure") << int(ChartId::TurnoutByRace) << 160;
    QTest::newRow("turnout by race, narrow") << int(ChartId::TurnoutByRace) << 110;
    QTest::newRow("turnout by race, A4") << int(ChartId::TurnoutByRace) << 297;
    QTest::newRow("turnout distribution") << int(ChartId::TurnoutDistribution) << 160;
}

void tst_ChartExport::labelsKeepClearOfTheReferenceLine()
{
    QFETCH(int, chart);
    QFETCH(int, width);
    ExportOptions o;
    o.widthMm = width;
    o.heightMm = 120;
    o.dpi = 150;
    ChartExporter::Page page(*m_data, ChartId(chart), o);
    ChartGraphic *g = page.graphic();
    const QLineF line = g->referenceLine();
    QVERIFY2(!line.isNull(), "the sample publishes the country's turnout: the chart has its line");
    const QList<QRectF> labels = g->visibleValueLabels();
    QVERIFY(!labels.isEmpty());
    int nearLine = 0;
    for (const QRectF &label : labels) {
        if (std::abs(line.x1() - line.x2()) < 0.5) {
            // A vertical line: no label spans its x.
            const double x = line.x1();
            QVERIFY2(!(label.left() < x && label.right() > x),
                     qPrintable(QStringLiteral("label %1..%2 crosses the line at %3").arg(label.left()).arg(label.right()).arg(x)));
            nearLine += std::abs(label.left() - x) < label.width();
        } else {
            const double y = line.y1();
            QVERIFY2(!(label.top() < y && label.bottom() > y),
                     qPrintable(QStringLiteral("label %1..%2 crosses the line at %3").arg(label.top()).arg(label.bottom()).arg(y)));
        }
    }
    Q_UNUSED(nearLine);
}

void tst_ChartExport::transparentCorner()
{
    ExportOptions o;
    o.background = ExportOptions::Background::Transparent;
    o.dpi = 150;
    const QString path = m_dir.filePath(QStringLiteral("map.png"));
    QString error;
    QVERIFY2(ChartExporter::exportChart(*m_data, ChartId::Map, o, path, &error), qPrintable(error));
    const QImage image(path);
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(image.width() - 1, image.height() - 1)), 0);
    QCOMPARE(qAlpha(image.pixel(image.width() - 1, 0)), 0);
    // The tiles are opaque.
    int opaque = 0;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            opaque += qAlpha(image.pixel(x, y)) == 255;
    QVERIFY(opaque > 500);
}

void tst_ChartExport::jpegRefusesTransparency()
{
    ExportOptions o;
    o.format = ExportOptions::Format::Jpeg;
    o.background = ExportOptions::Background::Transparent;
    QVERIFY(!o.validate().isEmpty());
    QString error;
    QVERIFY(!ChartExporter::exportChart(*m_data, ChartId::Margin, o, m_dir.filePath(QStringLiteral("x.jpg")), &error));
    QVERIFY(!error.isEmpty());
    o.background = ExportOptions::Background::White;
    QVERIFY2(ChartExporter::exportChart(*m_data, ChartId::Margin, o, m_dir.filePath(QStringLiteral("x.jpg")), &error),
             qPrintable(error));
    QImageReader reader(m_dir.filePath(QStringLiteral("x.jpg")));
    QCOMPARE(reader.format(), QByteArray("jpeg"));
    QCOMPARE(reader.size(), QSize(1890, 1181));
}

void tst_ChartExport::svgHasViewBoxAndText()
{
    setDisplayLanguage(Language::Kazakh);
    ChartData kk(m_db->connection());
    QVERIFY(kk.setScope(QDate(2023, 11, 5), 0));
    ExportOptions o;
    o.format = ExportOptions::Format::Svg;
    const QString path = m_dir.filePath(QStringLiteral("map.svg"));
    QString error;
    QVERIFY2(ChartExporter::exportChart(kk, ChartId::Map, o, path, &error), qPrintable(error));
    setDisplayLanguage(Language::English);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QXmlStreamReader xml(svg);
    QString viewBox, width;
    int texts = 0;
    QString allText;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("svg")) {
                viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
                width = xml.attributes().value(QLatin1String("width")).toString();
            } else if (xml.name() == QLatin1String("text")) {
                ++texts;
                allText += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(!viewBox.isEmpty(), "the SVG has no viewBox");
    const QStringList box = viewBox.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(box.size(), 4);
    QVERIFY(qAbs(box.at(2).toDouble() / box.at(3).toDouble() - 1.6) < 0.01);
    QVERIFY2(width.endsWith(QLatin1String("mm")), qPrintable(width));
    QVERIFY(qAbs(width.chopped(2).toDouble() - 160.0) < 0.1);
    // Text stays text, Kazakh letters included.
    QVERIFY(texts > 20);
    QVERIFY2(allText.contains(QStringLiteral("Қарағанды")), qPrintable(allText.left(400)));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
}

void tst_ChartExport::pdfPageIsTheChart()
{
    ExportOptions o;
    o.format = ExportOptions::Format::Pdf;
    o.widthMm = 160;
    o.heightMm = 100;
    const QString path = m_dir.filePath(QStringLiteral("enc.pdf"));
    QString error;
    QVERIFY2(ChartExporter::exportChart(*m_data, ChartId::Enc, o, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    const QRegularExpression mediaBox(QStringLiteral("/MediaBox\\s*\\[\\s*([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]"));
    const auto match = mediaBox.match(QString::fromLatin1(pdf));
    QVERIFY(match.hasMatch());
    // 160 × 100 mm = 453.5 × 283.5 points; the page is the chart's size, not A4.
    QVERIFY(qAbs(match.captured(3).toDouble() - 160 / 25.4 * 72) <= 1.0);
    QVERIFY(qAbs(match.captured(4).toDouble() - 100 / 25.4 * 72) <= 1.0);
    QCOMPARE(int(pdf.count("/Type /Page\n")) + int(pdf.count("/Type /Page\r")) + int(pdf.count("/Type /Page ")) + int(pdf.count("/Type /Page/")) > 0, true);
    // Text is text: a font is embedded.
    QVERIFY(pdf.contains("/FontFile2") || pdf.contains("/FontFile"));
}

void tst_ChartExport::everyChartExports_data()
{
    QTest::addColumn<int>("chart");
    for (ChartId id : ChartCatalog::all())
        QTest::newRow(qPrintable(ChartCatalog::key(id))) << int(id);
}

void tst_ChartExport::everyChartExports()
{
    QFETCH(int, chart);
    ExportOptions o;
    o.dpi = 96;
    const QImage image = ChartExporter::renderImage(*m_data, ChartId(chart), o);
    QCOMPARE(image.size(), QSize(605, 378));
    // The chart's labels are placed inside the page.
    ChartExporter::Page page(*m_data, ChartId(chart), o);
    QVERIFY(page.graphic());
    for (QGraphicsItem *item : page.scene()->items()) {
        if (!item->isVisible())
            continue;
        const QRectF r = item->sceneBoundingRect();
        QVERIFY2(r.right() <= page.size().width() + 1 && r.left() >= -1,
                 qPrintable(QStringLiteral("item of type %1 at %2..%3").arg(item->type()).arg(r.left()).arg(r.right())));
    }
}

void tst_ChartExport::batchFileNames()
{
    ExportOptions o;
    o.dpi = 96;
    QString error;
    const QString dir = m_dir.filePath(QStringLiteral("batch"));
    const QStringList files = ChartExporter::exportAll(*m_data, o, dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(files.size(), ChartCatalog::all().size());
    for (const QString &f : files)
        QVERIFY(QFile::exists(f));
    QVERIFY(files.first().endsWith(QLatin1String("2023-11-05_kazakhstan_turnout-by-race.png")));
    QVERIFY(files.last().endsWith(QLatin1String("2023-11-05_kazakhstan_map-turnout.png")));
}

void tst_ChartExport::clipboard()
{
    ExportOptions o;
    o.dpi = 96;
    QString error;
    QVERIFY2(ChartExporter::copyToClipboard(*m_data, ChartId::TurnoutByRegion, o, &error), qPrintable(error));
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasImage());
    QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), QSize(605, 378));
    QVERIFY(mime->data(QStringLiteral("image/svg+xml")).contains("<svg"));
}

void tst_ChartExport::optionsRoundTrip()
{
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ExportOptions o;
    o.format = ExportOptions::Format::Svg;
    o.unit = ExportOptions::Unit::Pixels;
    o.widthPx = 1200;
    o.heightPx = 675;
    o.dpi = 144;
    o.background = ExportOptions::Background::Transparent;
    o.theme = ThemeId::Dark;
    o.showFootnote = false;
    o.jpegQuality = 75;
    o.save(settings);
    const ExportOptions back = ExportOptions::load(settings);
    QCOMPARE(back.format, o.format);
    QCOMPARE(back.unit, o.unit);
    QCOMPARE(back.widthPx, 1200);
    QCOMPARE(back.heightPx, 675);
    QCOMPARE(back.dpi, 144);
    QCOMPARE(back.background, o.background);
    QCOMPARE(back.theme, ThemeId::Dark);
    QCOMPARE(back.showFootnote, false);
    QCOMPARE(back.jpegQuality, 75);
    // Nothing saved yet: the default quality.
    QSettings empty(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    QCOMPARE(ExportOptions::load(empty).jpegQuality, ExportOptions::DefaultJpegQuality);
}

QTEST_MAIN(tst_ChartExport)
#include "tst_chartexport.moc"
