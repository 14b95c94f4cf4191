#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace kq {

// Dates as a person reads them, in the UI language (QLocale's default, which Language::apply sets):
//
//                     Chinese                  English (and any other language)
//   dateText          2026年11月23日            23 Nov 2026
//   dateTimeText      2026年11月23日 14:05      23 Nov 2026 14:05   (local time, 24-hour clock)
//   weekdayDateText   2026年11月23日 星期一      Mon 23 Nov 2026
//   monthText         2026年11月                November 2026
//   dayMonthText      11月23日                  23 Nov              (no year: calendar headers)
//
// An invalid date or time gives an empty string. Data (file names, exports, SQL, the DateField's
// own text) keeps ISO 8601; these are for labels, tables, dialogs and printed pages only.
// A document written in a language of its own (a consent form) passes that language's locale.
QString dateText(const QDate& date, const QLocale& locale = QLocale());
QString dateTimeText(const QDateTime& dateTime);
QString weekdayDateText(const QDate& date);
QString monthText(const QDate& date);
QString dayMonthText(const QDate& date);

} // namespace kq
