#include "SessionFixture.h"

#include "clients/ClientRepository.h"
#include "demo/DemoCases.h"
#include "demo/DemoClients.h"
#include "demo/DemoSessions.h"
#include "documents/SignedDocumentRepository.h"
#include "replica/Replica.h"
#include "scales/ScaleLibrary.h"
#include "sessions/SessionLogRepository.h"
#include "statistics/StatisticsBuilder.h"
#include "statistics/StatisticsResults.h"
#include "statistics/TrendReports.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QJsonObject>
#include <QTest>

using namespace kq;
using namespace kq::test;

// Kept statistics (decision 0015) are never stale: after every kind of write that feeds a figure —
// through a repository, the lifecycle, an import, the replica or plain SQL — the dashboard's
// figures (the chosen month in full, the trend before it) equal a fresh count from the records.
// Each test first lets the dashboard keep its figures, then writes, then compares; and checks that
// the write did change a fresh figure, so that no comparison is of two unchanged numbers.
class TestStatisticsResults : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store; // today is Monday 2026-11-23: October is the last closed month
    const QDate m_october{2026, 10, 1};
    QString m_spring, m_summer, m_item;

    Actor me() { return m_store.ws().actor(); }

    QList<ReportPeriod> year() const
    {
        QList<ReportPeriod> out;
        for (int n = 11; n >= 0; --n) {
            const QDate m = m_october.addMonths(-n);
            out << ReportPeriod::month(m.year(), m.month());
        }
        return out;
    }

    StatisticsReport fresh(const ReportPeriod& period)
    {
        StatisticsBuilder::Options options;
        options.period = period;
        options.fresh = true;
        Result<StatisticsReport> r = StatisticsBuilder(m_store.journal()).build(me(), options);
        if (!r)
            qFatal("report failed: %s", qPrintable(r.error().describe()));
        return r.take();
    }

    TrendReports dashboard()
    {
        Result<TrendReports> r = TrendReports::compute(m_store.journal(), me(), m_october, 12, false);
        if (!r)
            qFatal("dashboard failed: %s", qPrintable(r.error().describe()));
        return r.take();
    }

    // Every fresh number of the year: the trend's, and the chosen month's in full.
    QStringList freshFigures()
    {
        QStringList out;
        for (const ReportPeriod& p : year())
            for (const IndicatorGroup& g : fresh(p).groups)
                for (const Indicator& i : g.indicators)
                    out << QStringLiteral("%1 %2 %3/%4").arg(p.key(), i.key).arg(i.value).arg(i.denominator);
        return out;
    }

    static QString differences(const StatisticsReport& kept, const StatisticsReport& counted)
    {
        QStringList out;
        if (kept.groups.size() != counted.groups.size())
            return QStringLiteral("groups differ");
        for (qsizetype g = 0; g < kept.groups.size(); ++g) {
            const QList<Indicator>& a = kept.groups[g].indicators;
            const QList<Indicator>& b = counted.groups[g].indicators;
            if (kept.groups[g].key != counted.groups[g].key ||
                kept.groups[g].title != counted.groups[g].title || a.size() != b.size()) {
                out << QStringLiteral("group %1 differs").arg(counted.groups[g].key);
                continue;
            }
            for (qsizetype i = 0; i < a.size(); ++i)
                if (a[i].key != b[i].key || a[i].label != b[i].label || a[i].value != b[i].value ||
                    a[i].denominator != b[i].denominator)
                    out << QStringLiteral("%1: kept %2/%3, counted %4/%5 (%6)")
                               .arg(b[i].key)
                               .arg(a[i].value)
                               .arg(a[i].denominator)
                               .arg(b[i].value)
                               .arg(b[i].denominator)
                               .arg(a[i].key);
        }
        return out.join(u'\n');
    }

    // The dashboard twice (the second from kept figures only), each equal to a fresh count.
    void verifyKeptEqualsFresh()
    {
        for (int round = 0; round < 2; ++round) {
            const TrendReports shown = dashboard();
            QCOMPARE(shown.months.size(), 12);
            for (qsizetype i = 0; i < shown.months.size(); ++i) {
                const TrendPoint counted = TrendPoint::fromReport(fresh(year()[i]));
                QVERIFY2(shown.months[i].sameNumbers(counted),
                         qPrintable(QStringLiteral("round %1, %2").arg(round).arg(year()[i].key())));
            }
            const QString diff = differences(shown.report, fresh(year().constLast()));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        // The figures of every closed month were kept: the second round read them.
        QCOMPARE(m_store.db().queryInt("SELECT count(*) FROM statistics_results WHERE kind = 'point'"), 11);
        QCOMPARE(m_store.db().queryInt("SELECT count(*) FROM statistics_results WHERE kind = 'report'"), 1);
    }

    // Keeps the dashboard's figures, returns the fresh ones to compare after a write.
    QStringList warm()
    {
        dashboard();
        return freshFigures();
    }

    QString consentOf(const QString& client)
    {
        Statement s = m_store.db().prepare("SELECT id FROM signed_documents WHERE client_id = ? AND kind = "
                                           "'consent' AND revoked_on IS NULL");
        s.bind(1, client);
        return s.step() ? s.text(0) : QString();
    }

    // 09:00 Beijing time on `day`.
    void at(const QDate& day) { m_store.clock().set(QDateTime(day, QTime(1, 0), Qt::UTC)); }

    void session(const QString& client, const QDate& on)
    {
        KQ_VERIFY_OK(
            SessionLogRepository(m_store.journal()).save(me(), sampleSession(client, me().username, on)));
    }

    int statisticsTriggers()
    {
        return int(m_store.db().queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                         "substr(name, 1, 11) = 'statistics_'"));
    }

    // A bulk import's worth of sessions of the summer client through the year (batch `n`).
    QList<SessionLog> bulkSessions(int n)
    {
        QList<SessionLog> out;
        for (int i = 0; i < int(StatisticsResults::kBulkRows); ++i) {
            SessionLog l = sampleSession(m_summer, me().username, QDate(2026, 1, 5).addDays(i * 3));
            l.id = QStringLiteral("0190b000-0000-7000-8000-%1").arg(n * 1000 + i, 12, 10, QLatin1Char('0'));
            out << l;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Two clients served from March, their sessions through the year; then a demo centre
        // (every state, histories over years, group meetings) for breadth.
        m_store.open(QDateTime(QDate(2026, 3, 10), QTime(1, 0), Qt::UTC));
        Workspace& ws = m_store.ws();
        m_item = addDayTraining(ws.journal(), me());
        m_spring = servedClient(ws, me(), QStringLiteral("春燕"), m_item, m_store.today());
        m_summer = servedClient(ws, me(), QStringLiteral("夏雨"), m_item, m_store.today());
        for (const QDate& d :
             {QDate(2026, 4, 2), QDate(2026, 6, 5), QDate(2026, 9, 1), QDate(2026, 10, 12)}) {
            at(d);
            session(m_spring, d);
        }
        for (const QDate& d : {QDate(2026, 5, 3), QDate(2026, 8, 20), QDate(2026, 10, 20)}) {
            at(d);
            session(m_summer, d);
        }
        m_store.clock().set(kMondayMorning);
        const QDate today = m_store.today();
        const QStringList staff{me().username};
        DemoClients people(11, today, staff);
        const ScaleLibrary scales;
        DemoCases cases(11, today, ws.journal(), scales, staff);
        {
            Transaction tx(ws.database());
            for (int i = 0; i < 80; ++i)
                if (const Result<QString> r = cases.add(me(), people.next()); !r)
                    qFatal("demo case failed: %s", qPrintable(r.error().describe()));
            tx.commit();
        }
        if (const Result<DemoSessions::Counts> r =
                DemoSessions(11, today, ws.journal(), staff).add(me(), 1600);
            !r)
            qFatal("demo sessions failed: %s", qPrintable(r.error().describe()));
    }

    void cleanupTestCase() { m_store.close(); }

    void keptFiguresEqualAFreshCount() { verifyKeptEqualsFresh(); }

    // The dashboard really reads what was kept (else every comparison here would prove nothing),
    // and a month still under way is never kept.
    void keptFiguresAreWhatTheDashboardShows()
    {
        dashboard();
        StatisticsResults kept(m_store.db());
        const QString variant = StatisticsResults::variant(StandardServiceRule::load(m_store.db()));
        std::optional<TrendPoint> july = kept.point(ReportPeriod::month(2026, 7), variant);
        QVERIFY(july);
        july->inService += 1000;
        QVERIFY(kept.keepPoint(*july, variant, kept.generation()));
        QCOMPARE(dashboard().months[8].inService, july->inService); // November 2025 is the first
        QVERIFY(!kept.point(ReportPeriod::month(2026, 11), variant));
        Result<TrendReports> november =
            TrendReports::compute(m_store.journal(), me(), QDate(2026, 11, 1), 12, false);
        KQ_VERIFY_OK(november);
        QCOMPARE(
            m_store.db().queryInt("SELECT count(*) FROM statistics_results WHERE period_to >= '2026-11-01'"),
            0);
        kept.forgetAll();
        verifyKeptEqualsFresh();
    }

    // Figures read before a write that reaches them are not kept after it.
    void figuresCountedBeforeAWriteAreNotKept()
    {
        StatisticsResults kept(m_store.db());
        kept.forgetAll();
        const QString variant = StatisticsResults::variant(StandardServiceRule::load(m_store.db()));
        const qint64 before = kept.generation();
        const TrendPoint stale = TrendPoint::fromReport(fresh(ReportPeriod::month(2026, 8)));
        session(m_summer, QDate(2026, 8, 21)); // commits between the count and its keeping
        QVERIFY(kept.generation() > before);
        QVERIFY(!kept.keepPoint(stale, variant, before));
        QVERIFY(!kept.point(stale.period, variant));
        verifyKeptEqualsFresh();
    }

    void backDatedSession()
    {
        const QStringList before = warm();
        session(m_spring, QDate(2026, 7, 15));
        QVERIFY(freshFigures() != before);
        verifyKeptEqualsFresh();
    }

    void importedHistory()
    {
        const QStringList before = warm();
        SessionLog l = sampleSession(m_summer, me().username, QDate(2026, 6, 10));
        l.id = QStringLiteral("0190a000-0000-7000-8000-000000000001");
        l.contents = {QStringLiteral("social_skills")};
        KQ_VERIFY_OK(SessionLogRepository(m_store.journal()).importHistory(me(), {l}));
        QVERIFY(freshFigures() != before);
        verifyKeptEqualsFresh();
    }

    // A bulk import (from StatisticsResults::kBulkRows rows) is written without the triggers: its
    // commit puts them back, forgets every kept figure and counts one write.
    void bulkImportForgetsKeptFiguresOnce()
    {
        const int triggers = statisticsTriggers();
        QCOMPARE(triggers, 41);
        const QStringList before = warm();
        StatisticsResults kept(m_store.db());
        const qint64 generation = kept.generation();
        KQ_VERIFY_OK(SessionLogRepository(m_store.journal()).importHistory(me(), bulkSessions(0)));
        QCOMPARE(statisticsTriggers(), triggers);
        QCOMPARE(m_store.db().queryInt("SELECT count(*) FROM statistics_results"), 0);
        QCOMPARE(kept.generation(), generation + 1);
        QVERIFY(freshFigures() != before);
        verifyKeptEqualsFresh();
        // The triggers are back at work: a session in August keeps the months before it.
        session(m_summer, QDate(2026, 8, 25));
        QCOMPARE(m_store.db().queryInt("SELECT count(*) FROM statistics_results WHERE kind = 'point' "
                                       "AND period_to < '2026-08-01'"),
                 9);
        QCOMPARE(
            m_store.db().queryInt("SELECT count(*) FROM statistics_results WHERE period_to >= '2026-08-01'"),
            0);
        verifyKeptEqualsFresh();
    }

    // A bulk import that fails half-way leaves the store as it was, triggers and kept figures too.
    void failedBulkImportChangesNothing()
    {
        warm();
        const qint64 keptRows = m_store.db().queryInt("SELECT count(*) FROM statistics_results");
        const qint64 sessions = m_store.db().queryInt("SELECT count(*) FROM sessions");
        StatisticsResults kept(m_store.db());
        const qint64 generation = kept.generation();
        QList<SessionLog> logs = bulkSessions(1);
        logs.last().observations.clear(); // incomplete: refused after the others were written
        {
            Transaction tx(m_store.db());
            QVERIFY(!SessionLogRepository(m_store.journal()).importHistory(me(), logs));
        }
        QCOMPARE(statisticsTriggers(), 41);
        QCOMPARE(m_store.db().queryInt("SELECT count(*) FROM statistics_results"), keptRows);
        QCOMPARE(m_store.db().queryInt("SELECT count(*) FROM sessions"), sessions);
        QCOMPARE(kept.generation(), generation);
        verifyKeptEqualsFresh();
    }

    void caseEventInAnEarlierMonth()
    {
        const QStringList before = warm();
        CaseInput input = because(QStringLiteral("复发，送医"),
                                  {{QStringLiteral("hospital"), QStringLiteral("北京安定医院")}});
        input.at = QDateTime(QDate(2026, 8, 10), QTime(2, 0), Qt::UTC);
        CaseDriver(m_store.ws()).perform(m_spring, CaseAction::GreenChannel, input);
        QVERIFY(freshFigures() != before);
        verifyKeptEqualsFresh();
    }

    void birthDateAndCountyChanged()
    {
        for (int change = 0; change < 2; ++change) {
            const QStringList before = warm();
            ClientRepository clients(m_store.journal());
            std::optional<ClientRecord> c = clients.load(me(), m_summer);
            QVERIFY(c);
            if (change == 0)
                c->birthDate = QDate(1950, 1, 2); // now in the older age group
            else
                c->residenceCounty = QStringLiteral("110108");
            KQ_VERIFY_OK(clients.update(me(), *c));
            QVERIFY(freshFigures() != before);
            verifyKeptEqualsFresh();
        }
    }

    void consentRevokedInAnEarlierMonth()
    {
        const QStringList before = warm();
        KQ_VERIFY_OK(
            SignedDocumentRepository(m_store.journal())
                .revoke(me(), consentOf(m_summer), QDate(2026, 9, 15), QStringLiteral("本人撤回同意")));
        QVERIFY(freshFigures() != before);
        verifyKeptEqualsFresh();
    }

    // Today's review date counts in old months too (decision 0011): moving it back changes them.
    void reviewDueMoved()
    {
        const QStringList before = warm();
        Transaction tx(m_store.db());
        m_store.db()
            .prepare("UPDATE case_files SET review_due = '2026-07-01' WHERE client_id = ?")
            .bind(1, m_summer)
            .exec();
        tx.commit();
        QVERIFY(freshFigures() != before);
        verifyKeptEqualsFresh();
    }

    void pulledSessionAndTombstone()
    {
        const QString id = QStringLiteral("0190a000-0000-7000-8000-0000000000aa");
        QStringList before = warm();
        const QJsonObject fields{{QStringLiteral("client_id"), m_summer},
                                 {QStringLiteral("staff"), me().username},
                                 {QStringLiteral("held_on"), QStringLiteral("2026-09-09")},
                                 {QStringLiteral("starts_at"), QStringLiteral("10:00")},
                                 {QStringLiteral("minutes"), 60},
                                 {QStringLiteral("contents"), QStringLiteral("life_skills")},
                                 {QStringLiteral("form"), QStringLiteral("day_training")},
                                 {QStringLiteral("place"), QStringLiteral("home")},
                                 {QStringLiteral("observations"), QStringLiteral("在家练习做饭。")},
                                 {QStringLiteral("created_by"), me().username},
                                 {QStringLiteral("created_at"), QStringLiteral("2026-09-09T02:00:00.000Z")}};
        {
            Transaction tx(m_store.db());
            KQ_VERIFY_OK(Replica(m_store.journal()).apply(QStringLiteral("session"), id, fields, false));
            tx.commit();
        }
        QVERIFY(freshFigures() != before);
        verifyKeptEqualsFresh();

        before = warm();
        {
            Transaction tx(m_store.db());
            KQ_VERIFY_OK(Replica(m_store.journal()).apply(QStringLiteral("session"), id, {}, true));
            tx.commit();
        }
        QVERIFY(freshFigures() != before);
        verifyKeptEqualsFresh();
    }

    // A client's records go with the client (ON DELETE CASCADE), whoever deletes it.
    void clientDeleted()
    {
        const QStringList before = warm();
        Transaction tx(m_store.db());
        m_store.db().prepare("DELETE FROM clients WHERE id = ?").bind(1, m_summer).exec();
        tx.commit();
        QVERIFY(freshFigures() != before);
        verifyKeptEqualsFresh();
    }

    void ruleChanged()
    {
        const QStringList before = warm();
        KQ_VERIFY_OK(StandardServiceRule::save(
            m_store.journal(), me(),
            StandardServiceRule::fromText(QStringLiteral("consent agreement")).value()));
        QVERIFY(freshFigures() != before);
        verifyKeptEqualsFresh();
        KQ_VERIFY_OK(StandardServiceRule::save(m_store.journal(), me(), StandardServiceRule()));
        verifyKeptEqualsFresh();
    }
};

QTEST_GUILESS_MAIN(TestStatisticsResults)
#include "TestStatisticsResults.moc"
