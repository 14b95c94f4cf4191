// kangqiao-bench: the whole performance suite of issue 9 in one run, printed as one JSON object.
// Builds (or reuses, --db) the benchmark store with the demo's generators, then times what people
// do — sign in, the window with its client list, search per keystroke, a client with 500 sessions,
// saving a session log, the month's statistics and the dashboard — each as median and p95 over
// --repeat runs, next to the same statements replayed through the sqlite3 C API on an unencrypted
// copy (RawBaseline.h). Sync figures come from kangqiao-bench-sync, run as a child.

#include "BenchDataset.h"
#include "BenchFigure.h"
#include "RawBaseline.h"

#include "centre/CentreSettings.h"
#include "clients/ClientDetailWidget.h"
#include "clients/ClientListModel.h"
#include "clients/ClientQuery.h"
#include "documents/ServiceGate.h"
#include "keys/KeyRing.h"
#include "keys/KeySlotFile.h"
#include "lifecycle/CalendarRepository.h"
#include "lifecycle/CaseDeadlines.h"
#include "shell/MainWindow.h"
#include "statistics/StatisticsBuilder.h"
#include "statistics/TrendReports.h"
#include "store/Journal.h"
#include "store/ReaderTicket.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace kq;
using namespace kq::bench;

namespace {

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Resident memory of this process in MiB (VmRSS), or -1 where /proc is not there.
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// Runs `what` `repeat` times while recording its statements, then replays each run's statements on
// the plain copy for the baseline.
template <typename F> Figure measured(Database& db, PlainCopy& plain, int repeat, F&& what)
{
    Figure f;
    for (int round = 0; round < repeat; ++round) {
        std::vector<RecordedStatement> statements;
        {
            StatementRecorder recorder(db);
            QElapsedTimer t;
            t.start();
            what();
            f.add(msSince(t));
            statements = recorder.take();
        }
        f.addBaseline(plain.replay(statements));
    }
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kangqiao's performance suite (issue 9)."));
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Clients in a new store."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("sessions"), QStringLiteral("Session logs in a new store."),
                      QStringLiteral("M"), QStringLiteral("2000000")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Reuse or create this store (the plain copy goes next to it)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs of each figure."), QStringLiteral("R"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("sync-push"),
                      QStringLiteral("Operations the sync figure pushes (0: none)."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("sync-pull"), QStringLiteral("Records the sync figure pulls."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addHelpOption();
    parser.process(app);
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    QTemporaryDir temp;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : temp.filePath(QStringLiteral("bench.kqdb"));
    const StorePaths paths{path};
    ManualClock clock(benchNow());
    bool fresh = false;
    std::unique_ptr<Workspace> store = openStore(paths, clock, fresh);
    if (!store)
        return 1;
    Workspace& workspace = *store;
    QElapsedTimer fill;
    fill.start();
    if (fresh && !fillDemo(workspace, parser.value(QStringLiteral("clients")).toInt(),
                           parser.value(QStringLiteral("sessions")).toInt()))
        return 1;
    const double fillSeconds = double(fill.elapsed()) / 1000.0;
    const QString busiest = clientWithSessions(workspace, 500);
    if (busiest.isEmpty())
        return 1;
    Database& db = workspace.database();
    const QString plainPath = path + QStringLiteral(".plain");
    if (Result<void> exported = PlainCopy::exportTo(db, path, plainPath); !exported)
        return fail(exported.error());
    PlainCopy plain(plainPath);
    if (!plain.isOpen())
        return 1;
    QJsonObject figures;

    // The KDF of a staff password (reported apart), and the rest of sign-in: the bench account's
    // slot uses the minimum KDF, whose own time is taken off each run.
    {
        const SecureBytes password = SecureBytes::fromUtf8(kPassword);
        const KeySlot slot =
            KeyRing::seal(QStringLiteral("bench"), KeySlot::Kind::User, QStringLiteral("bench"), password,
                          SecureBytes::random(32), KdfParams::moderate());
        Figure kdf;
        for (int round = 0; round < repeat; ++round) {
            QElapsedTimer t;
            t.start();
            (void)KeyRing::unseal(QStringLiteral("bench"), slot, password);
            kdf.add(msSince(t));
        }
        figures.insert(QStringLiteral("kdf_argon2id"), kdf.toJson());
        const Result<KeySlotFile> slots = KeySlotFile::load(paths.keySlots());
        if (!slots)
            return fail(slots.error());
        Figure unlock;
        for (int round = 0; round < repeat; ++round) {
            workspace.lock();
            QElapsedTimer t;
            t.start();
            (void)KeyRing::unseal(slots.value().databaseId, *slots.value().findUser(QStringLiteral("bench")),
                                  password);
            const double kdfMs = msSince(t);
            t.restart();
            if (Result<void> r = workspace.unlock(QStringLiteral("bench"), password); !r)
                return fail(r.error());
            unlock.add(std::max(0.0, msSince(t) - kdfMs));
        }
        figures.insert(QStringLiteral("open_unlock_without_kdf"), unlock.toJson(150));
    }
    Database& opened = workspace.database();

    // The window as it opens (its front page), then with the client list shown and filled.
    {
        Figure window;
        double rss = -1;
        bool listed = true;
        window = measured(opened, plain, repeat, [&] {
            ui::MainWindow w(workspace, clock);
            w.show();
            w.showPage(QStringLiteral("clientsPage"));
            auto* list = w.findChild<QAbstractItemView*>(QStringLiteral("clientList"));
            // Bounded, so a list that never fills fails the run instead of hanging it.
            const QDeadlineTimer deadline(120'000);
            while ((!list || !list->model() || list->model()->rowCount() == 0) && !deadline.hasExpired())
                QApplication::processEvents(QEventLoop::AllEvents, 5);
            listed = listed && list && list->model() && list->model()->rowCount() > 0;
            QApplication::processEvents();
            rss = residentMiB();
        });
        if (!listed)
            return fail(Error{QStringLiteral("the client list did not fill within two minutes")});
        figures.insert(QStringLiteral("main_window_with_client_list"), window.toJson(800));
        figures.insert(QStringLiteral("resident_mib_after_window"),
                       QJsonObject{{QStringLiteral("value"), rss},
                                   {QStringLiteral("target"), 250},
                                   {QStringLiteral("within_target"), rss >= 0 && rss <= 250}});
    }

    // The front page's due list: worked out on a worker thread while the window is already in use
    // (OverviewPage), so it has no target of its own; how long until it shows.
    {
        const WorkingCalendar calendar = CalendarRepository(workspace.journal()).load();
        const QDate today = clock.now().toLocalTime().date();
        const Figure due = measured(opened, plain, repeat, [&] {
            (void)CaseDeadlines(opened, calendar).list(workspace.actor(), today);
        });
        figures.insert(QStringLiteral("front_page_due_list"), due.toJson());
    }

    // Search per keystroke, as the list does it: the capped count and the first page.
    {
        const QDate today = clock.now().toLocalTime().date();
        const QStringList typed = keystrokes(QStringLiteral("zhangwei")) + keystrokes(QStringLiteral("zw")) +
                                  keystrokes(QStringLiteral("张伟")) + keystrokes(QStringLiteral("0534"));
        Figure search;
        for (const QString& q : typed) {
            search.merge(measured(opened, plain, repeat, [&] {
                ClientFilter filter;
                filter.text = q;
                ClientQuery query(opened, filter, today);
                (void)query.count(ClientListModel::kCountCap);
                (void)query.fetch(0, 200);
            }));
        }
        figures.insert(QStringLiteral("search_per_keystroke"), search.toJson(15));
    }

    // A client with 500 session logs opened: profile, case, sessions, timeline.
    {
        ui::ClientDetailWidget detail(workspace);
        const Figure open = measured(opened, plain, repeat, [&] {
            detail.showClient(busiest);
            QApplication::processEvents();
        });
        figures.insert(QStringLiteral("open_client_with_500_sessions"), open.toJson(100));
    }

    // One session log saved (durable: synchronous=FULL).
    {
        // The demo signs each case's consent and agreement, so the gate runs as a centre has it
        // (blocking). A store made before the demo signed them has none: there it only warns.
        if (!ServiceGate::check(opened, busiest, clock.now().toLocalTime().date(),
                                CentreSettings::GateMode::Block))
            if (Result<void> r = CentreSettings::load(opened).setServiceGate(
                    workspace.journal(), workspace.actor(), CentreSettings::GateMode::Warn);
                !r)
                return fail(r.error());
        SessionLogRepository sessions(workspace.journal());
        bool saved = true;
        const Figure save = measured(opened, plain, repeat, [&] {
            const SessionLog l = benchSession(busiest, workspace.actor().username,
                                              clock.now().toLocalTime().date(), QTime(10, 0));
            if (Result<SessionLogRepository::Saved> r = sessions.save(workspace.actor(), l); !r) {
                fail(r.error());
                saved = false;
            }
        });
        if (!saved)
            return 1;
        figures.insert(QStringLiteral("save_session_log"), save.toJson(20));
    }

    // The last whole month's statistics counted from the records, and the dashboard as it opens, on
    // a connection of their own with the page's cache, as the Statistics page counts (kept open
    // between rounds as the page keeps it: later rounds find pages already decrypted).
    {
        const std::unique_ptr<Database> reader = ReaderTicket(workspace).open();
        reader->setCacheSizeMiB(TrendReports::kReaderCacheMiB);
        Journal readerJournal(*reader, clock);
        const QDate lastMonth = clock.now().toLocalTime().date().addMonths(-1);
        StatisticsBuilder::Options options;
        options.period = ReportPeriod::month(lastMonth.year(), lastMonth.month());
        options.fresh = true;
        const Figure month = measured(*reader, plain, repeat, [&] {
            if (Result<StatisticsReport> r =
                    StatisticsBuilder(readerJournal).build(workspace.actor(), options);
                !r)
                fail(r.error());
        });
        figures.insert(QStringLiteral("monthly_statistics"), month.toJson(300));
        // The Statistics page as it opens, asking what StatisticsPage::recompute asks: the last whole
        // month without ids (a closed month's figures are kept until a write reaches them; the first
        // run may count them) and its 12-month trend.
        const Figure dashboard = measured(*reader, plain, repeat, [&] {
            if (Result<TrendReports> r =
                    TrendReports::compute(readerJournal, workspace.actor(), lastMonth, 12, false);
                !r)
                fail(r.error());
        });
        figures.insert(QStringLiteral("dashboard_month_and_12_month_trend"), dashboard.toJson(1000));
        // The month under way, picked on the page by a clinical role: always counted, with the ids
        // behind each number for drill-down.
        const QDate thisMonth = clock.now().toLocalTime().date();
        const Figure current = measured(*reader, plain, repeat, [&] {
            if (Result<TrendReports> r =
                    TrendReports::compute(readerJournal, workspace.actor(), thisMonth, 12, true);
                !r)
                fail(r.error());
        });
        figures.insert(QStringLiteral("dashboard_month_under_way"), current.toJson(1000));
    }

    // Sync against kangqiao-platform on loopback, in a child with its own stores.
    QJsonObject sync;
    if (parser.value(QStringLiteral("sync-pull")).toInt() > 0 ||
        parser.value(QStringLiteral("sync-push")).toInt() > 0) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(KANGQIAO_BENCH_SYNC_BINARY),
                    {QStringLiteral("--push"), parser.value(QStringLiteral("sync-push")),
                     QStringLiteral("--pull"), parser.value(QStringLiteral("sync-pull")),
                     QStringLiteral("--repeat"), QString::number(repeat)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            return fail(Error{QStringLiteral("kangqiao-bench-sync failed")});
        sync = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    }

    const QJsonObject report{
        {QStringLiteral("benchmark"), QStringLiteral("kangqiao")},
        {QStringLiteral("dataset"),
         QJsonObject{{QStringLiteral("clients"), opened.queryInt("SELECT count(*) FROM clients")},
                     {QStringLiteral("sessions"), opened.queryInt("SELECT count(*) FROM sessions")},
                     {QStringLiteral("file_mib"), double(QFileInfo(path).size()) / (1024.0 * 1024.0)},
                     {QStringLiteral("fill_seconds"), fillSeconds}}},
        {QStringLiteral("repeat"), repeat},
        {QStringLiteral("load_average"), loadAverage()},
        {QStringLiteral("figures"), figures},
        {QStringLiteral("sync"), sync}};
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
