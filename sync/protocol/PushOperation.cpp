#include "PushOperation.h"

#include <QRegularExpression>
#include <QUuid>

namespace kq::sync {

namespace {
Error invalid(const char* field, const char* what)
{
    // Protocol errors go back to a machine; they are not translated.
    return {QString::fromLatin1(what), QString::fromLatin1(field)};
}

bool isUuid(const QString& s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}
} // namespace

QJsonObject PushOperation::toJson() const
{
    return {{QStringLiteral("op_id"), opId},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), entityId},
            {QStringLiteral("op"), op},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("base_rev"), baseRev ? QJsonValue(double(*baseRev)) : QJsonValue()}};
}

Result<PushOperation> PushOperation::fromJson(const QJsonObject& json)
{
    static const QRegularExpression entityPattern(QStringLiteral("^[a-z][a-z_]{0,31}$"));
    PushOperation p;
    p.opId = json.value(QStringLiteral("op_id")).toString();
    if (!isUuid(p.opId))
        return invalid("op_id", "must be a UUID");
    p.entity = json.value(QStringLiteral("entity")).toString();
    if (!entityPattern.match(p.entity).hasMatch())
        return invalid("entity", "must be a lower-case entity name");
    p.entityId = json.value(QStringLiteral("id")).toString();
    if (!isUuid(p.entityId))
        return invalid("id", "must be a UUID");
    p.op = json.value(QStringLiteral("op")).toString();
    if (p.op != u"create" && p.op != u"update" && p.op != u"delete")
        return invalid("op", "must be create, update or delete");
    const QJsonValue fields = json.value(QStringLiteral("fields"));
    if (!fields.isObject())
        return invalid("fields", "must be an object");
    p.fields = fields.toObject();
    const QJsonValue base = json.value(QStringLiteral("base_rev"));
    if (base.isDouble()) {
        const double v = base.toDouble();
        if (v < 0 || v > 9007199254740991.0 || v != double(qint64(v)))
            return invalid("base_rev", "must be a non-negative integer");
        p.baseRev = qint64(v);
    } else if (!base.isNull() && !base.isUndefined()) {
        return invalid("base_rev", "must be an integer or null");
    }
    return p;
}

} // namespace kq::sync
