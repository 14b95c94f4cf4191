#pragma once

#include "core/Result.h"

#include <QJsonObject>

namespace kq::sync {

// The device's audit-chain head at push time: {"seq", "hash"}. A fresh store has seq 0, hash "".
struct AuditHead {
    qint64 seq = 0;
    QString hash;

    QJsonObject toJson() const;
    static Result<AuditHead> fromJson(const QJsonObject& json);
};

} // namespace kq::sync
