// Sync throughput against the reference platform on loopback: push N operations from one
// workstation, pull M records into a fresh one, and the cost of a round when nothing changed
// (requests and time). Prints one JSON object.
//
//   kangqiao-bench-sync --push 10000 --pull 100000 [--repeat 5]
//
// The platform is the real server process (kangqiao-platform, plain HTTP on 127.0.0.1). Not a timed
// test: CTest runs it at a smoke size; numbers come from running it by hand (docs/performance.md).

#include "BenchSupport.h"
#include "PlatformProcess.h"

#include "client/HttpTransport.h"
#include "client/PlatformEnrolment.h"
#include "client/SyncEngine.h"
#include "clients/ClientRepository.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace kq;
using namespace kq::sync;
using kq::bench::percentile;

namespace {

const QString kCentre = QStringLiteral("BENCH-0001");

// Counts the requests of a round, passing them on to the real transport.
class CountingTransport : public Transport {
public:
    explicit CountingTransport(std::unique_ptr<Transport> inner) : m_inner(std::move(inner)) {}
    int requests = 0;
    void setToken(const QString& token) override { m_inner->setToken(token); }
    void post(const QString& path, const QJsonObject& body, Reply done) override
    {
        ++requests;
        m_inner->post(path, body, std::move(done));
    }
    void get(const QString& path, const QUrlQuery& query, Reply done) override
    {
        ++requests;
        m_inner->get(path, query, std::move(done));
    }

private:
    std::unique_ptr<Transport> m_inner;
};

struct Station {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<SyncEngine> engine;
    CountingTransport* transport = nullptr;
};

bool enrol(Station& s, const kq::test::PlatformProcess& platform, const Clock& clock, const QString& name)
{
    bool created = false;
    s.workspace = bench::openStore(StorePaths{s.dir.filePath(QStringLiteral("bench.kqdb"))}, clock, created);
    if (!s.workspace)
        return false;
    HttpTransport enrolTransport({platform.url(), {}});
    Result<void> outcome = Error(QStringLiteral("did not finish"));
    bool finished = false;
    QEventLoop loop;
    PlatformEnrolment::enrol(*s.workspace, enrolTransport,
                             {platform.url(), {}, kCentre, platform.issueCode(kCentre), name},
                             [&](Result<void> r) {
                                 outcome = std::move(r);
                                 finished = true;
                                 loop.quit();
                             });
    if (!finished)
        loop.exec();
    if (!outcome) {
        bench::fail(outcome.error());
        return false;
    }
    auto transport = std::make_unique<CountingTransport>(
        std::make_unique<HttpTransport>(HttpTransport::Options{platform.url(), {}}));
    s.transport = transport.get();
    s.engine = std::make_unique<SyncEngine>(*s.workspace, std::move(transport), SyncEngine::Options{});
    return true;
}

// One round; milliseconds until the push phase ended (`pushMs`) and in all, or -1 on failure.
double round(Station& s, double* pushMs = nullptr)
{
    QElapsedTimer t;
    t.start();
    double pushed = -1;
    const QMetaObject::Connection c = QObject::connect(s.engine.get(), &SyncEngine::statusChanged, [&] {
        if (pushed < 0 && s.engine->status().state == SyncEngine::State::Pulling)
            pushed = double(t.nsecsElapsed()) / 1e6;
    });
    bool ok = false;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(s.engine.get(), &SyncEngine::roundFinished, &loop,
                     [&](bool success, const QString& why) {
                         ok = success;
                         finished = true;
                         if (!success)
                             std::fprintf(stderr, "bench: %s\n", qPrintable(why));
                         loop.quit();
                     });
    s.engine->syncNow();
    if (!finished)
        loop.exec();
    QObject::disconnect(c);
    if (pushMs)
        *pushMs = pushed;
    return ok ? double(t.nsecsElapsed()) / 1e6 : -1;
}

// `count` new clients: one outbox operation each.
bool write(Station& s, int count, int offset)
{
    Database& db = s.workspace->database();
    ClientRepository clients(s.workspace->journal());
    for (int done = 0; done < count;) {
        Transaction tx(db);
        for (int i = 0; i < 2000 && done < count; ++i, ++done) {
            ClientRecord r;
            r.name = QStringLiteral("测试对象%1").arg(offset + done);
            r.gender = Gender::Female;
            r.birthDate = QDate(1980, 1, 1).addDays((offset + done) % 9000);
            r.residenceCounty = QStringLiteral("110105");
            if (Result<ClientRepository::Saved> saved = clients.create(s.workspace->actor(), r); !saved)
                return bench::fail(saved.error()) == 0;
        }
        tx.commit();
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("push"), QStringLiteral("Operations to push."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("pull"), QStringLiteral("Records to pull into a fresh workstation."),
                      QStringLiteral("M"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Idle rounds to time."), QStringLiteral("R"),
                      QStringLiteral("5")});
    parser.addHelpOption();
    parser.process(app);
    const int push = parser.value(QStringLiteral("push")).toInt();
    const int pull = std::max(push, parser.value(QStringLiteral("pull")).toInt());
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    kq::test::PlatformProcess platform;
    if (!platform.start() || !platform.addCentre(kCentre, QStringLiteral("基准测试中心"))) {
        std::fprintf(stderr, "bench: the platform did not start: %s\n", qPrintable(platform.log()));
        return 1;
    }
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    Station writer;
    if (!enrol(writer, platform, clock, QStringLiteral("writer")))
        return 1;
    // The store's own set-up (centre, forms) is pushed first, untimed.
    if (round(writer) < 0)
        return 1;

    // Push: `push` operations in one round.
    if (!write(writer, push, 0))
        return 1;
    const qint64 pendingBefore = Outbox(writer.workspace->database()).pendingCount();
    double pushMs = 0;
    const double pushRoundMs = round(writer, &pushMs);
    if (pushRoundMs < 0)
        return 1;
    // The rest of the pull set, pushed untimed.
    if (!write(writer, pull - push, push) || round(writer) < 0)
        return 1;

    // Pull: a fresh workstation of the centre receives everything.
    Station reader;
    if (!enrol(reader, platform, clock, QStringLiteral("reader")))
        return 1;
    const double pullMs = round(reader);
    if (pullMs < 0)
        return 1;
    const qint64 received = reader.engine->lastRound().pulled;

    // Idle: nothing changed anywhere.
    std::vector<double> idle;
    int idleRequests = 0;
    for (int n = 0; n < repeat; ++n) {
        reader.transport->requests = 0;
        const double ms = round(reader);
        if (ms < 0)
            return 1;
        idle.push_back(ms);
        idleRequests = std::max(idleRequests, reader.transport->requests);
    }

    const QJsonObject report{
        {QStringLiteral("benchmark"), QStringLiteral("sync")},
        {QStringLiteral("push_operations"), double(pendingBefore)},
        {QStringLiteral("push_seconds"), pushMs / 1000.0},
        {QStringLiteral("push_ops_per_second"), pushMs > 0 ? double(pendingBefore) / (pushMs / 1000.0) : 0.0},
        {QStringLiteral("pull_records"), double(received)},
        {QStringLiteral("pull_seconds"), pullMs / 1000.0},
        {QStringLiteral("pull_records_per_second"), pullMs > 0 ? double(received) / (pullMs / 1000.0) : 0.0},
        {QStringLiteral("idle_round_p50_ms"), percentile(idle, 0.5)},
        {QStringLiteral("idle_round_p95_ms"), percentile(idle, 0.95)},
        {QStringLiteral("idle_round_requests"), idleRequests}};
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    // Fewer records than were pushed means the pull is broken, not fast.
    return received >= pull ? 0 : 2;
}
