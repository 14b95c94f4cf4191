#include "BackupRestore.h"

#include "BackupFiles.h"
#include "Database.h"
#include "Journal.h"
#include "StoreCheck.h"
#include "StoreError.h"
#include "Transaction.h"
#include "Workspace.h"
#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "core/Ids.h"
#include "keys/KeySlotFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)
};

const QString kFrom = QStringLiteral("from");
const QString kDb = QStringLiteral("db");

// The files of a store that are set aside with it, in the order they are moved.
QStringList asideSuffixes()
{
    return {QString(),
            QStringLiteral("-wal"),
            QStringLiteral("-shm"),
            QStringLiteral(".keys"),
            QStringLiteral(".keys.bak"),
            QStringLiteral(".keys.pending")};
}

// `<db>.before-restore-<yyyyMMdd-HHmmss>`, with -2, -3 … when a restore ran in the same second.
QString asideName(const QString& database, const Clock& clock)
{
    const QString base = database + QStringLiteral(".before-restore-") +
                         clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2;; ++n) {
        bool taken = false;
        for (const QString& suffix : asideSuffixes())
            taken = taken || QFileInfo::exists(name + suffix);
        if (!taken)
            return name;
        name = base + QStringLiteral("-%1").arg(n);
    }
}

// Workspace names the temporary copy it opened; say instead which file the person gave.
Error openError(const Error& e, const QString& from)
{
    switch (e.code) {
    case Workspace::WrongCredentials:
    case Workspace::AccountDisabled:
        return e; // names --user / --password-file, and these hold in the backup
    case Workspace::Tampered:
        return {
            Tr::tr("The backup %1 is damaged or was altered: it does not open with its own key.").arg(from),
            kFrom, Workspace::Tampered};
    case Workspace::NotKangqiao:
        return {
            Tr::tr("%1 is not a Kangqiao backup, or its .keys file belongs to another database.").arg(from),
            kFrom, Workspace::NotKangqiao};
    default:
        return {Tr::tr("The backup %1 could not be opened: %2").arg(from, e.message), kFrom,
                BackupRestore::Failed};
    }
}

// Opens the copy as `username` (which migrates an older backup), checks it, and records the
// restore in its audit log. Closes it again with the WAL folded in.
Result<qint64> checkCopy(const QString& copy, const QString& from, const QString& username,
                         const SecureBytes& password, const Clock& clock)
{
    Workspace ws(StorePaths{copy}, clock);
    if (Result<void> opened = ws.open(username, Workspace::unsealKeys(StorePaths{copy}, username, password));
        !opened)
        return openError(opened.error(), from);
    if (!ws.actor().can(Permission::ManageCentre))
        return Error{Tr::tr("This account's role may not restore the database."), QStringLiteral("user"),
                     BackupRestore::NotPermitted};
    try {
        const StoreCheck check = StoreCheck::run(ws.database());
        if (!check.ok())
            return Error{Tr::tr("The backup %1 is damaged: %2").arg(from, check.problems.value(0)), kFrom,
                         BackupRestore::Damaged};
        Transaction tx(ws.database());
        ws.journal().record(ws.actor(), {QStringLiteral("store"),
                                         newId(), // each restore is its own event
                                         Change::Op::None,
                                         QStringLiteral("restore"),
                                         {{QStringLiteral("backup"), QFileInfo(from).fileName()}},
                                         std::nullopt,
                                         false});
        tx.commit();
        (void)ws.database().queryText("PRAGMA wal_checkpoint(TRUNCATE)");
        return check.auditEntries;
    } catch (const StoreError& e) {
        return Error{Tr::tr("The backup %1 is damaged: %2").arg(from, e.message()), kFrom,
                     BackupRestore::Damaged};
    }
}

} // namespace

Result<BackupRestore::Prepared> BackupRestore::prepare(const QString& backup, const QString& database,
                                                       const QString& username, const SecureBytes& password,
                                                       bool replace, const Clock& clock)
{
    const QString from = QFileInfo(backup).absoluteFilePath();
    const QString db = QFileInfo(database).absoluteFilePath();
    const QString folder = QFileInfo(db).absolutePath();
    const StorePaths target{db};

    if (!QFileInfo(from).isFile())
        return Error{Tr::tr("There is no backup at %1.").arg(from), kFrom, Workspace::NoDatabase};
    if (Database::looksLikePlainSqlite(from))
        return Error{Tr::tr("%1 is not a Kangqiao backup (it is not encrypted).").arg(from), kFrom,
                     Workspace::NotKangqiao};
    const Result<KeySlotFile> slots = KeySlotFile::load(StorePaths{from}.keySlots());
    if (!slots)
        return Error{
            Tr::tr("%1 is not a Kangqiao backup: its key file %2 is missing or unreadable (a backup is "
                   "both files).")
                .arg(from, StorePaths{from}.keySlots()),
            kFrom, Workspace::NotKangqiao};
    if (!QFileInfo(folder).isDir())
        return Error{Tr::tr("The folder %1 does not exist.").arg(folder), kDb, InvalidTarget};
    if (QFileInfo(db).isDir())
        return Error{Tr::tr("%1 is a folder; name the database file.").arg(db), kDb, InvalidTarget};
    if (QFileInfo(from).canonicalFilePath() == QFileInfo(db).canonicalFilePath())
        return Error{Tr::tr("%1 is the backup itself; name where the database goes.").arg(db), kDb,
                     InvalidTarget};
    const bool exists = QFileInfo::exists(db) || QFileInfo::exists(target.keySlots());
    if (exists && !replace)
        return Error{Tr::tr("A database already exists at %1; add --replace to replace it (it is kept as "
                            "%1.before-restore-<date>-<time>).")
                         .arg(db),
                     kDb, TargetExists};
    if (exists) {
        const Result<KeySlotFile> current = KeySlotFile::load(target.keySlots());
        if (current && current.value().databaseId != slots.value().databaseId)
            return Error{
                Tr::tr("The backup %1 is of another database than the one at %2; restore it to a new "
                       "file, or move that database away first.")
                    .arg(from, db),
                kFrom, Foreign};
    }

    // Checked next to the destination under a temporary name: the backup itself is only read (it
    // may be on read-only media), and the destination is untouched until the copy has passed.
    const QString temp = QDir(folder).filePath(QStringLiteral(".%1.restoring").arg(QFileInfo(db).fileName()));
    const StorePaths copy{temp};
    BackupFiles::removeStore(temp);
    const auto failed = [&](const Error& e) -> Result<Prepared> {
        BackupFiles::removeStore(temp);
        return e;
    };
    const Error writeFailed{Tr::tr("Could not write the restored database next to %1.").arg(db), kDb, Failed};
    if (!BackupFiles::copyDurably(from, temp) ||
        !writeFileAtomically(copy.keySlots(), slots.value().serialize()))
        return failed(writeFailed);
    Result<qint64> checked = checkCopy(temp, from, username, password, clock);
    if (!checked)
        return failed(checked.error());
    QFile::remove(temp + QStringLiteral("-shm"));
    if (QFileInfo(temp + QStringLiteral("-wal")).size() > 0 || !BackupFiles::syncFile(temp))
        return failed(writeFailed);
    return Prepared{from, db, temp, exists, QFileInfo(from).lastModified().toUTC(), checked.value()};
}

Result<BackupRestore::Restored> BackupRestore::commit(const Prepared& prepared, const Clock& clock)
{
    const QString& db = prepared.database;
    const QString& temp = prepared.copy;
    const QString folder = QFileInfo(db).absolutePath();
    const StorePaths target{db};
    const auto failed = [&](const Error& e) -> Result<Restored> {
        discard(prepared);
        return e;
    };
    if (BackupFiles::inUse(db))
        return failed(
            Error{Tr::tr("%1 is open in Kangqiao; close it everywhere first.").arg(db), kDb, TargetInUse});
    const Error writeFailed{Tr::tr("Could not write the restored database next to %1.").arg(db), kDb, Failed};
    // Opening may have re-keyed the copy (a slot of a disabled account): take its key file as it is now.
    const Result<KeySlotFile> finalSlots = KeySlotFile::load(StorePaths{temp}.keySlots());
    if (!finalSlots || !QFileInfo::exists(temp))
        return failed(writeFailed);
    // Whether a store is there now, not when the copy was prepared: nothing may be overwritten unkept.
    const bool exists = QFileInfo::exists(db) || QFileInfo::exists(target.keySlots());
    if (exists && !prepared.replaces)
        return failed(Error{Tr::tr("A database already exists at %1.").arg(db), kDb, TargetExists});

    Restored restored{db, {}, prepared.auditEntries};
    QStringList moved;
    const auto moveBack = [&] {
        for (const QString& suffix : moved)
            BackupFiles::rename(restored.keptAs + suffix, db + suffix);
    };
    if (exists) {
        restored.keptAs = asideName(db, clock);
        for (const QString& suffix : asideSuffixes()) {
            if (!QFileInfo::exists(db + suffix))
                continue;
            if (!BackupFiles::rename(db + suffix, restored.keptAs + suffix)) {
                moveBack();
                return failed(Error{Tr::tr("Could not set %1 aside.").arg(db), kDb, Failed});
            }
            moved << suffix;
        }
    }
    // Key file first, database last: until the database file appears nothing opens, and running
    // the same restore again finishes an interrupted one.
    if (!finalSlots.value().save(target.keySlots()) || !BackupFiles::rename(temp, db) ||
        !BackupFiles::syncDirectory(folder)) {
        QFile::remove(target.keySlots());
        QFile::remove(target.keySlots() + QStringLiteral(".bak"));
        moveBack();
        return failed(writeFailed);
    }
    BackupFiles::removeStore(temp); // the temporary key files
    return restored;
}

void BackupRestore::discard(const Prepared& prepared)
{
    if (!prepared.copy.isEmpty())
        BackupFiles::removeStore(prepared.copy);
}

Result<BackupRestore::Restored> BackupRestore::restore(const QString& backup, const QString& database,
                                                       const QString& username, const SecureBytes& password,
                                                       bool replace, const Clock& clock)
{
    const QString db = QFileInfo(database).absoluteFilePath();
    // Asked before the copy, so a store in use is refused before minutes of copying and checking.
    if (QFileInfo::exists(db) && replace && BackupFiles::inUse(db))
        return Error{Tr::tr("%1 is open in Kangqiao; close it everywhere first.").arg(db), kDb, TargetInUse};
    Result<Prepared> prepared = prepare(backup, database, username, password, replace, clock);
    if (!prepared)
        return prepared.error();
    return commit(prepared.value(), clock);
}

} // namespace kq
