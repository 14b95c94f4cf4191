#include "GuiTestSupport.h"

#include "common/Banner.h"
#include "core/Clock.h"
#include "keys/RecoveryKey.h"
#include "setup/FirstRunWizard.h"
#include "setup/RecoveryKeySheet.h"
#include "store/Workspace.h"

#include <QTextDocument>

#include <QCheckBox>
#include <QFile>
#include <QRegularExpression>

using namespace kq;
using namespace kq::test;

class TestFirstRunWizard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;

    StorePaths freshPaths(const char* name) { return StorePaths{m_dir.filePath(QString::fromLatin1(name))}; }

    void fillCentrePage(QWizard& w, const QString& county)
    {
        typeInto(&w, "centreCode", QStringLiteral("BJ-CY-0001"));
        typeInto(&w, "centreName", QStringLiteral("朝阳区阳光康复中心"));
        typeInto(&w, "county", county);
        click(w.button(QWizard::NextButton));
    }

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_dir); }

    void setUpCreatesAStoreAndShowsTheRecoveryKeyOnce()
    {
        const StorePaths paths = freshPaths("wizard.kqdb");
        ui::FirstRunWizard w(paths, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        fillCentrePage(w, QStringLiteral("110105"));
        QCOMPARE(w.currentId(), int(ui::FirstRunWizard::SupervisorPage));

        typeInto(&w, "username", QStringLiteral("wang.li"));
        typeInto(&w, "displayName", QStringLiteral("王丽"));
        typeInto(&w, "password", QStringLiteral("Sunny-Garden-2026"));
        typeInto(&w, "confirmPassword", QStringLiteral("Sunny-Garden-2026"));
        click(w.button(QWizard::CommitButton));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(ui::FirstRunWizard::RecoveryPage), 10000);

        QVERIFY(QFile::exists(paths.database));
        QVERIFY(QFile::exists(paths.keySlots()));
        static const QRegularExpression keyShape(QStringLiteral("^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$"));
        const QString key = w.shownRecoveryKey();
        QVERIFY2(keyShape.match(key).hasMatch(), qPrintable(key));

        // Finish stays disabled until the person confirms the key is stored.
        QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
        click(child<QCheckBox>(&w, "keyStored"));
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!w.button(QWizard::BackButton)->isVisible());
        click(w.button(QWizard::FinishButton));
        QCOMPARE(w.result(), int(QDialog::Accepted));
        QCOMPARE(w.createdUsername(), QStringLiteral("wang.li"));

        // The key shown opens the store.
        Workspace workspace(paths, m_clock);
        QVERIFY(workspace.open({}, Workspace::unsealKeys(paths, {}, RecoveryKey::normalise(key), true), true)
                    .ok());
    }

    void invalidCountyIsNamedAndKeepsThePage()
    {
        ui::FirstRunWizard w(freshPaths("bad-county.kqdb"), m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        fillCentrePage(w, QStringLiteral("1101"));
        QCOMPARE(w.currentId(), int(ui::FirstRunWizard::CentrePage));
        auto* banner = w.currentPage()->findChild<ui::Banner*>(QStringLiteral("banner"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), ui::Banner::Kind::Error);
        QVERIFY(banner->text().contains(QStringLiteral("county")));
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(&w, "county"));
    }

    void weakPasswordIsRefusedAndNothingIsCreated()
    {
        const StorePaths paths = freshPaths("weak.kqdb");
        ui::FirstRunWizard w(paths, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        fillCentrePage(w, QStringLiteral("110105"));
        typeInto(&w, "username", QStringLiteral("wang.li"));
        typeInto(&w, "displayName", QStringLiteral("王丽"));
        typeInto(&w, "password", QStringLiteral("123456"));
        typeInto(&w, "confirmPassword", QStringLiteral("123456"));
        click(w.button(QWizard::CommitButton));
        QCOMPARE(w.currentId(), int(ui::FirstRunWizard::SupervisorPage));
        QVERIFY(!QFile::exists(paths.database));
        QVERIFY(child<QLabel>(&w, "passwordHint")->text().contains(QStringLiteral("Too weak")));
    }

    void recoverySheetSavesAPdfWithTheKey()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("key.pdf"));
        ui::RecoveryKeySheet sheet(QStringLiteral("朝阳区阳光康复中心"), QStringLiteral("/data/centre.kqdb"),
                                   QStringLiteral("ABCD-EFGH"));
        QVERIFY(sheet.saveAsPdf(pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QTextDocument doc;
        sheet.buildDocument(doc);
        QVERIFY(doc.toPlainText().contains(QStringLiteral("ABCD-EFGH")));
        QVERIFY(doc.toPlainText().contains(QStringLiteral("朝阳区阳光康复中心")));
    }
};

QTEST_MAIN(TestFirstRunWizard)
#include "TestFirstRunWizard.moc"
