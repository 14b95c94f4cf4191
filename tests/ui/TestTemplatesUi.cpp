#include "CaseFixture.h"
#include "GuiTestSupport.h"

#include "common/Banner.h"
#include "documents/FormTemplateRepository.h"
#include "documents/TemplatesPage.h"

#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>

using namespace kq;
using namespace kq::test;

namespace {
// Moves a closed combo box with the arrow key until it shows `data`, as a person would.
void chooseByKeyboard(QComboBox* combo, const QString& data)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), data);
}

void clickItem(QListWidget* list, QListWidgetItem* item)
{
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

QListWidgetItem* placeholderItem(QListWidget* list, const QString& name)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == name)
            return list->item(i);
    qFatal("no placeholder item %s", qPrintable(name));
}
} // namespace

// A supervisor edits the English service agreement through the page: a misspelt placeholder is
// refused by name, the corrected text becomes version 2, and version 1 stays as shipped.
class TestTemplatesUi : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settings); }
    void init() { m_store.open(kMondayMorning); }
    void cleanup() { m_store.close(); }

    void supervisorSavesANewVersionThroughTheEditor()
    {
        ui::TemplatesPage page(m_store.ws());
        page.resize(1200, 800);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.reload();

        auto* preview = child<QTextBrowser>(&page, "templatePreview");
        auto* editor = child<QPlainTextEdit>(&page, "templateBody");
        auto* versions = child<QTableWidget>(&page, "templateVersions");
        auto* banner = child<ui::Banner>(&page, "banner");
        // The Chinese consent first, with its sample client.
        QVERIFY(preview->toPlainText().contains(QStringLiteral("张示例")));
        QVERIFY(editor->toPlainText().contains(QStringLiteral("知情同意书")));

        chooseByKeyboard(child<QComboBox>(&page, "templateKind"), QStringLiteral("agreement"));
        chooseByKeyboard(child<QComboBox>(&page, "templateLanguage"), QStringLiteral("en"));
        const QString shipped =
            *FormTemplateRepository::shippedBody(FormTemplate::Kind::Agreement, QStringLiteral("en"));
        QCOMPARE(editor->toPlainText(), shipped);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Sample Client")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Sample service: medication training")));
        QCOMPARE(versions->rowCount(), 1);
        QCOMPARE(versions->item(0, 0)->text(), QStringLiteral("1"));
        QCOMPARE(versions->item(0, 2)->text(), QStringLiteral("Shipped with Kangqiao"));

        // A misspelt placeholder at the end of the text.
        QTest::mouseClick(editor->viewport(), Qt::LeftButton);
        QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
        const QString typo = QStringLiteral("<p>Signed for {{client.nmae}}</p>");
        QTest::keyClicks(editor, typo);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("{{client.nmae}}")));
        click(child<QPushButton>(&page, "saveTemplate"));
        QCOMPARE(banner->kind(), ui::Banner::Kind::Error);
        QVERIFY2(banner->text().contains(QStringLiteral("{{client.nmae}}")), qPrintable(banner->text()));
        QCOMPARE(versions->rowCount(), 1);
        // The cursor sits on the name at fault.
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("client.nmae"));

        // Correct it: type over the bad name with the right one from the help list.
        QTest::keyClick(editor, Qt::Key_Backspace); // the selected name: "{{|}}" is left
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClick(editor, Qt::Key_Backspace);
        auto* list = child<QListWidget>(&page, "placeholderList");
        clickItem(list, placeholderItem(list, QStringLiteral("client.name")));
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClick(editor, Qt::Key_Delete);
        const QString edited = shipped + QStringLiteral("<p>Signed for {{client.name}}</p>");
        QCOMPARE(editor->toPlainText(), edited);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Signed for Sample Client")));

        click(child<QPushButton>(&page, "saveTemplate"));
        QCOMPARE(banner->kind(), ui::Banner::Kind::Success);
        QCOMPARE(versions->rowCount(), 2);
        QCOMPARE(versions->item(0, 0)->text(), QStringLiteral("2"));
        QCOMPARE(versions->item(0, 2)->text(), m_store.ws().actor().username);
        QCOMPARE(versions->item(1, 0)->text(), QStringLiteral("1"));

        FormTemplateRepository repo(m_store.journal());
        QCOMPARE(repo.current(FormTemplate::Kind::Agreement, QStringLiteral("en")).value().body, edited);
        QCOMPARE(repo.version(FormTemplate::Kind::Agreement, QStringLiteral("en"), 1)->body, shipped);
        QCOMPARE(repo.current(FormTemplate::Kind::Consent, QStringLiteral("en")).value().version, 1);
    }
};

QTEST_MAIN(TestTemplatesUi)
#include "TestTemplatesUi.moc"
