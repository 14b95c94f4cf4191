#include "SessionFixture.h"

#include "assessments/AssessmentRepository.h"
#include "assessments/PlanRepository.h"
#include "lifecycle/CalendarRepository.h"
#include "scales/ScaleLibrary.h"
#include "sessions/GroupActivityRepository.h"
#include "sessions/SessionLogRepository.h"
#include "statistics/ReferralIndicators.h"
#include "statistics/ServiceIndicators.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Transaction.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

// The service and referral indicators on a hand-built centre, November 2026 the month reported:
// every expected number is worked out below from the dataset built in initTestCase.
//
// Clients (hospital applications 2026-09-22, admitted 2026-10-12 unless said):
//   A 王强  SDSS 4 -> 2 (improved), Barthel 90 -> 95 (improved); green channel 11-20
//   B 刘芳  SDSS 1 -> 3 (worse); transfer assessment (employment) and closure 11-24
//   C 陈静  SDSS 2 -> 2 (same); transferred out 11-20
//   F 赵磊  plan review due 11-20 (overdue at the end of November); green channel 12-01
//   D 周敏  voluntary application 11-02; registered 11-10 (due 11-09: breach); referred and
//           accepted 11-11 (due 11-17: in time); intake with one SDSS 11-11 (no change to count)
//   E 吴刚  hospital application 11-02; registered 11-09 (in time); referred 11-17 (due 11-16:
//           breach); declined by the centre 11-17
//   G 郑洁  platform referral dated 11-01 (local midnight = 10-31 16:00 UTC), accepted 11-02
// Sessions (S4 in October) and meetings (M3 in October, M4 planned, attendance not taken):
//   S1 A zhao 11-03 45 min  medication_training + social_skills  day_training  centre
//   S2 A zhao 11-10 60 min  medication_training                  day_training  home
//   S3 B li   11-12 30 min  psychological_rehab                 case_management phone
//   S4 B li   10-30 50 min  medication_training                  day_training  centre
//   S5 F li   11-30 40 min  social_skills                        day_training  community
//   M1 zhao+li 11-05 90 min medication_training group_work centre     A, B present; F absent
//   M2 li      11-19 60 min social_skills       group_work community  C, F present
//   M3 zhao    10-29 90 min medication_training group_work centre     A present
//   M4 zhao    11-26 90 min medication_training group_work centre     A (not taken yet)
class TestServiceIndicators : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;
    ScaleLibrary m_scales;
    Actor m_zhao, m_li;
    QString m_a, m_b, m_c, m_d, m_e, m_f, m_g;
    const ReportPeriod m_november = ReportPeriod::month(2026, 11);

    Journal& journal() { return m_store.journal(); }
    CaseDriver cases() { return CaseDriver(m_store.ws()); }
    const Actor& supervisor() { return m_store.ws().actor(); }
    // 09:00 Beijing on `day`.
    void setDay(const QDate& day) { m_store.clock().set(QDateTime(day, QTime(1, 0), Qt::UTC)); }

    static QString uuid(int n)
    {
        return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    }
    static QString sessionId(int n) { return uuid(n); }
    static QString meetingId(int n) { return uuid(100 + n); }

    // SDSS answers adding up to `total`: 1 point on each of the first `total` items.
    static ScaleAnswers sdss(int total)
    {
        ScaleAnswers a;
        const char* items[] = {"work",          "marriage",           "parenting",
                               "withdrawal",    "outside-activities", "household-inactivity",
                               "family-role",   "self-care",          "interest",
                               "responsibility"};
        for (int i = 0; i < 10; ++i)
            a.insert(QString::fromLatin1(items[i]), i < total ? 1 : 0);
        return a;
    }
    // Barthel answers: 100, less 5 for feeding (95), less 5 more for bathing (90).
    ScaleAnswers barthel(int total)
    {
        ScaleAnswers a;
        for (const ScaleItem& item : m_scales.find(QStringLiteral("barthel"))->items)
            a.insert(item.id, item.maxScore());
        if (total <= 95)
            a.insert(QStringLiteral("feeding"), 5);
        if (total <= 90)
            a.insert(QStringLiteral("bathing"), 0);
        return a;
    }

    void assess(const QString& client, Assessment::Kind kind, int sdssTotal, int barthelTotal = -1)
    {
        Assessment a;
        a.clientId = client;
        a.kind = kind;
        a.assessedOn = m_store.today();
        a.participants = {{QStringLiteral("social_worker"), QStringLiteral("王丽")}};
        if (kind == Assessment::Kind::Intake) {
            a.participants.append({QStringLiteral("psychiatrist"), QStringLiteral("李建国")});
            a.opinion = QStringLiteral("建议日间训练");
        }
        a.scales = {{QStringLiteral("sdss"), 1, sdss(sdssTotal), 0, {}, false}};
        if (barthelTotal >= 0)
            a.scales.append({QStringLiteral("barthel"), 1, barthel(barthelTotal), 0, {}, false});
        const Result<AssessmentRepository::Recorded> r =
            AssessmentRepository(journal(), m_scales).record(supervisor(), a);
        if (!r)
            qFatal("assessment failed: %s", qPrintable(r.error().describe()));
    }

    static SessionLog session(int n, const QString& client, const Actor& staff, const QDate& on, int minutes,
                              const QStringList& contents, const char* form, ServicePlace place)
    {
        SessionLog l = sampleSession(client, staff.username, on);
        l.id = sessionId(n);
        l.minutes = minutes;
        l.contents = contents;
        l.form = QString::fromLatin1(form);
        l.place = place;
        return l;
    }

    GroupActivity meeting(int n, const QStringList& facilitators, const QDate& on, int minutes,
                          const char* content, ServicePlace place,
                          const QList<std::pair<QString, std::optional<bool>>>& roster)
    {
        GroupActivity m;
        m.id = meetingId(n);
        m.topic = QStringLiteral("康复小组");
        m.facilitators = facilitators;
        m.heldOn = on;
        m.startsAt = QTime(14, 0);
        m.minutes = minutes;
        m.content = QString::fromLatin1(content);
        m.place = place;
        bool taken = false;
        for (const auto& [client, present] : roster) {
            m.roster.append({client, {}, present, {}});
            taken = taken || present.has_value();
        }
        if (taken)
            m.attendanceTakenAt = QDateTime(on, QTime(8, 0), Qt::UTC);
        return m;
    }

    static Indicator find(const IndicatorGroup& g, const QString& key)
    {
        for (const Indicator& i : g.indicators)
            if (i.key == key)
                return i;
        return Indicator{QStringLiteral("missing"), {}, -1, -1, {}};
    }
    static int value(const IndicatorGroup& g, const char* key)
    {
        return int(find(g, QString::fromLatin1(key)).value);
    }
    static QStringList sorted(QStringList l)
    {
        l.sort();
        return l;
    }

    IndicatorGroup services(const ReportPeriod& p, bool keep = false)
    {
        return ServiceIndicators::compute(m_store.db(), p, keep);
    }
    IndicatorGroup referrals(const ReportPeriod& p, bool keep = false)
    {
        return ReferralIndicators::compute(m_store.db(), CalendarRepository(journal()).load(), p, keep);
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_store.close(); }
    void countsServicesOfTheMonth();
    void breaksServicesDown();
    void countsOtherPeriods();
    void countsReferralsOfTheMonth();
    void countsDeadlineBreaches();
    void countsClosuresAndAssessments();
    void comparesScaleTotals();
    void keepsRecordsOnlyWhenAsked();
};

void TestServiceIndicators::initTestCase()
{
    m_store.open(QDateTime(QDate(2026, 10, 12), QTime(1, 0), Qt::UTC));
    m_zhao = addAccount(m_store.ws(), QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::CaseManager);
    m_li = addAccount(m_store.ws(), QStringLiteral("li.na"), QStringLiteral("李娜"), Role::CaseManager);
    const QString item = addDayTraining(journal(), supervisor());
    const QDate oct12(2026, 10, 12);
    m_a = servedClient(m_store.ws(), m_zhao, QStringLiteral("王强"), item, oct12);
    m_b = servedClient(m_store.ws(), m_zhao, QStringLiteral("刘芳"), item, oct12);
    m_c = servedClient(m_store.ws(), m_zhao, QStringLiteral("陈静"), item, oct12);
    m_f = servedClient(m_store.ws(), m_zhao, QStringLiteral("赵磊"), item, oct12);
    assess(m_a, Assessment::Kind::Periodic, 4, 90);
    assess(m_b, Assessment::Kind::Periodic, 1);
    assess(m_c, Assessment::Kind::Periodic, 2);
    {
        // F's plan is reviewed on 11-20, and no periodic assessment follows.
        Statement s =
            m_store.db().prepare("SELECT id FROM assessments WHERE client_id = ? AND kind = 'intake'");
        s.bind(1, m_f);
        QVERIFY(s.step());
        Plan p;
        p.clientId = m_f;
        p.assessmentId = s.text(0);
        p.startsOn = oct12;
        p.reviewOn = QDate(2026, 11, 20);
        p.responsible = m_zhao.username;
        p.goals = {{{}, QStringLiteral("参加小组")}};
        p.services = {
            {QStringLiteral("social_skills"), QStringLiteral("group_work"), QStringLiteral("每周1次")}};
        KQ_VERIFY_OK(PlanRepository(journal()).save(supervisor(), p));
    }

    setDay(QDate(2026, 11, 2));
    m_d = cases().apply(samplePerson(QStringLiteral("周敏")), voluntaryApplication(QDate(2026, 11, 2)));
    m_e = cases().apply(samplePerson(QStringLiteral("吴刚")), hospitalApplication(QDate(2026, 11, 2)));
    Application platform;
    platform.wayIn = WayIn::Platform;
    platform.appliedOn = QDate(2026, 11, 1);
    platform.platformReference = QStringLiteral("ZJ-2026-0815");
    platform.fromOrganisation = QStringLiteral("朝阳区残联");
    m_g = cases().apply(samplePerson(QStringLiteral("郑洁")), platform);
    cases().perform(m_g, CaseAction::AcceptReferral);

    setDay(QDate(2026, 11, 9));
    cases().perform(m_e, CaseAction::Register);
    setDay(QDate(2026, 11, 10));
    cases().perform(m_d, CaseAction::ReviewNeeds, because(QStringLiteral("需要日间训练")));
    cases().perform(m_d, CaseAction::Register);
    setDay(QDate(2026, 11, 11));
    const CaseInput toUs = because({}, {{QStringLiteral("centre"), QStringLiteral("本中心")}});
    cases().perform(m_d, CaseAction::ReferToCentre, toUs);
    cases().perform(m_d, CaseAction::AcceptReferral);
    assess(m_d, Assessment::Kind::Intake, 5);
    setDay(QDate(2026, 11, 17));
    cases().perform(m_e, CaseAction::ReferToCentre, toUs);
    cases().perform(m_e, CaseAction::DeclineReferral, because(QStringLiteral("名额已满")));

    setDay(QDate(2026, 11, 18));
    assess(m_a, Assessment::Kind::Periodic, 2, 95);
    assess(m_b, Assessment::Kind::Periodic, 3);
    assess(m_c, Assessment::Kind::Periodic, 2);
    setDay(QDate(2026, 11, 20));
    const QVariantMap hospital{{QStringLiteral("hospital"), QStringLiteral("北京安定医院")}};
    cases().perform(m_a, CaseAction::GreenChannel, because(QStringLiteral("病情复发"), hospital));
    cases().perform(m_c, CaseAction::TransferOut,
                    because(QStringLiteral("迁居"), {{QStringLiteral("county"), QStringLiteral("110106")}}));
    setDay(QDate(2026, 11, 24));
    cases().recordTransfer(m_b);
    cases().perform(m_b, CaseAction::Close,
                    because({}, {{QStringLiteral("follow_up_on"), QStringLiteral("2026-12-24")}}));

    setDay(QDate(2026, 12, 1));
    cases().perform(m_f, CaseAction::GreenChannel, because(QStringLiteral("病情复发"), hospital));
    const QString med = QStringLiteral("medication_training");
    const QString social = QStringLiteral("social_skills");
    Transaction tx(m_store.db());
    KQ_VERIFY_OK(SessionLogRepository(journal()).importHistory(
        m_zhao,
        {session(1, m_a, m_zhao, QDate(2026, 11, 3), 45, {med, social}, "day_training", ServicePlace::Centre),
         session(2, m_a, m_zhao, QDate(2026, 11, 10), 60, {med}, "day_training", ServicePlace::Home),
         session(3, m_b, m_li, QDate(2026, 11, 12), 30, {QStringLiteral("psychological_rehab")},
                 "case_management", ServicePlace::Phone),
         session(4, m_b, m_li, QDate(2026, 10, 30), 50, {med}, "day_training", ServicePlace::Centre),
         session(5, m_f, m_li, QDate(2026, 11, 30), 40, {social}, "day_training", ServicePlace::Community)}));
    const QStringList both{m_zhao.username, m_li.username};
    KQ_VERIFY_OK(GroupActivityRepository(journal()).importHistory(
        m_zhao, {meeting(1, both, QDate(2026, 11, 5), 90, "medication_training", ServicePlace::Centre,
                         {{m_a, true}, {m_b, true}, {m_f, false}}),
                 meeting(2, {m_li.username}, QDate(2026, 11, 19), 60, "social_skills",
                         ServicePlace::Community, {{m_c, true}, {m_f, true}}),
                 meeting(3, {m_zhao.username}, QDate(2026, 10, 29), 90, "medication_training",
                         ServicePlace::Centre, {{m_a, true}}),
                 meeting(4, {m_zhao.username}, QDate(2026, 11, 26), 90, "medication_training",
                         ServicePlace::Centre, {{m_a, std::nullopt}})}));
    tx.commit();
}

void TestServiceIndicators::countsServicesOfTheMonth()
{
    const IndicatorGroup g = services(m_november);
    QCOMPARE(g.key, QStringLiteral("services"));
    QCOMPARE(value(g, "services.sessions"), 4);       // S1 S2 S3 S5; S4 is in October
    QCOMPARE(value(g, "services.group_meetings"), 2); // M1 M2; M3 in October, M4 not held yet
    QCOMPARE(value(g, "services.attendances"), 4);    // M1: A B (F absent); M2: C F
    QCOMPARE(value(g, "services.total"), 8);          // 4 sessions + 4 attendances
    // Sessions 45 + 60 + 30 + 40 = 175; meetings 90 x 2 present + 60 x 2 present = 300.
    QCOMPARE(value(g, "services.minutes"), 475);
    // A (S1 S2 M1), B (S3 M1), C (M2), F (S5 M2): D, E and G had no service.
    QCOMPARE(value(g, "services.clients_served"), 4);
    for (const Indicator& i : g.indicators) {
        QVERIFY2(!i.label.isEmpty(), qPrintable(i.key));
        QVERIFY(!i.isRate());
    }
}

void TestServiceIndicators::breaksServicesDown()
{
    const IndicatorGroup g = services(m_november);
    // S1 counts under both its contents, once in the sessions: 4 + 4 + 1 = 9 = 8 services + 1.
    QCOMPARE(value(g, "services.by_content.medication_training"), 4); // S1 S2 + M1 x 2
    QCOMPARE(value(g, "services.by_content.social_skills"), 4);       // S1 S5 + M2 x 2
    QCOMPARE(value(g, "services.by_content.psychological_rehab"), 1); // S3
    QCOMPARE(value(g, "services.by_content.health_education"), 0);    // listed all the same
    QCOMPARE(value(g, "services.by_form.day_training"), 3);           // S1 S2 S5
    QCOMPARE(value(g, "services.by_form.case_management"), 1);        // S3
    QCOMPARE(value(g, "services.by_form.group_work"), 4);             // M1 x 2 + M2 x 2
    QCOMPARE(value(g, "services.by_place.centre"), 3);                // S1 + M1 x 2
    QCOMPARE(value(g, "services.by_place.home"), 1);                  // S2
    QCOMPARE(value(g, "services.by_place.phone"), 1);                 // S3
    QCOMPARE(value(g, "services.by_place.community"), 3);             // S5 + M2 x 2
    QCOMPARE(value(g, "services.by_place.online"), 0);
    // Staff: sessions written and meetings facilitated (M1 has both).
    QCOMPARE(value(g, "services.by_staff.zhao.min"), 3); // S1 S2 M1
    QCOMPARE(value(g, "services.by_staff.li.na"), 4);    // S3 S5 M1 M2
    QVERIFY(find(g, QStringLiteral("services.by_staff.li.na")).label.contains(QStringLiteral("李娜")));
}

void TestServiceIndicators::countsOtherPeriods()
{
    const IndicatorGroup october = services(ReportPeriod::month(2026, 10));
    QCOMPARE(value(october, "services.sessions"), 1);       // S4
    QCOMPARE(value(october, "services.attendances"), 1);    // M3: A
    QCOMPARE(value(october, "services.minutes"), 50 + 90);  // S4 + M3 x 1
    QCOMPARE(value(october, "services.clients_served"), 2); // B, A
    const IndicatorGroup early = services({QDate(2026, 11, 1), QDate(2026, 11, 10)});
    QCOMPARE(value(early, "services.sessions"), 2); // S1 S2
    QCOMPARE(value(early, "services.total"), 4);    // + M1's two attendances
    QCOMPARE(value(early, "services.clients_served"), 2);
    // The last day is in: S5 on 11-30.
    QCOMPARE(value(services({QDate(2026, 11, 30), QDate(2026, 11, 30)}), "services.sessions"), 1);
}

void TestServiceIndicators::countsReferralsOfTheMonth()
{
    const IndicatorGroup g = referrals(m_november);
    QCOMPARE(g.key, QStringLiteral("referrals"));
    // D, E and G; G's application on 11-01 is stored as 10-31 16:00 UTC and still counts.
    QCOMPARE(value(g, "referrals.applications"), 3);
    QCOMPARE(value(g, "referrals.in.voluntary"), 1);
    QCOMPARE(value(g, "referrals.in.hospital"), 1);
    QCOMPARE(value(g, "referrals.in.platform"), 1);
    QCOMPARE(value(g, "referrals.in.reported"), 0);
    QCOMPARE(value(g, "referrals.registrations"), 2); // E, D; A B C F registered in October
    QCOMPARE(value(g, "referrals.to_centre"), 2);     // D, E
    QCOMPARE(value(g, "referrals.accepted"), 2);      // G, D
    QCOMPARE(value(g, "referrals.declined"), 1);      // E
    QCOMPARE(value(g, "referrals.transfers_out"), 1); // C
    QCOMPARE(value(g, "referrals.green_channel"), 1); // A; F's is on 12-01
    QCOMPARE(value(referrals(ReportPeriod::month(2026, 12)), "referrals.green_channel"), 1);
}

void TestServiceIndicators::countsDeadlineBreaches()
{
    const IndicatorGroup g = referrals(m_november);
    // D applied 11-02 (Mon): 5 working days end 11-09, registered 11-10. E registered 11-09: in time.
    QCOMPARE(value(g, "referrals.breaches.registration"), 1);
    // E registered 11-09: due 11-16, referred 11-17. D registered 11-10: due 11-17, referred 11-11.
    QCOMPARE(value(g, "referrals.breaches.referral"), 1);
    // October: A B C F applied 09-22, registered 10-12 (late), none of which is November's.
    QCOMPARE(value(referrals(ReportPeriod::month(2026, 10)), "referrals.breaches.registration"), 4);
}

void TestServiceIndicators::countsClosuresAndAssessments()
{
    const IndicatorGroup g = referrals(m_november);
    QCOMPARE(value(g, "referrals.closures"), 1);            // B
    QCOMPARE(value(g, "referrals.closures.employment"), 1); // B's transfer assessment
    QCOMPARE(value(g, "referrals.closures.community_living"), 0);
    QCOMPARE(value(g, "referrals.withdrawals"), 0);
    // D intake 11-11; A B C periodic 11-18; B transfer 11-24. October's eight are not counted.
    QCOMPARE(value(g, "referrals.assessments"), 5);
    QCOMPARE(value(g, "referrals.assessments.intake"), 1);
    QCOMPARE(value(g, "referrals.assessments.periodic"), 3);
    QCOMPARE(value(g, "referrals.assessments.transfer"), 1);
    // F (in hospital now) was due 11-20; A's review moved to 2027-05-18 with her assessment.
    QCOMPARE(value(g, "referrals.assessments_overdue"), 1);
}

void TestServiceIndicators::comparesScaleTotals()
{
    const IndicatorGroup g = referrals(m_november);
    QCOMPARE(value(g, "referrals.change.sdss.improved"), 1);    // A 4 -> 2 (lower is better)
    QCOMPARE(value(g, "referrals.change.sdss.worse"), 1);       // B 1 -> 3
    QCOMPARE(value(g, "referrals.change.sdss.same"), 1);        // C 2 -> 2; D has one SDSS only
    QCOMPARE(value(g, "referrals.change.barthel.improved"), 1); // A 90 -> 95 (higher is better)
    QCOMPARE(value(g, "referrals.change.barthel.worse"), 0);
    QCOMPARE(value(g, "referrals.change.lawton-adl.same"), 0);
    // October: only the first totals (no earlier one to compare with).
    QCOMPARE(value(referrals(ReportPeriod::month(2026, 10)), "referrals.change.sdss.same"), 0);
}

void TestServiceIndicators::keepsRecordsOnlyWhenAsked()
{
    for (const Indicator& i : services(m_november).indicators)
        QVERIFY2(i.records.isEmpty(), qPrintable(i.key));
    for (const Indicator& i : referrals(m_november).indicators)
        QVERIFY2(i.records.isEmpty(), qPrintable(i.key));

    const IndicatorGroup s = services(m_november, true);
    QCOMPARE(sorted(find(s, QStringLiteral("services.sessions")).records),
             (QStringList{sessionId(1), sessionId(2), sessionId(3), sessionId(5)}));
    // A meeting is listed once however many attended.
    QCOMPARE(sorted(find(s, QStringLiteral("services.attendances")).records),
             (QStringList{meetingId(1), meetingId(2)}));
    QCOMPARE(sorted(find(s, QStringLiteral("services.by_staff.zhao.min")).records),
             (QStringList{sessionId(1), sessionId(2), meetingId(1)}));
    QCOMPARE(sorted(find(s, QStringLiteral("services.clients_served")).records),
             sorted({m_a, m_b, m_c, m_f}));
    QCOMPARE(value(s, "services.total"), 8); // keeping records changes no number

    const IndicatorGroup r = referrals(m_november, true);
    QCOMPARE(find(r, QStringLiteral("referrals.green_channel")).records, QStringList{m_a});
    QCOMPARE(find(r, QStringLiteral("referrals.breaches.registration")).records, QStringList{m_d});
    QCOMPARE(find(r, QStringLiteral("referrals.breaches.referral")).records, QStringList{m_e});
    QCOMPARE(find(r, QStringLiteral("referrals.change.sdss.improved")).records, QStringList{m_a});
    QCOMPARE(find(r, QStringLiteral("referrals.change.sdss.worse")).records, QStringList{m_b});
    QCOMPARE(sorted(find(r, QStringLiteral("referrals.applications")).records), sorted({m_d, m_e, m_g}));
}

QTEST_MAIN(TestServiceIndicators)
#include "TestServiceIndicators.moc"
