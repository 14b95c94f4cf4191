#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace kq {
class Workspace;
struct OutboxOperation;
struct SyncConflict;
struct ReplicaConflict;
} // namespace kq

namespace kq::sync {

struct PullChange;
struct PushResult;

// Applies what the platform says to the local store, each answer in one transaction: the results
// of a push (revisions learnt, conflicts and rejections kept for a person, the operations
// acknowledged) and a pulled page (records written through the replica, fields with local
// changes not yet pushed left alone, the cursor stored).
class RemoteChanges {
    Q_DECLARE_TR_FUNCTIONS(RemoteChanges)
public:
    explicit RemoteChanges(Workspace& workspace) : m_workspace(workspace) {}

    Result<void> applyPushAnswers(const QList<OutboxOperation>& batch, const QJsonObject& answer);
    // The number of records in the page.
    Result<int> applyPage(const QJsonObject& json, bool& more);

private:
    Result<void> settle(const OutboxOperation& op, const PushResult& given);
    Result<void> applyRecord(const QString& entity, const QString& id, const QJsonObject& fields,
                             bool deleted);
    // A `conflict` record: kept, or closed when a person resolved it elsewhere.
    void keepConflict(const ReplicaConflict& record);

    Workspace& m_workspace;
};

} // namespace kq::sync
