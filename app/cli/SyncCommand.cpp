#include "SyncCommand.h"

#include "ExitCode.h"
#include "PlatformOptions.h"
#include "client/HttpTransport.h"
#include "client/SyncEngine.h"
#include "core/Clock.h"
#include "platform/SyncState.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace kq::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
};
} // namespace

QString SyncCommand::description() const
{
    return Tr::tr("Do one full round with the referral platform: send this workstation's changes, then "
                  "receive the centre's; exits non-zero with the reason when it cannot.");
}

void SyncCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    addUserOptions(parser);
    PlatformOptions::add(parser);
    parser.addOption(
        {QStringLiteral("once"), Tr::tr("One round, then exit (the application syncs continuously).")});
}

int SyncCommand::run(const QCommandLineParser& parser)
{
    int code = Ok;
    const QString db = required(parser, QStringLiteral("db"), code);
    if (code != Ok)
        return code;
    if (!parser.isSet(QStringLiteral("once")))
        return fail(Usage, Tr::tr("--once is required: the command does one round (the application syncs "
                                  "continuously)"));
    Result<QByteArray> ca = PlatformOptions::readCa(parser);
    if (!ca)
        return fail(ca.error());
    // Checked before the sign-in, so a mistyped address is named whether or not this workstation
    // is enrolled; that it is the enrolled platform's is checked below.
    if (parser.isSet(QStringLiteral("server"))) {
        const QUrl given(parser.value(QStringLiteral("server")), QUrl::StrictMode);
        if (Result<void> usable = sync::HttpTransport::check({given, ca.value()});
            !usable && usable.error().field == u"server")
            return fail(usable.error());
    }

    Workspace workspace(StorePaths{db}, Clock::system());
    if (const int signedIn = signIn(parser, workspace); signedIn != Ok)
        return signedIn;
    if (!workspace.actor().can(Permission::RunSync))
        return fail(Refused, Tr::tr("--user: this account's role may not sync"));
    const std::optional<PlatformLink> link = SyncState(workspace.database()).link();
    if (!link || !link->isEnrolled())
        return fail(SyncFailed,
                    Tr::tr("this workstation is not enrolled with a platform; run kangqiao enrol"));
    // The token goes only to the platform it was issued by.
    const QUrl server(link->server);
    if (parser.isSet(QStringLiteral("server")) &&
        QUrl(parser.value(QStringLiteral("server"))).adjusted(QUrl::StripTrailingSlash) !=
            server.adjusted(QUrl::StripTrailingSlash))
        return fail(Usage, Tr::tr("--server: this workstation is enrolled with %1").arg(link->server));
    const sync::HttpTransport::Options options{server, ca.value().isEmpty() ? link->caPem : ca.value()};
    if (Result<void> usable = sync::HttpTransport::check(options); !usable)
        return fail(usable.error());

    sync::SyncEngine engine(workspace, std::make_unique<sync::HttpTransport>(options), {});
    QEventLoop loop;
    bool finished = false;
    bool ok = false;
    QString error;
    QObject::connect(&engine, &sync::SyncEngine::roundFinished, &loop, [&](bool success, const QString& why) {
        finished = true;
        ok = success;
        error = why;
        loop.quit();
    });
    engine.syncNow();
    if (!finished)
        loop.exec();
    if (!ok)
        return fail(SyncFailed, error.simplified());
    const sync::SyncEngine::Status status = engine.status();
    const sync::SyncEngine::Round round = engine.lastRound();
    print(Tr::tr("Synced: %1 changes sent, %2 records received, %3 pending, %4 conflicts open.")
              .arg(round.pushed)
              .arg(round.pulled)
              .arg(status.pending)
              .arg(status.conflicts));
    return Ok;
}

} // namespace kq::cli
