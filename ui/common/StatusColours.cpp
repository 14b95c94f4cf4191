#include "StatusColours.h"

#include <QList>

#include <cmath>

namespace kq::ui::StatusColours {

namespace {

constexpr double kAA = 4.5;

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// Preferred shades, the usual one first; the Material palette's 900 and 200–300 tones.
QList<QColor> shades(Tone tone)
{
    switch (tone) {
    case Tone::Warning:
        return {QColor(0xb7, 0x1c, 0x1c), QColor(0xff, 0x8a, 0x80)};
    case Tone::Positive:
        return {QColor(0x1b, 0x5e, 0x20), QColor(0xa5, 0xd6, 0xa7)};
    case Tone::Secondary:
        return {QColor(0x59, 0x59, 0x59), QColor(0xb8, 0xb8, 0xb8)};
    }
    return {};
}

} // namespace

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor on(Tone tone, const QColor& background)
{
    for (const QColor& c : shades(tone))
        if (contrast(c, background) >= kAA)
            return c;
    return contrast(Qt::black, background) >= contrast(Qt::white, background) ? QColor(Qt::black)
                                                                              : QColor(Qt::white);
}

QColor on(Tone tone, const QPalette& palette, QPalette::ColorRole background)
{
    return on(tone, palette.color(background));
}

QString css(Tone tone, const QPalette& palette, QPalette::ColorRole background)
{
    return QStringLiteral("color:%1;").arg(on(tone, palette, background).name());
}

} // namespace kq::ui::StatusColours
