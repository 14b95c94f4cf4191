#pragma once

#include <QtGlobal>

namespace kq {

// Argon2id cost, stored with every key slot so it can be raised later without breaking old slots.
struct KdfParams {
    quint64 opsLimit = 0;
    quint64 memLimit = 0;

    static KdfParams moderate();    // staff passwords: ~0.7 s here
    static KdfParams interactive(); // the recovery key (already 256 bits of entropy)
    static KdfParams fastest();     // tests only: libsodium's minimum
    bool isWithinLibsodiumLimits() const;
    bool operator==(const KdfParams&) const = default;
};

} // namespace kq
