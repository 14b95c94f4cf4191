#include "CaseFixture.h"
#include "GuiTestSupport.h"

#include "clients/ClientListModel.h"
#include "clients/ClientsPage.h"
#include "common/Banner.h"
#include "lifecycle/LifecycleService.h"
#include "shell/OverviewPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace kq;
using namespace kq::test;

// The referral workflow as people use it: an application with the registration form, the
// green channel from the client list, the case tab saying what an action still needs, and the
// front page's list of what is due.
class TestCaseWorkflowUi : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;

    LifecycleService lifecycle() { return LifecycleService(m_store.journal()); }
    CaseDriver cases() { return CaseDriver(m_store.ws()); }

    QString status(const QString& id)
    {
        return ClientRepository(m_store.journal()).load(m_store.ws().actor(), id)->status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store.open(kMondayMorning);
        isolateSettings(m_store.dir());
    }

    void registrationTakesTheApplicationAndNamesWhatIsMissing()
    {
        ui::ClientsPage page(m_store.ws());
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.reload();
        const qint64 before = ClientRepository(m_store.journal()).count();
        withDialog([&] { click(child<QPushButton>(&page, "registerClient")); },
                   [&](QDialog* d) {
                       typeInto(d, "name", QStringLiteral("孙丽"));
                       typeInto(d, "idNumber", QStringLiteral("110105199003071239"));
                       auto* county = child<QLineEdit>(d, "residenceCounty");
                       county->setFocus();
                       typeText(county, QStringLiteral("110105"));
                       auto* wayIn = child<QComboBox>(d, "wayIn");
                       wayIn->setFocus();
                       wayIn->setCurrentIndex(wayIn->findData(QStringLiteral("hospital")));
                       typeInto(d, "hospital", QStringLiteral("北京安定医院"));
                       // No consent ticked: refused, the consent box marked and focused.
                       QTest::keyClick(child<QLineEdit>(d, "hospital"), Qt::Key_Return);
                       QVERIFY(d->isVisible());
                       const QString text = d->findChild<ui::Banner*>(QStringLiteral("banner"))->text();
                       QVERIFY2(text.contains(QStringLiteral("consent")), qPrintable(text));
                       auto* consent = child<QCheckBox>(d, "patientConsented");
                       QVERIFY(!consent->styleSheet().isEmpty());
                       QCOMPARE(d->focusWidget(), consent);
                       QTest::keyClick(consent, Qt::Key_Space);
                       QVERIFY(consent->isChecked());
                       QTest::keyClick(child<QLineEdit>(d, "hospital"), Qt::Key_Return);
                       QVERIFY(!d->isVisible());
                   });
        QCOMPARE(ClientRepository(m_store.journal()).count(), before + 1);
        // The new record opens on its profile; the case tab shows the application and what is next.
        auto* state = child<QLabel>(&page, "caseState");
        QVERIFY2(state->text().contains(QStringLiteral("Applied")), qPrintable(state->text()));
        QVERIFY2(state->text().contains(QStringLiteral("北京安定医院")), qPrintable(state->text()));
        QVERIFY(child<QLabel>(&page, "caseDue")->text().contains(QStringLiteral("Registration due")));
        auto* registerButton = child<QPushButton>(&page, "action-register");
        QVERIFY(registerButton->isEnabled()); // a hospital recommendation needs no needs review
    }

    void greenChannelFromTheClientList()
    {
        const QString id = cases().admit(samplePerson(QStringLiteral("郑强")),
                                         hospitalApplication(QDate(2026, 11, 2)), CaseState::InService);
        ui::ClientsPage page(m_store.ws());
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.reload();
        typeInto(&page, "clientSearch", QStringLiteral("zq"));
        auto* list = child<QTableView>(&page, "clientList");
        QTRY_COMPARE(list->model()->rowCount(), 1);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QVERIFY(list->currentIndex().isValid());

        withDialog([&] { click(child<QPushButton>(&page, "greenChannel")); },
                   [&](QDialog* d) {
                       QVERIFY(d->windowTitle().contains(QStringLiteral("郑强")));
                       // Speed matters: the hospital field has the focus, the time is now.
                       QCOMPARE(d->focusWidget(), child<QWidget>(d, "hospital"));
                       // Save without a hospital: refused, naming it.
                       click(child<QPushButton>(d, "save"));
                       QVERIFY(d->isVisible());
                       QCOMPARE(d->focusWidget(), child<QWidget>(d, "hospital"));
                       typeText(child<QLineEdit>(d, "hospital"), QStringLiteral("北京安定医院"));
                       auto* reason = child<QPlainTextEdit>(d, "reason");
                       reason->setFocus();
                       typeText(reason, QStringLiteral("幻听加重，拒绝服药"));
                       click(child<QPushButton>(d, "save"));
                       QVERIFY(!d->isVisible());
                   });
        QCOMPARE(status(id), QStringLiteral("hospitalised"));
        QTRY_COMPARE(list->model()->index(0, ClientListModel::Status).data().toString(),
                     QStringLiteral("Hospitalised"));
        const QList<CaseEvent> events = lifecycle().events(m_store.ws().actor(), id);
        QCOMPARE(events.last().action, QStringLiteral("green-channel"));
        QCOMPARE(events.last().reason, QStringLiteral("幻听加重，拒绝服药"));

        // Resuming after discharge is one action on the case tab.
        page.openClient(id);
        withDialog([&] { click(child<QPushButton>(&page, "action-resume-service")); },
                   [&](QDialog* d) { click(child<QPushButton>(d, "save")); });
        QCOMPARE(status(id), QStringLiteral("in_service"));
        // The next green channel offers the hospital used before.
        withDialog([&] { click(child<QPushButton>(&page, "greenChannel")); },
                   [&](QDialog* d) {
                       auto* hospital = child<QLineEdit>(d, "hospital");
                       QVERIFY(hospital->completer());
                       QCOMPARE(hospital->completer()->model()->index(0, 0).data().toString(),
                                QStringLiteral("北京安定医院"));
                       d->reject();
                   });
        QCOMPARE(status(id), QStringLiteral("in_service"));
    }

    void anActionStillMissingSomethingSaysWhat()
    {
        const QString id =
            cases().apply(samplePerson(QStringLiteral("冯刚")), voluntaryApplication(QDate(2026, 11, 20)));
        ui::ClientsPage page(m_store.ws());
        page.show();
        page.reload();
        page.openClient(id);
        auto* registerButton = child<QPushButton>(&page, "action-register");
        QVERIFY(!registerButton->isEnabled());
        QVERIFY(registerButton->toolTip().startsWith(QStringLiteral("No needs review yet")));
        QVERIFY(child<QLabel>(&page, "caseDue")->text().contains(QStringLiteral("No needs review yet")));
        withDialog([&] { click(child<QPushButton>(&page, "action-review-needs")); },
                   [&](QDialog* d) {
                       auto* reason = child<QPlainTextEdit>(d, "reason");
                       reason->setFocus();
                       typeText(reason, QStringLiteral("需要社交技能训练"));
                       click(child<QPushButton>(d, "save"));
                       QVERIFY(!d->isVisible());
                   });
        QVERIFY(child<QPushButton>(&page, "action-register")->isEnabled());
        // The timeline shows the step too.
        auto* timeline = child<QTableWidget>(&page, "timelineTable");
        bool found = false;
        for (int r = 0; r < timeline->rowCount(); ++r)
            found = found || timeline->item(r, 2)->text() == QStringLiteral("Review needs");
        QVERIFY(found);
    }

    void frontPageListsWhatIsDueAndOpensIt()
    {
        // Registration was due on the 17th.
        const QString id =
            cases().apply(samplePerson(QStringLiteral("韩梅")), hospitalApplication(QDate(2026, 11, 10)));
        ui::OverviewPage page(m_store.ws());
        page.show();
        reloadAndWait(page, &ui::OverviewPage::dueListShown);
        auto* due = child<QTableWidget>(&page, "dueList");
        int row = -1;
        for (int r = 0; r < due->rowCount(); ++r)
            if (due->item(r, 1)->text() == QStringLiteral("韩梅"))
                row = r;
        QVERIFY(row >= 0);
        QVERIFY(due->item(row, 0)->text().contains(QStringLiteral("overdue")));
        QCOMPARE(due->item(row, 2)->text(), QStringLiteral("Registration due"));
        QSignalSpy open(&page, &ui::OverviewPage::openClientRequested);
        due->setFocus();
        due->setCurrentCell(row, 0);
        QTest::keyClick(due, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), id);
    }
};

QTEST_MAIN(TestCaseWorkflowUi)
#include "TestCaseWorkflowUi.moc"
