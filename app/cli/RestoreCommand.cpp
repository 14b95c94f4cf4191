#include "RestoreCommand.h"

#include "ExitCode.h"
#include "core/Clock.h"
#include "store/BackupRestore.h"

#include <QCoreApplication>

namespace kq::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
};
} // namespace

QString RestoreCommand::description() const
{
    return Tr::tr("Restore a backup written by `kangqiao backup`: it is checked with your account first "
                  "(integrity, foreign keys, audit chain); an existing database is kept as "
                  "PATH.before-restore-<date>-<time>. Close Kangqiao first.");
}

void RestoreCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("from"), Tr::tr("The backup file (its .keys file next to it)."), Tr::tr("FILE")});
    addDatabaseOption(parser);
    addUserOptions(parser);
    parser.addOption(
        {QStringLiteral("replace"), Tr::tr("Replace an existing database at --db (it is kept).")});
}

int RestoreCommand::run(const QCommandLineParser& parser)
{
    int code = Ok;
    const QString from = required(parser, QStringLiteral("from"), code);
    const QString db = code == Ok ? required(parser, QStringLiteral("db"), code) : QString();
    const QString user = code == Ok ? required(parser, QStringLiteral("user"), code) : QString();
    if (code != Ok)
        return code;
    if (const int valid = checkUsername(user); valid != Ok)
        return valid;
    std::optional<SecureBytes> password = readPassword(parser, QStringLiteral("password-file"), code);
    if (!password)
        return code;

    const Result<BackupRestore::Restored> restored = BackupRestore::restore(
        from, db, user, *password, parser.isSet(QStringLiteral("replace")), Clock::system());
    if (!restored) {
        const Error& e = restored.error();
        const QString line = QStringLiteral("--%1: %2").arg(e.field, e.message);
        switch (e.code) {
        case BackupRestore::NotPermitted:
        case BackupRestore::TargetInUse:
            return fail(Refused, line);
        case BackupRestore::InvalidTarget:
        case BackupRestore::TargetExists:
            return fail(Usage, line);
        case BackupRestore::Damaged:
            return fail(Tampered, line);
        case BackupRestore::Foreign:
            return fail(NotKangqiao, line);
        case BackupRestore::Failed:
            return fail(Failure, line);
        default:
            return fail(e); // the account and backup errors that `check` reports the same way
        }
    }
    print(Tr::tr("Restored %1 to %2; it passed integrity, foreign-key and audit-chain checks (%n audit "
                 "entries).",
                 nullptr, int(restored.value().auditEntries))
              .arg(from, restored.value().database));
    if (!restored.value().keptAs.isEmpty())
        print(Tr::tr("The database it replaced is kept as %1 (with its key file).")
                  .arg(restored.value().keptAs));
    return Ok;
}

} // namespace kq::cli
