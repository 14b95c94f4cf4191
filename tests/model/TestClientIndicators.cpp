#include "SessionFixture.h"

#include "sessions/GroupActivityRepository.h"
#include "sessions/SessionLogRepository.h"
#include "statistics/ClientIndicators.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

// The client indicators and the standardised-service rate on a small centre whose story is told in
// initTestCase(), with every number worked out by hand for October and November 2026.
class TestClientIndicators : public QObject {
    Q_OBJECT

private:
    using Values = QMap<QString, qint64>;

    StoreFixture m_store;
    QString m_itemKey;
    // Clients, named by their part in the story (see initTestCase).
    QString m_a, m_b, m_c, m_d, m_e, m_f, m_g, m_h, m_i;

    Database& db() { return m_store.db(); }
    Journal& journal() { return m_store.journal(); }
    const Actor& supervisor() { return m_store.ws().actor(); }
    CaseDriver driver() { return CaseDriver(m_store.ws()); }

    // The clock at `hour` o'clock Beijing time on `day`.
    void at(const QDate& day, int hour = 9)
    {
        m_store.clock().set(QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(qint64(hour - 8) * 3600));
    }

    // Admitted to service today on a hospital's recommendation; with `documents`, consent and
    // agreement signed today too.
    QString served(ClientRecord person, bool documents = true)
    {
        const QString id = driver().admit(person, hospitalApplication(m_store.today()), CaseState::InService);
        if (documents) {
            signedOk(journal(), supervisor(), sampleConsent(id, m_store.today()));
            signedOk(journal(), supervisor(), sampleAgreement(id, m_store.today(), m_itemKey));
        }
        return id;
    }

    void session(const QString& client)
    {
        KQ_VERIFY_OK(SessionLogRepository(journal()).save(
            supervisor(), sampleSession(client, supervisor().username, m_store.today())));
    }

    static QList<IndicatorGroup> compute(Database& db, int month,
                                         const StandardServiceRule& rule = StandardServiceRule(),
                                         bool keep = false)
    {
        return ClientIndicators::compute(db, ReportPeriod::month(2026, month), rule, keep);
    }

    static Values values(const IndicatorGroup& g)
    {
        Values out;
        for (const Indicator& i : g.indicators)
            out.insert(i.key, i.value);
        return out;
    }

    static Indicator find(const QList<IndicatorGroup>& groups, const QString& key)
    {
        for (const IndicatorGroup& g : groups)
            for (const Indicator& i : g.indicators)
                if (i.key == key)
                    return i;
        return {};
    }

    // Every key of the clients group with `nonZero` values, zeros elsewhere.
    static Values clientsGroup(const Values& nonZero)
    {
        Values v;
        for (const char* k : {"registered_total", "registered_new", "waiting_over_3_months"})
            v.insert(QStringLiteral("clients.") + QLatin1String(k), 0);
        for (const CaseState s : CaseStates::all())
            v.insert(QStringLiteral("clients.state.") + CaseStates::key(s), 0);
        for (const char* k : {"total", "employment", "sheltered_employment", "other_service",
                              "community_living", "unknown", "withdrawn"})
            v.insert(QStringLiteral("closures.") + QLatin1String(k), 0);
        v.insert(QStringLiteral("transfers_out"), 0);
        for (const char* k : {"child", "adolescent", "adult", "older"})
            v.insert(QStringLiteral("clients.in_service.by_age.") + QLatin1String(k), 0);
        for (const char* k : {"male", "female", "unknown"})
            v.insert(QStringLiteral("clients.in_service.by_gender.") + QLatin1String(k), 0);
        for (const char* k : {"not_assessed", "0", "1", "2", "3", "4", "5"})
            v.insert(QStringLiteral("clients.in_service.by_risk.") + QLatin1String(k), 0);
        for (auto it = nonZero.cbegin(); it != nonZero.cend(); ++it)
            v.insert(it.key(), it.value());
        return v;
    }

private Q_SLOTS:
    // The story. Everyone is admitted through the usual path on a hospital's recommendation, so
    // each has an intake assessment and a plan (review due 6 months after) from their first day;
    // samplePerson is a woman born 1985 living in 110105 with no diagnosis and no risk assessment.
    void initTestCase()
    {
        m_store.open(QDateTime(QDate(2026, 8, 3), QTime(1, 0), Qt::UTC)); // Mon 3 Aug, 09:00
        m_itemKey = addDayTraining(journal(), supervisor());

        // F registered 3 Aug and has waited since: 3 months reached on 3 Nov.
        m_f = driver().apply(samplePerson(QStringLiteral("周芳")), hospitalApplication(m_store.today()));
        driver().perform(m_f, CaseAction::Register);
        driver().perform(m_f, CaseAction::PlaceOnWaitingList, because(QStringLiteral("暂无名额")));

        // 8 Oct: A, B, D and G start service with consent and agreement; C on a paper reference
        // only; H starts service; I applies and goes no further.
        at(QDate(2026, 10, 8));
        m_a = served(samplePerson(QStringLiteral("王强")));
        m_b = served(samplePerson(QStringLiteral("李娜")));
        m_c = served(samplePerson(QStringLiteral("张伟")), false);
        ClientRecord older = samplePerson(QStringLiteral("刘建国"));
        older.gender = Gender::Male;
        older.birthDate = QDate(1950, 3, 1); // 76: older
        older.residenceCounty = QStringLiteral("110108");
        older.diagnosisCode = QStringLiteral("F31.1");
        older.riskLevel = 3;
        older.riskAssessedOn = QDate(2026, 10, 1);
        older.riskAssessor = QStringLiteral("李建国");
        m_d = served(older);
        m_g = served(samplePerson(QStringLiteral("陈静")));
        m_h = served(samplePerson(QStringLiteral("杨洋")), false);
        m_i = driver().apply(samplePerson(QStringLiteral("赵敏")), hospitalApplication(m_store.today()));

        // 12 Oct: sessions for A and G. G's review is then made overdue from 20 Oct (as if its date
        // had been set so): the store has no other way to backdate a review.
        at(QDate(2026, 10, 12));
        session(m_a);
        session(m_g);
        Statement overdue =
            db().prepare("UPDATE case_files SET review_due = '2026-10-20' WHERE client_id = ?");
        overdue.bind(1, m_g);
        overdue.exec();

        // 20 Oct: H moves to Shanghai; E applies voluntarily.
        at(QDate(2026, 10, 20));
        driver().perform(
            m_h, CaseAction::TransferOut,
            because(QStringLiteral("迁居上海"), {{QStringLiteral("county"), QStringLiteral("310101")}}));
        m_e = driver().apply(samplePerson(QStringLiteral("孙丽")), voluntaryApplication(m_store.today()));

        // 2 Nov: I withdraws. 3 Nov: E is reviewed, registered and put on the waiting list.
        at(QDate(2026, 11, 2));
        driver().perform(m_i, CaseAction::Withdraw, because(QStringLiteral("本人拒绝")));
        at(QDate(2026, 11, 3));
        driver().perform(m_e, CaseAction::ReviewNeeds, because(QStringLiteral("需要日间训练")));
        driver().perform(m_e, CaseAction::Register);
        driver().perform(m_e, CaseAction::PlaceOnWaitingList, because(QStringLiteral("暂无名额")));

        // 5 Nov: sessions for A and B.
        at(QDate(2026, 11, 5));
        session(m_a);
        session(m_b);

        // 10 Nov: C goes to hospital; D attends a group meeting (C and I are not there).
        at(QDate(2026, 11, 10));
        driver().perform(m_c, CaseAction::GreenChannel,
                         because(QStringLiteral("病情复发"),
                                 {{QStringLiteral("hospital"), QStringLiteral("北京安定医院")}}));
        GroupActivity meeting;
        meeting.topic = QStringLiteral("服药自我管理");
        meeting.facilitators = {supervisor().username};
        meeting.heldOn = m_store.today();
        meeting.startsAt = QTime(14, 0);
        meeting.content = QStringLiteral("medication_training");
        meeting.roster = {{m_d, {}, {}, {}}};
        GroupActivityRepository groups(journal());
        const Result<GroupActivityRepository::Saved> created = groups.create(supervisor(), meeting);
        KQ_VERIFY_OK(created);
        at(QDate(2026, 11, 10), 16);
        KQ_VERIFY_OK(
            groups.takeAttendance(supervisor(), created.value().ids.value(0), {{m_d, {}, true, {}}}));

        // 12 Nov: G's post-service assessment (employment) and closure.
        at(QDate(2026, 11, 12));
        driver().recordTransfer(m_g);
        driver().perform(m_g, CaseAction::Close,
                         because({}, {{QStringLiteral("follow_up_on"), QStringLiteral("2026-12-12")}}));

        // 1 Dec, 07:00 Beijing (30 Nov, 23:00 UTC): B goes to hospital, a December event.
        at(QDate(2026, 12, 1), 7);
        driver().perform(m_b, CaseAction::GreenChannel,
                         because(QStringLiteral("病情复发"),
                                 {{QStringLiteral("hospital"), QStringLiteral("北京安定医院")}}));
    }
    void cleanupTestCase() { m_store.close(); }

    void october()
    {
        const QList<IndicatorGroup> groups = compute(db(), 10);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].key, QStringLiteral("clients"));
        // Registered: F (Aug) and A B C D G H (8 Oct); E and I only applied. State at 31 Oct:
        // applied E I; waiting F (since 3 Aug, not yet 3 months); in service A B C D G;
        // transferred out H. H's move is the month's transfer; nobody closed.
        // In service A B C G: women born 1985 (adult) in 110105, no diagnosis, not assessed;
        // D: a man of 76 in 110108 with F31.1 and risk level 3.
        QCOMPARE(values(groups[0]), clientsGroup({
                                        {QStringLiteral("clients.registered_total"), 7},
                                        {QStringLiteral("clients.registered_new"), 6},
                                        {QStringLiteral("clients.state.applied"), 2},
                                        {QStringLiteral("clients.state.waiting"), 1},
                                        {QStringLiteral("clients.state.in_service"), 5},
                                        {QStringLiteral("clients.state.transferred_out"), 1},
                                        {QStringLiteral("transfers_out"), 1},
                                        {QStringLiteral("clients.in_service.by_age.adult"), 4},
                                        {QStringLiteral("clients.in_service.by_age.older"), 1},
                                        {QStringLiteral("clients.in_service.by_gender.female"), 4},
                                        {QStringLiteral("clients.in_service.by_gender.male"), 1},
                                        {QStringLiteral("clients.in_service.by_county.110105"), 4},
                                        {QStringLiteral("clients.in_service.by_county.110108"), 1},
                                        {QStringLiteral("clients.in_service.by_diagnosis.none"), 4},
                                        {QStringLiteral("clients.in_service.by_diagnosis.F31"), 1},
                                        {QStringLiteral("clients.in_service.by_risk.not_assessed"), 4},
                                        {QStringLiteral("clients.in_service.by_risk.3"), 1},
                                    }));
        // Living at home: F A B C D G (6). Consent and agreement: A B D G; intake and plan:
        // A B C D G; a service in October: A G; review not overdue: all but G. All six: A.
        QCOMPARE(groups[1].key, QStringLiteral("standard_service"));
        QCOMPARE(values(groups[1]),
                 (Values{{QStringLiteral("standard_service.rate"), 1},
                         {QStringLiteral("standard_service.component.consent"), 4},
                         {QStringLiteral("standard_service.component.agreement"), 4},
                         {QStringLiteral("standard_service.component.intake_assessment"), 5},
                         {QStringLiteral("standard_service.component.plan"), 5},
                         {QStringLiteral("standard_service.component.service_in_period"), 2},
                         {QStringLiteral("standard_service.component.review_not_overdue"), 5}}));
        for (const Indicator& i : groups[1].indicators)
            QCOMPARE(i.denominator, qint64(6));
        QVERIFY(!find(groups, QStringLiteral("clients.registered_total")).isRate());
    }

    void november()
    {
        const QList<IndicatorGroup> groups = compute(db(), 11);
        // Registered: E on 3 Nov joins the seven. State at 30 Nov: waiting E and F (F since 3 Aug:
        // 3 months on 3 Nov); in service A B D (B's hospital stay is 1 Dec, Beijing time);
        // hospitalised C; transferred out H; closed G (employment) and I (withdrew).
        QCOMPARE(values(groups[0]), clientsGroup({
                                        {QStringLiteral("clients.registered_total"), 8},
                                        {QStringLiteral("clients.registered_new"), 1},
                                        {QStringLiteral("clients.state.waiting"), 2},
                                        {QStringLiteral("clients.state.in_service"), 3},
                                        {QStringLiteral("clients.state.hospitalised"), 1},
                                        {QStringLiteral("clients.state.transferred_out"), 1},
                                        {QStringLiteral("clients.state.closed"), 2},
                                        {QStringLiteral("clients.waiting_over_3_months"), 1},
                                        {QStringLiteral("closures.total"), 2},
                                        {QStringLiteral("closures.employment"), 1},
                                        {QStringLiteral("closures.withdrawn"), 1},
                                        {QStringLiteral("clients.in_service.by_age.adult"), 2},
                                        {QStringLiteral("clients.in_service.by_age.older"), 1},
                                        {QStringLiteral("clients.in_service.by_gender.female"), 2},
                                        {QStringLiteral("clients.in_service.by_gender.male"), 1},
                                        {QStringLiteral("clients.in_service.by_county.110105"), 2},
                                        {QStringLiteral("clients.in_service.by_county.110108"), 1},
                                        {QStringLiteral("clients.in_service.by_diagnosis.none"), 2},
                                        {QStringLiteral("clients.in_service.by_diagnosis.F31"), 1},
                                        {QStringLiteral("clients.in_service.by_risk.not_assessed"), 2},
                                        {QStringLiteral("clients.in_service.by_risk.3"), 1},
                                    }));
        // Living at home: E F A B D (5). Consent, agreement, intake, plan: A B D; a service in
        // November: A B (sessions) and D (group meeting); no review overdue. All six: A B D.
        QCOMPARE(values(groups[1]),
                 (Values{{QStringLiteral("standard_service.rate"), 3},
                         {QStringLiteral("standard_service.component.consent"), 3},
                         {QStringLiteral("standard_service.component.agreement"), 3},
                         {QStringLiteral("standard_service.component.intake_assessment"), 3},
                         {QStringLiteral("standard_service.component.plan"), 3},
                         {QStringLiteral("standard_service.component.service_in_period"), 3},
                         {QStringLiteral("standard_service.component.review_not_overdue"), 5}}));
        const Indicator rate = find(groups, QStringLiteral("standard_service.rate"));
        QCOMPARE(rate.denominator, qint64(5));
        QCOMPARE(rate.rate(), 0.6);
    }

    void theRuleChangesTheRate()
    {
        using C = StandardServiceRule::Component;
        // Without a service in the month, B and D also count in October (G's review is overdue).
        const StandardServiceRule noService(
            {C::Consent, C::Agreement, C::IntakeAssessment, C::Plan, C::ReviewNotOverdue});
        QList<IndicatorGroup> groups = compute(db(), 10, noService);
        QCOMPARE(find(groups, QStringLiteral("standard_service.rate")).value, qint64(3));
        QCOMPARE(find(groups, QStringLiteral("standard_service.rate")).denominator, qint64(6));
        QCOMPARE(groups[1].indicators.size(), 6); // the rate and the five components
        QVERIFY(find(groups, QStringLiteral("standard_service.component.service_in_period")).key.isEmpty());
        // Consent alone: A B D G in October.
        groups = compute(db(), 10, StandardServiceRule({C::Consent}));
        QCOMPARE(find(groups, QStringLiteral("standard_service.rate")).value, qint64(4));
        // The clients group does not depend on the rule.
        QCOMPARE(values(groups[0]), values(compute(db(), 10)[0]));
    }

    void keepsRecordsOnlyWhenAsked()
    {
        const QList<IndicatorGroup> kept = compute(db(), 11, StandardServiceRule(), true);
        QStringList abd{m_a, m_b, m_d};
        std::sort(abd.begin(), abd.end());
        QCOMPARE(find(kept, QStringLiteral("clients.state.in_service")).records, abd);
        QCOMPARE(find(kept, QStringLiteral("standard_service.rate")).records, abd);
        QCOMPARE(find(kept, QStringLiteral("closures.withdrawn")).records, QStringList{m_i});
        QCOMPARE(find(kept, QStringLiteral("clients.waiting_over_3_months")).records, QStringList{m_f});
        for (const IndicatorGroup& g : kept)
            for (const Indicator& i : g.indicators)
                QCOMPARE(i.records.size(), i.value);
        for (const IndicatorGroup& g : compute(db(), 11))
            for (const Indicator& i : g.indicators)
                QVERIFY2(i.records.isEmpty(), qPrintable(i.key));
    }

    void labelsSayWhatTheyCount()
    {
        const QList<IndicatorGroup> groups = compute(db(), 11);
        QCOMPARE(find(groups, QStringLiteral("clients.in_service.by_risk.not_assessed")).label,
                 QStringLiteral("In service by risk level: Not assessed"));
        QCOMPARE(find(groups, QStringLiteral("clients.in_service.by_diagnosis.none")).label,
                 QStringLiteral("In service by diagnosis group: no diagnosis recorded"));
        for (const IndicatorGroup& g : groups)
            for (const Indicator& i : g.indicators)
                QVERIFY2(!i.label.isEmpty(), qPrintable(i.key));
    }

    void describesTheRule()
    {
        using C = StandardServiceRule::Component;
        QCOMPARE(
            StandardServiceRule().describe(),
            QStringLiteral("A client receives standardised service when all of these hold on the last day "
                           "of the period: consent in force; service agreement in force; intake assessment "
                           "on record; rehabilitation plan on record; at least one session or attended "
                           "group meeting in the period; periodic review not overdue."));
        QCOMPARE(
            StandardServiceRule({C::Plan, C::Consent}).describe(),
            QStringLiteral("A client receives standardised service when all of these hold on the last day "
                           "of the period: consent in force; rehabilitation plan on record."));
        QCOMPARE(
            StandardServiceRule().toText(),
            QStringLiteral("consent agreement intake_assessment plan service_in_period review_not_overdue"));
        QCOMPARE(StandardServiceRule::fromText(QStringLiteral("plan consent")),
                 StandardServiceRule({C::Consent, C::Plan}));
        QVERIFY(!StandardServiceRule::fromText(QStringLiteral("consent visits")));
        QVERIFY(!StandardServiceRule::fromText(QString()));
    }

    void onlySupervisorsChangeTheRule()
    {
        using C = StandardServiceRule::Component;
        const auto auditEntries = [this] {
            return db().queryInt("SELECT COUNT(*) FROM audit_log WHERE entity = 'setting' "
                                 "AND entity_id = 'standard_service_rule'");
        };
        QCOMPARE(StandardServiceRule::load(db()), StandardServiceRule());
        const StandardServiceRule two({C::Consent, C::Agreement});
        for (const Role role : {Role::CaseManager, Role::Administrator}) {
            const Actor someone = addAccount(m_store.ws(), QStringLiteral("staff.%1").arg(int(role)),
                                             QStringLiteral("职员"), role);
            const Result<void> refused = StandardServiceRule::save(journal(), someone, two);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, int(StandardServiceRule::NotPermitted));
        }
        QCOMPARE(StandardServiceRule::load(db()), StandardServiceRule());
        QCOMPARE(auditEntries(), qint64(0));

        const Result<void> empty = StandardServiceRule::save(
            journal(), supervisor(), StandardServiceRule(QList<StandardServiceRule::Component>{}));
        QCOMPARE(empty.error().field, QStringLiteral("standard-service-rule"));

        KQ_VERIFY_OK(StandardServiceRule::save(journal(), supervisor(), two));
        QCOMPARE(StandardServiceRule::load(db()), two);
        QCOMPARE(auditEntries(), qint64(1));
        KQ_VERIFY_OK(StandardServiceRule::save(journal(), supervisor(), two)); // no change, no entry
        QCOMPARE(auditEntries(), qint64(1));
    }
};

QTEST_MAIN(TestClientIndicators)
#include "TestClientIndicators.moc"
