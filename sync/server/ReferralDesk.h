#pragma once

#include "core/Result.h"

#include <QJsonObject>

namespace kq::platform {

class PlatformStore;
class DeviceRegistry;

// Writes `referral` records into a centre's feed (docs/sync-protocol.md, "Referrals"): assigned by
// the platform operator, or forwarded from another centre's transfer-out.
class ReferralDesk {
public:
    ReferralDesk(PlatformStore& store, DeviceRegistry& devices) : m_store(store), m_devices(devices) {}

    struct Assignment {
        QString centre;
        QString name;
        QString gender;    // male, female, unknown
        QString birthDate; // YYYY-MM-DD
        QString county;    // 6-digit division code of residence
        QString idNumber;
        QString phone;
        QString reference; // the platform's own reference; the referral id when empty
        QString note;
    };
    // Validates and writes the referral in its own transaction; the referral id.
    Result<QString> assign(const Assignment& a);

    // Called inside the transaction that applied a `case_event` create: a transfer-out whose
    // details name another known centre becomes a referral there, built from the sender's client
    // record. The referral id, or empty when the event is no such transfer.
    QString forwardTransfer(const QString& senderCentre, const QString& eventId, const QJsonObject& event);

private:
    PlatformStore& m_store;
    DeviceRegistry& m_devices;
};

} // namespace kq::platform
