#pragma once

#include "core/Result.h"

#include <QJsonObject>

#include <optional>

namespace kq::sync {

// Wire form of one outbox operation in a push batch (docs/sync-protocol.md, protocol v1):
// {"op_id","entity","id","op","fields":{...},"base_rev":n|null}. Decoding is strict, because
// the server takes these from the network: ids are canonical lower-case UUIDs and field values
// are scalars (string, number, boolean, null); structured values travel as JSON text.
struct PushOperation {
    QString opId;
    QString entity;
    QString entityId;
    QString op;
    QJsonObject fields;
    std::optional<qint64> baseRev;

    QJsonObject toJson() const;
    static Result<PushOperation> fromJson(const QJsonObject& json);
};

} // namespace kq::sync
