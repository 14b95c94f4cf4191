// The front desk prints blank forms (consent, service agreement) to be filled in by hand: a page of
// its own, a print preview, and a PDF with the form's title and the centre, and no client's data.

#include "CaseFixture.h"
#include "GuiTestSupport.h"
#include "PdfText.h"

#include "documents/BlankFormsPage.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTextBrowser>

using namespace kq;
using namespace kq::test;

class TestBlankFormsUi : public QObject {
    Q_OBJECT

    QTemporaryDir m_settings;
    StoreFixture m_store;

    static void choose(QWidget* page, const char* combo, const QString& data)
    {
        auto* box = child<QComboBox>(page, combo);
        const int index = box->findData(data);
        QVERIFY(index >= 0);
        box->setFocus();
        // As a person does from the keyboard: Home, then Down to the entry.
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentIndex(), index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings(m_settings);
        m_store.open(kMondayMorning);
        // A client on file whose name must never appear on a blank form.
        CaseDriver(m_store.ws())
            .apply(samplePerson(QStringLiteral("王秀英")), voluntaryApplication(m_store.today()));
        addAccount(m_store.ws(), QStringLiteral("front.desk"), QStringLiteral("张前台"), Role::FrontDesk);
        m_store.ws().lock();
        KQ_VERIFY_OK(m_store.ws().unlock(QStringLiteral("front.desk"), secret(kStaffPassword)));
    }
    void cleanupTestCase() { m_store.close(); }

    void frontDeskSavesABlankAgreementAsPdf()
    {
        ui::MainWindow w(m_store.ws(), m_store.clock());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showPage(QStringLiteral("blankFormsPage")));
        auto* page = child<ui::BlankFormsPage>(&w, "blankFormsPage");
        choose(page, "blankFormLanguage", QStringLiteral("zh_CN"));
        choose(page, "blankFormKind", QStringLiteral("agreement"));
        const QString preview = child<QTextBrowser>(page, "blankFormPreview")->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("社区精神康复服务协议")), qPrintable(preview.left(300)));
        QVERIFY(!preview.contains(QStringLiteral("王秀英")));

        const QString path = m_store.dir().filePath(QStringLiteral("blank-agreement.pdf"));
        QVERIFY(page->savePdf(path));
        QCOMPARE(QFileInfo(path).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        bool missing = false;
        const QString text = pdfText(path, missing);
        if (missing)
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(text.contains(QStringLiteral("社区精神康复服务协议")), qPrintable(text.left(500)));
        QVERIFY2(text.contains(QStringLiteral("朝阳区阳光康复中心")), qPrintable(text.left(500)));
        QVERIFY2(text.contains(QStringLiteral("服务项目")), qPrintable(text.left(500)));
        QVERIFY(!text.contains(QStringLiteral("王秀英")));
        QVERIFY(!text.contains(QStringLiteral("{{")));
    }

    void printPreviewShowsTheForm()
    {
        ui::MainWindow w(m_store.ws(), m_store.clock());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showPage(QStringLiteral("blankFormsPage")));
        auto* page = child<ui::BlankFormsPage>(&w, "blankFormsPage");
        choose(page, "blankFormKind", QStringLiteral("consent"));
        QVERIFY(!page->documentHtml().isEmpty());
        withDialog([&] { click(child<QPushButton>(page, "printPreviewBlankForm")); },
                   [](QDialog* dialog) {
                       QVERIFY(qobject_cast<QPrintPreviewDialog*>(dialog));
                       QVERIFY(
                           dialog->windowTitle().contains(QStringLiteral("consent"), Qt::CaseInsensitive));
                       dialog->reject();
                   });
    }
};

QTEST_MAIN(TestBlankFormsUi)
#include "TestBlankFormsUi.moc"
