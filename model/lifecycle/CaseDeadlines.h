#pragma once

#include "CaseState.h"
#include "WorkingCalendar.h"

#include <QDate>
#include <QList>
#include <QString>

#include <QTime>
#include <optional>

namespace kq {

class Database;
struct Actor;

// Something to be done for a case by a date: the front page's "due" list.
struct CaseDue {
    enum class Kind {
        Registration,     // 5 working days from application (管理办法)
        Referral,         // 5 more working days from registration
        WaitingReview,    // 3 months' wait: re-review before the hand-over
        PlanReview,       // periodic assessment of the rehabilitation plan
        FollowUpCall,     // 回访 after closure
        AgreementRenewal, // a service agreement ends within 30 days and nothing renews it
        FollowUp,         // 随访 of a client in service, every 2 weeks to 3 months by risk level
        Appointment,      // a session's next appointment, today
    };
    QString clientId;
    QString clientName;
    CaseState state = CaseState::Applied;
    Kind kind = Kind::Registration;
    QDate due;
    int riskLevel = -1; // FollowUp: the client's risk level (-1 not assessed) that set the interval
    QTime at{};         // Appointment: its time, if one was set
    QString staff{};    // Appointment: the display name of the member of staff it is with

    bool isOverdue(const QDate& today) const { return due < today; }
    // Risk 3-5: listed first while overdue, and said so in words (DOMAIN.md "show prominently").
    bool isUnstableFollowUp() const { return kind == Kind::FollowUp && riskLevel >= 3; }
    static QString kindName(Kind kind);
    // What to do, in words: the kind, with the risk band of a follow-up ("Follow-up due (unstable,
    // risk level 4)") and the time and staff of an appointment.
    QString what() const;
};

// Builds the due list from the case files, agreements and sessions: overdue items and those due
// within `horizonDays` (agreement renewals within kAgreementNoticeDays, appointments today only),
// earliest first, unstable follow-ups first on the same day. Working-day deadlines use the
// centre's calendar. Follow-ups reveal the risk band, so they are listed only for roles with
// ViewClinicalRecords.
class CaseDeadlines {
public:
    CaseDeadlines(Database& db, WorkingCalendar calendar) : m_db(db), m_calendar(std::move(calendar)) {}

    static constexpr int kRegistrationWorkingDays = 5;
    static constexpr int kReferralWorkingDays = 5;
    static constexpr int kAgreementNoticeDays = 30; // agreements are listed a month before they end
    // Follow-up intervals by risk level, counted from the last session or group attendance (else
    // from the start of service): DOMAIN.md "Risk and follow-up", after 严重精神障碍管理治疗工作规范
    // (2018). Basically stable is one interval, not the regulation's 2-week recheck: decision 0009.
    static constexpr int kUnstableFollowUpDays = 14;         // risk 3-5
    static constexpr int kBasicallyStableFollowUpMonths = 1; // risk 1-2
    static constexpr int kStableFollowUpMonths = 3;          // risk 0, and not yet assessed

    QList<CaseDue> list(const Actor& actor, const QDate& today, int horizonDays = 7);
    // Moves overdue follow-ups of unstable clients to the top, keeping the order otherwise: the
    // front page shows them prominently (DOMAIN.md); scripts keep the plain date order of list().
    static void putUrgentFirst(QList<CaseDue>& list, const QDate& today);
    // The next follow-up of one client in service, by the same rule as the list; none for other
    // states or without ViewClinicalRecords.
    std::optional<CaseDue> followUp(const Actor& actor, const QString& clientId);

private:
    QList<CaseDue> followUps(const QDate& horizon, const QString& clientId);

    Database& m_db;
    WorkingCalendar m_calendar;
};

} // namespace kq
