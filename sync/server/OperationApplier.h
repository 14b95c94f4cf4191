#pragma once

#include "protocol/PushOperation.h"
#include "protocol/PushResult.h"

namespace kq::platform {

class PlatformStore;
class DeviceRegistry;
struct Device;
struct StoredRecord;

// Applies one pushed operation for a device's centre, idempotently by op_id, in its own savepoint
// of the batch's transaction (docs/sync-protocol.md, "Push"; docs/decisions/0012-sync-platform.md
// for the merge and the durability argument).
class OperationApplier {
public:
    // One per batch: its operations' answers are stored with the batch's time.
    OperationApplier(PlatformStore& store, DeviceRegistry& devices);

    struct Answer {
        sync::PushResult result;
        QByteArray json; // result.toJson() as compact text: stored, and copied into the response
    };
    // Call inside a StoreTransaction; nothing is durable (or may be answered) before its commit.
    // `json` is one element of "operations" whose op_id the caller has checked is a UUID; anything
    // else wrong with it is a rejection. Throws StoreFailure with this operation's changes undone.
    Answer apply(const Device& device, const QJsonObject& json);

private:
    std::optional<sync::PushResult> firstAnswer(const Device& device, const QString& opId);
    sync::PushResult decide(const Device& device, const QString& opId, const QJsonObject& json);
    sync::PushResult create(const Device& device, const sync::PushOperation& op,
                            const std::optional<StoredRecord>& existing);
    sync::PushResult update(const Device& device, const sync::PushOperation& op, StoredRecord record);
    sync::PushResult remove(const sync::PushOperation& op, StoredRecord record);
    QString recordConflict(const Device& device, const sync::PushOperation& op,
                           const QMap<QString, sync::PushResult::Contest>& contested);

    PlatformStore& m_store;
    DeviceRegistry& m_devices;
    QString m_at;
};

} // namespace kq::platform
