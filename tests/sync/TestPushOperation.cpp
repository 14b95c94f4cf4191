#include "client/OutboxOperations.h"
#include "protocol/PushOperation.h"

#include "core/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace kq;
using namespace kq::sync;

namespace {

PushOperation sample()
{
    PushOperation p;
    p.opId = newId();
    p.entity = QStringLiteral("client");
    p.entityId = newId();
    p.op = QStringLiteral("update");
    p.fields = QJsonObject{{QStringLiteral("name"), QStringLiteral("张卫国")},
                           {QStringLiteral("visits"), 3},
                           {QStringLiteral("consented"), true},
                           {QStringLiteral("note"), QJsonValue::Null},
                           // Structured values travel as JSON text: the wire carries scalars only.
                           {QStringLiteral("tags"), QStringLiteral("[\"a\",\"b\"]")}};
    p.baseRev = 41;
    return p;
}

// Through bytes, as it travels.
Result<PushOperation> overTheWire(const QJsonObject& json)
{
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return PushOperation::fromJson(QJsonDocument::fromJson(bytes).object());
}

bool same(const PushOperation& a, const PushOperation& b)
{
    return a.opId == b.opId && a.entity == b.entity && a.entityId == b.entityId && a.op == b.op &&
           a.fields == b.fields && a.baseRev == b.baseRev;
}

QJsonObject edited(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject json = sample().toJson();
    edit(json);
    return json;
}

} // namespace

class TestPushOperation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripsThroughJson()
    {
        const PushOperation p = sample();
        const Result<PushOperation> back = overTheWire(p.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().describe()));
        QVERIFY(same(back.value(), p));
    }

    void roundTripsWithoutABaseRevision()
    {
        PushOperation p = sample();
        p.op = QStringLiteral("create");
        p.baseRev.reset();
        const QJsonObject json = p.toJson();
        QVERIFY(json.value(QStringLiteral("base_rev")).isNull()); // explicit null on the wire
        const Result<PushOperation> back = overTheWire(json);
        QVERIFY(back);
        QVERIFY(!back.value().baseRev.has_value());
        QVERIFY(same(back.value(), p));
    }

    void absentBaseRevisionMeansNone()
    {
        const Result<PushOperation> back =
            overTheWire(edited([](QJsonObject& j) { j.remove(QStringLiteral("base_rev")); }));
        QVERIFY(back);
        QVERIFY(!back.value().baseRev.has_value());
    }

    void baseRevisionLimitsRoundTrip_data()
    {
        QTest::addColumn<qint64>("rev");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("one") << qint64(1);
        QTest::newRow("largest exact JSON integer") << qint64(9007199254740991);
    }

    void baseRevisionLimitsRoundTrip()
    {
        QFETCH(qint64, rev);
        PushOperation p = sample();
        p.baseRev = rev;
        const Result<PushOperation> back = overTheWire(p.toJson());
        QVERIFY(back);
        QCOMPARE(*back.value().baseRev, rev);
    }

    void deleteWithEmptyFieldsRoundTrips()
    {
        PushOperation p = sample();
        p.op = QStringLiteral("delete");
        p.fields = {};
        const Result<PushOperation> back = overTheWire(p.toJson());
        QVERIFY(back);
        QVERIFY(same(back.value(), p));
    }

    void fromOutboxKeepsEverything()
    {
        OutboxOperation o;
        o.seq = 12;
        o.opId = newId();
        o.entity = QStringLiteral("referral");
        o.entityId = newId();
        o.op = QStringLiteral("create");
        o.fields = QJsonObject{{QStringLiteral("to"), QStringLiteral("hospital")}};
        o.baseServerRev = 5;
        const PushOperation p = toPushOperation(o);
        QCOMPARE(p.opId, o.opId);
        QCOMPARE(p.entity, o.entity);
        QCOMPARE(p.entityId, o.entityId);
        QCOMPARE(p.op, o.op);
        QCOMPARE(p.fields, o.fields);
        QCOMPARE(*p.baseRev, 5);
        const Result<PushOperation> back = overTheWire(p.toJson());
        QVERIFY(back);
        QVERIFY(same(back.value(), p));
    }

    void invalidFieldIsRejectedNamingIt_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        const auto set = [](const char* key, QJsonValue v) {
            return edited([key, v](QJsonObject& j) { j.insert(QLatin1String(key), v); });
        };
        const auto drop = [](const char* key) {
            return edited([key](QJsonObject& j) { j.remove(QLatin1String(key)); });
        };
        const QString opId = QStringLiteral("op_id"), entity = QStringLiteral("entity"),
                      id = QStringLiteral("id"), op = QStringLiteral("op"), fields = QStringLiteral("fields"),
                      baseRev = QStringLiteral("base_rev");

        QTest::newRow("op_id missing") << drop("op_id") << opId;
        QTest::newRow("op_id empty") << set("op_id", QString()) << opId;
        QTest::newRow("op_id not a UUID") << set("op_id", QStringLiteral("op-1")) << opId;
        QTest::newRow("op_id with braces") << set("op_id", QUuid::createUuid().toString()) << opId;
        QTest::newRow("op_id without dashes")
            << set("op_id", QUuid::createUuid().toString(QUuid::Id128)) << opId;
        QTest::newRow("op_id a number") << set("op_id", 7) << opId;

        QTest::newRow("entity missing") << drop("entity") << entity;
        QTest::newRow("entity empty") << set("entity", QString()) << entity;
        QTest::newRow("entity upper case") << set("entity", QStringLiteral("Client")) << entity;
        QTest::newRow("entity with a digit first") << set("entity", QStringLiteral("1client")) << entity;
        QTest::newRow("entity with a dot") << set("entity", QStringLiteral("client.name")) << entity;
        QTest::newRow("entity with SQL") << set("entity", QStringLiteral("client; drop table x")) << entity;
        QTest::newRow("entity too long") << set("entity", QString(33, u'a')) << entity;
        QTest::newRow("entity in Chinese") << set("entity", QStringLiteral("客户")) << entity;

        QTest::newRow("id missing") << drop("id") << id;
        QTest::newRow("id not a UUID") << set("id", QStringLiteral("12345")) << id;
        QTest::newRow("id with braces") << set("id", QUuid::createUuid().toString()) << id;
        QTest::newRow("id a number") << set("id", 12345) << id;

        QTest::newRow("op missing") << drop("op") << op;
        QTest::newRow("op unknown") << set("op", QStringLiteral("upsert")) << op;
        QTest::newRow("op upper case") << set("op", QStringLiteral("CREATE")) << op;
        QTest::newRow("op padded") << set("op", QStringLiteral("create ")) << op;

        QTest::newRow("fields missing") << drop("fields") << fields;
        QTest::newRow("fields null") << set("fields", QJsonValue::Null) << fields;
        QTest::newRow("fields an array") << set("fields", QJsonArray{1, 2}) << fields;
        QTest::newRow("fields a string") << set("fields", QStringLiteral("{}")) << fields;
        const auto withValue = [set](const QJsonValue& v) {
            QJsonObject f = sample().fields;
            f.insert(QStringLiteral("tags"), v);
            return set("fields", f);
        };
        QTest::newRow("field value an array") << withValue(QJsonArray{1, 2}) << QStringLiteral("fields.tags");
        QTest::newRow("field value an object")
            << withValue(QJsonObject{{QStringLiteral("a"), 1}}) << QStringLiteral("fields.tags");
        QTest::newRow("field without a name") << set("fields", QJsonObject{{QString(), 1}}) << fields;
        QTest::newRow("op_id upper case")
            << set("op_id", QStringLiteral("0190A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B")) << opId;

        QTest::newRow("base_rev negative") << set("base_rev", -1) << baseRev;
        QTest::newRow("base_rev fractional") << set("base_rev", 1.5) << baseRev;
        QTest::newRow("base_rev beyond exact integers") << set("base_rev", 9007199254740992.0) << baseRev;
        QTest::newRow("base_rev huge") << set("base_rev", 1e300) << baseRev;
        QTest::newRow("base_rev as text") << set("base_rev", QStringLiteral("3")) << baseRev;
        QTest::newRow("base_rev boolean") << set("base_rev", true) << baseRev;
        QTest::newRow("base_rev an object") << set("base_rev", QJsonObject{}) << baseRev;
    }

    void invalidFieldIsRejectedNamingIt()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const Result<PushOperation> r = overTheWire(json);
        QVERIFY(!r);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
    }

    void emptyObjectIsRejected()
    {
        const Result<PushOperation> r = PushOperation::fromJson({});
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("op_id"));
    }
};

QTEST_GUILESS_MAIN(TestPushOperation)
#include "TestPushOperation.moc"
