#pragma once

// The benchmark dataset: what `kangqiao demo` writes (its generators, seed 42, the benchmarks'
// fixed clock), so kangqiao-bench and kangqiao-bench-stats can share one store file.

#include "BenchSupport.h"

#include "centre/CentreSettings.h"
#include "core/Ids.h"
#include "demo/DemoCases.h"
#include "demo/DemoClients.h"
#include "demo/DemoSessions.h"
#include "documents/ServiceGate.h"
#include "scales/ScaleLibrary.h"
#include "sessions/SessionLogRepository.h"
#include "statistics/StatisticsResults.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <algorithm>

namespace kq::bench {

// The benchmarks' "now": a Monday morning, so every figure is about the same dataset.
inline QDateTime benchNow()
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
}

// `clients` clients through the demo's workflow, then about `sessions` session logs with their
// group meetings. Returns false after printing why.
inline bool fillDemo(Workspace& workspace, int clients, int sessions)
{
    Database& db = workspace.database();
    const QDate today = workspace.clock().now().toLocalTime().date();
    db.setCacheSizeMiB(256);
    const QStringList staff{QStringLiteral("bench")};
    DemoClients people(42, today, staff);
    const ScaleLibrary scales;
    DemoCases cases(42, today, workspace.journal(), scales, staff);
    for (int done = 0; done < clients;) {
        Transaction tx(db);
        StatisticsResults::suspendTriggersForBulk(db, std::min(2000, clients - done));
        for (int i = 0; i < 2000 && done < clients; ++i, ++done)
            if (Result<QString> r = cases.add(workspace.actor(), people.next()); !r)
                return fail(r.error()) == 0;
        tx.commit();
    }
    if (Result<DemoSessions::Counts> r =
            DemoSessions(42, today, workspace.journal(), staff).add(workspace.actor(), sessions);
        !r)
        return fail(r.error()) == 0;
    db.setCacheSizeMiB(32);
    return true;
}

// 45 minutes of medication training at the centre, the benchmarks' session log.
inline SessionLog benchSession(const QString& clientId, const QString& staff, const QDate& day,
                               const QTime& at)
{
    SessionLog l;
    l.clientId = clientId;
    l.staff = staff;
    l.heldOn = day;
    l.startsAt = at;
    l.minutes = 45;
    l.contents = {QStringLiteral("medication_training")};
    l.form = QStringLiteral("day_training");
    l.place = ServicePlace::Centre;
    l.observations = QStringLiteral("按时服药，情绪平稳。");
    return l;
}

// A client in service with at least `count` session logs: the one with the most, topped up with
// older logs (through the history import) when it has fewer. Empty after printing why not.
inline QString clientWithSessions(Workspace& workspace, int count)
{
    Database& db = workspace.database();
    Statement most =
        db.prepare("SELECT s.client_id, count(*) FROM sessions s JOIN clients c ON c.id = s.client_id "
                   "WHERE c.status = 'in_service' GROUP BY s.client_id "
                   "ORDER BY count(*) DESC, s.client_id");
    // The busiest client whose consent and agreement are in force today, as the service gate asks
    // (a few of the demo's agreements have lapsed); failing that, the busiest.
    const QDate day = workspace.clock().now().toLocalTime().date();
    QString admitted;
    qint64 admittedHas = 0;
    while (admitted.isEmpty() && most.step())
        if (ServiceGate::check(db, most.text(0), day, CentreSettings::GateMode::Block)) {
            admitted = most.text(0);
            admittedHas = most.int64(1);
        }
    most.reset();
    if (admitted.isEmpty() && !most.step()) {
        std::fprintf(stderr, "bench: the store has no client in service with session logs\n");
        return {};
    }
    const QString client = admitted.isEmpty() ? most.text(0) : admitted;
    const qint64 has = admitted.isEmpty() ? most.int64(1) : admittedHas;
    if (has >= count)
        return client;
    QList<SessionLog> older;
    const QDate today = workspace.clock().now().toLocalTime().date();
    for (qint64 n = has; n < count; ++n) {
        SessionLog l = benchSession(client, workspace.actor().username, today.addDays(-1 - n / 2),
                                    QTime(n % 2 == 0 ? 9 : 14, 30));
        l.id = newId();
        older << l;
    }
    Transaction tx(db);
    if (Result<int> r = SessionLogRepository(workspace.journal()).importHistory(workspace.actor(), older);
        !r) {
        fail(r.error());
        return {};
    }
    tx.commit();
    return client;
}

} // namespace kq::bench
