#include "CaseFixture.h"

#include "lifecycle/CaseDeadlines.h"
#include "lifecycle/WorkingCalendar.h"
#include "services/ServiceCatalogue.h"
#include "sessions/Schedule.h"
#include "store/Database.h"
#include "store/StoredValues.h"

#include <QLocale>
#include <QTest>

using namespace kq;
using namespace kq::test;

// The week calendar (Schedule) and the follow-ups by risk level on the front page's list
// (CaseDeadlines). Sessions and meetings are written straight into the tables: the tests are about
// reading them back.
class TestSchedule : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;
    int m_rows = 0;

    Database& db() { return m_store.db(); }
    const Actor& supervisor() { return m_store.ws().actor(); }
    QDate today() const { return m_store.today(); }
    static QDate day(int month, int d) { return QDate(2026, month, d); }

    QString admit(const QString& name)
    {
        return CaseDriver(m_store.ws())
            .admit(samplePerson(name), hospitalApplication(today()), CaseState::InService);
    }

    QString addSession(const QString& clientId, const QString& staff, const QDate& heldOn, const QString& at,
                       const QString& contents, const QDate& nextOn = {}, const QString& nextAt = {})
    {
        const QString id = QStringLiteral("session-%1").arg(++m_rows);
        db().prepare(
                "INSERT INTO sessions(id, client_id, staff, held_on, starts_at, minutes, contents, form, "
                "place, observations, next_on, next_at, created_by, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 45, ?, 'individual', 'centre', '情绪平稳，按时服药', ?, ?, ?, "
                "'2026-11-23T01:00:00.000Z', '2026-11-23T01:00:00.000Z')")
            .bindAll(id, clientId, staff, isoDate(heldOn), at, contents, isoDate(nextOn),
                     nextAt.isEmpty() ? QString() : nextAt, staff)
            .exec();
        return id;
    }

    QString addMeeting(const QString& topic, const QString& facilitators, const QDate& heldOn,
                       const QString& at, const QStringList& roster, bool attendanceTaken = false)
    {
        const QString id = QStringLiteral("meeting-%1").arg(++m_rows);
        db().prepare(
                "INSERT INTO group_activities(id, topic, facilitators, held_on, starts_at, minutes, content, "
                "form, place, capacity, attendance_on, created_by, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 90, 'social_skills', 'group_work', 'centre', 12, ?, 'wang.li', "
                "'2026-11-20T01:00:00.000Z', '2026-11-20T01:00:00.000Z')")
            .bindAll(id, topic, facilitators, isoDate(heldOn), at,
                     attendanceTaken ? QStringLiteral("2026-11-24T03:30:00.000Z") : QString())
            .exec();
        for (const QString& client : roster) {
            Statement s = db().prepare("INSERT INTO group_attendance(activity_id, client_id, present) "
                                       "VALUES (?, ?, ?)");
            s.bindAll(id, client);
            if (attendanceTaken)
                s.bind(3, 1);
            else
                s.bind(3, nullptr);
            s.exec();
        }
        return id;
    }

    void setRisk(const QString& clientId, int level)
    {
        db().prepare("UPDATE clients SET risk_level = ? WHERE id = ?").bindAll(level, clientId).exec();
    }

    void setCaseDates(const QString& clientId, const QDate& lastContact, const QDate& stateSince)
    {
        db().prepare("UPDATE case_files SET last_contact_on = ?, state_since = ? WHERE client_id = ?")
            .bindAll(isoDate(lastContact), isoDate(stateSince), clientId)
            .exec();
    }

    QList<CaseDue> due(const Actor& actor, int horizonDays, CaseDue::Kind kind)
    {
        QList<CaseDue> out;
        for (const CaseDue& d : CaseDeadlines(db(), WorkingCalendar()).list(actor, today(), horizonDays))
            if (d.kind == kind)
                out << d;
        return out;
    }

    // The client's follow-up on the list; the case tab's single-client answer must agree.
    std::optional<CaseDue> followUpOf(const QString& clientId, int horizonDays = 366)
    {
        std::optional<CaseDue> listed;
        for (const CaseDue& d : due(supervisor(), horizonDays, CaseDue::Kind::FollowUp))
            if (d.clientId == clientId)
                listed = d;
        const std::optional<CaseDue> one =
            CaseDeadlines(db(), WorkingCalendar()).followUp(supervisor(), clientId);
        // The case tab has no horizon: beyond it, only the list leaves the follow-up out.
        const bool agree = listed ? (one && one->due == listed->due && one->riskLevel == listed->riskLevel)
                                  : (!one || one->due > today().addDays(horizonDays));
        if (!agree)
            qFatal("the list and the case tab disagree on the follow-up of %s", qPrintable(clientId));
        return listed;
    }

    QList<ScheduleEntry> week(const QString& staff = {})
    {
        return Schedule::between(db(), supervisor(), day(11, 23), day(11, 29), staff);
    }

    static QStringList describe(const QList<ScheduleEntry>& entries)
    {
        QStringList out;
        for (const ScheduleEntry& e : entries)
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(e.day.toString(Qt::ISODate), e.startsAt.toString(QStringLiteral("HH:mm")),
                            ScheduleEntry::kindName(e.kind),
                            e.kind == ScheduleEntry::Kind::GroupActivity ? e.title : e.clientName);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_store.open(kMondayMorning);
        addAccount(m_store.ws(), QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::CaseManager);
    }

    void cleanup() { m_store.close(); }

    void weekListsSessionsMeetingsAndAppointmentsByDayAndTime()
    {
        const QString wang = admit(QStringLiteral("王强"));
        const QString li = admit(QStringLiteral("李梅"));
        const QString wangLi = QStringLiteral("wang.li");
        const QString zhao = QStringLiteral("zhao.min");
        const QString first = addSession(wang, wangLi, day(11, 23), QStringLiteral("09:00"),
                                         QStringLiteral("medication_training social_skills"));
        addSession(li, zhao, day(11, 23), QStringLiteral("14:00"), QStringLiteral("life_skills"));
        // Last week's session sets Wednesday's appointment; Monday's session (no new appointment)
        // does not cancel it.
        addSession(li, zhao, day(11, 16), QStringLiteral("10:00"), QStringLiteral("life_skills"), day(11, 25),
                   QStringLiteral("15:00"));
        const QString meeting = addMeeting(QStringLiteral("社交技能"), QStringLiteral("wang.li zhao.min"),
                                           day(11, 24), QStringLiteral("10:00"), {wang, li});
        // Outside the week: the Sunday before and the Monday after.
        addSession(wang, wangLi, day(11, 22), QStringLiteral("09:00"), QStringLiteral("life_skills"));
        addMeeting(QStringLiteral("家属课堂"), wangLi, day(11, 30), QStringLiteral("09:00"), {});

        const QList<ScheduleEntry> entries = week();
        QCOMPARE(describe(entries), (QStringList{QStringLiteral("2026-11-23 09:00 Session 王强"),
                                                 QStringLiteral("2026-11-23 14:00 Session 李梅"),
                                                 QStringLiteral("2026-11-24 10:00 Group activity 社交技能"),
                                                 QStringLiteral("2026-11-25 15:00 Appointment 李梅")}));
        const ServiceCatalogue catalogue = ServiceCatalogue::load(db());
        const ScheduleEntry& s = entries[0];
        QCOMPARE(s.id, first);
        QCOMPARE(s.clientId, wang);
        QCOMPARE(s.title,
                 QLocale().createSeparatedList({catalogue.contentName(QStringLiteral("medication_training")),
                                                catalogue.contentName(QStringLiteral("social_skills"))}));
        QCOMPARE(s.minutes, 45);
        QCOMPARE(s.staff, QStringList{wangLi});
        // The calendar never carries what was observed.
        for (const ScheduleEntry& e : entries)
            QVERIFY(!e.title.contains(QStringLiteral("情绪")));

        const ScheduleEntry& g = entries[2];
        QCOMPARE(g.id, meeting);
        QVERIFY(g.clientId.isEmpty());
        QCOMPARE(g.staff, (QStringList{wangLi, zhao}));
        QCOMPARE(g.rosterSize, 2);
        QCOMPARE(g.capacity, 12);
        QCOMPARE(g.minutes, 90);
        QVERIFY(!g.attendanceTaken);

        const ScheduleEntry& a = entries[3];
        QCOMPARE(a.clientId, li);
        QCOMPARE(a.title, QStringLiteral("Appointment"));
        QCOMPARE(a.staff, QStringList{zhao});
        QCOMPARE(a.minutes, 0);

        // A single day, and nothing for a role that may not see clients.
        QCOMPARE(Schedule::between(db(), supervisor(), day(11, 24), day(11, 24)).size(), 1);
        QVERIFY(Schedule::between(db(), Actor{{}, {}, {}, Role::Administrator}, day(11, 23), day(11, 29))
                    .isEmpty());
    }

    void staffFilterKeepsTheirSessionsAppointmentsAndMeetings()
    {
        const QString wang = admit(QStringLiteral("王强"));
        const QString li = admit(QStringLiteral("李梅"));
        addSession(wang, QStringLiteral("wang.li"), day(11, 23), QStringLiteral("09:00"),
                   QStringLiteral("medication_training"));
        addSession(li, QStringLiteral("zhao.min"), day(11, 16), QStringLiteral("10:00"),
                   QStringLiteral("life_skills"), day(11, 26), {});
        addMeeting(QStringLiteral("社交技能"), QStringLiteral("zhao.min wang.li"), day(11, 24),
                   QStringLiteral("10:00"), {wang});
        addMeeting(QStringLiteral("家属课堂"), QStringLiteral("zhao.min"), day(11, 27),
                   QStringLiteral("14:00"), {li}, true);

        QCOMPARE(describe(week(QStringLiteral("wang.li"))),
                 (QStringList{QStringLiteral("2026-11-23 09:00 Session 王强"),
                              QStringLiteral("2026-11-24 10:00 Group activity 社交技能")}));
        const QList<ScheduleEntry> zhao = week(QStringLiteral("zhao.min"));
        QCOMPARE(describe(zhao), (QStringList{QStringLiteral("2026-11-24 10:00 Group activity 社交技能"),
                                              QStringLiteral("2026-11-26  Appointment 李梅"),
                                              QStringLiteral("2026-11-27 14:00 Group activity 家属课堂")}));
        QVERIFY(zhao[2].attendanceTaken);
        QCOMPARE(zhao[2].rosterSize, 1);
        // Whole usernames only: no prefix matches.
        QVERIFY(week(QStringLiteral("wang")).isEmpty());
        QVERIFY(week(QStringLiteral("zhao")).isEmpty());
    }

    void appointmentsEndWhenTheClientIsSeenOrTheyAreMoved()
    {
        const QString li = admit(QStringLiteral("李梅"));
        const QString staff = QStringLiteral("zhao.min");
        addSession(li, staff, day(11, 16), QStringLiteral("10:00"), QStringLiteral("life_skills"),
                   day(11, 25), QStringLiteral("15:00"));
        QCOMPARE(describe(week()), QStringList{QStringLiteral("2026-11-25 15:00 Appointment 李梅")});

        // Seen on the day (at another time): the appointment was kept.
        const QString kept =
            addSession(li, staff, day(11, 25), QStringLiteral("09:30"), QStringLiteral("life_skills"));
        QCOMPARE(describe(week()), QStringList{QStringLiteral("2026-11-25 09:30 Session 李梅")});
        db().prepare("DELETE FROM sessions WHERE id = ?").bind(1, kept).exec();

        // Moved: a later session set another appointment. One for the day without a time comes
        // first on its day.
        addSession(li, staff, day(11, 20), QStringLiteral("10:00"), QStringLiteral("life_skills"),
                   day(11, 27), {});
        const QString wang = admit(QStringLiteral("王强"));
        addSession(wang, QStringLiteral("wang.li"), day(11, 27), QStringLiteral("08:00"),
                   QStringLiteral("life_skills"));
        QCOMPARE(describe(week()), (QStringList{QStringLiteral("2026-11-27  Appointment 李梅"),
                                                QStringLiteral("2026-11-27 08:00 Session 王强")}));
    }

    void followUpIntervalsFollowTheRiskLevel()
    {
        const QString unstable = admit(QStringLiteral("王强"));
        const QString basically = admit(QStringLiteral("李梅"));
        const QString stable = admit(QStringLiteral("赵刚"));
        const QString unassessed = admit(QStringLiteral("孙丽"));
        setRisk(unstable, 4);
        setRisk(basically, 2);
        setRisk(stable, 0);
        // From the last contact (Friday 13th), the service having started earlier.
        for (const QString& id : {unstable, basically, stable, unassessed})
            setCaseDates(id, day(11, 13), day(9, 1));
        QCOMPARE(followUpOf(unstable)->due, day(11, 27));
        QCOMPARE(followUpOf(basically)->due, day(12, 13));
        QCOMPARE(followUpOf(stable)->due, QDate(2027, 2, 13));
        QCOMPARE(followUpOf(unassessed)->due, QDate(2027, 2, 13));
        QCOMPARE(followUpOf(unstable)->riskLevel, 4);
        QCOMPARE(followUpOf(unassessed)->riskLevel, -1);
        QCOMPARE(followUpOf(unstable)->state, CaseState::InService);
        // The band is said in words.
        QCOMPARE(followUpOf(unstable)->what(), QStringLiteral("Follow-up due (unstable, risk level 4)"));
        QCOMPARE(followUpOf(basically)->what(),
                 QStringLiteral("Follow-up due (basically stable, risk level 2)"));
        QCOMPARE(followUpOf(stable)->what(), QStringLiteral("Follow-up due (stable, risk level 0)"));
        QCOMPARE(followUpOf(unassessed)->what(), QStringLiteral("Follow-up due (risk not yet assessed)"));

        // No contact yet: from the start of service.
        for (const QString& id : {unstable, basically, stable, unassessed})
            setCaseDates(id, {}, day(10, 20));
        QCOMPARE(followUpOf(unstable)->due, day(11, 3));
        QCOMPARE(followUpOf(basically)->due, day(11, 20));
        QCOMPARE(followUpOf(stable)->due, QDate(2027, 1, 20));
        // A contact before this stretch of service (an earlier case, or before a hospital stay)
        // counts from the start of service.
        setCaseDates(unstable, day(8, 1), day(11, 20));
        QCOMPARE(followUpOf(unstable)->due, day(12, 4));
        // Nothing to count from: nothing listed.
        setCaseDates(stable, {}, {});
        QVERIFY(!followUpOf(stable));
    }

    void followUpsAreListedFromTheHorizonOnOverdueUnstableFirst()
    {
        const QString unstable = admit(QStringLiteral("王强"));
        const QString soon = admit(QStringLiteral("李梅"));
        const QString stable = admit(QStringLiteral("赵刚"));
        const QString later = admit(QStringLiteral("孙丽"));
        setRisk(unstable, 3);
        setRisk(soon, 5);
        setRisk(stable, 0);
        setRisk(later, 1);
        setCaseDates(unstable, day(11, 8), day(9, 1));       // due 22 Nov: overdue
        setCaseDates(soon, day(11, 16), day(9, 1));          // due 30 Nov: within a week
        setCaseDates(stable, QDate(2026, 8, 10), day(8, 1)); // due 10 Nov: overdue
        setCaseDates(later, day(11, 10), day(9, 1));         // due 10 Dec: beyond the week
        // A registration overdue since the 20th (applied Friday 13th).
        const QString applied =
            CaseDriver(m_store.ws())
                .apply(samplePerson(QStringLiteral("韩梅")), hospitalApplication(day(11, 13)));

        QList<CaseDue> list = CaseDeadlines(db(), WorkingCalendar()).list(supervisor(), today());
        const auto order = [](const QList<CaseDue>& items) {
            QStringList ids;
            for (const CaseDue& d : items)
                if (d.kind == CaseDue::Kind::FollowUp || d.kind == CaseDue::Kind::Registration)
                    ids << d.clientId;
            return ids;
        };
        // Earliest first (as scripts read it); 10 December is beyond the week.
        QCOMPARE(order(list), (QStringList{stable, applied, unstable, soon}));
        // For the front page, the overdue unstable client before everything.
        CaseDeadlines::putUrgentFirst(list, today());
        QCOMPARE(order(list), (QStringList{unstable, stable, applied, soon}));
        QVERIFY(list.first().isUnstableFollowUp());
        QVERIFY(list.first().isOverdue(today()));
        // A longer horizon reaches it.
        QVERIFY(followUpOf(later, 17));
        QVERIFY(!followUpOf(later, 16));

        // Same day: the unstable follow-up before the stable one.
        setCaseDates(stable, {}, {});
        setCaseDates(later, day(10, 30), day(9, 1)); // due 30 Nov, as `soon`
        setRisk(soon, 0);
        setCaseDates(soon, day(8, 30), day(8, 1)); // due 30 Nov too
        setRisk(unstable, 3);
        setCaseDates(unstable, day(11, 16), day(9, 1)); // due 30 Nov
        const QList<CaseDue> sameDay = due(supervisor(), 7, CaseDue::Kind::FollowUp);
        QCOMPARE(sameDay.size(), 3);
        QCOMPARE(sameDay.first().clientId, unstable);
    }

    void onlyClientsInServiceAreFollowedUpAndOnlyForClinicalRoles()
    {
        const QString inService = admit(QStringLiteral("王强"));
        const QString hospitalised = admit(QStringLiteral("李梅"));
        CaseDriver(m_store.ws())
            .perform(hospitalised, CaseAction::GreenChannel,
                     because(QStringLiteral("拒绝服药"),
                             {{QStringLiteral("hospital"), QStringLiteral("北京安定医院")}}));
        const QString applied =
            CaseDriver(m_store.ws())
                .apply(samplePerson(QStringLiteral("赵刚")), hospitalApplication(today()));
        for (const QString& id : {inService, hospitalised, applied}) {
            setRisk(id, 4);
            setCaseDates(id, day(11, 1), day(9, 1));
        }
        const QList<CaseDue> followUps = due(supervisor(), 7, CaseDue::Kind::FollowUp);
        QCOMPARE(followUps.size(), 1);
        QCOMPARE(followUps.first().clientId, inService);
        // The interval would tell the front desk the risk band: not theirs to see.
        const Actor frontDesk =
            addAccount(m_store.ws(), QStringLiteral("li.na"), QStringLiteral("李娜"), Role::FrontDesk);
        QVERIFY(due(frontDesk, 7, CaseDue::Kind::FollowUp).isEmpty());
    }

    void todaysAppointmentsAreOnTheList()
    {
        const QString wang = admit(QStringLiteral("王强"));
        const QString li = admit(QStringLiteral("李梅"));
        addSession(wang, QStringLiteral("zhao.min"), day(11, 16), QStringLiteral("10:00"),
                   QStringLiteral("life_skills"), today(), QStringLiteral("14:00"));
        addSession(li, QStringLiteral("wang.li"), day(11, 16), QStringLiteral("10:00"),
                   QStringLiteral("life_skills"), today().addDays(1), QStringLiteral("09:00"));
        const Actor frontDesk =
            addAccount(m_store.ws(), QStringLiteral("li.na"), QStringLiteral("李娜"), Role::FrontDesk);
        for (const Actor& actor : {supervisor(), frontDesk}) {
            const QList<CaseDue> appointments = due(actor, 7, CaseDue::Kind::Appointment);
            QCOMPARE(appointments.size(), 1);
            const CaseDue& a = appointments.first();
            QCOMPARE(a.clientId, wang);
            QCOMPARE(a.clientName, QStringLiteral("王强"));
            QCOMPARE(a.due, today());
            QVERIFY(!a.isOverdue(today()));
            QCOMPARE(a.state, CaseState::InService);
            QCOMPARE(a.what(), QStringLiteral("Appointment at 14:00 with 赵敏"));
        }
        // Seen this morning: done.
        addSession(wang, QStringLiteral("zhao.min"), today(), QStringLiteral("08:30"),
                   QStringLiteral("life_skills"));
        QVERIFY(due(supervisor(), 7, CaseDue::Kind::Appointment).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "TestSchedule.moc"
