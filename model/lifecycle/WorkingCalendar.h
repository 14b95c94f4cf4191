#pragma once

#include <QDate>
#include <QMap>
#include <QString>

namespace kq {

// Working days for the registration and referral deadlines (管理办法: 5 working days each):
// Monday to Friday, minus public holidays, plus the weekend days the State Council's holiday
// notice makes working days (调休). The centre keeps the list; see CalendarRepository.
class WorkingCalendar {
public:
    enum class DayKind { Holiday, Workday };
    struct Day {
        DayKind kind = DayKind::Holiday;
        QString name;
    };

    void set(const QDate& day, DayKind kind, const QString& name = {});
    void remove(const QDate& day);
    const QMap<QDate, Day>& exceptions() const { return m_days; }

    bool isWorkingDay(const QDate& day) const;
    // The `n`th working day after `from` (not counting `from` itself): a deadline "within n working
    // days" of `from` ends at the end of that day.
    QDate addWorkingDays(const QDate& from, int n) const;
    // Working days after `from` up to and including `to` (0 if `to` <= `from`).
    int workingDaysBetween(const QDate& from, const QDate& to) const;

private:
    QMap<QDate, Day> m_days;
};

} // namespace kq
