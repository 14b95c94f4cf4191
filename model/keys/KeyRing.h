#pragma once

#include "KeySlot.h"
#include "core/Result.h"
#include "crypto/SecureBytes.h"

namespace kq {

// The cryptography of key slots (see KeySlot). Stateless and thread-safe: unseal() runs Argon2id
// and is meant to be called off the GUI thread.
namespace KeyRing {

constexpr std::size_t kDatabaseKeySize = 32;

enum ErrorCode { WrongPassword = 1, DamagedSlot = 2 };

// Creates a slot that opens with `secret` (a password or the recovery key text).
KeySlot seal(const QString& databaseId, KeySlot::Kind kind, const QString& username,
             const SecureBytes& secret, const SecureBytes& databaseKey, const KdfParams& kdf);

// Recovers the database key; WrongPassword if `secret` does not open the slot.
Result<SecureBytes> unseal(const QString& databaseId, const KeySlot& slot, const SecureBytes& secret);

// Replaces the sealed database key after a re-key; needs no password.
void resealDatabaseKey(KeySlot& slot, const SecureBytes& newDatabaseKey);

// Re-protects the slot's secret key under a new password; the slot id and key pair stay.
Result<void> changeSecret(const QString& databaseId, KeySlot& slot, const SecureBytes& oldSecret,
                          const SecureBytes& newSecret, const KdfParams& kdf);

} // namespace KeyRing
} // namespace kq
