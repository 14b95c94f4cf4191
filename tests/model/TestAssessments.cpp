#include "CaseFixture.h"

#include "assessments/AssessmentRepository.h"
#include "audit/AuditLog.h"
#include "centre/CentreSettings.h"
#include "clients/ClientRepository.h"
#include "lifecycle/LifecycleRules.h"
#include "lifecycle/LifecycleService.h"
#include "scales/ScaleLibrary.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

Assessment::Participant participant(const char* role, const QString& name)
{
    return {QString::fromLatin1(role), name};
}

// SDSS answers: every item 0, then the overrides.
ScaleAnswers sdss(const ScaleAnswers& overrides = {})
{
    ScaleAnswers a;
    for (const char* item :
         {"work", "marriage", "parenting", "withdrawal", "outside-activities", "household-inactivity",
          "family-role", "self-care", "interest", "responsibility"})
        a.insert(QString::fromLatin1(item), 0);
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

} // namespace

class TestAssessments : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;
    ScaleLibrary m_library;
    Actor m_frontDesk;

    Database& db() { return m_store.db(); }
    AssessmentRepository repo() { return AssessmentRepository(m_store.journal(), m_library); }
    LifecycleService lifecycle() { return LifecycleService(m_store.journal()); }
    CaseDriver cases() { return CaseDriver(m_store.ws()); }
    const Actor& supervisor() { return m_store.ws().actor(); }
    QDate today() const { return m_store.today(); }

    QString text(const char* sql, const QString& id)
    {
        Statement s = db().prepare(sql);
        s.bind(1, id);
        return s.step() ? s.text(0) : QString();
    }

    // A voluntary applicant of ten days ago, accepted by the centre: intake assessment under way.
    QString assessingClient(const QString& idNumber = QStringLiteral("110105198506011225"))
    {
        return cases().admit(samplePerson(QStringLiteral("陈静"), idNumber),
                             voluntaryApplication(today().addDays(-10)), CaseState::Assessing);
    }

    Assessment intake(const QString& clientId)
    {
        Assessment a;
        a.clientId = clientId;
        a.kind = Assessment::Kind::Intake;
        a.assessedOn = today().addDays(-2);
        a.participants = {participant("psychiatrist", QStringLiteral("张医生")),
                          participant("social_worker", QStringLiteral("李社工"))};
        a.findings = QStringLiteral("服药依从性差，社交退缩");
        a.opinion = QStringLiteral("建议日间训练与服药训练");
        a.scales = {{QStringLiteral("sdss"), 1, sdss(), 0, {}, false}};
        return a;
    }

    Assessment transfer(const QString& clientId)
    {
        Assessment a;
        a.clientId = clientId;
        a.kind = Assessment::Kind::Transfer;
        a.assessedOn = today();
        a.participants = {participant("social_worker", QStringLiteral("李社工"))};
        a.outcome = QStringLiteral("sheltered_employment");
        a.progress = {QStringLiteral("improved"), QStringLiteral("stable"), QStringLiteral("independent"),
                      QStringLiteral("yes"), QStringLiteral("supported")};
        return a;
    }

    // The field of the refusal, after checking that it is an Invalid one.
    QString refusedField(const Assessment& a)
    {
        const Result<AssessmentRepository::Recorded> r = repo().record(supervisor(), a);
        if (r.ok())
            return QStringLiteral("(recorded)");
        if (r.error().code != AssessmentRepository::Invalid)
            return QStringLiteral("(code %1)").arg(r.error().code);
        return r.error().field;
    }

    qint64 count(const char* sql) { return db().queryInt(sql); }

private Q_SLOTS:
    void init()
    {
        m_store.open(kMondayMorning);
        m_frontDesk =
            addAccount(m_store.ws(), QStringLiteral("li.na"), QStringLiteral("李娜"), Role::FrontDesk);
    }

    void cleanup() { m_store.close(); }

    void recordsAnIntakeAndReadsItBack()
    {
        const QString id = assessingClient();
        const qint64 outbox = count("SELECT count(*) FROM outbox WHERE entity = 'assessment'");
        Assessment in = intake(id);
        in.progress.employmentWish = QStringLiteral("undecided");
        const Result<AssessmentRepository::Recorded> r = repo().record(supervisor(), in);
        KQ_VERIFY_OK(r);
        QVERIFY(r.value().notices.isEmpty()); // psychiatrist and social worker both took part

        const Result<Assessment> loaded = repo().load(supervisor(), r.value().id);
        KQ_VERIFY_OK(loaded);
        const Assessment& a = loaded.value();
        QCOMPARE(a.clientId, id);
        QCOMPARE(a.kind, Assessment::Kind::Intake);
        QCOMPARE(a.assessedOn, today().addDays(-2));
        QCOMPARE(a.participants, in.participants);
        QCOMPARE(a.findings, in.findings);
        QCOMPARE(a.opinion, in.opinion);
        QCOMPARE(a.progress.employmentWish, QStringLiteral("undecided"));
        QVERIFY(a.progress.selfCare.isEmpty());
        QCOMPARE(a.riskLevel, -1);
        QCOMPARE(a.scales.size(), 1);
        QCOMPARE(a.scales[0].answers, sdss());
        QCOMPARE(a.createdBy, QStringLiteral("wang.li"));
        QCOMPARE(a.createdAt, kMondayMorning);
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE entity = 'assessment'"), outbox + 1);
        // The audit log names the fields, never the clinical text.
        Statement s = db().prepare("SELECT count(*) FROM audit_log WHERE instr(fields, ?) > 0");
        s.bind(1, QStringLiteral("服药依从性差"));
        QVERIFY(s.step());
        QCOMPARE(s.int64(0), 0);
        QCOMPARE(text("SELECT fields FROM audit_log WHERE entity = 'assessment' AND entity_id = ?", a.id)
                     .contains(QStringLiteral("opinion")),
                 true);

        // A later periodic assessment comes first in the list.
        Assessment periodic = intake(id);
        periodic.kind = Assessment::Kind::Periodic;
        periodic.assessedOn = today();
        periodic.opinion.clear();
        const Result<AssessmentRepository::Recorded> second = repo().record(supervisor(), periodic);
        KQ_VERIFY_OK(second);
        const Result<QList<Assessment>> all = repo().list(supervisor(), id);
        KQ_VERIFY_OK(all);
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value()[0].id, second.value().id);
        QCOMPARE(all.value()[1].id, r.value().id);
        QVERIFY(!AuditLog(db()).verify());
    }

    void forgedScoresAreReplaced()
    {
        const QString id = assessingClient();
        Assessment in = intake(id);
        const ScaleDefinition* barthel = m_library.find(QStringLiteral("barthel"));
        QVERIFY(barthel);
        ScaleAnswers full;
        for (const ScaleItem& item : barthel->items)
            full.insert(item.id, item.maxScore());
        full.insert(QStringLiteral("stairs"), 5); // 100 - 5
        // SDSS: 2 + 1, "marriage" not applicable: total 3, flagged (>= 2).
        in.scales = {{QStringLiteral("sdss"), 99,
                      sdss({{QStringLiteral("work"), 2},
                            {QStringLiteral("marriage"), 9},
                            {QStringLiteral("withdrawal"), 1}}),
                      0, QStringLiteral("正常"), false},
                     {QStringLiteral("barthel"), 1, full, 100, {}, true}};
        const Result<AssessmentRepository::Recorded> r = repo().record(supervisor(), in);
        KQ_VERIFY_OK(r);
        const Assessment a = repo().load(supervisor(), r.value().id).take();
        QCOMPARE(a.scales.size(), 2);
        QCOMPARE(a.scales[0].scaleId, QStringLiteral("sdss"));
        QCOMPARE(a.scales[0].version, 1);
        QCOMPARE(a.scales[0].total, 3);
        QCOMPARE(a.scales[0].flagged, true);
        QVERIFY(a.scales[0].band.isEmpty()); // SDSS has no bands, only a rule
        QCOMPARE(a.scales[1].total, 95);
        QCOMPARE(a.scales[1].band, QStringLiteral("轻度依赖"));
        QCOMPARE(a.scales[1].flagged, false);
        QCOMPARE(
            text("SELECT total FROM assessment_scales WHERE assessment_id = ? AND scale_id = 'sdss'", a.id),
            QStringLiteral("3"));
    }

    void badScaleAnswersAreRefusedNamingTheItem()
    {
        const QString id = assessingClient();
        const qint64 before = count("SELECT count(*) FROM assessments");
        Assessment in = intake(id);
        in.scales = {{QStringLiteral("sdss"), 1, sdss({{QStringLiteral("withdrawal"), 3}}), 0, {}, false}};
        const Result<AssessmentRepository::Recorded> r = repo().record(supervisor(), in);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("scale-sdss-withdrawal"));
        QVERIFY2(r.error().message.contains(QStringLiteral("'withdrawal'")), qPrintable(r.error().message));

        ScaleAnswers partial = sdss();
        partial.remove(QStringLiteral("interest"));
        in.scales = {{QStringLiteral("sdss"), 1, partial, 0, {}, false}};
        QCOMPARE(refusedField(in), QStringLiteral("scale-sdss-interest"));
        in.scales = {{QStringLiteral("sdss"), 1, sdss({{QStringLiteral("mood"), 1}}), 0, {}, false}};
        QCOMPARE(refusedField(in), QStringLiteral("scale-sdss-mood"));
        in.scales = {{QStringLiteral("psp"), 1, {}, 0, {}, false}};
        QCOMPARE(refusedField(in), QStringLiteral("scale-psp"));
        in.scales = {{QStringLiteral("sdss"), 1, sdss(), 0, {}, false},
                     {QStringLiteral("sdss"), 1, sdss(), 0, {}, false}};
        QCOMPARE(refusedField(in), QStringLiteral("scale-sdss"));
        QCOMPARE(count("SELECT count(*) FROM assessments"), before);
        QCOMPARE(count("SELECT count(*) FROM assessment_scales"), 0);
    }

    void intakeIsMultiDisciplinary()
    {
        const QString id = assessingClient();
        Assessment in = intake(id);
        in.participants = {participant("nurse", QStringLiteral("王护士")),
                           participant("nurse", QStringLiteral("赵护士"))};
        QCOMPARE(refusedField(in), QStringLiteral("participants"));
        in.participants = {participant("psychiatrist", QStringLiteral("张医生")),
                           participant("other", QStringLiteral("志愿者"))};
        QCOMPARE(refusedField(in), QStringLiteral("participants"));
        in.participants.clear();
        QCOMPARE(refusedField(in), QStringLiteral("participants"));
        in.participants = {participant("psychiatrist", QStringLiteral("张医生")),
                           participant("nurse", QStringLiteral("  "))};
        QCOMPARE(refusedField(in), QStringLiteral("participant-2-name"));
        in.participants = {participant("doctor", QStringLiteral("张医生")),
                           participant("nurse", QStringLiteral("王护士"))};
        QCOMPARE(refusedField(in), QStringLiteral("participant-1-role"));
        in = intake(id);
        in.opinion = QStringLiteral(" ");
        QCOMPARE(refusedField(in), QStringLiteral("opinion"));
        in = intake(id);
        in.findings = QString(Assessment::kMaxTextLength + 1, QLatin1Char('x'));
        QCOMPARE(refusedField(in), QStringLiteral("findings"));

        // Two disciplines without psychiatrist and social worker: recorded, with two notices.
        in = intake(id);
        in.participants = {participant("nurse", QStringLiteral("王护士")),
                           participant("rehab_therapist", QStringLiteral("刘治疗师"))};
        const Result<AssessmentRepository::Recorded> r = repo().record(supervisor(), in);
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().notices.size(), 2);
        QVERIFY(r.value().notices[0].contains(QStringLiteral("psychiatrist")));
        QVERIFY(r.value().notices[1].contains(QStringLiteral("social worker")));
    }

    void assessmentDateBelongsToTheCase()
    {
        const QString id = assessingClient();
        Assessment in = intake(id);
        in.assessedOn = today().addDays(1);
        QCOMPARE(refusedField(in), QStringLiteral("assessed-on"));
        in.assessedOn = today().addDays(-11); // the day before the application
        QCOMPARE(refusedField(in), QStringLiteral("assessed-on"));
        in.assessedOn = QDate();
        QCOMPARE(refusedField(in), QStringLiteral("assessed-on"));
        in.assessedOn = today().addDays(-10);
        KQ_VERIFY_OK(repo().record(supervisor(), in));
    }

    void transferNeedsOutcomeAndAllFivePoints()
    {
        const QString id = assessingClient();
        Assessment in = transfer(id);
        in.outcome.clear();
        QCOMPARE(refusedField(in), QStringLiteral("outcome"));
        in.outcome = QStringLiteral("retirement");
        QCOMPARE(refusedField(in), QStringLiteral("outcome"));
        in = transfer(id);
        in.progress.selfCare.clear();
        QCOMPARE(refusedField(in), QStringLiteral("self-care"));
        in = transfer(id);
        in.progress.illnessState = QStringLiteral("cured");
        QCOMPARE(refusedField(in), QStringLiteral("illness-state"));
        in = transfer(id);
        in.progress.employmentAbility.clear();
        QCOMPARE(refusedField(in), QStringLiteral("employment-ability"));
        // Only a transfer assessment has an outcome.
        Assessment periodic = transfer(id);
        periodic.kind = Assessment::Kind::Periodic;
        QCOMPARE(refusedField(periodic), QStringLiteral("outcome"));
        periodic.outcome.clear();
        KQ_VERIFY_OK(repo().record(supervisor(), periodic)); // the five points are optional here

        const Result<AssessmentRepository::Recorded> r = repo().record(supervisor(), transfer(id));
        KQ_VERIFY_OK(r);
        const Assessment a = repo().load(supervisor(), r.value().id).take();
        QCOMPARE(a.outcome, QStringLiteral("sheltered_employment"));
        QCOMPARE(a.progress, transfer(id).progress);
        QCOMPARE(count("SELECT count(*) FROM assessments WHERE outcome IS NOT NULL"), 1);
    }

    void riskLevelReachesTheClientRecord()
    {
        const QString id = assessingClient();
        const char* const riskUpdates =
            "SELECT count(*) FROM outbox WHERE entity = 'client' AND op = 'update' "
            "AND instr(payload, 'risk_level') > 0";
        QCOMPARE(count(riskUpdates), 0);
        Assessment in = intake(id);
        in.riskLevel = 3;
        KQ_VERIFY_OK(repo().record(supervisor(), in));
        std::optional<ClientRecord> c = ClientRepository(m_store.journal()).load(supervisor(), id);
        QVERIFY(c);
        QCOMPARE(c->riskLevel, 3);
        QCOMPARE(c->riskAssessedOn, in.assessedOn);
        QCOMPARE(c->riskAssessor, QStringLiteral("张医生"));
        QCOMPARE(count(riskUpdates), 1);
        QVERIFY(
            text("SELECT fields FROM audit_log WHERE entity = 'client' AND entity_id = ? ORDER BY seq DESC",
                 id)
                .contains(QStringLiteral("risk_assessor")));

        // An assessment entered late from paper does not replace a later rating.
        Assessment older = intake(id);
        older.assessedOn = in.assessedOn.addDays(-3);
        older.riskLevel = 0;
        KQ_VERIFY_OK(repo().record(supervisor(), older));
        QCOMPARE(ClientRepository(m_store.journal()).load(supervisor(), id)->riskLevel, 3);
        // Not rated this time: the client's risk stays.
        Assessment unrated = transfer(id);
        KQ_VERIFY_OK(repo().record(supervisor(), unrated));
        QCOMPARE(ClientRepository(m_store.journal()).load(supervisor(), id)->riskLevel, 3);
        // Rated again later, by a social worker alone: the assessor is the first participant.
        unrated.riskLevel = 1;
        KQ_VERIFY_OK(repo().record(supervisor(), unrated));
        c = ClientRepository(m_store.journal()).load(supervisor(), id);
        QCOMPARE(c->riskLevel, 1);
        QCOMPARE(c->riskAssessedOn, today());
        QCOMPARE(c->riskAssessor, QStringLiteral("李社工"));

        in.riskLevel = 6;
        QCOMPARE(refusedField(in), QStringLiteral("risk-level"));
    }

    void frontDeskMayNeitherRecordNorRead()
    {
        const QString id = assessingClient();
        const Result<AssessmentRepository::Recorded> ok = repo().record(supervisor(), intake(id));
        KQ_VERIFY_OK(ok);
        const qint64 audit = AuditLog(db()).count();
        const Result<AssessmentRepository::Recorded> r = repo().record(m_frontDesk, intake(id));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(AssessmentRepository::NotPermitted));
        QCOMPARE(repo().list(m_frontDesk, id).error().code, int(AssessmentRepository::NotPermitted));
        QCOMPARE(repo().load(m_frontDesk, ok.value().id).error().code,
                 int(AssessmentRepository::NotPermitted));
        QCOMPARE(AuditLog(db()).count(), audit);
        QCOMPARE(count("SELECT count(*) FROM assessments"), 1);
    }

    void transferredOutAndUnknownClientsAreRefused()
    {
        const QString id = assessingClient();
        cases().perform(
            id, CaseAction::TransferOut,
            because(QStringLiteral("搬家到海淀"), {{QStringLiteral("county"), QStringLiteral("110108")}}));
        Result<AssessmentRepository::Recorded> r = repo().record(supervisor(), intake(id));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(AssessmentRepository::ReadOnly));
        r = repo().record(supervisor(), intake(QStringLiteral("no-such-client")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(AssessmentRepository::NotFound));
        QCOMPARE(repo().load(supervisor(), QStringLiteral("no-such-id")).error().code,
                 int(AssessmentRepository::NotFound));
        QCOMPARE(count("SELECT count(*) FROM assessments"), 0);
    }

    void transferAssessmentAllowsClosure()
    {
        const QString id = assessingClient();
        cases().advance(id, CaseState::InService);

        const CaseInput close =
            because({}, {{QStringLiteral("follow_up_on"), today().addMonths(1).toString(Qt::ISODate)}});
        Result<CaseState> r = lifecycle().perform(supervisor(), id, CaseAction::Close, close);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(LifecycleRules::Precondition));
        QVERIFY(!lifecycle().facts(id)->transferAssessed);

        KQ_VERIFY_OK(repo().record(supervisor(), transfer(id)));
        QVERIFY(lifecycle().facts(id)->transferAssessed);
        r = lifecycle().perform(supervisor(), id, CaseAction::Close, close);
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value(), CaseState::Closed);
    }

    void periodicAssessmentSetsTheNextReview()
    {
        const QString id = assessingClient();
        CentreSettings settings = CentreSettings::load(db());
        KQ_VERIFY_OK(settings.setReviewIntervalMonths(m_store.journal(), supervisor(), 3));
        Assessment periodic = transfer(id);
        periodic.kind = Assessment::Kind::Periodic;
        periodic.outcome.clear();
        periodic.assessedOn = today().addDays(-1);
        KQ_VERIFY_OK(repo().record(supervisor(), periodic));
        QCOMPARE(text("SELECT review_due FROM case_files WHERE client_id = ?", id),
                 today().addDays(-1).addMonths(3).toString(Qt::ISODate));

        // An older one entered late leaves the review where the latest put it.
        periodic.assessedOn = today().addDays(-5);
        KQ_VERIFY_OK(repo().record(supervisor(), periodic));
        QCOMPARE(text("SELECT review_due FROM case_files WHERE client_id = ?", id),
                 today().addDays(-1).addMonths(3).toString(Qt::ISODate));
        // Intake and transfer assessments do not move it.
        KQ_VERIFY_OK(repo().record(supervisor(), intake(id)));
        KQ_VERIFY_OK(repo().record(supervisor(), transfer(id)));
        QCOMPARE(text("SELECT review_due FROM case_files WHERE client_id = ?", id),
                 today().addDays(-1).addMonths(3).toString(Qt::ISODate));
    }
};

QTEST_GUILESS_MAIN(TestAssessments)
#include "TestAssessments.moc"
