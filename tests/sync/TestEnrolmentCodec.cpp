#include "CodecTestSupport.h"

#include "protocol/EnrolRequest.h"
#include "protocol/Enrolment.h"
#include "protocol/ProtocolError.h"
#include "protocol/TokenGrant.h"

#include <QJsonArray>
#include <QTest>

using namespace kq;
using namespace kq::sync;
using namespace kq::sync::test;

namespace {

const QJsonValue Absent = QJsonValue(QJsonValue::Undefined);

EnrolRequest sampleRequest()
{
    return {QStringLiteral("440106-01"), QStringLiteral("K7QD-2MXP-98AA"), QStringLiteral("前台电脑")};
}

Enrolment sampleEnrolment()
{
    Enrolment e;
    e.deviceId = QStringLiteral("0190a1b2-c3d4-4e5f-8a9b-0c1d2e3f4a5b");
    e.grant.token = QString(43, u'A');
    e.grant.expiresAt = QDateTime(QDate(2026, 12, 23), QTime(10, 0), Qt::UTC);
    e.centreCode = QStringLiteral("440106-01");
    e.centreName = QStringLiteral("天河区康桥家园");
    return e;
}

} // namespace

class TestEnrolmentCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void enrolRequestRoundTrips()
    {
        const Result<EnrolRequest> back = overTheWire<EnrolRequest>(sampleRequest().toJson());
        QVERIFY(back);
        QCOMPARE(back.value().centreCode, sampleRequest().centreCode);
        QCOMPARE(back.value().enrolmentCode, sampleRequest().enrolmentCode);
        QCOMPARE(back.value().deviceName, sampleRequest().deviceName);
    }

    void malformedEnrolRequestNamesTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("centre_code missing") << QStringLiteral("centre_code") << Absent;
        QTest::newRow("centre_code empty") << QStringLiteral("centre_code") << QJsonValue(QString());
        QTest::newRow("centre_code a number") << QStringLiteral("centre_code") << QJsonValue(7);
        QTest::newRow("centre_code too long")
            << QStringLiteral("centre_code") << QJsonValue(QString(65, u'a'));
        QTest::newRow("enrolment_code missing") << QStringLiteral("enrolment_code") << Absent;
        QTest::newRow("enrolment_code null")
            << QStringLiteral("enrolment_code") << QJsonValue(QJsonValue::Null);
        QTest::newRow("device_name missing") << QStringLiteral("device_name") << Absent;
        QTest::newRow("device_name too long")
            << QStringLiteral("device_name") << QJsonValue(QString(129, u'a'));
    }

    void malformedEnrolRequestNamesTheField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        const Result<EnrolRequest> r =
            overTheWire<EnrolRequest>(withValue(sampleRequest().toJson(), path, value));
        QVERIFY(!r);
        QCOMPARE(r.error().field, path);
        QVERIFY(!r.error().message.isEmpty());
    }

    void enrolmentRoundTrips()
    {
        const Enrolment e = sampleEnrolment();
        const Result<Enrolment> back = overTheWire<Enrolment>(e.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().describe()));
        QCOMPARE(back.value().deviceId, e.deviceId);
        QCOMPARE(back.value().grant.token, e.grant.token);
        QCOMPARE(back.value().grant.expiresAt, e.grant.expiresAt);
        QCOMPARE(back.value().centreCode, e.centreCode);
        QCOMPARE(back.value().centreName, e.centreName);
        QCOMPARE(e.toJson().value(QStringLiteral("token_expires_at")).toString(),
                 QStringLiteral("2026-12-23T10:00:00Z"));
    }

    void expiryWithAnOffsetIsTheSameInstant()
    {
        const QJsonObject json = withValue(sampleEnrolment().toJson(), QStringLiteral("token_expires_at"),
                                           QStringLiteral("2026-12-23T18:00:00+08:00"));
        const Result<Enrolment> back = overTheWire<Enrolment>(json);
        QVERIFY(back);
        QCOMPARE(back.value().grant.expiresAt, sampleEnrolment().grant.expiresAt);
    }

    void malformedEnrolmentNamesTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QString device = QStringLiteral("device_id"), token = QStringLiteral("token"),
                      expires = QStringLiteral("token_expires_at");
        QTest::newRow("device_id missing") << device << Absent << device;
        QTest::newRow("device_id not a UUID") << device << QJsonValue(QStringLiteral("pc-1")) << device;
        QTest::newRow("token missing") << token << Absent << token;
        QTest::newRow("token too short") << token << QJsonValue(QString(31, u'A')) << token;
        QTest::newRow("token with a line break")
            << token << QJsonValue(QString(40, u'A') + QStringLiteral("\r\nX: y")) << token;
        QTest::newRow("token a number") << token << QJsonValue(12) << token;
        QTest::newRow("expiry missing") << expires << Absent << expires;
        QTest::newRow("expiry without offset")
            << expires << QJsonValue(QStringLiteral("2026-12-23T10:00:00")) << expires;
        QTest::newRow("expiry a date") << expires << QJsonValue(QStringLiteral("2026-12-23")) << expires;
        QTest::newRow("expiry impossible")
            << expires << QJsonValue(QStringLiteral("2026-02-30T10:00:00Z")) << expires;
        QTest::newRow("expiry a number") << expires << QJsonValue(1798000000) << expires;
        // Found by FuzzTokenGrant: in UTC these fall outside the years toTimestamp() can write.
        QTest::newRow("expiry before the year 1 in UTC")
            << expires << QJsonValue(QStringLiteral("0001-01-01T00:00:00+01:00")) << expires;
        QTest::newRow("expiry after the year 9999 in UTC")
            << expires << QJsonValue(QStringLiteral("9999-12-31T23:30:00-01:00")) << expires;
        QTest::newRow("centre missing") << QStringLiteral("centre") << Absent << QStringLiteral("centre");
        QTest::newRow("centre a string")
            << QStringLiteral("centre") << QJsonValue(QStringLiteral("x")) << QStringLiteral("centre");
        QTest::newRow("centre code missing")
            << QStringLiteral("centre.code") << Absent << QStringLiteral("centre.code");
        QTest::newRow("centre name empty")
            << QStringLiteral("centre.name") << QJsonValue(QString()) << QStringLiteral("centre.name");
    }

    void malformedEnrolmentNamesTheField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const Result<Enrolment> r =
            overTheWire<Enrolment>(withValue(sampleEnrolment().toJson(), path, value));
        QVERIFY(!r);
        QCOMPARE(r.error().field, field);
    }

    void tokenGrantRoundTrips()
    {
        const TokenGrant g = sampleEnrolment().grant;
        const Result<TokenGrant> back = overTheWire<TokenGrant>(g.toJson());
        QVERIFY(back);
        QCOMPARE(back.value().token, g.token);
        QCOMPARE(back.value().expiresAt, g.expiresAt);
    }

    void errorRoundTripsWithAndWithoutField()
    {
        const ProtocolError e(ErrorCode::InvalidRequest, QStringLiteral("must be a UUID"),
                              QStringLiteral("op_id"));
        const Result<ProtocolError> back = overTheWire<ProtocolError>(e.toJson());
        QVERIFY(back);
        QCOMPARE(back.value().kind(), ErrorCode::InvalidRequest);
        QCOMPARE(back.value().code, QStringLiteral("invalid_request"));
        QCOMPARE(back.value().field, QStringLiteral("op_id"));
        QVERIFY(back.value().supported.isEmpty());

        const ProtocolError plain(ErrorCode::TokenExpired, QStringLiteral("the token has expired"));
        QVERIFY(!plain.toJson().value(QStringLiteral("error")).toObject().contains(QStringLiteral("field")));
        QCOMPARE(overTheWire<ProtocolError>(plain.toJson()).value().kind(), ErrorCode::TokenExpired);
    }

    void versionErrorCarriesTheSupportedVersions()
    {
        const ProtocolError e(ErrorCode::UnsupportedVersion, QStringLiteral("unsupported"));
        QCOMPARE(e.toJson().value(QStringLiteral("supported")).toArray(), QJsonArray{1});
        const Result<ProtocolError> back = overTheWire<ProtocolError>(e.toJson());
        QVERIFY(back);
        QCOMPARE(back.value().supported, QList<int>{1});
    }

    void everyCodeHasAKeyAndAStatus()
    {
        const QList<std::pair<ErrorCode, int>> codes{
            {ErrorCode::MalformedJson, 400},      {ErrorCode::InvalidRequest, 400},
            {ErrorCode::Unauthorized, 401},       {ErrorCode::TokenExpired, 401},
            {ErrorCode::TokenRevoked, 401},       {ErrorCode::InvalidEnrolment, 403},
            {ErrorCode::NotFound, 404},           {ErrorCode::BodyTooLarge, 413},
            {ErrorCode::UnsupportedVersion, 426}, {ErrorCode::ServerError, 500}};
        for (const auto& [code, status] : codes) {
            QCOMPARE(errorCodeFromKey(errorCodeKey(code)), code);
            QCOMPARE(httpStatus(code), status);
        }
        QCOMPARE(errorCodeKey(ErrorCode::UnsupportedVersion), QStringLiteral("protocol_version"));
        QCOMPARE(errorCodeFromKey(QStringLiteral("rate_limited")), ErrorCode::Unknown);
    }

    void unknownCodeOfANewerServerIsKept()
    {
        const QJsonObject json{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("rate_limited")},
                                                  {QStringLiteral("message"), QStringLiteral("slow down")}}}};
        const Result<ProtocolError> back = overTheWire<ProtocolError>(json);
        QVERIFY(back);
        QCOMPARE(back.value().code, QStringLiteral("rate_limited"));
        QCOMPARE(back.value().kind(), ErrorCode::Unknown);
    }

    void malformedErrorNamesTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("error missing") << QStringLiteral("error") << Absent << QStringLiteral("error");
        QTest::newRow("error a string")
            << QStringLiteral("error") << QJsonValue(QStringLiteral("boom")) << QStringLiteral("error");
        QTest::newRow("code missing")
            << QStringLiteral("error.code") << Absent << QStringLiteral("error.code");
        QTest::newRow("code a number")
            << QStringLiteral("error.code") << QJsonValue(401) << QStringLiteral("error.code");
        QTest::newRow("message empty")
            << QStringLiteral("error.message") << QJsonValue(QString()) << QStringLiteral("error.message");
        QTest::newRow("field a number")
            << QStringLiteral("error.field") << QJsonValue(3) << QStringLiteral("error.field");
        QTest::newRow("supported empty")
            << QStringLiteral("supported") << QJsonValue(QJsonArray{}) << QStringLiteral("supported");
        QTest::newRow("supported text")
            << QStringLiteral("supported") << QJsonValue(QJsonArray{QStringLiteral("1")})
            << QStringLiteral("supported");
        QTest::newRow("supported fractional")
            << QStringLiteral("supported") << QJsonValue(QJsonArray{1.5}) << QStringLiteral("supported");
        QTest::newRow("supported missing on a version error")
            << QStringLiteral("error.code") << QJsonValue(QStringLiteral("protocol_version"))
            << QStringLiteral("supported");
    }

    void malformedErrorNamesTheField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const ProtocolError sample(ErrorCode::InvalidRequest, QStringLiteral("bad"), QStringLiteral("op"));
        const Result<ProtocolError> r = overTheWire<ProtocolError>(withValue(sample.toJson(), path, value));
        QVERIFY(!r);
        QCOMPARE(r.error().field, field);
    }

    void versionHeader()
    {
        QCOMPARE(ProtocolVersion::headerName(), QByteArrayLiteral("Kangqiao-Protocol"));
        QCOMPARE(ProtocolVersion::headerValue(), QByteArrayLiteral("1"));
        QVERIFY(ProtocolVersion::accepts("1"));
        QVERIFY(ProtocolVersion::accepts(" 1 "));
        QVERIFY(!ProtocolVersion::accepts("2"));
        QVERIFY(!ProtocolVersion::accepts(""));
        QVERIFY(!ProtocolVersion::accepts("1.0"));
        QVERIFY(!ProtocolVersion::accepts("one"));
    }
};

QTEST_GUILESS_MAIN(TestEnrolmentCodec)
#include "TestEnrolmentCodec.moc"
