#include "BackupCommand.h"

#include "ExitCode.h"
#include "core/Clock.h"
#include "store/Backup.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace kq::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
};

int exitCodeOf(const Error& e)
{
    switch (e.code) {
    case Backup::NotPermitted:
        return Refused;
    case Backup::OutputExists:
    case Backup::OutputInvalid:
        return Usage;
    case Backup::CheckFailed:
        return Tampered; // the pages are the database's own: the source is damaged
    default:
        return Failure;
    }
}
} // namespace

QString BackupCommand::description() const
{
    return Tr::tr(
        "Write an encrypted copy of the database and its key file (FILE and FILE.keys; the same "
        "passwords and recovery key open it), owner-only, checked before it is reported; safe while "
        "Kangqiao is in use. Recorded in the audit log.");
}

void BackupCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    addUserOptions(parser);
    parser.addOption({QStringLiteral("out"), Tr::tr("The backup file to write."), Tr::tr("FILE")});
    parser.addOption(
        {QStringLiteral("replace"), Tr::tr("Replace FILE if it exists (after the new copy is checked).")});
}

int BackupCommand::run(const QCommandLineParser& parser)
{
    int code = Ok;
    const QString db = required(parser, QStringLiteral("db"), code);
    const QString out = code == Ok ? required(parser, QStringLiteral("out"), code) : QString();
    const QString user = code == Ok ? required(parser, QStringLiteral("user"), code) : QString();
    if (code != Ok)
        return code;
    if (const int valid = checkUsername(user); valid != Ok)
        return valid;
    if (!QFileInfo(QFileInfo(out).absolutePath()).isDir())
        return fail(Usage, Tr::tr("--out: the folder %1 does not exist").arg(QFileInfo(out).absolutePath()));
    // Read once and kept: the finished copy is opened with it, as its owner would open it.
    std::optional<SecureBytes> password = readPassword(parser, QStringLiteral("password-file"), code);
    if (!password)
        return code;
    Workspace workspace(StorePaths{db}, Clock::system());
    if (Result<void> r = workspace.unlock(user, *password); !r)
        return fail(r.error());

    const Result<Backup::Written> written =
        Backup::write(workspace, *password, out, parser.isSet(QStringLiteral("replace")));
    if (!written)
        return fail(exitCodeOf(written.error()),
                    QStringLiteral("--%1: %2").arg(written.error().field, written.error().message));
    print(Tr::tr("Backed up to %1 and %2 (%3 bytes); the copy opens with your password and passed "
                 "integrity, foreign-key and audit-chain checks (%n audit entries).",
                 nullptr, int(written.value().auditEntries))
              .arg(written.value().database, StorePaths{written.value().database}.keySlots())
              .arg(written.value().bytes));
    return Ok;
}

} // namespace kq::cli
