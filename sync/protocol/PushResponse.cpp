#include "PushResponse.h"

#include "ProtocolVersion.h"
#include "WireJson.h"

#include <QJsonArray>

namespace kq::sync {

QJsonObject PushResponse::toJson() const
{
    QJsonArray list;
    for (const PushResult& r : results)
        list.append(r.toJson());
    QJsonObject json{{QStringLiteral("results"), list}};
    if (!auditWarning.isEmpty())
        json.insert(QStringLiteral("audit_warning"), auditWarning);
    return json;
}

Result<PushResponse> PushResponse::fromJson(const QJsonObject& json)
{
    using namespace wire;
    PushResponse r;
    const Result<QJsonArray> results = requiredArray(json, "results");
    if (!results)
        return results.error();
    if (results.value().size() > ProtocolVersion::MaxOperationsPerPush)
        return invalid("results", "holds more than 500 results");
    for (qsizetype i = 0; i < results.value().size(); ++i) {
        const QJsonValue v = results.value().at(i);
        if (!v.isObject())
            return invalid(indexed("results", i), "must be an object");
        Result<PushResult> result = PushResult::fromJson(v.toObject());
        if (!result)
            return nested(result.error(), indexed("results", i));
        r.results.append(result.take());
    }
    const QJsonValue warning = json.value(QStringLiteral("audit_warning"));
    if (!warning.isUndefined() && !warning.isString())
        return invalid("audit_warning", "must be a string");
    r.auditWarning = warning.toString();
    return r;
}

} // namespace kq::sync
