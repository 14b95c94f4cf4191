#include "CaseDeadlines.h"

#include "LifecycleRules.h"
#include "auth/Actor.h"
#include "store/Database.h"
#include "store/StoredValues.h"

#include <QCoreApplication>

#include <algorithm>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CaseDeadlines)
};

} // namespace

QString CaseDue::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Registration:
        return Tr::tr("Registration due");
    case Kind::Referral:
        return Tr::tr("Referral to a centre due");
    case Kind::WaitingReview:
        return Tr::tr("Waiting-list re-review due");
    case Kind::PlanReview:
        return Tr::tr("Plan review due");
    case Kind::FollowUpCall:
        return Tr::tr("Follow-up call due");
    case Kind::AgreementRenewal:
        return Tr::tr("Service agreement ends");
    }
    return {};
}

QList<CaseDue> CaseDeadlines::list(const Actor& actor, const QDate& today, int horizonDays)
{
    QList<CaseDue> out;
    if (!actor.can(Permission::ViewClients))
        return out;
    const QDate horizon = today.addDays(horizonDays);
    auto add = [&](const Statement& s, CaseDue::Kind kind, const QDate& due) {
        if (!due.isValid() || due > horizon)
            return;
        out.append(CaseDue{s.text(0), s.text(1), CaseStates::fromKey(s.text(2)).value_or(CaseState::Applied),
                           kind, due});
    };
    // Few cases are in the early states at any time: read them through the status index and work
    // out the working-day deadlines here.
    Statement early = m_db.prepare("SELECT c.id, c.name, c.status, f.applied_on, f.registered_on, "
                                   "f.waiting_since, f.waiting_reviewed_on "
                                   "FROM clients c JOIN case_files f ON f.client_id = c.id "
                                   "WHERE c.status IN ('applied', 'registered', 'waiting')");
    while (early.step()) {
        const QString status = early.text(2);
        if (status == u"applied") {
            add(early, CaseDue::Kind::Registration,
                m_calendar.addWorkingDays(early.date(3), kRegistrationWorkingDays));
        } else if (status == u"registered") {
            add(early, CaseDue::Kind::Referral,
                m_calendar.addWorkingDays(early.date(4), kReferralWorkingDays));
        } else {
            CaseFacts f;
            f.state = CaseState::Waiting;
            f.waitingSince = early.date(5);
            f.waitingReviewedOn = early.date(6);
            add(early, CaseDue::Kind::WaitingReview, LifecycleRules::waitingReviewDue(f));
        }
    }
    Statement reviews = m_db.prepare(
        "SELECT c.id, c.name, c.status, f.review_due FROM case_files f JOIN clients c ON c.id = f.client_id "
        "WHERE f.review_due <= ? AND c.status IN ('in_service', 'hospitalised', 'awaiting_agreement')");
    reviews.bind(1, horizon.toString(Qt::ISODate));
    while (reviews.step())
        add(reviews, CaseDue::Kind::PlanReview, reviews.date(3));
    Statement calls =
        m_db.prepare("SELECT c.id, c.name, c.status, f.follow_up_due FROM case_files f JOIN clients c ON "
                     "c.id = f.client_id "
                     "WHERE f.follow_up_due <= ? AND f.follow_up_done IS NULL AND c.status = 'closed'");
    calls.bind(1, horizon.toString(Qt::ISODate));
    while (calls.step())
        add(calls, CaseDue::Kind::FollowUpCall, calls.date(3));
    // Agreements of clients in service that end soon (or have ended) with no later agreement.
    Statement agreements = m_db.prepare(
        "SELECT c.id, c.name, c.status, d.valid_until FROM signed_documents d JOIN clients c ON c.id = "
        "d.client_id "
        "WHERE d.kind = 'agreement' AND d.revoked_on IS NULL AND d.valid_until <= ? "
        "AND c.status IN ('in_service', 'hospitalised') AND NOT EXISTS (SELECT 1 FROM signed_documents n "
        "WHERE n.client_id = d.client_id AND n.kind = 'agreement' AND n.revoked_on IS NULL "
        "AND (n.replaces_id = d.id OR n.valid_from > d.valid_from))");
    const QDate agreementHorizon = today.addDays(std::max(horizonDays, kAgreementNoticeDays));
    agreements.bind(1, agreementHorizon.toString(Qt::ISODate));
    while (agreements.step())
        out.append(CaseDue{agreements.text(0), agreements.text(1),
                           CaseStates::fromKey(agreements.text(2)).value_or(CaseState::InService),
                           CaseDue::Kind::AgreementRenewal, agreements.date(3)});
    std::stable_sort(out.begin(), out.end(),
                     [](const CaseDue& a, const CaseDue& b) { return a.due < b.due; });
    return out;
}

} // namespace kq
