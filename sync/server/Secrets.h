#pragma once

#include <QByteArray>
#include <QString>

namespace kq::platform {

// Random secrets handed to people and devices, and the hashes the store keeps instead of them.
namespace Secrets {

// 32 random bytes, base64url without padding (43 characters).
QString newToken();
// 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), grouped "XXXX-XXXX-XXXX":
// about 60 bits, read over the phone without mistakes.
QString newEnrolmentCode();
// Case and dashes do not matter when a person types the code back.
QString normalisedEnrolmentCode(const QString& code);
// Hex SHA-256 of the UTF-8 text.
QString sha256(const QString& text);

} // namespace Secrets

} // namespace kq::platform
