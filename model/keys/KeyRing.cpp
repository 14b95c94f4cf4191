#include "KeyRing.h"

#include "core/Ids.h"

#include <sodium.h>

#include <QCoreApplication>

#include <stdexcept>

namespace kq::KeyRing {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeyRing)
};

QByteArray associatedData(const QString& databaseId, const QString& slotId)
{
    return databaseId.toUtf8() + '\0' + slotId.toUtf8();
}

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

// Key-encryption key from a password; empty on failure (out of memory).
SecureBytes deriveKek(const SecureBytes& secret, const QByteArray& salt, const KdfParams& kdf)
{
    SecureBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    // An empty secret has no buffer, and crypto_pwhash's password must not be null.
    static const char kEmpty[1] = {};
    const char* password = secret.isEmpty() ? kEmpty : secret.chars();
    if (crypto_pwhash(kek.data(), kek.size(), password, secret.size(), bytes(salt), kdf.opsLimit,
                      size_t(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("Argon2id ran out of memory");
    return kek;
}

void sealSecretKey(const QString& databaseId, KeySlot& slot, const SecureBytes& secretKey,
                   const SecureBytes& secret, const KdfParams& kdf)
{
    slot.kdf = kdf;
    slot.salt = QByteArray(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(slot.salt.data(), size_t(slot.salt.size()));
    slot.nonce = QByteArray(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(slot.nonce.data(), size_t(slot.nonce.size()));
    const SecureBytes kek = deriveKek(secret, slot.salt, kdf);
    const QByteArray ad = associatedData(databaseId, slot.id);
    slot.sealedSecretKey = QByteArray(qsizetype(secretKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES),
                                      Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(slot.sealedSecretKey.data()),
                                               nullptr, secretKey.data(), secretKey.size(), bytes(ad),
                                               size_t(ad.size()), nullptr, bytes(slot.nonce), kek.data());
}

Result<SecureBytes> openSecretKey(const QString& databaseId, const KeySlot& slot, const SecureBytes& secret)
{
    const SecureBytes kek = deriveKek(secret, slot.salt, slot.kdf);
    const QByteArray ad = associatedData(databaseId, slot.id);
    SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(secretKey.data(), nullptr, nullptr,
                                                   bytes(slot.sealedSecretKey),
                                                   size_t(slot.sealedSecretKey.size()), bytes(ad),
                                                   size_t(ad.size()), bytes(slot.nonce), kek.data()) != 0)
        return Error{Tr::tr("The password is not correct."), {}, WrongPassword};
    return secretKey;
}

} // namespace

KeySlot seal(const QString& databaseId, KeySlot::Kind kind, const QString& username,
             const SecureBytes& secret, const SecureBytes& databaseKey, const KdfParams& kdf)
{
    ensureSodium();
    KeySlot slot;
    slot.id = newId();
    slot.kind = kind;
    slot.username = kind == KeySlot::Kind::User ? username : QString();
    slot.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(slot.publicKey.data()), secretKey.data());
    sealSecretKey(databaseId, slot, secretKey, secret, kdf);
    resealDatabaseKey(slot, databaseKey);
    return slot;
}

Result<SecureBytes> unseal(const QString& databaseId, const KeySlot& slot, const SecureBytes& secret)
{
    ensureSodium();
    Result<SecureBytes> secretKey = openSecretKey(databaseId, slot, secret);
    if (!secretKey)
        return secretKey.error();
    SecureBytes databaseKey(kDatabaseKeySize);
    if (crypto_box_seal_open(databaseKey.data(), bytes(slot.sealedDatabaseKey),
                             size_t(slot.sealedDatabaseKey.size()), bytes(slot.publicKey),
                             secretKey.value().data()) != 0)
        return Error{Tr::tr("The key slot is damaged."), {}, DamagedSlot};
    return databaseKey;
}

void resealDatabaseKey(KeySlot& slot, const SecureBytes& newDatabaseKey)
{
    ensureSodium();
    if (newDatabaseKey.size() != kDatabaseKeySize)
        throw std::invalid_argument("database key must be 32 bytes");
    slot.sealedDatabaseKey =
        QByteArray(qsizetype(kDatabaseKeySize + crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(slot.sealedDatabaseKey.data()), newDatabaseKey.data(),
                    newDatabaseKey.size(), bytes(slot.publicKey));
}

Result<void> changeSecret(const QString& databaseId, KeySlot& slot, const SecureBytes& oldSecret,
                          const SecureBytes& newSecret, const KdfParams& kdf)
{
    ensureSodium();
    Result<SecureBytes> secretKey = openSecretKey(databaseId, slot, oldSecret);
    if (!secretKey)
        return secretKey.error();
    sealSecretKey(databaseId, slot, secretKey.value(), newSecret, kdf);
    return {};
}

} // namespace kq::KeyRing
