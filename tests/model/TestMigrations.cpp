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

    // Statistics count index entries, never table rows (decision 0011): the month's sessions, the
    // state replay, events by action and intake assessments each read one index alone. A migration
    // that dropped one of these would make a report minutes slow at 100,000 clients, and no other
    // test would notice.
    void statisticsReadIndexEntriesOnly_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("index");
        QTest::addRow("sessions of a month")
            << QStringLiteral("SELECT id, client_id, staff, minutes, contents, form, place FROM sessions "
                              "WHERE held_on BETWEEN '2026-10-01' AND '2026-10-31'")
            << QStringLiteral("COVERING INDEX sessions_by_day_all");
        QTest::addRow("state replay")
            << QStringLiteral("SELECT client_id, occurred_at, recorded_at, rowid, to_status FROM case_events "
                              "WHERE occurred_at < '2026-11' ORDER BY client_id, occurred_at, recorded_at")
            << QStringLiteral("COVERING INDEX case_events_by_client_history");
        QTest::addRow("events of an action")
            << QStringLiteral("SELECT client_id, occurred_at FROM case_events WHERE action = 'register' "
                              "AND occurred_at >= '2026-10' AND occurred_at < '2026-11'")
            << QStringLiteral("COVERING INDEX case_events_by_action_client");
        QTest::addRow("intake assessments")
            << QStringLiteral("SELECT client_id, assessed_on FROM assessments "
                              "WHERE kind = 'intake' AND assessed_on <= '2026-10-31'")
            << QStringLiteral("COVERING INDEX assessments_by_kind");
        QTest::addRow("every client's profile")
            << QStringLiteral("SELECT id, gender, birth_date, residence_county, diagnosis_code, risk_level "
                              "FROM clients")
            << QStringLiteral("COVERING INDEX clients_statistics");
        QTest::addRow("every case file's dates")
            << QStringLiteral("SELECT client_id, registered_on, waiting_since, review_due FROM case_files")
            << QStringLiteral("COVERING INDEX case_files_statistics");
    }

    void statisticsReadIndexEntriesOnly()
    {
        QFETCH(QString, sql);
        QFETCH(QString, index);
        Database db(freshPath(), SecureBytes::random(32), Database::OpenMode::CreateIfMissing);
        Migrations::migrate(db);
        Statement plan = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN %1").arg(sql).toStdString());
        QStringList steps;
        while (plan.step())
            steps << plan.text(3);
        QVERIFY2(steps.join(u'\n').contains(index), qPrintable(steps.join(u'\n')));
    }

    // Kept statistics (decision 0015) go when a row they were counted from is written: migration
    // 14's triggers drop each period ending on or after the earliest day the row can change, and
    // count the write. TestStatisticsResults holds every kind of write against a fresh count.
    void writesDropTheKeptStatisticsTheyReach()
    {
        Database db(freshPath(), SecureBytes::random(32), Database::OpenMode::CreateIfMissing);
        Migrations::migrate(db);
        const auto keep = [&](const char* kind = "point") {
            db.exec("DELETE FROM statistics_results");
            for (const char* month : {"2026-07", "2026-08", "2026-09", "2026-10"})
                db.prepare("INSERT INTO statistics_results(kind, period_from, period_to, variant, payload) "
                           "VALUES (?2, ?1 || '-01', ?1 || '-28', 'v', '{}')")
                    .bindAll(month, kind)
                    .exec();
        };
        const auto kept = [&] {
            return db.queryText(
                "SELECT ifnull(group_concat(m, ' '), '') FROM (SELECT substr(period_from, 1, 7) "
                "AS m FROM statistics_results ORDER BY period_from)");
        };
        const auto generation = [&] { return db.queryInt("SELECT n FROM statistics_generation"); };
        const QString all = QStringLiteral("2026-07 2026-08 2026-09 2026-10");
        db.exec("INSERT INTO clients(id, name, sort_key, gender, birth_date, residence_county, created_at, "
                "updated_at, created_by) VALUES ('c', '甲', 'jia', 'male', '1980-01-01', '110105', "
                "'2026-11-20T01:00:00.000Z', '2026-11-20T01:00:00.000Z', 'me')");
        keep();
        const qint64 before = generation();
        db.exec(
            "INSERT INTO sessions(id, client_id, staff, held_on, starts_at, minutes, contents, form, place, "
            "observations, created_by, created_at, updated_at) VALUES ('s', 'c', 'me', '2026-09-15', "
            "'09:30', 45, 'medication_training', 'day_training', 'centre', '好', 'me', "
            "'2026-11-20T01:00:00.000Z', '2026-11-20T01:00:00.000Z')");
        QCOMPARE(kept(), QStringLiteral("2026-07 2026-08"));
        QVERIFY(generation() > before);

        keep(); // a column no report reads: nothing
        db.exec("UPDATE sessions SET observations = '很好', updated_at = '2026-11-21T01:00:00.000Z'");
        QCOMPARE(kept(), all);
        db.exec("UPDATE sessions SET held_on = '2026-08-02'"); // both months move
        QCOMPARE(kept(), QStringLiteral("2026-07"));

        keep(); // an event's UTC date: the local day is the same or the next
        db.exec("INSERT INTO case_events(id, client_id, action, to_status, occurred_at, recorded_at, actor, "
                "details) VALUES ('e', 'c', 'register', 'registered', '2026-10-01T16:00:00.000Z', "
                "'2026-11-20T01:00:00.000Z', 'me', '{}')");
        QCOMPARE(kept(), QStringLiteral("2026-07 2026-08 2026-09"));

        keep(); // today's review date: from the earlier of old and new
        db.exec("INSERT INTO case_files(client_id, review_due) VALUES ('c', '2026-12-01')");
        QCOMPARE(kept(), all);
        db.exec("UPDATE case_files SET review_due = '2026-08-10'");
        QCOMPARE(kept(), QStringLiteral("2026-07"));

        keep("report"); // a profile change: every full report since the client's first event
        db.exec("UPDATE clients SET birth_date = '1950-01-01'");
        QCOMPARE(kept(), QStringLiteral("2026-07 2026-08 2026-09"));
        keep("report"); // the status: the full reports from the review date
        db.exec("UPDATE clients SET status = 'in_service'");
        QCOMPARE(kept(), QStringLiteral("2026-07"));
        keep(); // neither is drawn by the trend, nor the registration date
        db.exec("UPDATE clients SET birth_date = '1951-01-01', status = 'hospitalised'");
        QCOMPARE(kept(), all);
        db.exec("UPDATE case_files SET registered_on = '2026-07-20'");
        QCOMPARE(kept(), all);

        keep(); // a deleted client (registered in July): its records go with it
        db.exec("DELETE FROM clients WHERE id = 'c'");
        QCOMPARE(kept(), QString());
        QCOMPARE(db.queryInt("SELECT count(*) FROM sessions"), 0);

        keep(); // a setting (the rule, the service catalogue): everything
        db.exec("INSERT OR REPLACE INTO settings(key, value) VALUES ('standard_service_rule', 'consent')");
        QCOMPARE(kept(), QString());
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
