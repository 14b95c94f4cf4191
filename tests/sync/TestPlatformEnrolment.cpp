#include "PlatformClient.h"
#include "PlatformProcess.h"

#include "protocol/Enrolment.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

// Enrolment, tokens and the operator's admin commands, against the real server process.
class TestPlatformEnrolment : public QObject {
    Q_OBJECT

    PlatformProcess m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.addCentre(QStringLiteral("A"), QStringLiteral("天河康桥家园")));
        QVERIFY(m_server.addCentre(QStringLiteral("B"), QStringLiteral("海珠康桥家园")));
        QVERIFY2(m_server.start(), qPrintable(m_server.log()));
    }

    void enrolsWithAOneTimeCode()
    {
        PlatformClient c(m_server.url());
        const QString code = m_server.issueCode(QStringLiteral("A"));
        QCOMPARE(code.size(), 14); // XXXX-XXXX-XXXX
        const HttpResult r = c.enrol(QStringLiteral("A"), code);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.protocolHeader, QByteArrayLiteral("1"));
        const Result<sync::Enrolment> e = sync::Enrolment::fromJson(r.json);
        QVERIFY2(e, qPrintable(e ? QString() : e.error().describe()));
        QCOMPARE(e.value().centreCode, QStringLiteral("A"));
        QCOMPARE(e.value().centreName, QStringLiteral("天河康桥家园"));
        QCOMPARE(e.value().grant.token.size(), 43);
        QVERIFY(e.value().grant.expiresAt > QDateTime::currentDateTimeUtc().addDays(29));
        QCOMPARE(c.pull().status, 200); // the token works
    }

    void codeIsCaseAndDashInsensitive()
    {
        PlatformClient c(m_server.url());
        const QString code = m_server.issueCode(QStringLiteral("A")).toLower().remove(u'-');
        QCOMPARE(c.enrol(QStringLiteral("A"), code).status, 201);
    }

    void usedCodeIsRefused()
    {
        const QString code = m_server.issueCode(QStringLiteral("A"));
        PlatformClient first(m_server.url()), second(m_server.url());
        QCOMPARE(first.enrol(QStringLiteral("A"), code).status, 201);
        const HttpResult again = second.enrol(QStringLiteral("A"), code);
        QCOMPARE(again.status, 403);
        QCOMPARE(again.code(), QStringLiteral("invalid_enrolment"));
    }

    void codeOfAnotherCentreIsRefusedAndStaysUsable()
    {
        const QString code = m_server.issueCode(QStringLiteral("A"));
        PlatformClient c(m_server.url());
        const HttpResult wrong = c.enrol(QStringLiteral("B"), code);
        QCOMPARE(wrong.status, 403);
        QCOMPARE(wrong.code(), QStringLiteral("invalid_enrolment"));
        QCOMPARE(c.enrol(QStringLiteral("A"), code).status, 201);
    }

    void unknownCodeAndUnknownCentreGetTheSameAnswer()
    {
        PlatformClient c(m_server.url());
        const HttpResult unknownCode = c.enrol(QStringLiteral("A"), QStringLiteral("AAAA-BBBB-CCCC"));
        const HttpResult unknownCentre =
            c.enrol(QStringLiteral("Z"), m_server.issueCode(QStringLiteral("A")));
        QCOMPARE(unknownCode.status, 403);
        QCOMPARE(unknownCentre.status, 403);
        QCOMPARE(unknownCode.body, unknownCentre.body); // nothing to tell them apart
    }

    void malformedEnrolmentNamesTheField()
    {
        PlatformClient c(m_server.url());
        const HttpResult r = c.post(QStringLiteral("/v1/enrol"),
                                    QJsonObject{{QStringLiteral("centre_code"), QStringLiteral("A")},
                                                {QStringLiteral("enrolment_code"), 5}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("invalid_request"));
        QCOMPARE(r.field(), QStringLiteral("enrolment_code"));
    }

    void rotationIssuesANewTokenAndRetiresTheOld()
    {
        PlatformClient c(m_server.url());
        QCOMPARE(c.enrol(QStringLiteral("A"), m_server.issueCode(QStringLiteral("A"))).status, 201);
        const QString old = c.token();
        const HttpResult r = c.send("POST", QStringLiteral("/v1/token"));
        QCOMPARE(r.status, 200);
        const QString fresh = r.json.value(QStringLiteral("token")).toString();
        QVERIFY(fresh.size() >= 43);
        QVERIFY(fresh != old);
        QCOMPARE(c.pull().status, 401); // still the old one
        QCOMPARE(c.pull().code(), QStringLiteral("unauthorized"));
        c.setToken(fresh);
        QCOMPARE(c.pull().status, 200);
    }

    void requestWithoutTokenIsUnauthorized()
    {
        PlatformClient c(m_server.url());
        const HttpResult r = c.pull();
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("unauthorized"));
        c.setToken(QString(43, u'x'));
        QCOMPARE(c.pull().code(), QStringLiteral("unauthorized"));
        const HttpResult basic =
            c.send("GET", QStringLiteral("/v1/pull"), {}, {{"Authorization", "Basic eDp5"}});
        QCOMPARE(basic.status, 401);
    }

    void revokedDeviceIsTold()
    {
        PlatformClient c(m_server.url());
        const HttpResult e = c.enrol(QStringLiteral("A"), m_server.issueCode(QStringLiteral("A")));
        QVERIFY(m_server.admin({QStringLiteral("revoke-device"), QStringLiteral("--device"), c.deviceId(e)})
                    .ok());
        const HttpResult r = c.pull();
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("token_revoked"));
        QCOMPARE(c.send("POST", QStringLiteral("/v1/token")).code(), QStringLiteral("token_revoked"));
    }

    void expiredTokenIsTold()
    {
        PlatformClient c(m_server.url());
        const HttpResult e = c.enrol(QStringLiteral("A"), m_server.issueCode(QStringLiteral("A")));
        QVERIFY(
            m_server.admin({QStringLiteral("expire-token"), QStringLiteral("--device"), c.deviceId(e)}).ok());
        const HttpResult r = c.pull();
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("token_expired"));
    }

    void devicesAreListedPerCentre()
    {
        PlatformClient c(m_server.url());
        const HttpResult e = c.enrol(QStringLiteral("B"), m_server.issueCode(QStringLiteral("B")),
                                     QStringLiteral("社工站二号机"));
        const PlatformProcess::AdminResult list =
            m_server.admin({QStringLiteral("devices"), QStringLiteral("--centre"), QStringLiteral("B")});
        QVERIFY(list.ok());
        QVERIFY(list.out.contains(c.deviceId(e)));
        QVERIFY(list.out.contains(QStringLiteral("active")));
        QVERIFY(list.out.contains(QStringLiteral("社工站二号机")));
        const PlatformProcess::AdminResult ofA =
            m_server.admin({QStringLiteral("devices"), QStringLiteral("--centre"), QStringLiteral("A")});
        QVERIFY(!ofA.out.contains(c.deviceId(e)));
    }

    void adminErrorsAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("args");
        const auto l = [](std::initializer_list<const char*> a) {
            QStringList out;
            for (const char* s : a)
                out << QString::fromUtf8(s);
            return out;
        };
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << l({"frobnicate"});
        QTest::newRow("duplicate centre") << l({"add-centre", "--code", "A", "--name", "again"});
        QTest::newRow("bad centre code") << l({"add-centre", "--code", "a b", "--name", "x"});
        QTest::newRow("centre without name") << l({"add-centre", "--code", "C"});
        QTest::newRow("code for unknown centre") << l({"issue-code", "--centre", "Z"});
        QTest::newRow("unknown option") << l({"issue-code", "--centre", "A", "--colour", "red"});
        QTest::newRow("option without value") << l({"issue-code", "--centre"});
        QTest::newRow("revoke unknown device") << l({"revoke-device", "--device", "nope"});
        QTest::newRow("expire unknown device") << l({"expire-token", "--device", "nope"});
        QTest::newRow("devices of unknown centre") << l({"devices", "--centre", "Z"});
        QTest::newRow("referral with bad gender")
            << l({"assign-referral", "--centre", "A", "--name", "李四", "--gender", "m", "--birth-date",
                  "1980-01-01", "--county", "440106"});
        QTest::newRow("referral with bad date")
            << l({"assign-referral", "--centre", "A", "--name", "李四", "--gender", "male", "--birth-date",
                  "1980-02-30", "--county", "440106"});
        QTest::newRow("referral with bad county")
            << l({"assign-referral", "--centre", "A", "--name", "李四", "--gender", "male", "--birth-date",
                  "1980-02-03", "--county", "4401"});
        QTest::newRow("referral with bad ID number")
            << l({"assign-referral", "--centre", "A", "--name", "李四", "--gender", "male", "--birth-date",
                  "1980-02-03", "--county", "440106", "--id-number", "12345"});
        QTest::newRow("referral to unknown centre")
            << l({"assign-referral", "--centre", "Z", "--name", "李四", "--gender", "male", "--birth-date",
                  "1980-02-03", "--county", "440106"});
    }

    void adminErrorsAreOneLineAndNonZero()
    {
        QFETCH(QStringList, args);
        const PlatformProcess::AdminResult r = m_server.admin(args);
        QVERIFY(r.exitCode > 0);
        QVERIFY(!r.err.isEmpty());
        QVERIFY2(!r.err.contains(u'\n'), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void adminWithoutDataDirectoryFails()
    {
        QProcess p;
        p.start(PlatformProcess::defaultBinary(), {QStringLiteral("admin"), QStringLiteral("devices")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(!p.readAllStandardError().trimmed().contains('\n'));
    }

    void serverRefusesBadOptionsWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("listen");
        QTest::newRow("plain HTTP on a public address") << QStringList() << QStringLiteral("0.0.0.0:0");
        QTest::newRow("bad listen") << QStringList() << QStringLiteral("localhost");
        QTest::newRow("cert without key")
            << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent")}
            << QStringLiteral("127.0.0.1:0");
        QTest::newRow("missing cert file")
            << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent"),
                           QStringLiteral("--tls-key"), QStringLiteral("/nonexistent")}
            << QStringLiteral("127.0.0.1:0");
        QTest::newRow("probability over 1")
            << QStringList{QStringLiteral("--fault-drop"), QStringLiteral("1.5")}
            << QStringLiteral("127.0.0.1:0");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--verbose"), QStringLiteral("yes")}
                                        << QStringLiteral("127.0.0.1:0");
        QTest::newRow("tiny body limit") << QStringList{QStringLiteral("--max-body"), QStringLiteral("10")}
                                         << QStringLiteral("127.0.0.1:0");
    }

    void serverRefusesBadOptionsWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, listen);
        QProcess p;
        p.start(PlatformProcess::defaultBinary(), QStringList{QStringLiteral("--listen"), listen,
                                                              QStringLiteral("--data"), m_server.dataDir()} +
                                                      args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY(p.exitCode() != 0);
        const QByteArray err = p.readAllStandardError().trimmed();
        QVERIFY(!err.isEmpty());
        QVERIFY2(!err.contains('\n'), err.constData());
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void stopsCleanlyOnSigterm()
    {
        QVERIFY(m_server.stop());
        QVERIFY(m_server.log().contains(QStringLiteral("stopped")));
        QVERIFY(m_server.restart());
        PlatformClient c(m_server.url());
        QCOMPARE(c.enrol(QStringLiteral("A"), m_server.issueCode(QStringLiteral("A"))).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestPlatformEnrolment)
#include "TestPlatformEnrolment.moc"
