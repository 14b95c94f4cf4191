#include "PlatformClient.h"
#include "PlatformProcess.h"
#include "TestCertificates.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

QByteArray requestHead(const QByteArray& method, const QByteArray& path, const QList<QByteArray>& headers)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nKangqiao-Protocol: 1\r\n";
    for (const QByteArray& h : headers)
        out += h + "\r\n";
    return out + "\r\n";
}

int statusOf(const QByteArray& raw)
{
    return raw.startsWith("HTTP/1.1 ") ? raw.mid(9, 3).toInt() : 0;
}

QJsonObject bodyOf(const QByteArray& raw)
{
    return QJsonDocument::fromJson(raw.mid(raw.indexOf("\r\n\r\n") + 4)).object();
}

} // namespace

// The HTTP contract around the routes: version header, malformed bodies, the body limit, TLS.
class TestPlatformHttp : public QObject {
    Q_OBJECT

    PlatformProcess m_server;
    static constexpr int MaxBody = 64 * 1024;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.addCentre(QStringLiteral("A"), QStringLiteral("天河康桥家园")));
        QVERIFY2(m_server.start({QStringLiteral("--max-body"), QString::number(MaxBody)}),
                 qPrintable(m_server.log()));
    }

    void everyAnswerCarriesTheProtocolVersion()
    {
        PlatformClient c(m_server.url());
        QCOMPARE(c.pull().protocolHeader, QByteArrayLiteral("1"));
        QCOMPARE(c.send("GET", QStringLiteral("/nowhere")).protocolHeader, QByteArrayLiteral("1"));
        QCOMPARE(c.send("GET", QStringLiteral("/v1/pull"), {}, {}, false).protocolHeader,
                 QByteArrayLiteral("1"));
    }

    void otherProtocolVersionsGet426_data()
    {
        QTest::addColumn<QByteArray>("version"); // empty: no header
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("version 2") << QByteArrayLiteral("2");
        QTest::newRow("version 0") << QByteArrayLiteral("0");
        QTest::newRow("garbage") << QByteArrayLiteral("one");
    }

    void otherProtocolVersionsGet426()
    {
        QFETCH(QByteArray, version);
        PlatformClient c(m_server.url());
        const QList<std::pair<QByteArray, QByteArray>> headers =
            version.isEmpty() ? QList<std::pair<QByteArray, QByteArray>>{}
                              : QList<std::pair<QByteArray, QByteArray>>{{"Kangqiao-Protocol", version}};
        for (const char* path : {"/v1/enrol", "/v1/push"}) {
            const HttpResult r = c.send("POST", QString::fromLatin1(path), "{}", headers, !version.isEmpty());
            QCOMPARE(r.status, 426);
            QCOMPARE(r.code(), QStringLiteral("protocol_version"));
            QCOMPARE(r.json.value(QStringLiteral("supported")).toArray(), QJsonArray{1});
        }
    }

    void malformedJsonIs400_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("enrol: truncated")
            << QStringLiteral("/v1/enrol") << QByteArrayLiteral("{\"centre_code\":");
        QTest::newRow("enrol: an array") << QStringLiteral("/v1/enrol") << QByteArrayLiteral("[]");
        QTest::newRow("enrol: empty") << QStringLiteral("/v1/enrol") << QByteArray();
        QTest::newRow("push: not JSON") << QStringLiteral("/v1/push") << QByteArrayLiteral("operations=1");
        QTest::newRow("push: invalid UTF-8")
            << QStringLiteral("/v1/push") << QByteArray("{\"a\":\"\xff\xfe\"}");
    }

    void malformedJsonIs400()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        PlatformClient c(m_server.url());
        QCOMPARE(c.enrol(QStringLiteral("A"), m_server.issueCode(QStringLiteral("A"))).status, 201);
        if (path == u"/v1/enrol")
            c.setToken({});
        const HttpResult r = c.send("POST", path, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("malformed_json"));
    }

    void unknownRoutesAre404()
    {
        PlatformClient c(m_server.url());
        for (const auto& [method, path] :
             QList<std::pair<QByteArray, QString>>{{"GET", QStringLiteral("/v1/nothing")},
                                                   {"GET", QStringLiteral("/v1/push")},
                                                   {"DELETE", QStringLiteral("/v1/pull")},
                                                   {"POST", QStringLiteral("/v2/push")}}) {
            const HttpResult r = c.send(method, path);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.code(), QStringLiteral("not_found"));
        }
    }

    void oversizeContentLengthIsRefusedBeforeTheBody()
    {
        // Only the head is sent: the answer must come without the server waiting for a body.
        bool closed = false;
        const QByteArray raw = rawExchange(
            m_server.port(),
            requestHead("POST", "/v1/push", {"Content-Type: application/json", "Content-Length: 1000000000"}),
            5000, &closed);
        QCOMPARE(statusOf(raw), 413);
        QCOMPARE(bodyOf(raw)[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("body_too_large"));
        QVERIFY(raw.contains("Kangqiao-Protocol: 1\r\n"));
    }

    void oversizeBodyThroughAnOrdinaryClientGets413()
    {
        PlatformClient c(m_server.url());
        const HttpResult r = c.send("POST", QStringLiteral("/v1/enrol"), QByteArray(MaxBody * 3, 'x'));
        QCOMPARE(r.status, 413);
        QCOMPARE(r.code(), QStringLiteral("body_too_large"));
    }

    void chunkedBodyOverTheLimitAbortsTheConnection()
    {
        // No Content-Length to judge by: the server counts what arrives and hangs up.
        QByteArray bytes = requestHead("POST", "/v1/enrol",
                                       {"Content-Type: application/json", "Transfer-Encoding: chunked"});
        const QByteArray chunk(16 * 1024, 'x');
        for (int i = 0; i < 16; ++i) // 256 KiB against a 64 KiB limit
            bytes += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        bytes += "0\r\n\r\n";
        bool closed = false;
        const QByteArray raw = rawExchange(m_server.port(), bytes, 5000, &closed);
        QVERIFY(closed);
        QCOMPARE(statusOf(raw), 0); // no answer at all
        QVERIFY(m_server.log().contains(QStringLiteral("more than the body limit")));
        // The server is fine afterwards.
        QCOMPARE(PlatformClient(m_server.url()).pull().status, 401);
    }

    void smallChunkedBodyIsServed()
    {
        const QByteArray json = "{\"centre_code\":\"A\",\"enrolment_code\":\"X\",\"device_name\":\"d\"}";
        const QByteArray bytes =
            requestHead("POST", "/v1/enrol",
                        {"Content-Type: application/json", "Transfer-Encoding: chunked"}) +
            QByteArray::number(json.size(), 16) + "\r\n" + json + "\r\n0\r\n\r\n";
        const QByteArray raw = rawExchange(m_server.port(), bytes, 1500);
        QCOMPARE(statusOf(raw), 403);
    }

    void tlsClientTrustingTheCaSucceeds()
    {
        QTemporaryDir dir;
        QVERIFY(makeCa(dir.path(), QStringLiteral("ca")));
        QVERIFY(makeCa(dir.path(), QStringLiteral("other")));
        QVERIFY(makeServerCertificate(dir.path(), QStringLiteral("ca"), QStringLiteral("server")));
        PlatformProcess tls;
        QVERIFY(tls.addCentre(QStringLiteral("A"), QStringLiteral("天河康桥家园")));
        QVERIFY2(tls.start({QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("server.crt")),
                            QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("server.key"))}),
                 qPrintable(tls.log()));
        QCOMPARE(tls.url().scheme(), QStringLiteral("https"));

        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.setCaCertificates({certificate(dir.filePath(QStringLiteral("ca.crt")))});
        PlatformClient good(tls.url());
        good.setSsl(trusting);
        const HttpResult enrolled = good.enrol(QStringLiteral("A"), tls.issueCode(QStringLiteral("A")));
        QVERIFY2(enrolled.status == 201, qPrintable(enrolled.errorString));
        QCOMPARE(good.pull().status, 200);

        QSslConfiguration other = QSslConfiguration::defaultConfiguration();
        other.setCaCertificates({certificate(dir.filePath(QStringLiteral("other.crt")))});
        PlatformClient bad(tls.url());
        bad.setSsl(other);
        const HttpResult refused = bad.enrol(QStringLiteral("A"), tls.issueCode(QStringLiteral("A")));
        QCOMPARE(refused.status, 0);
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);

        // Plain HTTP to the TLS port gets no answer.
        QUrl plainUrl = tls.url();
        plainUrl.setScheme(QStringLiteral("http"));
        QCOMPARE(PlatformClient(plainUrl).pull().status, 0);
        // And the server still serves the trusting client.
        QCOMPARE(good.pull().status, 200);
        QVERIFY(tls.stop());
    }
};

QTEST_GUILESS_MAIN(TestPlatformHttp)
#include "TestPlatformHttp.moc"
