// "A copied database file without the sidecar and password is useless" (issue 10): someone who
// copies the centre's files — from a stolen laptop, a USB stick, a backup folder — gets nothing
// readable. The database alone does not open (not with Kangqiao, not as SQLite); with the key-slot
// sidecar it still needs a password; and no client's name, ID number, phone, diagnosis or note, no
// password and no key appears in the bytes of the database, its WAL, the sidecar or any other file
// next to it — while the store is open and after it is closed.

#include "CaseFixture.h"
#include "SensitiveSample.h"

#include "core/Ids.h"
#include "keys/KeySlotFile.h"
#include "store/Database.h"
#include "store/Sqlite.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

using namespace kq::test::sensitive;
const QString kGuardianName = QStringLiteral("欧阳建军");
const QString kGuardianPhone = QStringLiteral("13698765432");
const QString kAddress = QStringLiteral("朝阳区幸福里小区7号楼");

// Plain SQLite: what `sqlite3 copy.kqdb` would do. SQLCipher without a key reads like SQLite.
QString readAsPlainSqlite(const QString& path)
{
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    QString result;
    if (rc == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &st, nullptr);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(st);
            if (rc == SQLITE_ROW)
                result = QStringLiteral("read %1 tables").arg(sqlite3_column_int(st, 0));
        }
        sqlite3_finalize(st);
    }
    if (result.isEmpty())
        result = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    return result;
}

// The forms a secret could take in a file: UTF-8, UTF-16 (either order), and for bytes hex/base64.
QList<QByteArray> encodings(const QString& text)
{
    QList<QByteArray> out{text.toUtf8()};
    QByteArray le, be;
    for (QChar c : text) {
        le += char(c.unicode() & 0xff);
        le += char(c.unicode() >> 8);
        be += char(c.unicode() >> 8);
        be += char(c.unicode() & 0xff);
    }
    return out << le << be;
}

QList<QByteArray> encodings(const QByteArray& bytes)
{
    return {bytes, bytes.toHex(), bytes.toHex().toUpper(), bytes.toBase64()};
}

struct Secret {
    QString what;
    QList<QByteArray> forms;
};

// Every secret found in any file of `folder`, as "file: what".
QStringList leaksIn(const QString& folder, const QList<Secret>& secrets)
{
    QStringList found;
    for (const QString& name : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
        const QByteArray bytes = fileBytes(QDir(folder).filePath(name));
        for (const Secret& s : secrets)
            for (const QByteArray& form : s.forms)
                if (!form.isEmpty() && bytes.contains(form)) {
                    found << name + QStringLiteral(": ") + s.what;
                    break;
                }
    }
    return found;
}

} // namespace

class TestSecurityAtRest : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;
    QString m_clientId;
    QByteArray m_key; // the raw database key, as a running program holds it
    QString m_recoveryKey;

    StorePaths paths() const { return pathsIn(m_store.dir()); }

    QList<Secret> secrets() const
    {
        QList<Secret> list;
        for (const QString& s : {kName, kIdNumber, kPhone, kGuardianName, kGuardianPhone, kAddress,
                                 kDiagnosis, kNote, kPassword, kStaffPassword})
            list << Secret{s, encodings(s)};
        // The ID number as the search keys hold its tail, and the phone's: the last digits a person types.
        list << Secret{QStringLiteral("ID number tail"), encodings(kIdNumber.right(8))};
        list << Secret{QStringLiteral("database key"), encodings(m_key)};
        if (!m_recoveryKey.isEmpty())
            list << Secret{QStringLiteral("recovery key"), encodings(m_recoveryKey)};
        return list;
    }

    // A copy of some of the store's files in a new folder.
    static void copyFiles(const StorePaths& from, const QTemporaryDir& to, const QStringList& suffixes)
    {
        for (const QString& suffix : suffixes)
            if (QFileInfo::exists(from.database + suffix))
                QVERIFY(QFile::copy(from.database + suffix, pathsIn(to).database + suffix));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The fixture's store, with a real client registered through the model the way the window does.
        m_store.open(kMondayMorning);
        Workspace& ws = m_store.ws();
        addAccount(ws, QStringLiteral("zhao.case"), QStringLiteral("赵个案"), Role::CaseManager);
        ClientRecord person = samplePerson(kName, kIdNumber);
        person.phone = kPhone;
        person.address = kAddress;
        person.diagnosisCode = kDiagnosis;
        person.severeDisorder = SevereDisorder::Bipolar;
        person.notes = kNote;
        Guardian g;
        g.name = kGuardianName;
        g.relation = QStringLiteral("child");
        g.phone = kGuardianPhone;
        g.legalGuardian = true;
        person.guardians << g;
        m_clientId = CaseDriver(ws).apply(person, voluntaryApplication(m_store.today()));
        const SecureBytes& key = ws.databaseKey();
        m_key = QByteArray(key.chars(), int(key.size()));
        QCOMPARE(m_key.size(), 32);
    }

    void cleanupTestCase() { m_store.close(); }

    void noSecretInAnyFileWhileOpen()
    {
        // The store is open and the writes are still in the WAL.
        QVERIFY2(QFileInfo(paths().database + QStringLiteral("-wal")).size() > 0, "the test needs a WAL");
        QVERIFY(fileBytes(paths().database + QStringLiteral("-wal")).size() > 4096);
        const QStringList leaks = leaksIn(m_store.dir().path(), secrets());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }

    void copiedDatabaseAloneOpensNeitherInKangqiaoNorAsSqlite()
    {
        // What a thief copies from the live folder: the database file (and its WAL) without the sidecar.
        QTemporaryDir stolen;
        copyFiles(paths(), stolen, {QString(), QStringLiteral("-wal")});
        const StorePaths copy = pathsIn(stolen);
        QVERIFY(!QFileInfo::exists(copy.keySlots()));

        Workspace ws(copy, m_store.clock());
        const Result<void> r =
            ws.unlock(sampleSetup().username, secret(kPassword)); // even the right password
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(Workspace::NotKangqiao));
        QVERIFY(!ws.isOpen());

        // Not a SQLite file: no header, and the SQLite library cannot read its schema.
        QVERIFY(!fileBytes(copy.database).startsWith("SQLite format 3"));
        QVERIFY(!Database::looksLikePlainSqlite(copy.database));
        const QString asSqlite = readAsPlainSqlite(copy.database);
        QVERIFY2(!asSqlite.startsWith(QStringLiteral("read")), qPrintable(asSqlite));

        // Nor with a guessed key (here: a password used as the raw key, and random bytes).
        for (const QByteArray& guess :
             {QCryptographicHash::hash(kPassword.toUtf8(), QCryptographicHash::Sha256), QByteArray(32, '\0')})
            QVERIFY_THROWS_EXCEPTION(
                StoreError, Database(copy.database, SecureBytes::fromBytes(guess.constData(), guess.size()),
                                     Database::OpenMode::ExistingOnly));
        const QStringList leaks = leaksIn(stolen.path(), secrets());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }

    void copiedDatabaseWithItsSidecarStillNeedsAPassword()
    {
        QTemporaryDir stolen;
        copyFiles(paths(), stolen,
                  {QString(), QStringLiteral("-wal"), QStringLiteral(".keys"), QStringLiteral(".keys.bak")});
        const StorePaths copy = pathsIn(stolen);
        QVERIFY(QFileInfo::exists(copy.keySlots()));

        // Wrong passwords, a known username or not, and the recovery slot guessed: all refused alike.
        const QList<std::pair<QString, QString>> guesses{
            {sampleSetup().username, QStringLiteral("Correct-Horse-7-Batter")},
            {sampleSetup().username, QStringLiteral("wang.li")},
            {QStringLiteral("zhao.case"), kPassword},
            {QStringLiteral("nobody"), kPassword}};
        for (const auto& [user, password] : guesses) {
            Workspace ws(copy, m_store.clock());
            const Result<void> r = ws.unlock(user, secret(password));
            QVERIFY2(!r, qPrintable(user + u' ' + password));
            QVERIFY(r.error().code == Workspace::WrongCredentials ||
                    r.error().code == Workspace::WaitBeforeRetry);
            QVERIFY(!ws.isOpen());
            // The message names neither the password tried nor anything read from the store.
            QVERIFY(!r.error().message.contains(password));
            QVERIFY(!r.error().message.contains(kName));
        }
        const Result<std::vector<UnsealedKey>> recovery =
            Workspace::unsealKeys(copy, {},
                                  secret(QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-"
                                                        "AAAA-AAAA-AAAA-AAAA")),
                                  true);
        QVERIFY(!recovery);

        // The sidecar holds no key and no password in the clear; only sealed boxes.
        const Result<KeySlotFile> slots = KeySlotFile::load(copy.keySlots());
        KQ_VERIFY_OK(slots);
        QVERIFY(slots.value().slots.size() >= 3); // supervisor, case manager, recovery
        const QStringList leaks = leaksIn(stolen.path(), secrets());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));

        // Only the right password opens the copy; it is the same store.
        Workspace ws(copy, m_store.clock());
        ws.backoff().recordSuccess(); // the guesses above made it wait; that is tested elsewhere
        KQ_VERIFY_OK(ws.unlock(QStringLiteral("zhao.case"), secret(kStaffPassword)));
        QCOMPARE(ws.databaseId(), m_store.ws().databaseId());
    }

    void noSecretInAnyFileAfterClosing()
    {
        // The window closes: the WAL is folded into the database; the back-off file may be there too.
        const QString id = m_store.ws().databaseId();
        m_store.ws().lock();
        QVERIFY(!m_store.ws().isOpen());
        {
            Workspace ws(paths(), m_store.clock());
            QVERIFY(
                !ws.unlock(sampleSetup().username, secret(QStringLiteral("wrong-password")))); // a .backoff
        }
        const QStringList files = filesIn(m_store.dir());
        QVERIFY2(files.contains(QStringLiteral("centre.kqdb.keys")), qPrintable(files.join(u' ')));
        const QStringList leaks = leaksIn(m_store.dir().path(), secrets());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        // And the right password still opens it (the data are there, only unreadable without it).
        Workspace ws(paths(), m_store.clock());
        ws.backoff().recordSuccess();
        KQ_VERIFY_OK(ws.unlock(sampleSetup().username, secret(kPassword)));
        QCOMPARE(ws.databaseId(), id);
        const std::optional<ClientRecord> back = ClientRepository(ws.journal()).load(ws.actor(), m_clientId);
        QVERIFY(back);
        QCOMPARE(back->idNumber, kIdNumber);
        QCOMPARE(back->diagnosisCode, kDiagnosis);
    }
};

QTEST_GUILESS_MAIN(TestSecurityAtRest)
#include "TestSecurityAtRest.moc"
