#include "PushRequest.h"

#include "ProtocolVersion.h"
#include "WireJson.h"

#include <QJsonArray>

namespace kq::sync {

QJsonObject PushRequest::toJson() const
{
    QJsonArray ops;
    for (const PushOperation& op : operations)
        ops.append(op.toJson());
    return {{QStringLiteral("audit_head"), auditHead.toJson()}, {QStringLiteral("operations"), ops}};
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject& json)
{
    using namespace wire;
    PushRequest r;
    const Result<QJsonObject> head = requiredObject(json, "audit_head");
    if (!head)
        return head.error();
    Result<AuditHead> auditHead = AuditHead::fromJson(head.value());
    if (!auditHead)
        return nested(auditHead.error(), QStringLiteral("audit_head"));
    r.auditHead = auditHead.take();
    const Result<QJsonArray> ops = requiredArray(json, "operations");
    if (!ops)
        return ops.error();
    if (ops.value().size() > ProtocolVersion::MaxOperationsPerPush)
        return invalid("operations", "holds more than 500 operations");
    for (qsizetype i = 0; i < ops.value().size(); ++i) {
        const QJsonValue v = ops.value().at(i);
        if (!v.isObject())
            return invalid(indexed("operations", i), "must be an object");
        Result<PushOperation> op = PushOperation::fromJson(v.toObject());
        if (!op)
            return nested(op.error(), indexed("operations", i));
        r.operations.append(op.take());
    }
    return r;
}

} // namespace kq::sync
