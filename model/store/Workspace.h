#pragma once

#include "auth/Actor.h"
#include "auth/SignInBackoff.h"
#include "centre/CentreProfile.h"
#include "core/Result.h"
#include "crypto/SecureBytes.h"
#include "keys/KdfParams.h"
#include "store/StorePaths.h"

#include <QList>

#include <memory>
#include <vector>

namespace kq {

class Clock;
class Database;
class Journal;

// A database key recovered from a key slot, with where it came from.
struct UnsealedKey {
    SecureBytes key;
    QString databaseId;
    bool fromPendingFile = false; // a re-key was interrupted; see Workspace::open
};

// One centre's store on this workstation, and who is signed in to it. Locking closes the
// database and wipes the key; the Workspace object itself lives on, so windows keep their state.
class Workspace {
public:
    enum ErrorCode {
        NoDatabase = 10,
        NotKangqiao,
        WrongCredentials,
        WaitBeforeRetry,
        Tampered,
        AccountDisabled,
        AlreadyExists,
        StoreFailure,
    };

    struct Setup {
        CentreProfile centre;
        QString username;
        QString displayName;
        KdfParams kdf = KdfParams::moderate();
    };

    explicit Workspace(StorePaths paths, const Clock& clock);
    ~Workspace();

    // Creates the database, the centre, the first supervisor and the key slots. Returns the
    // recovery key (the caller shows it once). Errors name the field.
    static Result<SecureBytes> initialise(const StorePaths& paths, Setup setup, const SecureBytes& password,
                                          const Clock& clock);

    // Slow (Argon2id) and thread-safe: touches no Workspace state. Run it off the GUI thread.
    // A username of empty with `recovery` true uses the recovery slot.
    static Result<std::vector<UnsealedKey>> unsealKeys(const StorePaths& paths, const QString& username,
                                                       const SecureBytes& secret, bool recovery = false);

    // Fast part of signing in: opens the store with keys from unsealKeys and records the outcome
    // for back-off. With `recovery`, the actor is the recovery key, allowed only account repairs.
    Result<void> open(const QString& username, Result<std::vector<UnsealedKey>> keys, bool recovery = false);
    // unsealKeys + open; for the command line and tests. Honours back-off.
    Result<void> unlock(const QString& username, const SecureBytes& password);

    // Error to show when back-off is active, or an empty optional.
    std::optional<Error> backoffError() const;

    // Re-keys the database for every slot except those of `usernames` (disabled accounts), so a
    // key they may have copied no longer opens the file. Safe to interrupt at any point.
    Result<void> rekeyWithout(const QStringList& usernames);

    void lock();
    bool isOpen() const { return m_db != nullptr; }
    bool isInitialised() const;

    Database& database();
    Journal& journal();
    const Actor& actor() const { return m_actor; }
    const StorePaths& paths() const { return m_paths; }
    const QString& databaseId() const { return m_databaseId; }
    const SecureBytes& databaseKey() const { return m_key; }
    const Clock& clock() const { return m_clock; }
    SignInBackoff& backoff() { return m_backoff; }

private:
    Result<void> openVerified(const QString& username, UnsealedKey& key, bool recovery);
    // Slots of accounts that no longer exist or are disabled (an interrupted disable).
    QStringList staleSlotOwners();

    StorePaths m_paths;
    const Clock& m_clock;
    SignInBackoff m_backoff;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Journal> m_journal;
    SecureBytes m_key;
    QString m_databaseId;
    Actor m_actor;
};

} // namespace kq
