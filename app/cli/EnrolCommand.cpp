#include "EnrolCommand.h"

#include "ExitCode.h"
#include "PlatformOptions.h"
#include "client/HttpTransport.h"
#include "client/PlatformEnrolment.h"
#include "core/Clock.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSysInfo>

namespace kq::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EnrolCommand)
};
} // namespace

QString EnrolCommand::description() const
{
    return Tr::tr("Connect this workstation to the referral platform with the centre's code and a one-time "
                  "enrolment code (supervisors and administrators).");
}

void EnrolCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    addUserOptions(parser);
    PlatformOptions::add(parser);
    parser.addOption(
        {QStringLiteral("centre-code"), Tr::tr("The centre's code on the platform."), Tr::tr("CODE")});
    parser.addOption({QStringLiteral("code"), Tr::tr("The one-time enrolment code."), Tr::tr("CODE")});
    parser.addOption({QStringLiteral("device-name"),
                      Tr::tr("A name for this workstation (default: the host name)."), Tr::tr("NAME")});
}

int EnrolCommand::run(const QCommandLineParser& parser)
{
    int code = Ok;
    const QString db = required(parser, QStringLiteral("db"), code);
    if (code != Ok)
        return code;
    const QString server = required(parser, QStringLiteral("server"), code);
    if (code != Ok)
        return code;
    Result<QByteArray> ca = PlatformOptions::readCa(parser);
    if (!ca)
        return fail(ca.error());
    sync::PlatformEnrolment::Request request{
        QUrl(server, QUrl::StrictMode), ca.value(), parser.value(QStringLiteral("centre-code")),
        parser.value(QStringLiteral("code")),
        parser.isSet(QStringLiteral("device-name")) ? parser.value(QStringLiteral("device-name"))
                                                    : QSysInfo::machineHostName()};

    Workspace workspace(StorePaths{db}, Clock::system());
    if (const int signedIn = signIn(parser, workspace); signedIn != Ok)
        return signedIn;
    if (Result<void> usable = sync::PlatformEnrolment::check(workspace, request); !usable)
        return fail(usable.error().code == sync::PlatformEnrolment::NotPermitted ? Refused : Usage,
                    usable.error().field.isEmpty()
                        ? usable.error().message
                        : QStringLiteral("--%1: %2").arg(usable.error().field, usable.error().message));
    sync::HttpTransport transport({request.server, request.caPem});
    Result<void> outcome = Error(Tr::tr("the enrolment did not finish"));
    QEventLoop loop;
    bool finished = false;
    sync::PlatformEnrolment::enrol(workspace, transport, request, [&](Result<void> r) {
        outcome = std::move(r);
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    if (!outcome)
        return fail(SyncFailed,
                    outcome.error().field.isEmpty()
                        ? outcome.error().message
                        : QStringLiteral("--%1: %2").arg(outcome.error().field, outcome.error().message));
    print(Tr::tr("Enrolled with the platform as workstation %1.").arg(request.deviceName.trimmed()));
    return Ok;
}

} // namespace kq::cli
