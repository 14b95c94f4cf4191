#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace kq::sync {

// A bearer token and when it stops working: the POST /v1/token answer, and part of an enrolment.
struct TokenGrant {
    // 32 random bytes, base64url: 43 characters. Shorter means a broken or hostile server.
    static constexpr qsizetype MinTokenLength = 32;

    QString token;
    QDateTime expiresAt; // UTC

    QJsonObject toJson() const;
    static Result<TokenGrant> fromJson(const QJsonObject& json);
};

} // namespace kq::sync
