// Sync as a person meets it: connecting the workstation from the Sync page, the status bar's
// pending count and "Sync now", and a conflict settled from the list. Against the real platform
// server process on loopback; widgets driven by QTest key and mouse events, offscreen.

#include "CaseFixture.h"
#include "GuiTestSupport.h"
#include "PlatformProcess.h"
#include "clients/ClientRepository.h"
#include "platform/ConflictStore.h"
#include "platform/SyncState.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "sync/SyncStatusIndicator.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolButton>

using namespace kq;
using namespace kq::test;

class TestSyncUi : public QObject {
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<PlatformProcess> m_platform;

    // Fills the enrolment dialog as a supervisor would and connects.
    void enrolThroughTheDialog(ui::MainWindow& w, const QString& deviceName)
    {
        QVERIFY(w.showPage(QStringLiteral("syncPage")));
        const QString code = m_platform->issueCode(QStringLiteral("BJ-CY-0001"));
        QVERIFY(!code.isEmpty());
        withDialog([&] { click(child<QPushButton>(&w, "enrolButton")); },
                   [&](QDialog* d) {
                       typeInto(d, "server", m_platform->url().toString());
                       typeInto(d, "centre-code", QStringLiteral("BJ-CY-0001"));
                       typeInto(d, "code", code);
                       typeInto(d, "device-name", deviceName);
                       QTest::keyClick(child<QLineEdit>(d, "device-name"), Qt::Key_Return);
                       QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible(), 10000);
                   });
    }

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settings); }

    void init()
    {
        m_platform = std::make_unique<PlatformProcess>();
        QVERIFY2(m_platform->start(), qPrintable(m_platform->log()));
        QVERIFY(m_platform->addCentre(QStringLiteral("BJ-CY-0001"), QStringLiteral("朝阳区阳光康复中心")));
    }

    void cleanup() { m_platform.reset(); }

    void connectingAndSyncingFromTheWindow()
    {
        StoreFixture store;
        store.open(kMondayMorning);
        ui::MainWindow w(store.ws(), store.clock());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* status = w.statusBar()->findChild<ui::SyncStatusIndicator*>(QStringLiteral("syncStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("Not connected")), qPrintable(status->text()));

        // A refusal keeps the dialog open with what was typed, naming the field.
        QVERIFY(w.showPage(QStringLiteral("syncPage")));
        withDialog([&] { click(child<QPushButton>(&w, "enrolButton")); },
                   [&](QDialog* d) {
                       typeInto(d, "server", m_platform->url().toString());
                       typeInto(d, "centre-code", QStringLiteral("BJ-CY-0001"));
                       typeInto(d, "code", QStringLiteral("WRONG-CODE"));
                       QTest::keyClick(child<QLineEdit>(d, "code"), Qt::Key_Return);
                       QTRY_VERIFY_WITH_TIMEOUT(d->findChild<QLineEdit*>(QStringLiteral("code"))->hasFocus(),
                                                10000);
                       QVERIFY(d->isVisible());
                       QCOMPARE(child<QLineEdit>(d, "code")->text(), QStringLiteral("WRONG-CODE"));
                       d->reject();
                   });
        QVERIFY(!SyncState(store.db()).link().has_value());

        enrolThroughTheDialog(w, QStringLiteral("Front desk 1"));
        QVERIFY(SyncState(store.db()).link()->isEnrolled());
        // The first round starts by itself and empties the outbox.
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Up to date")), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(Outbox(store.db()).pendingCount(), 0, 15000);

        // A saved record shows as waiting; "Sync now" sends it.
        Result<ClientRepository::Saved> saved =
            ClientRepository(store.journal())
                .create(store.ws().actor(), samplePerson(QStringLiteral("林芳")));
        KQ_VERIFY_OK(saved);
        status->refresh();
        QVERIFY2(status->text().contains(QStringLiteral("· 1 change")), qPrintable(status->text()));
        click(status->findChild<QToolButton*>(QStringLiteral("syncNow")));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("· 0 change")), 15000);
        QVERIFY(status->text().contains(QStringLiteral("last synced")));
        // F5 does the same from anywhere in the window.
        QTest::keyClick(&w, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Up to date")), 15000);
    }

    void aConflictIsSettledFromTheList()
    {
        StoreFixture one, two;
        one.open(kMondayMorning);
        two.open(kMondayMorning);
        ui::MainWindow w1(one.ws(), one.clock());
        ui::MainWindow w2(two.ws(), two.clock());
        w1.show();
        w2.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w2));
        enrolThroughTheDialog(w1, QStringLiteral("A1"));
        enrolThroughTheDialog(w2, QStringLiteral("A2"));
        QTRY_COMPARE_WITH_TIMEOUT(Outbox(one.db()).pendingCount(), 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(Outbox(two.db()).pendingCount(), 0, 15000);

        ClientRepository repo1(one.journal());
        const QString id = repo1.create(one.ws().actor(), samplePerson(QStringLiteral("林芳"))).value().id;
        auto* button1 = child<QPushButton>(&w1, "syncNowButton");
        auto* button2 = child<QPushButton>(&w2, "syncNowButton");
        QVERIFY(w1.showPage(QStringLiteral("syncPage")));
        QVERIFY(w2.showPage(QStringLiteral("syncPage")));
        click(button1);
        QTRY_COMPARE_WITH_TIMEOUT(Outbox(one.db()).pendingCount(), 0, 15000);
        click(button2);
        QTRY_VERIFY_WITH_TIMEOUT(two.db().queryInt("SELECT count(*) FROM clients WHERE name = '林芳'") == 1,
                                 15000);

        // Both change the phone.
        for (auto [store, phone] : {std::pair{&one, QStringLiteral("13700000001")},
                                    std::pair{&two, QStringLiteral("13600000002")}}) {
            ClientRepository repo(store->journal());
            ClientRecord r = *repo.load(store->ws().actor(), id);
            r.phone = phone;
            KQ_VERIFY_OK(repo.update(store->ws().actor(), r));
        }
        click(button1);
        QTRY_COMPARE_WITH_TIMEOUT(Outbox(one.db()).pendingCount(), 0, 15000);
        click(button2);
        QTRY_COMPARE_WITH_TIMEOUT(ConflictStore(two.db()).openCount(), 1, 15000);

        // A2's list shows both values; keeping A2's settles it on both workstations.
        auto* table = child<QTableWidget>(&w2, "conflicts");
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 5000);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("林芳"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("13700000001"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("13600000002"));
        auto* keepOurs = child<QPushButton>(&w2, "keepOurs");
        QVERIFY(!keepOurs->isEnabled());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(0, 0)).center());
        QVERIFY(keepOurs->isEnabled());
        click(keepOurs);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(Outbox(two.db()).pendingCount(), 0, 15000);
        click(button1);
        QTRY_VERIFY_WITH_TIMEOUT(one.db().queryText("SELECT phone FROM clients WHERE id = '" +
                                                    id.toStdString() + "'") == QStringLiteral("13600000002"),
                                 15000);
        QTRY_COMPARE_WITH_TIMEOUT(ConflictStore(one.db()).openCount(), 0, 15000);
    }
};

QTEST_MAIN(TestSyncUi)
#include "TestSyncUi.moc"
