#include "Enrolment.h"

#include "WireJson.h"

namespace kq::sync {

QJsonObject Enrolment::toJson() const
{
    QJsonObject json = grant.toJson();
    json.insert(QStringLiteral("device_id"), deviceId);
    json.insert(QStringLiteral("centre"),
                QJsonObject{{QStringLiteral("code"), centreCode}, {QStringLiteral("name"), centreName}});
    return json;
}

Result<Enrolment> Enrolment::fromJson(const QJsonObject& json)
{
    using namespace wire;
    Enrolment e;
    e.deviceId = json.value(QStringLiteral("device_id")).toString();
    if (!isUuid(e.deviceId))
        return invalid("device_id", "must be a UUID");
    Result<TokenGrant> grant = TokenGrant::fromJson(json);
    if (!grant)
        return grant.error();
    e.grant = grant.take();
    const Result<QJsonObject> centre = requiredObject(json, "centre");
    if (!centre)
        return centre.error();
    const Result<QString> code = requiredString(centre.value(), "code", 64);
    if (!code)
        return nested(code.error(), QStringLiteral("centre"));
    e.centreCode = code.value();
    const Result<QString> name = requiredString(centre.value(), "name", 200);
    if (!name)
        return nested(name.error(), QStringLiteral("centre"));
    e.centreName = name.value();
    return e;
}

} // namespace kq::sync
