#include "CaseFixture.h"

#include "demo/DemoCases.h"
#include "demo/DemoClients.h"
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
    };

    Made make(quint32 seed, int count)
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
        Made m;
        Statement s = ws.database().prepare("SELECT status, count(*) FROM clients GROUP BY status");
        while (s.step())
            m.states.insert(s.text(0), int(s.int64(1)));
        m.events = ws.database().queryInt("SELECT count(*) FROM case_events");
        m.assessments = ws.database().queryInt("SELECT count(*) FROM assessments");
        m.plans = ws.database().queryInt("SELECT count(*) FROM plans");
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
};

QTEST_GUILESS_MAIN(TestDemoCases)
#include "TestDemoCases.moc"
