#pragma once

#include "TokenGrant.h"

namespace kq::sync {

// The 201 answer to POST /v1/enrol: {"device_id", "token", "token_expires_at", "centre": {"code", "name"}}.
struct Enrolment {
    QString deviceId;
    TokenGrant grant;
    QString centreCode;
    QString centreName;

    QJsonObject toJson() const;
    static Result<Enrolment> fromJson(const QJsonObject& json);
};

} // namespace kq::sync
