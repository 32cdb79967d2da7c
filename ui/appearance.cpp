// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <cmath>
#include <algorithm>
#include <QGuiApplication>

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QRawFont>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Sailau::Appearance {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sailau::Appearance)
};

const QString settingsKey = QStringLiteral("ui/appearance");

struct SystemLook
{
    bool captured = false;
    QString style;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look;
    return look;
}

Mode &currentMode()
{
    static Mode mode = Mode::System;
    return mode;
}

// The Kazakh letters that Russian lacks, lower and upper case.
const QString kazakhLetters = QStringLiteral("әғқңөұүһіӘҒҚҢӨҰҮҺІ");

} // namespace

QString key(Mode mode)
{
    switch (mode) {
    case Mode::System: return QStringLiteral("system");
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
    }
    return {};
}

std::optional<Mode> fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("system"))
        return Mode::System;
    if (k == QLatin1String("light"))
        return Mode::Light;
    if (k == QLatin1String("dark"))
        return Mode::Dark;
    return std::nullopt;
}

QString name(Mode mode)
{
    switch (mode) {
    case Mode::System: return Text::tr("&System");
    case Mode::Light: return Text::tr("&Light");
    case Mode::Dark: return Text::tr("&Dark");
    }
    return {};
}

Mode savedMode()
{
    return fromKey(QSettings().value(settingsKey).toString()).value_or(Mode::System);
}

void saveMode(Mode mode)
{
    QSettings().setValue(settingsKey, key(mode));
}

void captureSystem()
{
    SystemLook &look = systemLook();
    if (look.captured)
        return;
    look.captured = true;
    look.style = QApplication::style() ? QApplication::style()->name() : QString();
    look.palette = QApplication::palette();
}

void apply(Mode mode)
{
    captureSystem();
    const SystemLook &look = systemLook();
    currentMode() = mode;
    switch (mode) {
    case Mode::System:
        if (!look.style.isEmpty() && QApplication::style()->name() != look.style)
            QApplication::setStyle(look.style);
        QApplication::setPalette(withReadableLinks(look.palette));
        break;
    case Mode::Light:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(withReadableLinks(lightPalette()));
        break;
    case Mode::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(withReadableLinks(darkPalette()));
        break;
    }
}

Mode current()
{
    return currentMode();
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool isDark()
{
    return isDark(QApplication::palette());
}

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readable(const QColor &colour, const QColor &background, double ratio)
{
    if (contrastRatio(colour, background) >= ratio)
        return colour;
    // Towards white on a dark background, towards black on a light one, in small steps of HSL
    // lightness, so that the hue stays recognisable.
    const bool dark = luminance(background) < 0.18;
    QColor hsl = colour.toHsl();
    const int hue = hsl.hslHue(), saturation = hsl.hslSaturation();
    for (int lightness = hsl.lightness(); lightness >= 0 && lightness <= 255; lightness += dark ? 4 : -4) {
        const QColor candidate = QColor::fromHsl(hue, saturation, lightness).toRgb();
        if (contrastRatio(candidate, background) >= ratio)
            return candidate;
    }
    return dark ? QColor(Qt::white) : QColor(Qt::black);
}

QPalette withReadableLinks(QPalette palette)
{
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (QPalette::ColorRole role : {QPalette::Link, QPalette::LinkVisited}) {
            QColor c = palette.color(group, role);
            // Labels lie on the window colour, text views on the base colour: readable on both.
            c = readable(c, palette.color(group, QPalette::Base));
            c = readable(c, palette.color(group, QPalette::Window));
            palette.setColor(group, role, c);
        }
    }
    // Greyed labels carry information here (notes, missing figures, the empty race panel): their
    // text reads at 4.5:1 too, still lighter than normal text.
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        QColor c = palette.color(QPalette::Disabled, role);
        c = readable(c, palette.color(QPalette::Disabled, QPalette::Base));
        c = readable(c, palette.color(QPalette::Disabled, QPalette::Window));
        palette.setColor(QPalette::Disabled, role, c);
    }
    return palette;
}

QColor mutedText()
{
    const QPalette p = QGuiApplication::palette();
    return readable(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base));
}

QColor attentionColour()
{
    const QPalette p = QGuiApplication::palette();
    return readable(readable(QColor(0xD5, 0x5E, 0x00), p.color(QPalette::Base)), p.color(QPalette::Window));
}

QPalette lightPalette()
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        QPalette p = fusion->standardPalette();
        delete fusion;
        return p;
    }
    return QPalette(QColor(0xef, 0xef, 0xef));
}

QPalette darkPalette()
{
    // Contrast of text on base and on window stays above 7:1 (WCAG AAA).
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x8e, 0xd8);   // steppe blue
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x47));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xf0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

bool hasKazakhLetters(const QString &family)
{
    const QRawFont raw = QRawFont::fromFont(QFont(family));
    if (!raw.isValid())
        return false;
    for (const QChar c : kazakhLetters) {
        if (!raw.supportsCharacter(c))
            return false;
    }
    return true;
}

QString ensureKazakhFont()
{
    QFont font = QApplication::font();
    if (hasKazakhLetters(font.family()))
        return font.family();
    const QStringList families = QFontDatabase::families();
    for (const QString &candidate : {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                                     QStringLiteral("Liberation Sans"), QStringLiteral("PT Sans"),
                                     QStringLiteral("Ubuntu"), QStringLiteral("Cantarell")}) {
        if (families.contains(candidate) && hasKazakhLetters(candidate)) {
            font.setFamily(candidate);
            QApplication::setFont(font);
            return candidate;
        }
    }
    return font.family();
}

} // namespace Sailau::Appearance
