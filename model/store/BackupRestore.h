#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace kq {

class Clock;
class SecureBytes;

// Puts a backup (a database file and its .keys file, as Backup writes them) in place of a store
// (`kangqiao restore` and the window's Backup page). Nothing at the destination changes until the
// backup has been copied next to it under a temporary name, opened with the given account,
// migrated, and has passed StoreCheck (integrity, foreign keys, audit chain); then the copy is
// fsynced and renamed over. A store it replaces is kept, with its key files, as
// `<db>.before-restore-<yyyyMMdd-HHmmss>`. Decision 0016.
class BackupRestore {
public:
    // Also Workspace's NoDatabase, NotKangqiao, WrongCredentials, Tampered, AccountDisabled and
    // WaitBeforeRetry, for a backup that is missing, foreign, refuses the password or is damaged.
    enum ErrorCode {
        NotPermitted = 1650,
        InvalidTarget,
        TargetExists,
        TargetInUse,
        Damaged,
        Foreign,
        Failed
    };
    // Field names in errors: "from" (the backup), "db" (the destination), "user", "password".

    struct Restored {
        QString database;
        QString keptAs; // where the replaced store went; empty when there was none
        qint64 auditEntries = 0;
    };

    // A backup copied next to the destination and checked, not yet in place.
    struct Prepared {
        QString from;          // the backup
        QString database;      // the destination
        QString copy;          // the checked copy, under a temporary name next to the destination
        bool replaces = false; // a store exists at the destination and will be set aside
        QDateTime writtenAt;   // when the backup file was written (its modification time)
        qint64 auditEntries = 0;
    };

    // Everything up to the swap: refusals that change nothing at the destination, the copy, the
    // check with `username`'s account (Argon2id, a migration, StoreCheck) and the restore recorded
    // in the copy's audit log. Slow: run it off the GUI thread. The store at `database` may still
    // be open meanwhile (a window asks before it signs everyone out). With `replace` an existing
    // store at `database` will be set aside; without, it is refused.
    static Result<Prepared> prepare(const QString& backup, const QString& database, const QString& username,
                                    const SecureBytes& password, bool replace, const Clock& clock);
    // Puts a prepared copy in place. Call with the destination closed in this process (see
    // BackupFiles::inUse): refused while any process has it open. On failure the destination is as
    // it was and the copy is gone.
    static Result<Restored> commit(const Prepared& prepared, const Clock& clock);
    // Removes a prepared copy that will not be committed.
    static void discard(const Prepared& prepared);

    // prepare and commit. Call with the destination closed in this process.
    static Result<Restored> restore(const QString& backup, const QString& database, const QString& username,
                                    const SecureBytes& password, bool replace, const Clock& clock);
};

} // namespace kq
