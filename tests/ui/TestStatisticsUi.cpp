#include "CaseFixture.h"
#include "GuiTestSupport.h"
#include "PdfText.h"
#include "SessionFixture.h"

#include "audit/AuditLog.h"
#include "common/Banner.h"
#include "sessions/SessionLogRepository.h"
#include "statistics/StatisticsPage.h"

#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTableWidget>

using namespace kq;
using namespace kq::test;

// The supervisors' statistics page, driven from the keyboard offscreen: November 2026 with three
// clients in service (two with consent and agreement, one of them served once), tiles in words,
// 12-month charts, drill-down to names, an audited CSV export, the rule dialog, and a case manager
// who gets no statistics.
class TestStatisticsUi : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store; // today is Monday 2026-11-23; the supervisor wang.li (王丽) is signed in

    Actor me() { return m_store.ws().actor(); }

    // Opens the page, lets it compute, and picks November 2026 (one above the default October).
    void openOnNovember(ui::StatisticsPage& page)
    {
        page.resize(1400, 1000);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        reloadAndWait(page, &ui::StatisticsPage::reportShown);
        page.activate();
        auto* month = child<QComboBox>(&page, "month");
        QCOMPARE(month->currentData().toDate(), QDate(2026, 10, 1)); // the previous complete month
        QTRY_VERIFY(month->hasFocus());
        QSignalSpy shown(&page, &ui::StatisticsPage::reportShown);
        QTest::keyClick(month, Qt::Key_Up);
        QCOMPARE(month->currentData().toDate(), QDate(2026, 11, 1));
        // Counted on a worker thread: the month list keeps the keyboard and stays live meanwhile.
        QVERIFY(month->hasFocus());
        QVERIFY(month->isEnabled());
        QVERIFY(shown.wait(60'000));
        QVERIFY(month->hasFocus());
        QVERIFY(child<QLabel>(&page, "tile-services.total")->isEnabled());
        QVERIFY(child<QPushButton>(&page, "export-csv")->isEnabled());
    }

    static QString tile(QWidget* page, const char* key)
    {
        return child<QLabel>(page, (QByteArray("tile-") + key).constData())->text();
    }

    static int rowOfKey(QTableWidget* table, const QString& key)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->data(Qt::UserRole).toString() == key)
                return row;
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_store.open(kMondayMorning);
        isolateSettings(m_store.dir());
        addAccount(m_store.ws(), QStringLiteral("zhang.wei"), QStringLiteral("张伟"), Role::CaseManager);
        const QString item = addDayTraining(m_store.journal(), me());
        const QDate today = m_store.today();
        const QString served = servedClient(m_store.ws(), me(), QStringLiteral("王强"), item, today);
        servedClient(m_store.ws(), me(), QStringLiteral("李梅"), item, today);
        CaseDriver(m_store.ws())
            .admit(samplePerson(QStringLiteral("赵兰")), hospitalApplication(today.addDays(-20)),
                   CaseState::InService);
        KQ_VERIFY_OK(
            SessionLogRepository(m_store.journal()).save(me(), sampleSession(served, me().username, today)));
    }
    void cleanup() { m_store.close(); }

    void showsTheMonthInTilesChartsAndTable()
    {
        ui::StatisticsPage page(m_store.ws());
        QCOMPARE(page.objectName(), QStringLiteral("statisticsPage"));
        QCOMPARE(page.title(), QStringLiteral("Statistics"));
        openOnNovember(page);

        QCOMPARE(tile(&page, "clients.state.in_service"), QStringLiteral("Clients in service: 3"));
        QCOMPARE(tile(&page, "standard_service.rate"),
                 QStringLiteral("Standardised service: 33% (1 of 3 clients)"));
        QCOMPARE(tile(&page, "services.total"), QStringLiteral("Services: 1"));
        QCOMPARE(tile(&page, "services.clients_served"), QStringLiteral("Clients served: 1"));
        QVERIFY(tile(&page, "staff.qualified").startsWith(QStringLiteral("Qualified staff: ")));
        QVERIFY(
            tile(&page, "staff.training_short").startsWith(QStringLiteral("Staff short of 20 h training: ")));
        QVERIFY(child<QLabel>(&page, "ruleText")
                    ->text()
                    .startsWith(QStringLiteral("Standardised service means: ")));

        // Twelve months ending in November: the line ends at today's three clients.
        auto* inService = qobject_cast<QLineSeries*>(
            child<QChartView>(&page, "inServiceChart")->chart()->series().value(0));
        QVERIFY(inService);
        QCOMPARE(inService->count(), 12);
        QCOMPARE(inService->at(11).y(), 3.0);
        QCOMPARE(inService->at(0).y(), 0.0);
        const QList<QAbstractSeries*> rate = child<QChartView>(&page, "rateChart")->chart()->series();
        QCOMPARE(rate.size(), 4); // the rate and the 2023, 2024 and 2025 targets
        QCOMPARE(qobject_cast<QLineSeries*>(rate[0])->count(), 12);
        QCOMPARE(rate[1]->name(), QStringLiteral("2023: 30%"));
        QCOMPARE(qobject_cast<QLineSeries*>(rate[3])->at(0).y(), 60.0);
        auto* contents = qobject_cast<QStackedBarSeries*>(
            child<QChartView>(&page, "contentChart")->chart()->series().value(0));
        QVERIFY(contents);
        QCOMPARE(contents->barSets().size(), 1); // medication training only: no "Other"
        QCOMPARE(contents->barSets()[0]->count(), 12);
        QCOMPARE(contents->barSets()[0]->at(11), 1.0);
        QVERIFY(!child<QChartView>(&page, "trainingChart")->chart()->series().isEmpty());

        // Enter on "in service" lists the three clients by name with masked ids.
        auto* table = child<QTableWidget>(&page, "indicatorTable");
        const int row = rowOfKey(table, QStringLiteral("clients.state.in_service"));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("3"));
        table->setFocus();
        table->setCurrentCell(row, 1);
        QStringList names;
        withDialog([&] { QTest::keyClick(table, Qt::Key_Return); },
                   [&](QDialog* d) {
                       auto* list = child<QListWidget>(d, "drillDownList");
                       for (int i = 0; i < list->count(); ++i)
                           names << list->item(i)->text();
                       QTest::keyClick(list, Qt::Key_Escape);
                   });
        QCOMPARE(names.size(), 3);
        QVERIFY(names.join(u' ').contains(QStringLiteral("赵兰")));
    }

    void exportsCsvOwnerOnlyAndAudited()
    {
        ui::StatisticsPage page(m_store.ws());
        openOnNovember(page);
        QVERIFY(child<QPushButton>(&page, "export-csv")->isVisible());
        const qint64 before = AuditLog(m_store.db()).count();
        QTest::mouseClick(child<QCheckBox>(&page, "suppressSmallCounts"), Qt::LeftButton);
        const QString path = m_store.dir().filePath(QStringLiteral("november.csv"));
        QVERIFY(page.exportTo(path, QStringLiteral("csv")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("services.total")));
        QVERIFY(text.contains(QStringLiteral("<5"))); // three in service is a small count
        QVERIFY(!text.contains(QStringLiteral("赵兰")));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(AuditLog(m_store.db()).count(), before + 1);
        QCOMPARE(child<ui::Banner>(&page, "banner")->kind(), ui::Banner::Kind::Success);
        // A folder that is not there: refused in the banner, nothing audited.
        QVERIFY(
            !page.exportTo(m_store.dir().filePath(QStringLiteral("no/such/x.json")), QStringLiteral("json")));
        QCOMPARE(child<ui::Banner>(&page, "banner")->kind(), ui::Banner::Kind::Error);
        QCOMPARE(AuditLog(m_store.db()).count(), before + 1);
    }

    // The PDF report: the cover, the charts and every group; text a person can copy out.
    void exportsAPdfReportWithItsCharts()
    {
        ui::StatisticsPage page(m_store.ws());
        openOnNovember(page);
        QVERIFY(child<QPushButton>(&page, "export-pdf")->isVisible());
        const qint64 before = AuditLog(m_store.db()).count();
        const QString path = m_store.dir().filePath(QStringLiteral("november.pdf"));
        QVERIFY(page.exportTo(path, QStringLiteral("pdf")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.count("/Subtype /Image") >= 4); // the four charts
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(AuditLog(m_store.db()).count(), before + 1);
        bool missing = false;
        const QString text = pdfText(path, missing);
        if (missing)
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(text.contains(QStringLiteral("Statistics report")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("1 Nov 2026")));
        QVERIFY(text.contains(QStringLiteral("Individual sessions")));
        QVERIFY(!text.contains(QStringLiteral("赵兰"))); // aggregates only
    }

    void changingTheRuleRecomputes()
    {
        ui::StatisticsPage page(m_store.ws());
        openOnNovember(page);
        // Consent alone: both clients who signed one count.
        QSignalSpy shown(&page, &ui::StatisticsPage::reportShown);
        withDialog([&] { click(child<QPushButton>(&page, "changeRule")); },
                   [&](QDialog* d) {
                       for (QCheckBox* box : d->findChildren<QCheckBox*>())
                           if (box->objectName() != QStringLiteral("rule-consent") && box->isChecked())
                               QTest::mouseClick(box, Qt::LeftButton);
                       QTest::keyClick(d, Qt::Key_Return);
                   });
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60'000);
        QCOMPARE(tile(&page, "standard_service.rate"),
                 QStringLiteral("Standardised service: 67% (2 of 3 clients)"));
        QCOMPARE(child<ui::Banner>(&page, "banner")->kind(), ui::Banner::Kind::Success);
    }

    void caseManagerGetsNoStatistics()
    {
        m_store.ws().lock();
        KQ_VERIFY_OK(m_store.ws().unlock(QStringLiteral("zhang.wei"), secret(kStaffPassword)));
        ui::StatisticsPage page(m_store.ws());
        page.show();
        page.reload();
        QVERIFY(!child<QComboBox>(&page, "month")->isVisible());
        QVERIFY(tile(&page, "clients.state.in_service").isEmpty());
        auto* banner = child<ui::Banner>(&page, "banner");
        QCOMPARE(banner->kind(), ui::Banner::Kind::Error);
        QVERIFY(banner->isVisible());
    }
};

QTEST_MAIN(TestStatisticsUi)
#include "TestStatisticsUi.moc"
