#include "CaseFixture.h"
#include "GuiTestSupport.h"
#include "TestStore.h"

#include "accounts/AccountRepository.h"
#include "accounts/AccountService.h"
#include "admin/AccountDialog.h"
#include "auth/IdleLock.h"
#include "auth/LockDialog.h"
#include "auth/SignInForm.h"
#include "clients/ClientsPage.h"
#include "common/AppSettings.h"
#include "common/BusyState.h"
#include "common/Language.h"
#include "shell/MainWindow.h"
#include "shell/WorkspacePage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTimer>

using namespace kq;
using namespace kq::test;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    StorePaths m_paths;

    QStringList navigation(ui::MainWindow& w)
    {
        QStringList items;
        auto* nav = child<QListWidget>(&w, "navigation");
        for (int i = 0; i < nav->count(); ++i)
            items << nav->item(i)->text();
        return items;
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings(m_dir);
        m_paths = pathsIn(m_dir);
        createStore(m_paths, m_clock);
    }

    void supervisorSeesAdministrationAndTheCentre()
    {
        Workspace workspace(m_paths, m_clock);
        QVERIFY(workspace.unlock(QStringLiteral("wang.li"), SecureBytes::fromUtf8(kPassword)).ok());
        ui::MainWindow w(workspace, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(navigation(w), (QStringList{QStringLiteral("Overview"), QStringLiteral("Clients"),
                                             QStringLiteral("Calendar"), QStringLiteral("Group work"),
                                             QStringLiteral("Price list"), QStringLiteral("Blank forms"),
                                             QStringLiteral("Statistics"), QStringLiteral("Staff training"),
                                             QStringLiteral("Accounts"), QStringLiteral("Forms"),
                                             QStringLiteral("Audit log"), QStringLiteral("Backups"),
                                             QStringLiteral("Sync"), QStringLiteral("Settings")}));
        QVERIFY(child<QLabel>(&w, "centreInfo")->text().contains(QStringLiteral("朝阳区阳光康复中心")));
    }

    void idleLockKeepsUnsavedFormTextAndUnlocksWithThePassword()
    {
        Workspace workspace(m_paths, m_clock);
        QVERIFY(workspace.unlock(QStringLiteral("wang.li"), SecureBytes::fromUtf8(kPassword)).ok());
        ui::MainWindow w(workspace, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        AccountService service(workspace, KdfParams::fastest());
        ui::AccountDialog form(service, &w);
        bool checked = false;
        // Everything happens while the form runs its own exec() loop, as it does in the program.
        const auto checks = [&] {
            typeInto(&form, "displayName", QStringLiteral("李明（未保存）"));

            // Nine minutes of quiet: still open. Ten: locked.
            m_clock.advance(9 * 60'000);
            w.idleLock()->poll();
            QVERIFY(!w.isLocked());
            m_clock.advance(60'000);
            w.idleLock()->poll();
            QVERIFY(w.isLocked());
            QVERIFY(!workspace.isOpen());
            QVERIFY(workspace.databaseKey().isEmpty());
            QVERIFY(form.isVisible()); // still running, only covered
            QVERIFY(child<QLabel>(&form, "lockCover")->isVisible());
            QVERIFY(child<QLabel>(&w, "centreInfo")->text().isEmpty()); // nothing decrypted on screen

            ui::LockDialog* lock = w.lockDialog();
            QVERIFY(lock && lock->isVisible());
            typeInto(lock, "password", kPassword);
            click(child<QPushButton>(lock, "signIn"));
            QTRY_VERIFY_WITH_TIMEOUT(!w.isLocked(), 10000);
            QVERIFY(workspace.isOpen());
            QVERIFY(form.isVisible());
            QVERIFY(!form.findChild<QLabel*>(QStringLiteral("lockCover")));
            QCOMPARE(child<QLineEdit>(&form, "displayName")->text(), QStringLiteral("李明（未保存）"));
            QVERIFY(child<QLabel>(&w, "centreInfo")->text().contains(QStringLiteral("朝阳区阳光康复中心")));
            checked = true;
        };
        QTimer::singleShot(0, this, [&] {
            checks();
            if (form.isVisible())
                form.reject(); // after the checks (or a failed one), end the form's loop
        });
        form.exec();
        QVERIFY(checked);
    }

    void idleLockWaitsWhileASlowTaskRuns()
    {
        Workspace workspace(m_paths, m_clock);
        QVERIFY(workspace.unlock(QStringLiteral("wang.li"), SecureBytes::fromUtf8(kPassword)).ok());
        ui::MainWindow w(workspace, m_clock);
        {
            const ui::BusyTaskScope busy; // e.g. a re-key running on a worker thread
            m_clock.advance(30 * 60'000);
            w.idleLock()->poll();
            QVERIFY(!w.isLocked());
            QVERIFY(workspace.isOpen());
        }
        m_clock.advance(10 * 60'000);
        w.idleLock()->poll();
        QVERIFY(w.isLocked());
    }

    void lockShortcutLocksAndActivityPostponesIt()
    {
        Workspace workspace(m_paths, m_clock);
        QVERIFY(workspace.unlock(QStringLiteral("wang.li"), SecureBytes::fromUtf8(kPassword)).ok());
        ui::MainWindow w(workspace, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        m_clock.advance(8 * 60'000);
        QTest::keyClick(child<QListWidget>(&w, "navigation"), Qt::Key_Down); // activity
        m_clock.advance(8 * 60'000);
        w.idleLock()->poll();
        QVERIFY(!w.isLocked());
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(w.isLocked());
        QVERIFY(!workspace.isOpen());
    }

    void frontDeskSeesNoAdministration()
    {
        {
            Workspace admin(m_paths, m_clock);
            QVERIFY(admin.unlock(QStringLiteral("wang.li"), SecureBytes::fromUtf8(kPassword)).ok());
            QVERIFY(AccountService(admin, KdfParams::fastest())
                        .create(QStringLiteral("front.desk"), QStringLiteral("张前台"), Role::FrontDesk,
                                SecureBytes::fromUtf8(QStringLiteral("Blue-River-Stone-42")))
                        .ok());
        }
        Workspace workspace(m_paths, m_clock);
        QVERIFY(workspace
                    .unlock(QStringLiteral("front.desk"),
                            SecureBytes::fromUtf8(QStringLiteral("Blue-River-Stone-42")))
                    .ok());
        ui::MainWindow w(workspace, m_clock);
        QCOMPARE(navigation(w), (QStringList{QStringLiteral("Overview"), QStringLiteral("Clients"),
                                             QStringLiteral("Calendar"), QStringLiteral("Group work"),
                                             QStringLiteral("Price list"), QStringLiteral("Blank forms"),
                                             QStringLiteral("Sync"), QStringLiteral("Settings")}));
        QVERIFY(!w.showPage(QStringLiteral("accountsPage")));
        QVERIFY(!w.showPage(QStringLiteral("templatesPage")));
    }

    void supervisorCreatesAnAccountThroughTheDialog()
    {
        Workspace workspace(m_paths, m_clock);
        QVERIFY(workspace.unlock(QStringLiteral("wang.li"), SecureBytes::fromUtf8(kPassword)).ok());
        ui::MainWindow w(workspace, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showPage(QStringLiteral("accountsPage")));
        auto* view = child<QTableView>(&w, "accountsView");
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = view->model()->rowCount();

        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            typeInto(dialog, "username", QStringLiteral("li.ming"));
            typeInto(dialog, "displayName", QStringLiteral("李明"));
            typeInto(dialog, "password", QStringLiteral("Quiet-Lake-Morning-8"));
            typeInto(dialog, "confirmPassword", QStringLiteral("Quiet-Lake-Morning-8"));
            filled = true;
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        click(child<QPushButton>(&w, "newAccount"));
        QVERIFY(filled);
        QCOMPARE(view->model()->rowCount(), before + 1);
        const std::optional<Account> created =
            AccountRepository(workspace.journal()).findByUsername(QStringLiteral("li.ming"));
        QVERIFY(created);
        QCOMPARE(created->role, Role::CaseManager);
        Workspace other(m_paths, m_clock);
        QVERIFY(other
                    .unlock(QStringLiteral("li.ming"),
                            SecureBytes::fromUtf8(QStringLiteral("Quiet-Lake-Morning-8")))
                    .ok());
    }

    // Decision 0019: a language chosen in Settings applies at once; the window comes back on the
    // same page with the same client's record open, its words and dates in the new language.
    void languageChangesAtOnceOnTheSamePageAndClient()
    {
        Workspace workspace(m_paths, m_clock);
        QVERIFY(workspace.unlock(QStringLiteral("wang.li"), SecureBytes::fromUtf8(kPassword)).ok());
        const QString client =
            CaseDriver(workspace).apply(samplePerson(QStringLiteral("周芳")),
                                        hospitalApplication(m_clock.now().toLocalTime().date().addDays(-1)));
        // Runs last in this file: English stays installed afterwards, with its plural forms.
        const auto backToEnglish = qScopeGuard([] { ui::Language::apply(QStringLiteral("en")); });
        ui::MainWindow w(workspace, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showPage(QStringLiteral("clientsPage")));
        child<ui::ClientsPage>(&w, "clientsPage")->openClient(client);
        QVERIFY(w.showPage(QStringLiteral("settingsPage")));

        const auto choose = [&w](const QString& code) {
            auto* language = child<QComboBox>(w.currentPage(), "language");
            language->setCurrentIndex(language->findData(code));
            click(child<QPushButton>(w.currentPage(), "savePreferences"));
        };
        choose(QStringLiteral("zh_CN"));
        QTRY_COMPARE(navigation(w).value(0), QStringLiteral("概览"));
        QCOMPARE(navigation(w).last(), QStringLiteral("设置"));
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("settingsPage"));
        QCOMPARE(child<QLabel>(&w, "pageTitle")->text(), QStringLiteral("设置"));
        QCOMPARE(child<ui::ClientsPage>(&w, "clientsPage")->shownClientId(), client);
        QCOMPARE(QLocale().language(), QLocale::Chinese); // dates and numbers follow
        QVERIFY(workspace.isOpen());                      // still signed in

        choose(QStringLiteral("en"));
        QTRY_COMPARE(navigation(w).value(0), QStringLiteral("Overview"));
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("settingsPage"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
