#pragma once

#include "CaseState.h"
#include "WorkingCalendar.h"

#include <QDate>
#include <QList>
#include <QString>

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
    };
    QString clientId;
    QString clientName;
    CaseState state = CaseState::Applied;
    Kind kind = Kind::Registration;
    QDate due;

    bool isOverdue(const QDate& today) const { return due < today; }
    static QString kindName(Kind kind);
};

// Builds the due list from the case files and agreements: overdue items and those due within
// `horizonDays` (agreement renewals within kAgreementNoticeDays), earliest first. Working-day deadlines use
// the centre's calendar.
class CaseDeadlines {
public:
    CaseDeadlines(Database& db, WorkingCalendar calendar) : m_db(db), m_calendar(std::move(calendar)) {}

    static constexpr int kRegistrationWorkingDays = 5;
    static constexpr int kReferralWorkingDays = 5;
    static constexpr int kAgreementNoticeDays = 30; // agreements are listed a month before they end

    QList<CaseDue> list(const Actor& actor, const QDate& today, int horizonDays = 7);

private:
    Database& m_db;
    WorkingCalendar m_calendar;
};

} // namespace kq
