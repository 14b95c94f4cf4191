#include "CaseFixture.h"
#include "GuiTestSupport.h"
#include "PdfText.h"

#include "clients/ClientDetailWidget.h"
#include "common/Banner.h"
#include "documents/DocumentsPanel.h"
#include "documents/PriceListRepository.h"
#include "documents/SignatureField.h"
#include "documents/SignaturePad.h"
#include "documents/SignedDocumentRepository.h"
#include "documents/SigningDialog.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QImage>
#include <QMouseEvent>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>

using namespace kq;
using namespace kq::test;

// Signing as it happens at the desk: the Documents tab, a consent and an agreement signed with
// strokes on the pads, a missing signature refused by name, the stored PDF verified, exported and
// read back, and a tampered PDF reported as changed.
class TestSigningUi : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;

    // Moves carry the held button as real QMouseEvents: QTest::mouseMove does not on every platform.
    static void drawStroke(QWidget* w, int y)
    {
        QTest::mousePress(w, Qt::LeftButton, Qt::NoModifier, QPoint(40, y));
        for (int x = 46; x <= 300; x += 6) {
            const QPointF p(x, y + 18 * std::sin((x - 40) / 14.0));
            QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(w, &move);
        }
        QTest::mouseRelease(w, Qt::LeftButton, Qt::NoModifier, QPoint(300, y));
    }

    static ui::SignaturePad* pad(QWidget* dialog, const char* field)
    {
        return child<ui::SignatureField>(dialog, field)->pad();
    }

    qint64 count(const char* sql)
    {
        Statement s = m_store.db().prepare(sql);
        return s.step() ? s.int64(0) : -1;
    }

    // Opens the selected document and returns what its banner says.
    static QString openedBanner(QWidget* panel)
    {
        QString text;
        withDialog([&] { click(child<QPushButton>(panel, "openDocument")); },
                   [&](QDialog* d) {
                       text = d->findChild<ui::Banner*>()->text();
                       QVERIFY(!child<QTextBrowser>(d, "documentText")->toPlainText().isEmpty());
                       QVERIFY(child<QPushButton>(d, "printDocument")->isEnabled()); // print on request
                       d->reject();
                   });
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store.open(kMondayMorning);
        isolateSettings(m_store.dir());
    }
    void cleanupTestCase() { m_store.close(); }

    void signVerifyExportAndDetectTampering()
    {
        const QString id = CaseDriver(m_store.ws())
                               .admit(samplePerson(QStringLiteral("陈静")),
                                      hospitalApplication(QDate(2026, 11, 2)), CaseState::AwaitingAgreement);
        PriceItem item;
        item.name = QStringLiteral("日间康复训练");
        item.unit = QStringLiteral("次");
        item.priceFen = 1250;
        item.effectiveFrom = QDate(2026, 1, 1);
        QVERIFY(PriceListRepository(m_store.journal()).add(m_store.ws().actor(), item));

        ui::ClientDetailWidget detail(m_store.ws());
        detail.resize(1000, 700);
        detail.show();
        detail.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&detail));
        detail.showClient(id);
        QTest::keyClick(&detail, Qt::Key_D, Qt::AltModifier);
        QWidget* panel = detail.documentsPanel();
        QCOMPARE(detail.findChild<QTabWidget*>()->currentWidget(), panel);
        auto* list = child<QTableWidget>(panel, "documentList");
        QCOMPARE(list->rowCount(), 0);

        // The consent, signed by the client and the member of staff.
        withDialog([&] { click(child<QPushButton>(panel, "signConsent")); },
                   [&](QDialog* d) {
                       QVERIFY(child<QTextBrowser>(d, "signingPreview")->toPlainText().contains(u"陈静"));
                       QVERIFY(child<QTextBrowser>(d, "signingPreview")->toPlainText().contains(u"10"));
                       drawStroke(pad(d, "clientSignature"), 90);
                       drawStroke(pad(d, "staffSignature"), 90);
                       click(child<QPushButton>(d, "sign"));
                       QVERIFY2(!d->isVisible(), qPrintable(child<ui::Banner>(d, "banner")->text()));
                   });
        QCOMPARE(list->rowCount(), 1);

        // The agreement: the staff signature forgotten first, and refused by name.
        withDialog([&] { click(child<QPushButton>(panel, "signAgreement")); },
                   [&](QDialog* d) {
                       auto* lines = child<QTableWidget>(d, "agreementLines");
                       QCOMPARE(lines->rowCount(), 1);
                       QCOMPARE(lines->item(0, 2)->text(), QStringLiteral("12.50"));
                       lines->item(0, 0)->setCheckState(Qt::Checked);
                       auto* frequency = child<QLineEdit>(d, "frequency-1");
                       QTest::mouseClick(frequency, Qt::LeftButton);
                       typeText(frequency, QStringLiteral("每周2次"));
                       drawStroke(pad(d, "clientSignature"), 90);
                       const QString preview = child<QTextBrowser>(d, "signingPreview")->toPlainText();
                       QVERIFY(preview.contains(u"每周2次"));
                       QVERIFY(preview.contains(u"12.50"));
                       click(child<QPushButton>(d, "sign"));
                       QVERIFY(d->isVisible());
                       auto* banner = child<ui::Banner>(d, "banner");
                       QCOMPARE(banner->kind(), ui::Banner::Kind::Error);
                       QVERIFY2(!pad(d, "staffSignature")->toolTip().isEmpty(), qPrintable(banner->text()));
                       QVERIFY(pad(d, "clientSignature")->toolTip().isEmpty());

                       drawStroke(pad(d, "staffSignature"), 90);
                       d->resize(1180, 820);
                       d->grab().save(QStringLiteral("/tmp/signing.png"));
                       click(child<QPushButton>(d, "sign"));
                       QVERIFY2(!d->isVisible(), qPrintable(banner->text()));
                   });
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->item(0, 0)->text(), FormTemplate::kindName(FormTemplate::Kind::Agreement));
        QVERIFY(list->item(0, 4)->text().contains(u"screen"));
        QCOMPARE(list->item(0, 5)->text(), QStringLiteral("In force"));

        const QList<SignedDocument> docs =
            SignedDocumentRepository(m_store.journal()).list(m_store.ws().actor(), id).value();
        QCOMPARE(docs.size(), 2);
        const QString agreementId = docs.first().id;
        QCOMPARE(docs.first().lines.size(), 1);
        QCOMPARE(docs.first().lines.first().frequency, QStringLiteral("每周2次"));
        QCOMPARE(SignedDocumentRepository(m_store.journal()).verify(agreementId).value(), true);
        QVERIFY(openedBanner(panel).startsWith(u"Verified: unchanged since signing (SHA-256 "));

        // Exported: owner-only, audited, and the text a reader gets names the client and the price.
        list->selectRow(0);
        const QString path = m_store.dir().filePath(QStringLiteral("agreement.pdf"));
        QVERIFY(qobject_cast<ui::DocumentsPanel*>(panel)->exportSelected(path));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'export'"), 1);
        bool missing = false;
        const QString text = pdfText(path, missing);
        if (!missing) {
            QVERIFY2(text.contains(QStringLiteral("陈静")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("12.50")), qPrintable(text));
        }

        // One changed byte, and opening it says so.
        QByteArray pdf;
        {
            Statement s = m_store.db().prepare("SELECT pdf FROM signed_documents WHERE id = ?");
            s.bind(1, agreementId);
            QVERIFY(s.step());
            pdf = s.blob(0);
        }
        pdf[20] = char(pdf[20] ^ 1);
        Statement u = m_store.db().prepare("UPDATE signed_documents SET pdf = ? WHERE id = ?");
        u.bindAll(pdf, agreementId);
        u.exec();
        list->selectRow(0);
        QVERIFY(openedBanner(panel).contains(u"This document has changed since it was signed"));
        if (missing)
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void signedOnPaperThenRevoked()
    {
        const QString id = CaseDriver(m_store.ws())
                               .admit(samplePerson(QStringLiteral("周明")),
                                      hospitalApplication(QDate(2026, 11, 2)), CaseState::AwaitingAgreement);
        ui::ClientDetailWidget detail(m_store.ws());
        detail.resize(1000, 700);
        detail.show();
        detail.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&detail));
        detail.showClient(id);
        QTest::keyClick(&detail, Qt::Key_D, Qt::AltModifier);
        QWidget* panel = detail.documentsPanel();
        auto* list = child<QTableWidget>(panel, "documentList");

        // A scan of the signed paper instead of pads; without the scan it is refused.
        const QString scan = m_store.dir().filePath(QStringLiteral("consent-scan.png"));
        QImage page(200, 280, QImage::Format_RGB32);
        page.fill(Qt::white);
        QVERIFY(page.save(scan));
        withDialog([&] { click(child<QPushButton>(panel, "signConsent")); },
                   [&](QDialog* d) {
                       auto* onPaper = child<QCheckBox>(d, "onPaper");
                       // On the box itself: a wide checkbox does not toggle from a click in empty space.
                       QTest::mouseClick(onPaper, Qt::LeftButton, Qt::NoModifier,
                                         QPoint(8, onPaper->height() / 2));
                       QVERIFY(onPaper->isChecked());
                       QVERIFY(!child<ui::SignatureField>(d, "clientSignature")->isVisible());
                       click(child<QPushButton>(d, "sign"));
                       QVERIFY(d->isVisible());
                       QCOMPARE(child<ui::Banner>(d, "banner")->kind(), ui::Banner::Kind::Error);
                       QVERIFY(qobject_cast<ui::SigningDialog*>(d)->attachScan(scan));
                       click(child<QPushButton>(d, "sign"));
                       QVERIFY2(!d->isVisible(), qPrintable(child<ui::Banner>(d, "banner")->text()));
                   });
        QCOMPARE(list->rowCount(), 1);
        QVERIFY(list->item(0, 4)->text().contains(u"paper"));
        const QList<SignedDocument> docs =
            SignedDocumentRepository(m_store.journal()).list(m_store.ws().actor(), id).value();
        QCOMPARE(docs.size(), 1);
        QVERIFY(docs.first().onPaper);

        // Revoked: a reason is required, then the list says so and the consent is no longer in force.
        list->selectRow(0);
        withDialog([&] { click(child<QPushButton>(panel, "revokeDocument")); },
                   [&](QDialog* d) {
                       click(child<QPushButton>(d, "confirmRevoke"));
                       QVERIFY(d->isVisible());
                       QCOMPARE(d->focusWidget(), child<QWidget>(d, "revokeReason"));
                       typeText(child<QLineEdit>(d, "revokeReason"), QStringLiteral("本人撤回同意"));
                       click(child<QPushButton>(d, "confirmRevoke"));
                       QVERIFY(!d->isVisible());
                   });
        QVERIFY(list->item(0, 5)->text().startsWith(u"Revoked"));
        QVERIFY(!SignedDocumentRepository(m_store.journal())
                     .inForce(id, FormTemplate::Kind::Consent, m_store.today())
                     .has_value());
    }
};

QTEST_MAIN(TestSigningUi)
#include "TestSigningUi.moc"
