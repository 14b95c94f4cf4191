#include "TestStore.h"

#include "crypto/SecureBytes.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/StoreError.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

QStringList schemaOf(Database& db)
{
    QStringList out;
    Statement s = db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name");
    while (s.step())
        out << s.text(0) + u'|' + s.text(1) + u'|' + s.text(2);
    return out;
}

bool hasTable(Database& db, const char* name)
{
    Statement s = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    s.bind(1, name);
    s.step();
    return s.int64(0) == 1;
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("m%1.db").arg(++m_files)); }

    QStringList freshSchema()
    {
        Database db(freshPath(), SecureBytes::random(32), Database::OpenMode::CreateIfMissing);
        Migrations::migrate(db);
        return schemaOf(db);
    }

private Q_SLOTS:
    void versionsAreNumberedOneByOne()
    {
        int expected = 1;
        for (const Migration& m : Migrations::all()) {
            QCOMPARE(m.version, expected++);
            QVERIFY(m.description && *m.description);
            QVERIFY(m.sql && *m.sql);
        }
        QCOMPARE(Migrations::latestVersion(), expected - 1);
    }

    void freshMigrationReachesTheLatestVersion()
    {
        Database db(freshPath(), SecureBytes::random(32), Database::OpenMode::CreateIfMissing);
        QCOMPARE(Migrations::currentVersion(db), 0);
        Migrations::migrate(db);
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        for (const char* table : {"meta", "audit_log", "outbox", "centre", "accounts"})
            QVERIFY2(hasTable(db, table), table);
    }

    void migratingFromEveryEarlierVersionGivesTheSameSchema_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from %d", v) << v;
    }

    void migratingFromEveryEarlierVersionGivesTheSameSchema()
    {
        QFETCH(int, from);
        const QStringList expected = freshSchema();
        const QString path = freshPath();
        const SecureBytes key = SecureBytes::random(32);
        {
            Database db(path, key, Database::OpenMode::CreateIfMissing);
            Migrations::migrate(db, from);
            QCOMPARE(Migrations::currentVersion(db), from);
            if (from >= 1)
                db.exec("INSERT INTO meta(key, value) VALUES ('database_id', 'kept-across-upgrade')");
        }
        // An older program wrote the file and closed it; this one opens and upgrades it.
        Database db(path, key, Database::OpenMode::ExistingOnly);
        Migrations::migrate(db);
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QCOMPARE(schemaOf(db), expected);
        if (from >= 1)
            QCOMPARE(db.queryText("SELECT value FROM meta WHERE key = 'database_id'"),
                     QStringLiteral("kept-across-upgrade"));
    }

    void stepByStepMigrationGivesTheSameSchema()
    {
        Database db(freshPath(), SecureBytes::random(32), Database::OpenMode::CreateIfMissing);
        for (int v = 1; v <= Migrations::latestVersion(); ++v) {
            Migrations::migrate(db, v);
            QCOMPARE(Migrations::currentVersion(db), v);
        }
        QCOMPARE(schemaOf(db), freshSchema());
    }

    void migrationIsIdempotent()
    {
        Database db(freshPath(), SecureBytes::random(32), Database::OpenMode::CreateIfMissing);
        Migrations::migrate(db);
        const QStringList once = schemaOf(db);
        Migrations::migrate(db);
        Migrations::migrate(db);
        QCOMPARE(schemaOf(db), once);
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    }

    void lowerTargetNeverDowngrades()
    {
        Database db(freshPath(), SecureBytes::random(32), Database::OpenMode::CreateIfMissing);
        Migrations::migrate(db);
        const QStringList latest = schemaOf(db);
        Migrations::migrate(db, 1);
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QCOMPARE(schemaOf(db), latest);
    }

    void newerDatabaseIsRefused()
    {
        Database db(freshPath(), SecureBytes::random(32), Database::OpenMode::CreateIfMissing);
        Migrations::migrate(db);
        const QStringList before = schemaOf(db);
        const int newer = Migrations::latestVersion() + 1;
        db.exec("PRAGMA user_version = " + std::to_string(newer));
        try {
            Migrations::migrate(db);
            QFAIL("a database from a newer program was accepted");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("newer")), qPrintable(e.message()));
        }
        // Refused without touching it.
        QCOMPARE(Migrations::currentVersion(db), newer);
        QCOMPARE(schemaOf(db), before);
    }

    void failedStepLeavesThePreviousVersion()
    {
        Database db(freshPath(), SecureBytes::random(32), Database::OpenMode::CreateIfMissing);
        Migrations::migrate(db, 1);
        // Something in the way of the second statement of migration 2 (a hand-made table): the
        // step fails whole, so the table its first statement created is gone again.
        db.exec("CREATE TABLE accounts (x)");
        QVERIFY_THROWS_EXCEPTION(StoreError, Migrations::migrate(db));
        QCOMPARE(Migrations::currentVersion(db), 1);
        QVERIFY(!hasTable(db, "centre"));
        // The database is still usable at version 1.
        db.exec("INSERT INTO meta(key, value) VALUES ('k', 'v')");
        QCOMPARE(db.queryText("SELECT value FROM meta WHERE key = 'k'"), QStringLiteral("v"));
    }

    void storeFromANewerProgramIsRefusedAtSignIn()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const StorePaths paths = pathsIn(dir);
        createStore(paths, clock);
        const int newer = Migrations::latestVersion() + 5;
        {
            Workspace ws(paths, clock);
            const Result<void> r = ws.unlock(sampleSetup().username, secret(kPassword));
            QVERIFY2(r, qPrintable(r ? QString() : r.error().describe()));
            ws.database().exec("PRAGMA user_version = " + std::to_string(newer));
        }
        Workspace ws(paths, clock);
        const Result<void> r = ws.unlock(sampleSetup().username, secret(kPassword));
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(Workspace::StoreFailure));
        QVERIFY2(r.error().message.contains(QStringLiteral("newer")), qPrintable(r.error().message));
        QVERIFY(!ws.isOpen());
        // A refusal is not a wrong password: no back-off for the next person.
        QCOMPARE(ws.backoff().failures(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
