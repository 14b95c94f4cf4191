#include "CaseFixture.h"
#include "GuiTestSupport.h"
#include "PdfText.h"

#include "common/Banner.h"
#include "documents/PriceListDocument.h"
#include "documents/PriceListPage.h"
#include "documents/PriceListRepository.h"
#include "services/ServiceCatalogue.h"

#include <QDialog>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>

using namespace kq;
using namespace kq::test;

// The price list page as a supervisor uses it: adding an item and changing its price through the
// dialogs, the list for a chosen day, and the public price list as a PDF.
class TestPriceListUi : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;

    static QString cell(QTableWidget* table, int row, int column)
    {
        const QTableWidgetItem* item = table->item(row, column);
        return item ? item->text() : QString();
    }

    static void chooseDay(ui::PriceListPage& page, const QString& day) { typeInto(&page, "inForceOn", day); }

private Q_SLOTS:
    void initTestCase()
    {
        m_store.open(kMondayMorning); // 2026-11-23
        isolateSettings(m_store.dir());
    }

    void supervisorAddsAnItemAndChangesItsPrice()
    {
        ui::PriceListPage page(m_store.ws());
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.reload();
        QCOMPARE(child<QLineEdit>(&page, "inForceOn")->text(), QStringLiteral("2026-11-23"));
        auto* table = child<QTableWidget>(&page, "priceTable");
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!child<QPushButton>(&page, "changePrice")->isEnabled());

        withDialog([&] { click(child<QPushButton>(&page, "addPriceItem")); },
                   [&](QDialog* d) {
                       typeInto(d, "name", QStringLiteral("日间康复训练"));
                       typeInto(d, "unit", QStringLiteral("次"));
                       typeInto(d, "price", QStringLiteral("10.005"));
                       typeInto(d, "effectiveFrom", QStringLiteral("2026-11-01"));
                       // Three decimals: refused in words, the price field marked and focused.
                       QTest::keyClick(child<QLineEdit>(d, "effectiveFrom"), Qt::Key_Return);
                       QVERIFY(d->isVisible());
                       auto* banner = d->findChild<ui::Banner*>(QStringLiteral("banner"));
                       QCOMPARE(banner->kind(), ui::Banner::Kind::Error);
                       auto* price = child<QLineEdit>(d, "price");
                       QVERIFY(!price->styleSheet().isEmpty());
                       QVERIFY(!price->toolTip().isEmpty());
                       QCOMPARE(d->focusWidget(), price);
                       typeInto(d, "price", QStringLiteral("10"));
                       QTest::keyClick(price, Qt::Key_Return);
                       QVERIFY(!d->isVisible());
                   });
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(cell(table, 0, 0), QStringLiteral("日间康复训练"));
        QCOMPARE(cell(table, 0, 1), QStringLiteral("次"));
        QCOMPARE(cell(table, 0, 2), QStringLiteral("¥10.00"));
        QCOMPARE(cell(table, 0, 3), QStringLiteral("1 Nov 2026"));

        // A new price from December, chosen from the table.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(0, 0)).center());
        QVERIFY(child<QPushButton>(&page, "changePrice")->isEnabled());
        withDialog([&] { click(child<QPushButton>(&page, "changePrice")); },
                   [&](QDialog* d) {
                       typeInto(d, "price", QStringLiteral("12.5"));
                       // Not after the current price's start: refused, the date marked.
                       typeInto(d, "effectiveFrom", QStringLiteral("2026-11-01"));
                       QTest::keyClick(child<QLineEdit>(d, "effectiveFrom"), Qt::Key_Return);
                       QVERIFY(d->isVisible());
                       QCOMPARE(d->focusWidget(), child<QLineEdit>(d, "effectiveFrom"));
                       QVERIFY(!child<QLineEdit>(d, "effectiveFrom")->styleSheet().isEmpty());
                       typeInto(d, "effectiveFrom", QStringLiteral("2026-12-01"));
                       QTest::keyClick(child<QLineEdit>(d, "effectiveFrom"), Qt::Key_Return);
                       QVERIFY(!d->isVisible());
                   });
        QCOMPARE(page.findChild<ui::Banner*>(QStringLiteral("banner"))->kind(), ui::Banner::Kind::Success);

        // Today the old price still applies and ends with November; from December the new one.
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(cell(table, 0, 2), QStringLiteral("¥10.00"));
        QCOMPARE(cell(table, 0, 4), QStringLiteral("30 Nov 2026"));
        chooseDay(page, QStringLiteral("2026-12-01"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(cell(table, 0, 2), QStringLiteral("¥12.50"));
        QCOMPARE(cell(table, 0, 3), QStringLiteral("1 Dec 2026"));
        chooseDay(page, QStringLiteral("2026-10-31"));
        QCOMPARE(table->rowCount(), 0);

        const QList<PriceItem> history = PriceListRepository(m_store.journal()).all();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[1].priceFen, 1250);
    }

    void publicPriceListPdfShowsTheItemAndPrice()
    {
        ui::PriceListPage page(m_store.ws());
        page.reload();
        chooseDay(page, QStringLiteral("2026-12-15"));
        const QString path = m_store.dir().filePath(QStringLiteral("price-list.pdf"));
        QVERIFY(page.savePdf(path));
        QCOMPARE(QFileInfo(path).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        bool missing = false;
        const QString text = pdfText(path, missing);
        if (missing)
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(text.contains(QStringLiteral("日间康复训练")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("12.50")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("15 Dec 2026")), qPrintable(text)); // the heading's date
        QVERIFY2(!text.contains(QStringLiteral("10.00")), qPrintable(text));
    }

    void documentHtmlEscapesNamesAndSaysWhenNothingIsPriced()
    {
        PriceItem p;
        p.name = QStringLiteral("<b>训练</b>");
        p.unit = QStringLiteral("次");
        p.priceFen = 1250;
        p.effectiveFrom = QDate(2026, 1, 1);
        p.serviceContent = QStringLiteral("medication_training");
        const ServiceCatalogue catalogue = ServiceCatalogue::defaults();
        const QString html =
            ui::PriceListDocument::html(QStringLiteral("阳光中心"), QDate(2026, 2, 1), {p}, catalogue);
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;训练")));
        QVERIFY(html.contains(QStringLiteral("¥12.50")));
        QVERIFY(html.contains(QStringLiteral("阳光中心")));
        QVERIFY(html.contains(QStringLiteral("1 Feb 2026")));
        QVERIFY(html.contains(catalogue.contentName(p.serviceContent)));
        QVERIFY(ui::PriceListDocument::html({}, QDate(2026, 2, 1), {}, catalogue)
                    .contains(QStringLiteral("No services")));
    }

    void caseManagersReadOnly()
    {
        const Actor manager =
            addAccount(m_store.ws(), QStringLiteral("case.mgr"), QStringLiteral("李个案"), Role::CaseManager);
        m_store.ws().lock();
        KQ_VERIFY_OK(m_store.ws().unlock(manager.username, secret(kStaffPassword)));
        ui::PriceListPage page(m_store.ws());
        page.show();
        page.reload();
        QVERIFY(!child<QPushButton>(&page, "addPriceItem")->isVisible());
        QVERIFY(!child<QPushButton>(&page, "changePrice")->isVisible());
        QVERIFY(!child<QPushButton>(&page, "withdrawPriceItem")->isVisible());
        QVERIFY(child<QPushButton>(&page, "savePriceListPdf")->isVisible());
        QCOMPARE(child<QTableWidget>(&page, "priceTable")->rowCount(), 1);
    }

    void cleanupTestCase() { m_store.close(); }
};

QTEST_MAIN(TestPriceListUi)
#include "TestPriceListUi.moc"
