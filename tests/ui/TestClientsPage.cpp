#include "GuiTestSupport.h"
#include "TestStore.h"

#include "audit/AuditLog.h"
#include "clients/ClientDialog.h"
#include "clients/ClientListModel.h"
#include "clients/ClientRepository.h"
#include "clients/ClientsPage.h"
#include "common/Banner.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace kq;
using namespace kq::test;

class TestClientsPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    StorePaths m_paths;
    std::unique_ptr<Workspace> m_workspace;
    QWidget* m_page = nullptr;

    // Fills and saves the registration dialog once it is open, as the front desk would.
    void registerThroughTheForm(const std::function<void(QDialog*)>& fill)
    {
        withDialog([&] { click(child<QPushButton>(m_page, "registerClient")); }, fill);
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings(m_dir);
        m_paths = pathsIn(m_dir);
        createStore(m_paths, m_clock);
        m_workspace = std::make_unique<Workspace>(m_paths, m_clock);
        KQ_VERIFY_OK(m_workspace->unlock(QStringLiteral("wang.li"), secret(kPassword)));
    }

    void registersAClientWithTheKeyboardAndFindsThemByInitials()
    {
        ui::ClientsPage page(*m_workspace);
        // cppcheck-suppress danglingLifetime ; every test that uses m_page sets it first
        m_page = &page;
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.reload();

        registerThroughTheForm([](QDialog* d) {
            typeInto(d, "name", QStringLiteral("张三"));
            typeInto(d, "idNumber", QStringLiteral("110105199003071239")); // fills birth date and gender
            QCOMPARE(child<QLineEdit>(d, "birthDate")->text(), QStringLiteral("1990-03-07"));
            QCOMPARE(child<QComboBox>(d, "gender")->currentData().toString(), QStringLiteral("male"));
            typeInto(d, "phone", QStringLiteral("138 0013 8000"));
            typeInto(d, "residenceCounty", QStringLiteral("110105"));
            // Pick the first suggestion from the completion list.
            QWidget* suggestions = child<QLineEdit>(d, "residenceCounty")->completer()->popup();
            QTRY_VERIFY(suggestions->isVisible());
            QTest::keyClick(suggestions, Qt::Key_Down);
            QTest::keyClick(suggestions, Qt::Key_Return);
            QCOMPARE(child<QLineEdit>(d, "residenceCounty")->text(), QStringLiteral("110105 北京市朝阳区"));
            auto* manager = child<QComboBox>(d, "caseManager");
            manager->setCurrentIndex(manager->findData(QStringLiteral("wang.li")));
            // Offscreen hands activation back to the page when the popup closes; a desktop does not.
            d->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(d));
            // Enter in a field presses the dialog's default button, Save.
            QTest::keyClick(child<QLineEdit>(d, "address"), Qt::Key_Return);
            QVERIFY(!d->isVisible());
        });

        // The new client's record opens; back to the list and search by initials.
        QVERIFY(child<QLabel>(&page, "clientTitle")->text().contains(QStringLiteral("张三")));
        click(child<QPushButton>(&page, "backToList"));
        typeInto(&page, "clientSearch", QStringLiteral("zs"));
        QTest::keyClick(child<QLineEdit>(&page, "clientSearch"), Qt::Key_Return);
        auto* list = child<QTableView>(&page, "clientList");
        // Enter with exactly one match opens it.
        QVERIFY(child<QLabel>(&page, "clientTitle")->text().contains(QStringLiteral("张三")));
        click(child<QPushButton>(&page, "backToList"));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, ClientListModel::Name).data().toString(), QStringLiteral("张三"));
        // Identifiers are masked in the list, and no diagnosis column exists.
        QCOMPARE(list->model()->index(0, ClientListModel::IdNumber).data().toString(),
                 QStringLiteral("110105********1239"));
        QCOMPARE(list->model()->index(0, ClientListModel::Phone).data().toString(),
                 QStringLiteral("138****8000"));
        // Staff appear by name, not login.
        QCOMPARE(list->model()->index(0, ClientListModel::CaseManager).data().toString(),
                 QStringLiteral("王丽"));
    }

    void invalidFieldsAreAllNamedAndNothingIsSaved()
    {
        ui::ClientsPage page(*m_workspace);
        // cppcheck-suppress danglingLifetime ; every test that uses m_page sets it first
        m_page = &page;
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.reload();
        const qint64 before = ClientRepository(m_workspace->journal()).count();
        registerThroughTheForm([](QDialog* d) {
            typeInto(d, "name", QStringLiteral("李四"));
            typeInto(d, "idNumber", QStringLiteral("110105199003071234")); // wrong check character
            typeInto(d, "phone", QStringLiteral("12345"));
            QTest::keyClick(child<QLineEdit>(d, "phone"), Qt::Key_Return);
            QVERIFY(d->isVisible());
            const QString text = d->findChild<ui::Banner*>(QStringLiteral("banner"))->text();
            QVERIFY2(text.contains(QStringLiteral("check character")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("phone"), Qt::CaseInsensitive), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("County of residence")), qPrintable(text));
            QCOMPARE(d->focusWidget(), child<QWidget>(d, "idNumber")); // the first invalid field
            d->reject();
        });
        QCOMPARE(ClientRepository(m_workspace->journal()).count(), before);
    }

    void detailMasksIdentifiersUntilARevealWhichIsAudited()
    {
        ui::ClientsPage page(*m_workspace);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.reload();
        const std::optional<QString> id =
            ClientRepository(m_workspace->journal()).findByIdNumber(QStringLiteral("110105199003071239"));
        QVERIFY(id); // registered by the first test
        page.openClient(*id);
        auto* profile = child<QLabel>(&page, "profile");
        QVERIFY(profile->text().contains(QStringLiteral("110105********1239")));
        QVERIFY(!profile->text().contains(QStringLiteral("110105199003071239")));
        const qint64 before = AuditLog(m_workspace->database()).count();
        click(child<QPushButton>(&page, "revealId"));
        QVERIFY(page.findChild<ui::Banner*>(QStringLiteral("banner"))
                    ->text()
                    .contains(QStringLiteral("110105199003071239")));
        const QList<AuditEntry> last = AuditLog(m_workspace->database()).recent(1);
        QCOMPARE(AuditLog(m_workspace->database()).count(), before + 1);
        QCOMPARE(last.first().action, QStringLiteral("reveal"));
        QCOMPARE(last.first().fields, QStringList{QStringLiteral("id_number")});
    }

    void registrationFormMnemonicsAreUnique()
    {
        // Alt+letter must reach exactly one field, or the keyboard path breaks.
        ui::ClientDialog dialog(*m_workspace, ClientRecord{});
        QMultiHash<QChar, QString> owners;
        const auto note = [&](const QString& text) {
            const qsizetype amp = text.indexOf(u'&');
            if (amp >= 0 && amp + 1 < text.size() && text[amp + 1] != u'&')
                owners.insert(text[amp + 1].toLower(), text);
        };
        for (const QLabel* l : dialog.findChildren<QLabel*>())
            note(l->text());
        for (const QAbstractButton* b : dialog.findChildren<QAbstractButton*>())
            note(b->text());
        for (const QChar key : owners.uniqueKeys())
            QVERIFY2(owners.count(key) == 1,
                     qPrintable(QStringList(owners.values(key)).join(QStringLiteral(" / "))));
    }

    void listModelPassesTheModelTester()
    {
        ui::ClientsPage page(*m_workspace);
        page.reload();
        QAbstractItemModelTester tester(page.listModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        typeInto(&page, "clientSearch", QStringLiteral("张"));
        QTest::keyClick(child<QLineEdit>(&page, "clientSearch"), Qt::Key_Return);
        QVERIFY(page.listModel()->totalCount() >= 1);
    }
};

QTEST_MAIN(TestClientsPage)
#include "TestClientsPage.moc"
