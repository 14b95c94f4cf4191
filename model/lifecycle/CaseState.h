#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kq {

// Where a client stands in the referral workflow (DOMAIN.md "Lifecycle", seed §5–§7). The
// database, the CLI and sync use the keys; LifecycleRules says which action leads where.
enum class CaseState {
    Applied,           // 申请: application received, not yet confirmed
    Registered,        // 初核登记
    NotRegistered,     // application turned down, with a reason
    Waiting,           // no centre can take the client yet
    Referred,          // handed over to a centre (or assigned by the platform)
    Assessing,         // the centre accepted; intake assessment under way
    AwaitingAgreement, // assessed and planned; consent and agreement to sign
    InService,
    Hospitalised, // green channel: in a psychiatric hospital
    TransferredOut,
    Closed,
};

namespace CaseStates {
QList<CaseState> all();
QString key(CaseState s);
std::optional<CaseState> fromKey(const QString& key);
QString name(CaseState s);
// Transferred out: the record now belongs to another centre and is read-only here.
bool isReadOnly(CaseState s);
// Closed, not registered or transferred out: no longer a current client of this centre.
bool isFinished(CaseState s);
} // namespace CaseStates

} // namespace kq
