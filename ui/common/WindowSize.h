#pragma once

#include <QScreen>
#include <QWidget>

namespace kq::ui {

// A window's first size: what it asks for, but no more than the screen it opens on offers (a
// 1366×768 laptop at 150 % scaling gives 910×512 logical pixels, less its panel; a tenth of the
// height is left for the title bar) and no less than its layout needs. A fixed size in pixels would open the
// window partly off such a screen, with its buttons out of reach.
inline void resizeWithinScreen(QWidget* window, QSize wanted)
{
    if (const QScreen* s = window->screen())
        wanted = wanted.boundedTo(
            QSize(qRound(s->availableSize().width() * 0.95), qRound(s->availableSize().height() * 0.9)));
    window->resize(wanted.expandedTo(window->minimumSizeHint()));
}

} // namespace kq::ui
