#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kq {

// Everything that can happen to a case. LifecycleRules says from which states and with what input.
enum class CaseAction {
    ReviewNeeds,         // a social worker's needs review of a voluntary or reported application
    Register,            // 初核登记 confirmed
    DeclineRegistration, // application turned down
    PlaceOnWaitingList,  // no centre can take the client now
    ReviewWaiting,       // the re-review of willingness and circumstances after 3 months' wait
    ReferToCentre,       // hand-over to a centre
    AcceptReferral,      // the centre takes the client on: intake assessment begins
    DeclineReferral,     // the centre cannot take the client: back to the waiting list
    CompleteIntake,      // assessment and plan done: consent and agreement next
    StartService,        // consent and agreement signed
    GreenChannel,        // urgent referral to a psychiatric hospital
    ResumeService,       // back from hospital
    TransferOut,         // moved away: record goes to the centre of the new residence
    Close,               // post-service referral and closure (结案)
    Withdraw,            // the client stops (declines, moves abroad, dies): closed with a reason
    RecordFollowUp,      // the follow-up call (回访) after closure
    Reapply,             // a closed or turned-down client applies again
};

namespace CaseActions {
QList<CaseAction> all();
QString key(CaseAction a);
std::optional<CaseAction> fromKey(const QString& key);
QString name(CaseAction a); // a button label, e.g. "Register"
} // namespace CaseActions

// How the client came to the centre (DOMAIN.md "Ways in" a–d).
enum class WayIn { Hospital, Voluntary, Reported, Platform };

namespace WaysIn {
QList<WayIn> all();
QString key(WayIn w);
std::optional<WayIn> fromKey(const QString& key);
QString name(WayIn w);
// Voluntary applications and reports need a social worker's needs review before registration.
bool needsReview(WayIn w);
} // namespace WaysIn

} // namespace kq
