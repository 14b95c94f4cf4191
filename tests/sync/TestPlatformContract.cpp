#include "PlatformFixture.h"

#include <QSet>
#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

const QString Client = QStringLiteral("client");

// One file per response, as validate_openapi.py reads them.
void record(const QString& dir, int n, const HttpResult& r)
{
    QFile f(QDir(dir).filePath(QStringLiteral("%1.json").arg(n, 4, 10, QLatin1Char('0'))));
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QJsonDocument body = QJsonDocument::fromJson(r.body);
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("method"), r.method},
                                      {QStringLiteral("path"), r.path},
                                      {QStringLiteral("status"), r.status},
                                      {QStringLiteral("body"),
                                       body.isObject() ? QJsonValue(body.object()) : QJsonValue()}})
                .toJson());
}

// Runs the validator; its exit code (-1: did not run) and output.
std::pair<int, QString> validate(const QString& dir)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(KANGQIAO_SOURCE_DIR "/tests/sync/validate_openapi.py"),
             QStringLiteral(KANGQIAO_SOURCE_DIR "/docs/sync-openapi.yaml"), dir});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return {-1, QString::fromUtf8(p.readAll())};
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

} // namespace

// The reference server's real answers, for every route and status the protocol documents, checked
// against docs/sync-openapi.yaml by tests/sync/validate_openapi.py.
class TestPlatformContract : public QObject {
    Q_OBJECT

    QList<HttpResult> m_answers;
    QTemporaryDir m_dir;

    void keep(const PlatformClient& c) { m_answers += c.history(); }

private Q_SLOTS:
    void initTestCase()
    {
        PlatformFixture f;
        QString why;
        QVERIFY2(f.setUp({QStringLiteral("--max-body"), QStringLiteral("65536")}, &why), qPrintable(why));

        // Enrolment: 201, 403, 400 (both kinds), 413, 426.
        PlatformClient anon(f.server.url());
        const QString code = f.server.issueCode(QStringLiteral("A"));
        QCOMPARE(anon.enrol(QStringLiteral("A"), code).status, 201);
        QCOMPARE(anon.enrol(QStringLiteral("A"), code).status, 403);
        anon.setToken({});
        QCOMPARE(anon.send("POST", QStringLiteral("/v1/enrol"), "{nope").status, 400);
        QCOMPARE(
            anon.post(QStringLiteral("/v1/enrol"), {{QStringLiteral("centre_code"), QStringLiteral("A")}})
                .status,
            400);
        QCOMPARE(anon.send("POST", QStringLiteral("/v1/enrol"), QByteArray(200000, ' ')).status, 413);
        QCOMPARE(anon.send("POST", QStringLiteral("/v1/enrol"), "{}", {}, false).status, 426);

        // Push: applied, duplicate, conflict, rejected, with and without the audit warning.
        const QString id = uuid();
        const sync::PushOperation create = op(Client, id, QStringLiteral("create"),
                                              {{QStringLiteral("name"), QStringLiteral("张卫国")},
                                               {QStringLiteral("phone"), QStringLiteral("1")},
                                               {QStringLiteral("risk_level"), 1},
                                               {QStringLiteral("low_income"), true},
                                               {QStringLiteral("note"), QJsonValue::Null}});
        const HttpResult created = f.a1->push({create}, {10, QStringLiteral("h10")});
        QCOMPARE(created.status0(), QStringLiteral("applied"));
        const qint64 rev = revOf(created);
        QCOMPARE(f.a1->push({create}, {10, QStringLiteral("h10")}).status0(), QStringLiteral("duplicate"));
        QCOMPARE(f.a1->push({op(Client, id, QStringLiteral("update"),
                                {{QStringLiteral("phone"), QStringLiteral("2")}}, rev)})
                     .status0(),
                 QStringLiteral("applied"));
        QCOMPARE(f.a2->push({op(Client, id, QStringLiteral("update"),
                                {{QStringLiteral("phone"), QStringLiteral("3")}}, rev)})
                     .status0(),
                 QStringLiteral("conflict"));
        QCOMPARE(
            f.a2->push({op(QStringLiteral("spaceship"), uuid(), QStringLiteral("create"), {})}).status0(),
            QStringLiteral("rejected"));
        const HttpResult mixed = f.a1->push(
            {op(Client, uuid(), QStringLiteral("create"), {{QStringLiteral("name"), QStringLiteral("x")}}),
             create, op(Client, id, QStringLiteral("delete"), {}, rev)},
            {5, QStringLiteral("h5")});
        QVERIFY(mixed.json.contains(QStringLiteral("audit_warning")));
        QCOMPARE(
            f.a1->post(QStringLiteral("/v1/push"), {{QStringLiteral("operations"), QJsonArray{}}}).status,
            400);
        QCOMPARE(f.a1->send("POST", QStringLiteral("/v1/push"), "[1,2]").status, 400);
        QCOMPARE(f.a1->send("POST", QStringLiteral("/v1/push"), QByteArray(100000, ' ')).status, 413);
        QCOMPARE(f.a1->send("POST", QStringLiteral("/v1/push"), "{}", {}, false).status, 426);
        QCOMPARE(anon.push({create}).status, 401);

        // Pull: pages with records, a tombstone, a referral and a conflict; 400, 401, 426.
        QVERIFY(
            f.server
                .admin({QStringLiteral("assign-referral"), QStringLiteral("--centre"), QStringLiteral("A"),
                        QStringLiteral("--name"), QStringLiteral("陈小红"), QStringLiteral("--gender"),
                        QStringLiteral("female"), QStringLiteral("--birth-date"),
                        QStringLiteral("1990-05-17"), QStringLiteral("--county"), QStringLiteral("440105")})
                .ok());
        bool ok = false;
        QVERIFY(f.a2->pullAll(nullptr, 2, &ok).size() >= 4);
        QVERIFY(ok);
        QCOMPARE(f.a2->pull(QStringLiteral("forged")).status, 400);
        QCOMPARE(f.a2->send("GET", QStringLiteral("/v1/pull"), {}, {}, false).status, 426);
        QCOMPARE(anon.pull().status, 401);

        // Token: 200, then 401 for the old token, 401 expired, 426.
        const QString old = f.b1->token();
        QCOMPARE(f.b1->send("POST", QStringLiteral("/v1/token")).status, 200);
        PlatformClient stale(f.server.url());
        stale.setToken(old);
        QCOMPARE(stale.send("POST", QStringLiteral("/v1/token")).status, 401);
        QVERIFY(f.server.admin({QStringLiteral("expire-token"), QStringLiteral("--device"), f.a2Id}).ok());
        QCOMPARE(f.a2->send("POST", QStringLiteral("/v1/token")).status, 401);
        QCOMPARE(f.a1->send("POST", QStringLiteral("/v1/token"), {}, {}, false).status, 426);

        for (const PlatformClient* c : {&anon, f.a1.get(), f.a2.get(), f.b1.get(), &stale})
            keep(*c);

        // 503: a server that fails every sync request.
        PlatformFixture failing;
        QVERIFY(failing.setUp({QStringLiteral("--fault-5xx"), QStringLiteral("1")}));
        QCOMPARE(failing.a1->push({create}).status, 503);
        QCOMPARE(failing.a1->pull().status, 503);
        keep(*failing.a1);
    }

    void everyDocumentedStatusWasProduced()
    {
        QSet<QString> seen;
        QSet<QString> pushStatuses;
        for (const HttpResult& r : m_answers) {
            seen.insert(QStringLiteral("%1 %2 %3").arg(r.method, r.path).arg(r.status));
            if (r.path == u"/v1/push" && r.status == 200)
                for (const QJsonValue v : r.results())
                    pushStatuses.insert(v.toObject().value(QStringLiteral("status")).toString());
        }
        for (const char* expected :
             {"POST /v1/enrol 201", "POST /v1/enrol 400", "POST /v1/enrol 403", "POST /v1/enrol 413",
              "POST /v1/enrol 426", "POST /v1/token 200", "POST /v1/token 401", "POST /v1/token 426",
              "POST /v1/push 200", "POST /v1/push 400", "POST /v1/push 401", "POST /v1/push 413",
              "POST /v1/push 426", "POST /v1/push 503", "GET /v1/pull 200", "GET /v1/pull 400",
              "GET /v1/pull 401", "GET /v1/pull 426", "GET /v1/pull 503"})
            QVERIFY2(seen.contains(QString::fromLatin1(expected)), expected);
        QCOMPARE(pushStatuses, (QSet<QString>{QStringLiteral("applied"), QStringLiteral("duplicate"),
                                              QStringLiteral("conflict"), QStringLiteral("rejected")}));
    }

    void everyAnswerCarriesTheProtocolHeader()
    {
        for (const HttpResult& r : m_answers)
            QVERIFY2(r.protocolHeader == "1",
                     qPrintable(QStringLiteral("%1 %2 %3").arg(r.method, r.path).arg(r.status)));
    }

    void realResponsesMatchTheOpenApiFile()
    {
        QVERIFY(m_answers.size() > 30);
        for (qsizetype i = 0; i < m_answers.size(); ++i)
            record(m_dir.path(), int(i), m_answers[i]);
        const auto [code, output] = validate(m_dir.path());
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("%1 responses valid").arg(m_answers.size())),
                 qPrintable(output));
    }

    void theValidatorCatchesAWrongBody_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("applied without rev") << QStringLiteral("applied");
        QTest::newRow("version error without supported") << QStringLiteral("426");
        QTest::newRow("unknown error code") << QStringLiteral("code");
        QTest::newRow("undocumented status") << QStringLiteral("status");
        QTest::newRow("array inside fields") << QStringLiteral("fields");
    }

    void theValidatorCatchesAWrongBody()
    {
        QFETCH(QString, what);
        HttpResult wrong;
        for (const HttpResult& r : m_answers) {
            const bool applied = r.path == u"/v1/push" && r.status == 200 && r.status0() == u"applied";
            if ((what == u"applied" && applied) || (what == u"426" && r.status == 426) ||
                (what == u"code" && r.status == 401) || (what == u"status" && r.status == 201) ||
                (what == u"fields" && r.path == u"/v1/pull" && r.status == 200)) {
                wrong = r;
                break;
            }
        }
        QVERIFY(wrong.status != 0);
        QJsonObject body = wrong.json;
        if (what == u"applied") {
            QJsonArray results = body.value(QStringLiteral("results")).toArray();
            QJsonObject first = results[0].toObject();
            first.remove(QStringLiteral("rev"));
            results[0] = first;
            body.insert(QStringLiteral("results"), results);
        } else if (what == u"426") {
            body.remove(QStringLiteral("supported"));
        } else if (what == u"code") {
            body.insert(QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("teapot")},
                                    {QStringLiteral("message"), QStringLiteral("short and stout")}});
        } else if (what == u"status") {
            wrong.status = 299;
        } else {
            QJsonArray changes = body.value(QStringLiteral("changes")).toArray();
            QJsonObject c = changes[0].toObject();
            c.insert(QStringLiteral("fields"), QJsonObject{{QStringLiteral("tags"), QJsonArray{1}}});
            changes[0] = c;
            body.insert(QStringLiteral("changes"), changes);
        }
        wrong.body = QJsonDocument(body).toJson();
        QTemporaryDir dir;
        record(dir.path(), 0, wrong);
        const auto [code, output] = validate(dir.path());
        QVERIFY2(code == 1, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("FAIL")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestPlatformContract)
#include "TestPlatformContract.moc"
