#include "Backup.h"

#include "BackupFiles.h"
#include "Database.h"
#include "Journal.h"
#include "Meta.h"
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
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

// `out` as the file system names it, also when it does not exist yet (its folder does).
QString canonicalTarget(const QString& out)
{
    const QFileInfo info(out);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder).filePath(info.fileName());
}

// True when writing `out` or `out.keys` would overwrite the store or one of its files.
bool overlapsStore(const QString& out, const QString& database)
{
    const QString store = QFileInfo(database).canonicalFilePath();
    const QString target = canonicalTarget(out);
    QStringList files{store};
    for (const QString& suffix : BackupFiles::companionSuffixes())
        files << store + suffix;
    return files.contains(target) || files.contains(target + QStringLiteral(".keys"));
}

Error checkFailed(const QString& reason)
{
    return {Tr::tr("The copy did not pass its check (%1); nothing was kept. Run kangqiao check on the "
                   "database.")
                .arg(reason),
            QStringLiteral("db"), Backup::CheckFailed};
}

// Opens the finished copy the way a person would (their slot in the copied key file, then the
// database) and checks it. Returns the number of audit entries or the reason it failed.
Result<qint64> verifyCopy(const QString& copy, const Backup::Job& job, const SecureBytes& password)
{
    Result<std::vector<UnsealedKey>> keys = Workspace::unsealKeys(StorePaths{copy}, job.username, password);
    if (!keys)
        return checkFailed(keys.error().message);
    try {
        Database db(copy, keys.value().front().key, Database::OpenMode::ExistingOnly);
        if (Meta::read(db, QStringLiteral("database_id")) != job.databaseId)
            return checkFailed(Tr::tr("its key file belongs to another database"));
        const StoreCheck check = StoreCheck::run(db);
        if (!check.ok())
            return checkFailed(check.problems.value(0));
        return check.auditEntries;
    } catch (const StoreError& e) {
        return checkFailed(e.message());
    }
}

const QString kLastAt = QStringLiteral("last_backup_at");
const QString kLastFile = QStringLiteral("last_backup_file");
const QString kLastBytes = QStringLiteral("last_backup_bytes");

} // namespace

Result<Backup::Job> Backup::prepare(const Workspace& workspace, const QString& outPath, bool replace)
{
    if (!workspace.actor().can(Permission::ManageCentre))
        return Error{Tr::tr("This account's role may not back up the database."), QStringLiteral("user"),
                     NotPermitted};
    const QString out = QFileInfo(outPath).absoluteFilePath();
    const StorePaths target{out};
    if (!QFileInfo(QFileInfo(out).absolutePath()).isDir())
        return Error{Tr::tr("The folder %1 does not exist.").arg(QFileInfo(out).absolutePath()),
                     QStringLiteral("out"), OutputInvalid};
    if (overlapsStore(out, workspace.paths().database))
        return Error{Tr::tr("%1 is the database itself or one of its files; choose another file.").arg(out),
                     QStringLiteral("out"), OutputInvalid};
    if (QFileInfo(out).isDir())
        return Error{Tr::tr("%1 is a folder; name a file.").arg(out), QStringLiteral("out"), OutputInvalid};
    if (!replace && (QFileInfo::exists(out) || QFileInfo::exists(target.keySlots())))
        return Error{Tr::tr("%1 already exists; add --replace to replace it.").arg(out),
                     QStringLiteral("out"), OutputExists};
    if (BackupFiles::inUse(out))
        return Error{Tr::tr("%1 is open in Kangqiao; close it first.").arg(out), QStringLiteral("out"),
                     OutputInvalid};
    const SecureBytes& key = workspace.databaseKey();
    return Job{out, workspace.paths().database, workspace.actor().username, workspace.databaseId(),
               SecureBytes::fromBytes(key.chars(), key.size())};
}

Result<Backup::Written> Backup::copy(const Job& job, const SecureBytes& password, const Progress& progress)
{
    const auto report = [&](Stage stage) {
        if (progress)
            progress(stage);
    };
    const QString& out = job.out;
    const StorePaths target{out};
    // Everything is written next to `out` under a temporary name and renamed once checked, so a
    // failure or a crash never leaves a half-written file under the name a person will restore.
    const QString partial = out + QStringLiteral(".partial");
    BackupFiles::removeStore(partial);
    const auto failed = [&](const Error& e) -> Result<Written> {
        BackupFiles::removeStore(partial);
        return e;
    };
    const Error writeFailed{Tr::tr("Could not write %1.").arg(out), QStringLiteral("out"), WriteFailed};
    report(Stage::Copying);
    // Owner-only before any page is in it; SQLite gives the WAL the database file's permissions.
    if (!BackupFiles::createOwnerOnly(partial))
        return failed(writeFailed);
    try {
        // A connection of its own: the window's connection stays the window's, on its own thread.
        Database source(job.source, job.key, Database::OpenMode::ExistingOnly);
        Database copy(partial, job.key, Database::OpenMode::ExistingOnly);
        // Nothing depends on the copy until it is checked, fsynced and renamed below: spare the
        // disk (shared with the live store) the fsyncs of each step.
        copy.exec("PRAGMA synchronous = OFF");
        source.copyTo(copy);
    } catch (const StoreError& e) {
        return failed(Error{Tr::tr("Could not copy the database to %1: %2").arg(out, e.message()),
                            QStringLiteral("out"), WriteFailed});
    }
    Result<KeySlotFile> slots = KeySlotFile::load(StorePaths{job.source}.keySlots());
    if (!slots)
        return failed(Error{slots.error().message, QStringLiteral("db"), WriteFailed});
    if (!writeFileAtomically(StorePaths{partial}.keySlots(), slots.value().serialize()))
        return failed(writeFailed);

    report(Stage::Checking);
    Result<qint64> checked = verifyCopy(partial, job, password);
    if (!checked)
        return failed(checked.error());
    report(Stage::Finishing);
    // The last connection to close folded the WAL into the file and removed it; a WAL left over
    // would hold pages the renamed file lacks.
    QFile::remove(partial + QStringLiteral("-shm"));
    if (QFileInfo(partial + QStringLiteral("-wal")).size() > 0 || !BackupFiles::syncFile(partial))
        return failed(writeFailed);
    QFile::remove(partial + QStringLiteral("-wal"));
    // What belonged to a file being replaced: a WAL left next to the new file would be replayed into it.
    for (const QString& suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keys.bak")})
        QFile::remove(out + suffix);
    if (!BackupFiles::rename(StorePaths{partial}.keySlots(), target.keySlots()) ||
        !BackupFiles::rename(partial, out) || !BackupFiles::syncDirectory(QFileInfo(out).absolutePath()))
        return failed(writeFailed);
    return Written{out, QFileInfo(out).size(), checked.value()};
}

Result<void> Backup::record(Workspace& workspace, const Written& written)
{
    try {
        Transaction tx(workspace.database());
        workspace.journal().record(workspace.actor(),
                                   {QStringLiteral("store"),
                                    newId(), // each backup is its own event
                                    Change::Op::None,
                                    QStringLiteral("backup"),
                                    {{QStringLiteral("file"), QFileInfo(written.database).fileName()},
                                     {QStringLiteral("bytes"), written.bytes}},
                                    std::nullopt,
                                    false});
        // The audit log names fields, never values: where the backup went is kept beside it.
        Database& db = workspace.database();
        Meta::write(db, kLastAt, workspace.clock().now().toUTC().toString(Qt::ISODateWithMs));
        Meta::write(db, kLastFile, written.database);
        Meta::write(db, kLastBytes, QString::number(written.bytes));
        tx.commit();
    } catch (const StoreError& e) {
        return Error{Tr::tr("The backup %1 was written, but the audit log could not record it: %2")
                         .arg(written.database, e.message()),
                     QStringLiteral("db"), WriteFailed};
    }
    return {};
}

Result<Backup::Written> Backup::write(Workspace& workspace, const SecureBytes& password,
                                      const QString& outPath, bool replace)
{
    Result<Job> job = prepare(workspace, outPath, replace);
    if (!job)
        return job.error();
    Result<Written> written = copy(job.value(), password);
    if (!written)
        return written.error();
    if (Result<void> recorded = record(workspace, written.value()); !recorded)
        return recorded.error();
    return written;
}

std::optional<Backup::Last> Backup::lastBackup(Database& db)
{
    const QDateTime at = QDateTime::fromString(Meta::read(db, kLastAt), Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return Last{at.toUTC(), Meta::read(db, kLastFile), Meta::read(db, kLastBytes).toLongLong()};
}

bool Backup::isOverdue(const std::optional<Last>& last, const QDateTime& now, int days)
{
    return !last || last->at.secsTo(now) > qint64(days) * 24 * 3600;
}

} // namespace kq
