#pragma once

#include <QFont>

namespace kq::ui {

// A title or emphasis font sized relative to `base` (the person's own font): a fixed point size
// would stay small when someone chooses a large desktop font, and a title would end up smaller
// than the text under it.
inline QFont relativeFont(QFont base, double factor, bool bold = false)
{
    if (base.pointSizeF() > 0)
        base.setPointSizeF(base.pointSizeF() * factor);
    else
        base.setPixelSize(qRound(base.pixelSize() * factor));
    base.setBold(bold);
    return base;
}

} // namespace kq::ui
