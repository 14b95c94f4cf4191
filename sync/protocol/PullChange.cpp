#include "PullChange.h"

#include "WireJson.h"

namespace kq::sync {

QJsonObject PullChange::toJson() const
{
    return {{QStringLiteral("entity"), entity},
            {QStringLiteral("id"), entityId},
            {QStringLiteral("rev"), rev},
            {QStringLiteral("deleted"), deleted},
            {QStringLiteral("fields"), fields}};
}

Result<PullChange> PullChange::fromJson(const QJsonObject& json)
{
    using namespace wire;
    PullChange c;
    c.entity = json.value(QStringLiteral("entity")).toString();
    if (!isEntityName(c.entity))
        return invalid("entity", "must be a lower-case entity name");
    c.entityId = json.value(QStringLiteral("id")).toString();
    if (!isUuid(c.entityId))
        return invalid("id", "must be a UUID");
    const Result<qint64> rev = requiredInteger(json, "rev", 1);
    if (!rev)
        return rev.error();
    c.rev = rev.value();
    const Result<bool> deleted = requiredBool(json, "deleted");
    if (!deleted)
        return deleted.error();
    c.deleted = deleted.value();
    const Result<QJsonObject> fields = requiredObject(json, "fields");
    if (!fields)
        return fields.error();
    if (Result<void> ok = checkFields(fields.value(), QStringLiteral("fields")); !ok)
        return ok.error();
    c.fields = fields.value();
    return c;
}

} // namespace kq::sync
