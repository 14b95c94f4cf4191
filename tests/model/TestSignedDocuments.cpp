#include "SignedDocumentSamples.h"

#include "documents/FormTemplateRepository.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace kq;
using namespace kq::test;

class TestSignedDocuments : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;
    Actor m_frontDesk;
    Actor m_caseManager;
    QString m_itemKey;
    QString m_client;

    Database& db() { return m_store.db(); }
    Journal& journal() { return m_store.journal(); }
    SignedDocumentRepository docs() { return SignedDocumentRepository(journal()); }
    const Actor& supervisor() { return m_store.ws().actor(); }
    QDate today() const { return m_store.today(); }

    QString sign(const SignedDocument& d) { return signedOk(journal(), m_caseManager, d); }

    qint64 count(const char* sql, const QString& arg = {})
    {
        Statement s = db().prepare(sql);
        if (!arg.isNull())
            s.bind(1, arg);
        return s.step() ? s.int64(0) : -1;
    }

    // The refusal of `d`: its code and field; fails the test if it was signed.
    Error refusal(const SignedDocument& d, const Actor* actor = nullptr)
    {
        const Result<QString> r = docs().sign(actor ? *actor : m_caseManager, d);
        if (r)
            return Error{QStringLiteral("signed"), QStringLiteral("-"), -1};
        return r.error();
    }

private Q_SLOTS:
    void init()
    {
        m_store.open(kMondayMorning);
        m_frontDesk =
            addAccount(m_store.ws(), QStringLiteral("li.na"), QStringLiteral("李娜"), Role::FrontDesk);
        m_caseManager =
            addAccount(m_store.ws(), QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::CaseManager);
        m_itemKey = addDayTraining(journal(), supervisor());
        m_client =
            CaseDriver(m_store.ws())
                .apply(samplePerson(QStringLiteral("王强")), hospitalApplication(today().addDays(-10)));
    }
    void cleanup() { m_store.close(); }

    void signsAndLoadsTheWholeDocument()
    {
        SignedDocument d = sampleAgreement(m_client, today(), m_itemKey);
        d.images[SignedDocument::kClient].mime = QStringLiteral("text/plain"); // the bytes decide
        const QString id = sign(d);

        const Result<SignedDocument> loaded = docs().load(m_caseManager, id);
        KQ_VERIFY_OK(loaded);
        const SignedDocument& s = loaded.value();
        QCOMPARE(s.clientId, m_client);
        QCOMPARE(s.kind, FormTemplate::Kind::Agreement);
        QCOMPARE(s.templateVersion, 1);
        QCOMPARE(s.signedOn, today());
        QCOMPARE(s.validUntil, today().addYears(1).addDays(-1));
        QCOMPARE(s.signers.size(), 2);
        QCOMPARE(s.signers[1].name, QStringLiteral("王丽"));
        QCOMPARE(s.pdf, samplePdf());
        QCOMPARE(s.sha256, SignedDocumentRepository::sha256Hex(samplePdf()));
        QCOMPARE(s.sha256.size(), 64);
        QCOMPARE(s.images.size(), 2);
        QCOMPARE(s.images[SignedDocument::kClient].mime, QStringLiteral("image/png"));
        QCOMPARE(s.images[SignedDocument::kStaff].bytes, samplePng("staff"));
        QCOMPARE(s.createdBy, m_caseManager.username);
        QVERIFY(!s.isRevoked());
        QCOMPARE(docs().verify(id).value(), true);

        // The outbox carries the document whole for the centre's other workstations: the PDF and
        // the signatures as base64 text (the wire has scalars only), the hash to check the PDF by.
        Statement o = db().prepare("SELECT payload FROM outbox WHERE entity = 'signed_document'");
        QVERIFY(o.step());
        const QJsonObject payload = QJsonDocument::fromJson(o.text(0).toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("sha256")).toString(), s.sha256);
        QCOMPARE(QByteArray::fromBase64(payload.value(QStringLiteral("pdf")).toString().toLatin1()),
                 samplePdf());
        QCOMPARE(QByteArray::fromBase64(payload.value(QStringLiteral("image_staff")).toString().toLatin1()),
                 samplePng("staff"));
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'signed_document'"), 1);
    }

    void signingFreezesTheShippedTemplate()
    {
        const char* rows = "SELECT COUNT(*) FROM form_templates WHERE kind = 'consent' AND version = 1";
        QCOMPARE(count(rows), 0);
        sign(sampleConsent(m_client, today()));
        QCOMPARE(count(rows), 1);
        const std::optional<FormTemplate> v1 = FormTemplateRepository(journal()).version(
            FormTemplate::Kind::Consent, QStringLiteral("zh_CN"), 1);
        QVERIFY(v1 && v1->createdAt.isValid());
        QCOMPARE(v1->body,
                 *FormTemplateRepository::shippedBody(FormTemplate::Kind::Consent, QStringLiteral("zh_CN")));
        sign(sampleConsent(m_client, today()));
        QCOMPARE(count(rows), 1); // stored once
    }

    void refusalsNameTheirField_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        const QStringList fields{QStringLiteral("language"),     QStringLiteral("template-version"),
                                 QStringLiteral("signed-on"),    QStringLiteral("signed-on"),
                                 QStringLiteral("valid-from"),   QStringLiteral("valid-until"),
                                 QStringLiteral("valid-until"),  QStringLiteral("signer-client"),
                                 QStringLiteral("signer-staff"), QStringLiteral("signers"),
                                 QStringLiteral("signers"),      QStringLiteral("image-client"),
                                 QStringLiteral("image-staff"),  QStringLiteral("images"),
                                 QStringLiteral("image-scan"),   QStringLiteral("image-scan"),
                                 QStringLiteral("image-client"), QStringLiteral("lines"),
                                 QStringLiteral("lines"),        QStringLiteral("line-1"),
                                 QStringLiteral("line-1"),       QStringLiteral("line-2"),
                                 QStringLiteral("html"),         QStringLiteral("pdf"),
                                 QStringLiteral("pdf"),          QStringLiteral("replaces")};
        for (int i = 0; i < fields.size(); ++i)
            QTest::addRow("%d-%s", i, qPrintable(fields[i])) << i << fields[i];
    }

    void refusalsNameTheirField()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        SignedDocument d = sampleAgreement(m_client, today(), m_itemKey);
        const std::function<void()> mutations[] = {
            [&] { d.language = QStringLiteral("fr"); },
            [&] { d.templateVersion = 2; },
            [&] { d.signedOn = today().addDays(1), d.validFrom = d.signedOn; },
            [&] { d.signedOn = {}; },
            [&] { d.validFrom = today().addDays(-1); },
            [&] { d.validUntil = {}; },
            [&] { d.validUntil = d.validFrom; },
            [&] { d.signers.removeFirst(), d.images.remove(SignedDocument::kClient); },
            [&] { d.signers.removeLast(), d.images.remove(SignedDocument::kStaff); },
            [&] {
                d.signers.append({SignedDocument::kStaff, QStringLiteral("又一位")});
            },
            [&] { d.signers[0].name = QStringLiteral("  "); },
            [&] { d.images.remove(SignedDocument::kClient); },
            [&] { d.images[SignedDocument::kStaff].bytes = QByteArrayLiteral("GIF89a"); },
            [&] {
                d.images[SignedDocument::kGuardian] = {{}, samplePng()};
            },
            [&] { d.onPaper = true; },
            [&] {
                d.onPaper = true;
                d.images[SignedDocument::kScan] = {{}, QByteArrayLiteral("not a scan")};
            },
            [&] {
                d.images[SignedDocument::kClient].bytes =
                    samplePng() + QByteArray(SignedDocument::kMaxImageBytes, 'x');
            },
            [&] { d.lines.clear(); },
            [&] { d.kind = FormTemplate::Kind::Consent; },
            [&] { d.lines[0].itemKey = QStringLiteral("no-such-item"); },
            [&] { d.lines[0].priceFen = 1; },
            [&] { d.lines.append(d.lines[0]); },
            [&] { d.html = QStringLiteral(" "); },
            [&] { d.pdf = QByteArrayLiteral("PDF-1.4 no magic"); },
            [&] { d.pdf = samplePdf() + QByteArray(SignedDocument::kMaxPdfBytes, ' '); },
            [&] { d.replacesId = QStringLiteral("no-such-document"); },
        };
        QCOMPARE(std::size(mutations), std::size_t(26));
        mutations[which]();
        const Error e = refusal(d);
        QCOMPARE(e.field, field);
        QCOMPARE(e.code, int(SignedDocumentRepository::Invalid));
        QCOMPARE(count("SELECT COUNT(*) FROM signed_documents"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM form_templates"), 0); // nothing frozen on a refusal
    }

    void aChildNeedsAGuardian()
    {
        ClientRecord child = samplePerson(QStringLiteral("王小明"));
        child.birthDate = today().addYears(-14).addDays(1); // 14 tomorrow
        Guardian father;
        father.name = QStringLiteral("王大明");
        father.relation = QStringLiteral("parent");
        father.phone = QStringLiteral("13800138000");
        father.legalGuardian = true;
        child.guardians << father;
        const QString id = CaseDriver(m_store.ws()).apply(child, hospitalApplication(today().addDays(-1)));
        SignedDocument d = sampleConsent(id, today());
        QCOMPARE(refusal(d).field, QStringLiteral("signer-guardian"));
        d.signers.append({SignedDocument::kGuardian, QStringLiteral("王大明")});
        QCOMPARE(refusal(d).field, QStringLiteral("image-guardian"));
        d.images[SignedDocument::kGuardian] = {{}, samplePng("guardian")};
        sign(d);
        // From the 14th birthday the client signs alone.
        m_store.clock().set(kMondayMorning.addDays(1));
        sign(sampleConsent(id, today()));
    }

    void paperOriginalsNeedAScan()
    {
        for (const QByteArray& scan : {samplePdf(), samplePng(), QByteArray("\xff\xd8\xff\xe0jfif", 8)}) {
            SignedDocument d = sampleConsent(m_client, today());
            d.onPaper = true;
            d.images.clear(); // no pad signatures for a paper original
            d.images[SignedDocument::kScan] = {{}, scan};
            const QString id = sign(d);
            const SignedDocument s = docs().load(m_caseManager, id).value();
            QVERIFY(s.onPaper);
            QCOMPARE(s.images.keys(), QStringList{SignedDocument::kScan});
            QVERIFY(!s.images[SignedDocument::kScan].mime.isEmpty());
        }
        Statement s = db().prepare("SELECT mime FROM document_images ORDER BY rowid");
        QStringList mimes;
        while (s.step())
            mimes << s.text(0);
        QCOMPARE(mimes, (QStringList{QStringLiteral("application/pdf"), QStringLiteral("image/png"),
                                     QStringLiteral("image/jpeg")}));
    }

    void linesTakeThePriceListsValues()
    {
        SignedDocument d = sampleAgreement(m_client, today(), m_itemKey);
        d.lines[0].name = QStringLiteral("免费午餐"); // name and unit come from the list
        d.lines[0].unit = QStringLiteral("年");
        d.lines[0].frequency = QStringLiteral("  每周3次 ");
        const QString id = sign(d);

        // A later price change reaches neither the stored lines nor the hash.
        KQ_VERIFY_OK(
            PriceListRepository(journal()).changePrice(supervisor(), m_itemKey, 4500, today().addDays(7)));
        m_store.clock().set(kMondayMorning.addDays(10));
        const SignedDocument s = docs().load(m_caseManager, id).value();
        QCOMPARE(s.lines.size(), 1);
        QCOMPARE(s.lines[0].itemKey, m_itemKey);
        QCOMPARE(s.lines[0].name, QStringLiteral("日间康复训练"));
        QCOMPARE(s.lines[0].unit, QStringLiteral("次"));
        QCOMPARE(s.lines[0].priceFen, qint64(3000));
        QCOMPARE(s.lines[0].frequency, QStringLiteral("每周3次"));
        QCOMPARE(docs().verify(id).value(), true);

        // Signed after the change, the old price is a forgery and the new one is right.
        SignedDocument later = sampleAgreement(m_client, today(), m_itemKey);
        const Error e = refusal(later);
        QCOMPARE(e.field, QStringLiteral("line-1"));
        QVERIFY2(e.message.contains(QStringLiteral("45.00")), qPrintable(e.message));
        later.lines[0].priceFen = 4500;
        sign(later);
        // Backdated to before the change, the old price holds.
        sign(sampleAgreement(m_client, today().addDays(-5), m_itemKey));
    }

    void aChangedByteFailsVerification()
    {
        const QString id = sign(sampleConsent(m_client, today()));
        QByteArray pdf = samplePdf();
        pdf[10] = char(pdf[10] ^ 1);
        Statement u = db().prepare("UPDATE signed_documents SET pdf = ? WHERE id = ?");
        u.bindAll(pdf, id);
        u.exec();
        QCOMPARE(docs().verify(id).value(), false);
        QCOMPARE(docs().verify(QStringLiteral("nope")).error().code, int(SignedDocumentRepository::NotFound));
    }

    void exportIsAudited()
    {
        const QString id = sign(sampleConsent(m_client, today()));
        const Result<QByteArray> pdf = docs().exportPdf(m_caseManager, id);
        KQ_VERIFY_OK(pdf);
        QCOMPARE(pdf.value(), samplePdf());
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND entity_id = ?", id), 1);
        // An access event changes nothing, so nothing goes to the outbox.
        QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE entity = 'signed_document'"), 1);
        QCOMPARE(docs().exportPdf(m_frontDesk, id).error().code, int(SignedDocumentRepository::NotPermitted));
        QCOMPARE(docs().exportPdf(m_caseManager, QStringLiteral("nope")).error().code,
                 int(SignedDocumentRepository::NotFound));
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'export'"), 1);
    }

    void printingIsAudited()
    {
        const QString id = sign(sampleConsent(m_client, today()));
        KQ_VERIFY_OK(docs().recordPrinted(m_caseManager, id));
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'print' AND entity_id = ?", id), 1);
        QCOMPARE(docs().recordPrinted(m_frontDesk, id).error().code,
                 int(SignedDocumentRepository::NotPermitted));
        QCOMPARE(docs().recordPrinted(m_caseManager, QStringLiteral("nope")).error().code,
                 int(SignedDocumentRepository::NotFound));
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'print'"), 1);
    }

    void revocation()
    {
        const QString id = sign(sampleConsent(m_client, today().addDays(-20)));
        auto revoke = [&](const QDate& on, const QString& reason) {
            return docs().revoke(m_caseManager, id, on, reason);
        };
        QCOMPARE(revoke(today(), QStringLiteral(" ")).error().field, QStringLiteral("reason"));
        QCOMPARE(
            revoke(today(), QString(SignedDocument::kMaxReasonLength + 1, QLatin1Char('x'))).error().field,
            QStringLiteral("reason"));
        QCOMPARE(revoke(today().addDays(1), QStringLiteral("本人撤回")).error().field,
                 QStringLiteral("revoked-on"));
        QCOMPARE(revoke(today().addDays(-21), QStringLiteral("本人撤回")).error().field,
                 QStringLiteral("revoked-on"));
        QCOMPARE(docs().revoke(m_frontDesk, id, today(), QStringLiteral("本人撤回")).error().code,
                 int(SignedDocumentRepository::NotPermitted));
        QCOMPARE(
            docs().revoke(m_caseManager, QStringLiteral("nope"), today(), QStringLiteral("x")).error().code,
            int(SignedDocumentRepository::NotFound));

        KQ_VERIFY_OK(revoke(today().addDays(-2), QStringLiteral(" 本人撤回 ")));
        const SignedDocument s = docs().load(m_caseManager, id).value();
        QCOMPARE(s.revokedOn, today().addDays(-2));
        QCOMPARE(s.revokedReason, QStringLiteral("本人撤回"));
        QCOMPARE(s.revokedBy, m_caseManager.username);
        QCOMPARE(revoke(today(), QStringLiteral("again")).error().code,
                 int(SignedDocumentRepository::AlreadyRevoked));
        QCOMPARE(docs().verify(id).value(), true); // revocation leaves the signed bytes alone

        // In force up to the day before the revocation.
        const auto consent = FormTemplate::Kind::Consent;
        QVERIFY(docs().inForce(m_client, consent, today().addDays(-3)));
        QVERIFY(!docs().inForce(m_client, consent, today().addDays(-2)));
        QVERIFY(!docs().inForce(m_client, consent, today()));
        QCOMPARE(
            count("SELECT COUNT(*) FROM audit_log WHERE entity = 'signed_document' AND action = 'revoke'"),
            1);
    }

    void inForceAtTheBoundariesOfTheTerm()
    {
        const QDate from = today().addDays(-30);
        SignedDocument d = sampleAgreement(m_client, from, m_itemKey);
        const QString first = sign(d);
        const auto agreement = FormTemplate::Kind::Agreement;
        const QDate until = d.validUntil;
        QVERIFY(!docs().inForce(m_client, agreement, from.addDays(-1)));
        QCOMPARE(docs().inForce(m_client, agreement, from)->id, first);
        QCOMPARE(docs().inForce(m_client, agreement, until)->id, first);
        QVERIFY(!docs().inForce(m_client, agreement, until.addDays(1)));
        QVERIFY(!docs().inForce(m_client, FormTemplate::Kind::Consent, from));
        QVERIFY(docs().inForce(m_client, agreement, from)->pdf.isEmpty()); // lists carry no bytes

        // A later signing wins where both are in force.
        SignedDocument renewal = sampleAgreement(m_client, today(), m_itemKey);
        renewal.replacesId = first;
        const QString second = sign(renewal);
        QCOMPARE(docs().inForce(m_client, agreement, from)->id, first);
        QCOMPARE(docs().inForce(m_client, agreement, today())->id, second);
        QCOMPARE(docs().load(m_caseManager, second).value().replacesId, first);
        QCOMPARE(refusal(renewal).field, QStringLiteral("replaces")); // renewed once only

        // A consent is in force until revoked.
        sign(sampleConsent(m_client, from));
        QVERIFY(docs().inForce(m_client, FormTemplate::Kind::Consent, from.addYears(20)));

        SignedDocument other = sampleConsent(m_client, today());
        other.replacesId = first; // not of the same kind
        QCOMPARE(refusal(other).field, QStringLiteral("replaces"));
    }

    void expiringAgreementsAtTheWindowsEdges()
    {
        const QDate signedOn = today().addDays(-300);
        auto endingOn = [&](const QDate& last) {
            SignedDocument d = sampleAgreement(m_client, signedOn, m_itemKey);
            d.validUntil = last;
            return sign(d);
        };
        const QString endsToday = endingOn(today());
        const QString endsIn30 = endingOn(today().addDays(30));
        endingOn(today().addDays(31));
        endingOn(today().addDays(-1)); // already over: not on the reminder list
        const QString revoked = endingOn(today().addDays(10));
        KQ_VERIFY_OK(docs().revoke(m_caseManager, revoked, today(), QStringLiteral("停止服务")));
        const QString renewed = endingOn(today().addDays(5));
        SignedDocument renewal = sampleAgreement(m_client, today(), m_itemKey);
        renewal.replacesId = renewed;
        sign(renewal);
        sign(sampleConsent(m_client, signedOn)); // consents never expire

        auto ids = [&](int days) {
            QStringList list;
            for (const SignedDocument& d : docs().expiringWithin(days, today()))
                list << d.id;
            return list;
        };
        QCOMPARE(ids(30), (QStringList{endsToday, endsIn30}));
        QCOMPARE(ids(29), QStringList{endsToday});
        QCOMPARE(ids(0), QStringList{endsToday});
    }

    void listIsNewestFirstWithoutBytes()
    {
        const QString older = sign(sampleConsent(m_client, today().addDays(-5)));
        const QString newer = sign(sampleAgreement(m_client, today(), m_itemKey));
        const Result<QList<SignedDocument>> list = docs().list(m_caseManager, m_client);
        KQ_VERIFY_OK(list);
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value()[0].id, newer);
        QCOMPARE(list.value()[1].id, older);
        QVERIFY(list.value()[0].pdf.isEmpty() && list.value()[0].images.isEmpty());
        QVERIFY(!list.value()[0].sha256.isEmpty());
        QCOMPARE(list.value()[0].lines.size(), 1);
    }

    void permissions()
    {
        const QString id = sign(sampleConsent(m_client, today()));
        const Error e = refusal(sampleConsent(m_client, today()), &m_frontDesk);
        QCOMPARE(e.code, int(SignedDocumentRepository::NotPermitted));
        QCOMPARE(docs().load(m_frontDesk, id).error().code, int(SignedDocumentRepository::NotPermitted));
        QCOMPARE(docs().list(m_frontDesk, m_client).error().code,
                 int(SignedDocumentRepository::NotPermitted));
        const Actor admin =
            addAccount(m_store.ws(), QStringLiteral("sun.li"), QStringLiteral("孙立"), Role::Administrator);
        QCOMPARE(refusal(sampleConsent(m_client, today()), &admin).code,
                 int(SignedDocumentRepository::NotPermitted));
        QCOMPARE(docs().load(m_caseManager, QStringLiteral("nope")).error().code,
                 int(SignedDocumentRepository::NotFound));
    }

    void clientMustExistAndBeWritable()
    {
        QCOMPARE(refusal(sampleConsent(QStringLiteral("no-such-client"), today())).field,
                 QStringLiteral("client"));
        const QString id = sign(sampleConsent(m_client, today()));
        Statement u = db().prepare("UPDATE clients SET status = 'transferred_out' WHERE id = ?");
        u.bind(1, m_client);
        u.exec();
        QCOMPARE(refusal(sampleConsent(m_client, today())).code, int(SignedDocumentRepository::ReadOnly));
        QCOMPARE(docs().revoke(m_caseManager, id, today(), QStringLiteral("x")).error().code,
                 int(SignedDocumentRepository::ReadOnly));
    }
};

QTEST_GUILESS_MAIN(TestSignedDocuments)
#include "TestSignedDocuments.moc"
