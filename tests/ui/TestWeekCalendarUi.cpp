#include "CaseFixture.h"
#include "GuiTestSupport.h"

#include "lifecycle/CalendarRepository.h"
#include "lifecycle/CaseDeadlines.h"
#include "schedule/WeekCalendarPage.h"
#include "services/ServiceCatalogue.h"
#include "shell/OverviewPage.h"
#include "store/Database.h"
#include "store/StoredValues.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace kq;
using namespace kq::test;

// The week calendar as people use it: keys to move between weeks, the staff filter, the cells'
// text, and Enter on an entry to open its client or group activity. Sessions and meetings are
// written straight into the tables; the page only reads them.
class TestWeekCalendarUi : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;
    QString m_wang;
    QString m_li;
    QString m_meeting;
    QString m_fridayMeeting;
    int m_rows = 0;

    Database& db() { return m_store.db(); }

    void addSession(const QString& clientId, const QString& staff, const QDate& heldOn, const QString& at,
                    const QString& contents, const QDate& nextOn = {}, const QString& nextAt = {})
    {
        db().prepare(
                "INSERT INTO sessions(id, client_id, staff, held_on, starts_at, minutes, contents, form, "
                "place, observations, next_on, next_at, created_by, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 45, ?, 'individual', 'centre', '情绪平稳', ?, ?, ?, "
                "'2026-11-23T01:00:00.000Z', '2026-11-23T01:00:00.000Z')")
            .bindAll(QStringLiteral("session-%1").arg(++m_rows), clientId, staff, isoDate(heldOn), at,
                     contents, isoDate(nextOn), nextAt.isEmpty() ? QString() : nextAt, staff)
            .exec();
    }

    QString addMeeting(const QString& topic, const QString& facilitators, const QDate& heldOn,
                       const QString& at, const QStringList& roster)
    {
        const QString id = QStringLiteral("meeting-%1").arg(++m_rows);
        db().prepare(
                "INSERT INTO group_activities(id, topic, facilitators, held_on, starts_at, minutes, content, "
                "form, place, capacity, created_by, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 90, 'social_skills', 'group_work', 'centre', 12, 'wang.li', "
                "'2026-11-20T01:00:00.000Z', '2026-11-20T01:00:00.000Z')")
            .bindAll(id, topic, facilitators, isoDate(heldOn), at)
            .exec();
        for (const QString& client : roster)
            db().prepare("INSERT INTO group_attendance(activity_id, client_id) VALUES (?, ?)")
                .bindAll(id, client)
                .exec();
        return id;
    }

    static QString content(Database& db, const char* key)
    {
        return ServiceCatalogue::load(db).contentName(QLatin1String(key));
    }

    // The page, shown and active so its keys work, on the week of kMondayMorning.
    struct Shown {
        explicit Shown(Workspace& ws) : page(ws)
        {
            page.show();
            page.activateWindow();
            page.reload();
            grid = child<QTableView>(&page, "weekGrid");
            grid->setFocus();
        }
        ui::WeekCalendarPage page;
        QTableView* grid = nullptr;
        QString cell(int hour, int day) const
        {
            return grid->model()->index(hour - 7, day).data().toString();
        }
        QString header(int day) const { return grid->model()->headerData(day, Qt::Horizontal).toString(); }
    };

private Q_SLOTS:
    void initTestCase()
    {
        m_store.open(kMondayMorning);
        isolateSettings(m_store.dir());
        addAccount(m_store.ws(), QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::CaseManager);
        CaseDriver cases(m_store.ws());
        const QDate today = m_store.today();
        m_wang = cases.admit(samplePerson(QStringLiteral("王强")), hospitalApplication(today),
                             CaseState::InService);
        m_li = cases.admit(samplePerson(QStringLiteral("李梅")), hospitalApplication(today),
                           CaseState::InService);
        const QString wangLi = QStringLiteral("wang.li");
        const QString zhao = QStringLiteral("zhao.min");
        // Last week: 李梅's session sets Wednesday's appointment.
        addSession(m_li, zhao, QDate(2026, 11, 16), QStringLiteral("10:00"), QStringLiteral("life_skills"),
                   QDate(2026, 11, 25), QStringLiteral("15:00"));
        // This week.
        addSession(m_wang, wangLi, QDate(2026, 11, 23), QStringLiteral("09:00"),
                   QStringLiteral("medication_training"));
        m_meeting = addMeeting(QStringLiteral("社交技能"), QStringLiteral("wang.li zhao.min"),
                               QDate(2026, 11, 24), QStringLiteral("14:00"), {m_wang, m_li});
        addSession(m_wang, wangLi, QDate(2026, 11, 26), QStringLiteral("06:30"),
                   QStringLiteral("life_skills"));
        addSession(m_wang, wangLi, QDate(2026, 11, 26), QStringLiteral("21:00"),
                   QStringLiteral("family_support"));
        addSession(m_wang, wangLi, QDate(2026, 11, 27), QStringLiteral("10:00"),
                   QStringLiteral("life_skills"));
        m_fridayMeeting = addMeeting(QStringLiteral("家属课堂"), zhao, QDate(2026, 11, 27),
                                     QStringLiteral("10:30"), {m_li});
        // Next week.
        addMeeting(QStringLiteral("园艺"), wangLi, QDate(2026, 11, 30), QStringLiteral("09:00"), {});
    }

    void cleanupTestCase() { m_store.close(); }

    void showsTheWeekByDayAndHour()
    {
        Shown s(m_store.ws());
        QVERIFY(QTest::qWaitForWindowActive(&s.page));
        QAbstractItemModelTester tester(s.grid->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(s.page.title(), QStringLiteral("Calendar"));
        QCOMPARE(s.page.weekStart(), QDate(2026, 11, 23));
        QCOMPARE(s.grid->model()->columnCount(), 7);
        QCOMPARE(s.grid->model()->rowCount(), 14);
        QCOMPARE(s.header(0), QStringLiteral("Mon 23 Nov (today)"));
        QCOMPARE(s.header(6), QStringLiteral("Sun 29 Nov"));
        QCOMPARE(s.grid->model()->headerData(0, Qt::Vertical).toString(), QStringLiteral("07:00"));
        QCOMPARE(s.grid->model()->headerData(13, Qt::Vertical).toString(), QStringLiteral("20:00"));

        Database& d = db();
        QCOMPARE(s.cell(9, 0), QStringLiteral("09:00 王强 · ") + content(d, "medication_training"));
        QCOMPARE(s.cell(14, 1), QStringLiteral("14:00 Group: 社交技能 (2/12)"));
        QCOMPARE(s.cell(15, 2), QStringLiteral("15:00 李梅 · Appointment"));
        // Before 07:00 in the first row, after 20:00 in the last.
        QCOMPARE(s.cell(7, 3), QStringLiteral("06:30 王强 · ") + content(d, "life_skills"));
        QCOMPARE(s.cell(20, 3), QStringLiteral("21:00 王强 · ") + content(d, "family_support"));
        // Two in one hour, one a line.
        QCOMPARE(
            s.cell(10, 4),
            QStringLiteral("10:00 王强 · %1\n10:30 Group: 家属课堂 (1/12)").arg(content(d, "life_skills")));
        QVERIFY(s.cell(11, 0).isEmpty());
        // Words for screen readers and in the tooltip, staff by name; never the observations.
        const QModelIndex group = s.grid->model()->index(14 - 7, 1);
        QVERIFY(group.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Tue 24 Nov")));
        QVERIFY(
            group.data(Qt::ToolTipRole)
                .toString()
                .contains(QLocale().createSeparatedList({QStringLiteral("王丽"), QStringLiteral("赵敏")})));
        for (int r = 0; r < 14; ++r)
            for (int c = 0; c < 7; ++c)
                QVERIFY(!s.grid->model()
                             ->index(r, c)
                             .data(Qt::ToolTipRole)
                             .toString()
                             .contains(QStringLiteral("情绪")));
        QCOMPARE(
            child<QLabel>(&s.page, "weekSummary")->text(),
            QStringLiteral("23 Nov 2026 to 29 Nov 2026: sessions 4, group activities 2, appointments 1"));

        s.page.clearData();
        QCOMPARE(s.grid->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(&s.page, "weekSummary")->text().isEmpty());
    }

    void keysMoveBetweenWeeks()
    {
        Shown s(m_store.ws());
        QVERIFY(QTest::qWaitForWindowActive(&s.page));
        s.grid->setCurrentIndex(s.grid->model()->index(3, 2));
        QTest::keyClick(s.grid, Qt::Key_PageDown);
        QCOMPARE(s.page.weekStart(), QDate(2026, 11, 30));
        QCOMPARE(s.header(0), QStringLiteral("Mon 30 Nov"));
        QCOMPARE(s.cell(9, 0), QStringLiteral("09:00 Group: 园艺 (0/12)"));
        // The cursor stays on the same day and hour.
        QCOMPARE(s.grid->currentIndex(), s.grid->model()->index(3, 2));
        QTest::keyClick(s.grid, Qt::Key_Left, Qt::AltModifier);
        QTest::keyClick(s.grid, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(s.page.weekStart(), QDate(2026, 11, 16));
        QCOMPARE(s.cell(10, 0), QStringLiteral("10:00 李梅 · ") + content(db(), "life_skills"));
        QTest::keyClick(s.grid, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(s.page.weekStart(), QDate(2026, 11, 23));
        QTest::keyClick(s.grid, Qt::Key_PageUp);
        QCOMPARE(s.page.weekStart(), QDate(2026, 11, 16));
        QTest::keyClick(s.grid, Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(s.page.weekStart(), QDate(2026, 11, 23));
        QVERIFY(child<QPushButton>(&s.page, "thisWeek")->toolTip().contains(QStringLiteral("Alt+Home")));

        // A date picked: its week, Monday to Sunday.
        auto* date = child<QDateEdit>(&s.page, "weekDate");
        date->setDate(QDate(2026, 12, 3));
        QCOMPARE(s.page.weekStart(), QDate(2026, 11, 30));
        // The page's keys work from the date field too.
        date->setFocus();
        QTest::keyClick(date, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(s.page.weekStart(), QDate(2026, 11, 23));
        QCOMPARE(date->date(), QDate(2026, 11, 23));
    }

    void staffFilterKeepsOnePersonsWeek()
    {
        Shown s(m_store.ws());
        QVERIFY(QTest::qWaitForWindowActive(&s.page));
        auto* staff = child<QComboBox>(&s.page, "staffFilter");
        QCOMPARE(staff->currentText(), QStringLiteral("Everyone"));
        QCOMPARE(staff->count(), 3);
        staff->setFocus();
        const int wangLi = staff->findData(QStringLiteral("wang.li"));
        const int zhao = staff->findData(QStringLiteral("zhao.min"));
        QVERIFY(wangLi > 0 && zhao > 0);
        while (staff->currentIndex() != wangLi)
            QTest::keyClick(staff, staff->currentIndex() < wangLi ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(staff->currentText(), QStringLiteral("王丽 (wang.li)"));
        QVERIFY(s.cell(9, 0).startsWith(QStringLiteral("09:00 王强")));
        QCOMPARE(s.cell(14, 1), QStringLiteral("14:00 Group: 社交技能 (2/12)")); // co-facilitator
        QVERIFY(s.cell(15, 2).isEmpty());                                        // 赵敏's appointment
        QVERIFY(!s.cell(10, 4).contains(QStringLiteral("家属课堂")));
        while (staff->currentIndex() != zhao)
            QTest::keyClick(staff, staff->currentIndex() < zhao ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(s.cell(9, 0).isEmpty());
        QCOMPARE(s.cell(15, 2), QStringLiteral("15:00 李梅 · Appointment"));
        QCOMPARE(s.cell(10, 4), QStringLiteral("10:30 Group: 家属课堂 (1/12)"));
        // The filter stays through a reload (after unlocking, say).
        s.page.reload();
        QCOMPARE(staff->currentIndex(), zhao);
        QVERIFY(s.cell(9, 0).isEmpty());
    }

    void enterOnAnEntryOpensItsClientOrActivity()
    {
        Shown s(m_store.ws());
        QVERIFY(QTest::qWaitForWindowActive(&s.page));
        QSignalSpy clients(&s.page, &ui::WeekCalendarPage::openClientRequested);
        QSignalSpy activities(&s.page, &ui::WeekCalendarPage::openActivityRequested);
        s.grid->setCurrentIndex(s.grid->model()->index(9 - 7, 0));
        QTest::keyClick(s.grid, Qt::Key_Return);
        QCOMPARE(clients.size(), 1);
        QCOMPARE(clients.takeFirst().first().toString(), m_wang);
        // Arrows to Tuesday 14:00, the group.
        QTest::keyClick(s.grid, Qt::Key_Right);
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(s.grid, Qt::Key_Down);
        QCOMPARE(s.grid->currentIndex(), s.grid->model()->index(14 - 7, 1));
        QTest::keyClick(s.grid, Qt::Key_Enter);
        QCOMPARE(activities.size(), 1);
        QCOMPARE(activities.takeFirst().first().toString(), m_meeting);
        // An appointment opens its client.
        QTest::keyClick(s.grid, Qt::Key_Right);
        QTest::keyClick(s.grid, Qt::Key_Down);
        QTest::keyClick(s.grid, Qt::Key_Return);
        QCOMPARE(clients.size(), 1);
        QCOMPARE(clients.takeFirst().first().toString(), m_li);
        // Nothing there: nothing happens.
        QTest::keyClick(s.grid, Qt::Key_Down);
        QTest::keyClick(s.grid, Qt::Key_Return);
        QVERIFY(clients.isEmpty() && activities.isEmpty());

        // Two in one hour: a menu to pick from, with the keyboard.
        s.grid->setCurrentIndex(s.grid->model()->index(10 - 7, 4));
        bool picked = false;
        QTimer::singleShot(0, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QCOMPARE(menu->actions().size(), 2);
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Return);
            picked = true;
        });
        QTest::keyClick(s.grid, Qt::Key_Return);
        QVERIFY(picked);
        QCOMPARE(activities.size(), 1);
        QCOMPARE(activities.first().first().toString(), m_fridayMeeting);
        QVERIFY(clients.isEmpty());
    }

    // The front page's today list: follow-ups say the risk band, appointments the time and staff,
    // and a long list shows its first rows only. Last: it adds rows the calendar tests do not expect.
    void frontPageListsFollowUpsAndTodaysAppointments()
    {
        db().prepare("UPDATE clients SET risk_level = 4 WHERE id = ?").bind(1, m_wang).exec();
        db().prepare("UPDATE case_files SET last_contact_on = '2026-11-01', state_since = '2026-10-01' "
                     "WHERE client_id = ?")
            .bind(1, m_wang)
            .exec();
        addSession(m_li, QStringLiteral("zhao.min"), QDate(2026, 11, 17), QStringLiteral("10:00"),
                   QStringLiteral("life_skills"), m_store.today(), QStringLiteral("16:00"));
        ui::OverviewPage page(m_store.ws());
        page.show();
        reloadAndWait(page, &ui::OverviewPage::dueListShown);
        auto* due = child<QTableWidget>(&page, "dueList");
        const auto rowOf = [&](const QString& name, const QString& what) {
            for (int r = 0; r < due->rowCount(); ++r)
                if (due->item(r, 1)->text() == name && due->item(r, 2)->text().startsWith(what))
                    return r;
            return -1;
        };
        const int followUp = rowOf(QStringLiteral("王强"), QStringLiteral("Follow-up"));
        QCOMPARE(followUp, 0); // overdue and unstable: first
        QCOMPARE(due->item(followUp, 2)->text(), QStringLiteral("Follow-up due (unstable, risk level 4)"));
        QVERIFY(due->item(followUp, 0)->text().contains(QStringLiteral("overdue")));
        const int appointment = rowOf(QStringLiteral("李梅"), QStringLiteral("Appointment"));
        QVERIFY(appointment > 0);
        QCOMPARE(due->item(appointment, 2)->text(), QStringLiteral("Appointment at 16:00 with 赵敏"));
        QVERIFY(due->item(appointment, 0)->text().contains(QStringLiteral("today")));
        QVERIFY(child<QLabel>(&page, "dueMore")->isHidden());

        // 600 appointments today (one client, all set at the same session time, so none replaces another):
        // the table stops at 500 and says how many more there are.
        for (int i = 0; i < 600; ++i)
            addSession(m_li, QStringLiteral("zhao.min"), QDate(2026, 11, 18), QStringLiteral("08:00"),
                       QStringLiteral("life_skills"), m_store.today(), QStringLiteral("11:00"));
        reloadAndWait(page, &ui::OverviewPage::dueListShown);
        QCOMPARE(due->rowCount(), ui::OverviewPage::kMaxDueRows);
        auto* more = child<QLabel>(&page, "dueMore");
        QVERIFY(!more->isHidden());
        const QDate today = m_store.today();
        const QList<CaseDue> all = CaseDeadlines(db(), CalendarRepository(m_store.journal()).load())
                                       .list(m_store.ws().actor(), today);
        QVERIFY(all.size() > 600);
        QCOMPARE(more->text(),
                 QStringLiteral("Showing the first 500 items; %1 more are not shown.").arg(all.size() - 500));
        int overdue = 0;
        int now = 0;
        for (const CaseDue& d : all) {
            overdue += d.isOverdue(today) ? 1 : 0;
            now += d.due <= today ? 1 : 0;
        }
        QCOMPARE(page.findChild<QGroupBox*>()->title(),
                 QStringLiteral("Overdue: %1 · due today: %2 · coming up: %3")
                     .arg(overdue)
                     .arg(now - overdue)
                     .arg(all.size() - now));
        db().exec("DELETE FROM sessions WHERE held_on = '2026-11-18' AND starts_at = '08:00'");
    }
};

QTEST_MAIN(TestWeekCalendarUi)
#include "TestWeekCalendarUi.moc"
