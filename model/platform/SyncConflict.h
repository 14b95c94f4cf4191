#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace kq {

// A change the platform could not take as it was, kept until a person decides (table
// sync_conflicts). Conflict: another workstation changed the same field since this change's base;
// `fields` maps each contested field to {"server": value, "yours": value}. Rejected: the platform
// refused the operation; `fields` holds what was pushed and `reasons` why ([{field, message}]).
struct SyncConflict {
    enum class Kind { Conflict, Rejected };

    QString id; // the platform's conflict id, or the rejected operation's id
    Kind kind = Kind::Conflict;
    QString entity;
    QString recordId;
    QJsonObject fields;
    QJsonArray reasons;
    std::optional<qint64> baseRev;
    QString proposedBy; // device or person whose change was contested
    bool open = true;
    QString resolution;         // server | yours | edited | dismissed
    QJsonObject resolvedValues; // the values written by the resolution
    QString resolvedBy;
    QDateTime resolvedAt;
    QDateTime createdAt;

    static QString kindKey(Kind kind)
    {
        return kind == Kind::Rejected ? QStringLiteral("rejected") : QStringLiteral("conflict");
    }
};

} // namespace kq
