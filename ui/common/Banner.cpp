#include "Banner.h"

namespace kq::ui {

Banner::Banner(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("banner"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(8, 6, 8, 6);
    setVisible(false);
}

Banner::Colours Banner::colours(Kind kind)
{
    switch (kind) {
    case Kind::Success:
        return {QColor(0xe8, 0xf5, 0xe9), QColor(0x1b, 0x5e, 0x20), QColor(0xa5, 0xd6, 0xa7)};
    case Kind::Error:
        return {QColor(0xff, 0xeb, 0xee), QColor(0xb7, 0x1c, 0x1c), QColor(0xef, 0x9a, 0x9a)};
    case Kind::Info:
        break;
    }
    return {QColor(0xe3, 0xf2, 0xfd), QColor(0x0d, 0x47, 0xa1), QColor(0x90, 0xca, 0xf9)};
}

void Banner::show(Kind kind, const QString& text)
{
    m_kind = kind;
    const Colours c = colours(kind);
    setStyleSheet(QStringLiteral("background:%1;color:%2;border:1px solid %3;border-radius:4px;")
                      .arg(c.background.name(), c.text.name(), c.border.name()));
    setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

} // namespace kq::ui
