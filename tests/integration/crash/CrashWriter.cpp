// The process TestCrashRecovery kills with SIGKILL. It signs in to an existing store and registers
// clients through the application's own write path (LifecycleService::apply: client, case file,
// case event, search keys, audit entry and outbox operation in one transaction) until it is killed.
// Before each write it prints "attempt <marker>", after the commit returns "ok <marker> <id>" (or
// "refused <marker>"), and flushes, so the parent knows what was acknowledged.
//
// Usage: kangqiao-crash-writer DB SEED [PAUSE_MS] (user wang.li, password in $KANGQIAO_PASSWORD).
// PAUSE_MS between writes leaves other connections a chance at the write lock: SQLite's busy
// handler polls, and a writer in a tight loop nearly always wins the race for it.

#include "clients/ClientRepository.h"
#include "core/Clock.h"
#include "crypto/SecureBytes.h"
#include "demo/DemoClients.h"
#include "lifecycle/Application.h"
#include "lifecycle/LifecycleService.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

constexpr int kMaxWrites = 100000; // a stray writer whose parent died stops on its own

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 && args.size() != 4) {
        std::fputs("usage: kangqiao-crash-writer DB SEED [PAUSE_MS]\n", stderr);
        return 2;
    }
    kq::ensureSodium();
    const QString seed = args[2];
    const unsigned long pauseMs = args.value(3).toULong();
    kq::Workspace ws(kq::StorePaths{args[1]}, kq::Clock::system());
    if (kq::Result<void> r = ws.unlock(QStringLiteral("wang.li"),
                                       kq::SecureBytes::fromUtf8(qEnvironmentVariable("KANGQIAO_PASSWORD")));
        !r) {
        say(QStringLiteral("error %1").arg(r.error().message));
        return 3;
    }
    say(QStringLiteral("ready"));

    const QDate today = QDate::currentDate();
    kq::DemoClients people(seed.toUInt(), today, {ws.actor().username});
    kq::LifecycleService cases(ws.journal());
    for (int n = 0; n < kMaxWrites; ++n) {
        const QString marker = QStringLiteral("%1-%2").arg(seed).arg(n);
        kq::ClientRecord client = people.next();
        client.notes = QStringLiteral("crash-test %1").arg(marker);
        kq::Application application;
        application.wayIn = kq::WayIn::Voluntary;
        application.appliedOn = today;
        say(QStringLiteral("attempt %1").arg(marker));
        try {
            const auto saved = cases.apply(ws.actor(), client, application);
            say(saved ? QStringLiteral("ok %1 %2").arg(marker, saved.value().id)
                      : QStringLiteral("refused %1").arg(marker));
        } catch (const kq::StoreError& e) {
            say(QStringLiteral("failed %1 %2").arg(marker, e.message()));
            return 4;
        }
        if (pauseMs > 0)
            QThread::msleep(pauseMs);
    }
    return 0;
}
