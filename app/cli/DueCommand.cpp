#include "DueCommand.h"

#include "ExitCode.h"
#include "core/Clock.h"
#include "lifecycle/CalendarRepository.h"
#include "lifecycle/CaseDeadlines.h"
#include "store/Workspace.h"

#include <QCoreApplication>

namespace kq::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DueCommand)
};

QString kindKey(CaseDue::Kind kind)
{
    switch (kind) {
    case CaseDue::Kind::Registration:
        return QStringLiteral("registration");
    case CaseDue::Kind::Referral:
        return QStringLiteral("referral");
    case CaseDue::Kind::WaitingReview:
        return QStringLiteral("waiting-review");
    case CaseDue::Kind::PlanReview:
        return QStringLiteral("plan-review");
    case CaseDue::Kind::FollowUpCall:
        return QStringLiteral("follow-up-call");
    case CaseDue::Kind::AgreementRenewal:
        return QStringLiteral("agreement-renewal");
    case CaseDue::Kind::FollowUp:
        return QStringLiteral("follow-up");
    case CaseDue::Kind::Appointment:
        return QStringLiteral("appointment");
    }
    return {};
}
} // namespace

QString DueCommand::description() const
{
    return Tr::tr(
        "List what is due or overdue: due date, overdue|due, kind, client id, status, one per line.");
}

void DueCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    addUserOptions(parser);
    parser.addOption({QStringLiteral("days"), Tr::tr("Also list what falls due within N days (default 7)."),
                      Tr::tr("N"), QStringLiteral("7")});
}

int DueCommand::run(const QCommandLineParser& parser)
{
    int code = Ok;
    const QString db = required(parser, QStringLiteral("db"), code);
    if (code != Ok)
        return code;
    bool ok = false;
    const int days = parser.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || days < 0 || days > 366)
        return fail(Usage, Tr::tr("--days: give a number from 0 to 366"));
    Workspace workspace(StorePaths{db}, Clock::system());
    if (const int signedIn = signIn(parser, workspace); signedIn != Ok)
        return signedIn;
    if (!workspace.actor().can(Permission::ViewClients))
        return fail(Refused, Tr::tr("--user: this account's role may not see clients"));
    const QDate today = workspace.clock().now().toLocalTime().date();
    const QList<CaseDue> due =
        CaseDeadlines(workspace.database(), CalendarRepository(workspace.journal()).load())
            .list(workspace.actor(), today, days);
    // Ids, not names: the output is for scripts and may end up in files.
    for (const CaseDue& d : due)
        print(QStringList{d.due.toString(Qt::ISODate),
                          d.isOverdue(today) ? QStringLiteral("overdue") : QStringLiteral("due"),
                          kindKey(d.kind), d.clientId, CaseStates::key(d.state)}
                  .join(u'\t'));
    return Ok;
}

} // namespace kq::cli
