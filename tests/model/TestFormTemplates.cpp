#include "CaseFixture.h"

#include "clients/ClientVocabulary.h"
#include "documents/DocumentValues.h"
#include "documents/FormTemplate.h"
#include "documents/FormTemplateRenderer.h"
#include "documents/FormTemplateRepository.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {
using Kind = FormTemplate::Kind;

// A value for every placeholder, each one recognisable in the output.
QMap<QString, QString> everyValue()
{
    QMap<QString, QString> values;
    for (const QString& name : FormTemplate::placeholders())
        values.insert(name, QStringLiteral("VALUE-OF-") + name);
    values.insert(QStringLiteral("services.table"),
                  QStringLiteral("<table id=\"services\"><tr><td>服药训练</td></tr></table>"));
    return values;
}

qint64 count(Database& db, const char* sql)
{
    return db.queryInt(sql);
}
} // namespace

class TestFormTemplates : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;

    FormTemplateRepository repo() { return FormTemplateRepository(m_store.journal()); }
    const Actor& supervisor() { return m_store.ws().actor(); }

private Q_SLOTS:
    void init() { m_store.open(kMondayMorning); }
    void cleanup() { m_store.close(); }

    void everyShippedTemplateRendersWithEveryPlaceholderItUses_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("language");
        for (Kind k : FormTemplate::kinds())
            for (const QString& language : FormTemplate::languages())
                QTest::newRow(qPrintable(FormTemplate::kindKey(k) + QLatin1Char('.') + language))
                    << k << language;
    }
    void everyShippedTemplateRendersWithEveryPlaceholderItUses()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, language);
        const std::optional<QString> body = FormTemplateRepository::shippedBody(kind, language);
        QVERIFY(body);
        QVERIFY(FormTemplateRenderer::validate(kind, *body).ok());
        const Result<QStringList> used = FormTemplateRenderer::placeholdersIn(*body);
        QVERIFY(used.ok());
        // Both languages of a kind ask for the same data.
        const std::optional<QString> other = FormTemplateRepository::shippedBody(
            kind, language == u"en" ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        QVERIFY(other);
        QStringList a = used.value(), b = FormTemplateRenderer::placeholdersIn(*other).value();
        a.sort();
        b.sort();
        QCOMPARE(a, b);

        const Result<QString> html = FormTemplateRenderer::render(*body, everyValue());
        QVERIFY2(html.ok(), qPrintable(html.ok() ? QString() : html.error().message));
        QVERIFY(!html.value().contains(QLatin1String("{{")));
        QVERIFY(!html.value().contains(QLatin1String("}}")));
        for (const QString& name : used.value())
            if (!FormTemplate::isPreRendered(name))
                QVERIFY2(html.value().contains(QStringLiteral("VALUE-OF-") + name), qPrintable(name));
        if (kind == Kind::Agreement)
            QVERIFY(html.value().contains(QLatin1String("<table id=\"services\">")));
        // The privacy notice: separate consent for sensitive data and the guardian clause.
        if (kind == Kind::Consent)
            QVERIFY(used.value().contains(QLatin1String("retention.years")));
    }

    // A Chinese agreement signed while the window is in English reads 父母 and 2026年11月23日, not
    // "Parent" and "23 Nov 2026": the values are written in the document's language by the model.
    void documentValuesAreInTheDocumentsLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // the window's language
        QCOMPARE(ClientVocabulary::relationName(QStringLiteral("parent")), QStringLiteral("Parent"));

        DocumentValues v;
        v.version = 1;
        v.client.name = QStringLiteral("王强");
        v.client.birthDate = QDate(1990, 3, 5);
        v.guardian = Guardian{{}, QStringLiteral("王建国"), QStringLiteral("parent"), {}, {}, true, true};
        v.lines = {{QStringLiteral("k"), QStringLiteral("日间康复训练"), QStringLiteral("次"), 3000,
                    QStringLiteral("每周2次")}};
        v.termStart = QDate(2026, 11, 23);
        v.termEnd = QDate(2027, 11, 22);
        v.signedOn = QDate(2026, 11, 23);

        v.language = QStringLiteral("zh_CN");
        const std::optional<QString> zhBody =
            FormTemplateRepository::shippedBody(Kind::Agreement, v.language);
        QVERIFY(zhBody);
        const Result<QString> zh = FormTemplateRenderer::render(*zhBody, v.toMap());
        QVERIFY(zh.ok());
        QVERIFY2(zh.value().contains(QStringLiteral("与乙方关系：父母")), qPrintable(zh.value()));
        QVERIFY(!zh.value().contains(QLatin1String("Parent")));
        QVERIFY(zh.value().contains(QStringLiteral("2026年11月23日")));
        QVERIFY(zh.value().contains(QStringLiteral("<th>服务项目</th>")));

        v.language = QStringLiteral("en");
        v.guardian->relation = QStringLiteral("committee");
        const QMap<QString, QString> en = v.toMap();
        QCOMPARE(en.value(QStringLiteral("guardian.relation")),
                 QStringLiteral("Village or residents' committee"));
        QCOMPARE(en.value(QStringLiteral("term.start")), QStringLiteral("23 Nov 2026"));
        QVERIFY(en.value(QStringLiteral("services.table")).contains(QLatin1String("<th>Service</th>")));

        // Every relation has its own Chinese word: none falls back to English or to 其他 by accident.
        QSet<QString> words;
        for (const QString& key : ClientVocabulary::relationKeys()) {
            const QString word = ClientVocabulary::relationName(key, QStringLiteral("zh_CN"));
            QVERIFY2(!word.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))), qPrintable(key));
            words.insert(word);
        }
        QCOMPARE(words.size(), ClientVocabulary::relationKeys().size());
        QLocale::setDefault(before);
    }

    void everyPlaceholderIsDescribed()
    {
        for (const QString& name : FormTemplate::placeholders())
            QVERIFY2(!FormTemplate::describe(name).isEmpty(), qPrintable(name));
        QVERIFY(FormTemplate::describe(QStringLiteral("client.nmae")).isEmpty());
    }

    void valuesAreEscapedButTheServicesTableIsNot()
    {
        QMap<QString, QString> values = everyValue();
        values.insert(QStringLiteral("client.name"), QStringLiteral("<b>王</b> & \"co\""));
        const Result<QString> html = FormTemplateRenderer::render(
            QStringLiteral("<p>{{client.name}}</p>{{ services.table }}"), values);
        QVERIFY(html.ok());
        QCOMPARE(html.value(), QStringLiteral("<p>&lt;b&gt;王&lt;/b&gt; &amp; &quot;co&quot;</p>"
                                              "<table id=\"services\"><tr><td>服药训练</td></tr></table>"));
    }

    void unknownPlaceholderIsRefusedByName()
    {
        const Result<QString> html =
            FormTemplateRenderer::render(QStringLiteral("Dear {{client.nmae}},"), everyValue());
        QVERIFY(!html.ok());
        QCOMPARE(html.error().code, int(FormTemplateRenderer::UnknownPlaceholder));
        QCOMPARE(html.error().field, QStringLiteral("client.nmae"));
        QVERIFY(html.error().message.contains(QLatin1String("{{client.nmae}}")));
    }

    void missingValuesAreNamed()
    {
        QMap<QString, QString> values = everyValue();
        values.remove(QStringLiteral("term.end"));
        values.remove(QStringLiteral("guardian.name"));
        const Result<QString> html = FormTemplateRenderer::render(
            QStringLiteral("{{term.start}}–{{term.end}} {{guardian.name}} {{term.end}}"), values);
        QVERIFY(!html.ok());
        QCOMPARE(html.error().code, int(FormTemplateRenderer::MissingValue));
        QCOMPARE(html.error().field, QStringLiteral("term.end"));
        QVERIFY(html.error().message.contains(QLatin1String("{{term.end}}")));
        QVERIFY(html.error().message.contains(QLatin1String("{{guardian.name}}")));
        // An empty value is a value: an adult client without a guardian.
        values.insert(QStringLiteral("term.end"), {});
        values.insert(QStringLiteral("guardian.name"), {});
        QCOMPARE(FormTemplateRenderer::render(QStringLiteral("[{{guardian.name}}]"), values).value(),
                 QStringLiteral("[]"));
    }

    void unbalancedBracesAreRefused_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("unclosed") << QStringLiteral("{{client.name} and more");
        QTest::newRow("unopened") << QStringLiteral("client.name}} and more");
        QTest::newRow("nested") << QStringLiteral("{{client.{{name}}}}");
    }
    void unbalancedBracesAreRefused()
    {
        QFETCH(QString, body);
        const Result<QString> html = FormTemplateRenderer::render(body, everyValue());
        QVERIFY(!html.ok());
        QCOMPARE(html.error().code, int(FormTemplateRenderer::Unbalanced));
        // Single braces (CSS in a <style>) are ordinary text.
        QVERIFY(FormTemplateRenderer::render(QStringLiteral("p { margin: 0 }"), {}).ok());
    }

    void validationNeedsWhatEachKindRequires()
    {
        QString agreement = *FormTemplateRepository::shippedBody(Kind::Agreement, QStringLiteral("en"));
        agreement.replace(QLatin1String("{{services.table}}"), QString());
        Result<void> r = FormTemplateRenderer::validate(Kind::Agreement, agreement);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(FormTemplateRenderer::MissingRequired));
        QCOMPARE(r.error().field, QStringLiteral("services.table"));
        // The same text is a fine consent body as far as placeholders go, except for the retention.
        r = FormTemplateRenderer::validate(Kind::Consent, agreement);
        QCOMPARE(r.error().field, QStringLiteral("retention.years"));

        const QString huge =
            QStringLiteral("{{centre.name}}{{client.name}}{{retention.years}}{{signing.date}}") +
            QString(FormTemplate::kMaxBodyBytes, QLatin1Char('x'));
        QCOMPARE(FormTemplateRenderer::validate(Kind::Consent, huge).error().code,
                 int(FormTemplateRenderer::TooLarge));
    }

    void shippedTextIsVersionOneWithoutAnyRow()
    {
        const Result<FormTemplate> t = repo().current(Kind::Consent, QStringLiteral("zh_CN"));
        QVERIFY(t.ok());
        QCOMPARE(t.value().version, 1);
        QVERIFY(t.value().isShipped());
        QVERIFY(t.value().body.contains(QStringLiteral("知情同意书")));
        QCOMPARE(repo().versions(Kind::Consent, QStringLiteral("zh_CN")).size(), 1);
        QCOMPARE(count(m_store.db(), "SELECT count(*) FROM form_templates"), 0);
        QCOMPARE(repo().current(Kind::Consent, QStringLiteral("fr")).error().code,
                 int(FormTemplateRepository::NotFound));
    }

    void aNewVersionLeavesOldVersionsUntouched()
    {
        const QString language = QStringLiteral("en");
        const QString shipped = *FormTemplateRepository::shippedBody(Kind::Agreement, language);
        const QString edited = shipped + QStringLiteral("<p>Parking is free for visitors.</p>");
        QCOMPARE(repo().saveNewVersion(supervisor(), Kind::Agreement, language, edited).value(), 2);

        // A document signed on version 1 still finds its words.
        const std::optional<FormTemplate> v1 = repo().version(Kind::Agreement, language, 1);
        QVERIFY(v1);
        QCOMPARE(v1->body, shipped);
        QCOMPARE(v1->createdBy, FormTemplate::kShippedBy);
        QVERIFY(v1->createdAt.isValid()); // now stored
        const Result<FormTemplate> now = repo().current(Kind::Agreement, language);
        QCOMPARE(now.value().version, 2);
        QCOMPARE(now.value().body, edited);
        QCOMPARE(now.value().createdBy, supervisor().username);

        const QString again = edited + QStringLiteral("<p>Bring your medical insurance card.</p>");
        QCOMPARE(repo().saveNewVersion(supervisor(), Kind::Agreement, language, again).value(), 3);
        QCOMPARE(repo().version(Kind::Agreement, language, 2)->body, edited);
        QCOMPARE(repo().version(Kind::Agreement, language, 1)->body, shipped);
        QList<int> numbers;
        for (const FormTemplate& t : repo().versions(Kind::Agreement, language))
            numbers << t.version;
        QCOMPARE(numbers, (QList<int>{3, 2, 1}));
        // Other kinds and languages are untouched.
        QCOMPARE(repo().current(Kind::Agreement, QStringLiteral("zh_CN")).value().version, 1);
        QCOMPARE(repo().current(Kind::Consent, language).value().version, 1);
        QVERIFY(!repo().version(Kind::Agreement, language, 4));

        // Saving the same text again makes no version.
        const Result<int> same = repo().saveNewVersion(supervisor(), Kind::Agreement, language, again);
        QCOMPARE(same.error().code, int(FormTemplateRepository::Invalid));
        QCOMPARE(count(m_store.db(), "SELECT count(*) FROM form_templates"), 3);
    }

    void anInvalidBodyIsNotSaved()
    {
        const Result<int> r = repo().saveNewVersion(supervisor(), Kind::Consent, QStringLiteral("zh_CN"),
                                                    QStringLiteral("{{client.name}} {{foo.bar}}"));
        QCOMPARE(r.error().code, int(FormTemplateRenderer::UnknownPlaceholder));
        QCOMPARE(r.error().field, QStringLiteral("foo.bar"));
        QCOMPARE(count(m_store.db(), "SELECT count(*) FROM form_templates"), 0);
    }

    void aCaseManagerMayNotChangeTemplates()
    {
        const Actor manager =
            addAccount(m_store.ws(), QStringLiteral("li.na"), QStringLiteral("李娜"), Role::CaseManager);
        const QString body = *FormTemplateRepository::shippedBody(Kind::Consent, QStringLiteral("zh_CN"));
        const Result<int> r = repo().saveNewVersion(manager, Kind::Consent, QStringLiteral("zh_CN"),
                                                    body + QStringLiteral("<p/>"));
        QCOMPARE(r.error().code, int(FormTemplateRepository::NotPermitted));
        QCOMPARE(count(m_store.db(), "SELECT count(*) FROM form_templates"), 0);
    }

    void savingIsAuditedAndSynced()
    {
        const QString body = *FormTemplateRepository::shippedBody(Kind::Consent, QStringLiteral("zh_CN"));
        QVERIFY(repo()
                    .saveNewVersion(supervisor(), Kind::Consent, QStringLiteral("zh_CN"),
                                    body + QStringLiteral("<p>补充条款。</p>"))
                    .ok());
        // Two rows: the shipped text, stored as version 1, and the edit.
        QCOMPARE(count(m_store.db(), "SELECT count(*) FROM audit_log WHERE entity = 'form_template' "
                                     "AND action = 'create'"),
                 2);
        Statement s =
            m_store.db().prepare("SELECT DISTINCT actor FROM audit_log WHERE entity = 'form_template'");
        QVERIFY(s.step());
        QCOMPARE(s.text(0), supervisor().username);
        QVERIFY(!s.step());
        QCOMPARE(count(m_store.db(), "SELECT count(*) FROM outbox WHERE entity = 'form_template'"), 2);
    }
};

QTEST_GUILESS_MAIN(TestFormTemplates)
#include "TestFormTemplates.moc"
