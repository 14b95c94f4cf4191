// Workstations against the real platform server (kangqiao-platform, its own process on loopback):
// two workstations of centre A and one of centre B, each an encrypted store with its sync engine
// talking HTTP to the server, as in a centre (docs/sync-protocol.md; issue 7's scenarios).

#include "CaseFixture.h"
#include "PlatformProcess.h"
#include "TestEnvironment.h"
#include "client/HttpTransport.h"
#include "client/PlatformEnrolment.h"
#include "client/SyncEngine.h"
#include "clients/ClientRepository.h"
#include "lifecycle/LifecycleService.h"
#include "platform/ConflictResolver.h"
#include "platform/ConflictStore.h"
#include "platform/SyncState.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include "audit/AuditLog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>

using namespace kq;
using namespace kq::sync;
using namespace kq::test;

namespace {

const QString kCentreA = QStringLiteral("BJ-CY-0001"); // sampleSetup()'s centre
const QString kCentreB = QStringLiteral("BJ-HD-0002");

// One workstation: its own store (centre A's code unless told), signed in as the supervisor.
class Workstation {
public:
    Workstation(const QString& name, const QString& centreCode = kCentreA)
        : m_name(name), m_clock(std::make_unique<ManualClock>(kMondayMorning))
    {
        Workspace::Setup setup = sampleSetup();
        setup.centre.code = centreCode;
        if (centreCode != kCentreA)
            setup.centre.name = QStringLiteral("海淀区康复中心");
        if (!Workspace::initialise(pathsIn(m_dir), setup, secret(kPassword), *m_clock))
            qFatal("store set-up failed");
        m_ws = std::make_unique<Workspace>(pathsIn(m_dir), *m_clock);
        if (!m_ws->unlock(setup.username, secret(kPassword)))
            qFatal("unlock failed");
    }

    Workspace& ws() { return *m_ws; }
    Database& db() { return m_ws->database(); }
    Journal& journal() { return m_ws->journal(); }
    ManualClock& clock() { return *m_clock; }

    Result<void> enrol(const PlatformProcess& platform, const QString& centre, int protocolVersion = 1)
    {
        const QString code = platform.issueCode(centre);
        if (code.isEmpty())
            return Error(QStringLiteral("no enrolment code for ") + centre);
        HttpTransport transport({platform.url(), {}, 30000, protocolVersion});
        Result<void> outcome = Error(QStringLiteral("did not finish"));
        bool finished = false;
        QEventLoop loop;
        PlatformEnrolment::enrol(*m_ws, transport, {platform.url(), {}, centre, code, m_name},
                                 [&](Result<void> r) {
                                     outcome = std::move(r);
                                     finished = true;
                                     loop.quit();
                                 });
        if (!finished)
            loop.exec();
        if (outcome)
            makeEngine();
        return outcome;
    }

    // One round; the error text when it fails.
    QString sync()
    {
        if (!m_engine)
            makeEngine();
        QSignalSpy finished(m_engine.get(), &SyncEngine::roundFinished);
        m_engine->syncNow();
        if (finished.isEmpty() && !finished.wait(60000))
            return QStringLiteral("the round did not finish");
        return finished.first().at(0).toBool() ? QString() : finished.first().at(1).toString();
    }

    SyncEngine& engine() { return *m_engine; }

    void makeEngine(int protocolVersion = 1, QByteArray ca = {})
    {
        const PlatformLink link = *SyncState(db()).link();
        m_engine = std::make_unique<SyncEngine>(
            *m_ws,
            std::make_unique<HttpTransport>(HttpTransport::Options{
                QUrl(link.server), ca.isEmpty() ? link.caPem : ca, 30000, protocolVersion}),
            options);
    }

    SyncEngine::Options options;

    QString registerClient(const QString& name, const QString& phone = {})
    {
        ClientRecord person = samplePerson(name);
        person.phone = phone;
        return CaseDriver(*m_ws).apply(person, voluntaryApplication(m_clock->now().toLocalTime().date()));
    }

    QString column(const QString& table, const QString& column, const QString& id)
    {
        Statement s =
            db().prepare("SELECT " + column.toStdString() + " FROM " + table.toStdString() + " WHERE id = ?");
        s.bind(1, id);
        return s.step() ? s.text(0) : QStringLiteral("<missing>");
    }

    void edit(const QString& id, const std::function<void(ClientRecord&)>& change)
    {
        ClientRepository repo(journal());
        ClientRecord r = *repo.load(m_ws->actor(), id);
        change(r);
        if (Result<ClientRepository::Saved> saved = repo.update(m_ws->actor(), r); !saved)
            qFatal("edit failed: %s", qPrintable(saved.error().describe()));
    }

    qint64 clients() { return db().queryInt("SELECT count(*) FROM clients"); }

private:
    QString m_name;
    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<SyncEngine> m_engine;
};

// Reads the platform's own store with the sqlite3 shell (a reader no one here wrote).
QString platformQuery(const PlatformProcess& platform, const QString& sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"),
            {QStringLiteral("-readonly"),
             QDir(platform.dataDir()).filePath(QStringLiteral("platform.sqlite")), sql});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// Every client as a workstation holds it, in one comparable text.
QString clientSet(Workstation& w)
{
    QStringList rows;
    Statement s =
        w.db().prepare("SELECT id, name, coalesce(phone, ''), coalesce(address, ''), status FROM clients "
                       "ORDER BY id");
    while (s.step())
        rows << QStringList{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)}.join(u'|');
    return rows.join(u'\n');
}

// Rounds until one succeeds (faults make many fail); the last error when none did.
QString syncUntilDone(Workstation& w, int attempts = 60)
{
    QString error;
    for (int n = 0; n < attempts; ++n) {
        error = w.sync();
        if (error.isEmpty() && Outbox(w.db()).pendingCount() == 0)
            return {};
    }
    return error.isEmpty() ? QStringLiteral("changes still pending") : error;
}

} // namespace

class TestSyncIntegration : public QObject {
    Q_OBJECT

    std::unique_ptr<PlatformProcess> m_platform;

    // Work on three workstations: registrations and edits, `count` outbox operations in all. Returns
    // the op ids written.
    QStringList work(const QList<Workstation*>& stations, int count, quint32 seed)
    {
        QRandomGenerator random(seed);
        QStringList ids;
        int n = 0;
        while (Outbox(stations[0]->db()).pendingCount() + Outbox(stations[1]->db()).pendingCount() +
                   Outbox(stations[2]->db()).pendingCount() <
               count) {
            Workstation& w = *stations[n++ % stations.size()];
            if (ids.isEmpty() || random.bounded(3) == 0) {
                ids << w.registerClient(QStringLiteral("测试%1").arg(n),
                                        QStringLiteral("1380000%1").arg(n, 4, 10, QLatin1Char('0')));
            } else {
                // Edit a client this workstation has (its own or one it pulled).
                Statement s = w.db().prepare("SELECT id FROM clients ORDER BY random() LIMIT 1");
                if (s.step()) {
                    const QString id = s.text(0);
                    w.edit(id, [&](ClientRecord& r) { r.address = QStringLiteral("地址%1").arg(n); });
                }
            }
        }
        QStringList ops;
        for (Workstation* w : stations)
            for (const OutboxOperation& o : Outbox(w->db()).pending(100000))
                ops << o.opId;
        return ops;
    }

    void verifyConverged(const QList<Workstation*>& stations, const QStringList& ops)
    {
        // One more quiet round each, so everyone has pulled everything the others pushed.
        for (Workstation* w : stations)
            QCOMPARE(syncUntilDone(*w), QString());
        for (Workstation* w : stations)
            QCOMPARE(syncUntilDone(*w), QString());
        const QString reference = clientSet(*stations[0]);
        QVERIFY(!reference.isEmpty());
        for (Workstation* w : stations) {
            QCOMPARE(clientSet(*w), reference);
            QVERIFY(!AuditLog(w->db()).verify().has_value());
            QCOMPARE(w->db().queryInt("SELECT count(*) FROM sync_parked"), 0);
        }
        // Every acknowledged operation is on the platform exactly once (op_id is its key; a second
        // application would have needed a second answer), and every client once.
        QCOMPARE(
            platformQuery(*m_platform, QStringLiteral("SELECT count(*) FROM operations WHERE op_id IN ('%1')")
                                           .arg(ops.join(QStringLiteral("','"))))
                .toInt(),
            ops.size());
        QCOMPARE(
            platformQuery(*m_platform, QStringLiteral("SELECT count(*) FROM records WHERE entity = 'client' "
                                                      "AND centre = '%1' AND deleted = 0")
                                           .arg(kCentreA))
                .toLongLong(),
            stations[0]->clients());
    }

    // The platform came back on another port: tell the workstation (tests only; a real platform
    // keeps its address).
    void pointAt(Workstation& w)
    {
        PlatformLink link = *SyncState(w.db()).link();
        link.server = m_platform->url().toString();
        SyncState(w.db()).saveLink(link);
        w.makeEngine();
    }

private Q_SLOTS:
    void init()
    {
        m_platform = std::make_unique<PlatformProcess>();
        QVERIFY2(m_platform->start(), qPrintable(m_platform->log()));
        QVERIFY(m_platform->addCentre(kCentreA, QStringLiteral("朝阳区阳光康复中心")));
        QVERIFY(m_platform->addCentre(kCentreB, QStringLiteral("海淀区康复中心")));
    }

    void cleanup() { m_platform.reset(); }

    // Scenario 1: edits on A1 appear on A2; nothing of A's appears at B.
    void editsReachTheCentresOtherWorkstationOnly()
    {
        Workstation a1(QStringLiteral("A1")), a2(QStringLiteral("A2")), b(QStringLiteral("B1"), kCentreB);
        KQ_VERIFY_OK(a1.enrol(*m_platform, kCentreA));
        KQ_VERIFY_OK(a2.enrol(*m_platform, kCentreA));
        KQ_VERIFY_OK(b.enrol(*m_platform, kCentreB));
        const QString id = a1.registerClient(QStringLiteral("刘洋"), QStringLiteral("13800001111"));
        QCOMPARE(a1.sync(), QString());
        QCOMPARE(a1.engine().status().pending, 0);
        QCOMPARE(a2.sync(), QString());
        QCOMPARE(a2.column(QStringLiteral("clients"), QStringLiteral("name"), id), QStringLiteral("刘洋"));
        QCOMPARE(a2.column(QStringLiteral("clients"), QStringLiteral("status"), id),
                 a1.column(QStringLiteral("clients"), QStringLiteral("status"), id));
        a2.edit(id, [](ClientRecord& r) { r.address = QStringLiteral("朝阳区幸福路8号"); });
        QCOMPARE(a2.sync(), QString());
        QCOMPARE(a1.sync(), QString());
        QCOMPARE(a1.column(QStringLiteral("clients"), QStringLiteral("address"), id),
                 QStringLiteral("朝阳区幸福路8号"));
        QCOMPARE(b.sync(), QString());
        QCOMPARE(b.clients(), 0);
        QCOMPARE(b.column(QStringLiteral("clients"), QStringLiteral("name"), id),
                 QStringLiteral("<missing>"));
        // A round with nothing new is one push-free pull.
        QCOMPARE(a1.sync(), QString());
        QCOMPARE(a1.engine().lastRound().pushed, 0);
    }

    // Scenario 2: different fields merge; the same field becomes one conflict on each side.
    void concurrentEditsMergeOrConflict()
    {
        Workstation a1(QStringLiteral("A1")), a2(QStringLiteral("A2"));
        KQ_VERIFY_OK(a1.enrol(*m_platform, kCentreA));
        KQ_VERIFY_OK(a2.enrol(*m_platform, kCentreA));
        const QString id = a1.registerClient(QStringLiteral("黄磊"), QStringLiteral("13800002222"));
        QCOMPARE(a1.sync(), QString());
        QCOMPARE(a2.sync(), QString());

        a1.edit(id, [](ClientRecord& r) { r.phone = QStringLiteral("13900003333"); });
        a2.edit(id, [](ClientRecord& r) { r.address = QStringLiteral("朝阳区和平街2号"); });
        QCOMPARE(a1.sync(), QString());
        QCOMPARE(a2.sync(), QString());
        QCOMPARE(a1.sync(), QString());
        for (Workstation* w : {&a1, &a2}) {
            QCOMPARE(w->column(QStringLiteral("clients"), QStringLiteral("phone"), id),
                     QStringLiteral("13900003333"));
            QCOMPARE(w->column(QStringLiteral("clients"), QStringLiteral("address"), id),
                     QStringLiteral("朝阳区和平街2号"));
            QCOMPARE(ConflictStore(w->db()).openCount(), 0);
        }

        a1.edit(id, [](ClientRecord& r) { r.phone = QStringLiteral("13700004444"); });
        a2.edit(id, [](ClientRecord& r) { r.phone = QStringLiteral("13600005555"); });
        QCOMPARE(a1.sync(), QString());
        QCOMPARE(a2.sync(), QString());
        QCOMPARE(a1.sync(), QString());
        for (Workstation* w : {&a1, &a2}) {
            QCOMPARE(ConflictStore(w->db()).openCount(), 1);
            // Nothing was overwritten silently: the record holds the platform's value, the conflict
            // both.
            QCOMPARE(w->column(QStringLiteral("clients"), QStringLiteral("phone"), id),
                     QStringLiteral("13700004444"));
        }
        const SyncConflict c = ConflictStore(a1.db()).open().first();
        QCOMPARE(c.fields.value(QStringLiteral("phone")).toObject().value(QStringLiteral("yours")).toString(),
                 QStringLiteral("13600005555"));
        QCOMPARE(ConflictStore(a2.db()).open().first().id, c.id);

        // A2's person keeps A2's number; both workstations end with it and the conflict closed.
        KQ_VERIFY_OK(ConflictResolver(a2.journal())
                         .resolve(a2.ws().actor(), c.id, ConflictResolver::Choice::KeepOurs));
        QCOMPARE(a2.sync(), QString());
        QCOMPARE(a1.sync(), QString());
        for (Workstation* w : {&a1, &a2}) {
            QCOMPARE(w->column(QStringLiteral("clients"), QStringLiteral("phone"), id),
                     QStringLiteral("13600005555"));
            QCOMPARE(ConflictStore(w->db()).openCount(), 0);
        }
    }

    // Scenario 3: a platform-assigned referral appears at A; a transfer from A reaches B.
    void referralsArriveAndTransfersTravel()
    {
        Workstation a1(QStringLiteral("A1")), b(QStringLiteral("B1"), kCentreB);
        KQ_VERIFY_OK(a1.enrol(*m_platform, kCentreA));
        KQ_VERIFY_OK(b.enrol(*m_platform, kCentreB));
        const PlatformProcess::AdminResult assigned = m_platform->admin(
            {QStringLiteral("assign-referral"), QStringLiteral("--centre"), kCentreA,
             QStringLiteral("--name"), QStringLiteral("郑敏"), QStringLiteral("--gender"),
             QStringLiteral("female"), QStringLiteral("--birth-date"), QStringLiteral("1979-03-15"),
             QStringLiteral("--county"), QStringLiteral("110105"), QStringLiteral("--reference"),
             QStringLiteral("PLT-2026-0042")});
        QVERIFY2(assigned.ok(), qPrintable(assigned.err));
        QCOMPARE(a1.sync(), QString());
        QCOMPARE(a1.db().queryInt("SELECT count(*) FROM clients WHERE name = '郑敏'"), 1);
        QCOMPARE(a1.db().queryText("SELECT status FROM clients WHERE name = '郑敏'"),
                 QStringLiteral("referred"));
        QCOMPARE(a1.sync(), QString()); // exactly once
        QCOMPARE(a1.db().queryInt("SELECT count(*) FROM clients WHERE name = '郑敏'"), 1);
        // The case opened from the referral is the centre's like any other: a second workstation
        // derives the same rows, and an edit on one reaches the other.
        Workstation a2(QStringLiteral("A2"));
        KQ_VERIFY_OK(a2.enrol(*m_platform, kCentreA));
        QCOMPARE(a2.sync(), QString());
        const QString referred = a1.db().queryText("SELECT id FROM clients WHERE name = '郑敏'");
        QCOMPARE(a2.column(QStringLiteral("clients"), QStringLiteral("status"), referred),
                 QStringLiteral("referred"));
        a1.edit(referred, [](ClientRecord& r) { r.phone = QStringLiteral("13912345678"); });
        QCOMPARE(a1.sync(), QString());
        QCOMPARE(a2.sync(), QString());
        QCOMPARE(a2.column(QStringLiteral("clients"), QStringLiteral("phone"), referred),
                 QStringLiteral("13912345678"));
        QCOMPARE(a1.sync(), QString());
        for (Workstation* w : {&a1, &a2}) {
            for (const SyncConflict& c : ConflictStore(w->db()).open())
                qWarning(
                    "%s %s %s %s", qPrintable(SyncConflict::kindKey(c.kind)), qPrintable(c.entity),
                    qPrintable(QString::fromUtf8(QJsonDocument(c.fields).toJson(QJsonDocument::Compact))),
                    qPrintable(QString::fromUtf8(QJsonDocument(c.reasons).toJson(QJsonDocument::Compact))));
            QCOMPARE(ConflictStore(w->db()).openCount(), 0);
            QCOMPARE(w->db().queryInt("SELECT count(*) FROM clients WHERE name = '郑敏'"), 1);
            QCOMPARE(w->db().queryInt("SELECT count(*) FROM case_events WHERE client_id = '" +
                                      referred.toStdString() + "'"),
                     1);
        }

        // A transfer out of A naming centre B.
        const QString id = a1.registerClient(QStringLiteral("冯刚"), QStringLiteral("13800006666"));
        CaseDriver cases(a1.ws());
        cases.perform(id, CaseAction::ReviewNeeds, because(QStringLiteral("需要")));
        cases.perform(id, CaseAction::Register);
        cases.perform(
            id, CaseAction::TransferOut,
            because(QStringLiteral("搬家到海淀"), {{QStringLiteral("county"), QStringLiteral("110108")},
                                                   {QStringLiteral("centre"), kCentreB}}));
        QCOMPARE(a1.sync(), QString());
        QCOMPARE(b.sync(), QString());
        QCOMPARE(b.db().queryInt("SELECT count(*) FROM clients WHERE name = '冯刚'"), 1);
        QCOMPARE(b.db().queryText("SELECT status FROM clients WHERE name = '冯刚'"),
                 QStringLiteral("referred"));
        QCOMPARE(b.db().queryInt("SELECT count(*) FROM clients WHERE name = '郑敏'"), 0);
    }

    // Scenario 4: drops, resets, 5xx, duplicates and delays; everything converges exactly once.
    void faultsDoNotLoseOrRepeatAnything()
    {
        const int count = test::envInt("KANGQIAO_SYNC_FAULT_OPS", 300);
        Workstation a1(QStringLiteral("A1")), a2(QStringLiteral("A2")), a3(QStringLiteral("A3"));
        for (Workstation* w : {&a1, &a2, &a3})
            KQ_VERIFY_OK(w->enrol(*m_platform, kCentreA));
        QVERIFY(m_platform->restart(QStringList{
            QStringLiteral("--fault-drop"), QStringLiteral("0.1"), QStringLiteral("--fault-reset"),
            QStringLiteral("0.1"), QStringLiteral("--fault-5xx"), QStringLiteral("0.1"),
            QStringLiteral("--fault-duplicate"), QStringLiteral("0.3"), QStringLiteral("--fault-delay-ms"),
            QStringLiteral("30"), QStringLiteral("--fault-seed"), QStringLiteral("11")}));
        const QList<Workstation*> stations{&a1, &a2, &a3};
        // Small batches and pages, so the faults hit many requests.
        for (Workstation* w : stations) {
            w->options.batchOperations = 15;
            w->options.pageSize = 20;
            pointAt(*w);
        }
        QStringList ops;
        for (int round = 0; round < 3; ++round) {
            ops += work(stations, count / 3, quint32(round + 1));
            for (Workstation* w : stations)
                QCOMPARE(syncUntilDone(*w), QString());
        }
        verifyConverged(stations, ops);
        // The faults happened (the server says which in its log).
        const QString log = m_platform->log();
        QVERIFY2(log.count(QStringLiteral("fault: request handled twice")) >= 3, qPrintable(log.right(2000)));
        QVERIFY(log.count(QStringLiteral("fault: connection dropped after applying")) >= 1);
        QVERIFY(log.count(QStringLiteral("fault: response cut")) >= 1);
        QVERIFY(log.count(QStringLiteral("fault: 503")) >= 1);
    }

    // Scenario 5: the server killed (SIGKILL) in the middle of a push, then restarted.
    void aKilledServerLosesNothing()
    {
        Workstation a1(QStringLiteral("A1")), a2(QStringLiteral("A2")), a3(QStringLiteral("A3"));
        for (Workstation* w : {&a1, &a2, &a3})
            KQ_VERIFY_OK(w->enrol(*m_platform, kCentreA));
        const QList<Workstation*> stations{&a1, &a2, &a3};
        const QStringList ops = work(stations, 1500, 5);
        // A1 pushes in many small batches; the server dies once some of them are on the platform
        // and others are not.
        a1.options.batchOperations = 20;
        a1.makeEngine();
        const int a1Pending = int(Outbox(a1.db()).pendingCount());
        QSignalSpy finished(&a1.engine(), &SyncEngine::roundFinished);
        a1.engine().syncNow();
        int applied = 0;
        QElapsedTimer waited;
        waited.start();
        while (applied < 40 && waited.elapsed() < 30000) {
            QTest::qWait(5);
            applied = platformQuery(*m_platform, QStringLiteral("SELECT count(*) FROM operations")).toInt();
        }
        m_platform->kill();
        QVERIFY2(applied >= 40 && applied < a1Pending,
                 qPrintable(QStringLiteral("%1 of %2").arg(applied).arg(a1Pending)));
        QVERIFY(finished.wait(60000) || !finished.isEmpty());
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(m_platform->start());
        for (Workstation* w : stations)
            pointAt(*w);
        for (Workstation* w : stations)
            QCOMPARE(syncUntilDone(*w), QString());
        verifyConverged(stations, ops);
    }

    // Scenario 6: clear errors, nothing lost.
    void refusalsAreClearAndLoseNothing()
    {
        Workstation a1(QStringLiteral("A1"));
        KQ_VERIFY_OK(a1.enrol(*m_platform, kCentreA));
        a1.registerClient(QStringLiteral("韩雪"));
        const qint64 pending = Outbox(a1.db()).pendingCount();

        // A newer protocol than the platform speaks.
        a1.makeEngine(2);
        QString error = a1.sync();
        QVERIFY2(error.contains(QStringLiteral("protocol")), qPrintable(error));
        QCOMPARE(a1.engine().status().state, SyncEngine::State::Incompatible);
        QCOMPARE(Outbox(a1.db()).pendingCount(), pending);

        // Revoked.
        a1.makeEngine();
        const QString device = SyncState(a1.db()).link()->deviceId;
        QVERIFY(
            m_platform->admin({QStringLiteral("revoke-device"), QStringLiteral("--device"), device}).ok());
        error = a1.sync();
        QVERIFY2(error.contains(QStringLiteral("revoked")), qPrintable(error));
        QCOMPARE(a1.engine().status().state, SyncEngine::State::AuthFailed);
        QCOMPARE(Outbox(a1.db()).pendingCount(), pending);

        // Enrolled again, then the token expires.
        KQ_VERIFY_OK(a1.enrol(*m_platform, kCentreA));
        QVERIFY(m_platform
                    ->admin({QStringLiteral("expire-token"), QStringLiteral("--device"),
                             SyncState(a1.db()).link()->deviceId})
                    .ok());
        error = a1.sync();
        QVERIFY2(error.contains(QStringLiteral("expired")), qPrintable(error));
        QCOMPARE(Outbox(a1.db()).pendingCount(), pending);

        // Server down: offline, then fine once it is back.
        KQ_VERIFY_OK(a1.enrol(*m_platform, kCentreA));
        m_platform->kill();
        error = a1.sync();
        QVERIFY2(!error.isEmpty(), "a round against a dead server succeeded");
        QCOMPARE(a1.engine().status().state, SyncEngine::State::Offline);
        QVERIFY(m_platform->start());
        pointAt(a1);
        QCOMPARE(a1.sync(), QString());
        QCOMPARE(Outbox(a1.db()).pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncIntegration)
#include "TestSyncIntegration.moc"
