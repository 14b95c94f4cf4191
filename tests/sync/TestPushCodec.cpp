#include "CodecTestSupport.h"

#include "protocol/PushRequest.h"
#include "protocol/PushResponse.h"

#include <QJsonArray>
#include <QTest>

using namespace kq;
using namespace kq::sync;
using namespace kq::sync::test;

Q_DECLARE_METATYPE(kq::sync::PushResult)

namespace {

const QJsonValue Absent = QJsonValue(QJsonValue::Undefined);
const QString OpId = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
const QString RecordId = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a60");
const QString ConflictId = QStringLiteral("0190a1b2-c3d4-4e5f-8a9b-0c1d2e3f4a61");

PushOperation operation(int n)
{
    PushOperation p;
    p.opId = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-%1").arg(n, 12, 10, QLatin1Char('0'));
    p.entity = QStringLiteral("client");
    p.entityId = RecordId;
    p.op = QStringLiteral("update");
    p.fields = {{QStringLiteral("phone"), QStringLiteral("13800000000")}};
    p.baseRev = 120;
    return p;
}

PushRequest sampleRequest()
{
    PushRequest r;
    r.auditHead = {4711, QStringLiteral("9f86d081884c7d659a2feaa0c55ad015")};
    r.operations = {operation(1), operation(2)};
    return r;
}

PushResult conflictResult()
{
    PushResult r;
    r.opId = OpId;
    r.status = PushResult::Status::Conflict;
    r.rev = 131;
    r.conflictId = ConflictId;
    r.contested.insert(QStringLiteral("phone"),
                       {QStringLiteral("13900000000"), QStringLiteral("13800000000")});
    r.contested.insert(QStringLiteral("risk_level"), {QJsonValue(2), QJsonValue::Null});
    r.currentRev = 131;
    r.currentFields = {{QStringLiteral("phone"), QStringLiteral("13900000000")},
                       {QStringLiteral("risk_level"), 2},
                       {QStringLiteral("low_income"), true}};
    return r;
}

PushResult rejectedResult()
{
    return PushResult::rejected(OpId, {{QStringLiteral("entity"), QStringLiteral("unknown entity")},
                                       {QStringLiteral("name"), QStringLiteral("too long")}});
}

bool sameResult(const PushResult& a, const PushResult& b)
{
    if (a.opId != b.opId || a.status != b.status || a.rev != b.rev || a.conflictId != b.conflictId ||
        a.currentRev != b.currentRev || a.currentFields != b.currentFields ||
        a.contested.keys() != b.contested.keys() || a.reasons.size() != b.reasons.size() ||
        bool(a.first) != bool(b.first))
        return false;
    for (auto it = a.contested.begin(); it != a.contested.end(); ++it)
        if (it->server != b.contested[it.key()].server || it->yours != b.contested[it.key()].yours)
            return false;
    for (qsizetype i = 0; i < a.reasons.size(); ++i)
        if (a.reasons[i].field != b.reasons[i].field || a.reasons[i].message != b.reasons[i].message)
            return false;
    return !a.first || sameResult(*a.first, *b.first);
}

} // namespace

class TestPushCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requestRoundTrips()
    {
        const PushRequest r = sampleRequest();
        const Result<PushRequest> back = overTheWire<PushRequest>(r.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().describe()));
        QCOMPARE(back.value().auditHead.seq, 4711);
        QCOMPARE(back.value().auditHead.hash, r.auditHead.hash);
        QCOMPARE(back.value().operations.size(), 2);
        QCOMPARE(back.value().operations[1].opId, r.operations[1].opId);
        QCOMPARE(back.value().operations[1].fields, r.operations[1].fields);
    }

    void freshDeviceHasAnEmptyAuditHead()
    {
        PushRequest r = sampleRequest();
        r.auditHead = {};
        QVERIFY(overTheWire<PushRequest>(r.toJson()));
    }

    void fiveHundredOperationsAreTheLimit()
    {
        PushRequest r = sampleRequest();
        r.operations.clear();
        for (int i = 0; i < 500; ++i)
            r.operations.append(operation(i));
        QVERIFY(overTheWire<PushRequest>(r.toJson()));
        r.operations.append(operation(500));
        const Result<PushRequest> over = overTheWire<PushRequest>(r.toJson());
        QVERIFY(!over);
        QCOMPARE(over.error().field, QStringLiteral("operations"));
    }

    void malformedRequestNamesTheField_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        const QJsonObject good = sampleRequest().toJson();
        const auto set = [&](const char* path, const QJsonValue& v) {
            return withValue(good, QString::fromLatin1(path), v);
        };
        QJsonArray ops = good.value(QStringLiteral("operations")).toArray();
        QJsonObject badOp = ops[1].toObject();
        badOp.insert(QStringLiteral("fields"), QJsonObject{{QStringLiteral("tags"), QJsonArray{1}}});
        ops[1] = badOp;
        QJsonArray notObjects = {QStringLiteral("op")};

        QTest::newRow("audit_head missing") << set("audit_head", Absent) << QStringLiteral("audit_head");
        QTest::newRow("audit_head an array")
            << set("audit_head", QJsonArray{}) << QStringLiteral("audit_head");
        QTest::newRow("seq missing") << set("audit_head.seq", Absent) << QStringLiteral("audit_head.seq");
        QTest::newRow("seq negative") << set("audit_head.seq", -1) << QStringLiteral("audit_head.seq");
        QTest::newRow("seq fractional") << set("audit_head.seq", 1.5) << QStringLiteral("audit_head.seq");
        QTest::newRow("seq as text") << set("audit_head.seq", QStringLiteral("4711"))
                                     << QStringLiteral("audit_head.seq");
        QTest::newRow("hash missing") << set("audit_head.hash", Absent) << QStringLiteral("audit_head.hash");
        QTest::newRow("hash a number") << set("audit_head.hash", 9) << QStringLiteral("audit_head.hash");
        QTest::newRow("hash too long")
            << set("audit_head.hash", QString(129, u'f')) << QStringLiteral("audit_head.hash");
        QTest::newRow("operations missing") << set("operations", Absent) << QStringLiteral("operations");
        QTest::newRow("operations an object")
            << set("operations", QJsonObject{}) << QStringLiteral("operations");
        QTest::newRow("operation not an object")
            << set("operations", notObjects) << QStringLiteral("operations[0]");
        QTest::newRow("operation with an array value")
            << set("operations", ops) << QStringLiteral("operations[1].fields.tags");
    }

    void malformedRequestNamesTheField()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const Result<PushRequest> r = overTheWire<PushRequest>(json);
        QVERIFY(!r);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
    }

    void everyResultKindRoundTrips_data()
    {
        QTest::addColumn<PushResult>("result");
        QTest::newRow("applied") << PushResult::applied(OpId, 121);
        QTest::newRow("conflict") << conflictResult();
        QTest::newRow("rejected") << rejectedResult();
        QTest::newRow("duplicate of applied") << PushResult::duplicate(PushResult::applied(OpId, 121));
        QTest::newRow("duplicate of conflict") << PushResult::duplicate(conflictResult());
        QTest::newRow("duplicate of rejected") << PushResult::duplicate(rejectedResult());
    }

    void everyResultKindRoundTrips()
    {
        QFETCH(PushResult, result);
        const Result<PushResult> back = overTheWire<PushResult>(result.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().describe()));
        QVERIFY(sameResult(back.value(), result));
    }

    void conflictWireFormIsTheDocumentedOne()
    {
        const QJsonObject json = conflictResult().toJson();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
        const QJsonObject phone =
            json[QStringLiteral("conflict")][QStringLiteral("fields")][QStringLiteral("phone")].toObject();
        QCOMPARE(phone.value(QStringLiteral("server")).toString(), QStringLiteral("13900000000"));
        QCOMPARE(phone.value(QStringLiteral("yours")).toString(), QStringLiteral("13800000000"));
        QCOMPARE(json[QStringLiteral("current")][QStringLiteral("rev")].toInteger(), 131);
    }

    void conflictWithoutRevisionIsAccepted()
    {
        QJsonObject json = conflictResult().toJson();
        json.remove(QStringLiteral("rev"));
        const Result<PushResult> back = overTheWire<PushResult>(json);
        QVERIFY(back);
        QVERIFY(!back.value().rev);
    }

    void malformedResultNamesTheField_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        const QJsonObject applied = PushResult::applied(OpId, 121).toJson();
        const QJsonObject conflict = conflictResult().toJson();
        const QJsonObject rejected = rejectedResult().toJson();
        const QJsonObject duplicate = PushResult::duplicate(PushResult::applied(OpId, 121)).toJson();
        const auto set = [](const QJsonObject& j, const char* path, const QJsonValue& v) {
            return withValue(j, QString::fromLatin1(path), v);
        };
        const QString F = QStringLiteral("conflict.fields.phone");

        QTest::newRow("op_id missing") << set(applied, "op_id", Absent) << QStringLiteral("op_id");
        QTest::newRow("op_id not a UUID")
            << set(applied, "op_id", QStringLiteral("1")) << QStringLiteral("op_id");
        QTest::newRow("status unknown")
            << set(applied, "status", QStringLiteral("ok")) << QStringLiteral("status");
        QTest::newRow("status missing") << set(applied, "status", Absent) << QStringLiteral("status");
        QTest::newRow("applied without rev") << set(applied, "rev", Absent) << QStringLiteral("rev");
        QTest::newRow("applied with rev 0") << set(applied, "rev", 0) << QStringLiteral("rev");
        QTest::newRow("applied with rev as text")
            << set(applied, "rev", QStringLiteral("5")) << QStringLiteral("rev");
        QTest::newRow("duplicate without first")
            << set(duplicate, "first", Absent) << QStringLiteral("first");
        QTest::newRow("duplicate of a duplicate")
            << set(duplicate, "first", duplicate) << QStringLiteral("first.status");
        QTest::newRow("duplicate of another op")
            << set(duplicate, "first", PushResult::applied(RecordId, 3).toJson())
            << QStringLiteral("first.op_id");
        QTest::newRow("duplicate with a broken first")
            << set(duplicate, "first.rev", Absent) << QStringLiteral("first.rev");
        QTest::newRow("conflict without conflict")
            << set(conflict, "conflict", Absent) << QStringLiteral("conflict");
        QTest::newRow("conflict id not a UUID")
            << set(conflict, "conflict.id", QStringLiteral("c1")) << QStringLiteral("conflict.id");
        QTest::newRow("conflict fields empty")
            << set(conflict, "conflict.fields", QJsonObject{}) << QStringLiteral("conflict.fields");
        QTest::newRow("contested not an object") << set(conflict, "conflict.fields.phone", 1) << F;
        QTest::newRow("contested without yours") << set(conflict, "conflict.fields.phone.yours", Absent) << F;
        QTest::newRow("contested without server")
            << set(conflict, "conflict.fields.phone.server", Absent) << F;
        QTest::newRow("contested an array value")
            << set(conflict, "conflict.fields.phone.server", QJsonArray{}) << F;
        QTest::newRow("conflict without current")
            << set(conflict, "current", Absent) << QStringLiteral("current");
        QTest::newRow("current without rev")
            << set(conflict, "current.rev", Absent) << QStringLiteral("current.rev");
        QTest::newRow("current without fields")
            << set(conflict, "current.fields", Absent) << QStringLiteral("current.fields");
        QTest::newRow("current with an object value")
            << set(conflict, "current.fields.phone", QJsonObject{}) << QStringLiteral("current.fields.phone");
        QTest::newRow("rejected without reasons")
            << set(rejected, "reasons", Absent) << QStringLiteral("reasons");
        QTest::newRow("rejected with no reasons")
            << set(rejected, "reasons", QJsonArray{}) << QStringLiteral("reasons");
        QTest::newRow("reason without field")
            << set(rejected, "reasons",
                   QJsonArray{QJsonObject{{QStringLiteral("message"), QStringLiteral("x")}}})
            << QStringLiteral("reasons[0].field");
        QTest::newRow("reason without message")
            << set(rejected, "reasons",
                   QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("x")}}})
            << QStringLiteral("reasons[0].message");
    }

    void malformedResultNamesTheField()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const Result<PushResult> r = overTheWire<PushResult>(json);
        QVERIFY(!r);
        QCOMPARE(r.error().field, field);
    }

    void responseRoundTripsWithAndWithoutWarning()
    {
        PushResponse r;
        r.results = {PushResult::applied(OpId, 121), conflictResult(), rejectedResult()};
        QVERIFY(!r.toJson().contains(QStringLiteral("audit_warning")));
        Result<PushResponse> back = overTheWire<PushResponse>(r.toJson());
        QVERIFY(back);
        QCOMPARE(back.value().results.size(), 3);
        QVERIFY(sameResult(back.value().results[1], r.results[1]));
        QVERIFY(back.value().auditWarning.isEmpty());

        r.auditWarning = QStringLiteral("audit chain went backwards");
        back = overTheWire<PushResponse>(r.toJson());
        QVERIFY(back);
        QCOMPARE(back.value().auditWarning, r.auditWarning);
    }

    void malformedResponseNamesTheField_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        PushResponse r;
        r.results = {PushResult::applied(OpId, 121), conflictResult()};
        const QJsonObject good = r.toJson();
        QJsonArray broken = good.value(QStringLiteral("results")).toArray();
        broken[1] = withValue(broken[1].toObject(), QStringLiteral("current"), Absent);
        QTest::newRow("results missing")
            << withValue(good, QStringLiteral("results"), Absent) << QStringLiteral("results");
        QTest::newRow("result not an object")
            << withValue(good, QStringLiteral("results"), QJsonArray{1}) << QStringLiteral("results[0]");
        QTest::newRow("broken result")
            << withValue(good, QStringLiteral("results"), broken) << QStringLiteral("results[1].current");
        QTest::newRow("warning a number")
            << withValue(good, QStringLiteral("audit_warning"), 1) << QStringLiteral("audit_warning");
    }

    void malformedResponseNamesTheField()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const Result<PushResponse> r = overTheWire<PushResponse>(json);
        QVERIFY(!r);
        QCOMPARE(r.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestPushCodec)
#include "TestPushCodec.moc"
