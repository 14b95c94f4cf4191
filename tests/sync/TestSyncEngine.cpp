// The sync engine against a scripted transport: what each kind of answer does to the local store
// (outbox, revisions, records, conflicts, cursor) and to the engine's state. The real platform over
// real HTTP is TestSyncIntegration's.

#include "CaseFixture.h"
#include "client/RemoteChanges.h"
#include "client/SyncEngine.h"
#include "client/Transport.h"
#include "clients/ClientRepository.h"
#include "platform/ConflictResolver.h"
#include "platform/ConflictStore.h"
#include "platform/ServerRevisions.h"
#include "platform/SyncState.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTimer>

#include <deque>

using namespace kq;
using namespace kq::sync;
using namespace kq::test;

namespace {

// Answers requests from a script, later (as the network does), and remembers what was asked.
class ScriptedTransport : public Transport {
public:
    struct Request {
        QString path;
        QJsonObject body;
        QUrlQuery query;
        QString token;
    };
    using Answer = std::function<std::pair<QJsonObject, TransportError>(const Request&)>;

    std::deque<Answer> script;
    QList<Request> requests;
    QString token;

    void setToken(const QString& t) override { token = t; }
    void post(const QString& path, const QJsonObject& body, Reply done) override
    {
        answer({path, body, {}, token}, done);
    }
    void get(const QString& path, const QUrlQuery& query, Reply done) override
    {
        answer({path, {}, query, token}, done);
    }

private:
    void answer(const Request& r, Reply done)
    {
        requests << r;
        QTimer::singleShot(0, [this, r, done = std::move(done)] {
            if (script.empty()) {
                done({},
                     {TransportError::Kind::Server, 500, {}, QStringLiteral("unscripted request ") + r.path});
                return;
            }
            const Answer next = script.front();
            script.pop_front();
            const auto [body, error] = next(r);
            done(body, error);
        });
    }
};

QJsonObject emptyPage(const QString& cursor)
{
    return {{QStringLiteral("changes"), QJsonArray{}},
            {QStringLiteral("cursor"), cursor},
            {QStringLiteral("more"), false}};
}

ScriptedTransport::Answer reply(QJsonObject body)
{
    return [body](const ScriptedTransport::Request&) { return std::pair{body, TransportError{}}; };
}

ScriptedTransport::Answer failure(TransportError::Kind kind, int status = 0, QString code = {})
{
    return [=](const ScriptedTransport::Request&) {
        return std::pair{QJsonObject{},
                         TransportError{kind, status, code, QStringLiteral("scripted failure")}};
    };
}

// Applied, with revisions from `firstRev` up, for every operation pushed.
ScriptedTransport::Answer applyAll(qint64 firstRev)
{
    return [firstRev](const ScriptedTransport::Request& r) {
        QJsonArray results;
        qint64 rev = firstRev;
        for (const QJsonValue op : r.body.value(QStringLiteral("operations")).toArray())
            results.append(
                QJsonObject{{QStringLiteral("op_id"), op.toObject().value(QStringLiteral("op_id"))},
                            {QStringLiteral("status"), QStringLiteral("applied")},
                            {QStringLiteral("rev"), double(rev++)}});
        return std::pair{QJsonObject{{QStringLiteral("results"), results}}, TransportError{}};
    };
}

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT

    StoreFixture m_store;
    ScriptedTransport* m_transport = nullptr;
    std::unique_ptr<SyncEngine> m_engine;

    void enrol()
    {
        const QDateTime now = m_store.clock().now();
        SyncState(m_store.db())
            .saveLink({QStringLiteral("http://127.0.0.1:1"),
                       {},
                       QStringLiteral("BJ-CY-0001"),
                       QStringLiteral("阳光"),
                       QStringLiteral("6f1c9a52-1d0e-4c43-9a1e-5b0c8f3e2a10"),
                       QStringLiteral("Front desk"),
                       QStringLiteral("token-one-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                       now,
                       now.addDays(30),
                       now});
    }

    // Runs one round to its end; returns whether it succeeded.
    bool round(QString* error = nullptr)
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::roundFinished);
        m_engine->syncNow();
        if (finished.isEmpty() && !finished.wait(5000))
            return false;
        if (error)
            *error = finished.first().at(1).toString();
        return finished.first().at(0).toBool();
    }

    QString newClient(const QString& name)
    {
        Result<ClientRepository::Saved> saved =
            ClientRepository(m_store.journal()).create(m_store.ws().actor(), samplePerson(name));
        if (!saved)
            qFatal("client: %s", qPrintable(saved.error().describe()));
        return saved.value().id;
    }

    QString phoneOf(const QString& id)
    {
        Statement s = m_store.db().prepare("SELECT phone FROM clients WHERE id = ?");
        s.bind(1, id);
        return s.step() ? s.text(0) : QStringLiteral("<none>");
    }

    void changePhone(const QString& id, const QString& phone)
    {
        ClientRepository repo(m_store.journal());
        ClientRecord r = *repo.load(m_store.ws().actor(), id);
        r.phone = phone;
        KQ_VERIFY_OK(repo.update(m_store.ws().actor(), r));
    }

private Q_SLOTS:
    void init()
    {
        m_store.open(kMondayMorning);
        auto transport = std::make_unique<ScriptedTransport>();
        m_transport = transport.get();
        SyncEngine::Options options;
        options.backoffSeed = 7;
        m_engine = std::make_unique<SyncEngine>(m_store.ws(), std::move(transport), options);
    }

    void cleanup()
    {
        m_engine.reset();
        m_store.close();
    }

    void notEnrolledSaysSo()
    {
        QString error;
        QVERIFY(!round(&error));
        QCOMPARE(m_engine->status().state, SyncEngine::State::NotEnrolled);
        QVERIFY(m_transport->requests.isEmpty());
    }

    void appliedOperationsLeaveTheOutboxAndSetTheBase()
    {
        enrol();
        const QString id = newClient(QStringLiteral("李明"));
        const qint64 pending = Outbox(m_store.db()).pendingCount();
        QVERIFY(pending >= 1);
        m_transport->script = {applyAll(100), reply(emptyPage(QStringLiteral("c1")))};
        QVERIFY(round());
        QCOMPARE(m_engine->status().state, SyncEngine::State::Idle);
        QCOMPARE(Outbox(m_store.db()).pendingCount(), 0);
        QCOMPARE(m_engine->lastRound().pushed, pending);
        QCOMPARE(SyncState(m_store.db()).cursor(), QStringLiteral("c1"));
        QVERIFY(SyncState(m_store.db()).lastSuccess().isValid());
        // The push carried the token and the audit head.
        const ScriptedTransport::Request& push = m_transport->requests.first();
        QCOMPARE(push.path, QStringLiteral("/v1/push"));
        QVERIFY(push.token.startsWith(QStringLiteral("token-one")));
        QVERIFY(push.body.value(QStringLiteral("audit_head"))
                    .toObject()
                    .value(QStringLiteral("seq"))
                    .toInteger() > 0);
        const std::optional<qint64> rev = ServerRevisions(m_store.db()).of(QStringLiteral("client"), id);
        QVERIFY(rev.has_value());

        // The next change of the record is made against what the platform last said.
        changePhone(id, QStringLiteral("13800138000"));
        const QList<OutboxOperation> next = Outbox(m_store.db()).pending(10);
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().baseServerRev.value_or(-1), *rev);
        // The pull asked after the stored cursor.
        m_transport->script = {applyAll(200), reply(emptyPage(QStringLiteral("c2")))};
        QVERIFY(round());
        QCOMPARE(m_transport->requests.last().query.queryItemValue(QStringLiteral("after")),
                 QStringLiteral("c1"));
    }

    void duplicateAnswersCountAsTheFirst()
    {
        enrol();
        const QString id = newClient(QStringLiteral("张伟"));
        m_transport->script = {
            [](const ScriptedTransport::Request& r) {
                QJsonArray results;
                for (const QJsonValue op : r.body.value(QStringLiteral("operations")).toArray()) {
                    const QJsonValue opId = op.toObject().value(QStringLiteral("op_id"));
                    results.append(
                        QJsonObject{{QStringLiteral("op_id"), opId},
                                    {QStringLiteral("status"), QStringLiteral("duplicate")},
                                    {QStringLiteral("first"),
                                     QJsonObject{{QStringLiteral("op_id"), opId},
                                                 {QStringLiteral("status"), QStringLiteral("applied")},
                                                 {QStringLiteral("rev"), 42}}}});
                }
                return std::pair{QJsonObject{{QStringLiteral("results"), results}}, TransportError{}};
            },
            reply(emptyPage(QStringLiteral("c1")))};
        QVERIFY(round());
        QCOMPARE(Outbox(m_store.db()).pendingCount(), 0);
        QCOMPARE(ServerRevisions(m_store.db()).of(QStringLiteral("client"), id).value_or(0), 42);
    }

    void aConflictKeepsBothValuesAndAPersonDecides()
    {
        enrol();
        const QString id = newClient(QStringLiteral("王芳"));
        m_transport->script = {applyAll(10), reply(emptyPage(QStringLiteral("c1")))};
        QVERIFY(round());
        changePhone(id, QStringLiteral("13900000001"));
        const QString conflictId = QStringLiteral("0b7e5f0a-7c1d-4f7e-9d8a-2f6f3c1e9a01");
        // cppcheck-suppress danglingLifetime ; the script runs and is replaced within this test
        m_transport->script = {
            [&](const ScriptedTransport::Request& r) {
                const QJsonObject op =
                    r.body.value(QStringLiteral("operations")).toArray().first().toObject();
                const QJsonObject result{
                    {QStringLiteral("op_id"), op.value(QStringLiteral("op_id"))},
                    {QStringLiteral("status"), QStringLiteral("conflict")},
                    {QStringLiteral("rev"), 12},
                    {QStringLiteral("conflict"),
                     QJsonObject{
                         {QStringLiteral("id"), conflictId},
                         {QStringLiteral("fields"),
                          QJsonObject{
                              {QStringLiteral("phone"),
                               QJsonObject{{QStringLiteral("server"), QStringLiteral("13700000002")},
                                           {QStringLiteral("yours"), QStringLiteral("13900000001")}}}}}}},
                    {QStringLiteral("current"),
                     QJsonObject{{QStringLiteral("rev"), 12},
                                 {QStringLiteral("fields"),
                                  QJsonObject{{QStringLiteral("phone"), QStringLiteral("13700000002")}}}}}};
                return std::pair{QJsonObject{{QStringLiteral("results"), QJsonArray{result}}},
                                 TransportError{}};
            },
            reply(emptyPage(QStringLiteral("c2")))};
        QVERIFY(round());
        // The record shows the platform's value; the conflict keeps ours.
        QCOMPARE(phoneOf(id), QStringLiteral("13700000002"));
        const QList<SyncConflict> open = ConflictStore(m_store.db()).open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().id, conflictId);
        QCOMPARE(open.first()
                     .fields.value(QStringLiteral("phone"))
                     .toObject()
                     .value(QStringLiteral("yours"))
                     .toString(),
                 QStringLiteral("13900000001"));
        QCOMPARE(m_engine->status().conflicts, 1);
        QCOMPARE(ServerRevisions(m_store.db()).of(QStringLiteral("client"), id).value_or(0), 12);

        // A front-desk clerk may decide about a client's phone; keeping ours writes it back and
        // sends both the value and the closed conflict.
        KQ_VERIFY_OK(ConflictResolver(m_store.journal())
                         .resolve(m_store.ws().actor(), conflictId, ConflictResolver::Choice::KeepOurs));
        QCOMPARE(phoneOf(id), QStringLiteral("13900000001"));
        QCOMPARE(ConflictStore(m_store.db()).openCount(), 0);
        const QList<OutboxOperation> out = Outbox(m_store.db()).pending(10);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0].entity, QStringLiteral("client"));
        QCOMPARE(out[0].fields.value(QStringLiteral("phone")).toString(), QStringLiteral("13900000001"));
        QCOMPARE(out[0].baseServerRev.value_or(0), 12);
        QCOMPARE(out[1].entity, QStringLiteral("conflict"));
        QCOMPARE(out[1].fields.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        // Resolving twice is refused.
        QVERIFY(!ConflictResolver(m_store.journal())
                     .resolve(m_store.ws().actor(), conflictId, ConflictResolver::Choice::KeepPlatform));
    }

    void aRejectedChangeIsKeptForAPerson()
    {
        enrol();
        newClient(QStringLiteral("赵强"));
        m_transport->script = {
            [](const ScriptedTransport::Request& r) {
                QJsonArray results;
                for (const QJsonValue op : r.body.value(QStringLiteral("operations")).toArray())
                    results.append(QJsonObject{
                        {QStringLiteral("op_id"), op.toObject().value(QStringLiteral("op_id"))},
                        {QStringLiteral("status"), QStringLiteral("rejected")},
                        {QStringLiteral("reasons"),
                         QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("name")},
                                                {QStringLiteral("message"), QStringLiteral("too long")}}}}});
                return std::pair{QJsonObject{{QStringLiteral("results"), results}}, TransportError{}};
            },
            reply(emptyPage(QStringLiteral("c1")))};
        QVERIFY(round());
        QCOMPARE(Outbox(m_store.db()).pendingCount(), 0);
        const QList<SyncConflict> open = ConflictStore(m_store.db()).open();
        QVERIFY(!open.isEmpty());
        QCOMPARE(open.first().kind, SyncConflict::Kind::Rejected);
        QCOMPARE(open.first().reasons.first().toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("too long"));
        QVERIFY(!ConflictResolver(m_store.journal())
                     .resolve(m_store.ws().actor(), open.first().id, ConflictResolver::Choice::KeepOurs));
        KQ_VERIFY_OK(ConflictResolver(m_store.journal())
                         .resolve(m_store.ws().actor(), open.first().id, ConflictResolver::Choice::Dismiss));
        // Dismissing tells the platform nothing: it has no record of the refusal.
        QCOMPARE(Outbox(m_store.db()).pendingCount(), 0);
    }

    // A person saves a record while a round is pulling and presses Sync now: the round under way
    // has already pushed, so another follows at once and sends the record.
    void syncNowDuringARoundRunsAnotherAfterIt()
    {
        enrol();
        newClient(QStringLiteral("李明"));
        QString saved;
        // cppcheck-suppress danglingLifetime ; the script runs and is replaced within this test
        m_transport->script = {applyAll(100),
                               [&](const ScriptedTransport::Request&) {
                                   saved = newClient(QStringLiteral("王芳"));
                                   m_engine->syncNow();
                                   return std::pair{emptyPage(QStringLiteral("c1")), TransportError{}};
                               },
                               applyAll(200), reply(emptyPage(QStringLiteral("c2")))};
        QSignalSpy finished(m_engine.get(), &SyncEngine::roundFinished);
        m_engine->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QVERIFY(finished.at(0).at(0).toBool());
        QVERIFY(finished.at(1).at(0).toBool());
        QCOMPARE(m_transport->requests.size(), 4);
        QCOMPARE(m_transport->requests.at(2).path, QStringLiteral("/v1/push"));
        QVERIFY(ServerRevisions(m_store.db()).of(QStringLiteral("client"), saved).has_value());
        QCOMPARE(Outbox(m_store.db()).pendingCount(), 0);
        QCOMPARE(SyncState(m_store.db()).cursor(), QStringLiteral("c2"));
    }

    void failuresKeepEverythingAndSetTheState_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("state");
        QTest::newRow("offline") << int(TransportError::Kind::Offline) << 0
                                 << int(SyncEngine::State::Offline);
        QTest::newRow("5xx") << int(TransportError::Kind::Server) << 503
                             << int(SyncEngine::State::BackingOff);
        QTest::newRow("tls") << int(TransportError::Kind::Tls) << 0 << int(SyncEngine::State::BackingOff);
        QTest::newRow("401") << int(TransportError::Kind::Auth) << 401 << int(SyncEngine::State::AuthFailed);
        QTest::newRow("426") << int(TransportError::Kind::Version) << 426
                             << int(SyncEngine::State::Incompatible);
    }

    void failuresKeepEverythingAndSetTheState()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, state);
        enrol();
        newClient(QStringLiteral("孙丽"));
        const qint64 pending = Outbox(m_store.db()).pendingCount();
        m_transport->script = {failure(TransportError::Kind(kind), status)};
        QString error;
        QVERIFY(!round(&error));
        QCOMPARE(error, QStringLiteral("scripted failure"));
        QCOMPARE(int(m_engine->status().state), state);
        QCOMPARE(Outbox(m_store.db()).pendingCount(), pending);
        QCOMPARE(SyncState(m_store.db()).lastError(), QStringLiteral("scripted failure"));
    }

    void aMalformedAnswerAcknowledgesNothing()
    {
        enrol();
        newClient(QStringLiteral("周杰"));
        const qint64 pending = Outbox(m_store.db()).pendingCount();
        m_transport->script = {reply(QJsonObject{{QStringLiteral("results"), QJsonArray{}}})};
        QString error;
        QVERIFY(!round(&error));
        QVERIFY2(error.contains(QStringLiteral("answered")), qPrintable(error));
        QCOMPARE(Outbox(m_store.db()).pendingCount(), pending);
        QCOMPARE(m_engine->status().state, SyncEngine::State::BackingOff);
    }

    void automaticRoundsBackOffAndRecover()
    {
        enrol();
        newClient(QStringLiteral("吴敏"));
        // Two failures then success: the engine retries by itself.
        m_transport->script = {failure(TransportError::Kind::Offline),
                               failure(TransportError::Kind::Server, 503), applyAll(1),
                               reply(emptyPage(QStringLiteral("c1")))};
        SyncEngine::Options fast;
        fast.backoffSeed = 3;
        QSignalSpy finished(m_engine.get(), &SyncEngine::roundFinished);
        m_engine->startAutomatic();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 5000);
        QCOMPARE(m_engine->status().state, SyncEngine::State::Offline);
        QVERIFY(m_engine->status().nextAttempt.isValid());
        m_engine->syncNow(); // a person need not wait for the backoff
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 5000);
        QCOMPARE(m_engine->status().state, SyncEngine::State::BackingOff);
        m_engine->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 5000);
        QCOMPARE(m_engine->status().state, SyncEngine::State::Idle);
        QCOMPARE(Outbox(m_store.db()).pendingCount(), 0);
        m_engine->stop();
    }

    void pulledRecordsAppearAndPendingFieldsStayLocal()
    {
        enrol();
        // Another workstation of the centre registers a client with a guardian; the platform
        // sends the merged records, the guardian first (its page comes before the client's).
        StoreFixture other;
        other.open(kMondayMorning);
        ClientRecord person = samplePerson(QStringLiteral("陈静"));
        person.phone = QStringLiteral("13600000000");
        person.guardians << Guardian{
            {},  QStringLiteral("陈父"), QStringLiteral("parent"), QStringLiteral("13500000000"), {}, true,
            true};
        Result<ClientRepository::Saved> saved =
            ClientRepository(other.journal()).create(other.ws().actor(), person);
        KQ_VERIFY_OK(saved);
        const QString id = saved.value().id;
        QJsonObject clientFields, guardianFields;
        QString guardianId;
        for (const OutboxOperation& o : Outbox(other.db()).pending(100)) {
            if (o.entity == u"client" && o.entityId == id)
                clientFields = o.fields;
            if (o.entity == u"guardian") {
                guardianFields = o.fields;
                guardianId = o.entityId;
            }
        }
        other.close();
        QVERIFY(!clientFields.isEmpty());
        QVERIFY(!guardianFields.isEmpty());
        const auto change = [](const QString& entity, const QString& recordId, qint64 rev,
                               const QJsonObject& fields) {
            return QJsonObject{{QStringLiteral("entity"), entity},
                               {QStringLiteral("id"), recordId},
                               {QStringLiteral("rev"), double(rev)},
                               {QStringLiteral("deleted"), false},
                               {QStringLiteral("fields"), fields}};
        };
        m_transport->script = {
            applyAll(1),
            reply(QJsonObject{{QStringLiteral("changes"), QJsonArray{change(QStringLiteral("guardian"),
                                                                            guardianId, 50, guardianFields)}},
                              {QStringLiteral("cursor"), QStringLiteral("p1")},
                              {QStringLiteral("more"), true}}),
            reply(QJsonObject{{QStringLiteral("changes"),
                               QJsonArray{change(QStringLiteral("client"), id, 51, clientFields)}},
                              {QStringLiteral("cursor"), QStringLiteral("p2")},
                              {QStringLiteral("more"), false}})};
        QString error;
        QVERIFY2(round(&error), qPrintable(error));
        QCOMPARE(m_engine->lastRound().pulled, 2);
        QCOMPARE(phoneOf(id), QStringLiteral("13600000000"));
        QCOMPARE(m_store.db().queryInt("SELECT count(*) FROM guardians"), 1);
        QCOMPARE(m_store.db().queryInt("SELECT count(*) FROM sync_parked"), 0);
        QCOMPARE(ServerRevisions(m_store.db()).of(QStringLiteral("guardian"), guardianId).value_or(0), 50);
        QCOMPARE(SyncState(m_store.db()).cursor(), QStringLiteral("p2"));

        // A change saved here and not yet pushed survives a pull of the same record; the push that
        // follows lets the platform merge or flag it. The other fields are taken.
        changePhone(id, QStringLiteral("13311112222"));
        QJsonObject newer = clientFields;
        newer.insert(QStringLiteral("phone"), QStringLiteral("13000000000"));
        newer.insert(QStringLiteral("address"), QStringLiteral("朝阳区望京街1号"));
        bool more = true;
        const Result<int> applied =
            RemoteChanges(m_store.ws())
                .applyPage(
                    {{QStringLiteral("changes"), QJsonArray{change(QStringLiteral("client"), id, 60, newer)}},
                     {QStringLiteral("cursor"), QStringLiteral("p3")},
                     {QStringLiteral("more"), false}},
                    more);
        KQ_VERIFY_OK(applied);
        QVERIFY(!more);
        QCOMPARE(phoneOf(id), QStringLiteral("13311112222"));
        Statement address = m_store.db().prepare("SELECT address FROM clients WHERE id = ?");
        address.bind(1, id);
        QVERIFY(address.step());
        QCOMPARE(address.text(0), QStringLiteral("朝阳区望京街1号"));
    }

    void anOldTokenIsRotatedFirst()
    {
        const QDateTime now = m_store.clock().now();
        SyncState(m_store.db())
            .saveLink({QStringLiteral("http://127.0.0.1:1"),
                       {},
                       QStringLiteral("C"),
                       QStringLiteral("N"),
                       QStringLiteral("6f1c9a52-1d0e-4c43-9a1e-5b0c8f3e2a10"),
                       QStringLiteral("D"),
                       QStringLiteral("old-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                       now.addDays(-25),
                       now.addDays(5),
                       now.addDays(-25)});
        m_transport->script = {
            reply(QJsonObject{
                {QStringLiteral("token"), QStringLiteral("new-token-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")},
                {QStringLiteral("token_expires_at"), QStringLiteral("2026-12-23T01:00:00Z")}}),
            applyAll(1), reply(emptyPage(QStringLiteral("c1")))};
        QString error;
        QVERIFY2(round(&error), qPrintable(error));
        QCOMPARE(m_transport->requests.first().path, QStringLiteral("/v1/token"));
        QVERIFY(m_transport->requests.last().token.startsWith(QStringLiteral("new-token")));
        QVERIFY(SyncState(m_store.db()).link()->token.startsWith(QStringLiteral("new-token")));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
