#include "PushOperation.h"

#include "WireJson.h"

namespace kq::sync {

QJsonObject PushOperation::toJson() const
{
    return {{QStringLiteral("op_id"), opId},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), entityId},
            {QStringLiteral("op"), op},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("base_rev"), baseRev ? QJsonValue(*baseRev) : QJsonValue()}};
}

Result<PushOperation> PushOperation::fromJson(const QJsonObject& json)
{
    using namespace wire;
    PushOperation p;
    p.opId = json.value(QStringLiteral("op_id")).toString();
    if (!isUuid(p.opId))
        return invalid("op_id", "must be a UUID");
    p.entity = json.value(QStringLiteral("entity")).toString();
    if (!isEntityName(p.entity))
        return invalid("entity", "must be a lower-case entity name");
    p.entityId = json.value(QStringLiteral("id")).toString();
    if (!isUuid(p.entityId))
        return invalid("id", "must be a UUID");
    p.op = json.value(QStringLiteral("op")).toString();
    if (p.op != u"create" && p.op != u"update" && p.op != u"delete")
        return invalid("op", "must be create, update or delete");
    const Result<QJsonObject> fields = requiredObject(json, "fields");
    if (!fields)
        return fields.error();
    p.fields = fields.value();
    if (const Result<void> scalars = checkFields(p.fields, QStringLiteral("fields")); !scalars)
        return scalars.error();
    const Result<std::optional<qint64>> rev = integer(json, "base_rev", 0, true);
    if (!rev)
        return rev.error();
    p.baseRev = rev.value();
    return p;
}

} // namespace kq::sync
