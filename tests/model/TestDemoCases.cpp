#include "CaseFixture.h"

#include "centre/CentreSettings.h"
#include "demo/DemoCases.h"
#include "demo/DemoClients.h"
#include "demo/DemoScan.h"
#include "demo/DemoSessions.h"
#include "documents/ServiceGate.h"
#include "documents/SignedDocumentRepository.h"
#include "lifecycle/LifecycleService.h"
#include "scales/ScaleLibrary.h"
#include "sessions/SessionLogRepository.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Transaction.h"

#include <QImage>
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
        QByteArray history;   // every session and meeting, in id order
        QByteArray documents; // every signed document's dates and kind, in client and signing order
        qint64 sessions = 0;
        qint64 meetings = 0;
        qint64 weekendSessions = 0;
        qint64 sessionsOutOfService = 0;
    };

    static void fill(StoreFixture& store, quint32 seed, int count)
    {
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
    }

    Made make(quint32 seed, int count, int sessions = 0)
    {
        StoreFixture store;
        store.open(kMondayMorning);
        Workspace& ws = store.ws();
        const QDate today = store.today();
        fill(store, seed, count);
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
        Statement d = ws.database().prepare(
            "SELECT c.name || kind || signed_on || valid_from || ifnull(valid_until, '-') || "
            "ifnull(revoked_on, "
            "'-') || sha256 FROM signed_documents d JOIN clients c ON c.id = d.client_id ORDER BY c.name, "
            "d.signed_on, d.kind, d.valid_from");
        while (d.step())
            m.documents += d.text(0).toUtf8();
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
        QVERIFY(!a.documents.isEmpty());
        QVERIFY(a.documents == b.documents); // the same dates, the same scans
    }

    // Every case that reached service has its consent and agreement signed on paper, scanned, on
    // the day service started, the agreements renewed year by year; on the demo's today the
    // service gate admits a session for an in-service client with the default (blocking) setting.
    void casesInServiceHaveTheirSignedDocuments()
    {
        StoreFixture store;
        store.open(kMondayMorning);
        fill(store, 11, 250);
        Database& db = store.ws().database();
        const QDate today = store.today();
        QCOMPARE(CentreSettings::load(db).serviceGate(), CentreSettings::GateMode::Block);

        // Documents only for cases that started service, signed that day, never before.
        QCOMPARE(
            db.queryInt("SELECT count(*) FROM signed_documents d WHERE NOT EXISTS (SELECT 1 FROM "
                        "case_events e WHERE e.client_id = d.client_id AND e.action = 'start-service' AND "
                        "substr(e.occurred_at, 1, 10) <= d.signed_on)"),
            qint64(0));
        QCOMPARE(db.queryInt("SELECT count(*) FROM case_events e WHERE e.action = 'start-service' AND NOT "
                             "EXISTS (SELECT 1 FROM signed_documents d WHERE d.client_id = e.client_id AND "
                             "d.kind = 'consent' AND d.signed_on = substr(e.occurred_at, 1, 10))"),
                 qint64(0));
        // On paper with the scan, whose PDF still has the hash taken on signing.
        QCOMPARE(db.queryInt("SELECT count(*) FROM signed_documents WHERE on_paper = 0"), qint64(0));
        QCOMPARE(db.queryInt("SELECT count(*) FROM signed_documents d WHERE NOT EXISTS (SELECT 1 FROM "
                             "document_images i WHERE i.document_id = d.id AND i.role = 'scan' AND "
                             "i.mime = 'image/png')"),
                 qint64(0));
        // Renewals follow the term they renew, with at most a short gap.
        Statement renewals = db.prepare("SELECT n.valid_from, o.valid_until FROM signed_documents n JOIN "
                                        "signed_documents o ON o.id = n.replaces_id");
        int renewed = 0;
        while (renewals.step()) {
            const QDate from = QDate::fromString(renewals.text(0), Qt::ISODate);
            const QDate lastDay = QDate::fromString(renewals.text(1), Qt::ISODate);
            QVERIFY(from > lastDay);
            QVERIFY(from <= lastDay.addDays(1 + DemoDocuments::kMaxLateDays));
            ++renewed;
        }
        QVERIFY(renewed > 20);

        Statement s = db.prepare("SELECT id, status FROM clients WHERE status IN ('in_service', "
                                 "'hospitalised', 'closed') ORDER BY id");
        int inService = 0;
        int bothInForce = 0;
        QString admitted;
        SignedDocumentRepository documents(store.ws().journal());
        while (s.step()) {
            const QString id = s.text(0);
            const bool consent = documents.inForce(id, FormTemplate::Kind::Consent, today).has_value();
            const bool agreement = documents.inForce(id, FormTemplate::Kind::Agreement, today).has_value();
            if (s.text(1) != u"in_service") {
                // A hospital stay or the closure ended the agreement; the consent stays.
                QVERIFY2(!agreement, qPrintable(s.text(1)));
                continue;
            }
            ++inService;
            QVERIFY(consent);
            if (agreement) {
                ++bothInForce;
                if (admitted.isEmpty())
                    admitted = id;
            } else {
                // Lapsed: the last agreement ended less than a late renewal ago.
                QVERIFY(
                    db.queryInt(qPrintable(
                        QStringLiteral(
                            "SELECT count(*) FROM signed_documents WHERE client_id = '%1' AND kind "
                            "= 'agreement' AND valid_until >= '%2'")
                            .arg(id, today.addDays(-DemoDocuments::kMaxLateDays).toString(Qt::ISODate)))) >
                    0);
            }
        }
        QVERIFY(inService > 100);
        // A few lapsed, as at a real centre; nearly all in force.
        QVERIFY2(bothInForce * 100 >= inService * 95,
                 qPrintable(QStringLiteral("%1 of %2").arg(bothInForce).arg(inService)));

        QVERIFY(ServiceGate::check(db, admitted, today).ok());
        SessionLog log;
        log.clientId = admitted;
        log.staff = sampleSetup().username;
        log.heldOn = today;
        log.startsAt = QTime(9, 30);
        log.minutes = 45;
        log.contents = {QStringLiteral("medication_training")};
        log.form = QStringLiteral("day_training");
        log.observations = QStringLiteral("按时服药，情绪平稳。");
        const Result<SessionLogRepository::Saved> saved =
            SessionLogRepository(store.ws().journal()).save(store.ws().actor(), log);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().describe()));
        QVERIFY(saved.value().warnings.isEmpty());
    }

    void scansAreSmallValidImagesAndPdfs()
    {
        const DemoScan a(1);
        QCOMPARE(SignedDocumentRepository::sniffMime(a.png()), QStringLiteral("image/png"));
        QVERIFY(a.pdf().startsWith("%PDF-1.4\n"));
        QVERIFY(a.pdf().endsWith("%%EOF\n"));
        QVERIFY(a.png().size() < 2000);
        QImage image;
        QVERIFY(image.loadFromData(a.png(), "PNG")); // a decoder reads it: the CRCs and stream are right
        QCOMPARE(image.size(), QSize(DemoScan::kWidth, DemoScan::kHeight));
        // startxref points at the cross-reference table.
        const QByteArray pdf = a.pdf();
        const qsizetype at = pdf.lastIndexOf("startxref\n");
        const qsizetype xref = pdf.mid(at + 10).split('\n').first().toLongLong();
        QVERIFY(pdf.mid(xref).startsWith("xref\n0 6\n"));
        QCOMPARE(DemoScan(1).png(), a.png());
        QVERIFY(DemoScan(2).png() != a.png());
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
