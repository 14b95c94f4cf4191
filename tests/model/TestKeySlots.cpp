#include "TestStore.h"

#include "core/AtomicFile.h"
#include "core/Ids.h"
#include "keys/KeyRing.h"
#include "keys/KeySlotFile.h"
#include "keys/RecoveryKey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <stdexcept>

using namespace kq;
using namespace kq::test;

namespace {

const QString kUser = QStringLiteral("wang.li");

struct Sample {
    KeySlotFile file;
    SecureBytes databaseKey;
    SecureBytes recoveryKey;
};

Sample makeSample()
{
    Sample s;
    s.databaseKey = SecureBytes::random(KeyRing::kDatabaseKeySize);
    s.recoveryKey = RecoveryKey::generate();
    s.file.databaseId = newId();
    s.file.slots.append(KeyRing::seal(s.file.databaseId, KeySlot::Kind::User, kUser, secret(kPassword),
                                      s.databaseKey, KdfParams::fastest()));
    s.file.slots.append(KeyRing::seal(s.file.databaseId, KeySlot::Kind::Recovery, {}, s.recoveryKey,
                                      s.databaseKey, KdfParams::fastest()));
    return s;
}

bool sameSlot(const KeySlot& a, const KeySlot& b)
{
    return a.id == b.id && a.kind == b.kind && a.username == b.username && a.kdf == b.kdf &&
           a.salt == b.salt && a.nonce == b.nonce && a.sealedSecretKey == b.sealedSecretKey &&
           a.publicKey == b.publicKey && a.sealedDatabaseKey == b.sealedDatabaseKey;
}

bool sameFile(const KeySlotFile& a, const KeySlotFile& b)
{
    if (a.databaseId != b.databaseId || a.generation != b.generation || a.slots.size() != b.slots.size())
        return false;
    for (qsizetype i = 0; i < a.slots.size(); ++i)
        if (!sameSlot(a.slots[i], b.slots[i]))
            return false;
    return true;
}

// The file as version 1 wrote it (no checksum), so that each hostile edit below reaches the
// check of the field it edits rather than the checksum: a hostile writer can recompute one.
QJsonObject rootOf(const KeySlotFile& f)
{
    QJsonObject root = QJsonDocument::fromJson(f.serialize()).object();
    root.remove(QStringLiteral("checksum"));
    root.insert(QStringLiteral("version"), 1);
    return root;
}

// One base64 character inside the user's sealed secret key changed: the file still parses.
QByteArray withSealedKeyDamaged(const KeySlotFile& f)
{
    QByteArray bytes = f.serialize();
    const QByteArray sealed = f.findUser(kUser)->sealedSecretKey.toBase64();
    const qsizetype middle = bytes.indexOf(sealed) + sealed.size() / 2;
    bytes[middle] = bytes[middle] == 'A' ? 'B' : 'A';
    return bytes;
}

QByteArray bytesOf(const QJsonObject& root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// The serialised file with the first slot edited.
QByteArray withFirstSlot(const QJsonObject& root, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject r = root;
    QJsonArray slots = r.value(QStringLiteral("slots")).toArray();
    QJsonObject slot = slots.at(0).toObject();
    edit(slot);
    slots.replace(0, slot);
    r.insert(QStringLiteral("slots"), slots);
    return bytesOf(r);
}

QByteArray withRoot(const QJsonObject& root, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject r = root;
    edit(r);
    return bytesOf(r);
}

QString b64(qsizetype size)
{
    return QString::fromLatin1(QByteArray(size, '\x5a').toBase64());
}

} // namespace

class TestKeySlots : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void serializeThenParseGivesTheSameFile()
    {
        Sample s = makeSample();
        s.file.generation = 7;
        const Result<KeySlotFile> parsed = KeySlotFile::parse(s.file.serialize());
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QVERIFY(sameFile(parsed.value(), s.file));
        QCOMPARE(parsed.value().slots.at(0).kdf, KdfParams::fastest());
        QCOMPARE(parsed.value().findUser(kUser)->username, kUser);
        QVERIFY(parsed.value().recoverySlot()->username.isEmpty());
        // And the parsed slot still opens.
        const Result<SecureBytes> key =
            KeyRing::unseal(parsed.value().databaseId, *parsed.value().findUser(kUser), secret(kPassword));
        QVERIFY(key);
        QVERIFY(key.value().equals(s.databaseKey));
    }

    void sidecarHoldsNoSecretInTheClear()
    {
        const Sample s = makeSample();
        const QByteArray bytes = s.file.serialize();
        QVERIFY(!bytes.contains(kPassword.toUtf8()));
        QVERIFY(!bytes.contains(QByteArray(s.databaseKey.chars(), qsizetype(s.databaseKey.size()))));
        QVERIFY(!bytes.contains(QByteArray(s.databaseKey.chars(), qsizetype(s.databaseKey.size())).toHex()));
        QVERIFY(
            !bytes.contains(QByteArray(s.databaseKey.chars(), qsizetype(s.databaseKey.size())).toBase64()));
        QVERIFY(!bytes.contains(QByteArray(s.recoveryKey.chars(), qsizetype(s.recoveryKey.size()))));
    }

    void hostileFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const Sample s = makeSample();
        const QJsonObject root = rootOf(s.file);
        const auto set = [](const char* key, QJsonValue v) {
            return [key, v](QJsonObject& o) { o.insert(QLatin1String(key), v); };
        };
        const auto drop = [](const char* key) {
            return [key](QJsonObject& o) { o.remove(QLatin1String(key)); };
        };
        const auto setKdf = [](const char* key, QJsonValue v) {
            return [key, v](QJsonObject& o) {
                QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
                kdf.insert(QLatin1String(key), v);
                o.insert(QStringLiteral("kdf"), kdf);
            };
        };

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("this is not a key file");
        QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe\x01\x80", 5).repeated(100);
        QTest::newRow("truncated JSON") << s.file.serialize().left(200);
        QTest::newRow("JSON array") << QByteArray("[1, 2, 3]");
        QTest::newRow("JSON string") << QByteArray("\"kangqiao-keyslots\"");
        QTest::newRow("deeply nested") << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("2 MB") << withRoot(root, set("padding", QString(2 << 20, u'x')));
        QTest::newRow("wrong format") << withRoot(root, set("format", QStringLiteral("other-keyslots")));
        QTest::newRow("missing format") << withRoot(root, drop("format"));
        QTest::newRow("newer version") << withRoot(root, set("version", 3));
        QTest::newRow("version as text") << withRoot(root, set("version", QStringLiteral("1")));
        QTest::newRow("missing database id") << withRoot(root, drop("database_id"));
        QTest::newRow("empty database id") << withRoot(root, set("database_id", QString()));
        QTest::newRow("generation zero") << withRoot(root, set("generation", 0));
        QTest::newRow("negative generation") << withRoot(root, set("generation", -3));
        QTest::newRow("missing slots") << withRoot(root, drop("slots"));
        QTest::newRow("slots not an array") << withRoot(root, set("slots", QJsonObject()));
        QTest::newRow("slot not an object") << withRoot(root, set("slots", QJsonArray{42}));
        QTest::newRow("unknown slot kind") << withFirstSlot(root, set("kind", QStringLiteral("admin")));
        QTest::newRow("missing slot kind") << withFirstSlot(root, drop("kind"));
        QTest::newRow("missing slot id") << withFirstSlot(root, drop("id"));
        QTest::newRow("user slot without user") << withFirstSlot(root, drop("user"));
        QTest::newRow("user slot with empty user") << withFirstSlot(root, set("user", QString()));
        QTest::newRow("missing kdf") << withFirstSlot(root, drop("kdf"));
        QTest::newRow("unknown kdf") << withFirstSlot(root, setKdf("alg", QStringLiteral("scrypt")));
        QTest::newRow("opslimit zero") << withFirstSlot(root, setKdf("opslimit", 0));
        QTest::newRow("opslimit negative") << withFirstSlot(root, setKdf("opslimit", -1));
        QTest::newRow("opslimit absurd") << withFirstSlot(root, setKdf("opslimit", 1e12));
        QTest::newRow("opslimit beyond 64 bits") << withFirstSlot(root, setKdf("opslimit", 1e30));
        QTest::newRow("opslimit fractional") << withFirstSlot(root, setKdf("opslimit", 2.5));
        QTest::newRow("opslimit as text") << withFirstSlot(root, setKdf("opslimit", QStringLiteral("2")));
        QTest::newRow("memlimit below minimum") << withFirstSlot(root, setKdf("memlimit", 1024));
        QTest::newRow("memlimit 1 TB") << withFirstSlot(root, setKdf("memlimit", 1099511627776.0));
        QTest::newRow("memlimit beyond 64 bits") << withFirstSlot(root, setKdf("memlimit", 1e300));
        QTest::newRow("memlimit negative") << withFirstSlot(root, setKdf("memlimit", -8192));
        QTest::newRow("missing memlimit") << withFirstSlot(root, [](QJsonObject& o) {
            QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
            kdf.remove(QStringLiteral("memlimit"));
            o.insert(QStringLiteral("kdf"), kdf);
        });
        for (const char* field :
             {"salt", "nonce", "sealed_secret_key", "public_key", "sealed_database_key"}) {
            QTest::addRow("missing %s", field) << withFirstSlot(root, drop(field));
            QTest::addRow("%s empty", field) << withFirstSlot(root, set(field, QString()));
            QTest::addRow("%s one byte short", field) << withFirstSlot(root, [field](QJsonObject& o) {
                const QByteArray v =
                    QByteArray::fromBase64(o.value(QLatin1String(field)).toString().toLatin1());
                o.insert(QLatin1String(field), QString::fromLatin1(v.left(v.size() - 1).toBase64()));
            });
            QTest::addRow("%s one byte long", field) << withFirstSlot(root, [field](QJsonObject& o) {
                const QByteArray v =
                    QByteArray::fromBase64(o.value(QLatin1String(field)).toString().toLatin1());
                o.insert(QLatin1String(field), QString::fromLatin1((v + 'x').toBase64()));
            });
            QTest::addRow("%s 1 MB", field) << withFirstSlot(root, set(field, b64(700000)));
            QTest::addRow("%s not base64", field)
                << withFirstSlot(root, set(field, QStringLiteral("!!!!****")));
            QTest::addRow("%s a number", field) << withFirstSlot(root, set(field, 12345));
        }
    }

    void hostileFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        const Result<KeySlotFile> r = KeySlotFile::parse(bytes);
        QVERIFY(!r);
        QVERIFY(!r.error().message.isEmpty());
    }

    // Version 2's checksum tells damage that still parses from a wrong password.
    void damageThatStillParsesIsCaughtByTheChecksum()
    {
        const Sample s = makeSample();
        const QByteArray damaged = withSealedKeyDamaged(s.file);
        QVERIFY(QJsonDocument::fromJson(damaged).isObject());
        const Result<KeySlotFile> r = KeySlotFile::parse(damaged);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("checksum")));
        QVERIFY(!KeySlotFile::parse(withRoot(QJsonDocument::fromJson(s.file.serialize()).object(),
                                             [](QJsonObject& o) { o.remove(QStringLiteral("checksum")); })));
    }

    void versionOneFilesAreStillRead()
    {
        const Sample s = makeSample();
        const Result<KeySlotFile> r = KeySlotFile::parse(bytesOf(rootOf(s.file)));
        KQ_VERIFY_OK(r);
        QVERIFY(sameFile(r.value(), s.file));
        const QJsonObject rewritten = QJsonDocument::fromJson(r.value().serialize()).object();
        QCOMPARE(rewritten.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(rewritten.value(QStringLiteral("checksum")).toString().size(), 64);
    }

    void hostileFileOnDiskIsRefusedByLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("centre.kqdb.keys"));
        QVERIFY(writeBytes(path, QByteArray(2 << 20, '{')));
        const Result<KeySlotFile> r = KeySlotFile::load(path);
        QVERIFY(!r);
        QVERIFY(!r.error().message.isEmpty());
    }

    void missingFileIsReportedNotCrashed()
    {
        QTemporaryDir dir;
        const Result<KeySlotFile> r = KeySlotFile::load(dir.filePath(QStringLiteral("none.keys")));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("none.keys")));
    }

    void rightPasswordUnsealsTheDatabaseKey()
    {
        const Sample s = makeSample();
        const Result<SecureBytes> k =
            KeyRing::unseal(s.file.databaseId, *s.file.findUser(kUser), secret(kPassword));
        QVERIFY(k);
        QVERIFY(k.value().equals(s.databaseKey));
        const Result<SecureBytes> r =
            KeyRing::unseal(s.file.databaseId, *s.file.recoverySlot(), s.recoveryKey);
        QVERIFY(r);
        QVERIFY(r.value().equals(s.databaseKey));
    }

    void wrongPasswordIsRefused_data()
    {
        QTest::addColumn<QString>("attempt");
        QTest::newRow("other password") << QStringLiteral("Wrong-Horse-7-Battery");
        QTest::newRow("different case") << kPassword.toUpper();
        QTest::newRow("trailing space") << kPassword + u' ';
        QTest::newRow("empty") << QString();
    }

    void wrongPasswordIsRefused()
    {
        QFETCH(QString, attempt);
        const Sample s = makeSample();
        const Result<SecureBytes> k =
            KeyRing::unseal(s.file.databaseId, *s.file.findUser(kUser), secret(attempt));
        QVERIFY(!k);
        QCOMPARE(k.error().code, int(KeyRing::WrongPassword));
    }

    void userPasswordDoesNotOpenTheRecoverySlot()
    {
        const Sample s = makeSample();
        const Result<SecureBytes> k =
            KeyRing::unseal(s.file.databaseId, *s.file.recoverySlot(), secret(kPassword));
        QVERIFY(!k);
        QCOMPARE(k.error().code, int(KeyRing::WrongPassword));
    }

    void slotDoesNotOpenForAnotherDatabase()
    {
        // A slot copied into another store's key file is bound to its own database id.
        const Sample s = makeSample();
        const Result<SecureBytes> k = KeyRing::unseal(newId(), *s.file.findUser(kUser), secret(kPassword));
        QVERIFY(!k);
    }

    void slotDoesNotOpenUnderAnotherSlotId()
    {
        const Sample s = makeSample();
        KeySlot moved = *s.file.findUser(kUser);
        moved.id = newId();
        QVERIFY(!KeyRing::unseal(s.file.databaseId, moved, secret(kPassword)));
    }

    void damagedSealedKeyIsReported()
    {
        const Sample s = makeSample();
        KeySlot slot = *s.file.findUser(kUser);
        slot.sealedDatabaseKey[10] = char(slot.sealedDatabaseKey[10] ^ 0x40);
        const Result<SecureBytes> k = KeyRing::unseal(s.file.databaseId, slot, secret(kPassword));
        QVERIFY(!k);
        QCOMPARE(k.error().code, int(KeyRing::DamagedSlot));

        KeySlot other = *s.file.findUser(kUser);
        other.sealedSecretKey[3] = char(other.sealedSecretKey[3] ^ 0x01);
        QVERIFY(!KeyRing::unseal(s.file.databaseId, other, secret(kPassword)));
    }

    void changeSecretKeepsTheDatabaseKey()
    {
        const Sample s = makeSample();
        KeySlot slot = *s.file.findUser(kUser);
        const KeySlot before = slot;
        const SecureBytes next = secret(QStringLiteral("New-Bridge-42-River"));
        QVERIFY(
            KeyRing::changeSecret(s.file.databaseId, slot, secret(kPassword), next, KdfParams::fastest()));
        QVERIFY(!KeyRing::unseal(s.file.databaseId, slot, secret(kPassword)));
        const Result<SecureBytes> k = KeyRing::unseal(s.file.databaseId, slot, next);
        QVERIFY(k);
        QVERIFY(k.value().equals(s.databaseKey));
        // One slot is rewritten in place: same id and key pair, nothing else re-encrypted.
        QCOMPARE(slot.id, before.id);
        QCOMPARE(slot.publicKey, before.publicKey);
        QCOMPARE(slot.sealedDatabaseKey, before.sealedDatabaseKey);
        QVERIFY(slot.salt != before.salt);
    }

    void changeSecretWithWrongOldPasswordChangesNothing()
    {
        const Sample s = makeSample();
        KeySlot slot = *s.file.findUser(kUser);
        const KeySlot before = slot;
        const Result<void> r =
            KeyRing::changeSecret(s.file.databaseId, slot, secret(QStringLiteral("Not-The-Password-1")),
                                  secret(QStringLiteral("New-Bridge-42-River")), KdfParams::fastest());
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(KeyRing::WrongPassword));
        QVERIFY(sameSlot(slot, before));
        QVERIFY(KeyRing::unseal(s.file.databaseId, slot, secret(kPassword)));
    }

    void changeSecretCanRaiseTheKdfCost()
    {
        const Sample s = makeSample();
        KeySlot slot = *s.file.findUser(kUser);
        const KdfParams stronger{KdfParams::fastest().opsLimit + 1, KdfParams::fastest().memLimit * 2};
        QVERIFY(
            KeyRing::changeSecret(s.file.databaseId, slot, secret(kPassword), secret(kPassword), stronger));
        QCOMPARE(slot.kdf, stronger);
        QVERIFY(KeyRing::unseal(s.file.databaseId, slot, secret(kPassword)));
    }

    void resealedSlotOpensToTheNewKeyWithTheSamePassword()
    {
        Sample s = makeSample();
        const SecureBytes newKey = SecureBytes::random(KeyRing::kDatabaseKeySize);
        for (KeySlot& slot : s.file.slots)
            KeyRing::resealDatabaseKey(slot, newKey);
        const Result<SecureBytes> k =
            KeyRing::unseal(s.file.databaseId, *s.file.findUser(kUser), secret(kPassword));
        QVERIFY(k);
        QVERIFY(k.value().equals(newKey));
        QVERIFY(!k.value().equals(s.databaseKey));
        const Result<SecureBytes> r =
            KeyRing::unseal(s.file.databaseId, *s.file.recoverySlot(), s.recoveryKey);
        QVERIFY(r);
        QVERIFY(r.value().equals(newKey));
    }

    void resealRefusesAKeyOfTheWrongSize()
    {
        Sample s = makeSample();
        KeySlot slot = *s.file.findUser(kUser);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 KeyRing::resealDatabaseKey(slot, SecureBytes::random(16)));
        QVERIFY(KeyRing::unseal(s.file.databaseId, slot, secret(kPassword)).value().equals(s.databaseKey));
    }

    void recoverySlotHasNoUsername()
    {
        const KeySlot slot = KeyRing::seal(newId(), KeySlot::Kind::Recovery, kUser, RecoveryKey::generate(),
                                           SecureBytes::random(32), KdfParams::fastest());
        QVERIFY(slot.username.isEmpty());
        KeySlotFile f;
        f.databaseId = newId();
        f.slots.append(slot);
        QVERIFY(!f.findUser(kUser));
        QVERIFY(f.recoverySlot());
    }

    void removeUserKeepsTheOtherSlots()
    {
        Sample s = makeSample();
        s.file.slots.append(KeyRing::seal(s.file.databaseId, KeySlot::Kind::User, QStringLiteral("zhao.min"),
                                          secret(kPassword), s.databaseKey, KdfParams::fastest()));
        s.file.removeUser(kUser);
        QVERIFY(!s.file.findUser(kUser));
        QVERIFY(s.file.findUser(QStringLiteral("zhao.min")));
        QVERIFY(s.file.recoverySlot());
        QCOMPARE(s.file.slots.size(), 2);
    }

    void putReplacesTheSlotWithTheSameId()
    {
        Sample s = makeSample();
        KeySlot slot = *s.file.findUser(kUser);
        QVERIFY(KeyRing::changeSecret(s.file.databaseId, slot, secret(kPassword),
                                      secret(QStringLiteral("New-Bridge-42-River")), KdfParams::fastest()));
        s.file.put(slot);
        QCOMPARE(s.file.slots.size(), 2);
        QVERIFY(sameSlot(*s.file.findUser(kUser), slot));
        s.file.put(KeyRing::seal(s.file.databaseId, KeySlot::Kind::User, QStringLiteral("li.na"),
                                 secret(kPassword), s.databaseKey, KdfParams::fastest()));
        QCOMPARE(s.file.slots.size(), 3);
    }

    void saveThenLoadRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("centre.kqdb.keys"));
        const Sample s = makeSample();
        QVERIFY(s.file.save(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".bak")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
        const Result<KeySlotFile> loaded = KeySlotFile::load(path);
        QVERIFY(loaded);
        QVERIFY(sameFile(loaded.value(), s.file));
    }

    void keyFileIsReadableOnlyByItsOwner()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("centre.kqdb.keys"));
        QVERIFY(makeSample().file.save(path));
        const QFile::Permissions p = QFile::permissions(path);
        QVERIFY(!(p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
    }

    void loadFallsBackToTheBackupWhenTheMainCopyIsDamaged_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("truncated to half") << 0;
        QTest::newRow("emptied (crash before data reached the disk)") << 1;
        QTest::newRow("garbled") << 2;
        QTest::newRow("deleted") << 3;
        QTest::newRow("zero bytes of the same length") << 4;
        QTest::newRow("one character of a sealed key changed") << 5;
    }

    void loadFallsBackToTheBackupWhenTheMainCopyIsDamaged()
    {
        QFETCH(int, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("centre.kqdb.keys"));
        Sample s = makeSample();
        QVERIFY(s.file.save(path));
        const QByteArray good = fileBytes(path);
        switch (damage) {
        case 0:
            QVERIFY(writeBytes(path, good.left(good.size() / 2)));
            break;
        case 1:
            QVERIFY(writeBytes(path, QByteArray()));
            break;
        case 2: {
            QByteArray garbled = good;
            for (qsizetype i = 0; i < garbled.size(); i += 7)
                garbled[i] = char(garbled[i] ^ 0x5a);
            QVERIFY(writeBytes(path, garbled));
            break;
        }
        case 3:
            QVERIFY(QFile::remove(path));
            break;
        case 4:
            QVERIFY(writeBytes(path, QByteArray(good.size(), '\0')));
            break;
        case 5:
            QVERIFY(writeBytes(path, withSealedKeyDamaged(s.file)));
            break;
        }
        const Result<KeySlotFile> loaded = KeySlotFile::load(path);
        QVERIFY(loaded);
        QVERIFY(sameFile(loaded.value(), s.file));
        const Result<SecureBytes> key =
            KeyRing::unseal(loaded.value().databaseId, *loaded.value().findUser(kUser), secret(kPassword));
        QVERIFY(key);
        QVERIFY(key.value().equals(s.databaseKey));
    }

    void loadReportsTheMainFileWhenBothCopiesAreDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("centre.kqdb.keys"));
        QVERIFY(makeSample().file.save(path));
        QVERIFY(writeBytes(path, QByteArray("{\"format\": \"kangqiao-keyslots\"")));
        QVERIFY(writeBytes(path + QStringLiteral(".bak"), QByteArray("garbage")));
        const Result<KeySlotFile> r = KeySlotFile::load(path);
        QVERIFY(!r);
        QVERIFY(!r.error().message.isEmpty());
    }

    void interruptedSaveLeavesAUsableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("centre.kqdb.keys"));
        Sample s = makeSample();
        QVERIFY(s.file.save(path));
        KeySlotFile next = s.file;
        next.generation = 2;
        next.removeUser(kUser);

        // Power cut while writing the temp file: a partial newer copy is left beside the old one.
        QVERIFY(writeBytes(path + QStringLiteral(".tmp"), next.serialize().left(100)));
        Result<KeySlotFile> loaded = KeySlotFile::load(path);
        QVERIFY(loaded);
        QVERIFY(sameFile(loaded.value(), s.file));

        // Power cut after the main copy was replaced but before the backup: the new copy wins.
        QVERIFY(writeFileAtomically(path, next.serialize()));
        loaded = KeySlotFile::load(path);
        QVERIFY(loaded);
        QCOMPARE(loaded.value().generation, 2);
    }

    void leftoverTempFileDoesNotBlockTheNextSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("centre.kqdb.keys"));
        Sample s = makeSample();
        QVERIFY(s.file.save(path));
        QVERIFY(writeBytes(path + QStringLiteral(".tmp"), QByteArray(5000, 'x')));
        s.file.generation = 3;
        QVERIFY(s.file.save(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
        const Result<KeySlotFile> loaded = KeySlotFile::load(path);
        QVERIFY(loaded);
        QCOMPARE(loaded.value().generation, 3);
    }
};

QTEST_GUILESS_MAIN(TestKeySlots)
#include "TestKeySlots.moc"
