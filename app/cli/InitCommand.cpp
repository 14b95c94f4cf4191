#include "InitCommand.h"

#include "ExitCode.h"
#include "core/Clock.h"
#include "keys/RecoveryKey.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace kq::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
};
} // namespace

QString InitCommand::description() const
{
    return Tr::tr("Create a new encrypted centre database with its first supervisor.");
}

void InitCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("centre-code"), Tr::tr("Platform-issued centre code."), Tr::tr("CODE")});
    parser.addOption({QStringLiteral("centre-name"), Tr::tr("Centre name."), Tr::tr("NAME")});
    parser.addOption({QStringLiteral("county"), Tr::tr("6-digit county division code."), Tr::tr("CODE")});
    parser.addOption({QStringLiteral("display-name"), Tr::tr("Supervisor's name (default: the username)."),
                      Tr::tr("NAME")});
    addUserOptions(parser);
}

int InitCommand::run(const QCommandLineParser& parser)
{
    int code = Ok;
    Workspace::Setup setup;
    const QString db = required(parser, QStringLiteral("db"), code);
    setup.centre.code = code == Ok ? required(parser, QStringLiteral("centre-code"), code) : QString();
    setup.centre.name = code == Ok ? required(parser, QStringLiteral("centre-name"), code) : QString();
    setup.centre.countyCode = code == Ok ? required(parser, QStringLiteral("county"), code) : QString();
    setup.username = code == Ok ? required(parser, QStringLiteral("user"), code) : QString();
    if (code != Ok)
        return code;
    setup.displayName = parser.isSet(QStringLiteral("display-name"))
                            ? parser.value(QStringLiteral("display-name"))
                            : setup.username;
    std::optional<SecureBytes> password = readPassword(parser, QStringLiteral("password-file"), code);
    if (!password)
        return code;
    const QString dir = QFileInfo(db).absolutePath();
    if (!QFileInfo(dir).isDir())
        return fail(NoDatabase, Tr::tr("--db: the folder %1 does not exist").arg(dir));

    Result<SecureBytes> recovery = Workspace::initialise(StorePaths{db}, setup, *password, Clock::system());
    if (!recovery)
        return fail(recovery.error());
    std::fputs(
        qPrintable(Tr::tr("Database created. Recovery key (shown once; print it and keep it locked away):") +
                   u'\n'),
        stderr);
    print(RecoveryKey::format(recovery.value()));
    return Ok;
}

} // namespace kq::cli
