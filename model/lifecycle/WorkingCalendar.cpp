#include "WorkingCalendar.h"

namespace kq {

void WorkingCalendar::set(const QDate& day, DayKind kind, const QString& name)
{
    m_days.insert(day, Day{kind, name});
}

void WorkingCalendar::remove(const QDate& day)
{
    m_days.remove(day);
}

bool WorkingCalendar::isWorkingDay(const QDate& day) const
{
    if (auto it = m_days.constFind(day); it != m_days.cend())
        return it->kind == DayKind::Workday;
    return day.dayOfWeek() <= 5;
}

QDate WorkingCalendar::addWorkingDays(const QDate& from, int n) const
{
    QDate d = from;
    // A calendar can at most hold every day as a holiday; stop after a year of non-working days
    // rather than loop for ever on a hostile list.
    for (int counted = 0, guard = 0; counted < n && guard < n + 366; ++guard) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            ++counted;
    }
    return d;
}

int WorkingCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        n += isWorkingDay(d) ? 1 : 0;
    return n;
}

} // namespace kq
