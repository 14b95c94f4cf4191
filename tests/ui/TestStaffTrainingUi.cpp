#include "CaseFixture.h"
#include "GuiTestSupport.h"

#include "common/Banner.h"
#include "staff/StaffTrainingRepository.h"
#include "statistics/StaffTrainingPage.h"

#include <QComboBox>
#include <QDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace kq;
using namespace kq::test;

// The staff training page as a supervisor uses it from the keyboard: records added through the
// dialog with Ctrl+N, the hours and the "short of 20 h" words following, profiles edited in the table.
class TestStaffTrainingUi : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store; // today is 2026-11-23; the supervisor wang.li (王丽) is signed in

    static QString cell(QTableWidget* table, int row, int column)
    {
        const QTableWidgetItem* item = table->item(row, column);
        return item ? item->text() : QString();
    }

    static int rowOf(QTableWidget* table, const QString& name)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (cell(table, row, 0) == name)
                return row;
        return -1;
    }

    static void clickCell(QTableWidget* table, int row, int column)
    {
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(row, column)).center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store.open(kMondayMorning);
        isolateSettings(m_store.dir());
        addAccount(m_store.ws(), QStringLiteral("zhang.wei"), QStringLiteral("张伟"), Role::CaseManager);
        addAccount(m_store.ws(), QStringLiteral("chen.gang"), QStringLiteral("陈刚"), Role::Administrator);
    }
    void cleanupTestCase() { m_store.close(); }

    void addTrainingWithTheKeyboard()
    {
        ui::StaffTrainingPage page(m_store.ws());
        QCOMPARE(page.objectName(), QStringLiteral("staffTrainingPage"));
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.reload();
        page.activate();
        QCOMPARE(child<QSpinBox>(&page, "year")->value(), 2026);
        auto* staff = child<QTableWidget>(&page, "staffTable");
        auto* records = child<QTableWidget>(&page, "recordTable");
        // The administrator is not staff for training; the two others are, with nothing yet.
        QCOMPARE(staff->rowCount(), 2);
        QCOMPARE(rowOf(staff, QStringLiteral("陈刚")), -1);
        const int zhang = rowOf(staff, QStringLiteral("张伟"));
        QVERIFY(zhang >= 0);
        QCOMPARE(cell(staff, zhang, 3), QStringLiteral("0"));
        QCOMPARE(cell(staff, zhang, 4), QStringLiteral("Short of 20 h"));
        clickCell(staff, zhang, 0);
        QCOMPARE(records->rowCount(), 0);

        withDialog([&] { QTest::keyClick(staff, Qt::Key_N, Qt::ControlModifier); },
                   [&](QDialog* d) {
                       // The person chosen on the page, today's date, the cursor in the hours.
                       QCOMPARE(child<QComboBox>(d, "person")->currentData().toString(),
                                QStringLiteral("zhang.wei"));
                       QCOMPARE(child<QLineEdit>(d, "heldOn")->text(), QStringLiteral("2026-11-23"));
                       auto* hours = child<QLineEdit>(d, "hours");
                       QCOMPARE(d->focusWidget(), hours);
                       typeText(hours, QStringLiteral("abc"));
                       QTest::keyClick(hours, Qt::Key_Return);
                       // Not a number: refused in words, the hours marked and focused.
                       QVERIFY(d->isVisible());
                       QCOMPARE(child<ui::Banner>(d, "banner")->kind(), ui::Banner::Kind::Error);
                       QVERIFY(!hours->styleSheet().isEmpty());
                       QCOMPARE(d->focusWidget(), hours);
                       typeInto(d, "hours", QStringLiteral("19.5"));
                       // No topic: the repository refuses and the topic is marked; hours unmarked.
                       QTest::keyClick(hours, Qt::Key_Return, Qt::ControlModifier);
                       QVERIFY(d->isVisible());
                       auto* topic = child<QLineEdit>(d, "topic");
                       QCOMPARE(d->focusWidget(), topic);
                       QVERIFY(!topic->styleSheet().isEmpty());
                       QVERIFY(hours->styleSheet().isEmpty());
                       typeText(topic, QStringLiteral("危机干预"));
                       QTest::keyClick(topic, Qt::Key_Tab);
                       typeText(child<QLineEdit>(d, "provider"), QStringLiteral("区精神卫生中心"));
                       QTest::keyClick(d->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
                       QVERIFY(!d->isVisible());
                   });
        QCOMPARE(child<ui::Banner>(&page, "banner")->kind(), ui::Banner::Kind::Success);
        const int row = rowOf(staff, QStringLiteral("张伟"));
        QCOMPARE(cell(staff, row, 3), QStringLiteral("19.5"));
        QCOMPARE(cell(staff, row, 4), QStringLiteral("Short of 20 h"));
        QCOMPARE(records->rowCount(), 1);
        QCOMPARE(cell(records, 0, 0), QStringLiteral("23 Nov 2026"));
        QCOMPARE(cell(records, 0, 1), QStringLiteral("19.5"));
        QCOMPARE(cell(records, 0, 2), QStringLiteral("危机干预"));
        QCOMPARE(cell(records, 0, 3), QStringLiteral("区精神卫生中心"));

        // Another half hour, saved with Enter: 20 h, and the words change. (Offscreen does not give
        // the page back its activation when the dialog closes.)
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        clickCell(records, 0, 0);
        withDialog([&] { QTest::keyClick(records, Qt::Key_N, Qt::ControlModifier); },
                   [&](QDialog* d) {
                       typeInto(d, "heldOn", QStringLiteral("2026-11-02"));
                       typeInto(d, "hours", QStringLiteral("0.5"));
                       typeInto(d, "topic", QStringLiteral("需求评估"));
                       QTest::keyClick(d->focusWidget(), Qt::Key_Return);
                       QVERIFY(!d->isVisible());
                   });
        QCOMPARE(cell(staff, row, 3), QStringLiteral("20"));
        QCOMPARE(cell(staff, row, 4), QStringLiteral("Meets 20 h"));
        QCOMPARE(records->rowCount(), 2);
        QCOMPARE(cell(records, 0, 0), QStringLiteral("2 Nov 2026")); // by date

        // Deleting the half hour (Delete in the records, confirmed with Enter): short again.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        clickCell(records, 0, 0);
        QVERIFY(child<QPushButton>(&page, "deleteTraining")->isEnabled());
        withDialog([&] { QTest::keyClick(records, Qt::Key_Delete); },
                   [&](QDialog* d) {
                       QVERIFY(qobject_cast<QMessageBox*>(d));
                       QTest::keyClick(d, Qt::Key_Return);
                   });
        QCOMPARE(cell(staff, row, 3), QStringLiteral("19.5"));
        QCOMPARE(cell(staff, row, 4), QStringLiteral("Short of 20 h"));
        QCOMPARE(records->rowCount(), 1);

        // The year before has none of it.
        auto* year = child<QSpinBox>(&page, "year");
        year->setFocus();
        QTest::keyClick(year, Qt::Key_Down);
        QCOMPARE(year->value(), 2025);
        QCOMPARE(cell(staff, rowOf(staff, QStringLiteral("张伟")), 3), QStringLiteral("0"));
        QCOMPARE(records->rowCount(), 0);
    }

    void profileEditsInTheTableAreSaved()
    {
        ui::StaffTrainingPage page(m_store.ws());
        page.show();
        page.reload();
        auto* staff = child<QTableWidget>(&page, "staffTable");
        const int zhang = rowOf(staff, QStringLiteral("张伟"));
        auto* qualification = child<QComboBox>(staff, "qualification-zhang.wei");
        QCOMPARE(qualification->currentData().toString(), QStringLiteral("none"));
        qualification->setCurrentIndex(qualification->findData(QStringLiteral("social_work")));
        // Not serving clients directly: no longer counted for the 20 hours, in words.
        staff->setFocus();
        staff->setCurrentCell(zhang, 2);
        QTest::keyClick(staff, Qt::Key_Space);
        QCOMPARE(staff->item(zhang, 2)->checkState(), Qt::Unchecked);
        QCOMPARE(cell(staff, zhang, 4), QStringLiteral("Not counted: no direct service"));
        QCOMPARE(cell(staff, zhang, 2), QStringLiteral("No"));

        const Result<QList<StaffProfile>> saved =
            StaffTrainingRepository(m_store.journal()).profiles(m_store.ws().actor());
        KQ_VERIFY_OK(saved);
        for (const StaffProfile& p : saved.value())
            if (p.username == u"zhang.wei") {
                QCOMPARE(p.qualification, QStringLiteral("social_work"));
                QVERIFY(!p.directService);
            }
    }
};

QTEST_MAIN(TestStaffTrainingUi)
#include "TestStaffTrainingUi.moc"
