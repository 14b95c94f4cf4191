// Blank paper forms for the front desk (model/documents/BlankForm): the text in force with the
// centre's name and writing lines, for roles that may print them, and nothing from any client.

#include "CaseFixture.h"

#include "documents/BlankForm.h"
#include "documents/FormTemplateRepository.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

class TestBlankForms : public QObject {
    Q_OBJECT

    StoreFixture m_store;

private Q_SLOTS:
    void init() { m_store.open(kMondayMorning); }
    void cleanup() { m_store.close(); }

    void frontDeskGetsEveryFormWithTheCentreAndNoPlaceholderLeft()
    {
        // A client on file: the blank form must not pick up anything of hers.
        CaseDriver(m_store.ws())
            .apply(samplePerson(QStringLiteral("王秀英"), QStringLiteral("11010519491231002X")),
                   voluntaryApplication(m_store.today()));
        const Actor desk =
            addAccount(m_store.ws(), QStringLiteral("desk"), QStringLiteral("前台"), Role::FrontDesk);
        for (FormTemplate::Kind kind : FormTemplate::kinds()) {
            for (const QString& language : FormTemplate::languages()) {
                const Result<QString> html = BlankForm::html(desk, m_store.journal(), kind, language);
                KQ_VERIFY_OK(html);
                const QString text = html.value();
                QVERIFY2(!text.contains(QStringLiteral("{{")), qPrintable(text.left(400)));
                QVERIFY(text.contains(QStringLiteral("朝阳区阳光康复中心")));
                QVERIFY(text.contains(QStringLiteral("BJ-CY-0001")));
                QVERIFY(text.contains(QStringLiteral("________________")));
                QVERIFY(!text.contains(QStringLiteral("王秀英")));
                QVERIFY(!text.contains(QStringLiteral("1949")));
                QVERIFY(!text.contains(QStringLiteral("002X")));
                // The centre's name heads the page, before the form's own title.
                const qsizetype header = text.indexOf(QStringLiteral("<b>朝阳区阳光康复中心</b>"));
                QVERIFY(header >= 0);
                QVERIFY(header < text.indexOf(QStringLiteral("<h1")));
            }
        }
    }

    void agreementHasEmptyServiceRowsAndDateLines()
    {
        const Result<QString> zh = BlankForm::html(m_store.ws().actor(), m_store.journal(),
                                                   FormTemplate::Kind::Agreement, QStringLiteral("zh_CN"));
        KQ_VERIFY_OK(zh);
        QVERIFY(zh.value().contains(QStringLiteral("服务项目")));
        QCOMPARE(zh.value().count(QStringLiteral("<td>&nbsp;</td>")), 4 * BlankForm::kBlankServiceRows);
        QVERIFY(zh.value().contains(QStringLiteral("________年____月____日")));
        QVERIFY(!zh.value().contains(QStringLiteral("2026年11月23日"))); // no date filled in
    }

    void theVersionInForceIsPrinted()
    {
        const Result<FormTemplate> shipped = FormTemplateRepository(m_store.journal())
                                                 .current(FormTemplate::Kind::Consent, QStringLiteral("en"));
        KQ_VERIFY_OK(shipped);
        const QString edited =
            QString(shipped.value().body)
                .replace(QStringLiteral("</body>"), QStringLiteral("<p>Ask at the desk.</p></body>"));
        KQ_VERIFY_OK(FormTemplateRepository(m_store.journal())
                         .saveNewVersion(m_store.ws().actor(), FormTemplate::Kind::Consent,
                                         QStringLiteral("en"), edited));
        const Result<QString> html = BlankForm::html(m_store.ws().actor(), m_store.journal(),
                                                     FormTemplate::Kind::Consent, QStringLiteral("en"));
        KQ_VERIFY_OK(html);
        QVERIFY(html.value().contains(QStringLiteral("Ask at the desk.")));
    }

    void administratorsMayNotPrintThem()
    {
        const Actor admin =
            addAccount(m_store.ws(), QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator);
        const Result<QString> html =
            BlankForm::html(admin, m_store.journal(), FormTemplate::Kind::Consent, QStringLiteral("zh_CN"));
        QVERIFY(!html);
        QCOMPARE(html.error().code, int(BlankForm::NotPermitted));
    }

    void valuesWithoutACentreProfileAreLinesToo()
    {
        const QMap<QString, QString> values = BlankForm::values(std::nullopt, QStringLiteral("en"), 3);
        for (const QString& name : FormTemplate::placeholders())
            QVERIFY2(values.contains(name), qPrintable(name));
        QVERIFY(values.value(QStringLiteral("centre.name")).startsWith(QStringLiteral("____")));
        QCOMPARE(values.value(QStringLiteral("document.version")), QStringLiteral("3"));
        QVERIFY(values.value(QStringLiteral("client.name")).startsWith(QStringLiteral("____")));
    }
};

QTEST_GUILESS_MAIN(TestBlankForms)
#include "TestBlankForms.moc"
