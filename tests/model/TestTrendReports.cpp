#include "SessionFixture.h"

#include "demo/DemoCases.h"
#include "demo/DemoClients.h"
#include "demo/DemoSessions.h"
#include "documents/SignedDocumentRepository.h"
#include "scales/ScaleLibrary.h"
#include "sessions/SessionLogRepository.h"
#include "statistics/StatisticsBuilder.h"
#include "statistics/TrendReports.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

// The dashboard's trend in one pass (TrendReports::points) gives, month by month, exactly the
// numbers of that month's full report, whatever the rule: on a demo centre (every state, events on
// the same instant, sessions and group meetings over years) with consents and agreements signed,
// expired and revoked at different times.
class TestTrendReports : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store; // today is Monday 2026-11-23
    const QDate m_last{2026, 11, 1};

    QList<ReportPeriod> year() const
    {
        QList<ReportPeriod> out;
        for (int n = 11; n >= 0; --n) {
            const QDate m = m_last.addMonths(-n);
            out << ReportPeriod::month(m.year(), m.month());
        }
        return out;
    }

    // Each month's full report, as the builder counts it under the stored rule.
    QList<TrendPoint> fromReports()
    {
        QList<TrendPoint> out;
        for (const ReportPeriod& p : year()) {
            StatisticsBuilder::Options options;
            options.period = p;
            options.fresh = true; // from the records, not figures kept by an earlier test
            Result<StatisticsReport> r =
                StatisticsBuilder(m_store.journal()).build(m_store.ws().actor(), options);
            if (!r)
                qFatal("report failed: %s", qPrintable(r.error().describe()));
            out << TrendPoint::fromReport(r.value());
        }
        return out;
    }

    static QString describe(const TrendPoint& p)
    {
        QStringList contents;
        for (auto it = p.byContent.cbegin(); it != p.byContent.cend(); ++it)
            contents << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
        return QStringLiteral("%1: in service %2, standard %3/%4, %5")
            .arg(p.period.key())
            .arg(p.inService)
            .arg(p.standardService)
            .arg(p.standardServiceOf)
            .arg(contents.join(u' '));
    }

private Q_SLOTS:
    // 09:00 Beijing time on `day`.
    void at(const QDate& day) { m_store.clock().set(QDateTime(day, QTime(1, 0), Qt::UTC)); }

    void session(const QString& client, const QDate& on)
    {
        at(on);
        KQ_VERIFY_OK(
            SessionLogRepository(m_store.journal())
                .save(m_store.ws().actor(), sampleSession(client, m_store.ws().actor().username, on)));
    }

    void initTestCase()
    {
        // Documents through the year: a client served from March with a consent and two agreements
        // (one ending in July), one from June whose consent is revoked in September.
        m_store.open(QDateTime(QDate(2026, 3, 10), QTime(1, 0), Qt::UTC));
        Workspace& ws = m_store.ws();
        const Actor me = ws.actor();
        const QString item = addDayTraining(ws.journal(), me);
        const QString spring = servedClient(ws, me, QStringLiteral("春燕"), item, m_store.today());
        SignedDocument shortTerm = sampleAgreement(spring, m_store.today(), item);
        shortTerm.validUntil = QDate(2026, 7, 31);
        signedOk(ws.journal(), me, shortTerm);
        session(spring, QDate(2026, 4, 2));
        at(QDate(2026, 6, 30));
        const QString summer = servedClient(ws, me, QStringLiteral("夏雨"), item, m_store.today());
        session(summer, QDate(2026, 7, 1));
        session(summer, QDate(2026, 9, 1));
        at(QDate(2026, 9, 15));
        const QString consent = ws.database().queryText(
            "SELECT id FROM signed_documents WHERE kind = 'consent' ORDER BY signed_on DESC");
        KQ_VERIFY_OK(SignedDocumentRepository(ws.journal())
                         .revoke(me, consent, m_store.today(), QStringLiteral("本人撤回同意")));
        session(spring, QDate(2026, 10, 12));
        session(spring, QDate(2026, 11, 20));

        // A demo centre today: every state, histories over years, group meetings.
        m_store.clock().set(kMondayMorning);
        const QDate today = m_store.today();
        const QStringList staff{me.username};
        DemoClients people(7, today, staff);
        const ScaleLibrary scales;
        DemoCases cases(7, today, ws.journal(), scales, staff);
        {
            Transaction tx(ws.database());
            for (int i = 0; i < 240; ++i)
                if (const Result<QString> r = cases.add(me, people.next()); !r)
                    qFatal("demo case failed: %s", qPrintable(r.error().describe()));
            tx.commit();
        }
        if (const Result<DemoSessions::Counts> r = DemoSessions(7, today, ws.journal(), staff).add(me, 4800);
            !r)
            qFatal("demo sessions failed: %s", qPrintable(r.error().describe()));
    }

    void cleanupTestCase() { m_store.close(); }

    void onePassGivesEachMonthsReportNumbers_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addRow("default rule") << QString();
        QTest::addRow("consent and agreement") << QStringLiteral("consent agreement");
        QTest::addRow("intake, plan, service") << QStringLiteral("intake_assessment plan service_in_period");
        QTest::addRow("review") << QStringLiteral("review_not_overdue");
    }

    void onePassGivesEachMonthsReportNumbers()
    {
        QFETCH(QString, rule);
        const StandardServiceRule chosen =
            rule.isEmpty() ? StandardServiceRule() : StandardServiceRule::fromText(rule).value();
        KQ_VERIFY_OK(StandardServiceRule::save(m_store.journal(), m_store.ws().actor(), chosen));

        const QList<TrendPoint> expected = fromReports();
        const QList<TrendPoint> points = TrendReports::points(m_store.db(), year(), chosen);
        QCOMPARE(points.size(), expected.size());
        qint64 inService = 0, standard = 0, contents = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            QVERIFY2(points[i].sameNumbers(expected[i]),
                     qPrintable(describe(points[i]) + QStringLiteral("\nexpected ") + describe(expected[i])));
            inService += points[i].inService;
            standard += points[i].standardService;
            for (const qint64 n : points[i].byContent)
                contents += n;
        }
        // Not a comparison of zeros.
        QVERIFY(inService > 0);
        QVERIFY(standard > 0);
        QVERIFY(contents > 0);
    }

    // What the dashboard gets: the chosen month in full and the trend up to it, ending with it.
    void computeEndsWithTheChosenMonthInFull()
    {
        KQ_VERIFY_OK(
            StandardServiceRule::save(m_store.journal(), m_store.ws().actor(), StandardServiceRule()));
        Result<TrendReports> trend =
            TrendReports::compute(m_store.journal(), m_store.ws().actor(), QDate(2026, 11, 17), 12, true);
        KQ_VERIFY_OK(trend);
        QCOMPARE(trend.value().months.size(), 12);
        QCOMPARE(trend.value().report.period.key(), QStringLiteral("2026-11"));
        QCOMPARE(trend.value().months.constFirst().period.key(), QStringLiteral("2025-12"));
        const QList<TrendPoint> expected = fromReports();
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(trend.value().months[i].sameNumbers(expected[i]), qPrintable(describe(expected[i])));
        bool kept = false; // the ids behind the chosen month's numbers, for drill-down
        for (const IndicatorGroup& g : trend.value().report.groups)
            for (const Indicator& i : g.indicators)
                kept = kept || !i.records.isEmpty();
        QVERIFY(kept);
        QVERIFY(!trend.value().staff.isEmpty());
        QVERIFY(trend.value().contentNames.contains(QStringLiteral("medication_training")));
    }
};

QTEST_GUILESS_MAIN(TestTrendReports)
#include "TestTrendReports.moc"
