// The steps of a backup and a restore as the window runs them (decision 0021): the permission
// checks, the copy on a connection of its own with its stages, the last backup and its reminder, a
// restore checked while the store is still open and put in place only once it is closed. The
// command line's whole round trip is TestCli's.

#include "CaseFixture.h"

#include "audit/AuditLog.h"
#include "clients/ClientRepository.h"
#include "store/Backup.h"
#include "store/BackupRestore.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

QByteArray hashOf(const QString& path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

// Flips bytes in the middle of a file, as a failing disk or an edit would.
void damage(const QString& path)
{
    QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.size() > 8192);
    for (qsizetype i = 4096 + 100; i < 4096 + 164; ++i)
        bytes[i] = char(bytes[i] ^ 0x5a);
    QVERIFY(writeBytes(path, bytes));
}

} // namespace

class TestBackupSteps : public QObject {
    Q_OBJECT

    StoreFixture m_store;

    QString backupPath(const QString& name) const { return m_store.dir().filePath(name); }

    Backup::Written makeBackup(const QString& name)
    {
        Result<Backup::Job> job = Backup::prepare(m_store.ws(), backupPath(name), false);
        if (!job)
            qFatal("prepare: %s", qPrintable(job.error().describe()));
        Result<Backup::Written> written = Backup::copy(job.value(), secret(kPassword));
        if (!written)
            qFatal("copy: %s", qPrintable(written.error().describe()));
        if (Result<void> r = Backup::record(m_store.ws(), written.value()); !r)
            qFatal("record: %s", qPrintable(r.error().describe()));
        return written.value();
    }

    QString addClient(const QString& name)
    {
        return CaseDriver(m_store.ws()).apply(samplePerson(name), voluntaryApplication(m_store.today()));
    }

private Q_SLOTS:
    void init() { m_store.open(kMondayMorning); }
    void cleanup() { m_store.close(); }

    void onlyThoseWhoManageTheCentreMayBackUp()
    {
        const Actor desk =
            addAccount(m_store.ws(), QStringLiteral("desk"), QStringLiteral("前台"), Role::FrontDesk);
        const Actor manager =
            addAccount(m_store.ws(), QStringLiteral("cm"), QStringLiteral("个案"), Role::CaseManager);
        addAccount(m_store.ws(), QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator);
        for (const QString& user : {desk.username, manager.username}) {
            m_store.ws().lock();
            KQ_VERIFY_OK(m_store.ws().unlock(user, secret(kStaffPassword)));
            const Result<Backup::Job> job =
                Backup::prepare(m_store.ws(), backupPath(QStringLiteral("b.kqbak")), false);
            QVERIFY(!job);
            QCOMPARE(job.error().code, int(Backup::NotPermitted));
        }
        m_store.ws().lock();
        KQ_VERIFY_OK(m_store.ws().unlock(QStringLiteral("admin"), secret(kStaffPassword)));
        KQ_VERIFY_OK(Backup::prepare(m_store.ws(), backupPath(QStringLiteral("b.kqbak")), false));
        QVERIFY(!QFileInfo::exists(backupPath(QStringLiteral("b.kqbak")))); // preparing writes nothing
    }

    void copyReportsItsStagesAndTheRecordSaysWhereItWent()
    {
        addClient(QStringLiteral("张三"));
        QVERIFY(!Backup::lastBackup(m_store.db()));
        Result<Backup::Job> job = Backup::prepare(m_store.ws(), backupPath(QStringLiteral("a.kqbak")), false);
        KQ_VERIFY_OK(job);
        QList<Backup::Stage> stages;
        const Result<Backup::Written> written =
            Backup::copy(job.value(), secret(kPassword), [&](Backup::Stage s) { stages << s; });
        KQ_VERIFY_OK(written);
        QCOMPARE(stages, (QList<Backup::Stage>{Backup::Stage::Copying, Backup::Stage::Checking,
                                               Backup::Stage::Finishing}));
        QCOMPARE(QFileInfo(written.value().database).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(written.value().bytes, QFileInfo(backupPath(QStringLiteral("a.kqbak"))).size());
        QVERIFY(!Backup::lastBackup(m_store.db())); // not yet recorded

        m_store.clock().advance(60'000);
        KQ_VERIFY_OK(Backup::record(m_store.ws(), written.value()));
        const std::optional<Backup::Last> last = Backup::lastBackup(m_store.db());
        QVERIFY(last);
        QCOMPARE(last->at, m_store.clock().now());
        QCOMPARE(last->file, backupPath(QStringLiteral("a.kqbak")));
        QCOMPARE(last->bytes, written.value().bytes);
        const QList<AuditEntry> recent = AuditLog(m_store.db()).recent(1);
        QCOMPARE(recent.value(0).action, QStringLiteral("backup"));
        QCOMPARE(recent.value(0).actor, QStringLiteral("wang.li"));
    }

    void copyWithAWrongPasswordKeepsNothing()
    {
        Result<Backup::Job> job = Backup::prepare(m_store.ws(), backupPath(QStringLiteral("a.kqbak")), false);
        KQ_VERIFY_OK(job);
        const Result<Backup::Written> written =
            Backup::copy(job.value(), secret(QStringLiteral("not-mine-123")));
        QVERIFY(!written);
        QCOMPARE(written.error().code, int(Backup::CheckFailed));
        QCOMPARE(filesIn(m_store.dir()).filter(QStringLiteral("a.kqbak")), QStringList());
    }

    void reminderIsDueWithoutABackupAndAfterTheDaysSet()
    {
        const QDateTime now = m_store.clock().now();
        QVERIFY(Backup::isOverdue(std::nullopt, now, 7));
        const Backup::Last last{now.addDays(-7), QStringLiteral("x"), 1};
        QVERIFY(!Backup::isOverdue(last, now, 7));
        QVERIFY(Backup::isOverdue(last, now.addSecs(1), 7));
        QVERIFY(!Backup::isOverdue(last, now.addDays(3), 10));
    }

    void restoreIsCheckedWhileTheStoreIsOpenAndPutInPlaceOnlyOnceClosed()
    {
        const QString before = addClient(QStringLiteral("张三"));
        makeBackup(QStringLiteral("a.kqbak"));
        const QString after = addClient(QStringLiteral("李四"));
        const QString db = m_store.ws().paths().database;

        Result<BackupRestore::Prepared> prepared =
            BackupRestore::prepare(backupPath(QStringLiteral("a.kqbak")), db, QStringLiteral("wang.li"),
                                   secret(kPassword), true, m_store.clock());
        KQ_VERIFY_OK(prepared);
        QVERIFY(prepared.value().replaces);
        QVERIFY(prepared.value().auditEntries > 0);
        QVERIFY(QFileInfo::exists(prepared.value().copy));
        // Still the live store, still open and writable.
        QVERIFY(ClientRepository(m_store.journal()).load(m_store.ws().actor(), after));

        // Refused while this process has the store open; the prepared copy goes, the store stays.
        const Result<BackupRestore::Restored> refused =
            BackupRestore::commit(prepared.value(), m_store.clock());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, int(BackupRestore::TargetInUse));
        QVERIFY(!QFileInfo::exists(prepared.value().copy));
        QVERIFY(ClientRepository(m_store.journal()).load(m_store.ws().actor(), after));

        prepared =
            BackupRestore::prepare(backupPath(QStringLiteral("a.kqbak")), db, QStringLiteral("wang.li"),
                                   secret(kPassword), true, m_store.clock());
        KQ_VERIFY_OK(prepared);
        m_store.ws().lock();
        const Result<BackupRestore::Restored> restored =
            BackupRestore::commit(prepared.value(), m_store.clock());
        KQ_VERIFY_OK(restored);
        QVERIFY(QFileInfo::exists(restored.value().keptAs));
        QVERIFY(!QFileInfo::exists(prepared.value().copy));

        KQ_VERIFY_OK(m_store.ws().unlock(QStringLiteral("wang.li"), secret(kPassword)));
        QVERIFY(ClientRepository(m_store.journal()).load(m_store.ws().actor(), before));
        QVERIFY(!ClientRepository(m_store.journal()).load(m_store.ws().actor(), after));
        // Newest first: this sign-in, then the restore recorded in the copy before it was put in place.
        const QList<AuditEntry> recent = AuditLog(m_store.db()).recent(2);
        QCOMPARE(recent.value(0).action, QStringLiteral("sign-in"));
        QCOMPARE(recent.value(1).action, QStringLiteral("restore"));

        // The store it replaced opens under its kept name, with what was written after the backup.
        m_store.ws().lock();
        Workspace kept(StorePaths{restored.value().keptAs}, m_store.clock());
        KQ_VERIFY_OK(kept.unlock(QStringLiteral("wang.li"), secret(kPassword)));
        QVERIFY(ClientRepository(kept.journal()).load(kept.actor(), after));
    }

    void damagedBackupIsRefusedBeforeAnythingChanges()
    {
        addClient(QStringLiteral("张三"));
        makeBackup(QStringLiteral("a.kqbak"));
        damage(backupPath(QStringLiteral("a.kqbak")));
        const QString db = m_store.ws().paths().database;
        m_store.ws().lock();
        const QByteArray storeBefore = hashOf(db);
        const QStringList filesBefore = filesIn(m_store.dir());

        const Result<BackupRestore::Prepared> prepared =
            BackupRestore::prepare(backupPath(QStringLiteral("a.kqbak")), db, QStringLiteral("wang.li"),
                                   secret(kPassword), true, m_store.clock());
        QVERIFY(!prepared);
        QVERIFY2(prepared.error().code == int(BackupRestore::Damaged) ||
                     prepared.error().code == int(Workspace::Tampered),
                 qPrintable(prepared.error().describe()));
        QCOMPARE(prepared.error().field, QStringLiteral("from"));
        QCOMPARE(hashOf(db), storeBefore);
        QCOMPARE(filesIn(m_store.dir()), filesBefore);
    }

    void backupOfAnotherStoreIsRefusedAsForeign()
    {
        QTemporaryDir other;
        createStore(pathsIn(other), m_store.clock());
        Workspace ws(pathsIn(other), m_store.clock());
        KQ_VERIFY_OK(ws.unlock(QStringLiteral("wang.li"), secret(kPassword)));
        KQ_VERIFY_OK(Backup::write(ws, secret(kPassword), other.filePath(QStringLiteral("o.kqbak")), false));
        const Result<BackupRestore::Prepared> prepared =
            BackupRestore::prepare(other.filePath(QStringLiteral("o.kqbak")), m_store.ws().paths().database,
                                   QStringLiteral("wang.li"), secret(kPassword), true, m_store.clock());
        QVERIFY(!prepared);
        QCOMPARE(prepared.error().code, int(BackupRestore::Foreign));
    }

    void restoringNeedsARoleThatManagesTheCentreInTheBackup()
    {
        addAccount(m_store.ws(), QStringLiteral("cm"), QStringLiteral("个案"), Role::CaseManager);
        makeBackup(QStringLiteral("a.kqbak"));
        const Result<BackupRestore::Prepared> prepared =
            BackupRestore::prepare(backupPath(QStringLiteral("a.kqbak")), m_store.ws().paths().database,
                                   QStringLiteral("cm"), secret(kStaffPassword), true, m_store.clock());
        QVERIFY(!prepared);
        QCOMPARE(prepared.error().code, int(BackupRestore::NotPermitted));
        QCOMPARE(filesIn(m_store.dir()).filter(QStringLiteral(".restoring")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestBackupSteps)
#include "TestBackupSteps.moc"
