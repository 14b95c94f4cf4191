#pragma once

#include "Plan.h"
#include "core/Result.h"

namespace kq {

class Journal;
struct Actor;

// Rehabilitation plans. Append-only; each save checks the role and the rules against the
// assessment, the service catalogue and the staff accounts, sets the case's next review, and goes
// through the Journal (audit + outbox) in one transaction.
class PlanRepository {
public:
    enum ErrorCode { NotPermitted = 460, NotFound, ReadOnly, Invalid };

    explicit PlanRepository(Journal& journal) : m_journal(journal) {}

    // Needs EditClinicalRecords; returns the new plan's id. Blank goals are dropped, new goals get
    // ids. Errors: NotPermitted; NotFound (client); ReadOnly (transferred out); Invalid (message
    // lists every problem, field names the first: "assessment", "starts-on", "review-on",
    // "responsible", "goals", "goal-2", "services", "service-1-content", "service-1-form",
    // "service-1-frequency").
    Result<QString> save(const Actor& actor, Plan plan);

    // The plan in force: latest start, then latest recorded. NotFound when there is none yet.
    Result<Plan> current(const Actor& actor, const QString& clientId);
    // Newest first. Both need ViewClinicalRecords.
    Result<QList<Plan>> list(const Actor& actor, const QString& clientId);

private:
    QList<Error> check(Plan& plan, const QDate& assessedOn, int reviewMonths);

    Journal& m_journal;
};

} // namespace kq
