#include "AuditHead.h"

#include "WireJson.h"

namespace kq::sync {

QJsonObject AuditHead::toJson() const
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}};
}

Result<AuditHead> AuditHead::fromJson(const QJsonObject& json)
{
    using namespace wire;
    AuditHead h;
    const Result<qint64> seq = requiredInteger(json, "seq", 0);
    if (!seq)
        return seq.error();
    h.seq = seq.value();
    const QJsonValue hash = json.value(QStringLiteral("hash"));
    if (!hash.isString())
        return invalid("hash", "must be a string");
    if (hash.toString().size() > 128)
        return invalid("hash", "is too long");
    h.hash = hash.toString();
    return h;
}

} // namespace kq::sync
