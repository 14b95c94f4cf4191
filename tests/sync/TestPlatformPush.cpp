#include "PlatformFixture.h"

#include "protocol/PushResponse.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

const QString Client = QStringLiteral("client");

QJsonObject person()
{
    return {{QStringLiteral("name"), QStringLiteral("张卫国")},
            {QStringLiteral("gender"), QStringLiteral("male")},
            {QStringLiteral("birth_date"), QStringLiteral("1975-03-08")},
            {QStringLiteral("phone"), QStringLiteral("13800000000")},
            {QStringLiteral("address"), QStringLiteral("天河路1号")},
            {QStringLiteral("risk_level"), 1}};
}

} // namespace

// Push semantics against the real server: idempotency, three-way merge, conflicts, rejections.
class TestPlatformPush : public QObject {
    Q_OBJECT

    PlatformFixture f;

    // Creates a client record through a1; its id and revision.
    std::pair<QString, qint64> created()
    {
        const QString id = uuid();
        const HttpResult r = f.a1->push({op(Client, id, QStringLiteral("create"), person())});
        if (r.status != 200 || r.status0() != u"applied")
            return {id, 0};
        return {id, revOf(r)};
    }

    sync::PullChange current(PlatformClient& c, const QString& id)
    {
        const QList<sync::PullChange> mine = changesOf(c.pullAll(), id);
        return mine.isEmpty() ? sync::PullChange() : mine.constLast();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(f.setUp({}, &why), qPrintable(why));
    }

    void appliedAnswersCarryTheNewRevision()
    {
        const auto [id, rev] = created();
        QVERIFY(rev > 0);
        const HttpResult r = f.a1->push({op(Client, id, QStringLiteral("update"),
                                            {{QStringLiteral("phone"), QStringLiteral("1")}}, rev)});
        QCOMPARE(r.status0(), QStringLiteral("applied"));
        QVERIFY(revOf(r) > rev);
        QVERIFY(sync::PushResponse::fromJson(r.json));
        QVERIFY(!r.json.contains(QStringLiteral("audit_warning")));
    }

    void retriedBatchAppliesNothingTwice()
    {
        const QString id = uuid();
        const QList<sync::PushOperation> batch{
            op(Client, id, QStringLiteral("create"), person()),
            op(Client, id, QStringLiteral("update"), {{QStringLiteral("phone"), QStringLiteral("2")}}),
            op(QStringLiteral("unknown_thing"), uuid(), QStringLiteral("create"), {})};
        const HttpResult first = f.a1->push(batch);
        QCOMPARE(first.results().size(), 3);
        QString cursor;
        f.a1->pullAll(&cursor);

        const HttpResult retry = f.a1->push(batch);
        QCOMPARE(retry.status, 200);
        for (qsizetype i = 0; i < 3; ++i) {
            const QJsonObject r = resultAt(retry, i);
            QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
            QCOMPARE(r.value(QStringLiteral("first")).toObject(),
                     resultAt(first, i)); // the first answer, verbatim
        }
        // Nothing changed on the platform: no record moved past the cursor.
        QVERIFY(f.a1->pullAll(&cursor).isEmpty());
        // The other workstation of the centre replaying the same op_id gets the same answer.
        QCOMPARE(f.a2->push({batch[1]}).status0(), QStringLiteral("duplicate"));
    }

    void sameFieldOnTwoDevicesIsAConflict()
    {
        const auto [id, rev] = created();
        const HttpResult mine =
            f.a1->push({op(Client, id, QStringLiteral("update"),
                           {{QStringLiteral("phone"), QStringLiteral("13911111111")}}, rev)});
        QCOMPARE(mine.status0(), QStringLiteral("applied"));
        const HttpResult theirs =
            f.a2->push({op(Client, id, QStringLiteral("update"),
                           {{QStringLiteral("phone"), QStringLiteral("13922222222")}}, rev)});
        QCOMPARE(theirs.status0(), QStringLiteral("conflict"));
        const Result<sync::PushResponse> decoded = sync::PushResponse::fromJson(theirs.json);
        QVERIFY(decoded);
        const sync::PushResult& c = decoded.value().results[0];
        QCOMPARE(c.contested.keys(), QStringList{QStringLiteral("phone")});
        QCOMPARE(c.contested[QStringLiteral("phone")].server.toString(), QStringLiteral("13911111111"));
        QCOMPARE(c.contested[QStringLiteral("phone")].yours.toString(), QStringLiteral("13922222222"));
        QCOMPARE(c.currentFields.value(QStringLiteral("phone")).toString(), QStringLiteral("13911111111"));
        QCOMPARE(*c.rev, revOf(mine)); // nothing applied: the current revision
        QCOMPARE(c.currentRev, revOf(mine));

        // The platform kept its value and wrote a conflict record every workstation sees.
        QCOMPARE(current(*f.a2, id).fields.value(QStringLiteral("phone")).toString(),
                 QStringLiteral("13911111111"));
        const QList<sync::PullChange> conflicts = changesOf(f.a1->pullAll(), c.conflictId);
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject cf = conflicts[0].fields;
        QCOMPARE(conflicts[0].entity, QStringLiteral("conflict"));
        QCOMPARE(cf.value(QStringLiteral("entity")).toString(), Client);
        QCOMPARE(cf.value(QStringLiteral("record_id")).toString(), id);
        QCOMPARE(cf.value(QStringLiteral("field")).toString(), QStringLiteral("phone"));
        QCOMPARE(cf.value(QStringLiteral("server_value")).toString(),
                 QStringLiteral("{\"phone\":\"13911111111\"}"));
        QCOMPARE(cf.value(QStringLiteral("proposed_value")).toString(),
                 QStringLiteral("{\"phone\":\"13922222222\"}"));
        QCOMPARE(cf.value(QStringLiteral("base_rev")).toInteger(), rev);
        QCOMPARE(cf.value(QStringLiteral("proposed_by")).toString(), f.a2Id);
        QCOMPARE(cf.value(QStringLiteral("status")).toString(), QStringLiteral("open"));

        // Resolving it is an ordinary update of the conflict record.
        const HttpResult resolved =
            f.a1->push({op(QStringLiteral("conflict"), c.conflictId, QStringLiteral("update"),
                           {{QStringLiteral("status"), QStringLiteral("resolved")},
                            {QStringLiteral("resolution"), QStringLiteral("server")}},
                           conflicts[0].rev)});
        QCOMPARE(resolved.status0(), QStringLiteral("applied"));
    }

    void differentFieldsMerge()
    {
        const auto [id, rev] = created();
        QCOMPARE(f.a1->push({op(Client, id, QStringLiteral("update"),
                                {{QStringLiteral("phone"), QStringLiteral("1")}}, rev)})
                     .status0(),
                 QStringLiteral("applied"));
        QCOMPARE(f.a2->push({op(Client, id, QStringLiteral("update"),
                                {{QStringLiteral("address"), QStringLiteral("海珠路2号")}}, rev)})
                     .status0(),
                 QStringLiteral("applied"));
        const sync::PullChange now = current(*f.a1, id);
        QCOMPARE(now.fields.value(QStringLiteral("phone")).toString(), QStringLiteral("1"));
        QCOMPARE(now.fields.value(QStringLiteral("address")).toString(), QStringLiteral("海珠路2号"));
        QCOMPARE(now.fields.value(QStringLiteral("name")).toString(), QStringLiteral("张卫国"));
    }

    void contestedFieldsDoNotHoldBackTheOthers()
    {
        const auto [id, rev] = created();
        const HttpResult mine = f.a1->push({op(Client, id, QStringLiteral("update"),
                                               {{QStringLiteral("phone"), QStringLiteral("1")}}, rev)});
        const HttpResult theirs = f.a2->push(
            {op(Client, id, QStringLiteral("update"),
                {{QStringLiteral("phone"), QStringLiteral("2")}, {QStringLiteral("risk_level"), 3}}, rev)});
        QCOMPARE(theirs.status0(), QStringLiteral("conflict"));
        const QJsonObject r = resultAt(theirs, 0);
        QVERIFY(revOf(theirs) > revOf(mine)); // risk_level applied: a new revision
        QCOMPARE(r[QStringLiteral("current")][QStringLiteral("fields")][QStringLiteral("risk_level")].toInt(),
                 3);
        QCOMPARE(r[QStringLiteral("current")][QStringLiteral("fields")][QStringLiteral("phone")].toString(),
                 QStringLiteral("1"));
        QCOMPARE(r[QStringLiteral("conflict")][QStringLiteral("fields")].toObject().keys(),
                 QStringList{QStringLiteral("phone")});
    }

    void sameValueOnTwoDevicesIsNoConflict()
    {
        const auto [id, rev] = created();
        QCOMPARE(f.a1->push({op(Client, id, QStringLiteral("update"),
                                {{QStringLiteral("phone"), QStringLiteral("5")}}, rev)})
                     .status0(),
                 QStringLiteral("applied"));
        QCOMPARE(f.a2->push({op(Client, id, QStringLiteral("update"),
                                {{QStringLiteral("phone"), QStringLiteral("5")}}, rev)})
                     .status0(),
                 QStringLiteral("applied"));
    }

    void aDevicesLaterEditIsNoConflictWithItsEarlierOne()
    {
        // Both written offline against the same base; the outbox pushes them in order.
        const auto [id, rev] = created();
        const HttpResult r = f.a1->push(
            {op(Client, id, QStringLiteral("update"), {{QStringLiteral("phone"), QStringLiteral("6")}}, rev),
             op(Client, id, QStringLiteral("update"), {{QStringLiteral("phone"), QStringLiteral("7")}},
                rev)});
        QCOMPARE(resultAt(r, 1).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(current(*f.a1, id).fields.value(QStringLiteral("phone")).toString(), QStringLiteral("7"));
    }

    void createThenUpdateBeforeEverSyncing()
    {
        const QString id = uuid();
        const HttpResult r = f.a1->push(
            {op(Client, id, QStringLiteral("create"), person()),
             op(Client, id, QStringLiteral("update"), {{QStringLiteral("phone"), QStringLiteral("8")}})});
        QCOMPARE(resultAt(r, 1).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    }

    void createWithTheSameContentAgainIsApplied()
    {
        const QString id = uuid();
        const HttpResult first = f.a1->push({op(Client, id, QStringLiteral("create"), person())});
        const HttpResult again =
            f.a2->push({op(Client, id, QStringLiteral("create"), person())}); // a new op_id
        QCOMPARE(again.status0(), QStringLiteral("applied"));
        QCOMPARE(revOf(again), revOf(first));
    }

    void createOfAnExistingRecordIsAnsweredWithThePlatformsCopy()
    {
        const auto [id, rev] = created();
        QJsonObject other = person();
        other.insert(QStringLiteral("phone"), QStringLiteral("0"));
        const HttpResult r = f.a2->push({op(Client, id, QStringLiteral("create"), other)});
        QCOMPARE(r.status0(), QStringLiteral("rejected"));
        Result<sync::PushResponse> decoded = sync::PushResponse::fromJson(r.json);
        QVERIFY(decoded);
        const sync::PushResult& answer = decoded.value().results.at(0);
        QCOMPARE(answer.currentRev, rev);
        QCOMPARE(answer.currentFields, person());
    }

    void rejectionsNameTheField_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown entity") << QStringLiteral("unknown entity") << QStringLiteral("entity");
        QTest::newRow("update of an unknown record")
            << QStringLiteral("update unknown") << QStringLiteral("id");
        QTest::newRow("delete of an unknown record")
            << QStringLiteral("delete unknown") << QStringLiteral("id");
        QTest::newRow("update of a deleted record")
            << QStringLiteral("update deleted") << QStringLiteral("id");
        QTest::newRow("create over a deleted record")
            << QStringLiteral("create deleted") << QStringLiteral("id");
        QTest::newRow("create of an existing id, other content")
            << QStringLiteral("create other") << QStringLiteral("phone");
        QTest::newRow("update naming another entity")
            << QStringLiteral("entity mismatch") << QStringLiteral("entity");
        QTest::newRow("an array value") << QStringLiteral("array") << QStringLiteral("scores");
        QTest::newRow("an object value") << QStringLiteral("object") << QStringLiteral("scores");
        QTest::newRow("a value over 1 MiB") << QStringLiteral("huge") << QStringLiteral("note");
        QTest::newRow("a signed document changed")
            << QStringLiteral("signed change") << QStringLiteral("body");
        QTest::newRow("a signed document deleted") << QStringLiteral("signed delete") << QStringLiteral("op");
        QTest::newRow("an unknown op") << QStringLiteral("bad op") << QStringLiteral("op");
        QTest::newRow("an id that is no UUID") << QStringLiteral("bad id") << QStringLiteral("id");
    }

    void rejectionsNameTheField()
    {
        QFETCH(QString, kind);
        QFETCH(QString, field);
        const auto [id, rev] = created();
        QVERIFY(rev > 0);
        const QString signedId = uuid();
        QCOMPARE(f.a1->push({op(QStringLiteral("signed_document"), signedId, QStringLiteral("create"),
                                {{QStringLiteral("body"), QStringLiteral("知情同意书")},
                                 {QStringLiteral("signed_on"), QStringLiteral("2026-11-01")}})})
                     .status0(),
                 QStringLiteral("applied"));
        const auto update = [&](const QJsonObject& fields) {
            return op(Client, id, QStringLiteral("update"), fields, rev);
        };
        sync::PushOperation o;
        if (kind == u"unknown entity")
            o = op(QStringLiteral("spaceship"), uuid(), QStringLiteral("create"), {});
        else if (kind == u"update unknown")
            o = op(Client, uuid(), QStringLiteral("update"), {{QStringLiteral("phone"), QStringLiteral("1")}},
                   1);
        else if (kind == u"delete unknown")
            o = op(Client, uuid(), QStringLiteral("delete"), {}, 1);
        else if (kind == u"update deleted" || kind == u"create deleted") {
            QCOMPARE(f.a1->push({op(Client, id, QStringLiteral("delete"), {}, rev)}).status0(),
                     QStringLiteral("applied"));
            o = kind == u"update deleted" ? update({{QStringLiteral("phone"), QStringLiteral("1")}})
                                          : op(Client, id, QStringLiteral("create"), person());
        } else if (kind == u"create other") {
            QJsonObject other = person();
            other.insert(QStringLiteral("phone"), QStringLiteral("0"));
            o = op(Client, id, QStringLiteral("create"), other);
        } else if (kind == u"entity mismatch")
            o = op(QStringLiteral("guardian"), id, QStringLiteral("update"),
                   {{QStringLiteral("phone"), QStringLiteral("1")}}, rev);
        else if (kind == u"array" || kind == u"object")
            o = update({});
        else if (kind == u"huge")
            o = update({{QStringLiteral("note"), QString(1024 * 1024 + 1, u'x')}});
        else if (kind == u"signed change")
            o = op(QStringLiteral("signed_document"), signedId, QStringLiteral("update"),
                   {{QStringLiteral("body"), QStringLiteral("改过的")},
                    {QStringLiteral("revoked_on"), QStringLiteral("2026-11-02")}});
        else if (kind == u"signed delete")
            o = op(QStringLiteral("signed_document"), signedId, QStringLiteral("delete"), {});
        else
            o = update({});

        QJsonObject json = o.toJson();
        if (kind == u"array")
            json.insert(QStringLiteral("fields"), QJsonObject{{QStringLiteral("scores"), QJsonArray{1, 2}}});
        else if (kind == u"object")
            json.insert(QStringLiteral("fields"),
                        QJsonObject{{QStringLiteral("scores"), QJsonObject{{QStringLiteral("a"), 1}}}});
        else if (kind == u"bad op")
            json.insert(QStringLiteral("op"), QStringLiteral("upsert"));
        else if (kind == u"bad id")
            json.insert(QStringLiteral("id"), QStringLiteral("client-7"));
        const HttpResult r = f.a1->post(
            QStringLiteral("/v1/push"),
            QJsonObject{{QStringLiteral("audit_head"), sync::AuditHead{1, QStringLiteral("h")}.toJson()},
                        {QStringLiteral("operations"), QJsonArray{json}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.status0(), QStringLiteral("rejected"));
        const QJsonArray reasons = resultAt(r, 0).value(QStringLiteral("reasons")).toArray();
        QVERIFY(!reasons.isEmpty());
        QCOMPARE(reasons[0].toObject().value(QStringLiteral("field")).toString(), field);
        QVERIFY(!reasons[0].toObject().value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(sync::PushResponse::fromJson(r.json));
        // Rejections are permanent answers too.
        const HttpResult again = f.a1->post(
            QStringLiteral("/v1/push"),
            QJsonObject{{QStringLiteral("audit_head"), sync::AuditHead{1, QStringLiteral("h")}.toJson()},
                        {QStringLiteral("operations"), QJsonArray{json}}});
        QCOMPARE(again.status0(), QStringLiteral("duplicate"));
        QCOMPARE(resultAt(again, 0)[QStringLiteral("first")][QStringLiteral("status")].toString(),
                 QStringLiteral("rejected"));
    }

    void signedDocumentCanBeRevoked()
    {
        const QString id = uuid();
        const HttpResult c = f.a1->push({op(QStringLiteral("signed_document"), id, QStringLiteral("create"),
                                            {{QStringLiteral("body"), QStringLiteral("服务协议")}})});
        const HttpResult r = f.a1->push({op(QStringLiteral("signed_document"), id, QStringLiteral("update"),
                                            {{QStringLiteral("revoked_on"), QStringLiteral("2026-11-20")},
                                             {QStringLiteral("revoked_reason"), QStringLiteral("本人撤回")},
                                             {QStringLiteral("revoked_by"), QStringLiteral("wang.li")}},
                                            revOf(c))});
        QCOMPARE(r.status0(), QStringLiteral("applied"));
    }

    void deletionLeavesATombstone()
    {
        const auto [id, rev] = created();
        const HttpResult d = f.a1->push({op(Client, id, QStringLiteral("delete"), {}, rev)});
        QCOMPARE(d.status0(), QStringLiteral("applied"));
        const sync::PullChange t = current(*f.a2, id);
        QVERIFY(t.deleted);
        QCOMPARE(t.rev, revOf(d));
        QCOMPARE(t.entity, Client);
        QVERIFY(t.fields.isEmpty());
    }

    void batchWithAnUnanswerableOperationAppliesNothing()
    {
        const QString id = uuid();
        QJsonObject broken = op(Client, uuid(), QStringLiteral("create"), person()).toJson();
        broken.insert(QStringLiteral("op_id"), QStringLiteral("not-a-uuid"));
        const HttpResult r = f.a1->post(
            QStringLiteral("/v1/push"),
            QJsonObject{{QStringLiteral("audit_head"), sync::AuditHead{1, QStringLiteral("h")}.toJson()},
                        {QStringLiteral("operations"),
                         QJsonArray{op(Client, id, QStringLiteral("create"), person()).toJson(), broken}}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("invalid_request"));
        QCOMPARE(r.field(), QStringLiteral("operations[1].op_id"));
        QVERIFY(changesOf(f.a1->pullAll(), id).isEmpty());
    }

    void malformedBatchesAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QJsonObject head = sync::AuditHead{1, QStringLiteral("h")}.toJson();
        QJsonArray tooMany;
        for (int i = 0; i < 501; ++i)
            tooMany.append(op(Client, uuid(), QStringLiteral("create"), {}).toJson());
        QTest::newRow("no audit head")
            << QJsonObject{{QStringLiteral("operations"), QJsonArray{}}} << QStringLiteral("audit_head");
        QTest::newRow("negative seq")
            << QJsonObject{{QStringLiteral("audit_head"),
                            QJsonObject{{QStringLiteral("seq"), -1}, {QStringLiteral("hash"), QString()}}},
                           {QStringLiteral("operations"), QJsonArray{}}}
            << QStringLiteral("audit_head.seq");
        QTest::newRow("no operations")
            << QJsonObject{{QStringLiteral("audit_head"), head}} << QStringLiteral("operations");
        QTest::newRow("501 operations")
            << QJsonObject{{QStringLiteral("audit_head"), head}, {QStringLiteral("operations"), tooMany}}
            << QStringLiteral("operations");
    }

    void malformedBatchesAreRefused()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const HttpResult r = f.a1->post(QStringLiteral("/v1/push"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("invalid_request"));
        QCOMPARE(r.field(), field);
    }

    void auditChainGoingBackwardsIsWarnedAndRecorded()
    {
        PlatformClient c(f.server.url());
        const HttpResult e = c.enrol(QStringLiteral("A"), f.server.issueCode(QStringLiteral("A")));
        QVERIFY(!c.push({}, {50, QStringLiteral("h50")}).json.contains(QStringLiteral("audit_warning")));
        QVERIFY(!c.push({}, {60, QStringLiteral("h60")}).json.contains(QStringLiteral("audit_warning")));
        const HttpResult back = c.push({}, {10, QStringLiteral("h10")});
        QCOMPARE(back.status, 200);
        QCOMPARE(back.json.value(QStringLiteral("audit_warning")).toString(),
                 QStringLiteral("audit chain went backwards"));
        QVERIFY(f.server.log().contains(QStringLiteral("audit chain went backwards")));
        const QString list =
            f.server.admin({QStringLiteral("devices"), QStringLiteral("--centre"), QStringLiteral("A")}).out;
        QVERIFY(list.contains(c.deviceId(e) + QStringLiteral("\tactive")));
        // The highest head stays: the old copy keeps being noticed.
        QVERIFY(c.push({}, {11, QStringLiteral("h11")}).json.contains(QStringLiteral("audit_warning")));
    }

    void logHoldsNoPersonalData()
    {
        const QString id = uuid();
        QJsonObject p = person();
        p.insert(QStringLiteral("id_number"), QStringLiteral("44010619750308123X"));
        QCOMPARE(f.a1->push({op(Client, id, QStringLiteral("create"), p)}).status0(),
                 QStringLiteral("applied"));
        const QString log = f.server.log();
        QVERIFY(!log.isEmpty());
        QVERIFY(!log.contains(QStringLiteral("张卫国")));
        QVERIFY(!log.contains(QStringLiteral("44010619750308123X")));
        QVERIFY(!log.contains(QStringLiteral("13800000000")));
    }
};

QTEST_GUILESS_MAIN(TestPlatformPush)
#include "TestPlatformPush.moc"
