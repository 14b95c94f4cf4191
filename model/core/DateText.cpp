#include "DateText.h"

#include <QLocale>

namespace kq {

namespace {

// Chinese writes dates with 年/月/日 and no leading zeros (QLocale's ShortFormat gives 2026/11/23,
// which people here do not write); other languages get day, abbreviated month and year, which
// cannot be misread as month/day or day/month.
bool chinese(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese;
}

QString format(const QDate& date, QStringView chineseFormat, QStringView otherFormat,
               const QLocale& locale = QLocale())
{
    if (!date.isValid())
        return {};
    return locale.toString(date, chinese(locale) ? chineseFormat : otherFormat);
}

} // namespace

QString dateText(const QDate& date, const QLocale& locale)
{
    return format(date, u"yyyy年M月d日", u"d MMM yyyy", locale);
}

QString dateTimeText(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    return dateText(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString weekdayDateText(const QDate& date)
{
    return format(date, u"yyyy年M月d日 dddd", u"ddd d MMM yyyy");
}

QString monthText(const QDate& date)
{
    return format(date, u"yyyy年M月", u"MMMM yyyy");
}

QString dayMonthText(const QDate& date)
{
    return format(date, u"M月d日", u"d MMM");
}

} // namespace kq
