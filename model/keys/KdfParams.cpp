#include "KdfParams.h"

#include <sodium.h>

namespace kq {

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfParams KdfParams::fastest()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool KdfParams::isWithinLibsodiumLimits() const
{
    // Upper bounds keep a hostile slot file from making us allocate gigabytes.
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= 64 &&
           memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= (quint64(4) << 30);
}

} // namespace kq
