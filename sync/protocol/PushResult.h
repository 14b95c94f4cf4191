#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

#include <memory>
#include <optional>

namespace kq::sync {

// The platform's answer to one pushed operation (docs/sync-protocol.md, "Push"):
//   applied   {"op_id", "status", "rev"}
//   duplicate {"op_id", "status", "first": <the answer the op_id got the first time>}
//   conflict  {"op_id", "status", "rev"?, "conflict": {"id", "fields": {f: {"server", "yours"}}},
//              "current": {"rev", "fields"}}
//   rejected  {"op_id", "status", "reasons": [{"field", "message"}], "current"?: {"rev", "fields"}}
struct PushResult {
    enum class Status { Applied, Duplicate, Conflict, Rejected };
    struct Contest {
        QJsonValue server;
        QJsonValue yours;
    };
    struct Reason {
        QString field;
        QString message;
    };

    QString opId;
    Status status = Status::Applied;
    std::optional<qint64> rev;               // applied; conflict: the new revision, else the current one
    std::shared_ptr<const PushResult> first; // duplicate: never itself a duplicate
    QString conflictId;                      // conflict: the `conflict` record the platform wrote
    QMap<QString, Contest> contested;        // conflict: at least one field
    qint64 currentRev = 0; // conflict (and a rejected create of a record it holds): the record there
    QJsonObject currentFields;
    QList<Reason> reasons; // rejected: at least one

    static PushResult applied(const QString& opId, qint64 rev);
    static PushResult rejected(const QString& opId, QList<Reason> reasons);
    static PushResult duplicate(const PushResult& first);

    static QString statusKey(Status s);
    static std::optional<Status> statusFromKey(const QString& key);

    QJsonObject toJson() const;
    static Result<PushResult> fromJson(const QJsonObject& json);
};

} // namespace kq::sync
