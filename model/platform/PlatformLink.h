#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace kq {

// This workstation's enrolment with the referral platform (docs/sync-protocol.md): where the
// platform is, the only CA it is trusted through, and the device's identity and bearer token.
// The token is a secret: it lives in the encrypted store and never reaches a log or the audit.
struct PlatformLink {
    QString server;     // https://host:port (plain http only to a loopback address)
    QByteArray caPem;   // the CA certificate(s) the platform's certificate must chain to
    QString centreCode; // as the platform knows the centre
    QString centreName;
    QString deviceId;
    QString deviceName;
    QString token;
    QDateTime tokenIssuedAt; // when this workstation received it: rotation at a third of its life
    QDateTime tokenExpiresAt;
    QDateTime enrolledAt;

    bool isEnrolled() const { return !deviceId.isEmpty() && !token.isEmpty(); }
};

} // namespace kq
