#pragma once

#include "CaseFacts.h"
#include "core/Result.h"

namespace kq {

// The one state machine of the referral workflow (DOMAIN.md "Lifecycle", seed §5–§7): which action
// is allowed from which state, with what input, leading where. Pure: no store, no clock of its own,
// so the UI, the CLI and sync imports get the same answer and tests can try every combination.
//
// Details by action (CaseInput::details keys):
//   review-waiting   outcome: continue | withdraw | changed_needs (reason: willingness, circumstances)
//   refer-to-centre  centre
//   green-channel    hospital (reason required)
//   transfer-out     county (6-digit division code), centre (optional; reason required)
//   close            follow_up_on (ISO date of the follow-up call)
//   reapply          an Application's details
namespace LifecycleRules {

enum ErrorCode { NotFromState = 200, MissingInput, Precondition };

QList<CaseState> fromStates(CaseAction action);
// Actions that may be taken from the case's state (their input may still be missing).
QList<CaseAction> available(const CaseFacts& facts);
// The state the action leads to, or why it is refused (naming what is missing).
Result<CaseState> check(const CaseFacts& facts, CaseAction action, const CaseInput& input,
                        const QDate& today);

// The day a waiting client's re-review falls due: three months after the wait began or was last
// re-reviewed. Invalid when the client is not waiting.
QDate waitingReviewDue(const CaseFacts& facts);

QStringList waitingReviewOutcomes();
QString waitingReviewOutcomeName(const QString& key);

} // namespace LifecycleRules
} // namespace kq
