#pragma once

#include "protocol/PushResult.h"

#include <QJsonObject>

namespace kq::platform {

// What the platform accepts per entity, beyond the wire format (docs/sync-protocol.md, "Records").
namespace EntityRules {

// A value larger than this (UTF-8 bytes of its JSON text) is refused: records are case notes, not files.
inline constexpr qsizetype MaxValueBytes = qsizetype{1024} * 1024;

bool isKnown(const QString& entity);
// Values over MaxValueBytes, one reason per field.
QList<sync::PushResult::Reason> oversizeValues(const QJsonObject& fields);
// A signed document is immutable; an update may only revoke it (revoked_on, revoked_reason, revoked_by).
QList<sync::PushResult::Reason> signedDocumentUpdate(const QJsonObject& fields);

} // namespace EntityRules

} // namespace kq::platform
