#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

namespace kq::RecoveryKey {

// A recovery key is 32 random bytes written as 52 Crockford base-32 characters in groups of four
// (e.g. "7K3Q-..."), easy to read aloud and to type back from paper.
SecureBytes generate();

// What a person typed, canonicalised: case, spaces and dashes ignored, O->0, I/L->1. Empty if
// the text cannot be a recovery key.
SecureBytes normalise(const QString& typed);

// The grouped form for showing and printing.
QString format(const SecureBytes& key);

} // namespace kq::RecoveryKey
