#include "ProtocolVersion.h"

#include <array>
#include <utility>

namespace kq::sync {

namespace {
constexpr std::array<std::pair<ErrorCode, const char*>, 10> Keys{{
    {ErrorCode::MalformedJson, "malformed_json"},
    {ErrorCode::InvalidRequest, "invalid_request"},
    {ErrorCode::Unauthorized, "unauthorized"},
    {ErrorCode::TokenExpired, "token_expired"},
    {ErrorCode::TokenRevoked, "token_revoked"},
    {ErrorCode::InvalidEnrolment, "invalid_enrolment"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::BodyTooLarge, "body_too_large"},
    {ErrorCode::UnsupportedVersion, "protocol_version"},
    {ErrorCode::ServerError, "server_error"},
}};
} // namespace

QByteArray ProtocolVersion::headerName()
{
    return QByteArrayLiteral("Kangqiao-Protocol");
}

QByteArray ProtocolVersion::headerValue()
{
    return QByteArray::number(Current);
}

QList<int> ProtocolVersion::supported()
{
    return {Current};
}

bool ProtocolVersion::accepts(const QByteArray& headerValue)
{
    bool ok = false;
    const int v = headerValue.trimmed().toInt(&ok);
    return ok && supported().contains(v);
}

QString errorCodeKey(ErrorCode code)
{
    for (const auto& [c, key] : Keys)
        if (c == code)
            return QString::fromLatin1(key);
    return QStringLiteral("unknown");
}

ErrorCode errorCodeFromKey(const QString& key)
{
    for (const auto& [c, k] : Keys)
        if (key == QLatin1String(k))
            return c;
    return ErrorCode::Unknown;
}

int httpStatus(ErrorCode code)
{
    switch (code) {
    case ErrorCode::MalformedJson:
    case ErrorCode::InvalidRequest:
        return 400;
    case ErrorCode::Unauthorized:
    case ErrorCode::TokenExpired:
    case ErrorCode::TokenRevoked:
        return 401;
    case ErrorCode::InvalidEnrolment:
        return 403;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::BodyTooLarge:
        return 413;
    case ErrorCode::UnsupportedVersion:
        return 426;
    case ErrorCode::ServerError:
    case ErrorCode::Unknown:
        break;
    }
    return 500;
}

} // namespace kq::sync
