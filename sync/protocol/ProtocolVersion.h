#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace kq::sync {

// Protocol v1 constants (docs/sync-protocol.md).
struct ProtocolVersion {
    static constexpr int Current = 1;
    static constexpr int MaxOperationsPerPush = 500;
    static constexpr int DefaultPullLimit = 500;
    static constexpr int MaxPullLimit = 1000;

    // "Kangqiao-Protocol": on every request and every response.
    static QByteArray headerName();
    static QByteArray headerValue();
    // The versions this build speaks (a 426 answer lists the server's).
    static QList<int> supported();
    // Whether a received header value names a version this build speaks.
    static bool accepts(const QByteArray& headerValue);
};

// The `error.code` values of protocol v1. Unknown: a code this build does not know (a newer peer).
enum class ErrorCode {
    MalformedJson,      // 400
    InvalidRequest,     // 400
    Unauthorized,       // 401
    TokenExpired,       // 401
    TokenRevoked,       // 401
    InvalidEnrolment,   // 403
    NotFound,           // 404
    BodyTooLarge,       // 413
    UnsupportedVersion, // 426 protocol_version
    ServerError,        // 500, 503
    Unknown,
};

QString errorCodeKey(ErrorCode code);
ErrorCode errorCodeFromKey(const QString& key);
// The HTTP status a server answers the code with (server_error: 500).
int httpStatus(ErrorCode code);

} // namespace kq::sync
