#include "ProtocolError.h"

#include "WireJson.h"

#include <QJsonArray>

#include <cmath>

namespace kq::sync {

ProtocolError::ProtocolError(ErrorCode c, QString message_, QString field_)
    : code(errorCodeKey(c)), message(std::move(message_)), field(std::move(field_))
{
    if (c == ErrorCode::UnsupportedVersion)
        supported = ProtocolVersion::supported();
}

QJsonObject ProtocolError::toJson() const
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    QJsonObject json{{QStringLiteral("error"), error}};
    if (!supported.isEmpty()) {
        QJsonArray versions;
        for (int v : supported)
            versions.append(v);
        json.insert(QStringLiteral("supported"), versions);
    }
    return json;
}

Result<ProtocolError> ProtocolError::fromJson(const QJsonObject& json)
{
    using namespace wire;
    const Result<QJsonObject> error = requiredObject(json, "error");
    if (!error)
        return error.error();
    ProtocolError e;
    const Result<QString> code = requiredString(error.value(), "code", 64);
    if (!code)
        return nested(code.error(), QStringLiteral("error"));
    e.code = code.value();
    const Result<QString> message = requiredString(error.value(), "message");
    if (!message)
        return nested(message.error(), QStringLiteral("error"));
    e.message = message.value();
    const QJsonValue field = error.value().value(QStringLiteral("field"));
    if (!field.isUndefined() && !field.isString())
        return invalid("error.field", "must be a string");
    e.field = field.toString();

    const QJsonValue versions = json.value(QStringLiteral("supported"));
    if (!versions.isUndefined()) {
        if (!versions.isArray() || versions.toArray().isEmpty())
            return invalid("supported", "must be a non-empty array of versions");
        for (const QJsonValue v : versions.toArray()) {
            const double d = v.toDouble();
            if (!v.isDouble() || d < 1 || d > 1000000 || d != std::floor(d))
                return invalid("supported", "must be a non-empty array of versions");
            e.supported.append(int(d));
        }
    } else if (e.kind() == ErrorCode::UnsupportedVersion) {
        return invalid("supported", "is required with protocol_version");
    }
    return e;
}

} // namespace kq::sync
