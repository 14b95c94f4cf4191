#pragma once

#include "ProtocolVersion.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>

namespace kq::sync {

// An error answer: {"error": {"code", "message", "field"?}} and, for protocol_version,
// "supported": [versions]. `code` keeps the key as received, so a newer peer's code survives.
struct ProtocolError {
    QString code;
    QString message;
    QString field;
    QList<int> supported; // only with protocol_version

    ProtocolError() = default;
    ProtocolError(ErrorCode c, QString message_, QString field_ = {});

    ErrorCode kind() const { return errorCodeFromKey(code); }
    QJsonObject toJson() const;
    static Result<ProtocolError> fromJson(const QJsonObject& json);
};

} // namespace kq::sync
