#pragma once

#include <QDate>
#include <QString>

namespace kq {

// How values are written to and read from the store's TEXT columns, in one place: dates as ISO
// 8601 (an invalid date as NULL), empty text as NULL.
inline QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

inline QDate dateFromIso(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

inline QString nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QString() : s;
}

} // namespace kq
