#include "TestStore.h"

#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "clients/ClientRepository.h"
#include "lifecycle/CalendarRepository.h"
#include "lifecycle/CaseDeadlines.h"
#include "lifecycle/LifecycleRules.h"
#include "lifecycle/LifecycleService.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Outbox.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kq;
using namespace kq::test;

namespace {

// Monday 2026-11-23, 09:00 Beijing time.
const QDateTime kStart(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC);

ClientRecord person(const QString& name, const QString& idNumber)
{
    ClientRecord r;
    r.name = name;
    r.gender = Gender::Female;
    r.birthDate = QDate(1985, 6, 1);
    r.idNumber = idNumber;
    r.residenceCounty = QStringLiteral("110105");
    return r;
}

Application voluntary(const QDate& on)
{
    Application a;
    a.wayIn = WayIn::Voluntary;
    a.appliedOn = on;
    a.applicant = QStringLiteral("guardian");
    return a;
}

CaseInput because(const QString& reason, QVariantMap details = {})
{
    CaseInput in;
    in.reason = reason;
    in.details = std::move(details);
    return in;
}

} // namespace

class TestLifecycleService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    Actor m_frontDesk;

    Database& db() { return m_ws->database(); }
    LifecycleService service() { return LifecycleService(m_ws->journal()); }
    const Actor& supervisor() { return m_ws->actor(); }
    QDate today() const { return m_clock->now().toLocalTime().date(); }

    QString status(const QString& id)
    {
        Statement s = db().prepare("SELECT status FROM clients WHERE id = ?");
        s.bind(1, id);
        return s.step() ? s.text(0) : QString();
    }

    QString applyFor(const QString& name, const QString& idNumber, const Application& app)
    {
        Result<ClientRepository::Saved> saved = service().apply(supervisor(), person(name, idNumber), app);
        if (!saved)
            qFatal("apply failed: %s", qPrintable(saved.error().describe()));
        return saved.value().id;
    }

    void perform(const QString& id, CaseAction a, const CaseInput& in = {})
    {
        const Result<CaseState> r = service().perform(supervisor(), id, a, in);
        if (!r)
            qFatal("%s failed: %s", qPrintable(CaseActions::key(a)), qPrintable(r.error().describe()));
    }

    // An intake assessment and its plan, as AssessmentRepository will write them.
    void assessAndPlan(const QString& id, const QString& kind = QStringLiteral("intake"))
    {
        const QString assessment = QStringLiteral("a-") + id + kind;
        db().prepare(
                "INSERT INTO assessments(id, client_id, kind, assessed_on, participants, outcome, details, "
                "created_by, created_at) VALUES (?, ?, ?, ?, '[]', ?, '{}', 'wang.li', ?)")
            .bindAll(assessment, id, kind, today().toString(Qt::ISODate),
                     kind == u"transfer" ? QStringLiteral("employment") : QString(), m_clock->nowIso())
            .exec();
        if (kind == u"intake")
            db().prepare("INSERT INTO plans(id, client_id, assessment_id, starts_on, review_on, responsible, "
                         "goals, services, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'wang.li', '[]', "
                         "'[]', 'wang.li', ?)")
                .bindAll(QStringLiteral("p-") + id, id, assessment, today().toString(Qt::ISODate),
                         today().addMonths(6).toString(Qt::ISODate), m_clock->nowIso())
                .exec();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>(kStart);
        createStore(pathsIn(*m_dir), *m_clock);
        m_ws = std::make_unique<Workspace>(pathsIn(*m_dir), *m_clock);
        KQ_VERIFY_OK(m_ws->unlock(sampleSetup().username, secret(kPassword)));
        Result<Account> a = AccountService(*m_ws, KdfParams::fastest())
                                .create(QStringLiteral("li.na"), QStringLiteral("李娜"), Role::FrontDesk,
                                        secret(QStringLiteral("Front-Desk-Pass-42")));
        QVERIFY(a.ok());
        m_frontDesk = Actor{a.value().id, a.value().username, a.value().displayName, a.value().role};
    }

    void cleanup()
    {
        m_ws.reset();
        m_dir.reset();
    }

    void applicationOpensTheCaseInOneTransaction()
    {
        const qint64 outboxBefore = Outbox(db()).pendingCount();
        const QString id = applyFor(QStringLiteral("陈静"), QStringLiteral("110105198506011225"),
                                    voluntary(today().addDays(-1)));
        QCOMPARE(status(id), QStringLiteral("applied"));
        const std::optional<CaseFacts> f = service().facts(id);
        QVERIFY(f);
        QCOMPARE(f->state, CaseState::Applied);
        QCOMPARE(f->wayIn, WayIn::Voluntary);
        QCOMPARE(f->appliedOn, today().addDays(-1));
        const QList<CaseEvent> events = service().events(supervisor(), id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].action, QStringLiteral("apply"));
        QCOMPARE(events[0].to, CaseState::Applied);
        QCOMPARE(service().application(id)->applicant, QStringLiteral("guardian"));
        // The client, its application event and (no guardians) nothing else go to the platform.
        QCOMPARE(Outbox(db()).pendingCount(), outboxBefore + 2);

        // A bad application saves nothing, not even the client.
        Application bad = voluntary(today().addDays(2));
        const qint64 clients = db().queryInt("SELECT count(*) FROM clients");
        const Result<ClientRepository::Saved> r =
            service().apply(supervisor(), person(QStringLiteral("周明"), {}), bad);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("applied-on"));
        QCOMPARE(db().queryInt("SELECT count(*) FROM clients"), clients);
    }

    void aCaseWalksFromApplicationToClosure()
    {
        const QString id = applyFor(QStringLiteral("陈静"), QStringLiteral("110105198506011225"),
                                    voluntary(today().addDays(-3)));
        // Registration waits for the social worker's needs review.
        Result<CaseState> r = service().perform(supervisor(), id, CaseAction::Register, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(LifecycleRules::Precondition));
        QCOMPARE(status(id), QStringLiteral("applied"));
        perform(id, CaseAction::ReviewNeeds, because(QStringLiteral("需要日间训练和家庭支持")));
        perform(id, CaseAction::Register);
        perform(id, CaseAction::ReferToCentre,
                because({}, {{QStringLiteral("centre"), QStringLiteral("本中心")}}));
        perform(id, CaseAction::AcceptReferral);
        QCOMPARE(status(id), QStringLiteral("assessing"));

        r = service().perform(supervisor(), id, CaseAction::CompleteIntake, {});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith(QStringLiteral("No intake assessment yet")));
        assessAndPlan(id);
        perform(id, CaseAction::CompleteIntake);
        CaseInput paper;
        paper.document = QStringLiteral("纸质协议 2026-118");
        perform(id, CaseAction::StartService, paper);
        QCOMPARE(status(id), QStringLiteral("in_service"));
        QVERIFY(service().facts(id)->agreementSigned);

        // Green channel and back.
        perform(id, CaseAction::GreenChannel,
                because(QStringLiteral("拒绝服药，夜间吵闹"),
                        {{QStringLiteral("hospital"), QStringLiteral("北京安定医院")}}));
        QCOMPARE(status(id), QStringLiteral("hospitalised"));
        perform(id, CaseAction::ResumeService);
        QCOMPARE(status(id), QStringLiteral("in_service"));

        assessAndPlan(id, QStringLiteral("transfer"));
        perform(id, CaseAction::Close,
                because({}, {{QStringLiteral("follow_up_on"), today().addMonths(1).toString(Qt::ISODate)}}));
        QCOMPARE(status(id), QStringLiteral("closed"));
        QCOMPARE(service().facts(id)->followUpDue, today().addMonths(1));

        const QList<CaseEvent> events = service().events(supervisor(), id);
        QStringList actions;
        for (const CaseEvent& e : events)
            actions << e.action;
        QCOMPARE(actions.join(QLatin1Char(' ')),
                 QStringLiteral("apply review-needs register refer-to-centre accept-referral complete-intake "
                                "start-service green-channel resume-service close"));
        QCOMPARE(events[7].details.value(QStringLiteral("hospital")).toString(),
                 QStringLiteral("北京安定医院"));
        QCOMPARE(events[7].from, CaseState::InService);
        QCOMPARE(events[7].actor, QStringLiteral("wang.li"));
        // The front desk sees what happened, not why.
        const QList<CaseEvent> seen = service().events(m_frontDesk, id);
        QCOMPARE(seen.size(), events.size());
        QVERIFY(seen[7].reason.isEmpty());
        QVERIFY(seen[7].details.isEmpty());
        // The audit log holds field names only: no reason text.
        Statement s = db().prepare("SELECT count(*) FROM audit_log WHERE instr(fields, ?) > 0");
        s.bind(1, QStringLiteral("拒绝服药"));
        QVERIFY(s.step());
        QCOMPARE(s.int64(0), 0);
        QVERIFY(!AuditLog(db()).verify());
    }

    void refusedActionsChangeNothing()
    {
        const QString id =
            applyFor(QStringLiteral("陈静"), QStringLiteral("110105198506011225"), voluntary(today()));
        const qint64 audit = AuditLog(db()).count();
        const qint64 events = db().queryInt("SELECT count(*) FROM case_events");
        QVERIFY(!service().perform(supervisor(), id, CaseAction::Close, {}).ok());
        QVERIFY(!service()
                     .perform(supervisor(), id, CaseAction::DeclineRegistration, because(QStringLiteral(" ")))
                     .ok());
        QVERIFY(
            !service().perform(m_frontDesk, id, CaseAction::ReviewNeeds, because(QStringLiteral("x"))).ok());
        QVERIFY(
            !service().perform(supervisor(), QStringLiteral("no-such-id"), CaseAction::Register, {}).ok());
        QCOMPARE(AuditLog(db()).count(), audit);
        QCOMPARE(db().queryInt("SELECT count(*) FROM case_events"), events);
        QCOMPARE(status(id), QStringLiteral("applied"));
    }

    void frontDeskTakesApplicationsButNotClinicalSteps()
    {
        Application hospital;
        hospital.wayIn = WayIn::Hospital;
        hospital.appliedOn = today();
        hospital.hospital = QStringLiteral("北京回龙观医院");
        hospital.patientConsented = true;
        const Result<ClientRepository::Saved> saved =
            service().apply(m_frontDesk, person(QStringLiteral("陈静"), {}), hospital);
        QVERIFY(saved.ok());
        const QString id = saved.value().id;
        QVERIFY(service().perform(m_frontDesk, id, CaseAction::Register, {}).ok()); // no review for (a)
        const Result<CaseState> r = service().perform(
            m_frontDesk, id, CaseAction::GreenChannel,
            because(QStringLiteral("x"), {{QStringLiteral("hospital"), QStringLiteral("y")}}));
        QCOMPARE(r.error().code, int(LifecycleService::NotPermitted));
    }

    void transferredOutRecordsAreReadOnly()
    {
        const QString id =
            applyFor(QStringLiteral("陈静"), QStringLiteral("110105198506011225"), voluntary(today()));
        perform(id, CaseAction::ReviewNeeds, because(QStringLiteral("需要")));
        perform(id, CaseAction::Register);
        perform(
            id, CaseAction::TransferOut,
            because(QStringLiteral("搬家到海淀"), {{QStringLiteral("county"), QStringLiteral("110108")}}));
        QCOMPARE(status(id), QStringLiteral("transferred_out"));
        ClientRepository clients(m_ws->journal());
        ClientRecord r = *clients.load(supervisor(), id);
        r.address = QStringLiteral("新地址");
        const Result<ClientRepository::Saved> saved = clients.update(supervisor(), r);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, int(ClientRepository::ReadOnly));
    }

    void editingTheRecordNeverMovesTheCase()
    {
        const QString id =
            applyFor(QStringLiteral("陈静"), QStringLiteral("110105198506011225"), voluntary(today()));
        ClientRepository clients(m_ws->journal());
        ClientRecord r = *clients.load(supervisor(), id);
        r.status = QStringLiteral("in_service");
        r.notes = QStringLiteral("改了备注");
        QVERIFY(clients.update(supervisor(), r).ok());
        QCOMPARE(status(id), QStringLiteral("applied"));
    }

    void deadlinesFollowWorkingDaysAndTheThreeMonthRule()
    {
        // Applied Friday 13 November: registration due Friday 20th, overdue on Monday 23rd.
        const QString late = applyFor(QStringLiteral("陈静"), QStringLiteral("110105198506011225"),
                                      voluntary(QDate(2026, 11, 13)));
        // Applied today: due Monday 30th, beyond a 5-day horizon.
        const QString fresh = applyFor(QStringLiteral("周明"), {}, voluntary(today()));
        // Registered Wednesday 18th: referral due Wednesday 25th.
        const QString registered = applyFor(QStringLiteral("王芳"), QStringLiteral("110105198506011241"),
                                            voluntary(QDate(2026, 11, 16)));
        perform(registered, CaseAction::ReviewNeeds, because(QStringLiteral("需要")));
        CaseInput on18;
        on18.at = QDateTime(QDate(2026, 11, 18), QTime(10, 0));
        perform(registered, CaseAction::Register, on18);

        const Actor& me = supervisor();
        WorkingCalendar calendar = CalendarRepository(m_ws->journal()).load();
        QList<CaseDue> due = CaseDeadlines(db(), calendar).list(me, today(), 5);
        QCOMPARE(due.size(), 2);
        QCOMPARE(due[0].clientId, late);
        QCOMPARE(due[0].kind, CaseDue::Kind::Registration);
        QCOMPARE(due[0].due, QDate(2026, 11, 20));
        QVERIFY(due[0].isOverdue(today()));
        QCOMPARE(due[1].clientId, registered);
        QCOMPARE(due[1].kind, CaseDue::Kind::Referral);
        QCOMPARE(due[1].due, QDate(2026, 11, 25));
        QVERIFY(!due[1].isOverdue(today()));

        // A holiday on Wednesday 25th moves the referral deadline to Thursday.
        KQ_VERIFY_OK(
            CalendarRepository(m_ws->journal())
                .set(me, QDate(2026, 11, 25), WorkingCalendar::DayKind::Holiday, QStringLiteral("测试")));
        calendar = CalendarRepository(m_ws->journal()).load();
        due = CaseDeadlines(db(), calendar).list(me, today(), 8);
        QCOMPARE(due.size(), 3);
        QCOMPARE(due[1].due, QDate(2026, 11, 26));
        QCOMPARE(due[2].clientId, fresh);
        QCOMPARE(due[2].due, QDate(2026, 12, 1)); // 30th + the holiday
        QVERIFY(!CalendarRepository(m_ws->journal())
                     .set(m_frontDesk, QDate(2026, 12, 1), WorkingCalendar::DayKind::Holiday, {})
                     .ok());

        // Waiting since 20 August: the re-review is due on 20 November and blocks the hand-over.
        m_clock->set(QDateTime(QDate(2026, 8, 20), QTime(2, 0), Qt::UTC));
        const QString waiting = applyFor(QStringLiteral("赵伟"), {}, voluntary(QDate(2026, 8, 19)));
        perform(waiting, CaseAction::ReviewNeeds, because(QStringLiteral("需要")));
        perform(waiting, CaseAction::Register);
        perform(waiting, CaseAction::PlaceOnWaitingList, because(QStringLiteral("暂无名额")));
        m_clock->set(kStart);
        due = CaseDeadlines(db(), calendar).list(me, today(), 0);
        QCOMPARE(due.size(), 2);
        QCOMPARE(due[1].clientId, waiting);
        QCOMPARE(due[1].kind, CaseDue::Kind::WaitingReview);
        QCOMPARE(due[1].due, QDate(2026, 11, 20));
        const CaseInput toUs = because({}, {{QStringLiteral("centre"), QStringLiteral("本中心")}});
        QVERIFY(!service().perform(me, waiting, CaseAction::ReferToCentre, toUs).ok());
        perform(waiting, CaseAction::ReviewWaiting,
                because(QStringLiteral("本人仍愿意等待"),
                        {{QStringLiteral("outcome"), QStringLiteral("continue")}}));
        QCOMPARE(CaseDeadlines(db(), calendar).list(me, today(), 0).size(), 1);
        QVERIFY(service().perform(me, waiting, CaseAction::ReferToCentre, toUs).ok());
        // Nothing for a role that may not see clients.
        QVERIFY(
            CaseDeadlines(db(), calendar).list(Actor{{}, {}, {}, Role::Administrator}, today()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLifecycleService)
#include "TestLifecycleService.moc"
