#pragma once

#include "PushResult.h"

namespace kq::sync {

// The 200 answer to POST /v1/push: one result per operation, in order, and a warning when the
// device's audit chain went backwards.
struct PushResponse {
    QList<PushResult> results;
    QString auditWarning; // empty: none

    QJsonObject toJson() const;
    static Result<PushResponse> fromJson(const QJsonObject& json);
};

} // namespace kq::sync
