#pragma once

#include "Application.h"
#include "CaseEvent.h"
#include "CaseFacts.h"
#include "auth/Permission.h"
#include "clients/ClientRepository.h"
#include "core/Result.h"

#include <QVariantMap>

#include <optional>

namespace kq {

class Journal;
struct Actor;

// Runs the referral workflow against the store: every action is checked by LifecycleRules, then
// the event, the client's status and its case file are written with the audit entry and the
// outbox operation in one transaction. The only code that changes clients.status.
class LifecycleService {
public:
    enum ErrorCode { NotPermitted = 300, NotFound };

    explicit LifecycleService(Journal& journal) : m_journal(journal) {}

    // A new client and the application that opens the case, together or not at all. A platform
    // referral starts as "referred", every other way in as "applied".
    Result<ClientRepository::Saved> apply(const Actor& actor, ClientRecord record,
                                          const Application& application);

    // Errors: NotPermitted, NotFound, or the rules' refusal (LifecycleRules::ErrorCode).
    Result<CaseState> perform(const Actor& actor, const QString& clientId, CaseAction action,
                              const CaseInput& input);

    std::optional<CaseFacts> facts(const QString& clientId);
    // Oldest first. Reasons and details are left out for roles without ViewClinicalRecords.
    QList<CaseEvent> events(const Actor& actor, const QString& clientId);
    // The application that opened the current case.
    std::optional<Application> application(const QString& clientId);

    // Distinct values of a detail in recent events of `action`, most recent first (the hospitals
    // of earlier green-channel referrals, offered as you type).
    QStringList recentDetailValues(CaseAction action, const QString& key, int limit = 30);

    static Permission permissionFor(CaseAction action);

    // Journals the case file's columns just written (not updated_at or last_contact_on, which each
    // store keeps itself). The case file travels as its own record, entity "case_file" with id
    // derivedId("case_file", clientId): its dates come from the actions, assessments and plans as
    // they were recorded, with the centre's settings of the time, so no other store could replay them.
    static void recordCaseFile(Journal& journal, const Actor& actor, const QString& clientId,
                               QVariantMap columns, bool created);

private:
    void writeEvent(const Actor& actor, const QString& clientId, const QString& action,
                    std::optional<CaseState> from, CaseState to, const QDateTime& at, const CaseInput& input);

    Journal& m_journal;
};

} // namespace kq
