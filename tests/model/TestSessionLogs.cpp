#include "SessionFixture.h"

#include "audit/AuditLog.h"
#include "centre/CentreSettings.h"
#include "documents/ServiceGate.h"
#include "sessions/SessionLogRepository.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/StoredValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kq;
using namespace kq::test;

class TestSessionLogs : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;
    Actor m_zhao; // case manager who writes the logs
    Actor m_li;   // another case manager
    QString m_itemKey;
    QString m_client;

    Database& db() { return m_store.db(); }
    Journal& journal() { return m_store.journal(); }
    SessionLogRepository repo() { return SessionLogRepository(journal()); }
    QDate today() const { return m_store.today(); }
    qint64 sessionCount() { return db().queryInt("SELECT COUNT(*) FROM sessions"); }
    QString lastContact(const QString& client)
    {
        Statement s = db().prepare("SELECT last_contact_on FROM case_files WHERE client_id = ?");
        s.bind(1, client);
        return s.step() ? s.text(0) : QString();
    }

    QString saved(const SessionLog& l)
    {
        const Result<SessionLogRepository::Saved> r = repo().save(m_zhao, l);
        if (!r)
            qFatal("save failed: %s", qPrintable(r.error().describe()));
        return r.value().id;
    }

private Q_SLOTS:
    void init()
    {
        m_store.open(kMondayMorning);
        m_zhao =
            addAccount(m_store.ws(), QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::CaseManager);
        m_li = addAccount(m_store.ws(), QStringLiteral("li.na"), QStringLiteral("李娜"), Role::CaseManager);
        m_itemKey = addDayTraining(journal(), m_store.ws().actor());
        m_client = servedClient(m_store.ws(), m_zhao, QStringLiteral("王强"), m_itemKey, today());
    }
    void cleanup() { m_store.close(); }

    void savesAndKeepsTheLastContact()
    {
        QCOMPARE(lastContact(m_client), QString());
        const qint64 outbox = Outbox(db()).pendingCount();
        SessionLog l = sampleSession(m_client, m_zhao.username, today());
        l.contents << QStringLiteral("social_skills")
                   << QStringLiteral("medication_training"); // repeat dropped
        l.place = ServicePlace::Home;
        l.riskFlag = true;
        l.nextStep = QStringLiteral("下周家访");
        l.nextOn = today().addDays(7);
        l.nextAt = QTime(10, 0);
        const QString id = saved(l);
        const SessionLog s = repo().find(m_zhao, id).value();
        QCOMPARE(s.contents,
                 (QStringList{QStringLiteral("medication_training"), QStringLiteral("social_skills")}));
        QCOMPARE(s.place, ServicePlace::Home);
        QVERIFY(s.riskFlag);
        QCOMPARE(s.nextOn, today().addDays(7));
        QCOMPARE(s.nextAt, QTime(10, 0));
        QCOMPARE(s.createdBy, m_zhao.username);
        QCOMPARE(s.editableUntil(), m_store.clock().now().addDays(7));
        QCOMPARE(lastContact(m_client), QStringLiteral("2026-11-23"));
        QCOMPARE(Outbox(db()).pendingCount(), outbox + 1);
        QCOMPARE(AuditLog(db()).forRecords({id}).size(), 1);
    }

    void gatesOnConsentAndAgreement()
    {
        const QString unsigned_ = CaseDriver(m_store.ws())
                                      .admit(samplePerson(QStringLiteral("李梅")),
                                             hospitalApplication(today().addDays(-20)), CaseState::InService);
        Result<SessionLogRepository::Saved> r =
            repo().save(m_zhao, sampleSession(unsigned_, m_zhao.username, today()));
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(ServiceGate::Missing));
        QCOMPARE(r.error().field, QStringLiteral("consent"));
        QCOMPARE(sessionCount(), 0);
        // Before the documents were signed, even for a client who has them now.
        r = repo().save(m_zhao, sampleSession(m_client, m_zhao.username, today().addDays(-1)));
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(ServiceGate::Missing));

        KQ_VERIFY_OK(CentreSettings::load(db()).setServiceGate(journal(), m_store.ws().actor(),
                                                               CentreSettings::GateMode::Warn));
        r = repo().save(m_zhao, sampleSession(unsigned_, m_zhao.username, today()));
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().warnings.size(), 2);
        QCOMPARE(sessionCount(), 1);
    }

    void refusesCasesNotInService()
    {
        const QString waiting = CaseDriver(m_store.ws())
                                    .admit(samplePerson(QStringLiteral("张伟")), hospitalApplication(today()),
                                           CaseState::Registered);
        const Result<SessionLogRepository::Saved> r =
            repo().save(m_zhao, sampleSession(waiting, m_zhao.username, today()));
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(SessionLogRepository::NotInService));
        QCOMPARE(r.error().field, QStringLiteral("client"));
        const Result<SessionLogRepository::Saved> missing =
            repo().save(m_zhao, sampleSession(QStringLiteral("no-such-client"), m_zhao.username, today()));
        QCOMPARE(missing.error().code, int(SessionLogRepository::NotFound));
    }

    void namesEveryBadField_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("field");
        QTest::newRow("no staff") << "staff"
                                  << "staff";
        QTest::newRow("front desk as staff") << "staff-role"
                                             << "staff";
        QTest::newRow("future") << "held-on"
                                << "held-on";
        QTest::newRow("no time") << "starts-at"
                                 << "starts-at";
        QTest::newRow("minutes") << "minutes"
                                 << "minutes";
        QTest::newRow("no contents") << "contents"
                                     << "contents";
        QTest::newRow("unknown content") << "contents-unknown"
                                         << "contents";
        QTest::newRow("form") << "form"
                              << "form";
        QTest::newRow("goal") << "goal"
                              << "goal";
        QTest::newRow("observations") << "observations"
                                      << "observations";
        QTest::newRow("next step") << "next-step"
                                   << "next-step";
        QTest::newRow("next before") << "next-on"
                                     << "next-on";
        QTest::newRow("time without date") << "next-on-time"
                                           << "next-on";
    }

    void namesEveryBadField()
    {
        QFETCH(QString, fault);
        QFETCH(QString, field);
        const Actor desk =
            addAccount(m_store.ws(), QStringLiteral("desk"), QStringLiteral("前台"), Role::FrontDesk);
        SessionLog l = sampleSession(m_client, m_zhao.username, today());
        if (fault == u"staff")
            l.staff = QStringLiteral("  ");
        else if (fault == u"staff-role")
            l.staff = desk.username;
        else if (fault == u"held-on")
            l.heldOn = today().addDays(1);
        else if (fault == u"starts-at")
            l.startsAt = QTime();
        else if (fault == u"minutes")
            l.minutes = SessionLog::kMaxMinutes + 1;
        else if (fault == u"contents")
            l.contents = {QStringLiteral(" ")};
        else if (fault == u"contents-unknown")
            l.contents = {QStringLiteral("juggling")};
        else if (fault == u"form")
            l.form.clear();
        else if (fault == u"goal")
            l.goalId = QStringLiteral("7d1f0e1c-0000-4000-8000-000000000000");
        else if (fault == u"observations")
            l.observations = QStringLiteral(" \n ");
        else if (fault == u"next-step")
            l.nextStep = QString(SessionLog::kMaxNextStepLength + 1, QLatin1Char('x'));
        else if (fault == u"next-on")
            l.nextOn = today().addDays(-1);
        else if (fault == u"next-on-time")
            l.nextAt = QTime(9, 0);
        const Result<SessionLogRepository::Saved> r = repo().save(m_zhao, l);
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(SessionLogRepository::Invalid));
        QCOMPARE(r.error().field, field);
        QCOMPARE(sessionCount(), 0);
    }

    void linksAGoalOfThePlan()
    {
        Statement s = db().prepare("SELECT goals FROM plans WHERE client_id = ?");
        s.bind(1, m_client);
        QVERIFY(s.step());
        const QString goal =
            QJsonDocument::fromJson(s.text(0).toUtf8()).array().first()[QStringLiteral("id")].toString();
        QVERIFY(!goal.isEmpty());
        SessionLog l = sampleSession(m_client, m_zhao.username, today());
        l.goalId = goal;
        QCOMPARE(repo().find(m_zhao, saved(l)).value().goalId, goal);
    }

    void authorEditsInsideTheWindow()
    {
        const QString id = saved(sampleSession(m_client, m_zhao.username, today()));
        SessionLog l = repo().find(m_zhao, id).value();
        QCOMPARE(repo().changeAllowed(m_zhao, l), SessionLogRepository::Change::Edit);
        QCOMPARE(repo().changeAllowed(m_li, l), SessionLogRepository::Change::None);

        l.observations = QStringLiteral("按时服药，情绪平稳，主动交流。");
        l.minutes = 50;
        const Result<SessionLogRepository::Saved> other = repo().edit(m_li, l);
        QCOMPARE(other.error().code, int(SessionLogRepository::NotAuthor));
        QCOMPARE(repo().amend(m_li, l, QStringLiteral("补充")).error().code,
                 int(SessionLogRepository::WindowOpen));

        m_store.clock().advance(qint64(SessionLog::kEditDays) * 24 * 3600 * 1000 - 1000);
        KQ_VERIFY_OK(repo().edit(m_zhao, l));
        const SessionLog edited = repo().find(m_zhao, id).value();
        QCOMPARE(edited.minutes, 50);
        QCOMPARE(edited.observations, l.observations);
        QVERIFY(!edited.amended);
        QCOMPARE(repo().amendments(m_zhao, id).value().size(), 0);
        QCOMPARE(repo().edit(m_zhao, edited).error().code, int(SessionLogRepository::NoChange));
        // Both writes audited, each with the fields it changed.
        const QList<AuditEntry> audit = AuditLog(db()).forRecords({id});
        QCOMPARE(audit.size(), 2);
    }

    void afterTheWindowOnlyAmendmentsKeepingTheOriginal()
    {
        const QString id = saved(sampleSession(m_client, m_zhao.username, today()));
        m_store.clock().advance(qint64(SessionLog::kEditDays) * 24 * 3600 * 1000 + 1000);
        SessionLog l = repo().find(m_zhao, id).value();
        QCOMPARE(repo().changeAllowed(m_zhao, l), SessionLogRepository::Change::Amend);
        QCOMPARE(repo().changeAllowed(m_li, l), SessionLogRepository::Change::Amend);
        l.observations = QStringLiteral("服药依从性差，需家属督促。");
        QCOMPARE(repo().edit(m_zhao, l).error().code, int(SessionLogRepository::WindowClosed));
        const Result<SessionLogRepository::Saved> noReason = repo().amend(m_li, l, QStringLiteral("  "));
        QCOMPARE(noReason.error().code, int(SessionLogRepository::ReasonMissing));
        QCOMPARE(noReason.error().field, QStringLiteral("reason"));
        QCOMPARE(repo().find(m_zhao, id).value().observations, QStringLiteral("按时服药，情绪平稳。"));

        KQ_VERIFY_OK(repo().amend(m_li, l, QStringLiteral("家属来电更正")));
        const SessionLog amended = repo().find(m_zhao, id).value();
        QVERIFY(amended.amended);
        QCOMPARE(amended.observations, l.observations);
        const QList<SessionAmendment> a = repo().amendments(m_zhao, id).value();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].reason, QStringLiteral("家属来电更正"));
        QCOMPARE(a[0].amendedBy, m_li.username);
        QCOMPARE(a[0].before,
                 (QVariantMap{{QStringLiteral("observations"), QStringLiteral("按时服药，情绪平稳。")}}));
        QCOMPARE(a[0].after, (QVariantMap{{QStringLiteral("observations"), l.observations}}));
        QCOMPARE(AuditLog(db()).forRecords({id}).last().action, QStringLiteral("amend"));
    }

    void rolesHoldInTheModel()
    {
        const Actor desk =
            addAccount(m_store.ws(), QStringLiteral("desk"), QStringLiteral("前台"), Role::FrontDesk);
        QCOMPARE(repo().save(desk, sampleSession(m_client, m_zhao.username, today())).error().code,
                 int(SessionLogRepository::NotPermitted));
        const QString id = saved(sampleSession(m_client, m_zhao.username, today()));
        QCOMPARE(repo().find(desk, id).error().code, int(SessionLogRepository::NotPermitted));
        QCOMPARE(repo().list(desk, m_client).error().code, int(SessionLogRepository::NotPermitted));
        QVERIFY(!repo().latestBy(desk, m_zhao.username, m_client));
    }

    void defaultsComeFromTheAuthorsLatestLog()
    {
        QVERIFY(!repo().latestBy(m_zhao, m_zhao.username, m_client));
        const QString other = servedClient(m_store.ws(), m_zhao, QStringLiteral("刘洋"), m_itemKey, today());
        SessionLog first = sampleSession(other, m_zhao.username, today());
        first.minutes = 30;
        saved(first);
        QCOMPARE(repo().latestBy(m_zhao, m_zhao.username, m_client)->minutes, 30); // any client
        SessionLog own = sampleSession(m_client, m_zhao.username, today());
        own.minutes = 90;
        own.startsAt = QTime(8, 0);
        saved(own);
        QCOMPARE(repo().latestBy(m_zhao, m_zhao.username, m_client)->minutes, 90); // this client first
        QCOMPARE(repo().list(m_zhao, m_client).value().size(), 1);
    }

    void importsHistoryWithoutTheOutbox()
    {
        const qint64 outbox = Outbox(db()).pendingCount();
        const qint64 audit = AuditLog(db()).count();
        QList<SessionLog> logs;
        for (int i = 0; i < 3; ++i) {
            SessionLog l = sampleSession(m_client, m_zhao.username, today().addMonths(-i - 1));
            l.id = QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(i);
            logs << l;
        }
        const Result<int> r = repo().importHistory(m_zhao, logs);
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value(), 3);
        QCOMPARE(sessionCount(), 3);
        QCOMPARE(Outbox(db()).pendingCount(), outbox);
        QCOMPARE(AuditLog(db()).count(), audit + 1);
        QCOMPARE(lastContact(m_client), isoDate(today().addMonths(-1)));
        logs[0].observations.clear();
        QCOMPARE(repo().importHistory(m_zhao, {logs[0]}).error().code, int(SessionLogRepository::Invalid));
    }
};

QTEST_MAIN(TestSessionLogs)
#include "TestSessionLogs.moc"
