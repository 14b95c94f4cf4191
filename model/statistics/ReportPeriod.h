#pragma once

#include <QDate>
#include <QString>

namespace kq {

// The days a report covers, both ends included: a calendar month by default, any range on request.
struct ReportPeriod {
    QDate from;
    QDate to;

    static ReportPeriod month(int year, int month)
    {
        const QDate first(year, month, 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(const QDate& d) const { return d >= from && d <= to; }
    // "2026-11" for a whole month, else "2026-11-03..2026-11-20".
    QString key() const
    {
        if (from.day() == 1 && to == from.addMonths(1).addDays(-1))
            return from.toString(QStringLiteral("yyyy-MM"));
        return from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
    }
};

} // namespace kq
