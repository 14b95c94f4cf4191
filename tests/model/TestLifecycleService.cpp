#include "CaseFixture.h"
#include "SignedDocumentSamples.h"

#include "audit/AuditLog.h"
#include "clients/ClientRepository.h"
#include "core/DateText.h"
#include "lifecycle/CalendarRepository.h"
#include "lifecycle/CaseDeadlines.h"
#include "lifecycle/LifecycleRules.h"
#include "lifecycle/LifecycleService.h"
#include "lifecycle/WorkingCalendar.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Outbox.h"

#include <QLocale>
#include <QTest>

using namespace kq;
using namespace kq::test;

class TestLifecycleService : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;
    Actor m_frontDesk;

    Database& db() { return m_store.db(); }
    LifecycleService service() { return LifecycleService(m_store.journal()); }
    CaseDriver cases() { return CaseDriver(m_store.ws()); }
    const Actor& supervisor() { return m_store.ws().actor(); }
    QDate today() const { return m_store.today(); }

    QString status(const QString& id)
    {
        Statement s = db().prepare("SELECT status FROM clients WHERE id = ?");
        s.bind(1, id);
        return s.step() ? s.text(0) : QString();
    }

    QString applyFor(const QString& name, const QString& idNumber, const Application& app)
    {
        return cases().apply(samplePerson(name, idNumber), app);
    }

private Q_SLOTS:
    void init()
    {
        m_store.open(kMondayMorning);
        m_frontDesk =
            addAccount(m_store.ws(), QStringLiteral("li.na"), QStringLiteral("李娜"), Role::FrontDesk);
    }

    void cleanup() { m_store.close(); }

    void applicationOpensTheCaseInOneTransaction()
    {
        const qint64 outboxBefore = Outbox(db()).pendingCount();
        const QString id = applyFor(QStringLiteral("陈静"), QStringLiteral("110105198506011225"),
                                    voluntaryApplication(today().addDays(-1)));
        QCOMPARE(status(id), QStringLiteral("applied"));
        const std::optional<CaseFacts> f = service().facts(id);
        QVERIFY(f);
        QCOMPARE(f->state, CaseState::Applied);
        QCOMPARE(f->wayIn, WayIn::Voluntary);
        QCOMPARE(f->appliedOn, today().addDays(-1));
        const QList<CaseEvent> events = service().events(supervisor(), id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].action, QStringLiteral("apply"));
        // An application has a date, not a time of day.
        QCOMPARE(events[0].whenText(), dateText(today().addDays(-1))); // an application: its day only
        QCOMPARE(events[0].to, CaseState::Applied);
        QCOMPARE(service().application(id)->applicant, QStringLiteral("guardian"));
        // The client, its case file, its application event and (no guardians) nothing else go to the
        // platform.
        QCOMPARE(Outbox(db()).pendingCount(), outboxBefore + 3);

        // A bad application saves nothing, not even the client.
        Application bad = voluntaryApplication(today().addDays(2));
        const qint64 clients = db().queryInt("SELECT count(*) FROM clients");
        const Result<ClientRepository::Saved> r =
            service().apply(supervisor(), samplePerson(QStringLiteral("周明")), bad);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("applied-on"));
        QCOMPARE(db().queryInt("SELECT count(*) FROM clients"), clients);
    }

    void aCaseWalksFromApplicationToClosure()
    {
        const QString id = applyFor(QStringLiteral("陈静"), QStringLiteral("110105198506011225"),
                                    voluntaryApplication(today().addDays(-3)));
        // Registration waits for the social worker's needs review.
        Result<CaseState> r = service().perform(supervisor(), id, CaseAction::Register, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(LifecycleRules::Precondition));
        QCOMPARE(status(id), QStringLiteral("applied"));
        cases().perform(id, CaseAction::ReviewNeeds, because(QStringLiteral("需要日间训练和家庭支持")));
        cases().perform(id, CaseAction::Register);
        cases().perform(id, CaseAction::ReferToCentre,
                        because({}, {{QStringLiteral("centre"), QStringLiteral("本中心")}}));
        cases().perform(id, CaseAction::AcceptReferral);
        QCOMPARE(status(id), QStringLiteral("assessing"));

        r = service().perform(supervisor(), id, CaseAction::CompleteIntake, {});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith(QStringLiteral("No intake assessment yet")));
        cases().writePlan(id, cases().recordIntake(id));
        cases().perform(id, CaseAction::CompleteIntake);
        CaseInput paper;
        paper.document = QStringLiteral("纸质协议 2026-118");
        cases().perform(id, CaseAction::StartService, paper);
        QCOMPARE(status(id), QStringLiteral("in_service"));
        QVERIFY(service().facts(id)->agreementSigned);

        // Green channel and back.
        cases().perform(id, CaseAction::GreenChannel,
                        because(QStringLiteral("拒绝服药，夜间吵闹"),
                                {{QStringLiteral("hospital"), QStringLiteral("北京安定医院")}}));
        QCOMPARE(status(id), QStringLiteral("hospitalised"));
        cases().perform(id, CaseAction::ResumeService);
        QCOMPARE(status(id), QStringLiteral("in_service"));

        cases().recordTransfer(id);
        cases().perform(
            id, CaseAction::Close,
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

    void signedConsentAndAgreementLetServiceStart()
    {
        const QString id = cases().admit(samplePerson(QStringLiteral("陈静")), voluntaryApplication(today()),
                                         CaseState::AwaitingAgreement);
        // Neither signed nor a paper reference: refused, saying what is missing.
        Result<CaseState> r = service().perform(supervisor(), id, CaseAction::StartService, {});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("not signed yet")));
        // A consent alone is not enough.
        signedOk(m_store.journal(), supervisor(), sampleConsent(id, today()));
        QVERIFY(!service().facts(id)->agreementSigned);
        const QString item = addDayTraining(m_store.journal(), supervisor());
        signedOk(m_store.journal(), supervisor(), sampleAgreement(id, today(), item));
        QVERIFY(service().facts(id)->agreementSigned);
        r = service().perform(supervisor(), id, CaseAction::StartService, {});
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r.value(), CaseState::InService);
    }

    void agreementsEndingWithinAMonthAreDueUntilRenewed()
    {
        const QString id = cases().admit(samplePerson(QStringLiteral("陈静")), voluntaryApplication(today()),
                                         CaseState::InService);
        const QString item = addDayTraining(m_store.journal(), supervisor());
        SignedDocument shortTerm = sampleAgreement(id, today(), item);
        shortTerm.validUntil = today().addDays(20);
        const QString first = signedOk(m_store.journal(), supervisor(), shortTerm);
        const auto renewals = [&] {
            QList<CaseDue> out;
            for (const CaseDue& d : CaseDeadlines(db(), WorkingCalendar()).list(supervisor(), today()))
                if (d.kind == CaseDue::Kind::AgreementRenewal)
                    out << d;
            return out;
        };
        // Listed a month ahead even though the list's own horizon is a week.
        QCOMPARE(renewals().size(), 1);
        QCOMPARE(renewals().first().clientId, id);
        QCOMPARE(renewals().first().due, today().addDays(20));
        SignedDocument renewal = sampleAgreement(id, today(), item);
        renewal.validFrom = today().addDays(21);
        renewal.replacesId = first;
        signedOk(m_store.journal(), supervisor(), renewal);
        QVERIFY(renewals().isEmpty());
    }

    void refusedActionsChangeNothing()
    {
        const QString id = applyFor(QStringLiteral("陈静"), QStringLiteral("110105198506011225"),
                                    voluntaryApplication(today()));
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
        const Result<ClientRepository::Saved> saved =
            service().apply(m_frontDesk, samplePerson(QStringLiteral("陈静")), hospitalApplication(today()));
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
        const QString id = applyFor(QStringLiteral("陈静"), QStringLiteral("110105198506011225"),
                                    voluntaryApplication(today()));
        cases().perform(id, CaseAction::ReviewNeeds, because(QStringLiteral("需要")));
        cases().perform(id, CaseAction::Register);
        cases().perform(
            id, CaseAction::TransferOut,
            because(QStringLiteral("搬家到海淀"), {{QStringLiteral("county"), QStringLiteral("110108")}}));
        QCOMPARE(status(id), QStringLiteral("transferred_out"));
        ClientRepository clients(m_store.journal());
        ClientRecord r = *clients.load(supervisor(), id);
        r.address = QStringLiteral("新地址");
        const Result<ClientRepository::Saved> saved = clients.update(supervisor(), r);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, int(ClientRepository::ReadOnly));
    }

    void editingTheRecordNeverMovesTheCase()
    {
        const QString id = applyFor(QStringLiteral("陈静"), QStringLiteral("110105198506011225"),
                                    voluntaryApplication(today()));
        ClientRepository clients(m_store.journal());
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
                                      voluntaryApplication(QDate(2026, 11, 13)));
        // Applied today: due Monday 30th, beyond a 5-day horizon.
        const QString fresh = applyFor(QStringLiteral("周明"), {}, voluntaryApplication(today()));
        // Registered Wednesday 18th: referral due Wednesday 25th.
        const QString registered = applyFor(QStringLiteral("王芳"), QStringLiteral("110105198506011241"),
                                            voluntaryApplication(QDate(2026, 11, 16)));
        cases().perform(registered, CaseAction::ReviewNeeds, because(QStringLiteral("需要")));
        CaseInput on18;
        on18.at = QDateTime(QDate(2026, 11, 18), QTime(10, 0));
        cases().perform(registered, CaseAction::Register, on18);

        const Actor& me = supervisor();
        WorkingCalendar calendar = CalendarRepository(m_store.journal()).load();
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
            CalendarRepository(m_store.journal())
                .set(me, QDate(2026, 11, 25), WorkingCalendar::DayKind::Holiday, QStringLiteral("测试")));
        calendar = CalendarRepository(m_store.journal()).load();
        due = CaseDeadlines(db(), calendar).list(me, today(), 8);
        QCOMPARE(due.size(), 3);
        QCOMPARE(due[1].due, QDate(2026, 11, 26));
        QCOMPARE(due[2].clientId, fresh);
        QCOMPARE(due[2].due, QDate(2026, 12, 1)); // 30th + the holiday
        QVERIFY(!CalendarRepository(m_store.journal())
                     .set(m_frontDesk, QDate(2026, 12, 1), WorkingCalendar::DayKind::Holiday, {})
                     .ok());

        // Waiting since 20 August: the re-review is due on 20 November and blocks the hand-over.
        m_store.clock().set(QDateTime(QDate(2026, 8, 20), QTime(2, 0), Qt::UTC));
        const QString waiting =
            applyFor(QStringLiteral("赵伟"), {}, voluntaryApplication(QDate(2026, 8, 19)));
        cases().perform(waiting, CaseAction::ReviewNeeds, because(QStringLiteral("需要")));
        cases().perform(waiting, CaseAction::Register);
        cases().perform(waiting, CaseAction::PlaceOnWaitingList, because(QStringLiteral("暂无名额")));
        m_store.clock().set(kMondayMorning);
        due = CaseDeadlines(db(), calendar).list(me, today(), 0);
        QCOMPARE(due.size(), 2);
        QCOMPARE(due[1].clientId, waiting);
        QCOMPARE(due[1].kind, CaseDue::Kind::WaitingReview);
        QCOMPARE(due[1].due, QDate(2026, 11, 20));
        const CaseInput toUs = because({}, {{QStringLiteral("centre"), QStringLiteral("本中心")}});
        QVERIFY(!service().perform(me, waiting, CaseAction::ReferToCentre, toUs).ok());
        cases().perform(waiting, CaseAction::ReviewWaiting,
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
