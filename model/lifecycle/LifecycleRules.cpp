#include "LifecycleRules.h"

#include "Application.h"
#include "core/TextLimits.h"
#include "geo/Divisions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kq::LifecycleRules {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LifecycleRules)
};

using S = CaseState;

QString detail(const CaseInput& in, const char* key)
{
    return in.details.value(QString::fromLatin1(key)).toString().trimmed();
}

Error missing(const QString& message, const char* field)
{
    return Error{message, QString::fromLatin1(field), MissingInput};
}

Error precondition(const QString& message)
{
    return Error{message, {}, Precondition};
}

// What a detail is called in a refusal.
QString detailLabel(const QString& key)
{
    if (key == u"hospital")
        return Tr::tr("The hospital");
    if (key == u"centre")
        return Tr::tr("The centre");
    if (key == u"county")
        return Tr::tr("The county");
    if (key == u"outcome")
        return Tr::tr("The outcome");
    if (key == u"follow_up_on")
        return Tr::tr("The follow-up date");
    if (key == u"notes")
        return Tr::tr("The notes");
    return Tr::tr("The detail %1").arg(key);
}

// The bounds of any input, whatever the action (decision 0020): what the window, the command line
// and a sync import may store in a case event.
std::optional<Error> checkInputTexts(const CaseInput& in)
{
    using TextLimits::Kind;
    if (auto e = TextLimits::check(in.reason.trimmed(), QStringLiteral("reason"), Tr::tr("The reason"),
                                   TextLimits::kReason, Kind::Text))
        return Error{e->message, e->field, MissingInput};
    if (auto e = TextLimits::check(in.document.trimmed(), QStringLiteral("document"),
                                   Tr::tr("The document reference"), TextLimits::kReference, Kind::Line))
        return Error{e->message, e->field, MissingInput};
    constexpr int kMaxDetails = 32;
    if (in.details.size() > kMaxDetails)
        return Error{Tr::tr("At most %1 details may be given.").arg(kMaxDetails), QStringLiteral("details"),
                     MissingInput};
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z_]{0,39}$"));
    for (auto it = in.details.cbegin(); it != in.details.cend(); ++it) {
        if (!keyPattern.match(it.key()).hasMatch())
            return Error{Tr::tr("A detail's name must be up to 40 lower-case letters and underscores."),
                         QStringLiteral("details"), MissingInput};
        const bool freeText = it.key() == u"notes" || it.key() == u"assessment_summary";
        if (auto e = TextLimits::check(it.value().toString().trimmed(), it.key(), detailLabel(it.key()),
                                       freeText ? TextLimits::kNotes : TextLimits::kOrganisation,
                                       freeText ? Kind::Text : Kind::Line))
            return Error{e->message, e->field, MissingInput};
    }
    return std::nullopt;
}
} // namespace

QList<CaseState> fromStates(CaseAction action)
{
    switch (action) {
    case CaseAction::ReviewNeeds:
    case CaseAction::Register:
    case CaseAction::DeclineRegistration:
        return {S::Applied};
    case CaseAction::PlaceOnWaitingList:
        return {S::Registered};
    case CaseAction::ReviewWaiting:
        return {S::Waiting};
    case CaseAction::ReferToCentre:
        return {S::Registered, S::Waiting};
    case CaseAction::AcceptReferral:
    case CaseAction::DeclineReferral:
        return {S::Referred};
    case CaseAction::CompleteIntake:
        return {S::Assessing};
    case CaseAction::StartService:
        return {S::AwaitingAgreement};
    case CaseAction::GreenChannel:
        return {S::Assessing, S::AwaitingAgreement, S::InService};
    case CaseAction::ResumeService:
        return {S::Hospitalised};
    case CaseAction::TransferOut:
        return {S::Registered,        S::Waiting,   S::Referred,    S::Assessing,
                S::AwaitingAgreement, S::InService, S::Hospitalised};
    case CaseAction::Close:
        return {S::InService, S::Hospitalised};
    case CaseAction::Withdraw:
        return {S::Applied,   S::Registered,        S::Waiting,   S::Referred,
                S::Assessing, S::AwaitingAgreement, S::InService, S::Hospitalised};
    case CaseAction::RecordFollowUp:
        return {S::Closed};
    case CaseAction::Reapply:
        return {S::Closed, S::NotRegistered};
    }
    return {};
}

QList<CaseAction> available(const CaseFacts& facts)
{
    QList<CaseAction> out;
    for (CaseAction a : CaseActions::all())
        if (fromStates(a).contains(facts.state))
            out << a;
    return out;
}

QDate waitingReviewDue(const CaseFacts& f)
{
    if (f.state != S::Waiting)
        return {};
    const QDate from = f.waitingReviewedOn.isValid() && f.waitingReviewedOn >= f.waitingSince
                           ? f.waitingReviewedOn
                           : f.waitingSince;
    return from.isValid() ? from.addMonths(3) : QDate();
}

QStringList waitingReviewOutcomes()
{
    return {QStringLiteral("continue"), QStringLiteral("withdraw"), QStringLiteral("changed_needs")};
}

QString waitingReviewOutcomeName(const QString& key)
{
    if (key == u"continue")
        return Tr::tr("Continue waiting");
    if (key == u"withdraw")
        return Tr::tr("Withdraw the application");
    if (key == u"changed_needs")
        return Tr::tr("Needs have changed (keep waiting, needs updated)");
    return key;
}

Result<CaseState> check(const CaseFacts& f, CaseAction action, const CaseInput& in, const QDate& today)
{
    if (!fromStates(action).contains(f.state))
        return Error{Tr::tr("“%1” is not possible while the client is “%2”.")
                         .arg(CaseActions::name(action), CaseStates::name(f.state)),
                     {},
                     NotFromState};
    if (action == CaseAction::Reapply) {
        // The application names its own fields (the form's); the generic bounds below then catch
        // only details an application does not hold.
        if (Result<void> valid = Application::fromDetails(in.details).validate(today); !valid)
            return Error{valid.error().message, valid.error().field, MissingInput};
    }
    if (std::optional<Error> e = checkInputTexts(in))
        return *e;
    if (in.at.isValid() && in.at.date() > today)
        return Error{Tr::tr("The date cannot be in the future."), QStringLiteral("at"), MissingInput};
    if (in.at.isValid() && f.stateSince.isValid() && in.at.date() < f.stateSince)
        return Error{Tr::tr("The date cannot be before the client became “%1” (%2).")
                         .arg(CaseStates::name(f.state), f.stateSince.toString(Qt::ISODate)),
                     QStringLiteral("at"), MissingInput};
    const bool hasReason = !in.reason.trimmed().isEmpty();

    switch (action) {
    case CaseAction::ReviewNeeds:
        if (!hasReason)
            return missing(Tr::tr("Summarise the needs review."), "reason");
        return f.state;
    case CaseAction::Register:
        if (WaysIn::needsReview(f.wayIn) && !f.needsReviewedOn.isValid())
            return precondition(Tr::tr("No needs review yet: a social worker must review the need of a %1 "
                                       "before registration.")
                                    .arg(WaysIn::name(f.wayIn).toLower()));
        return S::Registered;
    case CaseAction::DeclineRegistration:
        if (!hasReason)
            return missing(Tr::tr("Give the reason the application is not registered."), "reason");
        return S::NotRegistered;
    case CaseAction::PlaceOnWaitingList:
        if (!hasReason)
            return missing(Tr::tr("Give the reason the client has to wait."), "reason");
        return S::Waiting;
    case CaseAction::ReviewWaiting: {
        const QString outcome = detail(in, "outcome");
        if (!waitingReviewOutcomes().contains(outcome))
            return missing(Tr::tr("Choose the outcome of the re-review."), "outcome");
        if (!hasReason)
            return missing(Tr::tr("Record the client's willingness and circumstances."), "reason");
        return outcome == u"withdraw" ? S::Closed : S::Waiting;
    }
    case CaseAction::ReferToCentre:
        if (f.state == S::Waiting) {
            // As of the day of the hand-over: one recorded late but done in time is no breach.
            const QDate due = waitingReviewDue(f);
            if (due.isValid() && due <= (in.at.isValid() ? in.at.date() : today))
                return precondition(
                    Tr::tr("No re-review yet: the client has waited more than 3 months, so a social worker "
                           "must re-review their willingness and circumstances before the hand-over."));
        }
        if (detail(in, "centre").isEmpty())
            return missing(Tr::tr("Enter the centre the client is referred to."), "centre");
        return S::Referred;
    case CaseAction::AcceptReferral:
        return S::Assessing;
    case CaseAction::DeclineReferral:
        if (!hasReason)
            return missing(Tr::tr("Give the reason the centre cannot take the client."), "reason");
        return S::Waiting;
    case CaseAction::CompleteIntake:
        if (!f.intakeAssessed)
            return precondition(Tr::tr("No intake assessment yet: record the multi-disciplinary assessment "
                                       "first."));
        if (!f.planned)
            return precondition(
                Tr::tr("No rehabilitation plan yet: write the plan from the assessment first."));
        return S::AwaitingAgreement;
    case CaseAction::StartService:
        if (!f.agreementSigned && in.document.trimmed().isEmpty())
            return precondition(
                Tr::tr("The consent form and service agreement are not signed yet: sign them, "
                       "or enter the reference of the signed paper copies."));
        return S::InService;
    case CaseAction::GreenChannel:
        if (detail(in, "hospital").isEmpty())
            return missing(Tr::tr("Enter the psychiatric hospital."), "hospital");
        if (!hasReason)
            return missing(Tr::tr("Give the reason for the urgent referral."), "reason");
        return S::Hospitalised;
    case CaseAction::ResumeService:
        return f.resumeState.value_or(S::InService);
    case CaseAction::TransferOut: {
        const QString county = detail(in, "county");
        if (county.isEmpty())
            return missing(Tr::tr("Choose the county of the new residence."), "county");
        if (!Divisions::instance().county(county))
            return missing(Tr::tr("%1 is not a county-level division code.").arg(county), "county");
        if (!hasReason)
            return missing(Tr::tr("Give the reason for the transfer."), "reason");
        return S::TransferredOut;
    }
    case CaseAction::Close: {
        if (!f.transferAssessed)
            return precondition(Tr::tr("No post-service assessment yet: record the transfer assessment with "
                                       "its outcome before closing."));
        const QDate followUp = QDate::fromString(detail(in, "follow_up_on"), Qt::ISODate);
        if (!followUp.isValid())
            return missing(Tr::tr("Enter the date of the follow-up call."), "follow_up_on");
        if (followUp < (in.at.isValid() ? in.at.date() : today))
            return missing(Tr::tr("The follow-up call cannot be before the closure."), "follow_up_on");
        return S::Closed;
    }
    case CaseAction::Withdraw:
        if (!hasReason)
            return missing(Tr::tr("Give the reason the client withdraws."), "reason");
        return S::Closed;
    case CaseAction::RecordFollowUp:
        if (!hasReason)
            return missing(Tr::tr("Record what the follow-up call found."), "reason");
        return S::Closed;
    case CaseAction::Reapply: {
        const Application app = Application::fromDetails(in.details);
        if (Result<void> valid = app.validate(today); !valid)
            return Error{valid.error().message, valid.error().field, MissingInput};
        return app.wayIn == WayIn::Platform ? S::Referred : S::Applied;
    }
    }
    return Error{Tr::tr("Unknown action."), {}, NotFromState};
}

} // namespace kq::LifecycleRules
