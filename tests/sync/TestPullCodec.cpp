#include "CodecTestSupport.h"

#include "protocol/PullPage.h"

#include <QJsonArray>
#include <QTest>

using namespace kq;
using namespace kq::sync;
using namespace kq::sync::test;

namespace {

const QJsonValue Absent = QJsonValue(QJsonValue::Undefined);

PullChange change(qint64 rev, bool deleted = false)
{
    PullChange c;
    c.entity = QStringLiteral("client");
    c.entityId = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-%1").arg(rev, 12, 10, QLatin1Char('0'));
    c.rev = rev;
    c.deleted = deleted;
    if (!deleted)
        c.fields = {{QStringLiteral("name"), QStringLiteral("张卫国")},
                    {QStringLiteral("risk_level"), 1},
                    {QStringLiteral("low_income"), false},
                    {QStringLiteral("phone"), QJsonValue::Null}};
    return c;
}

PullPage samplePage()
{
    PullPage p;
    p.changes = {change(121), change(130, true), change(131)};
    p.cursor = QStringLiteral("djE6MTMx");
    p.more = true;
    return p;
}

} // namespace

class TestPullCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pageRoundTrips()
    {
        const PullPage p = samplePage();
        const Result<PullPage> back = overTheWire<PullPage>(p.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().describe()));
        QCOMPARE(back.value().cursor, p.cursor);
        QCOMPARE(back.value().more, true);
        QCOMPARE(back.value().changes.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(back.value().changes[i].entityId, p.changes[i].entityId);
            QCOMPARE(back.value().changes[i].rev, p.changes[i].rev);
            QCOMPARE(back.value().changes[i].deleted, p.changes[i].deleted);
            QCOMPARE(back.value().changes[i].fields, p.changes[i].fields);
        }
    }

    void emptyLastPageRoundTrips()
    {
        PullPage p;
        p.cursor = QStringLiteral("djE6MA");
        const Result<PullPage> back = overTheWire<PullPage>(p.toJson());
        QVERIFY(back);
        QVERIFY(back.value().changes.isEmpty());
        QVERIFY(!back.value().more);
    }

    void malformedPageNamesTheField_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        const QJsonObject good = samplePage().toJson();
        const auto set = [&](const char* path, const QJsonValue& v) {
            return withValue(good, QString::fromLatin1(path), v);
        };
        const auto changeWith = [&](const char* path, const QJsonValue& v) {
            QJsonArray changes = good.value(QStringLiteral("changes")).toArray();
            changes[1] = withValue(changes[1].toObject(), QString::fromLatin1(path), v);
            return withValue(good, QStringLiteral("changes"), changes);
        };
        QJsonArray backwards = good.value(QStringLiteral("changes")).toArray();
        const QJsonValue first = backwards[0];
        backwards[0] = backwards[1];
        backwards[1] = first;
        QJsonArray repeated = good.value(QStringLiteral("changes")).toArray();
        repeated[1] = repeated[0];

        QTest::newRow("changes missing") << set("changes", Absent) << QStringLiteral("changes");
        QTest::newRow("changes an object") << set("changes", QJsonObject{}) << QStringLiteral("changes");
        QTest::newRow("change not an object")
            << set("changes", QJsonArray{3}) << QStringLiteral("changes[0]");
        QTest::newRow("changes out of order")
            << set("changes", backwards) << QStringLiteral("changes[1].rev");
        QTest::newRow("same revision twice") << set("changes", repeated) << QStringLiteral("changes[1].rev");
        QTest::newRow("cursor missing") << set("cursor", Absent) << QStringLiteral("cursor");
        QTest::newRow("cursor empty") << set("cursor", QString()) << QStringLiteral("cursor");
        QTest::newRow("cursor a number") << set("cursor", 131) << QStringLiteral("cursor");
        QTest::newRow("cursor with URL syntax")
            << set("cursor", QStringLiteral("a&limit=1")) << QStringLiteral("cursor");
        QTest::newRow("cursor too long") << set("cursor", QString(201, u'a')) << QStringLiteral("cursor");
        QTest::newRow("more missing") << set("more", Absent) << QStringLiteral("more");
        QTest::newRow("more as text") << set("more", QStringLiteral("true")) << QStringLiteral("more");
        QTest::newRow("entity missing")
            << changeWith("entity", Absent) << QStringLiteral("changes[1].entity");
        QTest::newRow("entity upper case")
            << changeWith("entity", QStringLiteral("Client")) << QStringLiteral("changes[1].entity");
        QTest::newRow("id not a UUID")
            << changeWith("id", QStringLiteral("x")) << QStringLiteral("changes[1].id");
        QTest::newRow("rev missing") << changeWith("rev", Absent) << QStringLiteral("changes[1].rev");
        QTest::newRow("rev zero") << changeWith("rev", 0) << QStringLiteral("changes[1].rev");
        QTest::newRow("rev fractional") << changeWith("rev", 125.5) << QStringLiteral("changes[1].rev");
        QTest::newRow("deleted missing")
            << changeWith("deleted", Absent) << QStringLiteral("changes[1].deleted");
        QTest::newRow("deleted a number") << changeWith("deleted", 1) << QStringLiteral("changes[1].deleted");
        QTest::newRow("fields missing")
            << changeWith("fields", Absent) << QStringLiteral("changes[1].fields");
        QTest::newRow("fields null") << changeWith("fields", QJsonValue::Null)
                                     << QStringLiteral("changes[1].fields");
        QTest::newRow("field an array")
            << changeWith("fields", QJsonObject{{QStringLiteral("scores"), QJsonArray{1}}})
            << QStringLiteral("changes[1].fields.scores");
    }

    void malformedPageNamesTheField()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const Result<PullPage> r = overTheWire<PullPage>(json);
        QVERIFY(!r);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
    }

    void unknownMembersAreIgnored()
    {
        // Added optional fields are not a new protocol version.
        QJsonObject json = samplePage().toJson();
        json.insert(QStringLiteral("server_time"), QStringLiteral("2026-11-23T10:00:00Z"));
        QVERIFY(overTheWire<PullPage>(json));
    }
};

QTEST_GUILESS_MAIN(TestPullCodec)
#include "TestPullCodec.moc"
