#include "PlatformFixture.h"
#include "protocol/WireJson.h"

#include <QSet>
#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

const QString Client = QStringLiteral("client");

QJsonObject person(const QString& name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("gender"), QStringLiteral("female")},
            {QStringLiteral("birth_date"), QStringLiteral("1982-07-01")},
            {QStringLiteral("id_number"), QStringLiteral("440106198207010021")},
            {QStringLiteral("phone"), QStringLiteral("13700000000")},
            {QStringLiteral("residence_county"), QStringLiteral("440106")},
            {QStringLiteral("diagnosis_code"), QStringLiteral("F20")},
            {QStringLiteral("risk_level"), 2}};
}

sync::PushOperation transfer(const QString& clientId, const QString& target,
                             const QString& county = QStringLiteral("440105"))
{
    const QString details = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("centre"), target}, {QStringLiteral("county"), county}})
            .toJson(QJsonDocument::Compact));
    return op(QStringLiteral("case_event"), uuid(), QStringLiteral("create"),
              {{QStringLiteral("client_id"), clientId},
               {QStringLiteral("action"), QStringLiteral("transfer-out")},
               {QStringLiteral("from_status"), QStringLiteral("in_service")},
               {QStringLiteral("to_status"), QStringLiteral("transferred_out")},
               {QStringLiteral("occurred_at"), QStringLiteral("2026-11-20T02:00:00.000Z")},
               {QStringLiteral("reason"), QStringLiteral("随女儿搬到海珠区")},
               {QStringLiteral("details"), details}});
}

} // namespace

// Pull pages, cursors, centre isolation and the referrals the platform writes.
class TestPlatformPull : public QObject {
    Q_OBJECT

    PlatformFixture f;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(f.setUp({}, &why), qPrintable(why));
    }

    void emptyFeedStillGivesACursor()
    {
        const HttpResult r = f.b1->pull();
        QCOMPARE(r.status, 200);
        const Result<sync::PullPage> page = sync::PullPage::fromJson(r.json);
        QVERIFY(page);
        QVERIFY(page.value().changes.isEmpty());
        QVERIFY(!page.value().more);
        QCOMPARE(f.b1->pull(page.value().cursor).status, 200);
    }

    void pagesAreOrderedStableAndComplete()
    {
        QString cursor;
        f.a1->pullAll(&cursor);
        QList<sync::PushOperation> ops;
        QStringList ids;
        for (int i = 0; i < 25; ++i) {
            ids << uuid();
            ops << op(Client, ids.constLast(), QStringLiteral("create"),
                      person(QStringLiteral("客户%1").arg(i)));
        }
        QCOMPARE(f.a1->push(ops).status, 200);

        QList<sync::PullChange> seen;
        QList<bool> mores;
        QString after = cursor;
        for (int page = 0; page < 10; ++page) {
            const Result<sync::PullPage> p = sync::PullPage::fromJson(f.a2->pull(after, 10).json);
            QVERIFY(p);
            QVERIFY(p.value().changes.size() <= 10);
            seen += p.value().changes;
            mores << p.value().more;
            after = p.value().cursor;
            if (!p.value().more)
                break;
        }
        QCOMPARE(mores, (QList<bool>{true, true, false}));
        QCOMPARE(seen.size(), 25);
        for (qsizetype i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen[i].entityId, ids[i]); // in the order they were applied
            QVERIFY(i == 0 || seen[i].rev > seen[i - 1].rev);
            QCOMPARE(seen[i].fields.value(QStringLiteral("name")).toString(),
                     QStringLiteral("客户%1").arg(i));
        }
        // The same cursor gives the same page again.
        QCOMPARE(f.a2->pull(cursor, 10).json, f.a1->pull(cursor, 10).json);

        // A record changed again moves after the cursor, with all its current fields, once.
        QCOMPARE(f.a1->push({op(Client, ids[3], QStringLiteral("update"),
                                {{QStringLiteral("phone"), QStringLiteral("1")}}, seen[3].rev)})
                     .status0(),
                 QStringLiteral("applied"));
        const QList<sync::PullChange> next = f.a2->pullAll(&after);
        QCOMPARE(next.size(), 1);
        QCOMPARE(next[0].entityId, ids[3]);
        QCOMPARE(next[0].fields.value(QStringLiteral("phone")).toString(), QStringLiteral("1"));
        QCOMPARE(next[0].fields.value(QStringLiteral("name")).toString(), QStringLiteral("客户3"));
        // From the start, every record appears once.
        const QList<sync::PullChange> all = f.a2->pullAll(nullptr, 7);
        QSet<QString> unique;
        for (const sync::PullChange& c : all) {
            QVERIFY(!unique.contains(c.entityId));
            unique.insert(c.entityId);
        }
    }

    void centresSeeOnlyTheirOwnRecords()
    {
        const QString id = uuid();
        const HttpResult created =
            f.a1->push({op(Client, id, QStringLiteral("create"), person(QStringLiteral("甲")))});
        QCOMPARE(created.status0(), QStringLiteral("applied"));
        for (const sync::PullChange& c : f.b1->pullAll())
            QVERIFY2(c.entityId != id && c.fields.value(QStringLiteral("name")) != QStringLiteral("甲"),
                     "B saw A's record");
        // B cannot reach A's record by its id either.
        const HttpResult r =
            f.b1->push({op(Client, id, QStringLiteral("update"),
                           {{QStringLiteral("phone"), QStringLiteral("1")}}, revOf(created))});
        QCOMPARE(r.status0(), QStringLiteral("rejected"));
        // Nor read A's feed with A's cursor.
        QString cursorOfA;
        f.a1->pullAll(&cursorOfA);
        const HttpResult foreign = f.b1->pull(cursorOfA);
        QCOMPARE(foreign.status, 400);
        QCOMPARE(foreign.field(), QStringLiteral("after"));
    }

    void tombstonesArePulled()
    {
        const QString id = uuid();
        const HttpResult c =
            f.a1->push({op(Client, id, QStringLiteral("create"), person(QStringLiteral("乙")))});
        QString cursor;
        f.a2->pullAll(&cursor);
        QCOMPARE(f.a1->push({op(Client, id, QStringLiteral("delete"), {}, revOf(c))}).status0(),
                 QStringLiteral("applied"));
        const QList<sync::PullChange> next = f.a2->pullAll(&cursor);
        QCOMPARE(next.size(), 1);
        QVERIFY(next[0].deleted);
        QCOMPARE(next[0].entityId, id);
    }

    void badCursorsAndLimitsAreRefused_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("garbage cursor") << QStringLiteral("after=hello") << QStringLiteral("after");
        QTest::newRow("not base64url") << QStringLiteral("after=%2B%2F%3D%3D") << QStringLiteral("after");
        QTest::newRow("forged revision")
            << QStringLiteral("after=AQAAAAAAAAAAAAAAAAAAAAAAAAAA") << QStringLiteral("after");
        QTest::newRow("empty cursor") << QStringLiteral("after=") << QStringLiteral("after");
        QTest::newRow("very long cursor")
            << QStringLiteral("after=") + QString(300, u'A') << QStringLiteral("after");
        QTest::newRow("limit zero") << QStringLiteral("limit=0") << QStringLiteral("limit");
        QTest::newRow("limit over 1000") << QStringLiteral("limit=1001") << QStringLiteral("limit");
        QTest::newRow("limit text") << QStringLiteral("limit=ten") << QStringLiteral("limit");
        QTest::newRow("limit negative") << QStringLiteral("limit=-5") << QStringLiteral("limit");
    }

    void badCursorsAndLimitsAreRefused()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const HttpResult r = f.a1->send("GET", QStringLiteral("/v1/pull?") + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("invalid_request"));
        QCOMPARE(r.field(), field);
    }

    void aTamperedCursorIsRefused()
    {
        QString cursor;
        f.a1->pullAll(&cursor);
        QVERIFY(!cursor.isEmpty());
        QString tampered = cursor;
        // cppcheck-suppress containerOutOfBounds ; pullAll() filled the cursor (checked above)
        tampered[5] = tampered[5] == u'A' ? u'B' : u'A';
        QCOMPARE(f.a1->pull(tampered).status, 400);
        QCOMPARE(f.a1->pull(cursor).status, 200);
    }

    void assignedReferralAppearsInThatCentresFeed()
    {
        QString cursorA, cursorB;
        f.a1->pullAll(&cursorA);
        f.b1->pullAll(&cursorB);
        const PlatformProcess::AdminResult r = f.server.admin(
            {QStringLiteral("assign-referral"), QStringLiteral("--centre"), QStringLiteral("B"),
             QStringLiteral("--name"), QStringLiteral("陈小红"), QStringLiteral("--gender"),
             QStringLiteral("female"), QStringLiteral("--birth-date"), QStringLiteral("1990-05-17"),
             QStringLiteral("--county"), QStringLiteral("440105"), QStringLiteral("--id-number"),
             QStringLiteral("44010519900517002x"), QStringLiteral("--phone"), QStringLiteral("13500000000"),
             QStringLiteral("--reference"), QStringLiteral("GZ-2026-0042"), QStringLiteral("--note"),
             QStringLiteral("医院出院转介")});
        QVERIFY2(r.ok(), qPrintable(r.err));
        const QString id = r.out;
        QVERIFY(sync::wire::isUuid(id));
        const QList<sync::PullChange> atB = f.b1->pullAll(&cursorB);
        QCOMPARE(atB.size(), 1);
        QCOMPARE(atB[0].entity, QStringLiteral("referral"));
        QCOMPARE(atB[0].entityId, id);
        const QJsonObject x = atB[0].fields;
        QCOMPARE(x.value(QStringLiteral("name")).toString(), QStringLiteral("陈小红"));
        QCOMPARE(x.value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
        QCOMPARE(x.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1990-05-17"));
        QCOMPARE(x.value(QStringLiteral("id_number")).toString(), QStringLiteral("44010519900517002X"));
        QCOMPARE(x.value(QStringLiteral("phone")).toString(), QStringLiteral("13500000000"));
        QCOMPARE(x.value(QStringLiteral("residence_county")).toString(), QStringLiteral("440105"));
        QCOMPARE(x.value(QStringLiteral("way_in")).toString(), QStringLiteral("platform"));
        QCOMPARE(x.value(QStringLiteral("platform_reference")).toString(), QStringLiteral("GZ-2026-0042"));
        QCOMPARE(x.value(QStringLiteral("from_centre")).toString(), QString());
        QCOMPARE(x.value(QStringLiteral("note")).toString(), QStringLiteral("医院出院转介"));
        QVERIFY(f.a1->pullAll(&cursorA).isEmpty());
        QVERIFY(!f.server.log().contains(QStringLiteral("陈小红")));
    }

    void transferOutBecomesAReferralAtTheTargetExactlyOnce()
    {
        QString cursorB;
        f.b1->pullAll(&cursorB);
        const QString clientId = uuid();
        const sync::PushOperation event = transfer(clientId, QStringLiteral("B"));
        const QList<sync::PushOperation> batch{
            op(Client, clientId, QStringLiteral("create"), person(QStringLiteral("王芳"))), event};
        const HttpResult first = f.a1->push(batch);
        QCOMPARE(resultAt(first, 1).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        // A lost answer and a retry; and the same event from the centre's other workstation.
        QCOMPARE(resultAt(f.a1->push(batch), 1).value(QStringLiteral("status")).toString(),
                 QStringLiteral("duplicate"));
        sync::PushOperation again = event;
        again.opId = uuid();
        QCOMPARE(f.a2->push({again}).status0(), QStringLiteral("applied"));

        const QList<sync::PullChange> atB = ofEntity(f.b1->pullAll(&cursorB), QStringLiteral("referral"));
        QCOMPARE(atB.size(), 1);
        const QJsonObject x = atB[0].fields;
        QCOMPARE(x.value(QStringLiteral("name")).toString(), QStringLiteral("王芳"));
        QCOMPARE(x.value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
        QCOMPARE(x.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1982-07-01"));
        QCOMPARE(x.value(QStringLiteral("id_number")).toString(), QStringLiteral("440106198207010021"));
        QCOMPARE(x.value(QStringLiteral("phone")).toString(), QStringLiteral("13700000000"));
        QCOMPARE(x.value(QStringLiteral("residence_county")).toString(),
                 QStringLiteral("440105")); // the new residence
        QCOMPARE(x.value(QStringLiteral("diagnosis_code")).toString(), QStringLiteral("F20"));
        QVERIFY(!x.contains(QStringLiteral("risk_level"))); // the receiving centre assesses it
        QCOMPARE(x.value(QStringLiteral("way_in")).toString(), QStringLiteral("platform"));
        QCOMPARE(x.value(QStringLiteral("from_centre")).toString(), QStringLiteral("A"));
        QCOMPARE(x.value(QStringLiteral("platform_reference")).toString(), event.entityId);
        QCOMPARE(x.value(QStringLiteral("note")).toString(), QStringLiteral("随女儿搬到海珠区"));
        // The sender's own feed gets no referral.
        QVERIFY(ofEntity(f.a1->pullAll(), QStringLiteral("referral")).isEmpty());
        QVERIFY(!f.server.log().contains(QStringLiteral("王芳")));
    }

    void transferNamingTheCentreByNameArrivesToo()
    {
        QString cursorB;
        f.b1->pullAll(&cursorB);
        const QString clientId = uuid();
        QCOMPARE(f.a1->push({op(Client, clientId, QStringLiteral("create"), person(QStringLiteral("赵六"))),
                             transfer(clientId, QStringLiteral("海珠康桥家园"))})
                     .status,
                 200);
        QCOMPARE(ofEntity(f.b1->pullAll(&cursorB), QStringLiteral("referral")).size(), 1);
    }

    void transferToNoKnownCentreWritesNoReferral()
    {
        QString cursorA, cursorB;
        f.a1->pullAll(&cursorA);
        f.b1->pullAll(&cursorB);
        const QString clientId = uuid();
        QCOMPARE(f.a1->push({op(Client, clientId, QStringLiteral("create"), person(QStringLiteral("孙七"))),
                             transfer(clientId, QStringLiteral("番禺区某中心"))})
                     .status,
                 200);
        QVERIFY(f.b1->pullAll(&cursorB).isEmpty());
        QVERIFY(ofEntity(f.a1->pullAll(&cursorA), QStringLiteral("referral")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlatformPull)
#include "TestPlatformPull.moc"
