#include "GuiTestSupport.h"
#include "TestStore.h"

#include "auth/SignInDialog.h"
#include "auth/SignInForm.h"
#include "common/Banner.h"

#include <QPushButton>

using namespace kq;
using namespace kq::test;

class TestSignIn : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    StorePaths m_paths;

    void attempt(ui::SignInDialog& dialog, const QString& password)
    {
        typeInto(&dialog, "password", password);
        QTest::keyClick(child<QLineEdit>(&dialog, "password"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.form()->isBusy(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings(m_dir);
        m_paths = pathsIn(m_dir);
        createStore(m_paths, m_clock);
    }

    void wrongPasswordShowsAnErrorAndKeepsTheDialog()
    {
        Workspace workspace(m_paths, m_clock);
        ui::SignInDialog dialog(workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, "username", QStringLiteral("wang.li"));
        attempt(dialog, QStringLiteral("not-the-password"));
        QVERIFY(dialog.isVisible());
        QVERIFY(!workspace.isOpen());
        auto* banner = dialog.findChild<ui::Banner*>(QStringLiteral("banner"));
        QCOMPARE(banner->kind(), ui::Banner::Kind::Error);
        QVERIFY(banner->text().contains(QStringLiteral("not correct")));
        QVERIFY(child<QLineEdit>(&dialog, "password")->text().isEmpty());
    }

    void repeatedFailuresMakeThePersonWaitThenTheRightPasswordWorks()
    {
        Workspace workspace(m_paths, m_clock);
        ui::SignInDialog dialog(workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, "username", QStringLiteral("wang.li"));
        while (workspace.backoff().failures() < SignInBackoff::kFreeAttempts)
            attempt(dialog, QStringLiteral("wrong-again"));
        QPushButton* signIn = dialog.form()->submitButton();
        QVERIFY(!signIn->isEnabled());
        QVERIFY(dialog.findChild<ui::Banner*>(QStringLiteral("banner"))
                    ->text()
                    .contains(QStringLiteral("Try again")));

        m_clock.advance(SignInBackoff::delayAfter(workspace.backoff().failures()) * 1000);
        QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), 3000);
        attempt(dialog, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 5000);
        QVERIFY(workspace.isOpen());
        QCOMPARE(workspace.actor().username, QStringLiteral("wang.li"));
        QCOMPARE(workspace.backoff().failures(), 0);
    }

    void remembersTheLastUsername()
    {
        Workspace workspace(m_paths, m_clock);
        ui::SignInDialog dialog(workspace);
        QCOMPARE(child<QLineEdit>(&dialog, "username")->text(), QStringLiteral("wang.li"));
    }
};

QTEST_MAIN(TestSignIn)
#include "TestSignIn.moc"
