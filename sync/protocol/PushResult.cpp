#include "PushResult.h"

#include "WireJson.h"

#include <QJsonArray>

namespace kq::sync {

using namespace wire;

namespace {

// {"current": {"rev", "fields"}}: the record as the platform holds it.
Result<void> decodeCurrent(const QJsonObject& json, PushResult& r)
{
    const Result<QJsonObject> current = requiredObject(json, "current");
    if (!current)
        return current.error();
    const Result<qint64> rev = requiredInteger(current.value(), "rev", 1);
    if (!rev)
        return nested(rev.error(), QStringLiteral("current"));
    r.currentRev = rev.value();
    const Result<QJsonObject> currentFields = requiredObject(current.value(), "fields");
    if (!currentFields)
        return nested(currentFields.error(), QStringLiteral("current"));
    if (Result<void> ok = checkFields(currentFields.value(), QStringLiteral("current.fields")); !ok)
        return ok.error();
    r.currentFields = currentFields.value();
    return {};
}

Result<void> decodeConflict(const QJsonObject& json, PushResult& r)
{
    const Result<QJsonObject> conflict = requiredObject(json, "conflict");
    if (!conflict)
        return conflict.error();
    r.conflictId = conflict.value().value(QStringLiteral("id")).toString();
    if (!isUuid(r.conflictId))
        return invalid("conflict.id", "must be a UUID");
    const Result<QJsonObject> fields = requiredObject(conflict.value(), "fields");
    if (!fields)
        return nested(fields.error(), QStringLiteral("conflict"));
    if (fields.value().isEmpty())
        return invalid("conflict.fields", "must name at least one field");
    for (auto it = fields.value().begin(); it != fields.value().end(); ++it) {
        const QString where = QStringLiteral("conflict.fields.") + it.key();
        const QJsonObject pair = it.value().toObject();
        if (!it.value().isObject() || !pair.contains(QStringLiteral("server")) ||
            !pair.contains(QStringLiteral("yours")))
            return invalid(where, "must be an object with server and yours");
        const QJsonValue server = pair.value(QStringLiteral("server")),
                         yours = pair.value(QStringLiteral("yours"));
        if (!isScalar(server) || !isScalar(yours))
            return invalid(where, "must hold a string, number, boolean or null");
        r.contested.insert(it.key(), {server, yours});
    }

    return decodeCurrent(json, r);
}

Result<void> decodeReasons(const QJsonObject& json, PushResult& r)
{
    const Result<QJsonArray> reasons = requiredArray(json, "reasons");
    if (!reasons)
        return reasons.error();
    if (reasons.value().isEmpty())
        return invalid("reasons", "must hold at least one reason");
    for (qsizetype i = 0; i < reasons.value().size(); ++i) {
        const QJsonObject reason = reasons.value().at(i).toObject();
        const QJsonValue field = reason.value(QStringLiteral("field"));
        if (!field.isString())
            return invalid(indexed("reasons", i) + QStringLiteral(".field"), "must be a string");
        const Result<QString> message = requiredString(reason, "message");
        if (!message)
            return nested(message.error(), indexed("reasons", i));
        r.reasons.append({field.toString(), message.value()});
    }
    return {};
}

} // namespace

PushResult PushResult::applied(const QString& opId, qint64 rev)
{
    PushResult r;
    r.opId = opId;
    r.status = Status::Applied;
    r.rev = rev;
    return r;
}

PushResult PushResult::rejected(const QString& opId, QList<Reason> reasons)
{
    PushResult r;
    r.opId = opId;
    r.status = Status::Rejected;
    r.reasons = std::move(reasons);
    return r;
}

PushResult PushResult::duplicate(const PushResult& first)
{
    PushResult r;
    r.opId = first.opId;
    r.status = Status::Duplicate;
    r.first = std::make_shared<const PushResult>(first);
    return r;
}

QString PushResult::statusKey(Status s)
{
    switch (s) {
    case Status::Applied:
        return QStringLiteral("applied");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    case Status::Conflict:
        return QStringLiteral("conflict");
    case Status::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

std::optional<PushResult::Status> PushResult::statusFromKey(const QString& key)
{
    for (Status s : {Status::Applied, Status::Duplicate, Status::Conflict, Status::Rejected})
        if (statusKey(s) == key)
            return s;
    return std::nullopt;
}

QJsonObject PushResult::toJson() const
{
    QJsonObject json{{QStringLiteral("op_id"), opId}, {QStringLiteral("status"), statusKey(status)}};
    if (rev && (status == Status::Applied || status == Status::Conflict))
        json.insert(QStringLiteral("rev"), *rev);
    if (status == Status::Duplicate && first)
        json.insert(QStringLiteral("first"), first->toJson());
    if (status == Status::Conflict) {
        QJsonObject fields;
        for (auto it = contested.begin(); it != contested.end(); ++it)
            fields.insert(it.key(), QJsonObject{{QStringLiteral("server"), it->server},
                                                {QStringLiteral("yours"), it->yours}});
        json.insert(QStringLiteral("conflict"),
                    QJsonObject{{QStringLiteral("id"), conflictId}, {QStringLiteral("fields"), fields}});
        json.insert(QStringLiteral("current"), QJsonObject{{QStringLiteral("rev"), currentRev},
                                                           {QStringLiteral("fields"), currentFields}});
    }
    if (status == Status::Rejected) {
        QJsonArray list;
        for (const Reason& reason : reasons)
            list.append(QJsonObject{{QStringLiteral("field"), reason.field},
                                    {QStringLiteral("message"), reason.message}});
        json.insert(QStringLiteral("reasons"), list);
        if (currentRev > 0)
            json.insert(QStringLiteral("current"), QJsonObject{{QStringLiteral("rev"), currentRev},
                                                               {QStringLiteral("fields"), currentFields}});
    }
    return json;
}

Result<PushResult> PushResult::fromJson(const QJsonObject& json)
{
    PushResult r;
    r.opId = json.value(QStringLiteral("op_id")).toString();
    if (!isUuid(r.opId))
        return invalid("op_id", "must be a UUID");
    const std::optional<Status> status = statusFromKey(json.value(QStringLiteral("status")).toString());
    if (!status)
        return invalid("status", "must be applied, duplicate, conflict or rejected");
    r.status = *status;
    // A conflict's rev is optional in the contract; an applied answer without one is useless.
    const Result<std::optional<qint64>> rev = integer(json, "rev", 1, r.status != Status::Applied);
    if (!rev)
        return rev.error();
    r.rev = rev.value();

    switch (r.status) {
    case Status::Applied:
        break;
    case Status::Duplicate: {
        const Result<QJsonObject> firstJson = requiredObject(json, "first");
        if (!firstJson)
            return firstJson.error();
        Result<PushResult> first = fromJson(firstJson.value());
        if (!first)
            return nested(first.error(), QStringLiteral("first"));
        if (first.value().status == Status::Duplicate)
            return invalid("first.status", "must be applied, conflict or rejected");
        if (first.value().opId != r.opId)
            return invalid("first.op_id", "must be the operation's op_id");
        r.first = std::make_shared<const PushResult>(first.take());
        break;
    }
    case Status::Conflict:
        if (Result<void> ok = decodeConflict(json, r); !ok)
            return ok.error();
        break;
    case Status::Rejected:
        if (Result<void> ok = decodeReasons(json, r); !ok)
            return ok.error();
        // A create of a record the platform already holds: the record as it is there.
        if (json.contains(QStringLiteral("current")))
            if (Result<void> ok = decodeCurrent(json, r); !ok)
                return ok.error();
        break;
    }
    return r;
}

} // namespace kq::sync
