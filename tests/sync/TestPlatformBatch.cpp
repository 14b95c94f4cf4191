#include "PlatformFixture.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

const QString Client = QStringLiteral("client");

sync::PushOperation person(const QString& name)
{
    return op(Client, uuid(), QStringLiteral("create"),
              {{QStringLiteral("name"), name}, {QStringLiteral("gender"), QStringLiteral("female")}});
}

// A transfer-out to centre B: applying it writes the event at A and then a referral at B.
sync::PushOperation transferToB(const QString& clientId)
{
    const QString details =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("centre"), QStringLiteral("B")}})
                              .toJson(QJsonDocument::Compact));
    return op(QStringLiteral("case_event"), uuid(), QStringLiteral("create"),
              {{QStringLiteral("client_id"), clientId},
               {QStringLiteral("action"), QStringLiteral("transfer-out")},
               {QStringLiteral("reason"), QStringLiteral("搬家")},
               {QStringLiteral("details"), details}});
}

QStringList statuses(const HttpResult& r)
{
    QStringList out;
    for (const QJsonValue v : r.results())
        out << v.toObject().value(QStringLiteral("status")).toString();
    return out;
}

} // namespace

// A push is one store transaction with a savepoint per operation, committed before the answer
// (docs/decisions/0012-sync-platform.md). Store failures are injected into the running server's
// own file with SQLite triggers: no test hook in the server.
class TestPlatformBatch : public QObject {
    Q_OBJECT

    PlatformFixture f;
    QString m_connection = QStringLiteral("batch-test");

    // Runs statements on the server's store from this process (WAL: while the server runs).
    void storeExec(const QStringList& statements)
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        }
    }

    QString storeValue(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

    bool onPlatform(const QList<sync::PullChange>& all, const sync::PushOperation& o)
    {
        return !changesOf(all, o.entityId).isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(f.setUp({}, &why), qPrintable(why));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(QDir(f.server.dataDir()).filePath(QStringLiteral("platform.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        QVERIFY(db.open());
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(m_connection).close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    void theSameOperationTwiceInOneBatchAppliesOnce()
    {
        const sync::PushOperation create = person(QStringLiteral("一次"));
        const HttpResult r = f.a1->push({create, create});
        QCOMPARE(r.status, 200);
        QCOMPARE(statuses(r), (QStringList{QStringLiteral("applied"), QStringLiteral("duplicate")}));
        QCOMPARE(changesOf(f.a2->pullAll(), create.entityId).size(), 1);
    }

    // The failing operation is undone whole (its event, though written, goes with its referral);
    // the one before it stays; nothing is acknowledged; the retry finds the first one done.
    void aFailingOperationIsUndoneAloneAndTheOthersStay()
    {
        const sync::PushOperation first = person(QStringLiteral("先"));
        const sync::PushOperation transfer = transferToB(first.entityId);
        const sync::PushOperation after = person(QStringLiteral("后"));
        storeExec(
            {QStringLiteral("CREATE TRIGGER fail_referrals BEFORE INSERT ON records "
                            "WHEN NEW.entity = 'referral' BEGIN SELECT RAISE(ABORT, 'injected'); END")});
        const HttpResult failed = f.a1->push({first, transfer, after});
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.code(), QStringLiteral("server_error"));
        const QList<sync::PullChange> atA = f.a2->pullAll();
        QVERIFY(onPlatform(atA, first));
        QVERIFY(!onPlatform(atA, transfer));
        QVERIFY(!onPlatform(atA, after));
        QVERIFY(ofEntity(f.b1->pullAll(), QStringLiteral("referral")).isEmpty());

        storeExec({QStringLiteral("DROP TRIGGER fail_referrals")});
        const HttpResult retry = f.a1->push({first, transfer, after});
        QCOMPARE(retry.status, 200);
        QCOMPARE(statuses(retry), (QStringList{QStringLiteral("duplicate"), QStringLiteral("applied"),
                                               QStringLiteral("applied")}));
        QCOMPARE(ofEntity(f.b1->pullAll(), QStringLiteral("referral")).size(), 1);
    }

    // SQLite rolls the whole transaction back by itself (as on a full disk): the savepoint is gone,
    // nothing of the batch is kept or acknowledged, and nothing is written after it outside a
    // transaction.
    void aTransactionSQLiteRolledBackKeepsNothing()
    {
        storeExec({QStringLiteral("CREATE TRIGGER roll_back_all BEFORE INSERT ON records "
                                  "WHEN NEW.fields LIKE '%roll-back-all%' "
                                  "BEGIN SELECT RAISE(ROLLBACK, 'injected'); END")});
        const QString revisionBefore = storeValue(QStringLiteral("SELECT value FROM revision"));
        const QList<sync::PushOperation> batch{person(QStringLiteral("丙")),
                                               person(QStringLiteral("roll-back-all")),
                                               person(QStringLiteral("丁"))};
        QCOMPARE(f.a1->push(batch).status, 503);
        QCOMPARE(storeValue(QStringLiteral("SELECT value FROM revision")), revisionBefore);
        const QList<sync::PullChange> atA = f.a2->pullAll();
        for (const sync::PushOperation& o : batch)
            QVERIFY(!onPlatform(atA, o));

        storeExec({QStringLiteral("DROP TRIGGER roll_back_all")});
        const HttpResult retry = f.a1->push(batch);
        QCOMPARE(statuses(retry), (QStringList{QStringLiteral("applied"), QStringLiteral("applied"),
                                               QStringLiteral("applied")}));
    }

    // A deferred foreign key makes COMMIT itself fail: no operation of the batch is kept or
    // answered, and the retry applies them all for the first time.
    void aFailedCommitAcknowledgesNothing()
    {
        storeExec(
            {QStringLiteral("CREATE TABLE commit_guard_parent(id INTEGER PRIMARY KEY)"),
             QStringLiteral("CREATE TABLE commit_guard(parent INTEGER REFERENCES commit_guard_parent(id) "
                            "DEFERRABLE INITIALLY DEFERRED)"),
             QStringLiteral("CREATE TRIGGER fail_commit AFTER INSERT ON records "
                            "WHEN NEW.fields LIKE '%commit-fails%' "
                            "BEGIN INSERT INTO commit_guard(parent) VALUES (1); END")});
        const QList<sync::PushOperation> batch{person(QStringLiteral("甲")),
                                               person(QStringLiteral("commit-fails")),
                                               person(QStringLiteral("乙"))};
        const HttpResult failed = f.a1->push(batch);
        QCOMPARE(failed.status, 503);
        const QList<sync::PullChange> atA = f.a2->pullAll();
        for (const sync::PushOperation& o : batch)
            QVERIFY(!onPlatform(atA, o));

        storeExec({QStringLiteral("DROP TRIGGER fail_commit")});
        const HttpResult retry = f.a1->push(batch);
        QCOMPARE(retry.status, 200);
        QCOMPARE(statuses(retry), (QStringList{QStringLiteral("applied"), QStringLiteral("applied"),
                                               QStringLiteral("applied")}));
        const QList<sync::PullChange> now = f.a2->pullAll();
        for (const sync::PushOperation& o : batch)
            QCOMPARE(changesOf(now, o.entityId).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlatformBatch)
#include "TestPlatformBatch.moc"
