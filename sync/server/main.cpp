// kangqiao-platform: the reference sync platform (docs/platform-server.md).
#include "AdminCommand.h"
#include "ServeCommand.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kangqiao-platform"));
    // Log lines carry ids, codes and counts only: never names or ID numbers.
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{type}: %{message}"));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == u"--help" || args.value(0) == u"-h") {
        std::printf(
            "usage: kangqiao-platform --listen ADDRESS:PORT --data DIR [--tls-cert F --tls-key F] "
            "[--max-body N] [--token-ttl-seconds N] [--fault-drop P] [--fault-reset P] [--fault-5xx P] "
            "[--fault-delay-ms N] [--fault-duplicate P] [--fault-seed S]\n"
            "       kangqiao-platform admin --data DIR add-centre|issue-code|assign-referral|"
            "revoke-device|expire-token|devices [options]\n");
        return 0;
    }
    if (args.value(0) == u"admin")
        return kq::platform::AdminCommand::run(args.mid(1));
    return kq::platform::ServeCommand::run(args);
}
