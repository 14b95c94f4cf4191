#include "TestStore.h"

#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "centre/CentreRepository.h"
#include "core/Ids.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/Transaction.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace kq;
using namespace kq::test;

namespace {

const QString kUser = QStringLiteral("wang.li");
const QString kClientName = QStringLiteral("张卫国");
const QString kIdNumber = QStringLiteral("110105199001011234");
const QString kPhone = QStringLiteral("13800138000");
constexpr int kHead = 1000;

} // namespace

class TestAuditLog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;

    Database& db() { return m_ws->database(); }
    AuditLog audit() { return AuditLog(m_ws->database()); }
    Outbox outbox() { return Outbox(m_ws->database()); }

    // A client record change as a repository would journal it.
    QString writeClient(Change::Op op, const QVariantMap& fields, std::optional<qint64> base = std::nullopt,
                        QString id = {})
    {
        if (id.isEmpty())
            id = newId();
        Transaction tx(db());
        m_ws->journal().record(m_ws->actor(),
                               Change{QStringLiteral("client"), id, op, {}, fields, base, true});
        tx.commit();
        return id;
    }

    void renameCentre(const QString& name)
    {
        CentreProfile c = *CentreRepository(m_ws->journal()).load();
        c.name = name;
        KQ_VERIFY_OK(CentreRepository(m_ws->journal()).update(m_ws->actor(), c));
    }

    // Text of every audit column, for "this value is not in the log" checks.
    bool auditMentions(const QString& value)
    {
        Statement s = db().prepare("SELECT count(*) FROM audit_log WHERE instr(at || '|' || actor || '|' || "
                                   "action || '|' || entity || '|' || entity_id || '|' || fields, ?) > 0");
        s.bind(1, value);
        s.step();
        return s.int64(0) > 0;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>();
        createStore(pathsIn(*m_dir), *m_clock);
        m_ws = std::make_unique<Workspace>(pathsIn(*m_dir), *m_clock);
        KQ_VERIFY_OK(m_ws->unlock(kUser, secret(kPassword)));
    }

    void cleanup()
    {
        m_ws.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void setUpAndSignInAreLogged()
    {
        const QList<AuditEntry> all = audit().recent(100);
        QCOMPARE(all.size(), 3); // newest first
        QCOMPARE(all.at(2).entity, QStringLiteral("centre"));
        QCOMPARE(all.at(2).action, QStringLiteral("create"));
        QCOMPARE(all.at(1).entity, QStringLiteral("account"));
        QCOMPARE(all.at(1).action, QStringLiteral("create"));
        QCOMPARE(all.at(0).action, QStringLiteral("sign-in"));
        QCOMPARE(all.at(0).actor, kUser);
        QCOMPARE(all.at(0).at, m_clock->now());
    }

    void everyWriteAppendsOneEntryWithFieldNamesButNoValues()
    {
        const qint64 before = audit().count();
        m_clock->advance(60 * 1000);
        const QString id = writeClient(Change::Op::Create, {{QStringLiteral("name"), kClientName},
                                                            {QStringLiteral("id_number"), kIdNumber},
                                                            {QStringLiteral("phone"), kPhone}});
        QCOMPARE(audit().count(), before + 1);
        const AuditEntry e = audit().recent(1).at(0);
        QCOMPARE(e.seq, before + 1);
        QCOMPARE(e.actor, kUser);
        QCOMPARE(e.action, QStringLiteral("create"));
        QCOMPARE(e.entity, QStringLiteral("client"));
        QCOMPARE(e.entityId, id);
        QCOMPARE(e.at, m_clock->now());
        QCOMPARE(e.fields,
                 (QStringList{QStringLiteral("id_number"), QStringLiteral("name"), QStringLiteral("phone")}));
        for (const QString& value : {kClientName, kIdNumber, kPhone, kIdNumber.right(4)})
            QVERIFY2(!auditMentions(value), qPrintable(value));

        const QString renamed = QStringLiteral("朝阳区阳光康复中心南院");
        renameCentre(renamed);
        QCOMPARE(audit().count(), before + 2);
        QCOMPARE(audit().recent(1).at(0).fields, QStringList{QStringLiteral("name")});
        QVERIFY(!auditMentions(renamed));

        KQ_VERIFY_OK(AccountService(*m_ws, KdfParams::fastest())
                         .create(QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::CaseManager,
                                 secret(QStringLiteral("Autumn-Leaves-31-Road"))));
        QCOMPARE(audit().count(), before + 3);
        QCOMPARE(audit().recent(1).at(0).entity, QStringLiteral("account"));
        QVERIFY(!auditMentions(QStringLiteral("赵敏")));
        QVERIFY(!auditMentions(QStringLiteral("Autumn-Leaves-31-Road")));
    }

    void chainVerifiesAfterManyWrites()
    {
        for (int i = 0; i < 20; ++i) {
            m_clock->advance(1000);
            writeClient(i % 3 ? Change::Op::Update : Change::Op::Create, {{QStringLiteral("n"), i}});
        }
        renameCentre(QStringLiteral("新名称"));
        m_ws->lock();
        KQ_VERIFY_OK(m_ws->unlock(kUser, secret(kPassword)));
        const std::optional<AuditLog::Break> b = audit().verify();
        QVERIFY2(!b, b ? qPrintable(b->reason) : "");
        QCOMPARE(audit().count(), 3 + 20 + 1 + 1);
    }

    void pagingThroughTheLog()
    {
        for (int i = 0; i < 10; ++i)
            writeClient(Change::Op::Update, {{QStringLiteral("n"), i}});
        const qint64 total = audit().count();
        const QList<AuditEntry> page1 = audit().recent(5);
        const QList<AuditEntry> page2 = audit().recent(5, 5);
        QCOMPARE(page1.size(), 5);
        QCOMPARE(page1.at(0).seq, total);
        QCOMPARE(page2.at(0).seq, total - 5);
    }

    void tamperingIsReportedAtTheFirstBrokenEntry_data()
    {
        QTest::addColumn<QString>("sql");
        // Absolute, or relative to the last entry when <= 0; kHead is the position after the last.
        QTest::addColumn<int>("expectedSeq");
        QTest::newRow("action edited")
            << QStringLiteral("UPDATE audit_log SET action = 'delete' WHERE seq = 5") << 5;
        QTest::newRow("actor edited")
            << QStringLiteral("UPDATE audit_log SET actor = 'li.na' WHERE seq = 6") << 6;
        QTest::newRow("time edited")
            << QStringLiteral("UPDATE audit_log SET at = '2025-01-01T00:00:00.000Z' WHERE seq = 4") << 4;
        QTest::newRow("fields edited")
            << QStringLiteral("UPDATE audit_log SET fields = '' WHERE seq = 5") << 5;
        QTest::newRow("entity id edited")
            << QStringLiteral("UPDATE audit_log SET entity_id = 'x' WHERE seq = 7") << 7;
        QTest::newRow("hash edited") << QStringLiteral(
                                            "UPDATE audit_log SET hash = zeroblob(32) WHERE seq = 5")
                                     << 5;
        QTest::newRow("prev_hash edited")
            << QStringLiteral("UPDATE audit_log SET prev_hash = zeroblob(32) WHERE seq = 5") << 5;
        QTest::newRow("prev_hash copied from another entry")
            << QStringLiteral(
                   "UPDATE audit_log SET prev_hash = (SELECT prev_hash FROM audit_log WHERE seq = 3) "
                   "WHERE seq = 5")
            << 5;
        QTest::newRow("first entry deleted") << QStringLiteral("DELETE FROM audit_log WHERE seq = 1") << 1;
        QTest::newRow("middle entry deleted") << QStringLiteral("DELETE FROM audit_log WHERE seq = 5") << 5;
        QTest::newRow("last entry deleted")
            << QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)") << 0;
        QTest::newRow("last three entries deleted")
            << QStringLiteral("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log)") << -2;
        QTest::newRow("whole log emptied") << QStringLiteral("DELETE FROM audit_log") << 1;
        QTest::newRow("entries renumbered")
            << QStringLiteral("UPDATE audit_log SET seq = seq + 100 WHERE seq >= 6") << 6;
        QTest::newRow("head moved back") << QStringLiteral("UPDATE audit_head SET seq = 3") << kHead;
        QTest::newRow("head removed") << QStringLiteral("DELETE FROM audit_head") << kHead;
        QTest::newRow("head hash altered")
            << QStringLiteral("UPDATE audit_head SET hash = zeroblob(32)") << kHead;
    }

    void tamperingIsReportedAtTheFirstBrokenEntry()
    {
        QFETCH(QString, sql);
        QFETCH(int, expectedSeq);
        for (int i = 0; i < 5; ++i) {
            m_clock->advance(1000);
            writeClient(Change::Op::Update, {{QStringLiteral("status"), i}});
        }
        QVERIFY(!audit().verify());
        const qint64 last = audit().count();
        QVERIFY(last >= 8);
        db().exec(sql.toStdString());
        QVERIFY2(db().changes() > 0, "the tampering statement changed nothing");
        const std::optional<AuditLog::Break> b = audit().verify();
        QVERIFY2(b.has_value(), "tampering went unnoticed");
        QVERIFY(!b->reason.isEmpty());
        const qint64 expected = expectedSeq == kHead ? last + 1
                                : expectedSeq > 0    ? expectedSeq
                                                     : last + expectedSeq;
        QCOMPARE(b->seq, expected);
    }

    void rolledBackWriteLeavesNoAuditEntryAndNoOutboxOperation()
    {
        const qint64 entries = audit().count();
        const qint64 pending = outbox().pendingCount();
        {
            Transaction tx(db());
            m_ws->journal().record(m_ws->actor(), Change{QStringLiteral("client"),
                                                         newId(),
                                                         Change::Op::Create,
                                                         {},
                                                         {{QStringLiteral("name"), kClientName}},
                                                         std::nullopt,
                                                         true});
            // no commit: the save failed half-way
        }
        QCOMPARE(audit().count(), entries);
        QCOMPARE(outbox().pendingCount(), pending);
        QVERIFY(!audit().verify());
        // And the chain continues cleanly afterwards.
        writeClient(Change::Op::Create, {{QStringLiteral("name"), kClientName}});
        QVERIFY(!audit().verify());
    }

    void setUpQueuesTheCentreForSync()
    {
        QCOMPARE(outbox().pendingCount(), 1);
        const OutboxOperation op = outbox().pending(10).at(0);
        QCOMPARE(op.entity, QStringLiteral("centre"));
        QCOMPARE(op.op, QStringLiteral("create"));
        QCOMPARE(op.entityId, CentreRepository(m_ws->journal()).load()->id);
        QCOMPARE(op.fields.value(QStringLiteral("name")).toString(), sampleSetup().centre.name);
        QCOMPARE(op.fields.value(QStringLiteral("code")).toString(), sampleSetup().centre.code);
        QCOMPARE(op.fields.value(QStringLiteral("county_code")).toString(), sampleSetup().centre.countyCode);
        QVERIFY(!op.baseServerRev);
        QVERIFY(!QUuid::fromString(op.opId).isNull());
    }

    void syncableChangeQueuesExactlyOneOperation()
    {
        const qint64 before = outbox().pendingCount();
        m_clock->advance(5 * 60 * 1000);
        const QString id = writeClient(
            Change::Op::Update, {{QStringLiteral("phone"), kPhone}, {QStringLiteral("visits"), 3}}, 17);
        QCOMPARE(outbox().pendingCount(), before + 1);
        const OutboxOperation op = outbox().pending(100).last();
        QCOMPARE(op.entity, QStringLiteral("client"));
        QCOMPARE(op.entityId, id);
        QCOMPARE(op.op, QStringLiteral("update"));
        QCOMPARE(op.fields.size(), 2);
        QCOMPARE(op.fields.value(QStringLiteral("phone")).toString(), kPhone); // values travel, encrypted
        QCOMPARE(op.fields.value(QStringLiteral("visits")).toInt(), 3);
        QCOMPARE(op.baseServerRev, std::optional<qint64>(17));
        QCOMPARE(op.createdAt, m_clock->now());

        writeClient(Change::Op::Delete, {}, 18, id);
        QCOMPARE(outbox().pendingCount(), before + 2);
        QCOMPARE(outbox().pending(100).last().op, QStringLiteral("delete"));
    }

    void centreEditQueuesOnlyTheChangedFields()
    {
        const qint64 before = outbox().pendingCount();
        renameCentre(QStringLiteral("阳光中心"));
        QCOMPARE(outbox().pendingCount(), before + 1);
        const OutboxOperation op = outbox().pending(100).last();
        QCOMPARE(op.entity, QStringLiteral("centre"));
        QCOMPARE(op.fields.keys(), QStringList{QStringLiteral("name")});
        // Saving without a change queues nothing and logs nothing.
        const qint64 entries = audit().count();
        renameCentre(QStringLiteral("阳光中心"));
        QCOMPARE(outbox().pendingCount(), before + 1);
        QCOMPARE(audit().count(), entries);
    }

    void accountChangesAndSignInsAreNotQueued()
    {
        const qint64 before = outbox().pendingCount();
        const qint64 entries = audit().count();
        AccountService accounts(*m_ws, KdfParams::fastest());
        KQ_VERIFY_OK(accounts.create(QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::FrontDesk,
                                     secret(QStringLiteral("Autumn-Leaves-31-Road"))));
        KQ_VERIFY_OK(accounts.setRole(QStringLiteral("zhao.min"), Role::CaseManager));
        KQ_VERIFY_OK(accounts.resetPassword(QStringLiteral("zhao.min"),
                                            secret(QStringLiteral("Spring-Rain-64-Bridge"))));
        KQ_VERIFY_OK(
            accounts.changeOwnPassword(secret(kPassword), secret(QStringLiteral("Winter-Sun-27-Valley"))));
        KQ_VERIFY_OK(accounts.disable(QStringLiteral("zhao.min")));
        m_ws->lock();
        KQ_VERIFY_OK(m_ws->unlock(kUser, secret(QStringLiteral("Winter-Sun-27-Valley"))));
        QCOMPARE(outbox().pendingCount(), before);
        // ... though every one of them is in the audit log.
        QCOMPARE(audit().count(), entries + 6);
        QVERIFY(!audit().verify());
    }

    void localOnlyChangeIsAuditedButNotQueued()
    {
        const qint64 before = outbox().pendingCount();
        const qint64 entries = audit().count();
        Transaction tx(db());
        m_ws->journal().record(m_ws->actor(), Change{QStringLiteral("client"),
                                                     newId(),
                                                     Change::Op::None,
                                                     QStringLiteral("reveal"),
                                                     {{QStringLiteral("id_number"), {}}},
                                                     std::nullopt,
                                                     true});
        m_ws->journal().record(m_ws->actor(), Change{QStringLiteral("setting"),
                                                     newId(),
                                                     Change::Op::Update,
                                                     {},
                                                     {{QStringLiteral("idle_minutes"), 5}},
                                                     std::nullopt,
                                                     false});
        tx.commit();
        QCOMPARE(outbox().pendingCount(), before);
        QCOMPARE(audit().count(), entries + 2);
        QCOMPARE(audit().recent(2).at(1).action, QStringLiteral("reveal"));
    }

    void pendingComesInOrderAndAcknowledgeRemovesExactlyThose()
    {
        outbox().acknowledge({outbox().pending(10).at(0).seq}); // the centre from set-up
        QCOMPARE(outbox().pendingCount(), 0);
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids << writeClient(Change::Op::Create, {{QStringLiteral("n"), i}});

        const QList<OutboxOperation> first = outbox().pending(3);
        QCOMPARE(first.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(first.at(i).entityId, ids.at(i));
        QVERIFY(first.at(0).seq < first.at(1).seq && first.at(1).seq < first.at(2).seq);
        // Reading does not consume.
        QCOMPARE(outbox().pendingCount(), 5);

        outbox().acknowledge({first.at(0).seq, first.at(1).seq, first.at(2).seq, 999999});
        QCOMPARE(outbox().pendingCount(), 2);
        const QList<OutboxOperation> rest = outbox().pending(10);
        QCOMPARE(rest.size(), 2);
        QCOMPARE(rest.at(0).entityId, ids.at(3));
        QCOMPARE(rest.at(1).entityId, ids.at(4));

        // Acknowledged operations stay gone after a restart.
        m_ws->lock();
        KQ_VERIFY_OK(m_ws->unlock(kUser, secret(kPassword)));
        QCOMPARE(outbox().pendingCount(), 2);
    }

    void everyOperationHasItsOwnIdempotencyKey()
    {
        const QString id = newId();
        for (int i = 0; i < 10; ++i)
            writeClient(Change::Op::Update, {{QStringLiteral("n"), i}}, i, id);
        QSet<QString> keys;
        for (const OutboxOperation& op : outbox().pending(100)) {
            QVERIFY(!QUuid::fromString(op.opId).isNull());
            keys.insert(op.opId);
        }
        QCOMPARE(keys.size(), 11);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
