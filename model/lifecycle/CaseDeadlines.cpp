#include "CaseDeadlines.h"

#include "LifecycleRules.h"
#include "auth/Actor.h"
#include "sessions/Schedule.h"
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
    case Kind::FollowUp:
        return Tr::tr("Follow-up due");
    case Kind::Appointment:
        return Tr::tr("Appointment");
    }
    return {};
}

QString CaseDue::what() const
{
    // The band in words: colour is never the only sign of an unstable client.
    if (kind == Kind::FollowUp) {
        if (riskLevel >= 3)
            return Tr::tr("Follow-up due (unstable, risk level %1)").arg(riskLevel);
        if (riskLevel >= 1)
            return Tr::tr("Follow-up due (basically stable, risk level %1)").arg(riskLevel);
        if (riskLevel == 0)
            return Tr::tr("Follow-up due (stable, risk level 0)");
        return Tr::tr("Follow-up due (risk not yet assessed)");
    }
    if (kind == Kind::Appointment) {
        if (at.isValid())
            return Tr::tr("Appointment at %1 with %2").arg(at.toString(QStringLiteral("HH:mm")), staff);
        return Tr::tr("Appointment with %1").arg(staff);
    }
    return kindName(kind);
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
    // The dates' indexes lead (CROSS JOIN keeps that order): few reviews and calls fall due at a
    // time, while the status index would walk every client in service or closed.
    Statement reviews = m_db.prepare(
        "SELECT c.id, c.name, c.status, f.review_due FROM case_files f CROSS JOIN clients c ON c.id = "
        "f.client_id "
        "WHERE f.review_due <= ? AND c.status IN ('in_service', 'hospitalised', 'awaiting_agreement')");
    reviews.bind(1, horizon.toString(Qt::ISODate));
    while (reviews.step())
        add(reviews, CaseDue::Kind::PlanReview, reviews.date(3));
    Statement calls = m_db.prepare(
        "SELECT c.id, c.name, c.status, f.follow_up_due FROM case_files f CROSS JOIN clients c ON "
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
    if (actor.can(Permission::ViewClinicalRecords))
        out << followUps(horizon, {});
    // Today's appointments, whatever the horizon: the list is the front desk's day.
    const QList<ScheduleEntry> appointments = Schedule::appointments(m_db, actor, today, today);
    if (!appointments.isEmpty()) {
        Statement client = m_db.prepare("SELECT status FROM clients WHERE id = ?");
        Statement account = m_db.prepare("SELECT display_name FROM accounts WHERE username = ?");
        for (const ScheduleEntry& e : appointments) {
            CaseDue d{e.clientId, e.clientName, CaseState::InService, CaseDue::Kind::Appointment, e.day};
            client.bind(1, e.clientId);
            if (client.step())
                d.state = CaseStates::fromKey(client.text(0)).value_or(CaseState::InService);
            client.reset();
            d.at = e.startsAt;
            d.staff = e.staff.value(0);
            account.bind(1, d.staff);
            if (account.step())
                d.staff = account.text(0);
            account.reset();
            out.append(d);
        }
    }
    // Earliest first; on the same day unstable follow-ups first.
    std::stable_sort(out.begin(), out.end(), [](const CaseDue& a, const CaseDue& b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.isUnstableFollowUp() && !b.isUnstableFollowUp();
    });
    return out;
}

void CaseDeadlines::putUrgentFirst(QList<CaseDue>& list, const QDate& today)
{
    std::stable_partition(list.begin(), list.end(), [&today](const CaseDue& d) {
        return d.isUnstableFollowUp() && d.isOverdue(today);
    });
}

QList<CaseDue> CaseDeadlines::followUps(const QDate& horizon, const QString& clientId)
{
    // Clients in service through clients_by_status, each case file by its key; the due date is
    // worked out and filtered here so 100k clients never cross into C++. Counted from the later
    // of the last contact and the start of this stretch of service: a contact from an earlier
    // case or from before a hospital stay does not make the follow-up overdue on day one.
    Statement s = m_db.prepare(
        std::string(
            "SELECT id, name, status, risk_level, due FROM (SELECT c.id AS id, c.name AS name, "
            "c.status AS status, c.risk_level AS risk_level, "
            "date(max(coalesce(f.last_contact_on, ''), coalesce(substr(f.state_since, 1, 10), '')), "
            "CASE WHEN c.risk_level >= 3 THEN ?1 WHEN c.risk_level >= 1 THEN ?2 ELSE ?3 END) AS due "
            "FROM clients c CROSS JOIN case_files f ON f.client_id = c.id WHERE c.status = 'in_service'") +
        (clientId.isEmpty() ? ") WHERE due <= ?4" : " AND c.id = ?5) WHERE due <= ?4"));
    s.bindAll(QStringLiteral("+%1 days").arg(kUnstableFollowUpDays),
              QStringLiteral("+%1 months").arg(kBasicallyStableFollowUpMonths),
              QStringLiteral("+%1 months").arg(kStableFollowUpMonths), isoDate(horizon));
    if (!clientId.isEmpty())
        s.bind(5, clientId);
    QList<CaseDue> out;
    while (s.step()) {
        CaseDue d{s.text(0), s.text(1), CaseState::InService, CaseDue::Kind::FollowUp, s.date(4)};
        d.riskLevel = int(s.int64(3));
        out.append(d);
    }
    return out;
}

std::optional<CaseDue> CaseDeadlines::followUp(const Actor& actor, const QString& clientId)
{
    if (!actor.can(Permission::ViewClinicalRecords) || clientId.isEmpty())
        return std::nullopt;
    const QList<CaseDue> one = followUps(QDate(9999, 12, 31), clientId);
    return one.isEmpty() ? std::nullopt : std::optional<CaseDue>(one.first());
}

} // namespace kq
