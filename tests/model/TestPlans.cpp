#include "CaseFixture.h"

#include "accounts/AccountService.h"
#include "assessments/AssessmentRepository.h"
#include "assessments/PlanRepository.h"
#include "centre/CentreSettings.h"
#include "clients/ClientRepository.h"
#include "lifecycle/LifecycleService.h"
#include "scales/ScaleLibrary.h"
#include "services/ServiceCatalogue.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

Plan::Service service(const char* content, const char* form,
                      const QString& frequency = QStringLiteral("每周2次"))
{
    return {QString::fromLatin1(content), QString::fromLatin1(form), frequency};
}

QStringList keysOf(const QList<ServiceEntry>& entries)
{
    QStringList keys;
    for (const ServiceEntry& e : entries)
        keys << e.key;
    return keys;
}

} // namespace

class TestPlans : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;
    ScaleLibrary m_library;
    Actor m_frontDesk;
    Actor m_caseManager;

    Database& db() { return m_store.db(); }
    Journal& journal() { return m_store.journal(); }
    PlanRepository plans() { return PlanRepository(journal()); }
    LifecycleService lifecycle() { return LifecycleService(journal()); }
    const Actor& supervisor() { return m_store.ws().actor(); }
    QDate today() const { return m_store.today(); }

    QString reviewDue(const QString& clientId)
    {
        Statement s = db().prepare("SELECT review_due FROM case_files WHERE client_id = ?");
        s.bind(1, clientId);
        return s.step() ? s.text(0) : QString();
    }

    // A hospital-recommended client applied ten days ago, accepted by the centre.
    QString assessingClient(const QString& idNumber = QStringLiteral("11010519790314123X"))
    {
        return CaseDriver(m_store.ws())
            .admit(samplePerson(QStringLiteral("王强"), idNumber), hospitalApplication(today().addDays(-10)),
                   CaseState::Assessing);
    }

    QString assess(const QString& clientId, Assessment::Kind kind = Assessment::Kind::Intake)
    {
        Assessment a;
        a.clientId = clientId;
        a.kind = kind;
        a.assessedOn = today().addDays(-3);
        a.participants = {{QStringLiteral("psychiatrist"), QStringLiteral("张医生")},
                          {QStringLiteral("nurse"), QStringLiteral("王护士")}};
        a.opinion = QStringLiteral("建议日间训练");
        if (kind == Assessment::Kind::Transfer) {
            a.outcome = QStringLiteral("community_living");
            a.progress = {QStringLiteral("marked"), QStringLiteral("stable"), QStringLiteral("independent"),
                          QStringLiteral("no"), QStringLiteral("not_yet")};
        }
        Result<AssessmentRepository::Recorded> r =
            AssessmentRepository(journal(), m_library).record(supervisor(), a);
        if (!r)
            qFatal("assessment failed: %s", qPrintable(r.error().describe()));
        return r.value().id;
    }

    Plan planFor(const QString& clientId, const QString& assessmentId)
    {
        Plan p;
        p.clientId = clientId;
        p.assessmentId = assessmentId;
        p.startsOn = today().addDays(-1);
        p.responsible = m_caseManager.username;
        p.goals = {{{}, QStringLiteral("每天按时服药")}, {{}, QStringLiteral("每周参加两次小组活动")}};
        p.services = {service("medication_training", "day_training"), service("social_skills", "group_work")};
        return p;
    }

    QString refusedField(const Plan& p)
    {
        const Result<QString> r = plans().save(supervisor(), p);
        if (r.ok())
            return QStringLiteral("(saved)");
        if (r.error().code != PlanRepository::Invalid)
            return QStringLiteral("(code %1)").arg(r.error().code);
        return r.error().field;
    }

private Q_SLOTS:
    void init()
    {
        m_store.open(kMondayMorning);
        m_frontDesk =
            addAccount(m_store.ws(), QStringLiteral("li.na"), QStringLiteral("李娜"), Role::FrontDesk);
        m_caseManager =
            addAccount(m_store.ws(), QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::CaseManager);
    }

    void cleanup() { m_store.close(); }

    void intakeAndPlanLetTheIntakeComplete()
    {
        const QString id = assessingClient();
        QVERIFY(!lifecycle().perform(supervisor(), id, CaseAction::CompleteIntake, {}).ok());
        const QString assessment = assess(id);
        QVERIFY(lifecycle().facts(id)->intakeAssessed);
        QVERIFY(!lifecycle().facts(id)->planned);
        KQ_VERIFY_OK(plans().save(m_caseManager, planFor(id, assessment)));
        QVERIFY(lifecycle().facts(id)->planned);
        const Result<CaseState> r = lifecycle().perform(supervisor(), id, CaseAction::CompleteIntake, {});
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value(), CaseState::AwaitingAgreement);
    }

    void savesAndReadsAPlan()
    {
        const QString id = assessingClient();
        const QString assessment = assess(id);
        Plan in = planFor(id, assessment);
        in.goals.insert(1, {{}, QStringLiteral("   ")}); // a blank row of the form
        const Result<QString> saved = plans().save(supervisor(), in);
        KQ_VERIFY_OK(saved);
        const Result<Plan> current = plans().current(supervisor(), id);
        KQ_VERIFY_OK(current);
        const Plan& p = current.value();
        QCOMPARE(p.id, saved.value());
        QCOMPARE(p.assessmentId, assessment);
        QCOMPARE(p.startsOn, today().addDays(-1));
        QCOMPARE(p.reviewOn, today().addDays(-1).addMonths(6)); // the default interval
        QCOMPARE(p.responsible, QStringLiteral("zhao.min"));
        QCOMPARE(p.goals.size(), 2);
        QCOMPARE(p.goals[1].text, QStringLiteral("每周参加两次小组活动"));
        QVERIFY(!p.goals[0].id.isEmpty());
        QVERIFY(p.goals[0].id != p.goals[1].id);
        QCOMPARE(p.services, in.services);
        QCOMPARE(p.createdBy, QStringLiteral("wang.li"));
        QCOMPARE(reviewDue(id), p.reviewOn.toString(Qt::ISODate));
        QCOMPARE(db().queryInt("SELECT count(*) FROM outbox WHERE entity = 'plan'"), 1);
        QCOMPARE(db().queryInt(
                     "SELECT count(*) FROM audit_log WHERE entity = 'plan' AND instr(fields, 'goals') > 0"),
                 1);

        // The next plan keeps the first goal (same id), drops the second, adds a new one.
        Plan next = planFor(id, assessment);
        next.startsOn = today();
        next.reviewOn = today().addMonths(2);
        next.goals = {p.goals[0], {{}, QStringLiteral("学习乘坐公交")}};
        const Result<QString> second = plans().save(supervisor(), next);
        KQ_VERIFY_OK(second);
        const Plan now = plans().current(supervisor(), id).take();
        QCOMPARE(now.id, second.value());
        QCOMPARE(now.goals[0].id, p.goals[0].id);
        QVERIFY(!now.goals[1].id.isEmpty() && now.goals[1].id != p.goals[1].id);
        QCOMPARE(reviewDue(id), today().addMonths(2).toString(Qt::ISODate));
        const Result<QList<Plan>> all = plans().list(supervisor(), id);
        KQ_VERIFY_OK(all);
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value()[0].id, second.value());

        // A plan entered late from paper (earlier start) does not move the review back.
        Plan late = planFor(id, assessment);
        late.startsOn = today().addDays(-2);
        KQ_VERIFY_OK(plans().save(supervisor(), late));
        QCOMPARE(reviewDue(id), today().addMonths(2).toString(Qt::ISODate));
        QCOMPARE(plans().current(supervisor(), id).value().id, second.value());
    }

    void reviewFollowsTheIntervalSetting()
    {
        const QString id = assessingClient();
        const QString assessment = assess(id);
        CentreSettings settings = CentreSettings::load(db());
        KQ_VERIFY_OK(settings.setReviewIntervalMonths(journal(), supervisor(), 3));
        QCOMPARE(CentreSettings::load(db()).reviewIntervalMonths(), 3);
        KQ_VERIFY_OK(plans().save(supervisor(), planFor(id, assessment)));
        QCOMPARE(reviewDue(id), today().addDays(-1).addMonths(3).toString(Qt::ISODate));
        QCOMPARE(plans().current(supervisor(), id).value().reviewOn, today().addDays(-1).addMonths(3));
    }

    void refusesAnInvalidPlan()
    {
        const QString id = assessingClient();
        const QString assessment = assess(id);
        const QString other = assessingClient(QStringLiteral("110105197903141256"));
        const QString othersAssessment = assess(other);
        const QString transferAssessment = assess(id, Assessment::Kind::Transfer);

        auto with = [&](auto edit) {
            Plan p = planFor(id, assessment);
            edit(p);
            return refusedField(p);
        };
        QCOMPARE(with([](Plan& p) { p.assessmentId = QStringLiteral("no-such-id"); }),
                 QStringLiteral("assessment"));
        QCOMPARE(with([&](Plan& p) { p.assessmentId = othersAssessment; }), QStringLiteral("assessment"));
        QCOMPARE(with([&](Plan& p) { p.assessmentId = transferAssessment; }), QStringLiteral("assessment"));
        QCOMPARE(with([](Plan& p) { p.startsOn = QDate(); }), QStringLiteral("starts-on"));
        QCOMPARE(with([&](Plan& p) { p.startsOn = today().addDays(-4); }), QStringLiteral("starts-on"));
        QCOMPARE(with([](Plan& p) { p.reviewOn = p.startsOn; }), QStringLiteral("review-on"));
        QCOMPARE(with([](Plan& p) { p.reviewOn = p.startsOn.addMonths(24).addDays(1); }),
                 QStringLiteral("review-on"));
        QCOMPARE(with([](Plan& p) { p.goals = {{{}, QStringLiteral(" ")}}; }), QStringLiteral("goals"));
        QCOMPARE(with([](Plan& p) { p.goals[1].text = QString(Plan::kMaxGoalLength + 1, QChar(u'目')); }),
                 QStringLiteral("goal-2"));
        QCOMPARE(with([](Plan& p) {
                     p.goals.clear();
                     for (int i = 0; i <= Plan::kMaxGoals; ++i)
                         p.goals.append({{}, QStringLiteral("目标 %1").arg(i)});
                 }),
                 QStringLiteral("goals"));
        QCOMPARE(with([](Plan& p) { p.goals[1].id = QStringLiteral("not-a-uuid"); }),
                 QStringLiteral("goal-2"));
        QCOMPARE(with([](Plan& p) { p.services.clear(); }), QStringLiteral("services"));
        QCOMPARE(with([](Plan& p) { p.services[1].content = QStringLiteral("astrology"); }),
                 QStringLiteral("service-2-content"));
        QCOMPARE(with([](Plan& p) { p.services[0].form = QStringLiteral("medication_training"); }),
                 QStringLiteral("service-1-form"));
        QCOMPARE(with([](Plan& p) { p.services[0].frequency = QStringLiteral("  "); }),
                 QStringLiteral("service-1-frequency"));
        QCOMPARE(with([](Plan& p) { p.responsible.clear(); }), QStringLiteral("responsible"));
        QCOMPARE(with([](Plan& p) { p.responsible = QStringLiteral("li.na"); }),
                 QStringLiteral("responsible"));
        QCOMPARE(with([](Plan& p) { p.responsible = QStringLiteral("nobody"); }),
                 QStringLiteral("responsible"));
        KQ_VERIFY_OK(AccountService(m_store.ws(), KdfParams::fastest()).disable(QStringLiteral("zhao.min")));
        QCOMPARE(with([](Plan&) {}), QStringLiteral("responsible"));
        QCOMPARE(db().queryInt("SELECT count(*) FROM plans"), 0);
        QCOMPARE(reviewDue(id), QString());

        const Result<QString> r = plans().save(m_frontDesk, planFor(id, assessment));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(PlanRepository::NotPermitted));
        QCOMPARE(plans().current(m_frontDesk, id).error().code, int(PlanRepository::NotPermitted));
        QCOMPARE(plans().current(supervisor(), id).error().code, int(PlanRepository::NotFound));
    }

    void catalogueHasTheNationalLists()
    {
        const ServiceCatalogue c = ServiceCatalogue::load(db());
        QCOMPARE(c.contents().size(), 11);
        QCOMPARE(c.forms().size(), 9);
        QCOMPARE(c.contents().first().key, QStringLiteral("medication_training"));
        QCOMPARE(c.content(QStringLiteral("medication_training"))->nameZh, QStringLiteral("服药训练"));
        QCOMPARE(c.form(QStringLiteral("family_expert_exchange"))->nameZh,
                 QStringLiteral("家属专家交流互助"));
        QCOMPARE(c.contentName(QStringLiteral("health_education")), QStringLiteral("Health education"));
        QCOMPARE(c.formName(QStringLiteral("group_work")), QStringLiteral("Group work"));
        QVERIFY(c.isKnownContent(QStringLiteral("peer_support")));
        QVERIFY(!c.isKnownContent(QStringLiteral("group_work"))); // a form, not a content
        QCOMPARE(c.contentName(QStringLiteral("unknown_key")), QStringLiteral("unknown_key"));
        QCOMPARE(keysOf(c.contents()), keysOf(ServiceCatalogue::defaults().contents()));
    }

    void centreAddsAndDeactivatesServices()
    {
        ServiceCatalogue c = ServiceCatalogue::load(db());
        QList<ServiceEntry> contents = c.entries(ServiceCatalogue::List::Contents);
        contents.append({QStringLiteral("music_therapy"), QStringLiteral(" 音乐治疗 "), {}, true});
        contents[10].active = false; // health_education
        KQ_VERIFY_OK(c.save(journal(), supervisor(), ServiceCatalogue::List::Contents, contents));
        QCOMPARE(db().queryInt("SELECT count(*) FROM audit_log WHERE entity = 'setting' AND entity_id = "
                               "'service_contents'"),
                 1);
        QCOMPARE(db().queryInt("SELECT count(*) FROM outbox WHERE entity = 'setting'"), 0);

        const ServiceCatalogue reloaded = ServiceCatalogue::load(db());
        QCOMPARE(reloaded.contents().size(), 11);
        QVERIFY(!keysOf(reloaded.contents()).contains(QStringLiteral("health_education")));
        QCOMPARE(keysOf(reloaded.contents()).last(), QStringLiteral("music_therapy"));
        QCOMPARE(reloaded.contentName(QStringLiteral("music_therapy")), QStringLiteral("音乐治疗"));
        // Old records keep a readable name for the deactivated entry.
        QVERIFY(reloaded.isKnownContent(QStringLiteral("health_education")));
        QCOMPARE(reloaded.contentName(QStringLiteral("health_education")),
                 QStringLiteral("Health education"));
        QCOMPARE(reloaded.forms().size(), 9);

        // New plans may use the new entry, not the deactivated one.
        const QString id = assessingClient();
        Plan p = planFor(id, assess(id));
        p.services = {service("health_education", "group_work")};
        QCOMPARE(refusedField(p), QStringLiteral("service-1-content"));
        p.services = {service("music_therapy", "group_work", QStringLiteral("每周1次"))};
        KQ_VERIFY_OK(plans().save(supervisor(), p));
    }

    void catalogueRefusesBadLists()
    {
        ServiceCatalogue c = ServiceCatalogue::load(db());
        const QList<ServiceEntry> original = c.entries(ServiceCatalogue::List::Forms);
        auto refused = [&](const QList<ServiceEntry>& entries, const Actor& who) {
            const Result<void> r = c.save(journal(), who, ServiceCatalogue::List::Forms, entries);
            return r.ok() ? QStringLiteral("(saved)") : r.error().field;
        };
        QList<ServiceEntry> list = original;
        list.append({QStringLiteral("group_work"), QStringLiteral("小组"), {}, true});
        QCOMPARE(refused(list, supervisor()), QStringLiteral("entry-10-key"));
        list = original;
        list.append({QStringLiteral("Art Group"), QStringLiteral("艺术小组"), {}, true});
        QCOMPARE(refused(list, supervisor()), QStringLiteral("entry-10-key"));
        list = original;
        list[0].nameZh = QStringLiteral("  ");
        QCOMPARE(refused(list, supervisor()), QStringLiteral("entry-1-name-zh"));
        list = original;
        list[2].nameEn = QString(ServiceCatalogue::kMaxNameLength + 1, QLatin1Char('x'));
        QCOMPARE(refused(list, supervisor()), QStringLiteral("entry-3-name-en"));
        list = original;
        list.removeAt(3); // deleting is refused: deactivate instead
        QCOMPARE(refused(list, supervisor()), QStringLiteral("entries"));
        list = original;
        for (ServiceEntry& e : list)
            e.active = false;
        QCOMPARE(refused(list, supervisor()), QStringLiteral("entries"));
        list = original;
        for (int i = 0; list.size() <= ServiceCatalogue::kMaxEntries; ++i)
            list.append({QStringLiteral("extra_%1").arg(i), QStringLiteral("附加 %1").arg(i), {}, false});
        QCOMPARE(refused(list, supervisor()), QStringLiteral("entries"));
        list = original;
        list[0].active = false;
        const Result<void> r = c.save(journal(), m_caseManager, ServiceCatalogue::List::Forms, list);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(ServiceCatalogue::NotPermitted));
        QVERIFY(!CentreSettings::stored(db(), ServiceCatalogue::settingsKey(ServiceCatalogue::List::Forms)));
        QCOMPARE(ServiceCatalogue::load(db()).entries(ServiceCatalogue::List::Forms), original);
    }

    void settingsHaveDefaultsAndLimits()
    {
        CentreSettings s = CentreSettings::load(db());
        QCOMPARE(s.reviewIntervalMonths(), 6);
        for (int bad : {0, 25, -6}) {
            const Result<void> r = s.setReviewIntervalMonths(journal(), supervisor(), bad);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().field, QStringLiteral("review-interval-months"));
            QCOMPARE(r.error().code, int(CentreSettings::Invalid));
        }
        const Result<void> denied = s.setReviewIntervalMonths(journal(), m_caseManager, 3);
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code, int(CentreSettings::NotPermitted));
        QCOMPARE(CentreSettings::load(db()).reviewIntervalMonths(), 6);
        QCOMPARE(db().queryInt("SELECT count(*) FROM settings"), 0);

        KQ_VERIFY_OK(s.setReviewIntervalMonths(journal(), supervisor(), 24));
        QCOMPARE(s.reviewIntervalMonths(), 24);
        QCOMPARE(CentreSettings::load(db()).reviewIntervalMonths(), 24);
        KQ_VERIFY_OK(s.setReviewIntervalMonths(journal(), supervisor(), 1));
        QCOMPARE(CentreSettings::load(db()).reviewIntervalMonths(), 1);
        KQ_VERIFY_OK(s.setReviewIntervalMonths(journal(), supervisor(), 1)); // no change, no audit entry
        QCOMPARE(db().queryInt("SELECT count(*) FROM audit_log WHERE entity = 'setting'"), 2);

        // A value out of range in the table (edited by hand) reads as the default.
        QTest::ignoreMessage(QtWarningMsg, "ignoring an out-of-range setting \"review_interval_months\"");
        QTest::ignoreMessage(QtWarningMsg, "ignoring an out-of-range setting \"review_interval_months\"");
        db().exec("UPDATE settings SET value = '99' WHERE key = 'review_interval_months'");
        QCOMPARE(CentreSettings::load(db()).reviewIntervalMonths(), 6);
        db().exec("UPDATE settings SET value = 'six' WHERE key = 'review_interval_months'");
        QCOMPARE(CentreSettings::load(db()).reviewIntervalMonths(), 6);
    }
};

QTEST_GUILESS_MAIN(TestPlans)
#include "TestPlans.moc"
