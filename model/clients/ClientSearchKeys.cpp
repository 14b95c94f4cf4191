#include "ClientSearchKeys.h"

#include "pinyin/Pinyin.h"

#include <QSet>

#include <algorithm>

namespace kq::ClientSearchKeys {

namespace {

QString reversed(QString s)
{
    std::reverse(s.begin(), s.end());
    return s;
}

bool isHan(char32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}

Range prefixRange(const QString& prefix)
{
    // SQLite compares text as UTF-8 bytes: every key starting with `prefix` sorts before
    // prefix + U+10FFFF (F4 8F BF BF), the largest code point.
    static const char32_t kLast = 0x10FFFF;
    return {prefix, prefix + QString::fromUcs4(&kLast, 1)};
}

} // namespace

QStringList forClient(const ClientRecord& r)
{
    QStringList keys;
    for (const QString& k : Pinyin::searchKeys(r.name))
        keys << QStringLiteral("p") + k;
    QString han;
    for (char32_t c : r.name.toUcs4())
        if (isHan(c))
            han += QString::fromUcs4(&c, 1);
    const QList<uint> ucs = han.toUcs4();
    for (qsizetype i = 0; i < ucs.size(); ++i)
        keys << QStringLiteral("h") +
                    QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs.constData() + i), ucs.size() - i);
    if (!r.idNumber.isEmpty())
        keys << QStringLiteral("i") + reversed(r.idNumber);
    if (!r.phone.isEmpty())
        keys << QStringLiteral("t") + reversed(r.phone);
    for (const Guardian& g : r.guardians)
        if (!g.phone.isEmpty())
            keys << QStringLiteral("t") + reversed(g.phone);
    // Matching is by prefix, so a key that is a prefix of another (the initial "s" of "san")
    // finds nothing the longer one does not: keep only the longer. In sorted order a key's
    // extensions follow it directly.
    keys.sort();
    keys.removeDuplicates();
    QStringList kept;
    for (qsizetype i = 0; i < keys.size(); ++i)
        if (i + 1 == keys.size() || !keys[i + 1].startsWith(keys[i]))
            kept << keys[i];
    return kept;
}

QString sortKey(const QString& name)
{
    QString key;
    bool first = true;
    for (char32_t c : name.toUcs4()) {
        const QStringList readings = first ? Pinyin::surnameReadings(c) : Pinyin::readings(c);
        if (!readings.isEmpty()) {
            key += readings.first();
            first = false;
        } else if (QChar::isLetterOrNumber(c)) {
            key += QString::fromUcs4(&c, 1).toLower();
            first = false;
        }
    }
    return key;
}

QList<Range> rangesFor(const QString& query)
{
    QList<Range> ranges;
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return ranges;
    QString han;
    QString digits;
    bool onlyDigits = true;
    for (char32_t c : trimmed.toUcs4()) {
        if (isHan(c))
            han += QString::fromUcs4(&c, 1);
        if (c >= '0' && c <= '9')
            digits += QChar(c);
        else if (!QChar::isSpace(c) && c != '-' && !((c == 'x' || c == 'X') && !digits.isEmpty()))
            onlyDigits = false;
    }
    if (!han.isEmpty()) {
        ranges << prefixRange(QStringLiteral("h") + han);
        return ranges;
    }
    if (onlyDigits && !digits.isEmpty()) {
        // The end of an ID number (possibly with its X) or of a phone number.
        const QString tail = trimmed.endsWith(u'x', Qt::CaseInsensitive) ? digits + u'X' : digits;
        ranges << prefixRange(QStringLiteral("i") + reversed(tail));
        if (tail == digits)
            ranges << prefixRange(QStringLiteral("t") + reversed(digits));
        return ranges;
    }
    const QString normalised = Pinyin::normaliseQuery(trimmed);
    if (!normalised.isEmpty())
        ranges << prefixRange(QStringLiteral("p") + normalised);
    return ranges;
}

} // namespace kq::ClientSearchKeys
