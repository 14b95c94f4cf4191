#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace kq::ui::StatusColours {

// What a coloured text means. The words always say it too; the colour only repeats it.
enum class Tone {
    Warning,   // overdue, short of a target, over capacity, a flagged score, a weak password
    Positive,  // an acceptable password
    Secondary, // captions and labels of lesser weight
};

// WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white).
double contrast(const QColor& a, const QColor& b);

// The colour for text of `tone` on `background`, chosen to keep WCAG AA (4.5:1) on it: a dark red on
// a light background, a light red on a dark one (a high-contrast theme), black or white if neither
// would do.
QColor on(Tone tone, const QColor& background);
QColor on(Tone tone, const QPalette& palette, QPalette::ColorRole background = QPalette::Window);

// "color:#rrggbb;" for a style sheet or an HTML style attribute.
QString css(Tone tone, const QPalette& palette, QPalette::ColorRole background = QPalette::Window);

} // namespace kq::ui::StatusColours
