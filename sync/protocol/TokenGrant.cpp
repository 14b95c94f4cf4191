#include "TokenGrant.h"

#include "WireJson.h"

#include <QRegularExpression>

namespace kq::sync {

QJsonObject TokenGrant::toJson() const
{
    return {{QStringLiteral("token"), token},
            {QStringLiteral("token_expires_at"), wire::toTimestamp(expiresAt)}};
}

Result<TokenGrant> TokenGrant::fromJson(const QJsonObject& json)
{
    using namespace wire;
    // The token goes into an HTTP header: base64url characters only, so nothing can be smuggled in.
    static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]+$"));
    TokenGrant g;
    const Result<QString> token = requiredString(json, "token", 512);
    if (!token)
        return token.error();
    if (token.value().size() < MinTokenLength || !base64url.match(token.value()).hasMatch())
        return invalid("token", "must be at least 32 base64url characters");
    g.token = token.value();
    const Result<QDateTime> expires = requiredTimestamp(json, "token_expires_at");
    if (!expires)
        return expires.error();
    g.expiresAt = expires.value();
    return g;
}

} // namespace kq::sync
