#include "CaseCommand.h"

#include "ExitCode.h"
#include "core/Clock.h"
#include "lifecycle/LifecycleRules.h"
#include "lifecycle/LifecycleService.h"
#include "store/Workspace.h"

#include <QCoreApplication>

namespace kq::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CaseCommand)
};

// The option a refusal's field came from.
QString optionFor(const QString& field)
{
    if (field == u"reason" || field == u"document" || field == u"at")
        return QStringLiteral("--") + field;
    if (field == u"details")
        return QStringLiteral("--detail");
    return QStringLiteral("--detail ") + field;
}
} // namespace

QString CaseCommand::description() const
{
    return Tr::tr("Record a step of a client's case (register, refer-to-centre, green-channel, close, ...) "
                  "under the same rules as the window.");
}

void CaseCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    addUserOptions(parser);
    QStringList actions;
    for (CaseAction a : CaseActions::all())
        actions << CaseActions::key(a);
    parser.addOption({QStringLiteral("client"), Tr::tr("The client's id."), Tr::tr("ID")});
    parser.addOption({QStringLiteral("action"), Tr::tr("One of: %1.").arg(actions.join(QStringLiteral(", "))),
                      Tr::tr("ACTION")});
    parser.addOption({QStringLiteral("reason"), Tr::tr("Why, or what was found."), Tr::tr("TEXT")});
    parser.addOption({QStringLiteral("document"), Tr::tr("Reference of a paper document."), Tr::tr("REF")});
    parser.addOption({QStringLiteral("at"), Tr::tr("When it happened (ISO date or date-time; default now)."),
                      Tr::tr("WHEN")});
    parser.addOption({QStringLiteral("detail"),
                      Tr::tr("An action's detail as key=value (hospital=…, centre=…, county=…, outcome=…, "
                             "follow_up_on=…); repeatable."),
                      Tr::tr("KEY=VALUE")});
}

int CaseCommand::run(const QCommandLineParser& parser)
{
    int code = Ok;
    const QString db = required(parser, QStringLiteral("db"), code);
    const QString clientId = code == Ok ? required(parser, QStringLiteral("client"), code) : QString();
    const QString actionKey = code == Ok ? required(parser, QStringLiteral("action"), code) : QString();
    if (code != Ok)
        return code;
    const std::optional<CaseAction> action = CaseActions::fromKey(actionKey);
    if (!action)
        return fail(Usage, Tr::tr("--action: unknown action '%1'").arg(actionKey));
    CaseInput input;
    input.reason = parser.value(QStringLiteral("reason"));
    input.document = parser.value(QStringLiteral("document"));
    if (parser.isSet(QStringLiteral("at"))) {
        const QString at = parser.value(QStringLiteral("at"));
        input.at = QDateTime::fromString(at, Qt::ISODate);
        if (!input.at.isValid())
            input.at = QDateTime(QDate::fromString(at, Qt::ISODate), QTime(12, 0));
        if (!input.at.isValid())
            return fail(Usage, Tr::tr("--at: give a date like 2026-11-23 or 2026-11-23T14:30"));
    }
    for (const QString& pair : parser.values(QStringLiteral("detail"))) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return fail(Usage, Tr::tr("--detail: give key=value, not '%1'").arg(pair));
        input.details.insert(pair.left(eq).trimmed(), pair.mid(eq + 1));
    }

    Workspace workspace(StorePaths{db}, Clock::system());
    if (const int signedIn = signIn(parser, workspace); signedIn != Ok)
        return signedIn;
    const Result<CaseState> r =
        LifecycleService(workspace.journal()).perform(workspace.actor(), clientId, *action, input);
    if (!r) {
        const Error& e = r.error();
        if (e.code == LifecycleService::NotFound)
            return fail(Usage, Tr::tr("--client: %1").arg(e.message));
        if (!e.field.isEmpty())
            return fail(Usage, Tr::tr("%1: %2").arg(optionFor(e.field), e.message));
        return fail(Refused, e.message);
    }
    print(Tr::tr("%1: now %2").arg(CaseActions::name(*action), CaseStates::name(r.value())));
    return Ok;
}

} // namespace kq::cli
