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

void Banner::show(Kind kind, const QString& text)
{
    m_kind = kind;
    const char* style = "background:#e3f2fd;color:#0d47a1;border:1px solid #90caf9;border-radius:4px;";
    if (kind == Kind::Success)
        style = "background:#e8f5e9;color:#1b5e20;border:1px solid #a5d6a7;border-radius:4px;";
    else if (kind == Kind::Error)
        style = "background:#ffebee;color:#b71c1c;border:1px solid #ef9a9a;border-radius:4px;";
    setStyleSheet(QLatin1String(style));
    setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

} // namespace kq::ui
