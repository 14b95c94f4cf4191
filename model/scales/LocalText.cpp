#include "LocalText.h"

namespace kq {

QString LocalText::text() const
{
    return text(QLocale());
}

QString LocalText::text(const QLocale& locale) const
{
    const bool chinese = locale.language() == QLocale::Chinese;
    const QString& preferred = chinese ? zh : en;
    return preferred.isEmpty() ? (chinese ? en : zh) : preferred;
}

} // namespace kq
