#include "crypto/SecureBytes.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kq;

class TestDatabase : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void roundTripsTypedValues()
    {
        const SecureBytes key = SecureBytes::random(32);
        {
            Database db(path("round.db"), key, Database::OpenMode::CreateIfMissing);
            db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)");
            Transaction tx(db);
            db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)")
                .bindAll(qint64(1) << 40, 2.5, QStringLiteral("康桥"), QByteArray("\x00\x01\xff", 3), nullptr)
                .exec();
            tx.commit();
        }
        Database db(path("round.db"), key, Database::OpenMode::ExistingOnly);
        Statement s = db.prepare("SELECT i, r, s, b, n FROM t");
        QVERIFY(s.step());
        QCOMPARE(s.int64(0), qint64(1) << 40);
        QCOMPARE(s.real(1), 2.5);
        QCOMPARE(s.text(2), QStringLiteral("康桥"));
        QCOMPARE(s.blob(3), QByteArray("\x00\x01\xff", 3));
        QVERIFY(s.isNull(4));
        QVERIFY(!s.step());
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db(path("tx.db"), SecureBytes::random(32), Database::OpenMode::CreateIfMissing);
        db.exec("CREATE TABLE t (x INTEGER)");
        {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES (1)");
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 0);
    }

    // A bulk write's suspended triggers: gone while it writes, back (with the batch settled) in its
    // commit, back (and nothing settled) after a rollback; never outside a transaction.
    void suspendedTriggersComeBackWithTheTransaction()
    {
        Database db(path("suspend.db"), SecureBytes::random(32), Database::OpenMode::CreateIfMissing);
        db.exec("CREATE TABLE t (v INTEGER NOT NULL); CREATE TABLE seen (n INTEGER NOT NULL);"
                "INSERT INTO seen VALUES (0);"
                "CREATE TRIGGER count_insert AFTER INSERT ON t BEGIN UPDATE seen SET n = n + 1; END;"
                "CREATE TRIGGER other_insert AFTER INSERT ON t BEGIN UPDATE seen SET n = n + 100; END;");
        const auto triggers = [&] {
            return db.queryText("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                                "WHERE type = 'trigger' ORDER BY name)");
        };
        const std::string settle = "UPDATE seen SET n = n + 1000";
        QVERIFY_THROWS_EXCEPTION(StoreError, db.suspendTriggers("count_", settle));
        {
            Transaction tx(db);
            db.suspendTriggers("count_", settle);
            db.suspendTriggers("count_", settle); // once is enough
            QCOMPARE(triggers(), QStringLiteral("other_insert"));
            db.exec("INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)");
            tx.commit();
        }
        QCOMPARE(triggers(), QStringLiteral("count_insert,other_insert"));
        QCOMPARE(db.queryInt("SELECT n FROM seen"), 1200); // settled once; the other trigger ran
        {
            Transaction tx(db);
            db.suspendTriggers("count_", settle);
            db.exec("INSERT INTO t VALUES (3)");
        }
        QCOMPARE(triggers(), QStringLiteral("count_insert,other_insert"));
        QCOMPARE(db.queryInt("SELECT n FROM seen"), 1200);
        QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 2);
        // A settle that fails takes the whole transaction with it.
        {
            Transaction tx(db);
            db.suspendTriggers("count_", "UPDATE seen SET n = NULL");
            db.exec("INSERT INTO t VALUES (4)");
            QVERIFY_THROWS_EXCEPTION(StoreError, tx.commit());
        }
        QVERIFY(!db.inTransaction());
        QCOMPARE(triggers(), QStringLiteral("count_insert,other_insert"));
        QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 2);
        db.exec("INSERT INTO t VALUES (5)");
        QCOMPARE(db.queryInt("SELECT n FROM seen"), 1301);
    }

    void appliesAndReadsBackSettings()
    {
        Database db(path("settings.db"), SecureBytes::random(32), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.cipherVersion().startsWith(u'3') || db.cipherVersion().startsWith(u'4'));
        QCOMPARE(db.queryInt("PRAGMA cipher_page_size"), 4096);
        QCOMPARE(db.queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(db.queryInt("PRAGMA foreign_keys"), 1);
        QCOMPARE(db.queryInt("PRAGMA synchronous"), 2);
    }

    void wrongKeyIsReportedClearly()
    {
        {
            Database db(path("wrong.db"), SecureBytes::random(32), Database::OpenMode::CreateIfMissing);
            db.exec("CREATE TABLE t (x)");
        }
        try {
            Database db(path("wrong.db"), SecureBytes::random(32), Database::OpenMode::ExistingOnly);
            QFAIL("opened with the wrong key");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::WrongKeyOrCorrupt);
        }
    }

    void refusesPlainSqliteFiles()
    {
        QFile f(path("plain.db"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
        f.close();
        try {
            Database db(path("plain.db"), SecureBytes::random(32), Database::OpenMode::ExistingOnly);
            QFAIL("opened a plain file");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::NotEncrypted);
        }
    }

    void errorsCarryTheSqliteMessageAndSql()
    {
        Database db(path("err.db"), SecureBytes::random(32), Database::OpenMode::CreateIfMissing);
        try {
            db.prepare("SELECT * FROM no_such_table");
            QFAIL("prepared invalid SQL");
        } catch (const StoreError& e) {
            QVERIFY(e.message().contains(QStringLiteral("no_such_table")));
            QCOMPARE(e.sql(), QStringLiteral("SELECT * FROM no_such_table"));
        }
    }

    void rekeyMovesTheFileToTheNewKey()
    {
        const SecureBytes oldKey = SecureBytes::random(32);
        const SecureBytes newKey = SecureBytes::random(32);
        {
            Database db(path("rekey.db"), oldKey, Database::OpenMode::CreateIfMissing);
            db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (42);");
            db.rekey(newKey);
            QCOMPARE(db.queryInt("SELECT x FROM t"), 42);
        }
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 Database(path("rekey.db"), oldKey, Database::OpenMode::ExistingOnly));
        Database db(path("rekey.db"), newKey, Database::OpenMode::ExistingOnly);
        QCOMPARE(db.queryInt("SELECT x FROM t"), 42);
    }

    void rekeyedFileCopiedWhileStillOpenDoesNotOpenWithTheOldKey()
    {
        const SecureBytes oldKey = SecureBytes::random(32);
        const SecureBytes newKey = SecureBytes::random(32);
        Database db(path("rekey-open.db"), oldKey, Database::OpenMode::CreateIfMissing);
        db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (42);");
        db.rekey(newKey);
        // Someone copies the file while the program is still running (only the main file).
        const QString copy = path("rekey-open-copy.db");
        QVERIFY(QFile::copy(path("rekey-open.db"), copy));
        QVERIFY_THROWS_EXCEPTION(StoreError, Database(copy, oldKey, Database::OpenMode::ExistingOnly));
        Database reopened(copy, newKey, Database::OpenMode::ExistingOnly);
        QCOMPARE(reopened.queryInt("SELECT x FROM t"), 42);
        QCOMPARE(reopened.queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(db.queryInt("SELECT x FROM t"), 42); // and the open connection carries on
    }

    void flippedByteIsDetected()
    {
        const SecureBytes key = SecureBytes::random(32);
        {
            Database db(path("flip.db"), key, Database::OpenMode::CreateIfMissing);
            db.exec("CREATE TABLE t (x TEXT)");
            Statement ins = db.prepare("INSERT INTO t VALUES (?)");
            for (int i = 0; i < 200; ++i) {
                ins.bind(1, QStringLiteral("row %1 ").arg(i).repeated(20));
                ins.exec();
                ins.reset();
            }
        } // closing checkpoints the WAL into the main file
        QFile f(path("flip.db"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 offset = 4096 * 3 + 100; // inside a data page
        QVERIFY(f.size() > offset);
        f.seek(offset);
        char c = 0;
        f.getChar(&c);
        f.seek(offset);
        f.putChar(char(c ^ 0x01));
        f.close();

        bool detected = false;
        try {
            Database db(path("flip.db"), key, Database::OpenMode::ExistingOnly);
            const QString result = db.queryText("PRAGMA integrity_check");
            detected = result != QStringLiteral("ok");
            if (!detected)
                db.queryInt("SELECT count(*) FROM t WHERE x LIKE '%zzz%'");
        } catch (const StoreError& e) {
            detected = e.kind() == StoreError::Kind::WrongKeyOrCorrupt;
        }
        QVERIFY(detected);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
