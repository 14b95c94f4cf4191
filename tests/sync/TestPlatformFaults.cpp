#include "PlatformFixture.h"

#include "FaultPlan.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

const QString Client = QStringLiteral("client");

QList<sync::PushOperation> batch()
{
    QList<sync::PushOperation> ops;
    for (int i = 0; i < 3; ++i)
        ops << op(Client, uuid(), QStringLiteral("create"),
                  {{QStringLiteral("name"), QStringLiteral("客户%1").arg(i)}});
    return ops;
}

// A seed whose first request, with drop = 1, drops before (or after) applying.
quint32 seedFor(platform::FaultPlan::Outcome wanted)
{
    for (quint32 seed = 1; seed < 1000; ++seed) {
        platform::FaultSettings s;
        s.drop = 1;
        s.seed = seed;
        if (platform::FaultPlan(s).next().outcome == wanted)
            return seed;
    }
    return 0;
}

} // namespace

// The fault flags, as the client's retries meet them: nothing is ever applied twice.
class TestPlatformFaults : public QObject {
    Q_OBJECT

    // Starts a faulty server and enrols (enrolment is never faulted).
    bool faulty(PlatformFixture& f, const QStringList& args)
    {
        QString why;
        const bool ok = f.setUp(args, &why);
        if (!ok)
            qWarning("%s", qPrintable(why));
        return ok;
    }

    // Restarts without faults and checks the records of `ops` are each on the platform `times` times.
    void expectOnPlatform(PlatformFixture& f, const QList<sync::PushOperation>& ops, int times)
    {
        QVERIFY(f.server.restart(QStringList{}));
        f.followRestart();
        const QList<sync::PullChange> all = f.a2->pullAll();
        for (const sync::PushOperation& o : ops)
            QCOMPARE(changesOf(all, o.entityId).size(), times);
    }

private Q_SLOTS:
    void duplicateDeliveryAppliesOnce()
    {
        PlatformFixture f;
        QVERIFY(faulty(f, {QStringLiteral("--fault-duplicate"), QStringLiteral("1")}));
        const QList<sync::PushOperation> ops = batch();
        const HttpResult r = f.a1->push(ops);
        QCOMPARE(r.status, 200);
        // The answer is the second delivery's: each operation had been applied by the first.
        for (qsizetype i = 0; i < ops.size(); ++i) {
            QCOMPARE(resultAt(r, i).value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
            QCOMPARE(resultAt(r, i)[QStringLiteral("first")][QStringLiteral("status")].toString(),
                     QStringLiteral("applied"));
        }
        QVERIFY(f.server.log().contains(QStringLiteral("handled twice")));
        expectOnPlatform(f, ops, 1);
    }

    void serverErrorAppliesNothing()
    {
        PlatformFixture f;
        QVERIFY(faulty(f, {QStringLiteral("--fault-5xx"), QStringLiteral("1")}));
        const QList<sync::PushOperation> ops = batch();
        const HttpResult r = f.a1->push(ops);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.code(), QStringLiteral("server_error"));
        QCOMPARE(f.a1->pull().status, 503);
        expectOnPlatform(f, ops, 0);
    }

    void dropAfterApplyingThenRetryGetsDuplicates()
    {
        const quint32 seed = seedFor(platform::FaultPlan::Outcome::DropAfter);
        QVERIFY(seed > 0);
        PlatformFixture f;
        QVERIFY(faulty(f, {QStringLiteral("--fault-drop"), QStringLiteral("1"),
                           QStringLiteral("--fault-seed"), QString::number(seed)}));
        const QList<sync::PushOperation> ops = batch();
        const HttpResult lost = f.a1->push(ops);
        QCOMPARE(lost.status, 0); // a network error, no answer
        QVERIFY(lost.error != QNetworkReply::NoError);

        QVERIFY(f.server.restart(QStringList{}));
        f.followRestart();
        const HttpResult retry = f.a1->push(ops);
        QCOMPARE(retry.status, 200);
        for (qsizetype i = 0; i < ops.size(); ++i)
            QCOMPARE(resultAt(retry, i).value(QStringLiteral("status")).toString(),
                     QStringLiteral("duplicate"));
        expectOnPlatform(f, ops, 1);
    }

    void dropBeforeApplyingThenRetryApplies()
    {
        const quint32 seed = seedFor(platform::FaultPlan::Outcome::DropBefore);
        QVERIFY(seed > 0);
        PlatformFixture f;
        QVERIFY(faulty(f, {QStringLiteral("--fault-drop"), QStringLiteral("1"),
                           QStringLiteral("--fault-seed"), QString::number(seed)}));
        const QList<sync::PushOperation> ops = batch();
        QCOMPARE(f.a1->push(ops).status, 0);
        QVERIFY(f.server.restart(QStringList{}));
        f.followRestart();
        const HttpResult retry = f.a1->push(ops);
        for (qsizetype i = 0; i < ops.size(); ++i)
            QCOMPARE(resultAt(retry, i).value(QStringLiteral("status")).toString(),
                     QStringLiteral("applied"));
        expectOnPlatform(f, ops, 1);
    }

    void resetMidAnswerThenRetryGetsDuplicates()
    {
        PlatformFixture f;
        QVERIFY(faulty(f, {QStringLiteral("--fault-reset"), QStringLiteral("1")}));
        const QList<sync::PushOperation> ops = batch();
        const HttpResult cut = f.a1->push(ops);
        // Half an answer is no answer: either an error, or a body that is not the whole JSON.
        QVERIFY(cut.status == 0 || cut.error != QNetworkReply::NoError || cut.json.isEmpty());
        QVERIFY(f.server.log().contains(QStringLiteral("response cut")));
        QVERIFY(f.server.restart(QStringList{}));
        f.followRestart();
        const HttpResult retry = f.a1->push(ops);
        for (qsizetype i = 0; i < ops.size(); ++i)
            QCOMPARE(resultAt(retry, i).value(QStringLiteral("status")).toString(),
                     QStringLiteral("duplicate"));
        expectOnPlatform(f, ops, 1);
    }

    void delayedAnswersStillArriveAndDoNotBlockOthers()
    {
        // A seed whose second request (the pull below) waits at least 2 s.
        quint32 seed = 0;
        for (quint32 s = 1; s < 1000 && seed == 0; ++s) {
            platform::FaultSettings settings;
            settings.delayMs = 3000;
            settings.seed = s;
            platform::FaultPlan plan(settings);
            plan.next();
            if (plan.next().delayMs >= 2000)
                seed = s;
        }
        QVERIFY(seed > 0);
        PlatformFixture f;
        QVERIFY(faulty(f, {QStringLiteral("--fault-delay-ms"), QStringLiteral("3000"),
                           QStringLiteral("--fault-seed"), QString::number(seed)}));
        const QList<sync::PushOperation> ops = batch();
        QCOMPARE(f.a1->push(ops).status, 200);

        // While the pull waits, the server keeps serving: an enrolment (never delayed) finishes first.
        QNetworkAccessManager nam;
        QNetworkRequest pull(f.server.url(QStringLiteral("/v1/pull")));
        pull.setRawHeader("Kangqiao-Protocol", "1");
        pull.setRawHeader("Authorization", "Bearer " + f.a2->token().toLatin1());
        QNetworkReply* waiting = nam.get(pull);
        QTest::qWait(50);
        PlatformClient other(f.server.url());
        QCOMPARE(other.enrol(QStringLiteral("A"), f.server.issueCode(QStringLiteral("A"))).status, 201);
        QVERIFY(!waiting->isFinished());
        QTRY_VERIFY_WITH_TIMEOUT(waiting->isFinished(), 10000);
        QCOMPARE(waiting->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const Result<sync::PullPage> page =
            sync::PullPage::fromJson(QJsonDocument::fromJson(waiting->readAll()).object());
        QVERIFY(page);
        QCOMPARE(changesOf(page.value().changes, ops[0].entityId).size(), 1);
        delete waiting;
    }

    void sameSeedSameFaults()
    {
        platform::FaultSettings s;
        s.drop = 0.3;
        s.reset = 0.3;
        s.fail5xx = 0.2;
        s.duplicate = 0.5;
        s.delayMs = 100;
        s.seed = 42;
        platform::FaultPlan a(s), b(s);
        for (int i = 0; i < 50; ++i) {
            const auto x = a.next(), y = b.next();
            QCOMPARE(int(x.outcome), int(y.outcome));
            QCOMPARE(x.duplicate, y.duplicate);
            QCOMPARE(x.delayMs, y.delayMs);
            QVERIFY(x.delayMs >= 0 && x.delayMs <= 100);
        }
    }
};

QTEST_GUILESS_MAIN(TestPlatformFaults)
#include "TestPlatformFaults.moc"
