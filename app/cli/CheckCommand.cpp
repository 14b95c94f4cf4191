#include "CheckCommand.h"

#include "ExitCode.h"
#include "core/Clock.h"
#include "store/StoreCheck.h"
#include "store/Workspace.h"

#include <QCoreApplication>

namespace kq::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};
} // namespace

QString CheckCommand::description() const
{
    return Tr::tr("Check the database's integrity, foreign keys and audit chain.");
}

void CheckCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    addUserOptions(parser);
}

int CheckCommand::run(const QCommandLineParser& parser)
{
    int code = Ok;
    const QString db = required(parser, QStringLiteral("db"), code);
    if (code != Ok)
        return code;
    Workspace workspace(StorePaths{db}, Clock::system());
    if (const int signedIn = signIn(parser, workspace); signedIn != Ok)
        return signedIn;
    const StoreCheck check = StoreCheck::run(workspace.database());
    if (!check.ok())
        return fail(check.integrityOk ? CheckFailed : Tampered, check.problems.join(QStringLiteral("; ")));
    print(Tr::tr("ok: integrity, foreign keys and audit chain (%n entries) verified", nullptr,
                 int(check.auditEntries)));
    return Ok;
}

} // namespace kq::cli
