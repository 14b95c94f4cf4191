#include "TestStore.h"

#include "accounts/AccountRepository.h"
#include "accounts/AccountService.h"
#include "centre/CentreRepository.h"
#include "core/AtomicFile.h"
#include "core/Ids.h"
#include "keys/KeyRing.h"
#include "keys/KeySlotFile.h"
#include "keys/RecoveryKey.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

const QString kUser = QStringLiteral("wang.li");
const QString kCentreName = QStringLiteral("朝阳区阳光康复中心");
const QString kDisplayName = QStringLiteral("王丽");
const QString kZhao = QStringLiteral("zhao.min");
const QString kZhaoPassword = QStringLiteral("Autumn-Leaves-31-Road");
const QString kLi = QStringLiteral("li.na");
const QString kLiPassword = QStringLiteral("Quiet-Harbour-58-Lamp");

Result<void> unlockWithRecovery(Workspace& ws, const SecureBytes& recoveryKey)
{
    return ws.open({}, Workspace::unsealKeys(ws.paths(), {}, recoveryKey, true), true);
}

int errorCode(const Result<void>& r)
{
    return r ? 0 : r.error().code;
}

// Three staff: the set-up supervisor, a case manager and a front-desk worker.
void addTeam(const StorePaths& paths, const Clock& clock)
{
    Workspace ws(paths, clock);
    KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
    AccountService accounts(ws, KdfParams::fastest());
    KQ_VERIFY_OK(accounts.create(kZhao, QStringLiteral("赵敏"), Role::CaseManager, secret(kZhaoPassword)));
    KQ_VERIFY_OK(accounts.create(kLi, QStringLiteral("李娜"), Role::FrontDesk, secret(kLiPassword)));
}

// The first step of disabling an account (AccountService::disable): the row, not yet the keys.
void deactivateRowOnly(Workspace& ws, const QString& username)
{
    Transaction tx(ws.database());
    KQ_VERIFY_OK(AccountRepository(ws.journal()).deactivate(ws.actor(), username));
    tx.commit();
}

// Step 1 of Workspace::rekeyWithout: the remaining slots sealed to `newKey`, in the pending file.
KeySlotFile writePendingSlots(const StorePaths& paths, const QString& without, const SecureBytes& newKey)
{
    KeySlotFile next = KeySlotFile::load(paths.keySlots()).take();
    next.removeUser(without);
    for (KeySlot& slot : next.slots)
        KeyRing::resealDatabaseKey(slot, newKey);
    ++next.generation;
    if (!writeFileAtomically(paths.pendingKeySlots(), next.serialize()))
        qFatal("could not write the pending key file");
    return next;
}

// What a power cut leaves behind: every file as it is at this moment (the WAL not checkpointed),
// minus SQLite's shared-memory index, which is rebuilt on open.
void copyAsAfterPowerCut(const QTemporaryDir& from, const QTemporaryDir& to)
{
    const QDir source(from.path());
    for (const QString& name : source.entryList(QDir::Files)) {
        if (name.endsWith(QStringLiteral("-shm")))
            continue;
        QFile::remove(to.filePath(name));
        if (!QFile::copy(source.filePath(name), to.filePath(name)))
            qFatal("could not copy %s", qPrintable(name));
    }
}

bool opensWith(const QString& path, const SecureBytes& key)
{
    try {
        Database db(path, key, Database::OpenMode::ExistingOnly);
        return db.queryInt("SELECT count(*) FROM accounts") > 0;
    } catch (const StoreError&) {
        return false;
    }
}

bool flipByte(const QString& path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || f.size() <= offset)
        return false;
    f.seek(offset);
    char c = 0;
    f.getChar(&c);
    f.seek(offset);
    return f.putChar(char(c ^ 0x10));
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initialiseCreatesAStoreTheSupervisorCanOpen()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        Workspace ws(paths, clock);
        QVERIFY(!ws.isInitialised());

        const SecureBytes recovery = createStore(paths, clock);
        QCOMPARE(recovery.size(), std::size_t(52));
        QVERIFY(ws.isInitialised());
        QVERIFY(QFile::exists(paths.keySlots() + QStringLiteral(".bak")));
        QVERIFY(!ws.isOpen());

        KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
        QVERIFY(ws.isOpen());
        QCOMPARE(ws.actor().username, kUser);
        QCOMPARE(ws.actor().displayName, kDisplayName);
        QCOMPARE(ws.actor().role, Role::Supervisor);
        QVERIFY(!ws.databaseId().isEmpty());
        QCOMPARE(ws.databaseKey().size(), std::size_t(32));
        const std::optional<CentreProfile> centre = CentreRepository(ws.journal()).load();
        QVERIFY(centre.has_value());
        QCOMPARE(centre->code, sampleSetup().centre.code);
        QCOMPARE(centre->name, kCentreName);
        QCOMPARE(centre->countyCode, sampleSetup().centre.countyCode);
    }

    void initialiseRejectsInvalidSetupNamingTheField_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("county");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        const Workspace::Setup ok = sampleSetup();
        const QString c = ok.centre.code, n = ok.centre.name, y = ok.centre.countyCode, u = ok.username,
                      d = ok.displayName, p = kPassword;
        QTest::newRow("centre code empty")
            << QString() << n << y << u << d << p << QStringLiteral("centre-code");
        QTest::newRow("centre code too short")
            << QStringLiteral("BJ1") << n << y << u << d << p << QStringLiteral("centre-code");
        QTest::newRow("centre code with a space")
            << QStringLiteral("BJ CY 01") << n << y << u << d << p << QStringLiteral("centre-code");
        QTest::newRow("centre code in Chinese")
            << QStringLiteral("朝阳中心") << n << y << u << d << p << QStringLiteral("centre-code");
        QTest::newRow("centre name blank")
            << c << QStringLiteral("   ") << y << u << d << p << QStringLiteral("centre-name");
        QTest::newRow("centre name too long")
            << c << QString(101, u'康') << y << u << d << p << QStringLiteral("centre-name");
        QTest::newRow("centre name with a control character")
            << c << QStringLiteral("阳光") + QChar(0x07) + QStringLiteral("中心") << y << u << d << p
            << QStringLiteral("centre-name");
        QTest::newRow("county empty") << c << n << QString() << u << d << p << QStringLiteral("county");
        QTest::newRow("county five digits")
            << c << n << QStringLiteral("11010") << u << d << p << QStringLiteral("county");
        QTest::newRow("county is a prefecture")
            << c << n << QStringLiteral("110100") << u << d << p << QStringLiteral("county");
        QTest::newRow("county with a letter")
            << c << n << QStringLiteral("11010A") << u << d << p << QStringLiteral("county");
        QTest::newRow("username empty") << c << n << y << QString() << d << p << QStringLiteral("username");
        QTest::newRow("username upper case")
            << c << n << y << QStringLiteral("Wang.Li") << d << p << QStringLiteral("username");
        QTest::newRow("username with a space")
            << c << n << y << QStringLiteral("wang li") << d << p << QStringLiteral("username");
        QTest::newRow("username in Chinese")
            << c << n << y << QStringLiteral("王丽") << d << p << QStringLiteral("username");
        QTest::newRow("username too long")
            << c << n << y << QString(33, u'a') << d << p << QStringLiteral("username");
        QTest::newRow("display name blank")
            << c << n << y << u << QStringLiteral(" ") << p << QStringLiteral("display-name");
        QTest::newRow("display name too long")
            << c << n << y << u << QString(41, u'王') << p << QStringLiteral("display-name");
        QTest::newRow("password too short")
            << c << n << y << u << d << QStringLiteral("Ab1-xyz") << QStringLiteral("password");
        QTest::newRow("password common")
            << c << n << y << u << d << QStringLiteral("password2024!") << QStringLiteral("password");
        QTest::newRow("password contains the username")
            << c << n << y << u << d << QStringLiteral("My-wang.li-2024") << QStringLiteral("password");
        QTest::newRow("password empty") << c << n << y << u << d << QString() << QStringLiteral("password");
    }

    void initialiseRejectsInvalidSetupNamingTheField()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, county);
        QFETCH(QString, username);
        QFETCH(QString, displayName);
        QFETCH(QString, password);
        QFETCH(QString, field);
        QTemporaryDir dir;
        ManualClock clock;
        Workspace::Setup setup = sampleSetup();
        setup.centre.code = code;
        setup.centre.name = name;
        setup.centre.countyCode = county;
        setup.username = username;
        setup.displayName = displayName;
        const Result<SecureBytes> r = Workspace::initialise(pathsIn(dir), setup, secret(password), clock);
        QVERIFY(!r);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(filesIn(dir), QStringList());
    }

    void failedKeyFileWriteLeavesNoHalfMadeStore()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        // Something in the way of the key file's temporary copy.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("centre.kqdb.keys.tmp")));
        const Result<SecureBytes> r = Workspace::initialise(paths, sampleSetup(), secret(kPassword), clock);
        QVERIFY(!r);
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("centre.kqdb.keys.tmp")});
        // Once the obstacle is gone, set-up works.
        QVERIFY(QDir(dir.path()).rmdir(QStringLiteral("centre.kqdb.keys.tmp")));
        KQ_VERIFY_OK(Workspace::initialise(paths, sampleSetup(), secret(kPassword), clock));
    }

    void initialiseRefusesToOverwriteAStore()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        createStore(paths, clock);
        const QByteArray keysBefore = fileBytes(paths.keySlots());
        const QByteArray dbBefore = fileBytes(paths.database);

        Workspace::Setup other = sampleSetup();
        other.centre.name = QStringLiteral("另一家中心");
        const Result<SecureBytes> r = Workspace::initialise(paths, other, secret(kPassword), clock);
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(Workspace::AlreadyExists));
        QCOMPARE(fileBytes(paths.keySlots()), keysBefore);
        QCOMPARE(fileBytes(paths.database), dbBefore);

        Workspace ws(paths, clock);
        KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
        QCOMPARE(CentreRepository(ws.journal()).load()->name, kCentreName);
    }

    void initialiseRefusesWhenOnlyTheKeyFileRemains()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        createStore(paths, clock);
        QVERIFY(QFile::remove(paths.database));
        const Result<SecureBytes> r = Workspace::initialise(paths, sampleSetup(), secret(kPassword), clock);
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(Workspace::AlreadyExists));
    }

    void wrongPasswordIsRefused()
    {
        QTemporaryDir dir;
        ManualClock clock;
        createStore(pathsIn(dir), clock);
        Workspace ws(pathsIn(dir), clock);
        const Result<void> r = ws.unlock(kUser, secret(QStringLiteral("Correct-Horse-7-Batterx")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(Workspace::WrongCredentials));
        QCOMPARE(r.error().field, QStringLiteral("password"));
        QVERIFY(!ws.isOpen());
        QVERIFY(ws.databaseKey().isEmpty());
        QCOMPARE(ws.backoff().failures(), 1);
    }

    void emptyPasswordIsRefused()
    {
        QTemporaryDir dir;
        ManualClock clock;
        createStore(pathsIn(dir), clock);
        Workspace ws(pathsIn(dir), clock);
        QCOMPARE(errorCode(ws.unlock(kUser, secret(QString()))), int(Workspace::WrongCredentials));
        QCOMPARE(errorCode(unlockWithRecovery(ws, SecureBytes())), int(Workspace::WrongCredentials));
        QVERIFY(!ws.isOpen());
    }

    void unknownUserLooksExactlyLikeAWrongPassword()
    {
        QTemporaryDir dir;
        ManualClock clock;
        createStore(pathsIn(dir), clock);
        Workspace ws(pathsIn(dir), clock);
        const Result<void> wrong = ws.unlock(kUser, secret(QStringLiteral("Not-The-Password-9")));
        const Result<void> unknown = ws.unlock(QStringLiteral("nobody"), secret(kPassword));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, int(Workspace::WrongCredentials));
        // Nothing tells a guesser which usernames exist.
        QCOMPARE(unknown.error().message, wrong.error().message);
        QCOMPARE(unknown.error().field, wrong.error().field);
        QCOMPARE(ws.backoff().failures(), 2);
    }

    void recoveryKeyOpensTheStoreForAccountRepairsOnly()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const SecureBytes recovery = createStore(pathsIn(dir), clock);
        // Typed back from paper: lower case, spaces instead of dashes.
        const QString typed = RecoveryKey::format(recovery).toLower().replace(u'-', u' ');
        const SecureBytes normalised = RecoveryKey::normalise(typed);
        QVERIFY(!normalised.isEmpty());

        Workspace ws(pathsIn(dir), clock);
        KQ_VERIFY_OK(unlockWithRecovery(ws, normalised));
        QVERIFY(ws.isOpen());
        QVERIFY(ws.actor().can(Permission::ManageAccounts));
        QVERIFY(!ws.actor().can(Permission::ViewClinicalRecords));
        QVERIFY(!ws.actor().can(Permission::RevealIdentifiers));
        QVERIFY(ws.actor().username != kUser);
    }

    void wrongRecoveryKeyIsRefused()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const SecureBytes recovery = createStore(pathsIn(dir), clock);
        Workspace ws(pathsIn(dir), clock);
        const Result<void> r = unlockWithRecovery(ws, RecoveryKey::generate());
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(Workspace::WrongCredentials));
        QCOMPARE(r.error().field, QStringLiteral("recovery-key"));
        QVERIFY(!ws.isOpen());
        // Nor is the recovery key a password for the supervisor's account, or vice versa.
        QCOMPARE(errorCode(ws.unlock(kUser, recovery)), int(Workspace::WrongCredentials));
        QCOMPARE(errorCode(unlockWithRecovery(ws, secret(kPassword))), int(Workspace::WrongCredentials));
    }

    void missingDatabaseIsReported()
    {
        QTemporaryDir dir;
        ManualClock clock;
        Workspace ws(pathsIn(dir), clock);
        const Result<void> r = ws.unlock(kUser, secret(kPassword));
        QCOMPARE(errorCode(r), int(Workspace::NoDatabase));
        QCOMPARE(filesIn(dir), QStringList()); // nothing created by trying
    }

    void plainSqliteFileIsNotKangqiao()
    {
        QTemporaryDir dir;
        ManualClock clock;
        QVERIFY(
            writeBytes(pathsIn(dir).database, QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0')));
        Workspace ws(pathsIn(dir), clock);
        QCOMPARE(errorCode(ws.unlock(kUser, secret(kPassword))), int(Workspace::NotKangqiao));
    }

    void databaseWithoutKeyFileIsNotKangqiao()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        createStore(paths, clock);
        QVERIFY(QFile::remove(paths.keySlots()));
        QVERIFY(QFile::remove(paths.keySlots() + QStringLiteral(".bak")));
        Workspace ws(paths, clock);
        QCOMPARE(errorCode(ws.unlock(kUser, secret(kPassword))), int(Workspace::NotKangqiao));
    }

    void damagedKeyFileFallsBackToItsBackup()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        createStore(paths, clock);
        const QByteArray keys = fileBytes(paths.keySlots());
        QVERIFY(writeBytes(paths.keySlots(), keys.left(keys.size() / 3))); // an interrupted write
        Workspace ws(paths, clock);
        KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
    }

    void databaseFileIsNotPlainSqlite()
    {
        QTemporaryDir dir;
        ManualClock clock;
        createStore(pathsIn(dir), clock);
        const QByteArray head = fileBytes(pathsIn(dir).database).left(16);
        QCOMPARE(head.size(), 16);
        QVERIFY(!head.startsWith("SQLite format 3"));
        QVERIFY(!Database::looksLikePlainSqlite(pathsIn(dir).database));
    }

    void namesNeverAppearInTheFiles()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        createStore(paths, clock);
        Workspace ws(paths, clock);
        KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));

        // Writes while open land in the WAL.
        const QString renamed = kCentreName + QStringLiteral("（二部）");
        const QString staffName = QStringLiteral("欧阳建国");
        const QString clientName = QStringLiteral("司马晓燕");
        CentreProfile centre = *CentreRepository(ws.journal()).load();
        centre.name = renamed;
        KQ_VERIFY_OK(CentreRepository(ws.journal()).update(ws.actor(), centre));
        KQ_VERIFY_OK(AccountService(ws, KdfParams::fastest())
                         .create(kZhao, staffName, Role::CaseManager, secret(kZhaoPassword)));
        {
            Transaction tx(ws.database());
            ws.journal().record(ws.actor(), Change{QStringLiteral("client"),
                                                   newId(),
                                                   Change::Op::Create,
                                                   {},
                                                   QVariantMap{{QStringLiteral("name"), clientName}},
                                                   std::nullopt,
                                                   true});
            tx.commit();
        }
        const QString wal = paths.database + QStringLiteral("-wal");
        QVERIFY2(QFileInfo(wal).size() > 0, "the test needs a non-empty WAL");

        const QStringList names{kCentreName, renamed, kDisplayName, staffName, clientName};
        const auto checkFiles = [&](const QStringList& files) {
            for (const QString& file : files) {
                const QByteArray bytes = fileBytes(file);
                if (bytes.isEmpty())
                    continue;
                for (const QString& name : names) {
                    QVERIFY2(!bytes.contains(name.toUtf8()), qPrintable(file + u' ' + name));
                    const QByteArray utf16(reinterpret_cast<const char*>(name.utf16()), name.size() * 2);
                    QVERIFY2(!bytes.contains(utf16), qPrintable(file + u' ' + name));
                }
            }
        };
        QStringList files;
        for (const QString& name : filesIn(dir))
            files << dir.filePath(name);
        QVERIFY(files.contains(wal));
        QVERIFY(files.contains(paths.keySlots()));
        checkFiles(files);
        if (QTest::currentTestFailed())
            return;

        // And after the store is closed and the WAL folded back in.
        ws.lock();
        files.clear();
        for (const QString& name : filesIn(dir))
            files << dir.filePath(name);
        checkFiles(files);
    }

    void flippedByteIsReportedAsTampered()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        createStore(paths, clock);
        QVERIFY(flipByte(paths.database, 2000)); // in the first page, read by every sign-in
        Workspace ws(paths, clock);
        const Result<void> r = ws.unlock(kUser, secret(kPassword));
        QCOMPARE(errorCode(r), int(Workspace::Tampered));
        QVERIFY(!ws.isOpen());
        // Damage is not a guessed password: it does not slow the next person down.
        QCOMPARE(ws.backoff().failures(), 0);
    }

    void flippedByteAnywhereIsDetected()
    {
        QTemporaryDir pristine;
        ManualClock clock;
        createStore(pathsIn(pristine), clock);
        {
            Workspace ws(pathsIn(pristine), clock); // one sign-in so every table has a page
            KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
        }
        const QByteArray original = fileBytes(pathsIn(pristine).database);
        const qint64 pages = original.size() / 4096;
        QVERIFY(pages >= 5);
        for (qint64 page = 0; page < pages; ++page) {
            // Page data, the page's IV (at 4096 - 48) and its HMAC (after the IV). The last 12 bytes
            // of a page are random padding that carries nothing, so they need no protection.
            for (qint64 within : {qint64(page == 0 ? 4 : 100), qint64(3000), qint64(4052), qint64(4070)}) {
                QTemporaryDir dir;
                copyAsAfterPowerCut(pristine, dir);
                QVERIFY(flipByte(pathsIn(dir).database, page * 4096 + within));
                Workspace ws(pathsIn(dir), clock);
                const Result<void> r = ws.unlock(kUser, secret(kPassword));
                bool detected = !r && r.error().code == Workspace::Tampered;
                if (r) { // what `kangqiao check` runs
                    try {
                        detected = ws.database().queryText("PRAGMA integrity_check") != QStringLiteral("ok");
                    } catch (const StoreError& e) {
                        detected = e.kind() == StoreError::Kind::WrongKeyOrCorrupt;
                    }
                }
                QVERIFY2(detected, qPrintable(QStringLiteral("page %1 offset %2").arg(page).arg(within)));
            }
        }
    }

    void keyFileOfAnotherDatabaseIsRefused()
    {
        QTemporaryDir a, b;
        ManualClock clock;
        createStore(pathsIn(a), clock);
        createStore(pathsIn(b), clock); // same username and password, different key
        for (const QString& suffix : {QString(), QStringLiteral(".bak")}) {
            QVERIFY(QFile::remove(pathsIn(a).keySlots() + suffix));
            QVERIFY(QFile::copy(pathsIn(b).keySlots() + suffix, pathsIn(a).keySlots() + suffix));
        }
        Workspace ws(pathsIn(a), clock);
        const Result<void> r = ws.unlock(kUser, secret(kPassword));
        QVERIFY(!r);
        QVERIFY(!ws.isOpen());
        QEXPECT_FAIL("", "the other store's key opens nothing here, so it reads as a tampered database",
                     Continue);
        QCOMPARE(errorCode(r), int(Workspace::NotKangqiao));
    }

    void keyFileNamingAnotherDatabaseIsNotKangqiao()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        createStore(paths, clock);
        SecureBytes key;
        {
            Workspace ws(paths, clock);
            KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
            key = copyOf(ws.databaseKey());
        }
        // A key file that does hold this database's key but was made for another database id.
        KeySlotFile forged;
        forged.databaseId = newId();
        forged.slots.append(KeyRing::seal(forged.databaseId, KeySlot::Kind::User, kUser, secret(kPassword),
                                          key, KdfParams::fastest()));
        KQ_VERIFY_OK(forged.save(paths.keySlots()));
        Workspace ws(paths, clock);
        const Result<void> r = ws.unlock(kUser, secret(kPassword));
        QCOMPARE(errorCode(r), int(Workspace::NotKangqiao));
        QVERIFY(!ws.isOpen());
    }

    void repeatedWrongPasswordsMakeEvenTheRightOneWait()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        createStore(paths, clock);
        Workspace ws(paths, clock);
        const SecureBytes wrong = secret(QStringLiteral("Guess-Number-1-Again"));
        for (int i = 0; i < SignInBackoff::kFreeAttempts; ++i)
            QCOMPARE(errorCode(ws.unlock(kUser, wrong)), int(Workspace::WrongCredentials));

        Result<void> r = ws.unlock(kUser, secret(kPassword));
        QCOMPARE(errorCode(r), int(Workspace::WaitBeforeRetry));
        QVERIFY(!ws.isOpen());
        QVERIFY(ws.backoffError().has_value());
        // Waiting attempts are not guesses: they do not lengthen the wait.
        QCOMPARE(ws.backoff().failures(), SignInBackoff::kFreeAttempts);

        {
            Workspace restarted(paths, clock); // closing the program does not reset it
            QCOMPARE(errorCode(restarted.unlock(kUser, secret(kPassword))), int(Workspace::WaitBeforeRetry));
        }

        const qint64 delay = SignInBackoff::delayAfter(SignInBackoff::kFreeAttempts);
        clock.advance((delay - 1) * 1000);
        QCOMPARE(errorCode(ws.unlock(kUser, secret(kPassword))), int(Workspace::WaitBeforeRetry));
        clock.advance(1000);
        KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
        QCOMPARE(ws.backoff().failures(), 0);

        // After a success the next mistake is free again.
        ws.lock();
        QCOMPARE(errorCode(ws.unlock(kUser, wrong)), int(Workspace::WrongCredentials));
        KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
    }

    void fewMistakesNeverMakeAPersonWait()
    {
        QTemporaryDir dir;
        ManualClock clock;
        createStore(pathsIn(dir), clock);
        Workspace ws(pathsIn(dir), clock);
        for (int i = 0; i < SignInBackoff::kFreeAttempts - 1; ++i)
            QCOMPARE(errorCode(ws.unlock(QStringLiteral("wang.lee"), secret(kPassword))),
                     int(Workspace::WrongCredentials));
        QVERIFY(!ws.backoffError());
        KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
    }

    void lockClosesAndUnlockReopens()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        createStore(paths, clock);
        Workspace ws(paths, clock);
        KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
        CentreProfile centre = *CentreRepository(ws.journal()).load();
        centre.name = QStringLiteral("朝阳区阳光康复中心北区");
        KQ_VERIFY_OK(CentreRepository(ws.journal()).update(ws.actor(), centre));

        ws.lock();
        QVERIFY(!ws.isOpen());
        QVERIFY(ws.databaseKey().isEmpty());
        ws.lock(); // harmless twice

        KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
        QVERIFY(ws.isOpen());
        QCOMPARE(CentreRepository(ws.journal()).load()->name, centre.name);
    }

    void interruptedRekeyBeforeTheDatabaseChangedIsDiscarded()
    {
        QTemporaryDir dir, crashed;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        const SecureBytes recovery = createStore(paths, clock);
        addTeam(paths, clock);
        Workspace ws(paths, clock);
        KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
        const SecureBytes oldKey = copyOf(ws.databaseKey());
        deactivateRowOnly(ws, kLi);
        writePendingSlots(paths, kLi, SecureBytes::random(32));
        copyAsAfterPowerCut(dir, crashed); // power cut before the database was re-keyed
        ws.lock();

        const StorePaths after = pathsIn(crashed);
        QVERIFY(QFile::exists(after.pendingKeySlots()));
        Workspace next(after, clock);
        KQ_VERIFY_OK(next.unlock(kZhao, secret(kZhaoPassword)));
        QVERIFY(!QFile::exists(after.pendingKeySlots()));
        // Sign-in finished the disable: the stale slot is gone and the store has a new key.
        QVERIFY(!next.databaseKey().equals(oldKey));
        next.lock();
        QCOMPARE(errorCode(next.unlock(kLi, secret(kLiPassword))), int(Workspace::WrongCredentials));
        KQ_VERIFY_OK(next.unlock(kUser, secret(kPassword)));
        KQ_VERIFY_OK(next.unlock(kZhao, secret(kZhaoPassword)));
        KQ_VERIFY_OK(unlockWithRecovery(next, recovery));
        next.lock();
        QVERIFY(!opensWith(after.database, oldKey));
    }

    void interruptedRekeyAfterTheDatabaseChangedIsCompleted()
    {
        QTemporaryDir dir, crashed, crashedToo;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        const SecureBytes recovery = createStore(paths, clock);
        addTeam(paths, clock);
        Workspace ws(paths, clock);
        KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
        const SecureBytes oldKey = copyOf(ws.databaseKey());
        const SecureBytes newKey = SecureBytes::random(32);
        deactivateRowOnly(ws, kLi);
        const KeySlotFile pending = writePendingSlots(paths, kLi, newKey);
        ws.database().rekey(newKey);
        copyAsAfterPowerCut(dir, crashed); // power cut before the new slots replaced the old
        copyAsAfterPowerCut(dir, crashedToo);
        ws.lock();

        const StorePaths after = pathsIn(crashed);
        Workspace next(after, clock);
        // The disabled person tries first: her old slot only holds the old key.
        QVERIFY(!next.unlock(kLi, secret(kLiPassword)));
        QVERIFY(!next.isOpen());
        QVERIFY(QFile::exists(after.pendingKeySlots()));

        KQ_VERIFY_OK(next.unlock(kZhao, secret(kZhaoPassword)));
        QVERIFY(next.databaseKey().equals(newKey));
        QVERIFY(!QFile::exists(after.pendingKeySlots()));
        const Result<KeySlotFile> promoted = KeySlotFile::load(after.keySlots());
        QVERIFY(promoted);
        QCOMPARE(promoted.value().generation, pending.generation);
        QVERIFY(!promoted.value().findUser(kLi));

        next.lock();
        QCOMPARE(errorCode(next.unlock(kLi, secret(kLiPassword))), int(Workspace::WrongCredentials));
        KQ_VERIFY_OK(next.unlock(kUser, secret(kPassword)));
        KQ_VERIFY_OK(unlockWithRecovery(next, recovery));
        next.lock();
        QVERIFY(!opensWith(after.database, oldKey));
        QVERIFY(opensWith(after.database, newKey));

        // The recovery key alone also completes it.
        Workspace viaRecovery(pathsIn(crashedToo), clock);
        KQ_VERIFY_OK(unlockWithRecovery(viaRecovery, recovery));
        QVERIFY(viaRecovery.databaseKey().equals(newKey));
        QVERIFY(!QFile::exists(pathsIn(crashedToo).pendingKeySlots()));
        viaRecovery.lock();
        KQ_VERIFY_OK(viaRecovery.unlock(kZhao, secret(kZhaoPassword)));
    }

    void interruptedRekeyAfterTheNewSlotsWereSavedIsTidied()
    {
        QTemporaryDir dir, crashed;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        createStore(paths, clock);
        addTeam(paths, clock);
        Workspace ws(paths, clock);
        KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
        const SecureBytes newKey = SecureBytes::random(32);
        deactivateRowOnly(ws, kLi);
        const KeySlotFile pending = writePendingSlots(paths, kLi, newKey);
        ws.database().rekey(newKey);
        KQ_VERIFY_OK(pending.save(paths.keySlots()));
        copyAsAfterPowerCut(dir, crashed); // power cut before the pending file was removed
        ws.lock();

        const StorePaths after = pathsIn(crashed);
        Workspace next(after, clock);
        KQ_VERIFY_OK(next.unlock(kZhao, secret(kZhaoPassword)));
        QVERIFY(next.databaseKey().equals(newKey));
        QVERIFY(!QFile::exists(after.pendingKeySlots()));
        next.lock();
        QCOMPARE(errorCode(next.unlock(kLi, secret(kLiPassword))), int(Workspace::WrongCredentials));
        KQ_VERIFY_OK(next.unlock(kUser, secret(kPassword)));
    }

    void garbledPendingFileIsIgnored()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        createStore(paths, clock);
        QVERIFY(writeBytes(paths.pendingKeySlots(), QByteArray("{\"format\": \"kangq")));
        Workspace ws(paths, clock);
        KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
        QVERIFY(!QFile::exists(paths.pendingKeySlots()));
    }

    void rekeyWithoutShutsOutTheRemovedSlotOnly()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        const SecureBytes recovery = createStore(paths, clock);
        addTeam(paths, clock);
        Workspace ws(paths, clock);
        KQ_VERIFY_OK(ws.unlock(kUser, secret(kPassword)));
        const SecureBytes oldKey = copyOf(ws.databaseKey());
        const int generation = KeySlotFile::load(paths.keySlots()).value().generation;
        KQ_VERIFY_OK(ws.rekeyWithout({kLi}));
        QVERIFY(ws.isOpen());
        QVERIFY(!ws.databaseKey().equals(oldKey));
        QVERIFY(!QFile::exists(paths.pendingKeySlots()));
        QCOMPARE(KeySlotFile::load(paths.keySlots()).value().generation, generation + 1);
        // The open session goes on working with the new key.
        CentreProfile centre = *CentreRepository(ws.journal()).load();
        centre.name = QStringLiteral("阳光中心");
        KQ_VERIFY_OK(CentreRepository(ws.journal()).update(ws.actor(), centre));
        ws.lock();
        QCOMPARE(errorCode(ws.unlock(kLi, secret(kLiPassword))), int(Workspace::WrongCredentials));
        KQ_VERIFY_OK(ws.unlock(kZhao, secret(kZhaoPassword)));
        KQ_VERIFY_OK(unlockWithRecovery(ws, recovery));
        ws.lock();
        QVERIFY(!opensWith(paths.database, oldKey));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
