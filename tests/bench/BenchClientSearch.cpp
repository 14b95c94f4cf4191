// Search-as-you-type benchmark for the client list. Builds (or reuses) a store with N synthetic
// clients, then types queries one key at a time and measures what the list does per keystroke:
// count the matches and fetch the first page. Prints one JSON object with p50/p95 per kind.
//
//   kangqiao-bench-search --clients 100000 [--db PATH] [--repeat 5]
//
// Not a timed test: CTest runs it at a smoke size to prove it works; numbers come from running it
// by hand on the target machine (docs/performance.md).

#include "BenchSupport.h"

#include "accounts/AccountRepository.h"
#include "clients/ClientListModel.h"
#include "clients/ClientQuery.h"
#include "clients/ClientRepository.h"
#include "core/Clock.h"
#include "demo/DemoClients.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace kq;
using kq::bench::keystrokes;
using kq::bench::percentile;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Clients in the store."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Reuse or create this store."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Rounds over all queries."),
                      QStringLiteral("R"), QStringLiteral("5")});
    parser.addHelpOption();
    parser.process(app);
    const int clients = parser.value(QStringLiteral("clients")).toInt();
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    QTemporaryDir temp;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : temp.filePath(QStringLiteral("bench.kqdb"));
    const StorePaths paths{path};
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    bool created = false;
    const std::unique_ptr<Workspace> store = bench::openStore(paths, clock, created);
    if (!store)
        return 1;
    Workspace& workspace = *store;
    ClientRepository repository(workspace.journal());
    QElapsedTimer fill;
    fill.start();
    const qint64 existing = repository.count();
    DemoClients demo(42, clock.now().date(), {QStringLiteral("bench")});
    for (qint64 i = 0; i < existing; ++i)
        (void)demo.next(); // keep the sequence, so a reused store gets the same people
    for (qint64 done = existing; done < clients;) {
        Transaction tx(workspace.database());
        for (int i = 0; i < 2000 && done < clients; ++i, ++done)
            if (Result<ClientRepository::Saved> r = repository.create(workspace.actor(), demo.next()); !r) {
                std::fprintf(stderr, "bench: %s\n", qPrintable(r.error().describe()));
                return 1;
            }
        tx.commit();
    }
    const double fillSeconds = double(fill.elapsed()) / 1000.0;

    // What front-desk staff type: full pinyin, initials, Chinese, the end of an ID number, a phone tail.
    const QList<std::pair<QString, QStringList>> kinds{
        {QStringLiteral("pinyin"),
         keystrokes(QStringLiteral("zhangwei")) + keystrokes(QStringLiteral("liuf"))},
        {QStringLiteral("initials"), keystrokes(QStringLiteral("zw")) + keystrokes(QStringLiteral("wjh"))},
        {QStringLiteral("chinese"), keystrokes(QStringLiteral("张伟")) + keystrokes(QStringLiteral("王芳"))},
        {QStringLiteral("id_tail"), keystrokes(QStringLiteral("0534"))},
        {QStringLiteral("phone_tail"), keystrokes(QStringLiteral("8043"))},
        {QStringLiteral("whole_list"), QStringList{QString()}}}; // the list as the window opens
    const QDate today = clock.now().date();
    QJsonObject results;
    std::vector<double> all;
    qint64 matchesForZs = 0;
    for (const auto& [kind, queries] : kinds) {
        std::vector<double> times;
        for (int round = 0; round < repeat; ++round) {
            for (const QString& q : queries) {
                QElapsedTimer t;
                t.start();
                ClientFilter filter;
                filter.text = q;
                ClientQuery query(workspace.database(), filter, today);
                // As the list does: capped while typing, exact for the whole list.
                const qint64 n = q.isEmpty() ? query.count() : query.count(ClientListModel::kCountCap);
                const QList<ClientSummary> page = query.fetch(0, 200);
                times.push_back(double(t.nsecsElapsed()) / 1e6);
                if (q == u"zw")
                    matchesForZs = n;
                Q_UNUSED(page);
            }
        }
        all.insert(all.end(), times.begin(), times.end());
        results.insert(kind, QJsonObject{{QStringLiteral("p50_ms"), percentile(times, 0.5)},
                                         {QStringLiteral("p95_ms"), percentile(times, 0.95)},
                                         {QStringLiteral("max_ms"), percentile(times, 1.0)},
                                         {QStringLiteral("keystrokes"), int(times.size())}});
    }
    const QJsonObject report{{QStringLiteral("benchmark"), QStringLiteral("client_search_per_keystroke")},
                             {QStringLiteral("clients"), repository.count()},
                             {QStringLiteral("fill_seconds"), fillSeconds},
                             {QStringLiteral("matches_zw"), matchesForZs},
                             {QStringLiteral("p50_ms"), percentile(all, 0.5)},
                             {QStringLiteral("p95_ms"), percentile(all, 0.95)},
                             {QStringLiteral("max_ms"), percentile(all, 1.0)},
                             {QStringLiteral("by_kind"), results}};
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    // A search that finds nobody in a full store means the index is broken, not fast.
    return clients >= 100 && matchesForZs == 0 ? 2 : 0;
}
