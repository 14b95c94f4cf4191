#include "DemoCommand.h"

#include "ExitCode.h"
#include "accounts/AccountRepository.h"
#include "clients/ClientRepository.h"
#include "core/Clock.h"
#include "demo/DemoCases.h"
#include "demo/DemoClients.h"
#include "demo/DemoSessions.h"
#include "scales/ScaleLibrary.h"
#include "statistics/StatisticsResults.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

namespace kq::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};
constexpr int kBatch = 2000; // clients per transaction: one fsync per batch, not per client
} // namespace

QString DemoCommand::description() const
{
    return Tr::tr(
        "Fill a database with realistic synthetic clients and their cases (applications, waiting "
        "lists, assessments, plans, signed consents and service agreements, service, green channel, "
        "transfers, closures) and, with --sessions, their session logs and group meetings; the same for "
        "the same seed.");
}

void DemoCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    addUserOptions(parser);
    parser.addOption({QStringLiteral("clients"), Tr::tr("How many clients to add (default 200)."),
                      Tr::tr("N"), QStringLiteral("200")});
    parser.addOption(
        {QStringLiteral("sessions"),
         Tr::tr("About how many individual session logs to add over the clients' time in service, "
                "with one group meeting and its attendance for every %1 (default 0).")
             .arg(DemoSessions::kSessionsPerMeeting),
         Tr::tr("M"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("seed"), Tr::tr("Random seed (default 1)."), Tr::tr("S"), QStringLiteral("1")});
}

int DemoCommand::run(const QCommandLineParser& parser)
{
    int code = Ok;
    const QString db = required(parser, QStringLiteral("db"), code);
    if (code != Ok)
        return code;
    bool ok = false;
    const int count = parser.value(QStringLiteral("clients")).toInt(&ok);
    if (!ok || count < 0 || count > 2'000'000)
        return fail(Usage, Tr::tr("--clients: give a number from 0 to 2000000"));
    const int sessions = parser.value(QStringLiteral("sessions")).toInt(&ok);
    if (!ok || sessions < 0 || sessions > 50'000'000)
        return fail(Usage, Tr::tr("--sessions: give a number from 0 to 50000000"));
    const uint seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return fail(Usage, Tr::tr("--seed: give a non-negative whole number"));

    Workspace workspace(StorePaths{db}, Clock::system());
    if (const int signedIn = signIn(parser, workspace); signedIn != Ok)
        return signedIn;
    if (!workspace.actor().can(Permission::RegisterClients))
        return fail(Usage, Tr::tr("--user: this account's role may not register clients"));

    // Bulk registration touches every index; a larger cache of decrypted pages avoids re-reading
    // (and re-decrypting) them. Only this command's process uses it.
    workspace.database().setCacheSizeMiB(256);
    QStringList caseManagers;
    for (const Account& a : AccountRepository(workspace.journal()).list())
        if (a.active && roleAllows(a.role, Permission::EditClinicalRecords))
            caseManagers << a.username;
    const QDate today = Clock::system().now().toLocalTime().date();
    DemoClients demo(seed, today, caseManagers);
    const ScaleLibrary scales;
    DemoCases cases(seed, today, workspace.journal(), scales, caseManagers);
    QElapsedTimer timer;
    timer.start();
    int added = 0;
    int skipped = 0;
    while (added + skipped < count) {
        Transaction tx(workspace.database());
        StatisticsResults::suspendTriggersForBulk(workspace.database(),
                                                  std::min(kBatch, count - added - skipped));
        for (int i = 0; i < kBatch && added + skipped < count; ++i) {
            Result<QString> r = cases.add(workspace.actor(), demo.next());
            if (r)
                ++added;
            else if (r.error().code == ClientRepository::DuplicateIdNumber)
                ++skipped; // the same seed run twice on one database
            else
                return fail(Failure, r.error().message);
        }
        tx.commit();
    }
    print(Tr::tr("Added %1 clients (%2 already present) in %3 s.")
              .arg(added)
              .arg(skipped)
              .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    if (sessions > 0) {
        if (!workspace.actor().can(Permission::EditClinicalRecords))
            return fail(Usage, Tr::tr("--user: this account's role may not write session logs"));
        timer.restart();
        const Result<DemoSessions::Counts> r =
            DemoSessions(seed, today, workspace.journal(), caseManagers).add(workspace.actor(), sessions);
        if (!r)
            return fail(Failure, r.error().message);
        if (r.value().alreadyPresent)
            print(Tr::tr("The session history of this seed is already present; no sessions added."));
        else
            print(Tr::tr("Added %1 session logs and %2 group meetings with %3 attendances in %4 s.")
                      .arg(r.value().sessions)
                      .arg(r.value().meetings)
                      .arg(r.value().attendances)
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    return Ok;
}

} // namespace kq::cli
