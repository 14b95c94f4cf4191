#include "CaseAction.h"

#include <QCoreApplication>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CaseAction)
};

struct ActionInfo {
    CaseAction action;
    const char* key;
};
constexpr ActionInfo kActions[] = {
    {CaseAction::ReviewNeeds, "review-needs"},
    {CaseAction::Register, "register"},
    {CaseAction::DeclineRegistration, "decline-registration"},
    {CaseAction::PlaceOnWaitingList, "place-on-waiting-list"},
    {CaseAction::ReviewWaiting, "review-waiting"},
    {CaseAction::ReferToCentre, "refer-to-centre"},
    {CaseAction::AcceptReferral, "accept-referral"},
    {CaseAction::DeclineReferral, "decline-referral"},
    {CaseAction::CompleteIntake, "complete-intake"},
    {CaseAction::StartService, "start-service"},
    {CaseAction::GreenChannel, "green-channel"},
    {CaseAction::ResumeService, "resume-service"},
    {CaseAction::TransferOut, "transfer-out"},
    {CaseAction::Close, "close"},
    {CaseAction::Withdraw, "withdraw"},
    {CaseAction::RecordFollowUp, "record-follow-up"},
    {CaseAction::Reapply, "reapply"},
};
} // namespace

namespace CaseActions {

QList<CaseAction> all()
{
    QList<CaseAction> out;
    for (const ActionInfo& a : kActions)
        out << a.action;
    return out;
}

QString key(CaseAction action)
{
    for (const ActionInfo& a : kActions)
        if (a.action == action)
            return QString::fromLatin1(a.key);
    return {};
}

std::optional<CaseAction> fromKey(const QString& k)
{
    for (const ActionInfo& a : kActions)
        if (k == QLatin1String(a.key))
            return a.action;
    return std::nullopt;
}

QString name(CaseAction a)
{
    switch (a) {
    case CaseAction::ReviewNeeds:
        return Tr::tr("Review needs");
    case CaseAction::Register:
        return Tr::tr("Register");
    case CaseAction::DeclineRegistration:
        return Tr::tr("Decline registration");
    case CaseAction::PlaceOnWaitingList:
        return Tr::tr("Place on waiting list");
    case CaseAction::ReviewWaiting:
        return Tr::tr("Re-review while waiting");
    case CaseAction::ReferToCentre:
        return Tr::tr("Refer to a centre");
    case CaseAction::AcceptReferral:
        return Tr::tr("Accept referral");
    case CaseAction::DeclineReferral:
        return Tr::tr("Decline referral");
    case CaseAction::CompleteIntake:
        return Tr::tr("Complete intake");
    case CaseAction::StartService:
        return Tr::tr("Start service");
    case CaseAction::GreenChannel:
        return Tr::tr("Green channel to hospital");
    case CaseAction::ResumeService:
        return Tr::tr("Resume after discharge");
    case CaseAction::TransferOut:
        return Tr::tr("Transfer out (relocation)");
    case CaseAction::Close:
        return Tr::tr("Close the case");
    case CaseAction::Withdraw:
        return Tr::tr("Withdraw");
    case CaseAction::RecordFollowUp:
        return Tr::tr("Record follow-up call");
    case CaseAction::Reapply:
        return Tr::tr("New application");
    }
    return {};
}

} // namespace CaseActions

namespace WaysIn {

QList<WayIn> all()
{
    return {WayIn::Hospital, WayIn::Voluntary, WayIn::Reported, WayIn::Platform};
}

QString key(WayIn w)
{
    switch (w) {
    case WayIn::Hospital:
        return QStringLiteral("hospital");
    case WayIn::Voluntary:
        return QStringLiteral("voluntary");
    case WayIn::Reported:
        return QStringLiteral("reported");
    case WayIn::Platform:
        return QStringLiteral("platform");
    }
    return {};
}

std::optional<WayIn> fromKey(const QString& k)
{
    for (WayIn w : all())
        if (key(w) == k)
            return w;
    return std::nullopt;
}

QString name(WayIn w)
{
    switch (w) {
    case WayIn::Hospital:
        return Tr::tr("Hospital recommendation");
    case WayIn::Voluntary:
        return Tr::tr("Voluntary application");
    case WayIn::Reported:
        return Tr::tr("Report by an organisation or person");
    case WayIn::Platform:
        return Tr::tr("Assigned by the platform");
    }
    return {};
}

bool needsReview(WayIn w)
{
    return w == WayIn::Voluntary || w == WayIn::Reported;
}

} // namespace WaysIn
} // namespace kq
