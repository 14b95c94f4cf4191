#pragma once

#include "KdfParams.h"

#include <QByteArray>
#include <QString>

namespace kq {

// One way to open the database: a staff member's password or the recovery key.
//
// Each slot has an X25519 key pair. The secret key is sealed (XChaCha20-Poly1305, associated data
// = database id + slot id) under a key derived from the password by Argon2id; the database key is
// sealed to the public key (crypto_box_seal). So a supervisor can re-key the database for every
// remaining slot without knowing anyone's password, and a password change rewrites one slot.
struct KeySlot {
    enum class Kind { User, Recovery };

    QString id;
    Kind kind = Kind::User;
    QString username; // empty for the recovery slot
    KdfParams kdf;
    QByteArray salt;
    QByteArray nonce;
    QByteArray sealedSecretKey;
    QByteArray publicKey;
    QByteArray sealedDatabaseKey;
};

} // namespace kq
