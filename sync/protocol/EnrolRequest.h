#pragma once

#include "core/Result.h"

#include <QJsonObject>

namespace kq::sync {

// POST /v1/enrol body: {"centre_code", "enrolment_code", "device_name"}.
struct EnrolRequest {
    QString centreCode;
    QString enrolmentCode;
    QString deviceName;

    QJsonObject toJson() const;
    static Result<EnrolRequest> fromJson(const QJsonObject& json);
};

} // namespace kq::sync
