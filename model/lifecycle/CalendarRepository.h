#pragma once

#include "WorkingCalendar.h"
#include "core/Result.h"

namespace kq {

class Journal;
struct Actor;

// The centre's list of public holidays and adjusted working days (table calendar_days).
// Supervisors and administrators (ManageCentre) keep it; every change is audited.
class CalendarRepository {
public:
    enum ErrorCode { NotPermitted = 320, Invalid };

    explicit CalendarRepository(Journal& journal) : m_journal(journal) {}

    WorkingCalendar load();
    Result<void> set(const Actor& actor, const QDate& day, WorkingCalendar::DayKind kind,
                     const QString& name);
    Result<void> remove(const Actor& actor, const QDate& day);

private:
    Journal& m_journal;
};

} // namespace kq
