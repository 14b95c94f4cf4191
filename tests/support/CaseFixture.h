#pragma once

// Shared set-up for tests of the case workflow: a fresh store at a chosen time, staff accounts,
// sample clients and applications, and a driver that moves a case along through the real services.

#include "TestStore.h"

#include "accounts/AccountService.h"
#include "assessments/AssessmentRepository.h"
#include "assessments/PlanRepository.h"
#include "lifecycle/LifecycleService.h"
#include "scales/ScaleLibrary.h"

#include <memory>

namespace kq::test {

// Monday 2026-11-23, 09:00 Beijing time: a working day, so deadlines fall where the tests expect.
inline const QDateTime kMondayMorning(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC);

// Every account a test adds signs in with this one (it meets the password policy).
inline const QString kStaffPassword = QStringLiteral("Staff-Pass-42-Long");

// A fresh store in its own temporary folder, unlocked by the supervisor, on a clock the test sets.
struct StoreFixture {
    // Any failure is fatal: no test means anything without its store.
    void open(const QDateTime& start)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>(start);
        createStore(pathsIn(*m_dir), *m_clock);
        m_ws = std::make_unique<Workspace>(pathsIn(*m_dir), *m_clock);
        const Result<void> r = m_ws->unlock(sampleSetup().username, secret(kPassword));
        if (!r)
            qFatal("unlock failed: %s", qPrintable(r.error().describe()));
    }

    // The workspace goes before the folder its files are in.
    void close()
    {
        m_ws.reset();
        m_clock.reset();
        m_dir.reset();
    }

    const QTemporaryDir& dir() const { return *m_dir; }
    ManualClock& clock() { return *m_clock; }
    Workspace& ws() { return *m_ws; }
    Database& db() { return m_ws->database(); }
    Journal& journal() { return m_ws->journal(); }
    // The clock's date in Beijing, as the rules count days.
    QDate today() const { return m_clock->now().toLocalTime().date(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
};

// Another member of staff, signing in with kStaffPassword; fatal on refusal.
inline Actor addAccount(Workspace& ws, const QString& username, const QString& displayName, Role role)
{
    Result<Account> a =
        AccountService(ws, KdfParams::fastest()).create(username, displayName, role, secret(kStaffPassword));
    if (!a)
        qFatal("account set-up failed: %s", qPrintable(a.error().describe()));
    return Actor{a.value().id, a.value().username, a.value().displayName, a.value().role};
}

// A client who passes validation. With an ID number the store takes birth date and gender from it,
// as the registration form does; without one she is a woman born 1985-06-01.
inline ClientRecord samplePerson(const QString& name, const QString& idNumber = {})
{
    ClientRecord r;
    r.name = name;
    r.idNumber = idNumber;
    if (idNumber.isEmpty()) {
        r.gender = Gender::Female;
        r.birthDate = QDate(1985, 6, 1);
    }
    r.residenceCounty = QStringLiteral("110105");
    return r;
}

// A voluntary application, made by the guardian through the social worker: needs review first.
inline Application voluntaryApplication(const QDate& on)
{
    Application a;
    a.wayIn = WayIn::Voluntary;
    a.appliedOn = on;
    a.applicant = QStringLiteral("guardian");
    return a;
}

// A hospital's recommendation with the patient's consent: registration needs no review.
inline Application hospitalApplication(const QDate& on)
{
    Application a;
    a.wayIn = WayIn::Hospital;
    a.appliedOn = on;
    a.hospital = QStringLiteral("北京回龙观医院");
    a.patientConsented = true;
    return a;
}

// The input of an action that wants a reason and/or details.
inline CaseInput because(const QString& reason, QVariantMap details = {})
{
    CaseInput in;
    in.reason = reason;
    in.details = std::move(details);
    return in;
}

// Moves cases along as the signed-in user, through LifecycleService and the assessment and plan
// repositories. Any refusal is fatal with its text: the tests using it check what comes after.
class CaseDriver {
public:
    explicit CaseDriver(Workspace& ws) : m_ws(ws) {}

    QString apply(const ClientRecord& person, const Application& application)
    {
        const Result<ClientRepository::Saved> saved = lifecycle().apply(m_ws.actor(), person, application);
        if (!saved)
            qFatal("apply failed: %s", qPrintable(saved.error().describe()));
        return saved.value().id;
    }

    CaseState perform(const QString& clientId, CaseAction action, const CaseInput& input = {})
    {
        const Result<CaseState> r = lifecycle().perform(m_ws.actor(), clientId, action, input);
        if (!r)
            qFatal("%s failed: %s", qPrintable(CaseActions::key(action)), qPrintable(r.error().describe()));
        return r.value();
    }

    // An intake assessment by a psychiatrist and a social worker, dated today; returns its id.
    QString recordIntake(const QString& clientId)
    {
        Assessment a;
        a.clientId = clientId;
        a.kind = Assessment::Kind::Intake;
        a.assessedOn = today();
        a.participants = {{QStringLiteral("psychiatrist"), QStringLiteral("李建国")},
                          {QStringLiteral("social_worker"), QStringLiteral("王丽")}};
        a.opinion = QStringLiteral("建议日间训练");
        return record(a);
    }

    // A post-service assessment with its outcome and all five ratings, dated today: closure may follow.
    QString recordTransfer(const QString& clientId)
    {
        Assessment a;
        a.clientId = clientId;
        a.kind = Assessment::Kind::Transfer;
        a.assessedOn = today();
        a.participants = {{QStringLiteral("social_worker"), QStringLiteral("王丽")}};
        a.outcome = QStringLiteral("employment");
        a.progress = {QStringLiteral("improved"), QStringLiteral("stable"), QStringLiteral("independent"),
                      QStringLiteral("yes"), QStringLiteral("competitive")};
        return record(a);
    }

    // A plan from `assessmentId` starting today, the signed-in user responsible; returns its id.
    QString writePlan(const QString& clientId, const QString& assessmentId)
    {
        Plan p;
        p.clientId = clientId;
        p.assessmentId = assessmentId;
        p.startsOn = today();
        p.responsible = m_ws.actor().username;
        p.goals = {{{}, QStringLiteral("按时服药")}};
        p.services = {{QStringLiteral("medication_training"), QStringLiteral("day_training"),
                       QStringLiteral("每周2次")}};
        const Result<QString> r = PlanRepository(m_ws.journal()).save(m_ws.actor(), p);
        if (!r)
            qFatal("plan failed: %s", qPrintable(r.error().describe()));
        return r.value();
    }

    // Takes the case on the usual path (needs review if its way in wants one, register, refer to
    // this centre, accept, intake assessment and plan, complete the intake, start service) until it
    // reaches `target`; fatal if the path does not lead there.
    void advance(const QString& clientId, CaseState target)
    {
        for (;;) {
            const std::optional<CaseFacts> f = lifecycle().facts(clientId);
            if (!f)
                qFatal("no case for client %s", qPrintable(clientId));
            if (f->state == target)
                return;
            switch (f->state) {
            case CaseState::Applied:
                if (WaysIn::needsReview(f->wayIn) && !f->needsReviewedOn.isValid())
                    perform(clientId, CaseAction::ReviewNeeds, because(QStringLiteral("需要日间训练")));
                perform(clientId, CaseAction::Register);
                break;
            case CaseState::Registered:
                perform(clientId, CaseAction::ReferToCentre,
                        because({}, {{QStringLiteral("centre"), QStringLiteral("本中心")}}));
                break;
            case CaseState::Referred:
                perform(clientId, CaseAction::AcceptReferral);
                break;
            case CaseState::Assessing:
                if (!f->intakeAssessed || !f->planned)
                    writePlan(clientId, recordIntake(clientId));
                perform(clientId, CaseAction::CompleteIntake);
                break;
            case CaseState::AwaitingAgreement: {
                CaseInput paper;
                paper.document = QStringLiteral("纸质协议 2026-118");
                perform(clientId, CaseAction::StartService, paper);
                break;
            }
            default:
                qFatal("no usual path from %s to %s", qPrintable(CaseStates::key(f->state)),
                       qPrintable(CaseStates::key(target)));
            }
        }
    }

    // A new client whose case is then advanced to `target`; returns the client's id.
    QString admit(const ClientRecord& person, const Application& application, CaseState target)
    {
        const QString id = apply(person, application);
        advance(id, target);
        return id;
    }

private:
    LifecycleService lifecycle() { return LifecycleService(m_ws.journal()); }
    QDate today() const { return m_ws.clock().now().toLocalTime().date(); }

    QString record(const Assessment& a)
    {
        const ScaleLibrary scales; // only for the scales' definitions; these assessments have none
        const Result<AssessmentRepository::Recorded> r =
            AssessmentRepository(m_ws.journal(), scales).record(m_ws.actor(), a);
        if (!r)
            qFatal("assessment failed: %s", qPrintable(r.error().describe()));
        return r.value().id;
    }

    Workspace& m_ws;
};

} // namespace kq::test
