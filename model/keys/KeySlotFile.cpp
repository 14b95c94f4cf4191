#include "KeySlotFile.h"

#include "core/AtomicFile.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kq {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeySlotFile)
};

const QString kFormat = QStringLiteral("kangqiao-keyslots");
// Version 2 adds `checksum`: damage that still parses (a changed character inside a sealed key)
// is then told from a wrong password, and load() falls back to the .bak copy. Version 1 files
// (no checksum) are still read, and written as version 2 by the next save.
constexpr int kFormatVersion = 2;
const QString kChecksum = QStringLiteral("checksum");
constexpr qsizetype kMaxFileSize = 1 << 20; // a centre has tens of staff, not thousands

Error malformed(const QString& what)
{
    return {Tr::tr("The key file is damaged (%1).").arg(what), {}, 0};
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

bool decodeField(const QJsonObject& o, const char* name, qsizetype expectedSize, QByteArray& out)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isString())
        return false;
    auto decoded =
        QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize)
        return false;
    out = decoded.decoded;
    return true;
}

// A cost from the file as an integer; 0 (out of range) for anything that is not a whole number
// within what a double holds exactly, so a hostile value never reaches an undefined conversion.
// BLAKE2b-256 of the file's content in compact form (keys sorted, no checksum), in hex.
QString checksumOf(QJsonObject root)
{
    root.remove(kChecksum);
    const QByteArray content = QJsonDocument(root).toJson(QJsonDocument::Compact);
    QByteArray digest(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), size_t(digest.size()),
                       reinterpret_cast<const unsigned char*>(content.constData()),
                       static_cast<unsigned long long>(content.size()), nullptr, 0);
    return QString::fromLatin1(digest.toHex());
}

quint64 kdfLimit(const QJsonValue& v)
{
    const double d = v.toDouble(-1);
    if (!(d >= 0 && d <= 9007199254740991.0) || d != double(quint64(d)))
        return 0;
    return quint64(d);
}

} // namespace

Result<KeySlotFile> KeySlotFile::parse(const QByteArray& bytes)
{
    if (bytes.size() > kMaxFileSize)
        return malformed(Tr::tr("too large"));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(Tr::tr("not JSON"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return malformed(Tr::tr("not a Kangqiao key file"));
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version != 1 && version != kFormatVersion)
        return malformed(Tr::tr("unsupported version"));
    if (version == kFormatVersion && root.value(kChecksum).toString() != checksumOf(root))
        return malformed(Tr::tr("checksum does not match"));

    KeySlotFile file;
    file.databaseId = root.value(QStringLiteral("database_id")).toString();
    file.generation = root.value(QStringLiteral("generation")).toInt(0);
    if (file.databaseId.isEmpty() || file.generation < 1)
        return malformed(Tr::tr("missing database id"));

    const QJsonValue slotsValue = root.value(QStringLiteral("slots"));
    if (!slotsValue.isArray())
        return malformed(Tr::tr("missing slots"));
    for (const QJsonValue v : slotsValue.toArray()) {
        const QJsonObject o = v.toObject();
        KeySlot slot;
        slot.id = o.value(QStringLiteral("id")).toString();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == u"user")
            slot.kind = KeySlot::Kind::User;
        else if (kind == u"recovery")
            slot.kind = KeySlot::Kind::Recovery;
        else
            return malformed(Tr::tr("unknown slot kind"));
        slot.username = o.value(QStringLiteral("user")).toString();
        const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
        if (kdf.value(QStringLiteral("alg")).toString() != u"argon2id13")
            return malformed(Tr::tr("unknown key derivation"));
        slot.kdf.opsLimit = kdfLimit(kdf.value(QStringLiteral("opslimit")));
        slot.kdf.memLimit = kdfLimit(kdf.value(QStringLiteral("memlimit")));
        if (!slot.kdf.isWithinLibsodiumLimits())
            return malformed(Tr::tr("key derivation cost out of range"));
        const bool fieldsOk =
            decodeField(o, "salt", crypto_pwhash_SALTBYTES, slot.salt) &&
            decodeField(o, "nonce", crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, slot.nonce) &&
            decodeField(o, "sealed_secret_key",
                        crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                        slot.sealedSecretKey) &&
            decodeField(o, "public_key", crypto_box_PUBLICKEYBYTES, slot.publicKey) &&
            decodeField(o, "sealed_database_key", 32 + crypto_box_SEALBYTES, slot.sealedDatabaseKey);
        if (slot.id.isEmpty() || !fieldsOk || (slot.kind == KeySlot::Kind::User && slot.username.isEmpty()))
            return malformed(Tr::tr("incomplete slot"));
        file.slots.append(slot);
    }
    return file;
}

QByteArray KeySlotFile::serialize() const
{
    QJsonArray slotArray;
    for (const KeySlot& s : slots) {
        QJsonObject kdf{{QStringLiteral("alg"), QStringLiteral("argon2id13")},
                        {QStringLiteral("opslimit"), double(s.kdf.opsLimit)},
                        {QStringLiteral("memlimit"), double(s.kdf.memLimit)}};
        QJsonObject o{{QStringLiteral("id"), s.id},
                      {QStringLiteral("kind"),
                       s.kind == KeySlot::Kind::User ? QStringLiteral("user") : QStringLiteral("recovery")},
                      {QStringLiteral("kdf"), kdf},
                      {QStringLiteral("salt"), b64(s.salt)},
                      {QStringLiteral("nonce"), b64(s.nonce)},
                      {QStringLiteral("sealed_secret_key"), b64(s.sealedSecretKey)},
                      {QStringLiteral("public_key"), b64(s.publicKey)},
                      {QStringLiteral("sealed_database_key"), b64(s.sealedDatabaseKey)}};
        if (s.kind == KeySlot::Kind::User)
            o.insert(QStringLiteral("user"), s.username);
        slotArray.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("database_id"), databaseId},
                     {QStringLiteral("generation"), generation},
                     {QStringLiteral("slots"), slotArray}};
    root.insert(kChecksum, checksumOf(root));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KeySlotFile> KeySlotFile::load(const QString& path)
{
    Error firstError{Tr::tr("The key file %1 is missing.").arg(QFileInfo(path).fileName()), {}, 0};
    for (const QString& candidate : {path, path + QStringLiteral(".bak")}) {
        QFile f(candidate);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Result<KeySlotFile> parsed = parse(f.read(kMaxFileSize + 1));
        if (parsed)
            return parsed;
        if (candidate == path)
            firstError = parsed.error();
    }
    return firstError;
}

Result<void> KeySlotFile::save(const QString& path) const
{
    const QByteArray bytes = serialize();
    // Main copy first: if we stop between the two, the main copy is already the new one.
    for (const QString& target : {path, path + QStringLiteral(".bak")})
        if (!writeFileAtomically(target, bytes))
            return Error{Tr::tr("Could not write the key file %1.").arg(QFileInfo(target).fileName()), {}, 0};
    return {};
}

const KeySlot* KeySlotFile::findUser(const QString& username) const
{
    for (const KeySlot& s : slots)
        if (s.kind == KeySlot::Kind::User && s.username == username)
            return &s;
    return nullptr;
}

const KeySlot* KeySlotFile::recoverySlot() const
{
    for (const KeySlot& s : slots)
        if (s.kind == KeySlot::Kind::Recovery)
            return &s;
    return nullptr;
}

void KeySlotFile::removeUser(const QString& username)
{
    slots.removeIf([&](const KeySlot& s) { return s.kind == KeySlot::Kind::User && s.username == username; });
}

void KeySlotFile::put(const KeySlot& slot)
{
    for (KeySlot& s : slots) {
        if (s.id == slot.id) {
            s = slot;
            return;
        }
    }
    slots.append(slot);
}

} // namespace kq
