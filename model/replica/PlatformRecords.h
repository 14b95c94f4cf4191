#pragma once

#include "Replica.h"

namespace kq {

// The two entities the platform writes itself (docs/sync-protocol.md, Referrals and Conflicts).
// Internal to model/replica: Replica::apply hands them here.
namespace PlatformRecords {

// A case handed to this centre. Opens it exactly once per referral id: the client (id
// derivedId("referral-client", referral id)), its case file and the "apply" event (id
// derivedId("referral", referral id)) are written through the replica as records of their own, so
// every workstation that pulls the referral derives the same rows. A person already registered
// here with the same ID number gets the case reopened (reapply) when the rules allow it, else a
// notice: never a second record of the same person.
Result<Replica::Applied> apply(Replica& replica, Journal& journal, const QString& id,
                               const QJsonObject& fields, bool deleted);

// Decoded for the caller; nothing is written.
Result<Replica::Applied> decodeConflict(const QString& id, const QJsonObject& fields, bool deleted);

} // namespace PlatformRecords
} // namespace kq
