// Monthly statistics benchmark. Builds (or reuses) a store of synthetic cases with their session
// history (`kangqiao demo`'s generators), then computes one month's indicators repeatedly, and the
// dashboard's whole computation (that month in full and the 12-month trend, TrendReports), and
// prints one JSON object: p50/p95 wall-clock time per calculator, for the whole month and for the
// dashboard, with the CPU time of the process (p50) beside each — on a shared machine the wall
// clock also measures the neighbours — and the month's counts.
//
//   kangqiao-bench-stats --clients 100000 --sessions 2000000 [--db PATH] [--repeat 5]
//                        [--dump FILE] [--check-trend]
//
// --dump writes every indicator of the month (key, value, denominator), to compare two builds;
// --check-trend also counts the twelve months' full reports afresh from the records
// (StatisticsBuilder::Options::fresh) and checks that the dashboard's trend and its month in full —
// kept figures (decision 0015) after the timed rounds — give each month the same numbers (exit 3
// if not).
//
// The calculators ("by_part", "the month") always count from the records. The dashboard is timed
// three ways: counted (kept figures dropped before each round: the first view after a change of
// a setting), after a back-dated session (written through importHistory each round, two months
// before the chosen one: the triggers drop what it reaches, three months are counted again), and
// kept (nothing written since the last view). The sessions written here are deleted at the end.
//
// Not a timed test: CTest runs it at a smoke size to prove it works; numbers come from running it
// by hand on the target machine (docs/performance.md).

#include "BenchDataset.h"

#include "auth/Actor.h"
#include "core/Clock.h"
#include "demo/DemoSessions.h"
#include "lifecycle/CalendarRepository.h"
#include "sessions/SessionLogRepository.h"
#include "staff/StaffIndicators.h"
#include "statistics/ClientIndicators.h"
#include "statistics/ReferralIndicators.h"
#include "statistics/ServiceIndicators.h"
#include "statistics/StandardServiceRule.h"
#include "statistics/StatisticsBuilder.h"
#include "statistics/StatisticsResults.h"
#include "statistics/TrendReports.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace kq;
using kq::bench::fail;
using kq::bench::percentile;

namespace {

// CPU time of the process in milliseconds (the benchmark runs on one thread).
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Runs `call` `repeat` times: p50/p95 of the wall clock and p50 of the CPU time, in milliseconds.
QJsonObject timed(int repeat, const std::function<void(int round)>& call, std::vector<double>* wall = nullptr)
{
    std::vector<double> times, cpu;
    for (int round = 0; round < repeat; ++round) {
        QElapsedTimer t;
        t.start();
        const double c = cpuMs();
        call(round);
        cpu.push_back(cpuMs() - c);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    if (wall)
        *wall = times;
    return QJsonObject{{QStringLiteral("p50_ms"), percentile(times, 0.5)},
                       {QStringLiteral("p95_ms"), percentile(times, 0.95)},
                       {QStringLiteral("cpu_p50_ms"), percentile(cpu, 0.5)}};
}

qint64 valueOf(const QList<IndicatorGroup>& groups, const QString& key)
{
    for (const IndicatorGroup& g : groups)
        for (const Indicator& i : g.indicators)
            if (i.key == key)
                return i.value;
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Clients in the store."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("sessions"), QStringLiteral("Session logs (default 20 per client)."),
                      QStringLiteral("M")});
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Reuse or create this store."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Computations of the month."),
                      QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("dump"),
                      QStringLiteral("Write every indicator of the month (key, value, denominator) to FILE."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("check-trend"),
                      QStringLiteral("Check the 12-month trend against twelve full monthly reports.")});
    parser.addOption({QStringLiteral("cache-mib"),
                      QStringLiteral("The connection's page cache in MiB (default 32, the store's; the "
                                     "Statistics page counts with TrendReports::kReaderCacheMiB)."),
                      QStringLiteral("MIB"), QStringLiteral("32")});
    parser.addHelpOption();
    parser.process(app);
    const int clients = parser.value(QStringLiteral("clients")).toInt();
    const int sessions = parser.isSet(QStringLiteral("sessions"))
                             ? parser.value(QStringLiteral("sessions")).toInt()
                             : clients * 20;
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    QTemporaryDir temp;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : temp.filePath(QStringLiteral("bench.kqdb"));
    const StorePaths paths{path};
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    bool fresh = false;
    const std::unique_ptr<Workspace> store = bench::openStore(paths, clock, fresh);
    if (!store)
        return 1;
    Workspace& workspace = *store;
    Database& db = workspace.database();
    const QDate today = clock.now().toLocalTime().date();

    QElapsedTimer fill;
    fill.start();
    // The demo's own generators: cases through the workflow, then their service history.
    if (fresh && !bench::fillDemo(workspace, clients, sessions))
        return 1;
    const double fillSeconds = double(fill.elapsed()) / 1000.0;
    db.setCacheSizeMiB(std::max(1, parser.value(QStringLiteral("cache-mib")).toInt()));

    // The last whole month before the clock's day: what a supervisor reports on.
    const QDate first = today.addMonths(-1);
    const ReportPeriod month = ReportPeriod::month(first.year(), first.month());
    const StandardServiceRule rule = StandardServiceRule::load(db);
    const WorkingCalendar calendar = CalendarRepository(workspace.journal()).load();
    QList<IndicatorGroup> last;
    const QList<std::pair<QString, std::function<QList<IndicatorGroup>()>>> parts{
        {QStringLiteral("clients"), [&] { return ClientIndicators::compute(db, month, rule, false); }},
        {QStringLiteral("services"),
         [&] { return QList<IndicatorGroup>{ServiceIndicators::compute(db, month, false)}; }},
        {QStringLiteral("referrals"),
         [&] { return QList<IndicatorGroup>{ReferralIndicators::compute(db, calendar, month, false)}; }},
        {QStringLiteral("staff"), [&] {
             return QList<IndicatorGroup>{StaffIndicators::compute(db, month.to.year(), month.to, false)};
         }}};
    QJsonObject byPart;
    std::vector<double> totals(std::size_t(repeat), 0.0), cpuTotals(std::size_t(repeat), 0.0);
    for (const auto& [name, compute] : parts) {
        std::vector<double> times;
        const QJsonObject part = timed(
            repeat,
            [&, &compute = compute](int round) {
                const double c = cpuMs();
                const QList<IndicatorGroup> groups = compute();
                cpuTotals[std::size_t(round)] += cpuMs() - c;
                if (round == 0)
                    last << groups;
            },
            &times);
        for (int round = 0; round < repeat; ++round)
            // cppcheck-suppress containerOutOfBounds ; timed() recorded one time per round
            totals[std::size_t(round)] += times[std::size_t(round)];
        byPart.insert(name, part);
    }

    // The dashboard: the month in full and the 12 months up to it (TrendReports, as the window).
    Journal& journal = workspace.journal();
    const Actor& actor = workspace.actor();
    QList<TrendPoint> trend;
    StatisticsReport shown;
    const auto view = [&] {
        Result<TrendReports> r = TrendReports::compute(journal, actor, month.from, 12, false);
        if (!r)
            qFatal("trend: %s", qPrintable(r.error().describe()));
        trend = r.value().months;
        shown = r.value().report;
    };
    StatisticsResults kept(db);
    const QJsonObject dashboardCounted = timed(repeat, [&](int) {
        kept.forgetAll();
        view();
    });
    // A session of a client of the store, logged late: held two months before the chosen one.
    const auto dropBackDated = [&] {
        Transaction tx(db);
        db.exec("DELETE FROM sessions WHERE id LIKE 'bench-back-dated-%'");
        tx.commit();
    };
    dropBackDated(); // left by a run that stopped half-way
    const QString someone = db.queryText("SELECT client_id FROM sessions ORDER BY held_on DESC LIMIT 1");
    const QDate backDated = month.from.addMonths(-2).addDays(14);
    const QJsonObject dashboardAfterWrite = timed(repeat, [&](int round) {
        SessionLog late;
        late.id = QStringLiteral("bench-back-dated-%1").arg(round);
        late.clientId = someone;
        late.staff = QStringLiteral("bench");
        late.heldOn = backDated;
        late.startsAt = QTime(10, 0);
        late.minutes = 30;
        late.contents = {QStringLiteral("medication_training")};
        late.form = QStringLiteral("case_management");
        late.place = ServicePlace::Phone;
        late.observations = QStringLiteral("bench");
        if (Result<int> r = SessionLogRepository(journal).importHistory(actor, {late}); !r)
            qFatal("back-dated session: %s", qPrintable(r.error().describe()));
        view();
    });
    const QJsonObject dashboard = timed(repeat, [&](int) { view(); });
    bool trendIdentical = true;
    if (parser.isSet(QStringLiteral("check-trend"))) {
        // Kept figures against a count from the records alone, month by month and in full.
        for (const TrendPoint& point : std::as_const(trend)) {
            StatisticsBuilder::Options options;
            options.period = point.period;
            options.fresh = true;
            Result<StatisticsReport> r = StatisticsBuilder(journal).build(actor, options);
            if (!r)
                return fail(r.error());
            if (!point.sameNumbers(TrendPoint::fromReport(r.value()))) {
                std::fprintf(stderr, "bench: the trend differs from the report of %s\n",
                             qPrintable(point.period.key()));
                trendIdentical = false;
            }
            if (point.period.from != shown.period.from)
                continue;
            const QList<IndicatorGroup>& counted = r.value().groups;
            bool same = counted.size() == shown.groups.size();
            for (qsizetype g = 0; same && g < counted.size(); ++g) {
                const QList<Indicator>& a = shown.groups[g].indicators;
                const QList<Indicator>& b = counted[g].indicators;
                same = a.size() == b.size();
                for (qsizetype i = 0; same && i < a.size(); ++i)
                    same = a[i].key == b[i].key && a[i].value == b[i].value &&
                           a[i].denominator == b[i].denominator && a[i].label == b[i].label;
            }
            if (!same) {
                std::fprintf(stderr, "bench: the dashboard's month differs from the report of %s\n",
                             qPrintable(point.period.key()));
                trendIdentical = false;
            }
        }
    }
    dropBackDated();
    const qint64 monthSessions = valueOf(last, QStringLiteral("services.sessions"));
    const QJsonObject report{
        {QStringLiteral("benchmark"), QStringLiteral("monthly_statistics")},
        {QStringLiteral("clients"), db.queryInt("SELECT count(*) FROM clients")},
        {QStringLiteral("sessions"), db.queryInt("SELECT count(*) FROM sessions")},
        {QStringLiteral("month"), month.key()},
        {QStringLiteral("month_sessions"), monthSessions},
        {QStringLiteral("month_clients_served"), valueOf(last, QStringLiteral("services.clients_served"))},
        {QStringLiteral("fill_seconds"), fillSeconds},
        {QStringLiteral("repeat"), repeat},
        {QStringLiteral("p50_ms"), percentile(totals, 0.5)},
        {QStringLiteral("p95_ms"), percentile(totals, 0.95)},
        {QStringLiteral("cpu_p50_ms"), percentile(cpuTotals, 0.5)},
        {QStringLiteral("by_part"), byPart},
        {QStringLiteral("dashboard_month_and_12_month_trend"), dashboard},
        {QStringLiteral("dashboard_counted"), dashboardCounted},
        {QStringLiteral("dashboard_after_back_dated_session"), dashboardAfterWrite}};
    if (parser.isSet(QStringLiteral("dump"))) {
        // Every value, one line each: compare two builds' numbers with diff.
        QFile out(parser.value(QStringLiteral("dump")));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(Error{out.errorString(), QStringLiteral("--dump")});
        for (const IndicatorGroup& g : last)
            for (const Indicator& i : g.indicators)
                out.write(QStringLiteral("%1\t%2\t%3\n").arg(i.key).arg(i.value).arg(i.denominator).toUtf8());
    }
    QJsonObject out = report;
    if (parser.isSet(QStringLiteral("check-trend")))
        out.insert(QStringLiteral("trend_identical"), trendIdentical);
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    // A month without sessions in a store full of them means the query is broken, not fast.
    if (sessions >= 1000 && monthSessions <= 0)
        return 2;
    return trendIdentical ? 0 : 3;
}
