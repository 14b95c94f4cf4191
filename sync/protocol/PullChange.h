#pragma once

#include "core/Result.h"

#include <QJsonObject>

namespace kq::sync {

// One record of a pull page, with all its current fields; a tombstone has deleted = true.
struct PullChange {
    QString entity;
    QString entityId;
    qint64 rev = 0;
    bool deleted = false;
    QJsonObject fields;

    QJsonObject toJson() const;
    static Result<PullChange> fromJson(const QJsonObject& json);
};

} // namespace kq::sync
