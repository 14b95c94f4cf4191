#include "SignedDocumentSamples.h"

#include "centre/CentreSettings.h"
#include "documents/ServiceGate.h"
#include "sessions/GroupActivityRepository.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/Transaction.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

// Group meetings as a centre plans and records them: the rules of a meeting and its roster, weekly
// series, attendance as a service for each client present, saved groups, and the demo's history.
class TestGroupActivities : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;
    Actor m_caseManager;
    QString m_itemKey;

    Database& db() { return m_store.db(); }
    Journal& journal() { return m_store.journal(); }
    GroupActivityRepository repo() { return GroupActivityRepository(journal()); }
    QDate today() const { return m_store.today(); }

    // A client in service since 2 November; with `documents`, a consent and an agreement in force.
    QString client(const QString& name, bool documents = true)
    {
        const QDate from(2026, 11, 2);
        const QString id = CaseDriver(m_store.ws())
                               .admit(samplePerson(name), hospitalApplication(from), CaseState::InService);
        if (documents) {
            signedOk(journal(), m_caseManager, sampleConsent(id, from));
            signedOk(journal(), m_caseManager, sampleAgreement(id, from, m_itemKey));
        }
        return id;
    }

    GroupActivity meeting(const QDate& on, const QStringList& clients = {})
    {
        GroupActivity a;
        a.topic = QStringLiteral("服药自我管理");
        a.facilitators = {m_caseManager.username};
        a.heldOn = on;
        a.startsAt = QTime(14, 0);
        a.minutes = 90;
        a.content = QStringLiteral("medication_training");
        a.capacity = 12;
        for (const QString& id : clients)
            a.roster.append({id, {}, {}, {}});
        return a;
    }

    QString created(const GroupActivity& a)
    {
        const Result<GroupActivityRepository::Saved> r = repo().create(m_caseManager, a);
        if (!r)
            qFatal("create failed: %s", qPrintable(r.error().describe()));
        return r.value().ids.value(0);
    }

    static GroupActivity::Attendee mark(const QString& id, bool present, const QString& note = {})
    {
        return {id, {}, present, note};
    }

    qint64 count(const char* sql, const QString& arg = {})
    {
        Statement s = db().prepare(sql);
        if (!arg.isNull())
            s.bind(1, arg);
        return s.step() ? s.int64(0) : -1;
    }

    QString lastContact(const QString& clientId)
    {
        Statement s = db().prepare("SELECT last_contact_on FROM case_files WHERE client_id = ?");
        s.bind(1, clientId);
        return s.step() ? s.text(0) : QStringLiteral("no case");
    }

private Q_SLOTS:
    void init()
    {
        m_store.open(kMondayMorning);
        m_caseManager =
            addAccount(m_store.ws(), QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::CaseManager);
        m_itemKey = addDayTraining(journal(), m_store.ws().actor());
    }
    void cleanup() { m_store.close(); }

    void createsAMeetingWithItsRoster()
    {
        const QString a = client(QStringLiteral("王强"));
        const QString b = client(QStringLiteral("李娜"));
        const qint64 pending = Outbox(db()).pendingCount();
        GroupActivity in = meeting(today(), {a, b, a}); // a repeat is dropped
        in.place = ServicePlace::Community;
        in.notes = QStringLiteral("  社区活动室  ");
        const Result<GroupActivityRepository::Saved> r = repo().create(m_caseManager, in);
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().ids.size(), 1);
        QVERIFY(r.value().warnings.isEmpty());
        QCOMPARE(Outbox(db()).pendingCount(), pending + 1);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'group_activity' AND entity_id = ? "
                       "AND action = 'create'",
                       r.value().ids[0]),
                 qint64(1));

        const GroupActivity out = repo().find(m_caseManager, r.value().ids[0]).value();
        QCOMPARE(out.topic, in.topic);
        QCOMPARE(out.facilitators, QStringList{QStringLiteral("zhao.min")});
        QCOMPARE(out.heldOn, today());
        QCOMPARE(out.startsAt, QTime(14, 0));
        QCOMPARE(out.form, QStringLiteral("group_work"));
        QCOMPARE(out.place, ServicePlace::Community);
        QCOMPARE(out.notes, QStringLiteral("社区活动室"));
        QVERIFY(out.seriesId.isEmpty());
        QCOMPARE(out.createdBy, QStringLiteral("zhao.min"));
        QVERIFY(!out.attendanceTaken());
        QCOMPARE(out.roster.size(), 2);
        QCOMPARE(out.roster[0].clientName, QStringLiteral("李娜")); // in pinyin order: li before wang
        QVERIFY(!out.roster[0].present.has_value());

        // The front desk sees who is booked, not the notes.
        const Actor desk =
            addAccount(m_store.ws(), QStringLiteral("qian.hui"), QStringLiteral("钱慧"), Role::FrontDesk);
        const GroupActivity seen = repo().find(desk, out.id).value();
        QCOMPARE(seen.roster.size(), 2);
        QVERIFY(seen.notes.isEmpty());
        QCOMPARE(repo().create(desk, in).error().code, int(GroupActivityRepository::NotPermitted));
        QCOMPARE(repo().between(desk, today(), today()).value().size(), 1);
    }

    void refusesBadFieldsNamingEach()
    {
        GroupActivity a = meeting(today());
        a.topic = QStringLiteral("   ");
        a.facilitators = {};
        a.minutes = 0;
        a.content = QStringLiteral("juggling");
        Result<GroupActivityRepository::Saved> r = repo().create(m_caseManager, a);
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(GroupActivityRepository::Invalid));
        QCOMPARE(r.error().field, QStringLiteral("topic"));
        const QStringList lines = r.error().message.split(QLatin1Char('\n'));
        QCOMPARE(lines, (QStringList{QStringLiteral("Enter the topic of the meeting."),
                                     QStringLiteral("Choose at least one facilitator."),
                                     QStringLiteral("A meeting lasts 1 to 720 minutes."),
                                     QStringLiteral("“juggling” is not in the list of service contents.")}));

        // A facilitator must keep case records; the front desk does not.
        addAccount(m_store.ws(), QStringLiteral("qian.hui"), QStringLiteral("钱慧"), Role::FrontDesk);
        a = meeting(today());
        a.facilitators = {m_caseManager.username, QStringLiteral("qian.hui")};
        r = repo().create(m_caseManager, a);
        QCOMPARE(r.error().field, QStringLiteral("facilitators"));
        QCOMPARE(r.error().message,
                 QStringLiteral("qian.hui is not an active staff member who keeps case records."));

        a = meeting(QDate());
        a.startsAt = QTime();
        a.capacity = 0;
        r = repo().create(m_caseManager, a);
        QCOMPARE(r.error().field, QStringLiteral("held-on"));
        QVERIFY(r.error().message.contains(QStringLiteral("time the meeting starts")));
        QVERIFY(r.error().message.contains(QStringLiteral("The capacity is 1 to 200 people.")));
        QCOMPARE(count("SELECT COUNT(*) FROM group_activities"), qint64(0));
    }

    void refusesARosterOverCapacity()
    {
        const QStringList ids{client(QStringLiteral("王强")), client(QStringLiteral("李娜")),
                              client(QStringLiteral("张伟"))};
        GroupActivity a = meeting(today(), ids);
        a.capacity = 2;
        const Result<GroupActivityRepository::Saved> r = repo().create(m_caseManager, a);
        QCOMPARE(r.error().code, int(GroupActivityRepository::OverCapacity));
        QCOMPARE(r.error().field, QStringLiteral("roster"));
        QCOMPARE(r.error().message, QStringLiteral("The roster has 3 people but the capacity is 2."));
        a.capacity = 3;
        KQ_VERIFY_OK(repo().create(m_caseManager, a));
    }

    void gatesTheRosterNamingTheClient()
    {
        const QString ok = client(QStringLiteral("王强"));
        const QString unsignedClient = client(QStringLiteral("李娜"), false);
        Result<GroupActivityRepository::Saved> r =
            repo().create(m_caseManager, meeting(today(), {ok, unsignedClient}));
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(ServiceGate::Missing));
        QCOMPARE(r.error().field, QStringLiteral("roster"));
        QCOMPARE(r.error().message, QStringLiteral("李娜: No signed consent form in force on 2026-11-23.\n"
                                                   "李娜: No service agreement in force on 2026-11-23."));

        // Registered but not yet in service.
        const QString waiting =
            CaseDriver(m_store.ws())
                .apply(samplePerson(QStringLiteral("张伟")), hospitalApplication(today()));
        r = repo().create(m_caseManager, meeting(today(), {ok, waiting}));
        QCOMPARE(r.error().code, int(GroupActivityRepository::NotInService));
        QVERIFY2(r.error().message.startsWith(QStringLiteral("张伟 is not in service")),
                 qPrintable(r.error().message));

        // Warn mode: saved, with the warnings naming her.
        const Actor admin =
            addAccount(m_store.ws(), QStringLiteral("sun.li"), QStringLiteral("孙立"), Role::Administrator);
        CentreSettings settings = CentreSettings::load(db());
        KQ_VERIFY_OK(settings.setServiceGate(journal(), admin, CentreSettings::GateMode::Warn));
        r = repo().create(m_caseManager, meeting(today(), {ok, unsignedClient}));
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().warnings,
                 (QStringList{QStringLiteral("李娜: No signed consent form in force on 2026-11-23."),
                              QStringLiteral("李娜: No service agreement in force on 2026-11-23.")}));
    }

    void repeatsWeeklyWithTheSameRoster()
    {
        const QStringList ids{client(QStringLiteral("王强")), client(QStringLiteral("李娜"))};
        const GroupActivity a = meeting(today(), ids);
        Result<GroupActivityRepository::Saved> r = repo().create(m_caseManager, a, QDate(2026, 12, 16));
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().ids.size(), 4);
        const QList<GroupActivity> series =
            repo().between(m_caseManager, today(), QDate(2026, 12, 31)).value();
        QCOMPARE(series.size(), 4);
        QList<QDate> days;
        for (const GroupActivity& m : series) {
            days << m.heldOn;
            QVERIFY(!m.seriesId.isEmpty());
            QCOMPARE(m.seriesId, series[0].seriesId);
            QCOMPARE(m.roster.size(), 2);
            QCOMPARE(m.topic, a.topic);
        }
        QCOMPARE(days, (QList<QDate>{QDate(2026, 11, 23), QDate(2026, 11, 30), QDate(2026, 12, 7),
                                     QDate(2026, 12, 14)}));
        QCOMPARE(
            count("SELECT COUNT(*) FROM audit_log WHERE entity = 'group_activity' AND action = 'create'"),
            qint64(4));

        // At most a year of weeks.
        const QDate last = today().addDays(7 * (GroupActivity::kMaxWeeks - 1));
        r = repo().create(m_caseManager, a, last.addDays(7));
        QCOMPARE(r.error().field, QStringLiteral("repeat-until"));
        QCOMPARE(r.error().message, QStringLiteral("A weekly series has at most 52 meetings; end it by %1.")
                                        .arg(last.toString(Qt::ISODate)));
        QCOMPARE(repo().create(m_caseManager, a, today().addDays(-1)).error().field,
                 QStringLiteral("repeat-until"));
        // The agreements end on 2027-11-01: each client is named once, for the first meeting after.
        r = repo().create(m_caseManager, a, last);
        QCOMPARE(r.error().code, int(ServiceGate::Missing));
        QCOMPARE(r.error().message.count(QLatin1Char('\n')), 1);
        QVERIFY(r.error().message.contains(QStringLiteral("2027-11-08")));
        r = repo().create(m_caseManager, meeting(today()), last);
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().ids.size(), GroupActivity::kMaxWeeks);
    }

    void attendanceCountsForEachClientPresent()
    {
        const QString a = client(QStringLiteral("王强"));
        const QString b = client(QStringLiteral("李娜"));
        const QString c = client(QStringLiteral("张伟"));
        const QString id = created(meeting(today(), {a, b, c}));
        QCOMPARE(lastContact(a), QString());

        // Every client on the roster is marked.
        Result<GroupActivityRepository::Saved> r = repo().takeAttendance(m_caseManager, id, {mark(a, true)});
        QCOMPARE(r.error().field, QStringLiteral("attendance"));
        QCOMPARE(r.error().message, QStringLiteral("Mark whether each client was present: 李娜, 张伟."));
        r = repo().takeAttendance(
            m_caseManager, id,
            {mark(a, true), mark(b, false, QString(501, QLatin1Char('x'))), mark(c, true)});
        QCOMPARE(r.error().field, QStringLiteral("note-") + b);

        const qint64 pending = Outbox(db()).pendingCount();
        r = repo().takeAttendance(
            m_caseManager, id, {mark(a, true, QStringLiteral(" 主动发言 ")), mark(b, false), mark(c, true)});
        KQ_VERIFY_OK(r);
        QCOMPARE(Outbox(db()).pendingCount(), pending + 1);
        const GroupActivity m = repo().find(m_caseManager, id).value();
        QVERIFY(m.attendanceTaken());
        QCOMPARE(m.presentCount(), 2);
        QCOMPARE(lastContact(a), QStringLiteral("2026-11-23"));
        QCOMPARE(lastContact(b), QString());
        QCOMPARE(lastContact(c), QStringLiteral("2026-11-23"));

        const QList<GroupAttendance> history = repo().forClient(m_caseManager, a).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].activityId, id);
        QCOMPARE(history[0].present, std::optional<bool>(true));
        QCOMPARE(history[0].note, QStringLiteral("主动发言"));
        QCOMPARE(history[0].facilitators, QStringList{QStringLiteral("zhao.min")});
        QCOMPARE(repo().forClient(m_caseManager, b).value()[0].present, std::optional<bool>(false));

        // A correction: she came late after all. Audited as another update.
        KQ_VERIFY_OK(repo().takeAttendance(m_caseManager, id, {mark(a, true), mark(b, true), mark(c, true)}));
        QCOMPARE(repo().find(m_caseManager, id).value().presentCount(), 3);
        QCOMPARE(lastContact(b), QStringLiteral("2026-11-23"));
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND action = 'update'", id),
                 qint64(2));
    }

    void attendanceWaitsForTheDay()
    {
        const QString a = client(QStringLiteral("王强"));
        const QString id = created(meeting(today().addDays(1), {a}));
        Result<GroupActivityRepository::Saved> r = repo().takeAttendance(m_caseManager, id, {mark(a, true)});
        QCOMPARE(r.error().code, int(GroupActivityRepository::TooEarly));
        QCOMPARE(r.error().message, QStringLiteral("Attendance is taken on or after the day of the meeting "
                                                   "(2026-11-24)."));
        // 23:30 the same evening in Beijing is still Monday.
        m_store.clock().set(QDateTime(QDate(2026, 11, 23), QTime(15, 30), Qt::UTC));
        QCOMPARE(repo().takeAttendance(m_caseManager, id, {mark(a, true)}).error().code,
                 int(GroupActivityRepository::TooEarly));
        m_store.clock().set(QDateTime(QDate(2026, 11, 23), QTime(16, 30), Qt::UTC));
        KQ_VERIFY_OK(repo().takeAttendance(m_caseManager, id, {mark(a, true)}));
    }

    void removesOnlyBeforeAttendance()
    {
        const QString a = client(QStringLiteral("王强"));
        const QString planned = created(meeting(today(), {a}));
        KQ_VERIFY_OK(repo().remove(m_caseManager, planned));
        QCOMPARE(repo().find(m_caseManager, planned).error().code, int(GroupActivityRepository::NotFound));
        QCOMPARE(count("SELECT COUNT(*) FROM group_attendance"), qint64(0));

        const QString held = created(meeting(today(), {a}));
        KQ_VERIFY_OK(repo().takeAttendance(m_caseManager, held, {mark(a, false)}));
        QCOMPARE(repo().remove(m_caseManager, held).error().code, int(GroupActivityRepository::Locked));
        KQ_VERIFY_OK(repo().find(m_caseManager, held));
    }

    void updateKeepsAttendanceOfThoseWhoStay()
    {
        const QString a = client(QStringLiteral("王强"));
        const QString b = client(QStringLiteral("李娜"));
        const QString c = client(QStringLiteral("张伟"));
        const QString id = created(meeting(today(), {a, b}));
        KQ_VERIFY_OK(
            repo().takeAttendance(m_caseManager, id, {mark(a, true, QStringLiteral("好")), mark(b, true)}));
        QCOMPARE(lastContact(b), QStringLiteral("2026-11-23"));

        GroupActivity m = repo().find(m_caseManager, id).value();
        m.topic = QStringLiteral("服药自我管理（二）");
        m.roster = {{a, {}, {}, {}}, {c, {}, {}, {}}};
        const qint64 pending = Outbox(db()).pendingCount();
        KQ_VERIFY_OK(repo().update(m_caseManager, m));
        QCOMPARE(Outbox(db()).pendingCount(), pending + 1);
        const GroupActivity out = repo().find(m_caseManager, id).value();
        QCOMPARE(out.topic, m.topic);
        QCOMPARE(out.roster.size(), 2);
        QCOMPARE(out.roster[0].clientId, a);
        QCOMPARE(out.roster[0].present, std::optional<bool>(true));
        QCOMPARE(out.roster[0].note, QStringLiteral("好"));
        QCOMPARE(out.roster[1].clientId, c);
        QVERIFY(!out.roster[1].present);
        QCOMPARE(lastContact(b), QString()); // no longer attended anything

        // Nothing changed: nothing written.
        KQ_VERIFY_OK(repo().update(m_caseManager, out));
        QCOMPARE(Outbox(db()).pendingCount(), pending + 1);
        // Attendance taken: the meeting cannot move into the future.
        m = out;
        m.heldOn = today().addDays(1);
        QCOMPARE(repo().update(m_caseManager, m).error().code, int(GroupActivityRepository::TooEarly));
    }

    void savedGroupsAreReplacedByName()
    {
        const QString a = client(QStringLiteral("王强"));
        const QString b = client(QStringLiteral("李娜"));
        const qint64 pending = Outbox(db()).pendingCount();
        const Result<QString> first = repo().saveGroup(m_caseManager, QStringLiteral("周一服药小组"), {a, b});
        KQ_VERIFY_OK(first);
        KQ_VERIFY_OK(repo().saveGroup(m_caseManager, QStringLiteral("周三社交小组"), {b}));
        const Result<QString> again = repo().saveGroup(m_caseManager, QStringLiteral(" 周一服药小组 "), {b});
        QCOMPARE(again.value(), first.value());
        QList<SavedGroup> groups = repo().savedGroups(m_caseManager).value();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].name, QStringLiteral("周一服药小组"));
        QCOMPARE(groups[0].members, QStringList{b});
        QCOMPARE(repo().saveGroup(m_caseManager, QString(), {a}).error().field, QStringLiteral("name"));
        QCOMPARE(repo().saveGroup(m_caseManager, QStringLiteral("空"), {}).error().field,
                 QStringLiteral("members"));

        KQ_VERIFY_OK(repo().removeGroup(m_caseManager, first.value()));
        QCOMPARE(repo().savedGroups(m_caseManager).value().size(), 1);
        QCOMPARE(repo().removeGroup(m_caseManager, first.value()).error().code,
                 int(GroupActivityRepository::NotFound));
        QCOMPARE(Outbox(db()).pendingCount(), pending); // a working list of this centre, not synced
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'saved_group'"), qint64(4));
    }

    void frontDeskBooksClientsOntoAMeeting()
    {
        const QString wang = client(QStringLiteral("王强"));
        const QString li = client(QStringLiteral("李娜"));
        const QString zhang = client(QStringLiteral("张伟"));
        const QString zhou = client(QStringLiteral("周芳"));
        const QString unsignedClient = client(QStringLiteral("赵敏"), false);
        GroupActivity planned = meeting(today().addDays(2), {wang});
        planned.capacity = 3;
        const QString id = created(planned);
        // A row the booking must leave as it is (a note kept with wang's place).
        db().prepare("UPDATE group_attendance SET note = '需要提醒服药' WHERE client_id = ?")
            .bindAll(wang)
            .exec();

        const Actor desk =
            addAccount(m_store.ws(), QStringLiteral("qian.hui"), QStringLiteral("钱慧"), Role::FrontDesk);
        const qint64 pending = Outbox(db()).pendingCount();
        Result<GroupActivityRepository::Saved> r = repo().book(desk, id, {wang, li, zhang, li});
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().ids, QStringList{id});
        QVERIFY(r.value().warnings.isEmpty());
        QCOMPARE(Outbox(db()).pendingCount(), pending + 1);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'group_activity' AND entity_id = ? "
                       "AND action = 'update' AND fields = 'roster'",
                       id),
                 qint64(1));
        GroupActivity out = repo().find(m_caseManager, id).value();
        QStringList ids;
        for (const GroupActivity::Attendee& a : out.roster)
            ids << a.clientId;
        QCOMPARE(ids, (QStringList{li, wang, zhang})); // in pinyin order
        QCOMPARE(out.roster[1].note, QStringLiteral("需要提醒服药"));
        QCOMPARE(out.topic, planned.topic); // the details are not the front desk's
        // The front desk sees the roster, not the notes.
        QVERIFY(repo().find(desk, id).value().roster[1].note.isEmpty());

        // The same people again: nothing written.
        KQ_VERIFY_OK(repo().book(desk, id, {zhang, wang, li}));
        QCOMPARE(Outbox(db()).pendingCount(), pending + 1);

        // Over capacity: the client without a place is named; one taken off makes room.
        r = repo().book(desk, id, {li, wang, zhang, zhou});
        QCOMPARE(r.error().code, int(GroupActivityRepository::OverCapacity));
        QCOMPARE(r.error().field, QStringLiteral("roster"));
        QCOMPARE(r.error().message, QStringLiteral("The meeting holds 3 people; there is no room for 周芳."));
        KQ_VERIFY_OK(repo().book(desk, id, {wang, zhang, zhou}));
        QCOMPARE(repo().find(desk, id).value().roster.size(), 3);

        // The gate names the client booked now; nothing is written.
        r = repo().book(desk, id, {wang, unsignedClient});
        QCOMPARE(r.error().code, int(ServiceGate::Missing));
        QCOMPARE(r.error().message, QStringLiteral("赵敏: No signed consent form in force on 2026-11-25.\n"
                                                   "赵敏: No service agreement in force on 2026-11-25."));
        QCOMPARE(repo().find(desk, id).value().roster.size(), 3);

        // Booking is all the front desk does to a meeting.
        QCOMPARE(repo().update(desk, out).error().code, int(GroupActivityRepository::NotPermitted));
        QCOMPARE(repo().remove(desk, id).error().code, int(GroupActivityRepository::NotPermitted));
        QCOMPARE(repo().takeAttendance(desk, id, {mark(wang, true)}).error().code,
                 int(GroupActivityRepository::NotPermitted));
        const Actor admin =
            addAccount(m_store.ws(), QStringLiteral("sun.li"), QStringLiteral("孙立"), Role::Administrator);
        QCOMPARE(repo().book(admin, id, {wang}).error().code, int(GroupActivityRepository::NotPermitted));
        QCOMPARE(repo().book(desk, QStringLiteral("no-such-meeting"), {wang}).error().code,
                 int(GroupActivityRepository::NotFound));
    }

    void bookingStopsOnceAttendanceIsTaken()
    {
        const QString wang = client(QStringLiteral("王强"));
        const QString li = client(QStringLiteral("李娜"));
        const QString id = created(meeting(today(), {wang}));
        const Actor desk =
            addAccount(m_store.ws(), QStringLiteral("qian.hui"), QStringLiteral("钱慧"), Role::FrontDesk);
        KQ_VERIFY_OK(repo().book(desk, id, {wang, li}));
        KQ_VERIFY_OK(repo().takeAttendance(m_caseManager, id,
                                           {mark(wang, true, QStringLiteral("好")), mark(li, false)}));
        const qint64 pending = Outbox(db()).pendingCount();
        const Result<GroupActivityRepository::Saved> r = repo().book(desk, id, {wang});
        QCOMPARE(r.error().code, int(GroupActivityRepository::Locked));
        QCOMPARE(Outbox(db()).pendingCount(), pending);
        const GroupActivity out = repo().find(m_caseManager, id).value();
        QCOMPARE(out.roster.size(), 2);
        QCOMPARE(out.presentCount(), 1);
        QCOMPARE(out.roster[1].note, QStringLiteral("好")); // wang, after li
        QCOMPARE(lastContact(wang), QStringLiteral("2026-11-23"));
    }

    void frontDeskKeepsSavedGroups()
    {
        const QString a = client(QStringLiteral("王强"));
        const QString b = client(QStringLiteral("李娜"));
        const Actor desk =
            addAccount(m_store.ws(), QStringLiteral("qian.hui"), QStringLiteral("钱慧"), Role::FrontDesk);
        const Result<QString> saved = repo().saveGroup(desk, QStringLiteral("周一服药小组"), {a, b});
        KQ_VERIFY_OK(saved);
        QCOMPARE(repo().savedGroups(m_caseManager).value().value(0).members, (QStringList{a, b}));
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'saved_group' AND actor = 'qian.hui'"),
                 qint64(1));
        KQ_VERIFY_OK(repo().removeGroup(desk, saved.value()));
        QVERIFY(repo().savedGroups(desk).value().isEmpty());
        const Actor admin =
            addAccount(m_store.ws(), QStringLiteral("sun.li"), QStringLiteral("孙立"), Role::Administrator);
        QCOMPARE(repo().saveGroup(admin, QStringLiteral("周一服药小组"), {a}).error().code,
                 int(GroupActivityRepository::NotPermitted));
    }

    void importsHistoryWithoutOutbox()
    {
        const QString a = client(QStringLiteral("王强"));
        const QString b = client(QStringLiteral("李娜"), false); // history is not gated
        const qint64 pending = Outbox(db()).pendingCount();
        const qint64 audited = count("SELECT COUNT(*) FROM audit_log");
        QList<GroupActivity> history;
        for (int week = 3; week >= 1; --week) {
            GroupActivity m = meeting(today().addDays(-7 * week), {a, b});
            m.roster[0].present = true;
            m.roster[1].present = week != 1;
            m.attendanceTakenAt = m_store.clock().now().addDays(-7 * week);
            history << m;
        }
        {
            Transaction tx(db());
            const Result<int> r = repo().importHistory(m_caseManager, history);
            KQ_VERIFY_OK(r);
            QCOMPARE(r.value(), 3);
            tx.commit();
        }
        QCOMPARE(Outbox(db()).pendingCount(), pending);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log"), audited + 1);
        QCOMPARE(
            count("SELECT COUNT(*) FROM audit_log WHERE action = 'import' AND entity = 'group_activity'"),
            qint64(1));
        const QList<GroupActivity> stored =
            repo().between(m_caseManager, today().addDays(-30), today()).value();
        QCOMPARE(stored.size(), 3);
        QVERIFY(stored[0].attendanceTaken());
        QCOMPARE(stored[2].presentCount(), 1);
        QCOMPARE(lastContact(a), QStringLiteral("2026-11-16"));
        QCOMPARE(lastContact(b), QStringLiteral("2026-11-09"));

        // Checked field by field: one bad meeting refuses the batch.
        history = {meeting(today().addDays(-1), {a})};
        history[0].topic.clear();
        Transaction tx(db());
        const Result<int> bad = repo().importHistory(m_caseManager, history);
        QVERIFY(!bad);
        QCOMPARE(bad.error().message,
                 QStringLiteral("Meeting 1 (2026-11-22): Enter the topic of the meeting."));
    }
};

QTEST_GUILESS_MAIN(TestGroupActivities)
#include "TestGroupActivities.moc"
