#include "PriceItem.h"

namespace kq::Money {

QString plain(qint64 fen)
{
    const qint64 magnitude = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(fen < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString format(qint64 fen)
{
    return fen < 0 ? QStringLiteral("-¥") + plain(-fen) : QStringLiteral("¥") + plain(fen);
}

std::optional<qint64> parseYuan(const QString& text)
{
    QString s = text.trimmed();
    if (s.startsWith(u'¥') || s.startsWith(u'￥'))
        s = s.mid(1).trimmed();
    const qsizetype dot = s.indexOf(u'.');
    const QString whole = dot < 0 ? s : s.left(dot);
    const QString fraction = dot < 0 ? QString() : s.mid(dot + 1);
    // Digits by hand: toLongLong() would take signs, spaces and other scripts' digits.
    const auto asciiDigits = [](const QString& part) {
        for (QChar c : part)
            if (c < u'0' || c > u'9')
                return false;
        return true;
    };
    if (whole.isEmpty() || whole.size() > 7 || !asciiDigits(whole))
        return std::nullopt;
    if (dot >= 0 && (fraction.isEmpty() || fraction.size() > 2 || !asciiDigits(fraction)))
        return std::nullopt;
    qint64 fen = whole.toLongLong() * 100;
    if (fraction.size() == 1)
        fen += fraction.toLongLong() * 10;
    else if (fraction.size() == 2)
        fen += fraction.toLongLong();
    if (fen > kMaxFen)
        return std::nullopt;
    return fen;
}

} // namespace kq::Money
