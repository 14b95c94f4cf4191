#include "Workspace.h"

#include "Database.h"
#include "Journal.h"
#include "Meta.h"
#include "Migrations.h"
#include "StoreError.h"
#include "Transaction.h"
#include "accounts/AccountRepository.h"
#include "auth/PasswordPolicy.h"
#include "centre/CentreRepository.h"
#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "core/Ids.h"
#include "keys/KeyRing.h"
#include "keys/KeySlotFile.h"
#include "keys/RecoveryKey.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

void removeStoreFiles(const StorePaths& paths)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(paths.database + suffix);
}

Error storeFailure(const StoreError& e)
{
    // The SQLite message is technical but helps support; no record data is ever in it.
    return {Tr::tr("The database could not be used: %1").arg(e.message()), {}, Workspace::StoreFailure};
}

Actor recoveryActor()
{
    return {{}, QStringLiteral("recovery-key"), Tr::tr("Recovery key"), Role::Administrator};
}
} // namespace

Workspace::Workspace(StorePaths paths, const Clock& clock)
    : m_paths(std::move(paths)), m_clock(clock), m_backoff(m_paths.signInBackoff(), clock)
{
}

Workspace::~Workspace()
{
    lock();
}

bool Workspace::isInitialised() const
{
    return QFileInfo::exists(m_paths.database) && QFileInfo::exists(m_paths.keySlots());
}

Database& Workspace::database()
{
    Q_ASSERT(m_db);
    return *m_db;
}

Journal& Workspace::journal()
{
    Q_ASSERT(m_journal);
    return *m_journal;
}

Result<SecureBytes> Workspace::initialise(const StorePaths& paths, Setup setup, const SecureBytes& password,
                                          const Clock& clock)
{
    if (QFileInfo::exists(paths.database) || QFileInfo::exists(paths.keySlots()))
        return Error{Tr::tr("A database already exists at %1.").arg(paths.database), QStringLiteral("db"),
                     AlreadyExists};
    if (auto r = setup.centre.validate(); !r)
        return r.error();
    if (auto r = Account::validate(setup.username, setup.displayName); !r)
        return r.error();
    const PasswordStrength strength = PasswordPolicy::evaluate(
        QString::fromUtf8(password.chars(), qsizetype(password.size())), setup.username);
    if (!strength.acceptable())
        return Error{strength.hint, QStringLiteral("password")};

    const SecureBytes key = SecureBytes::random(KeyRing::kDatabaseKeySize);
    const QString databaseId = newId();
    std::optional<Error> failure;
    try {
        Database db(paths.database, key, Database::OpenMode::CreateIfMissing);
        // Owner-only, before anything is written: SQLite gives the WAL the database's permissions.
        QFile::setPermissions(paths.database, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Migrations::migrate(db);
        Journal journal(db, clock);
        Transaction tx(db);
        Meta::write(db, QStringLiteral("database_id"), databaseId);
        Meta::write(db, QStringLiteral("created_at"), clock.nowIso());
        const Actor system{{}, QStringLiteral("system"), QStringLiteral("system"), Role::Administrator};
        CentreRepository(journal).create(system, setup.centre);
        if (auto r = AccountRepository(journal).create(system, setup.username, setup.displayName,
                                                       Role::Supervisor))
            tx.commit();
        else
            failure = r.error();
    } catch (const StoreError& e) {
        failure = storeFailure(e);
    }
    if (failure) {
        removeStoreFiles(paths);
        return *failure;
    }

    SecureBytes recoveryKey = RecoveryKey::generate();
    KeySlotFile slots;
    slots.databaseId = databaseId;
    slots.slots.append(
        KeyRing::seal(databaseId, KeySlot::Kind::User, setup.username, password, key, setup.kdf));
    slots.slots.append(
        KeyRing::seal(databaseId, KeySlot::Kind::Recovery, {}, recoveryKey, key, KdfParams::interactive()));
    if (auto r = slots.save(paths.keySlots()); !r) {
        removeStoreFiles(paths);
        return r.error();
    }
    return recoveryKey;
}

Result<std::vector<UnsealedKey>> Workspace::unsealKeys(const StorePaths& paths, const QString& username,
                                                       const SecureBytes& secret, bool recovery)
{
    if (!QFileInfo::exists(paths.database))
        return Error{Tr::tr("There is no database at %1.").arg(paths.database), QStringLiteral("db"),
                     NoDatabase};
    if (Database::looksLikePlainSqlite(paths.database))
        return Error{Tr::tr("%1 is not a Kangqiao database (it is not encrypted).").arg(paths.database),
                     QStringLiteral("db"), NotKangqiao};
    Result<KeySlotFile> main = KeySlotFile::load(paths.keySlots());
    Result<KeySlotFile> pending = KeySlotFile::load(paths.pendingKeySlots());
    if (!main && !pending)
        return Error{Tr::tr("%1 is not a Kangqiao database: %2").arg(paths.database, main.error().message),
                     QStringLiteral("db"), NotKangqiao};

    std::vector<UnsealedKey> keys;
    for (Result<KeySlotFile>* file : {&main, &pending}) {
        if (!*file)
            continue;
        const KeySlotFile& f = file->value();
        const KeySlot* slot = recovery ? f.recoverySlot() : f.findUser(username);
        if (!slot)
            continue;
        Result<SecureBytes> key = KeyRing::unseal(f.databaseId, *slot, secret);
        if (key)
            keys.push_back(UnsealedKey{key.take(), f.databaseId, file == &pending});
    }
    if (keys.empty())
        return Error{recovery ? Tr::tr("The recovery key is not correct.")
                              : Tr::tr("The username or password is not correct."),
                     recovery ? QStringLiteral("recovery-key") : QStringLiteral("password"),
                     WrongCredentials};
    return keys;
}

std::optional<Error> Workspace::backoffError() const
{
    const qint64 wait = m_backoff.secondsToWait();
    if (wait <= 0)
        return std::nullopt;
    return Error{Tr::tr("Too many failed attempts. Try again in %n second(s).", nullptr, int(wait)),
                 QStringLiteral("password"), WaitBeforeRetry};
}

Result<void> Workspace::unlock(const QString& username, const SecureBytes& password)
{
    if (auto e = backoffError())
        return *e;
    return open(username, unsealKeys(m_paths, username, password));
}

Result<void> Workspace::open(const QString& username, Result<std::vector<UnsealedKey>> keys, bool recovery)
{
    lock();
    if (!keys) {
        if (keys.error().code == WrongCredentials)
            m_backoff.recordFailure();
        return keys.error();
    }
    Error last;
    for (UnsealedKey& candidate : keys.value()) {
        Result<void> r = openVerified(username, candidate, recovery);
        if (!r) {
            last = r.error();
            if (r.error().code == Tampered)
                continue; // the other slot file may hold the key of an interrupted re-key
            return r;
        }
        // Whichever slot file opened the store is the true one; the other is from an
        // interrupted re-key, either not yet applied (drop it) or applied (promote it).
        if (candidate.fromPendingFile) {
            if (Result<KeySlotFile> pending = KeySlotFile::load(m_paths.pendingKeySlots()); pending)
                (void)pending.value().save(m_paths.keySlots());
        }
        QFile::remove(m_paths.pendingKeySlots());
        m_backoff.recordSuccess();
        if (const QStringList stale = staleSlotOwners(); !stale.isEmpty())
            (void)rekeyWithout(stale);
        return {};
    }
    return last;
}

Result<void> Workspace::openVerified(const QString& username, UnsealedKey& key, bool recovery)
{
    try {
        auto db = std::make_unique<Database>(m_paths.database, key.key, Database::OpenMode::ExistingOnly);
        Migrations::migrate(*db);
        if (Meta::read(*db, QStringLiteral("database_id")) != key.databaseId)
            return Error{
                Tr::tr("The key file next to %1 belongs to a different database.").arg(m_paths.database),
                QStringLiteral("db"), NotKangqiao};
        auto journal = std::make_unique<Journal>(*db, m_clock);
        AccountRepository accounts(*journal);
        Actor actor = recoveryActor();
        if (!recovery) {
            const std::optional<Account> account = accounts.findByUsername(username);
            if (!account || !account->active)
                return Error{Tr::tr("The account %1 is disabled.").arg(username), QStringLiteral("user"),
                             AccountDisabled};
            actor = {account->id, account->username, account->displayName, account->role};
        }
        Transaction tx(*db);
        accounts.recordSignIn(actor);
        tx.commit();
        m_db = std::move(db);
        m_journal = std::move(journal);
        m_key = std::move(key.key);
        m_databaseId = key.databaseId;
        m_actor = actor;
        return {};
    } catch (const StoreError& e) {
        switch (e.kind()) {
        case StoreError::Kind::WrongKeyOrCorrupt:
            return Error{
                Tr::tr("The database %1 is damaged or was altered: it does not open with its own key.")
                    .arg(m_paths.database),
                QStringLiteral("db"), Tampered};
        case StoreError::Kind::NotEncrypted:
            return Error{Tr::tr("%1 is not a Kangqiao database.").arg(m_paths.database), QStringLiteral("db"),
                         NotKangqiao};
        default:
            return storeFailure(e);
        }
    }
}

void Workspace::lock()
{
    m_journal.reset();
    m_db.reset();
    m_key.clear();
}

QStringList Workspace::staleSlotOwners()
{
    Result<KeySlotFile> file = KeySlotFile::load(m_paths.keySlots());
    if (!file)
        return {};
    AccountRepository accounts(*m_journal);
    QStringList stale;
    for (const KeySlot& slot : file.value().slots) {
        if (slot.kind != KeySlot::Kind::User)
            continue;
        const std::optional<Account> a = accounts.findByUsername(slot.username);
        if (!a || !a->active)
            stale.append(slot.username);
    }
    return stale;
}

Result<void> Workspace::rekeyWithout(const QStringList& usernames)
{
    Result<KeySlotFile> loaded = KeySlotFile::load(m_paths.keySlots());
    if (!loaded)
        return loaded.error();
    KeySlotFile next = loaded.take();
    for (const QString& u : usernames)
        next.removeUser(u);
    SecureBytes newKey = SecureBytes::random(KeyRing::kDatabaseKeySize);
    for (KeySlot& slot : next.slots)
        KeyRing::resealDatabaseKey(slot, newKey);
    ++next.generation;

    // 1. the new slots go to a side file; 2. the database is re-keyed (one transaction);
    // 3. the side file becomes the main one. open() completes or discards a half-done run.
    if (!writeFileAtomically(m_paths.pendingKeySlots(), next.serialize()))
        return Error{Tr::tr("Could not write the key file."), {}, StoreFailure};
    try {
        m_db->rekey(newKey);
    } catch (const StoreError& e) {
        QFile::remove(m_paths.pendingKeySlots());
        return storeFailure(e);
    }
    m_key = std::move(newKey);
    if (auto r = next.save(m_paths.keySlots()); !r)
        return r; // the pending file still holds the right slots; open() will promote it
    QFile::remove(m_paths.pendingKeySlots());
    return {};
}

} // namespace kq
