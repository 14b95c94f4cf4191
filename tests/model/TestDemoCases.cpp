#include "CaseFixture.h"

#include "demo/DemoCases.h"
#include "demo/DemoClients.h"
#include "demo/DemoSessions.h"
#include "lifecycle/LifecycleService.h"
#include "scales/ScaleLibrary.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Transaction.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

// Demo cases go through the real workflow: every state is reached, with its events, assessments
// and plans, and the same seed gives the same spread.
class TestDemoCases : public QObject {
    Q_OBJECT

    struct Made {
        QMap<QString, int> states;
        qint64 events = 0;
        qint64 assessments = 0;
        qint64 plans = 0;
        QByteArray history; // every session and meeting, in id order
        qint64 sessions = 0;
        qint64 meetings = 0;
        qint64 weekendSessions = 0;
        qint64 sessionsOutOfService = 0;
    };

    Made make(quint32 seed, int count, int sessions = 0)
    {
        StoreFixture store;
        store.open(kMondayMorning);
        Workspace& ws = store.ws();
        const QDate today = store.today();
        DemoClients people(seed, today, {sampleSetup().username});
        const ScaleLibrary scales;
        DemoCases cases(seed, today, ws.journal(), scales, {sampleSetup().username});
        Transaction tx(ws.database()); // one fsync, as `kangqiao demo` batches
        for (int i = 0; i < count; ++i) {
            const Result<QString> r = cases.add(ws.actor(), people.next());
            if (!r)
                qFatal("demo case failed: %s", qPrintable(r.error().describe()));
        }
        tx.commit();
        if (sessions > 0) {
            const Result<DemoSessions::Counts> r =
                DemoSessions(seed, today, ws.journal(), {sampleSetup().username}).add(ws.actor(), sessions);
            if (!r)
                qFatal("demo sessions failed: %s", qPrintable(r.error().describe()));
        }
        Made m;
        Statement s = ws.database().prepare("SELECT status, count(*) FROM clients GROUP BY status");
        while (s.step())
            m.states.insert(s.text(0), int(s.int64(1)));
        m.events = ws.database().queryInt("SELECT count(*) FROM case_events");
        m.assessments = ws.database().queryInt("SELECT count(*) FROM assessments");
        m.plans = ws.database().queryInt("SELECT count(*) FROM plans");
        m.sessions = ws.database().queryInt("SELECT count(*) FROM sessions");
        m.meetings = ws.database().queryInt("SELECT count(*) FROM group_activities");
        // strftime('%w'): 0 Sunday, 6 Saturday.
        m.weekendSessions = ws.database().queryInt(
            "SELECT count(*) FROM sessions WHERE strftime('%w', held_on) IN ('0', '6')");
        // Never before the client's service started.
        m.sessionsOutOfService = ws.database().queryInt(
            "SELECT count(*) FROM sessions s WHERE NOT EXISTS (SELECT 1 FROM case_events e WHERE e.client_id "
            "= "
            "s.client_id AND e.action = 'start-service' AND substr(e.occurred_at, 1, 10) <= s.held_on)");
        Statement h = ws.database().prepare("SELECT id || held_on || starts_at || minutes || contents || "
                                            "form || place || observations FROM sessions "
                                            "ORDER BY id");
        while (h.step())
            m.history += h.text(0).toUtf8();
        Statement g = ws.database().prepare(
            "SELECT topic || held_on || starts_at || (SELECT count(*) FROM group_attendance a WHERE "
            "a.activity_id = "
            "g.id AND a.present = 1) FROM group_activities g ORDER BY held_on, starts_at, topic");
        while (g.step())
            m.history += g.text(0).toUtf8();
        return m;
    }

private Q_SLOTS:
    void everyStateIsReachedThroughTheRules()
    {
        const Made m = make(7, 400);
        for (CaseState s : CaseStates::all())
            QVERIFY2(m.states.value(CaseStates::key(s)) > 0, qPrintable(CaseStates::key(s)));
        // Most clients are in service, as at a working centre.
        QVERIFY(m.states.value(QStringLiteral("in_service")) > 400 / 3);
        QVERIFY(m.events > 400 * 3);
        QVERIFY(m.assessments > 0);
        QVERIFY(m.plans > 0);
    }

    void sameSeedSameCases()
    {
        const Made a = make(3, 60);
        const Made b = make(3, 60);
        QCOMPARE(a.states, b.states);
        QCOMPARE(a.events, b.events);
        QCOMPARE(a.assessments, b.assessments);
    }

    void sessionHistoryLiesInServiceAndRepeats()
    {
        const Made a = make(5, 150, 3000);
        QVERIFY(qAbs(a.sessions - 3000) < 150);
        QVERIFY(a.meetings > 3000 / DemoSessions::kSessionsPerMeeting / 2);
        QCOMPARE(a.weekendSessions, 0);
        QCOMPARE(a.sessionsOutOfService, 0);
        const Made b = make(5, 150, 3000);
        QCOMPARE(a.sessions, b.sessions);
        QCOMPARE(a.meetings, b.meetings);
        QVERIFY(a.history == b.history);
    }
};

QTEST_GUILESS_MAIN(TestDemoCases)
#include "TestDemoCases.moc"
