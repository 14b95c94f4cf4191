#pragma once

#include "core/Result.h"
#include "protocol/AuditHead.h"
#include "protocol/EnrolRequest.h"
#include "protocol/Enrolment.h"
#include "protocol/ProtocolVersion.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace kq::platform {

class PlatformStore;

struct Centre {
    QString code;
    QString name;
};

struct Device {
    QString id;
    QString centre;
    QString name;
    QDateTime enrolledAt;
    QDateTime tokenExpiresAt;
    bool revoked = false;
    QDateTime lastSeenAt;
    std::optional<qint64> auditSeq;
};

// Centres, one-time enrolment codes and enrolled devices with their bearer tokens
// (docs/sync-protocol.md, "Enrolment and tokens").
class DeviceRegistry {
public:
    static constexpr qint64 DefaultTokenLifetimeSeconds = 30LL * 24 * 3600;
    static constexpr qint64 EnrolmentCodeLifetimeSeconds = 7LL * 24 * 3600;

    explicit DeviceRegistry(PlatformStore& store, qint64 tokenLifetimeSeconds = DefaultTokenLifetimeSeconds);

    Result<void> addCentre(const QString& code, const QString& name);
    std::optional<Centre> centre(const QString& code);
    // A centre by code, else by exact name (a transfer names its target centre as a person typed it).
    std::optional<Centre> findCentre(const QString& codeOrName);
    // A new one-time code for the centre; only its hash is stored.
    Result<QString> issueCode(const QString& centreCode);

    // Nullopt for an unknown, used, expired or other centre's code: one answer for all, so codes
    // cannot be probed.
    std::optional<sync::Enrolment> enrol(const sync::EnrolRequest& request);

    // The device owning a bearer token, or the protocol error to answer with.
    struct Authentication {
        std::optional<Device> device;
        sync::ErrorCode failure = sync::ErrorCode::Unauthorized;
    };
    Authentication authenticate(const QString& token);
    // A new token; the old one stops working at once.
    sync::TokenGrant rotate(const QString& deviceId);

    Result<void> revoke(const QString& deviceId);
    Result<void> expireToken(const QString& deviceId);
    QList<Device> devices(const QString& centreCode);

    // Stores the device's audit head; true when it went backwards (then also recorded as a warning).
    // Call inside a write transaction: the push's own, so the head costs no commit of its own.
    bool noteAuditHead(const QString& deviceId, const sync::AuditHead& head);

private:
    std::optional<Device> device(const QString& where, const QVariant& value);

    PlatformStore& m_store;
    qint64 m_tokenLifetime;
};

} // namespace kq::platform
