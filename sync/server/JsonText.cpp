#include "JsonText.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <limits>

namespace kq::platform::JsonText {

namespace {

char* putUtf8(char* p, char32_t c)
{
    if (c < 0x800) {
        *p++ = char(0xc0 | (c >> 6));
    } else if (c < 0x10000) {
        *p++ = char(0xe0 | (c >> 12));
        *p++ = char(0x80 | ((c >> 6) & 0x3f));
    } else {
        *p++ = char(0xf0 | (c >> 18));
        *p++ = char(0x80 | ((c >> 12) & 0x3f));
        *p++ = char(0x80 | ((c >> 6) & 0x3f));
    }
    *p++ = char(0x80 | (c & 0x3f));
    return p;
}

void appendValue(QByteArray& out, const QJsonValue& v);

} // namespace

void appendString(QByteArray& out, QStringView s)
{
    // Written straight into the buffer: this runs for every field name and value of every record
    // stored and pulled. 6 bytes per UTF-16 unit is the worst case (\u00XX).
    static const char hex[] = "0123456789abcdef";
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * s.size());
    char* p = out.data() + start;
    *p++ = '"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            *p++ = char(c);
        } else if (c == u'"' || c == u'\\') {
            *p++ = '\\';
            *p++ = char(c);
        } else if (c < 0x20) {
            *p++ = '\\';
            switch (c) {
            case u'\n':
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = 'r';
                break;
            case u'\t':
                *p++ = 't';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[c >> 4];
                *p++ = hex[c & 0xf];
            }
        } else if (QChar::isHighSurrogate(c) && i + 1 < s.size() &&
                   QChar::isLowSurrogate(s[i + 1].unicode())) {
            p = putUtf8(p, QChar::surrogateToUcs4(c, s[i + 1].unicode()));
            ++i;
        } else if (QChar::isSurrogate(c)) {
            p = putUtf8(p, QChar::ReplacementCharacter); // a lone surrogate is not text
        } else {
            p = putUtf8(p, c);
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

void appendObject(QByteArray& out, const QJsonObject& o)
{
    out += '{';
    bool first = true;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
}

QByteArray compact(const QJsonObject& o)
{
    QByteArray out;
    out.reserve(1024);
    appendObject(out, o);
    return out;
}

namespace {

void appendValue(QByteArray& out, const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        appendString(out, v.toString());
        return;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double: {
        // Integers exactly (also beyond 2^53), other numbers as the shortest text that reads back
        // the same, as QJsonDocument writes them; JSON has no NaN or infinity.
        constexpr qint64 NotIntegral = std::numeric_limits<qint64>::min();
        if (const qint64 i = v.toInteger(NotIntegral);
            i != NotIntegral || v.toDouble() == double(NotIntegral))
            out += QByteArray::number(i);
        else if (std::isfinite(v.toDouble()))
            out += QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        else
            out += "null";
        return;
    }
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0)
                out += ',';
            appendValue(out, a.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Object:
        appendObject(out, v.toObject());
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    out += "null";
}

} // namespace

} // namespace kq::platform::JsonText
