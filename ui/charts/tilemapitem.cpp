// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilemapitem.h"

#include "format.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace Sailau::Charts {

namespace {

// Diagonal hatch lines clipped to a rectangle, drawn as a path so that they scale with the
// chart (a pattern brush would be drawn in device pixels, and SVG would lose it).
QPainterPath hatch(const QRectF &r, double spacing)
{
    QPainterPath path;
    for (double c = spacing; c < r.width() + r.height(); c += spacing) {
        // The line x + y = c in rectangle coordinates, clipped.
        const double x0 = std::max(0.0, c - r.height());
        const double x1 = std::min(r.width(), c);
        if (x1 <= x0)
            continue;
        path.moveTo(r.left() + x0, r.top() + (c - x0));
        path.lineTo(r.left() + x1, r.top() + (c - x1));
    }
    return path;
}

// The name without "Region", "область", "облысы": the tile is small.
QString compactName(QString name)
{
    static const char *const suffixes[] = {" Region", " region", " область", " облысы", " қаласы"};
    static const char *const prefixes[] = {"область ", "город ", "Город "};
    for (const char *s : suffixes) {
        if (name.endsWith(QString::fromUtf8(s)))
            name.chop(QString::fromUtf8(s).size());
    }
    for (const char *p : prefixes) {
        if (name.startsWith(QString::fromUtf8(p)))
            name.remove(0, QString::fromUtf8(p).size());
    }
    return name.trimmed();
}

bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouyAEIOUYаеёиоуыэюяАЕЁИОУЫЭЮЯәөұүіӘӨҰҮІ");
    return vowels.contains(c);
}

// Breaks a name into lines of at most width at the given font: at spaces and hyphens first, and
// a word longer than the line is split with a hyphen where it reaches the edge. Never elides.
QStringList wrapName(const QString &name, double width, const QFont &font)
{
    const QFontMetricsF fm(font);
    // Words, each keeping the hyphen it ends with ("Северо-", "Казахстанская").
    QStringList words;
    QString word;
    for (const QChar c : name) {
        if (c == QLatin1Char(' ')) {
            if (!word.isEmpty())
                words.append(word);
            word.clear();
        } else {
            word.append(c);
            if (c == QLatin1Char('-')) {
                words.append(word);
                word.clear();
            }
        }
    }
    if (!word.isEmpty())
        words.append(word);
    QStringList lines;
    QString line;
    auto join = [](const QString &a, const QString &b) {
        return a.isEmpty() ? b : a.endsWith(QLatin1Char('-')) ? a + b : a + QLatin1Char(' ') + b;
    };
    for (QString w : std::as_const(words)) {
        if (fm.horizontalAdvance(join(line, w)) <= width) {
            line = join(line, w);
            continue;
        }
        if (!line.isEmpty())
            lines.append(line);
        line.clear();
        // A word wider than the line: split it, each piece ending in a hyphen, before a consonant
        // that a vowel follows ("Казахс-танская") and leaving at least three letters on each side
        // where the line allows it.
        while (fm.horizontalAdvance(w) > width && w.size() > 2) {
            int fits = w.size() - 1;
            while (fits > 1 && fm.horizontalAdvance(w.left(fits) + QLatin1Char('-')) > width)
                --fits;
            int n = fits;
            for (int k = fits; k >= 3; --k) {
                if (w.size() - k >= 3 && !isVowel(w.at(k)) && k + 1 < w.size() && isVowel(w.at(k + 1))
                    && w.at(k).isLetter() && w.at(k - 1).isLetter()) {
                    n = k;
                    break;
                }
            }
            if (n == fits && w.size() - fits < 3 && fits > 3)
                n = std::max(3, int(w.size()) - 3);
            lines.append(w.left(n) + QLatin1Char('-'));
            w = w.mid(n);
        }
        line = w;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

// The lines of a tile's name: the largest font from font's size down to minPixels at which it
// takes at most two lines (three at the smallest size), else wrapped at minPixels.
QStringList fitName(const QString &name, double width, QFont &font, int minPixels)
{
    while (true) {
        const QStringList lines = wrapName(name, width, font);
        const bool wordsWhole = std::none_of(lines.cbegin(), lines.cend(), [&](const QString &l) {
            return l.endsWith(QLatin1Char('-')) && !name.contains(l.trimmed());
        });
        if (lines.size() <= 1 || (lines.size() <= 2 && wordsWhole))
            return lines;
        if (font.pixelSize() <= minPixels)
            return lines;
        font.setPixelSize(font.pixelSize() - 1);
    }
}

} // namespace

TileMapItem::TileMapItem(const ChartModel &model, const ChartTheme &theme, QGraphicsItem *parent)
    : QGraphicsWidget(parent)
    , m_model(model)
    , m_theme(theme)
{
    setFlag(QGraphicsItem::ItemClipsChildrenToShape, false);
    setAcceptHoverEvents(true);
    bool any = false;
    for (const RegionTile &t : m_model.tiles) {
        if (!t.value)
            continue;
        if (!any) {
            m_min = m_max = *t.value;
            any = true;
        } else {
            m_min = std::min(m_min, *t.value);
            m_max = std::max(m_max, *t.value);
        }
    }
    if (!any) {
        m_min = 0;
        m_max = 1;
    }
    if (m_model.mapMetric == MapMetric::Races)
        m_min = 0;   // counts start at zero
    if (m_max - m_min < 1e-9) {
        // One value only: give the scale some width so that it sits in the middle.
        const double pad = m_model.share ? 0.05 : 0.5;
        m_min = std::max(0.0, m_min - pad);
        m_max += pad;
    }
    // Short names on the tiles, unless shortening makes two alike ("Almaty Region" and "Almaty").
    QHash<QString, int> uses;
    for (const RegionTile &t : m_model.tiles)
        ++uses[compactName(t.shortName)];
    for (const RegionTile &t : m_model.tiles) {
        const QString compact = compactName(t.shortName);
        m_names.insert(t.regionId, uses.value(compact) > 1 ? t.shortName : compact);
    }
    resize(640, 480);
}

QColor TileMapItem::colourFor(const std::optional<double> &value) const
{
    if (!value)
        return m_theme.missing;
    return Palette::sequential((*value - m_min) / (m_max - m_min));
}

QString TileMapItem::valueText(double value) const
{
    switch (m_model.mapMetric) {
    case MapMetric::Races: return Format::count(qint64(std::llround(value)));
    case MapMetric::Enc: return Format::decimal(value, 2);
    default: return Format::percent(value, 1);
    }
}

QString TileMapItem::tooltip(const RegionTile &tile) const
{
    QString text = QStringLiteral("<b>%1</b><br>").arg(tile.name.toHtmlEscaped());
    text += QStringLiteral("%1: ").arg(m_model.valueTitle.toHtmlEscaped());
    if (tile.value) {
        text += QStringLiteral("<b>%1</b>").arg(valueText(*tile.value).toHtmlEscaped());
        if (m_model.mapMetric != MapMetric::Races && m_model.share)
            text += QStringLiteral(" (%1)").arg(Format::percent(tile.value, 2).toHtmlEscaped());
    } else {
        text += tr("not known");
    }
    if (!tile.basis.isEmpty())
        text += QStringLiteral("<br>%1").arg(tile.basis.toHtmlEscaped());
    text += QStringLiteral("<br>") + tr("Races on this day: %1").arg(Format::count(qint64(tile.races)));
    if (!tile.sources.isEmpty())
        text += QStringLiteral("<br>") + tr("Source: %1").arg(tile.sources.join(QStringLiteral(", ")).toHtmlEscaped());
    else if (tile.value && m_model.mapMetric != MapMetric::Races)
        text += QStringLiteral("<br>") + tr("Source: computed by Sailau from the races' figures");
    return text;
}

void TileMapItem::setGeometry(const QRectF &rect)
{
    const bool changed = rect.size() != size();
    QGraphicsWidget::setGeometry(rect);
    if (changed || m_items.isEmpty())
        relayout();
}

void TileMapItem::setBackgroundVisible(bool visible)
{
    m_background = visible;
    update();
}

void TileMapItem::setSelectedRegion(qint64 regionId)
{
    if (m_selected == regionId)
        return;
    m_selected = regionId;
    relayout();
}

QRectF TileMapItem::tileRect(qint64 regionId) const
{
    return m_tiles.value(regionId);
}

qint64 TileMapItem::regionAt(const QPointF &pos) const
{
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it) {
        if (it.value().contains(pos))
            return it.key();
    }
    return 0;
}

void TileMapItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_background)
        painter->fillRect(QRectF(QPointF(0, 0), size()), m_theme.background);
}

void TileMapItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const qint64 id = regionAt(event->pos());
    if (id && event->button() == Qt::LeftButton) {
        event->accept();
        emit regionClicked(id);
        return;
    }
    event->ignore();
}

// The geometry of one layout: the grid of tiles, and the legend beside or under it.
struct TileMapItem::Layout
{
    int minRow = 0, minCol = 0, rows = 0, cols = 0;
    double pad = 0;
    double cell = 0, gap = 0;
    QPointF origin;                 // the grid's top left
    QFont labelFont;
    bool legendRight = false;
    double legendWidth = 0, legendHeight = 0;
    double barThickness = 0;
    QStringList tickTexts;          // the lowest, middle and highest value
    QString missingText;
};

void TileMapItem::relayout()
{
    qDeleteAll(m_items);
    m_items.clear();
    m_tiles.clear();
    m_tileItems.clear();
    const QSizeF area = size();
    if (area.width() < 10 || area.height() < 10 || m_model.tiles.isEmpty())
        return;
    const Layout layout = layoutFor(area);
    for (const RegionTile &t : m_model.tiles)
        addTile(t, layout);
    // The selected region on top, outlined.
    if (m_tiles.contains(m_selected)) {
        const double w = std::max(2.0, layout.cell * 0.06);
        auto *outline = new QGraphicsRectItem(m_tiles.value(m_selected).adjusted(-w / 2, -w / 2, w / 2, w / 2), this);
        QPen pen(m_theme.foreground, w);
        pen.setJoinStyle(Qt::MiterJoin);
        outline->setPen(pen);
        outline->setBrush(Qt::NoBrush);
        outline->setAcceptedMouseButtons(Qt::NoButton);
        outline->setZValue(2);
        m_items.append(outline);
    }
    addLegend(layout, area);
    for (QGraphicsItem *item : std::as_const(m_items))
        item->setAcceptedMouseButtons(Qt::NoButton);
}

// Where the grid and the legend go in an item of this size.
TileMapItem::Layout TileMapItem::layoutFor(const QSizeF &area) const
{
    Layout l;
    int minRow = INT_MAX, maxRow = INT_MIN, minCol = INT_MAX, maxCol = INT_MIN;
    for (const RegionTile &t : m_model.tiles) {
        minRow = std::min(minRow, t.row);
        maxRow = std::max(maxRow, t.row);
        minCol = std::min(minCol, t.col);
        maxCol = std::max(maxCol, t.col);
    }
    l.minRow = minRow;
    l.minCol = minCol;
    l.rows = maxRow - minRow + 1;
    l.cols = maxCol - minCol + 1;

    l.labelFont = m_theme.font(0.9);
    const QFontMetricsF fm(l.labelFont);
    l.pad = m_theme.basePixels * 0.6;

    // The legend: a colour bar with the range, and the "not known" swatch.
    l.legendRight = area.width() >= area.height() * 1.15;
    l.tickTexts = {valueText(m_min), valueText((m_min + m_max) / 2), valueText(m_max)};
    double tickWidth = 0;
    for (const QString &t : std::as_const(l.tickTexts))
        tickWidth = std::max(tickWidth, fm.horizontalAdvance(t));
    l.missingText = tr("Not known");
    l.barThickness = m_theme.basePixels * 1.1;
    l.legendWidth = l.legendRight ? std::max({l.barThickness + l.pad + tickWidth,
                                              fm.horizontalAdvance(l.missingText) + l.barThickness + l.pad})
                                        + l.pad
                                  : 0;
    l.legendHeight = l.legendRight ? 0 : l.barThickness + fm.height() * 2 + l.pad * 2;

    const QRectF gridArea(l.pad, l.pad, area.width() - l.legendWidth - 2 * l.pad,
                          area.height() - l.legendHeight - 2 * l.pad);
    l.cell = std::max(4.0, std::min(gridArea.width() / l.cols, gridArea.height() / l.rows));
    l.gap = std::max(1.5, l.cell * 0.05);
    l.origin = QPointF(gridArea.left() + (gridArea.width() - l.cell * l.cols) / 2,
                       gridArea.top() + (gridArea.height() - l.cell * l.rows) / 2);
    return l;
}

// A region's square in its colour (hatched when its value is not known), with its name and value.
void TileMapItem::addTile(const RegionTile &t, const Layout &l)
{
    const double cell = l.cell;
    const QRectF r(l.origin.x() + (t.col - l.minCol) * cell + l.gap / 2, l.origin.y() + (t.row - l.minRow) * cell + l.gap / 2,
                   cell - l.gap, cell - l.gap);
    m_tiles.insert(t.regionId, r);
    const QColor fill = colourFor(t.value);
    auto *tile = new QGraphicsRectItem(r, this);
    tile->setBrush(fill);
    tile->setPen(Qt::NoPen);
    tile->setToolTip(tooltip(t));
    tile->setAcceptedMouseButtons(Qt::NoButton);
    tile->setData(0, t.regionId);
    m_items.append(tile);
    m_tileItems.insert(t.regionId, tile);
    if (!t.value) {
        auto *lines = new QGraphicsPathItem(hatch(r, std::max(4.0, cell / 9)), this);
        QPen pen(m_theme.missingHatch, std::max(0.75, cell / 110));
        pen.setCapStyle(Qt::FlatCap);
        lines->setPen(pen);
        lines->setAcceptedMouseButtons(Qt::NoButton);
        lines->setToolTip(tile->toolTip());
        m_items.append(lines);
    }
    addTileText(t, r, cell, t.value ? Palette::textOn(fill) : m_theme.foreground, tile->toolTip());
}

// The name on a tile, and the value (or "—") under it.
void TileMapItem::addTileText(const RegionTile &t, const QRectF &r, double cell, const QColor &text,
                              const QString &toolTip)
{
    QFont nameFont = m_theme.font(1.0);
    // In presentation the names stay readable from the back of a room: at least 3/4 of the
    // body text (24 px at 1080 lines); elsewhere they may shrink to 60 % to fit.
    const int floorPixels = m_theme.id == ThemeId::Presentation ? int(std::lround(m_theme.basePixels * 0.75)) : 0;
    nameFont.setPixelSize(std::max({8, floorPixels, int(std::min<double>(m_theme.basePixels, cell * 0.2))}));
    const QStringList lines = fitName(m_names.value(t.regionId, t.shortName), r.width() - cell * 0.08, nameFont,
                                      std::max({5, floorPixels, int(nameFont.pixelSize() * 0.6)}));
    QFont valueFont = nameFont;
    valueFont.setBold(true);
    const QString value = t.value ? valueText(*t.value) : Format::missing();
    const QFontMetricsF nfm(nameFont), vfm(valueFont);
    const double blockHeight = nfm.height() * lines.size() + vfm.height();
    double y = r.top() + (r.height() - blockHeight) / 2;
    for (const QString &line : lines) {
        auto *item = new QGraphicsSimpleTextItem(line, this);
        item->setFont(nameFont);
        item->setBrush(text);
        item->setPos(r.left() + (r.width() - nfm.horizontalAdvance(line)) / 2, y);
        item->setAcceptedMouseButtons(Qt::NoButton);
        item->setToolTip(toolTip);
        m_items.append(item);
        y += nfm.height();
    }
    auto *valueItem = new QGraphicsSimpleTextItem(value, this);
    valueItem->setFont(valueFont);
    valueItem->setBrush(text);
    valueItem->setPos(r.left() + (r.width() - vfm.horizontalAdvance(value)) / 2, y);
    valueItem->setAcceptedMouseButtons(Qt::NoButton);
    valueItem->setToolTip(toolTip);
    m_items.append(valueItem);
}

// The legend: the colour scale as a bar with its lowest, middle and highest value, and the
// swatch of "not known"; beside the grid, or under it in a tall item.
void TileMapItem::addLegend(const Layout &l, const QSizeF &area)
{
    QLinearGradient gradient;
    for (int i = 0; i <= 16; ++i)
        gradient.setColorAt(i / 16.0, Palette::sequential(i / 16.0));
    const QFontMetricsF fm(l.labelFont);
    const double pad = l.pad;
    const double barThickness = l.barThickness;
    const double gridBottom = l.origin.y() + l.rows * l.cell;
    QRectF swatch;
    if (l.legendRight) {
        // Beside the grid rather than at the far edge.
        const double x = std::min(area.width() - l.legendWidth, l.origin.x() + l.cols * l.cell + pad * 2);
        const double barTop = std::max(l.origin.y(), pad) + fm.height() / 2;
        const double barHeight = std::max(40.0, std::min(gridBottom - barTop - barThickness * 3, l.cell * 3.5));
        gradient.setStart(0, barTop + barHeight);
        gradient.setFinalStop(0, barTop);
        auto *bar = new QGraphicsRectItem(x, barTop, barThickness, barHeight, this);
        bar->setBrush(gradient);
        bar->setPen(Qt::NoPen);
        m_items.append(bar);
        addLegendText(l, l.tickTexts[2], QPointF(x + barThickness + pad / 2, barTop), Qt::AlignVCenter);
        addLegendText(l, l.tickTexts[1], QPointF(x + barThickness + pad / 2, barTop + barHeight / 2), Qt::AlignVCenter);
        addLegendText(l, l.tickTexts[0], QPointF(x + barThickness + pad / 2, barTop + barHeight), Qt::AlignVCenter);
        swatch = QRectF(x, barTop + barHeight + barThickness, barThickness, barThickness);
    } else {
        const double top = area.height() - l.legendHeight + pad;
        const double width = std::min(area.width() * 0.6, l.cell * 4);
        const double left = (area.width() - width) / 2;
        gradient.setStart(left, 0);
        gradient.setFinalStop(left + width, 0);
        auto *bar = new QGraphicsRectItem(left, top, width, barThickness, this);
        bar->setBrush(gradient);
        bar->setPen(Qt::NoPen);
        m_items.append(bar);
        addLegendText(l, l.tickTexts[0], QPointF(left, top + barThickness), Qt::AlignHCenter);
        addLegendText(l, l.tickTexts[1], QPointF(left + width / 2, top + barThickness), Qt::AlignHCenter);
        addLegendText(l, l.tickTexts[2], QPointF(left + width, top + barThickness), Qt::AlignHCenter);
        swatch = QRectF(left, top + barThickness + fm.height() + pad / 2, barThickness, barThickness);
    }
    auto *missing = new QGraphicsRectItem(swatch, this);
    missing->setBrush(m_theme.missing);
    missing->setPen(QPen(m_theme.missingHatch, 1));
    m_items.append(missing);
    auto *lines = new QGraphicsPathItem(hatch(swatch, barThickness / 4), this);
    lines->setPen(QPen(m_theme.missingHatch, 1));
    m_items.append(lines);
    addLegendText(l, l.missingText, QPointF(swatch.right() + pad / 2, swatch.center().y()), Qt::AlignVCenter);
}

// A text of the legend, aligned on pos as align says.
void TileMapItem::addLegendText(const Layout &l, const QString &s, const QPointF &pos, Qt::Alignment align)
{
    const QFontMetricsF fm(l.labelFont);
    auto *item = new QGraphicsSimpleTextItem(s, this);
    item->setFont(l.labelFont);
    item->setBrush(m_theme.foreground);
    QPointF p = pos;
    if (align & Qt::AlignHCenter)
        p.rx() -= fm.horizontalAdvance(s) / 2;
    if (align & Qt::AlignRight)
        p.rx() -= fm.horizontalAdvance(s);
    if (align & Qt::AlignVCenter)
        p.ry() -= fm.height() / 2;
    item->setPos(p);
    item->setAcceptedMouseButtons(Qt::NoButton);
    m_items.append(item);
}

} // namespace Sailau::Charts
