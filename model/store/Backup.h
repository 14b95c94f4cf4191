#pragma once

#include "core/Result.h"

#include <QString>

namespace kq {

class SecureBytes;
class Workspace;

// An encrypted copy of the signed-in store that opens on its own (`kangqiao backup`; a window may
// call it later). The database is copied page by page from the open connection (Database::copyTo),
// so it holds one consistent state even while the window writes, and the key-slot file goes next
// to it, so the same accounts, passwords and recovery key open it. The copy is owner-only, takes
// its name only after it has been opened with the person's password and checked, and the source's
// audit log records it. Decision 0016.
class Backup {
public:
    enum ErrorCode { NotPermitted = 1600, OutputExists, OutputInvalid, WriteFailed, CheckFailed };
    // Field names in errors: "user" (the role), "out" (the file), "db" (the store cannot be read).

    struct Written {
        QString database; // the backup; its key slots are in database + ".keys"
        qint64 bytes = 0;
        qint64 auditEntries = 0; // in the copy, as its check counted them
    };

    // `password` is the signed-in person's (not a recovery-key session): the finished copy must open
    // with it. An existing `out` (or its .keys) is refused unless `replace`; it is then replaced
    // only by a checked copy.
    static Result<Written> write(Workspace& workspace, const SecureBytes& password, const QString& out,
                                 bool replace);
};

} // namespace kq
