#pragma once

#include "core/Result.h"

#include <QString>

namespace kq {

class Clock;
class SecureBytes;

// Puts a backup (a database file and its .keys file, as Backup writes them) in place of a store
// (`kangqiao restore`; a window may call it later). Nothing at the destination changes until the
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

    // Call with the destination closed in this process (see BackupFiles::inUse). With `replace`
    // an existing store at `database` is set aside; without, it is refused.
    static Result<Restored> restore(const QString& backup, const QString& database, const QString& username,
                                    const SecureBytes& password, bool replace, const Clock& clock);
};

} // namespace kq
