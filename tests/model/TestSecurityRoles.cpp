// Role checks hold in the model for every action (issue 10, "Security checks"): a table written out
// here by hand — not derived from Permission.cpp — says which role may do what, and each real action
// is called through its repository or service by a signed-in account of each role. A refusal must
// come from the model (the same code the window, the command line and sync call) and must write
// nothing: the audit log does not grow and the record does not change.
//
// TestPermissions checks the permission table itself (every Permission × every Role); this test
// checks that the repositories ask it.

#include "SessionFixture.h"

#include "accounts/AccountRepository.h"
#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "centre/CentreRepository.h"
#include "clients/ClientRepository.h"
#include "documents/PriceListRepository.h"
#include "documents/SignedDocumentRepository.h"
#include "sessions/SessionLogRepository.h"
#include "statistics/StatisticsBuilder.h"
#include "store/Backup.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

enum class Action {
    ApplyForClient,     // register a client with the application that opens the case
    AdministrativeStep, // a case action of the front desk's kind: confirm registration
    ClinicalStep,       // a case action of social work: the needs review
    RevealIdNumber,     // the full ID number (audited)
    ViewClinicalRecord, // diagnosis, assessments, session logs
    SaveSessionLog,     // a new session log
    SignConsent,        // a consent form with signatures
    BuildStatistics,    // the month's indicators
    ExportStatistics,   // the audit entry every export needs before it is written
    ManageAccounts,     // create an account
    Backup,             // an encrypted copy of the store
    EditCentreProfile,  // the centre's name and code
    EditPriceList,      // 明码标价 items
};

struct Expected {
    Action action;
    const char* name;
    bool frontDesk, caseManager, supervisor, administrator;
};

// The product's rules in one table (README "What works today", docs/security.md "Roles"). A change
// of a role's powers must change this table by hand.
const Expected kMatrix[] = {
    //                                                front  case   super  admin
    {Action::ApplyForClient, "apply-for-client", true, true, true, false},
    {Action::AdministrativeStep, "administrative-step", true, true, true, false},
    {Action::ClinicalStep, "clinical-step", false, true, true, false},
    {Action::RevealIdNumber, "reveal-id-number", true, true, true, false},
    {Action::ViewClinicalRecord, "view-clinical-record", false, true, true, false},
    {Action::SaveSessionLog, "save-session-log", false, true, true, false},
    {Action::SignConsent, "sign-consent", false, true, true, false},
    {Action::BuildStatistics, "build-statistics", false, false, true, false},
    {Action::ExportStatistics, "export-statistics", false, false, true, false},
    {Action::ManageAccounts, "manage-accounts", false, false, true, true},
    {Action::Backup, "backup", false, false, true, true},
    {Action::EditCentreProfile, "edit-centre-profile", false, false, true, true},
    {Action::EditPriceList, "edit-price-list", false, false, true, false},
};

const QString kIdNumber = QStringLiteral("110105199003071239");
const QString kDiagnosis = QStringLiteral("F20.0");

struct Login {
    QString username;
    QString password;
};

// What one call returned: allowed, or refused with the repository's code (0 where it has none).
struct Outcome {
    bool allowed = false;
    int code = 0;
    QString message;
};

template <typename T> Outcome outcomeOf(const Result<T>& r)
{
    return r ? Outcome{true, 0, {}} : Outcome{false, r.error().code, r.error().message};
}

} // namespace

Q_DECLARE_METATYPE(Role)
Q_DECLARE_METATYPE(Action)

class TestSecurityRoles : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;
    QString m_itemKey;
    QString m_served;     // in service, with a diagnosis, an intake assessment, consent and agreement
    QString m_identified; // registered with a full ID number
    StatisticsReport m_report;
    QTemporaryDir m_out;
    QMap<Role, Login> m_logins;

    Actor supervisor() { return m_store.ws().actor(); }
    QDate today() const { return m_store.today(); }

    // Prepared by the supervisor before the role acts: a client whose case waits for `action`.
    QString clientWaitingFor(Action action)
    {
        CaseDriver driver(m_store.ws());
        static int n = 0;
        const QString name = QStringLiteral("待办%1").arg(++n);
        if (action == Action::AdministrativeStep)
            return driver.apply(samplePerson(name), hospitalApplication(today())); // register next
        return driver.apply(samplePerson(name), voluntaryApplication(today()));    // needs review next
    }

    Outcome perform(Workspace& ws, Action action, Role role, const QString& prepared)
    {
        const Actor& actor = ws.actor();
        Journal& journal = ws.journal();
        const QString tag = roleKey(role);
        switch (action) {
        case Action::ApplyForClient:
            return outcomeOf(LifecycleService(journal).apply(
                actor, samplePerson(QStringLiteral("新登记") + tag), voluntaryApplication(today())));
        case Action::AdministrativeStep:
            return outcomeOf(LifecycleService(journal).perform(actor, prepared, CaseAction::Register, {}));
        case Action::ClinicalStep:
            return outcomeOf(LifecycleService(journal).perform(actor, prepared, CaseAction::ReviewNeeds,
                                                               because(QStringLiteral("需要日间训练"))));
        case Action::RevealIdNumber: {
            const Result<QString> r =
                ClientRepository(journal).reveal(actor, m_identified, ClientRepository::Identifier::IdNumber);
            if (r && r.value() != kIdNumber)
                return {false, -1, QStringLiteral("revealed the wrong number")};
            return outcomeOf(r);
        }
        case Action::ViewClinicalRecord: {
            const ScaleLibrary scales;
            const Result<QList<Assessment>> assessments =
                AssessmentRepository(journal, scales).list(actor, m_served);
            const Result<QList<SessionLog>> sessions = SessionLogRepository(journal).list(actor, m_served);
            const std::optional<ClientRecord> record = ClientRepository(journal).load(actor, m_served);
            const bool diagnosisShown = record && record->diagnosisCode == kDiagnosis;
            if (bool(assessments) != bool(sessions) || bool(assessments) != diagnosisShown)
                return {false, -1, QStringLiteral("assessments, session logs and diagnosis disagree")};
            if (assessments && assessments.value().isEmpty())
                return {false, -1, QStringLiteral("the intake assessment is missing")};
            return outcomeOf(assessments);
        }
        case Action::SaveSessionLog:
            return outcomeOf(
                SessionLogRepository(journal).save(actor, sampleSession(m_served, actor.username, today())));
        case Action::SignConsent:
            return outcomeOf(SignedDocumentRepository(journal).sign(actor, sampleConsent(m_served, today())));
        case Action::BuildStatistics: {
            StatisticsBuilder::Options options;
            options.period = ReportPeriod::month(today().year(), today().month());
            return outcomeOf(StatisticsBuilder(journal).build(actor, options));
        }
        case Action::ExportStatistics:
            return outcomeOf(StatisticsBuilder(journal).recordExport(actor, m_report, QStringLiteral("csv")));
        case Action::ManageAccounts:
            return outcomeOf(AccountService(ws, KdfParams::fastest())
                                 .create(QStringLiteral("new.") + tag, QStringLiteral("新同事"),
                                         Role::Administrator,
                                         secret(QStringLiteral("Brand-New-Staff-77-Key"))));
        case Action::Backup:
            return outcomeOf(kq::Backup::write(ws, secret(m_logins.value(role).password),
                                               m_out.filePath(tag + QStringLiteral(".kqdb")), false));
        case Action::EditCentreProfile: {
            CentreProfile centre = *CentreRepository(journal).load();
            centre.name += QStringLiteral("（%1）").arg(tag);
            return outcomeOf(CentreRepository(journal).update(actor, centre));
        }
        case Action::EditPriceList: {
            PriceItem p;
            p.name = QStringLiteral("个案辅导 ") + tag;
            p.unit = QStringLiteral("次");
            p.priceFen = 5000;
            p.effectiveFrom = QDate(2026, 1, 1);
            return outcomeOf(PriceListRepository(journal).add(actor, p));
        }
        }
        return {false, -1, QStringLiteral("unknown action")};
    }

    // The code each repository gives a refusal by role (0: the API has none; the test then relies
    // on "nothing changed" alone).
    static int refusalCode(Action action)
    {
        switch (action) {
        case Action::ApplyForClient:
        case Action::AdministrativeStep:
        case Action::ClinicalStep:
            return LifecycleService::NotPermitted;
        case Action::RevealIdNumber:
            return ClientRepository::NotPermitted;
        case Action::ViewClinicalRecord:
            return AssessmentRepository::NotPermitted;
        case Action::SaveSessionLog:
            return SessionLogRepository::NotPermitted;
        case Action::SignConsent:
            return SignedDocumentRepository::NotPermitted;
        case Action::BuildStatistics:
        case Action::ExportStatistics:
            return StatisticsBuilder::NotPermitted;
        case Action::Backup:
            return kq::Backup::NotPermitted;
        case Action::EditPriceList:
            return PriceListRepository::NotPermitted;
        case Action::ManageAccounts:
        case Action::EditCentreProfile:
            return 0;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store.open(kMondayMorning);
        Workspace& ws = m_store.ws();
        m_logins.insert(Role::Supervisor, {ws.actor().username, kPassword});
        addAccount(ws, QStringLiteral("qian.desk"), QStringLiteral("钱前台"), Role::FrontDesk);
        addAccount(ws, QStringLiteral("zhao.case"), QStringLiteral("赵个案"), Role::CaseManager);
        addAccount(ws, QStringLiteral("zhou.admin"), QStringLiteral("周管理"), Role::Administrator);
        m_logins.insert(Role::FrontDesk, {QStringLiteral("qian.desk"), kStaffPassword});
        m_logins.insert(Role::CaseManager, {QStringLiteral("zhao.case"), kStaffPassword});
        m_logins.insert(Role::Administrator, {QStringLiteral("zhou.admin"), kStaffPassword});

        m_itemKey = addDayTraining(ws.journal(), supervisor());
        ClientRecord person = samplePerson(QStringLiteral("刘服务"));
        person.diagnosisCode = kDiagnosis;
        person.severeDisorder = SevereDisorder::Schizophrenia;
        m_served =
            CaseDriver(ws).admit(person, hospitalApplication(today().addDays(-20)), CaseState::InService);
        signedOk(ws.journal(), supervisor(), sampleConsent(m_served, today().addDays(-1)));
        signedOk(ws.journal(), supervisor(), sampleAgreement(m_served, today().addDays(-1), m_itemKey));
        KQ_VERIFY_OK(SessionLogRepository(ws.journal())
                         .save(supervisor(), sampleSession(m_served, supervisor().username, today())));
        m_identified = CaseDriver(ws).apply(samplePerson(QStringLiteral("张证件"), kIdNumber),
                                            hospitalApplication(today()));

        StatisticsBuilder::Options options;
        options.period = ReportPeriod::month(today().year(), today().month());
        Result<StatisticsReport> report = StatisticsBuilder(ws.journal()).build(supervisor(), options);
        KQ_VERIFY_OK(report);
        m_report = report.take();
        QVERIFY(m_out.isValid());
    }

    void cleanupTestCase() { m_store.close(); }

    void everyRoleIsAllowedOrRefusedAsTheTableSays_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        for (const Expected& e : kMatrix) {
            const QList<std::pair<Role, bool>> byRole{{Role::FrontDesk, e.frontDesk},
                                                      {Role::CaseManager, e.caseManager},
                                                      {Role::Supervisor, e.supervisor},
                                                      {Role::Administrator, e.administrator}};
            for (const auto& [role, allowed] : byRole)
                QTest::addRow("%s/%s", qPrintable(roleKey(role)), e.name) << role << e.action << allowed;
        }
    }

    void everyRoleIsAllowedOrRefusedAsTheTableSays()
    {
        QFETCH(Role, role);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        const QString prepared = action == Action::AdministrativeStep || action == Action::ClinicalStep
                                     ? clientWaitingFor(action)
                                     : QString();

        // The person signs in as anyone would: their own account, their own password.
        const Login login = m_logins.value(role);
        Workspace ws(pathsIn(m_store.dir()), m_store.clock());
        KQ_VERIFY_OK(ws.unlock(login.username, secret(login.password)));
        QCOMPARE(ws.actor().role, role);

        const QString centreBefore = CentreRepository(ws.journal()).load()->name;
        const bool accountBefore = AccountRepository(ws.journal())
                                       .findByUsername(QStringLiteral("new.") + roleKey(role))
                                       .has_value();
        const qint64 auditBefore = AuditLog(ws.database()).count();

        const Outcome outcome = perform(ws, action, role, prepared);
        QVERIFY2(outcome.code != -1, qPrintable(outcome.message));
        QVERIFY2(outcome.allowed == allowed,
                 qPrintable(allowed ? outcome.message : QStringLiteral("allowed")));
        if (allowed)
            return;

        // Refused by the model: the repository's own code and a message to show, and nothing written.
        QVERIFY(!outcome.message.isEmpty());
        if (const int code = refusalCode(action); code != 0)
            QCOMPARE(outcome.code, code);
        QCOMPARE(AuditLog(ws.database()).count(), auditBefore);
        QCOMPARE(CentreRepository(ws.journal()).load()->name, centreBefore);
        QCOMPARE(AccountRepository(ws.journal())
                     .findByUsername(QStringLiteral("new.") + roleKey(role))
                     .has_value(),
                 accountBefore);
        if (action == Action::Backup)
            QVERIFY(!QFileInfo::exists(m_out.filePath(roleKey(role) + QStringLiteral(".kqdb"))));
    }

    void everyActionOfTheTableIsTested()
    {
        // One row per Action: a new action must be added to the table (and so to the test).
        QCOMPARE(int(std::size(kMatrix)), int(Action::EditPriceList) + 1);
        for (int i = 0; i < int(std::size(kMatrix)); ++i)
            QCOMPARE(int(kMatrix[i].action), i);
    }

    void frontDeskSeesTheClientButNotTheDiagnosisAndTheAdministratorNeither()
    {
        // The same record, loaded for each role: the clinical fields are left out by the model.
        for (Role role : {Role::FrontDesk, Role::Administrator}) {
            const Login login = m_logins.value(role);
            Workspace ws(pathsIn(m_store.dir()), m_store.clock());
            KQ_VERIFY_OK(ws.unlock(login.username, secret(login.password)));
            const std::optional<ClientRecord> record =
                ClientRepository(ws.journal()).load(ws.actor(), m_served);
            if (role == Role::Administrator) {
                QVERIFY(!record);
                continue;
            }
            QVERIFY(record);
            QCOMPARE(record->name, QStringLiteral("刘服务"));
            QVERIFY(record->diagnosisCode.isEmpty());
            QCOMPARE(record->severeDisorder, SevereDisorder::None);
            // Nor in the case's events (reasons and details are clinical).
            for (const CaseEvent& e : LifecycleService(ws.journal()).events(ws.actor(), m_served))
                QVERIFY2(e.reason.isEmpty(), qPrintable(e.reason));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecurityRoles)
#include "TestSecurityRoles.moc"
