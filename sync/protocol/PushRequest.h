#pragma once

#include "AuditHead.h"
#include "PushOperation.h"

#include <QList>

namespace kq::sync {

// POST /v1/push body: {"audit_head": {...}, "operations": [...]}, at most 500 operations in the
// order they were written.
struct PushRequest {
    AuditHead auditHead;
    QList<PushOperation> operations;

    QJsonObject toJson() const;
    // Strict: any malformed operation fails the whole request, naming "operations[i].<field>".
    static Result<PushRequest> fromJson(const QJsonObject& json);
};

} // namespace kq::sync
