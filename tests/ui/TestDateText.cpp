#include "common/Language.h"
#include "core/DateText.h"

#include <QLocale>
#include <QTest>

using namespace kq;
using namespace kq::ui;

// Dates as people read them: 2026年11月23日 in Chinese, 23 Nov 2026 in English, chosen by the UI
// language (Language::apply), not by the system.
class TestDateText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void writesChineseDatesWithYearMonthDay()
    {
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        QCOMPARE(dateText(QDate(2026, 11, 23)), QStringLiteral("2026年11月23日"));
        QCOMPARE(dateText(QDate(2026, 3, 5)), QStringLiteral("2026年3月5日"));
        QCOMPARE(dateTimeText(QDateTime(QDate(2026, 11, 23), QTime(14, 5))),
                 QStringLiteral("2026年11月23日 14:05"));
        QCOMPARE(dateTimeText(QDateTime(QDate(2026, 3, 5), QTime(9, 7, 59))),
                 QStringLiteral("2026年3月5日 09:07"));
        QCOMPARE(weekdayDateText(QDate(2026, 11, 23)), QStringLiteral("2026年11月23日 星期一"));
        QCOMPARE(monthText(QDate(2026, 11, 23)), QStringLiteral("2026年11月"));
        QCOMPARE(dayMonthText(QDate(2026, 3, 5)), QStringLiteral("3月5日"));
    }

    void writesEnglishDatesWithDayMonthNameYear()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en")));
        QCOMPARE(dateText(QDate(2026, 11, 23)), QStringLiteral("23 Nov 2026"));
        QCOMPARE(dateText(QDate(2026, 3, 5)), QStringLiteral("5 Mar 2026"));
        QCOMPARE(dateTimeText(QDateTime(QDate(2026, 11, 23), QTime(14, 5))),
                 QStringLiteral("23 Nov 2026 14:05"));
        QCOMPARE(dateTimeText(QDateTime(QDate(2026, 3, 5), QTime(9, 7))), QStringLiteral("5 Mar 2026 09:07"));
        QCOMPARE(weekdayDateText(QDate(2026, 11, 23)), QStringLiteral("Mon 23 Nov 2026"));
        QCOMPARE(monthText(QDate(2026, 11, 23)), QStringLiteral("November 2026"));
        QCOMPARE(dayMonthText(QDate(2026, 3, 5)), QStringLiteral("5 Mar"));
    }

    void followsTheUiLanguageNotTheSystem()
    {
        // The test environment's system locale is C/English; choosing Chinese in the program wins.
        Language::apply(QStringLiteral("zh_CN"));
        QCOMPARE(dateText(QDate(2026, 11, 23)), QStringLiteral("2026年11月23日"));
        Language::apply(QStringLiteral("en"));
        QCOMPARE(dateText(QDate(2026, 11, 23)), QStringLiteral("23 Nov 2026"));
    }

    void showsDateTimesInLocalTime()
    {
        // Tests run in Beijing time (UTC+8): 06:05 UTC is 14:05 on the wall clock.
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        const QDateTime utc(QDate(2026, 11, 23), QTime(6, 5), Qt::UTC);
        QCOMPARE(dateTimeText(utc), QStringLiteral("2026年11月23日 14:05"));
        // 20:00 UTC is already the next day in Beijing.
        QCOMPARE(dateTimeText(QDateTime(QDate(2026, 11, 23), QTime(20, 0), Qt::UTC)),
                 QStringLiteral("2026年11月24日 04:00"));
    }

    void leavesInvalidDatesEmpty()
    {
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        QVERIFY(dateText({}).isEmpty());
        QVERIFY(dateTimeText({}).isEmpty());
        QVERIFY(monthText({}).isEmpty());
        QVERIFY(dayMonthText({}).isEmpty());
        QVERIFY(weekdayDateText({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDateText)
#include "TestDateText.moc"
