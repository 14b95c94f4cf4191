#include "EnrolRequest.h"

#include "WireJson.h"

namespace kq::sync {

QJsonObject EnrolRequest::toJson() const
{
    return {{QStringLiteral("centre_code"), centreCode},
            {QStringLiteral("enrolment_code"), enrolmentCode},
            {QStringLiteral("device_name"), deviceName}};
}

Result<EnrolRequest> EnrolRequest::fromJson(const QJsonObject& json)
{
    using namespace wire;
    EnrolRequest r;
    const Result<QString> centre = requiredString(json, "centre_code", 64);
    if (!centre)
        return centre.error();
    r.centreCode = centre.value();
    const Result<QString> code = requiredString(json, "enrolment_code", 64);
    if (!code)
        return code.error();
    r.enrolmentCode = code.value();
    const Result<QString> name = requiredString(json, "device_name", 128);
    if (!name)
        return name.error();
    r.deviceName = name.value();
    return r;
}

} // namespace kq::sync
