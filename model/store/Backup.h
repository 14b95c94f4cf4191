#pragma once

#include "core/Result.h"
#include "crypto/SecureBytes.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace kq {

class Database;
class Workspace;

// An encrypted copy of the signed-in store that opens on its own (`kangqiao backup` and the
// window's Backup page). The database is copied page by page from a connection of its own
// (Database::copyTo), so it holds one consistent state even while the window writes, and the
// key-slot file goes next to it, so the same accounts, passwords and recovery key open it. The copy
// is owner-only, takes its name only after it has been opened with the person's password and
// checked, and the source's audit log records it. Decisions 0016 and 0021.
//
// Three steps, so a window can run the slow middle one on a worker thread: prepare() and record()
// on the thread that owns the workspace, copy() anywhere (it opens its own connection).
class Backup {
public:
    enum ErrorCode { NotPermitted = 1600, OutputExists, OutputInvalid, WriteFailed, CheckFailed };
    // Field names in errors: "user" (the role), "out" (the file), "db" (the store cannot be read).

    struct Written {
        QString database; // the backup; its key slots are in database + ".keys"
        qint64 bytes = 0;
        qint64 auditEntries = 0; // in the copy, as its check counted them
    };

    // What copy() needs, taken from the signed-in workspace: it holds a copy of the database key in
    // guarded memory, so a lock meanwhile cannot pull the key away from the worker.
    struct Job {
        QString out;
        QString source; // the store's database file
        QString username;
        QString databaseId;
        SecureBytes key;
    };

    // The stages copy() reports, in order.
    enum class Stage { Copying, Checking, Finishing };
    using Progress = std::function<void(Stage)>;

    // Checks the role (ManageCentre) and the target. An existing `out` (or its .keys) is refused
    // unless `replace`; it is then replaced only by a checked copy.
    static Result<Job> prepare(const Workspace& workspace, const QString& out, bool replace);
    // Slow (the copy, then one Argon2id to open it as its owner would): run it off the GUI thread.
    // `password` is the signed-in person's (not a recovery-key session): the finished copy must open
    // with it. `progress` is called on the calling thread.
    static Result<Written> copy(const Job& job, const SecureBytes& password, const Progress& progress = {});
    // Records the backup in the audit log, and when and where it went (lastBackup()).
    static Result<void> record(Workspace& workspace, const Written& written);

    // prepare, copy and record in one call: for the command line.
    static Result<Written> write(Workspace& workspace, const SecureBytes& password, const QString& out,
                                 bool replace);

    // The last backup recorded in this store, for "last backup" and the reminder; nullopt if none.
    struct Last {
        QDateTime at; // UTC
        QString file;
        qint64 bytes = 0;
    };
    static std::optional<Last> lastBackup(Database& db);
    // Whether a reminder is due: no backup at all, or the last one more than `days` days before `now`.
    static bool isOverdue(const std::optional<Last>& last, const QDateTime& now, int days);
};

} // namespace kq
