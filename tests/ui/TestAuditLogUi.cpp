#include "CaseFixture.h"
#include "GuiTestSupport.h"

#include "admin/AuditLogPage.h"
#include "audit/AuditVocabulary.h"
#include "common/Banner.h"
#include "common/Language.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>

using namespace kq;
using namespace kq::test;

// The audit log page as a supervisor reads it in Chinese: the case step a colleague took on a
// client reads as a step, by a person, about a named (masked) client; filters narrow it by client.
class TestAuditLogUi : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store; // the supervisor wang.li (王丽) is signed in
    QString m_clientId;

    static QString cell(QTableView* view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }

    // The newest row whose Action column reads `action`.
    static int rowWithAction(QTableView* view, const QString& action)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (cell(view, row, 2) == action)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store.open(kMondayMorning);
        isolateSettings(m_store.dir());
        ui::Language::apply(QStringLiteral("zh_CN"));
        CaseDriver driver(m_store.ws());
        m_clientId =
            driver.apply(samplePerson(QStringLiteral("张卫国"), QStringLiteral("110105199001011232")),
                         hospitalApplication(m_store.today()));
        driver.advance(m_clientId, CaseState::InService);
        driver.apply(samplePerson(QStringLiteral("刘洋")), hospitalApplication(m_store.today()));
    }
    void cleanupTestCase()
    {
        ui::Language::apply(QStringLiteral("en"));
        m_store.close();
    }

    void showsAReadableRowInChinese()
    {
        ui::AuditLogPage page(m_store.ws());
        page.show();
        page.reload();
        auto* view = child<QTableView>(&page, "auditView");
        const int row = rowWithAction(view, QStringLiteral("开始服务")); // CaseAction "Start service"
        QVERIFY(row >= 0);
        // Display name with the username, in the language's brackets.
        QCOMPARE(cell(view, row, 1),
                 AuditVocabulary::tr("%1 (%2)").arg(QStringLiteral("王丽"), QStringLiteral("wang.li")));
        const QString subject = cell(view, row, 3);
        QVERIFY2(subject.contains(QStringLiteral("张卫国")), qPrintable(subject));
        QVERIFY2(subject.contains(QStringLiteral("110105********1232")), qPrintable(subject));
        QVERIFY(!subject.contains(m_clientId.left(8)));
        // No cell of any row is a stored key: every action and field has words.
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            QVERIFY(!cell(view, r, 2).contains(u'-'));
            QVERIFY2(!cell(view, r, 4).contains(u'_'), qPrintable(cell(view, r, 4)));
        }
    }

    void narrowsToOneClientFromTheKeyboard()
    {
        ui::AuditLogPage page(m_store.ws());
        page.show();
        page.reload();
        auto* view = child<QTableView>(&page, "auditView");
        const int all = view->model()->rowCount();
        typeInto(&page, "auditClientSearch", QStringLiteral("刘洋"));
        QTest::keyClick(child<QLineEdit>(&page, "auditClientSearch"), Qt::Key_Return);
        auto* client = child<QComboBox>(&page, "auditClient");
        QCOMPARE(client->count(), 2); // "all clients" and the one match
        QVERIFY(client->currentText().startsWith(QStringLiteral("刘洋")));
        const int hers = view->model()->rowCount();
        QVERIFY(hers > 0 && hers < all);
        for (int r = 0; r < hers; ++r)
            QVERIFY2(cell(view, r, 3).contains(QStringLiteral("刘洋")), qPrintable(cell(view, r, 3)));
    }

    void aCaseManagerIsRefusedByTheModel()
    {
        const Actor manager =
            addAccount(m_store.ws(), QStringLiteral("zhang.wei"), QStringLiteral("张伟"), Role::CaseManager);
        m_store.ws().lock();
        KQ_VERIFY_OK(m_store.ws().unlock(manager.username, secret(kStaffPassword)));
        ui::AuditLogPage page(m_store.ws());
        page.show();
        page.reload();
        QCOMPARE(child<QTableView>(&page, "auditView")->model()->rowCount(), 0);
        QVERIFY(!page.findChild<ui::Banner*>()->text().isEmpty());
    }
};

QTEST_MAIN(TestAuditLogUi)
#include "TestAuditLogUi.moc"
