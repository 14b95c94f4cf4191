#include "SignedDocumentSamples.h"

#include "centre/CentreSettings.h"
#include "documents/ServiceGate.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

class TestServiceGate : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;
    Actor m_caseManager;
    QString m_itemKey;
    QString m_client;

    Database& db() { return m_store.db(); }
    Journal& journal() { return m_store.journal(); }
    const Actor& supervisor() { return m_store.ws().actor(); }
    QDate today() const { return m_store.today(); }

    QString sign(const SignedDocument& d) { return signedOk(journal(), m_caseManager, d); }

    const QString noConsent = QStringLiteral("No signed consent form in force on 2026-11-23.");
    const QString noAgreement = QStringLiteral("No service agreement in force on 2026-11-23.");

private Q_SLOTS:
    void init()
    {
        m_store.open(kMondayMorning);
        m_caseManager =
            addAccount(m_store.ws(), QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::CaseManager);
        m_itemKey = addDayTraining(journal(), supervisor());
        m_client =
            CaseDriver(m_store.ws())
                .apply(samplePerson(QStringLiteral("王强")), hospitalApplication(today().addDays(-10)));
    }
    void cleanup() { m_store.close(); }

    void blocksNamingWhatIsMissing()
    {
        QCOMPARE(today(), QDate(2026, 11, 23));
        const auto block = CentreSettings::GateMode::Block;
        Result<QStringList> r = ServiceGate::check(db(), m_client, today(), block);
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(ServiceGate::Missing));
        QCOMPARE(r.error().field, QStringLiteral("consent"));
        QCOMPARE(r.error().message, noConsent + QLatin1Char('\n') + noAgreement);

        sign(sampleConsent(m_client, today()));
        r = ServiceGate::check(db(), m_client, today(), block);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("agreement"));
        QCOMPARE(r.error().message, noAgreement);

        sign(sampleAgreement(m_client, today(), m_itemKey));
        r = ServiceGate::check(db(), m_client, today(), block);
        KQ_VERIFY_OK(r);
        QVERIFY(r.value().isEmpty());
        // Not before the documents take effect.
        QVERIFY(!ServiceGate::check(db(), m_client, today().addDays(-1), block));
    }

    void warnsInWarnMode()
    {
        const auto warn = CentreSettings::GateMode::Warn;
        Result<QStringList> r = ServiceGate::check(db(), m_client, today(), warn);
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value(), (QStringList{noConsent, noAgreement}));
        sign(sampleAgreement(m_client, today(), m_itemKey));
        QCOMPARE(ServiceGate::check(db(), m_client, today(), warn).value(), QStringList{noConsent});
    }

    void followsRevocationAndExpiry()
    {
        const QDate from = today().addDays(-100);
        const QString consent = sign(sampleConsent(m_client, from));
        SignedDocument agreement = sampleAgreement(m_client, from, m_itemKey);
        agreement.validUntil = today();
        sign(agreement);
        KQ_VERIFY_OK(ServiceGate::check(db(), m_client, today()));
        QCOMPARE(ServiceGate::check(db(), m_client, today().addDays(1)).error().message,
                 QStringLiteral("No service agreement in force on 2026-11-24."));

        KQ_VERIFY_OK(SignedDocumentRepository(journal()).revoke(m_caseManager, consent, today(),
                                                                QStringLiteral("本人撤回同意")));
        KQ_VERIFY_OK(ServiceGate::check(db(), m_client, today().addDays(-1)));
        QCOMPARE(ServiceGate::check(db(), m_client, today()).error().message, noConsent);
    }

    void theSettingChoosesTheMode()
    {
        QCOMPARE(CentreSettings::load(db()).serviceGate(), CentreSettings::GateMode::Block);
        QVERIFY(!ServiceGate::check(db(), m_client, today()));

        CentreSettings settings = CentreSettings::load(db());
        QCOMPARE(
            settings.setServiceGate(journal(), m_caseManager, CentreSettings::GateMode::Warn).error().code,
            int(CentreSettings::NotPermitted));
        QCOMPARE(CentreSettings::load(db()).serviceGate(), CentreSettings::GateMode::Block);

        const Actor admin =
            addAccount(m_store.ws(), QStringLiteral("sun.li"), QStringLiteral("孙立"), Role::Administrator);
        KQ_VERIFY_OK(settings.setServiceGate(journal(), admin, CentreSettings::GateMode::Warn));
        QCOMPARE(settings.serviceGate(), CentreSettings::GateMode::Warn);
        QCOMPARE(CentreSettings::stored(db(), CentreSettings::kServiceGateKey), QStringLiteral("warn"));
        QCOMPARE(CentreSettings::load(db()).serviceGate(), CentreSettings::GateMode::Warn);
        QCOMPARE(ServiceGate::check(db(), m_client, today()).value().size(), 2);

        Statement audit = db().prepare(
            "SELECT COUNT(*) FROM audit_log WHERE entity = 'setting' AND entity_id = 'service_gate'");
        QVERIFY(audit.step());
        QCOMPARE(audit.int64(0), qint64(1));
        KQ_VERIFY_OK(settings.setServiceGate(journal(), admin, CentreSettings::GateMode::Warn)); // no change
        audit.reset();
        QVERIFY(audit.step());
        QCOMPARE(audit.int64(0), qint64(1));

        // A value the program does not know reads as the safe default.
        Statement u = db().prepare("UPDATE settings SET value = 'off' WHERE key = 'service_gate'");
        u.exec();
        QCOMPARE(CentreSettings::load(db()).serviceGate(), CentreSettings::GateMode::Block);
    }
};

QTEST_GUILESS_MAIN(TestServiceGate)
#include "TestServiceGate.moc"
