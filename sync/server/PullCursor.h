#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace kq::platform {

// The opaque pull cursor: base64url of [format 1][revision, 8 bytes big-endian][12 bytes of
// HMAC-SHA256(store key, centre + revision)]. Signed and bound to the centre, so a forged cursor,
// or one of another centre, is refused instead of silently skipping or repeating changes.
namespace PullCursor {

QString encode(const QByteArray& key, const QString& centre, qint64 rev);
// The revision, or nullopt for anything this store did not hand to this centre.
std::optional<qint64> decode(const QByteArray& key, const QString& centre, const QString& cursor);

} // namespace PullCursor

} // namespace kq::platform
