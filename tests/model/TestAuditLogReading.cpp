#include "CaseFixture.h"

#include "audit/AuditLog.h"
#include "audit/AuditLogModel.h"
#include "audit/AuditVocabulary.h"
#include "clients/ClientRepository.h"
#include "lifecycle/CaseAction.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {
const QString kIdNumber = QStringLiteral("110105199001011232");
const QString kName = QStringLiteral("张卫国");
} // namespace

// How a supervisor reads the audit log: every stored key in words, people by name, the client a
// record belongs to (masked as in lists), filters, and the right to read checked by the model.
class TestAuditLogReading : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;

    QSet<QString> storedKeys(const char* column)
    {
        QSet<QString> out;
        Statement s = m_store.db().prepare(std::string("SELECT DISTINCT ") + column + " FROM audit_log");
        while (s.step())
            out.insert(s.text(0));
        return out;
    }

    // A client taken from application to service, with an intake assessment and a plan.
    QString clientInService()
    {
        CaseDriver driver(m_store.ws());
        const QString id = driver.apply(samplePerson(kName, kIdNumber), hospitalApplication(m_store.today()));
        driver.advance(id, CaseState::InService);
        return id;
    }

    // Every page of the log, read as `actor`; fatal when refused (the refusal has its own test).
    AuditLogModel* readModel(const Actor& actor)
    {
        auto* model = new AuditLogModel(this);
        const Result<void> allowed = model->setDatabase(&m_store.db(), actor);
        if (!allowed)
            qFatal("audit log refused: %s", qPrintable(allowed.error().describe()));
        while (model->canFetchMore({}))
            model->fetchMore({});
        return model;
    }

    int rowWhere(AuditLogModel* model, const QString& action, const QString& entity)
    {
        Statement s = m_store.db().prepare("SELECT seq FROM audit_log WHERE action = ? AND entity = ? "
                                           "ORDER BY seq DESC LIMIT 1");
        s.bindAll(action, entity);
        if (!s.step())
            return -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(Qt::UserRole).toLongLong() == s.int64(0))
                return r;
        return -1;
    }

private Q_SLOTS:
    void init() { m_store.open(kMondayMorning); }
    void cleanup() { m_store.close(); }

    // The list Journal::record checks every entry against: each key reads as words, not itself.
    void everyRecordableKeyHasALabel()
    {
        for (const QString& action : AuditVocabulary::actionKeys()) {
            const QString name = AuditVocabulary::actionName(action);
            QVERIFY2(!name.isEmpty() && name != action, qPrintable(action));
        }
        for (const QString& entity : AuditVocabulary::entityKeys()) {
            const QString name = AuditVocabulary::entityName(entity);
            QVERIFY2(!name.isEmpty() && name != entity, qPrintable(entity));
        }
        // Case steps come from CaseActions itself: a new step is in the list without copying.
        for (CaseAction a : CaseActions::all())
            QVERIFY(AuditVocabulary::actionKeys().contains(CaseActions::key(a)));
        QVERIFY(!AuditVocabulary::isKnownAction(QStringLiteral("made-up")));
        for (AuditVocabulary::Kind k : AuditVocabulary::kinds())
            for (const QString& action : AuditVocabulary::actionsOf(k))
                QVERIFY2(AuditVocabulary::isKnownAction(action), qPrintable(action));
    }

    // A real workflow writes only keys the vocabulary knows, and its fields have form labels.
    void aCaseWorkflowLeavesNoBareKey()
    {
        clientInService();
        for (const QString& action : storedKeys("action"))
            QVERIFY2(AuditVocabulary::isKnownAction(action), qPrintable(action));
        Statement s =
            m_store.db().prepare("SELECT DISTINCT entity, fields FROM audit_log WHERE fields <> ''");
        QStringList bare;
        while (s.step()) {
            const QString entity = s.text(0);
            for (const QString& field : s.text(1).split(u','))
                if (AuditVocabulary::fieldName(entity, field) == field &&
                    !bare.contains(entity + u'.' + field))
                    bare << entity + u'.' + field;
        }
        QVERIFY2(bare.isEmpty(), qPrintable(bare.join(QStringLiteral(", "))));
    }

    void unknownKeysReadAsThemselves()
    {
        QCOMPARE(AuditVocabulary::actionName(QStringLiteral("archive-v9")), QStringLiteral("archive-v9"));
        QCOMPARE(AuditVocabulary::entityName(QStringLiteral("hologram")), QStringLiteral("hologram"));
        QCOMPARE(AuditVocabulary::fieldName(QStringLiteral("client"), QStringLiteral("aura")),
                 QStringLiteral("aura"));
        QCOMPARE(AuditVocabulary::fieldName(QStringLiteral("client"), QStringLiteral("id_number")),
                 QStringLiteral("ID number"));
        // The same key means different things on different records.
        QCOMPARE(AuditVocabulary::actionName(QStringLiteral("close"), QStringLiteral("case_event")),
                 CaseActions::name(CaseAction::Close));
        QCOMPARE(AuditVocabulary::actionName(QStringLiteral("close"), QStringLiteral("price_item")),
                 QStringLiteral("Price ended"));
    }

    void rowsNameThePersonTheClientAndTheFields()
    {
        const QString clientId = clientInService();
        AuditLogModel* model = readModel(m_store.ws().actor());
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const int step = rowWhere(model, QStringLiteral("start-service"), QStringLiteral("case_event"));
        QVERIFY(step >= 0);
        QCOMPARE(model->index(step, AuditLogModel::Actor).data().toString(),
                 QStringLiteral("王丽 (wang.li)"));
        QCOMPARE(model->index(step, AuditLogModel::Action).data().toString(),
                 CaseActions::name(CaseAction::StartService));
        const QString subject = model->index(step, AuditLogModel::Record).data().toString();
        QVERIFY2(subject.contains(kName) && subject.contains(QStringLiteral("110105********1232")),
                 qPrintable(subject));
        QVERIFY(!subject.contains(kIdNumber));
        QVERIFY(!subject.contains(clientId.left(8)));

        const int file = rowWhere(model, QStringLiteral("update"), QStringLiteral("case_file"));
        QVERIFY(file >= 0);
        QVERIFY(model->index(file, AuditLogModel::Record)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Case file of ")));
        const QString fields = model->index(file, AuditLogModel::Fields).data().toString();
        QVERIFY2(!fields.contains(u'_'), qPrintable(fields));
        QVERIFY(model->sentence(file).contains(kName));
    }

    // A renamed account shows its new name; a username with no account shows as itself.
    void peopleByDisplayNameFallingBackToUsername()
    {
        const Actor nurse =
            addAccount(m_store.ws(), QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::CaseManager);
        AuditSubjects subjects(m_store.db());
        QCOMPARE(subjects.personName(nurse.username), QStringLiteral("赵敏 (zhao.min)"));
        QCOMPARE(subjects.personName(QStringLiteral("left.2019")), QStringLiteral("left.2019"));
        QCOMPARE(subjects.personName(QStringLiteral("platform")), QStringLiteral("National platform"));
        bool listed = false;
        for (const auto& [user, label] : subjects.people())
            listed |= user == nurse.username && label == QStringLiteral("赵敏 (zhao.min)");
        QVERIFY(listed);
    }

    // Administrators read the log without learning who the clients are.
    void administratorsSeeRecordTypesNotClients()
    {
        clientInService();
        const Actor admin = addAccount(m_store.ws(), QStringLiteral("it.admin"), QStringLiteral("信息科"),
                                       Role::Administrator);
        AuditLogModel* model = readModel(admin);
        const int step = rowWhere(model, QStringLiteral("start-service"), QStringLiteral("case_event"));
        QVERIFY(step >= 0);
        QVERIFY(!model->index(step, AuditLogModel::Record).data().toString().contains(kName));
    }

    void caseManagersAndFrontDeskAreRefused()
    {
        clientInService();
        for (Role role : {Role::CaseManager, Role::FrontDesk}) {
            const Actor a = addAccount(m_store.ws(), QStringLiteral("staff%1").arg(int(role)),
                                       QStringLiteral("职员"), role);
            QVERIFY(!AuditLog(m_store.db()).page(a, {}, 10));
            AuditLogModel model;
            QVERIFY(!model.setDatabase(&m_store.db(), a));
            QVERIFY(!model.canFetchMore({}));
            QCOMPARE(model.rowCount(), 0);
        }
        const Result<QList<AuditEntry>> supervisor =
            AuditLog(m_store.db()).page(m_store.ws().actor(), {}, 10);
        QVERIFY(supervisor);
        QCOMPARE(int(supervisor.value().size()), 10);
    }

    void filtersByPersonKindClientAndDate()
    {
        const QString first = clientInService();
        m_store.clock().set(kMondayMorning.addDays(3));
        const Actor manager =
            addAccount(m_store.ws(), QStringLiteral("li.na"), QStringLiteral("李娜"), Role::CaseManager);
        m_store.ws().lock();
        KQ_VERIFY_OK(m_store.ws().unlock(manager.username, secret(kStaffPassword)));
        CaseDriver driver(m_store.ws());
        const QString second =
            driver.apply(samplePerson(QStringLiteral("刘洋")), hospitalApplication(m_store.today()));
        const Actor supervisor{{}, QStringLiteral("wang.li"), QStringLiteral("王丽"), Role::Supervisor};
        AuditLog log(m_store.db());

        AuditLog::Filter byPerson;
        byPerson.actor = manager.username;
        const QList<AuditEntry> hers = log.page(supervisor, byPerson, 1000).value();
        QVERIFY(!hers.isEmpty());
        for (const AuditEntry& e : hers)
            QCOMPARE(e.actor, manager.username);

        AuditLog::Filter steps;
        steps.actions = AuditVocabulary::actionsOf(AuditVocabulary::Kind::CaseSteps);
        const QList<AuditEntry> stepEntries = log.page(supervisor, steps, 1000).value();
        QVERIFY(!stepEntries.isEmpty());
        for (const AuditEntry& e : stepEntries)
            QCOMPARE(e.entity, QStringLiteral("case_event"));

        AuditSubjects subjects(m_store.db());
        AuditLog::Filter byClient;
        byClient.clientId = first;
        const QList<AuditEntry> his = log.page(supervisor, byClient, 1000).value();
        QSet<QString> entities;
        for (const AuditEntry& e : his) {
            QCOMPARE(subjects.clientOf(e.entity, e.entityId), first);
            entities.insert(e.entity);
        }
        for (const char* e : {"client", "case_file", "case_event", "assessment", "plan"})
            QVERIFY2(entities.contains(QString::fromLatin1(e)), e);
        byClient.clientId = second;
        QVERIFY(!log.page(supervisor, byClient, 1000).value().isEmpty());

        AuditLog::Filter later;
        later.from = m_store.today();
        const QList<AuditEntry> after = log.page(supervisor, later, 1000).value();
        for (const AuditEntry& e : after)
            QVERIFY(e.at.toLocalTime().date() >= m_store.today());
        AuditLog::Filter earlier;
        earlier.to = m_store.today().addDays(-1);
        const QList<AuditEntry> before = log.page(supervisor, earlier, 1000).value();
        QVERIFY(!before.isEmpty());
        for (const AuditEntry& e : before)
            QVERIFY(e.actor != manager.username);
        QCOMPARE(int(after.size() + before.size()), int(log.count()));
    }
};

QTEST_GUILESS_MAIN(TestAuditLogReading)
#include "TestAuditLogReading.moc"
