#include "WireJson.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

namespace kq::sync::wire {

Error invalid(const QString& field, const char* what)
{
    return {QString::fromLatin1(what), field};
}

Error invalid(const char* field, const char* what)
{
    return invalid(QString::fromLatin1(field), what);
}

Error nested(const Error& inner, const QString& prefix)
{
    return {inner.message, inner.field.isEmpty() ? prefix : prefix + u'.' + inner.field};
}

QString indexed(const char* array, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QString::fromLatin1(array)).arg(index);
}

bool isUuid(const QString& s)
{
    // Canonical lower-case 8-4-4-4-12 only: ids are compared as text on both sides.
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(s).hasMatch();
}

bool isEntityName(const QString& s)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z_]{0,31}$"));
    return pattern.match(s).hasMatch();
}

Result<std::optional<qint64>> integer(const QJsonObject& json, const char* key, qint64 min, bool optional)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (optional)
            return std::optional<qint64>();
        return invalid(key, "is required");
    }
    if (!v.isDouble())
        return invalid(key, "must be an integer");
    const double d = v.toDouble();
    if (d < double(min) || d > double(MaxExactInteger) || d != double(qint64(d)))
        return invalid(key, min > 0 ? "must be a positive integer" : "must be a non-negative integer");
    return std::optional<qint64>(qint64(d));
}

Result<qint64> requiredInteger(const QJsonObject& json, const char* key, qint64 min)
{
    Result<std::optional<qint64>> r = integer(json, key, min, false);
    if (!r)
        return r.error();
    return *r.value();
}

Result<QString> requiredString(const QJsonObject& json, const char* key, qsizetype maxLength)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (!v.isString())
        return invalid(key, "must be a string");
    const QString s = v.toString();
    if (s.isEmpty())
        return invalid(key, "must not be empty");
    if (maxLength > 0 && s.size() > maxLength)
        return invalid(key, "is too long");
    return s;
}

Result<bool> requiredBool(const QJsonObject& json, const char* key)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (!v.isBool())
        return invalid(key, "must be true or false");
    return v.toBool();
}

Result<QJsonObject> requiredObject(const QJsonObject& json, const char* key)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (!v.isObject())
        return invalid(key, "must be an object");
    return v.toObject();
}

Result<QJsonArray> requiredArray(const QJsonObject& json, const char* key)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (!v.isArray())
        return invalid(key, "must be an array");
    return v.toArray();
}

bool isScalar(const QJsonValue& v)
{
    return v.isString() || v.isDouble() || v.isBool() || v.isNull();
}

Result<void> checkFields(const QJsonObject& fields, const QString& where)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key().isEmpty())
            return invalid(where, "has a field without a name");
        if (!isScalar(it.value()))
            return invalid(where + u'.' + it.key(),
                           "must be a string, number, boolean or null (send structured values as JSON text)");
    }
    return {};
}

QString toTimestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

Result<QDateTime> requiredTimestamp(const QJsonObject& json, const char* key)
{
    // RFC 3339 needs the offset: a bare local time would mean different instants on each side.
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
    const QJsonValue v = json.value(QLatin1String(key));
    const QString s = v.toString();
    if (!v.isString() || !pattern.match(s).hasMatch())
        return invalid(key, "must be a date-time with an offset (RFC 3339)");
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
    if (!t.isValid())
        return invalid(key, "must be a date-time with an offset (RFC 3339)");
    // The offset can move an instant out of the years 1 to 9999, which toTimestamp() cannot write
    // back ("0001-01-01T00:00:00+01:00" is in the year 0): refused, or it could not be sent or kept.
    if (t.date().year() < 1 || t.date().year() > 9999)
        return invalid(key, "must be a date-time in the years 1 to 9999 (UTC)");
    return t;
}

} // namespace kq::sync::wire
