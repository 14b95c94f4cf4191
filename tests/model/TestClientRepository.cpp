#include "CaseFixture.h"

#include "audit/AuditLog.h"
#include "clients/ClientRepository.h"
#include "clients/ClientSearchKeys.h"
#include "clients/ClientVocabulary.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kq;
using namespace kq::test;

namespace {

const QString kUser = QStringLiteral("wang.li"); // the supervisor created with the store
const QString kIdNumber = QStringLiteral("110105199003071239");
const QString kLegacyIdNumber = QStringLiteral("110105900307123"); // the same person, 15 digits
const QString kOtherIdNumber = QStringLiteral("11010519750101123X");
const QString kPhone = QStringLiteral("13800138000");
const QString kGuardianPhone = QStringLiteral("13912345678");
const QString kLandline = QStringLiteral("01065123456");
const QString kName = QStringLiteral("张三");

Guardian guardian(const QString& name, const QString& relation, const QString& phone, bool legal,
                  bool signing)
{
    Guardian g;
    g.name = name;
    g.relation = relation;
    g.phone = phone;
    g.address = QStringLiteral("北京市朝阳区朝阳北路1号院");
    g.legalGuardian = legal;
    g.signingContact = signing;
    return g;
}

// Every field of the record set to something other than its default.
ClientRecord fullRecord()
{
    ClientRecord r;
    r.name = kName;
    r.gender = Gender::Male;
    r.birthDate = QDate(1990, 3, 7);
    r.idNumber = kIdNumber;
    r.phone = kPhone;
    r.address = QStringLiteral("北京市朝阳区朝阳北路1号院2号楼3单元401室");
    r.householdCounty = QStringLiteral("130181");
    r.residenceCounty = QStringLiteral("110105");
    r.diagnosisCode = QStringLiteral("F20.0");
    r.severeDisorder = SevereDisorder::Schizophrenia;
    r.riskLevel = 2;
    r.riskAssessedOn = QDate(2025, 12, 20);
    r.riskAssessor = QStringLiteral("zhao.min");
    r.disabilityCertificate = QStringLiteral("11010519900307123962");
    r.disabilityLevel = 2;
    r.lowIncome = true;
    r.hardshipAllowance = true;
    r.severeDisabilityCare = false;
    r.guardianshipReward = true;
    r.insurance = MedicalInsurance::UrbanRuralResident;
    r.caseManager = QStringLiteral("zhao.min");
    r.status = QStringLiteral("registered");
    r.notes = QStringLiteral("喜欢书法。\n周三下午不便。");
    r.guardians << guardian(QStringLiteral("张建国"), QStringLiteral("parent"), kGuardianPhone, true, true)
                << guardian(QStringLiteral("李秀英"), QStringLiteral("spouse"), kLandline, false, false);
    return r;
}

// A second person, no clinical data, no guardian.
ClientRecord otherRecord()
{
    ClientRecord r;
    r.name = QStringLiteral("李四");
    r.idNumber = kOtherIdNumber;
    r.phone = QStringLiteral("13700001111");
    r.residenceCounty = QStringLiteral("110101");
    return r;
}

// A child without an ID number.
ClientRecord childRecord(const QString& name, const QString& guardianPhone)
{
    ClientRecord r;
    r.name = name;
    r.gender = Gender::Female;
    r.birthDate = QDate(2016, 5, 20);
    r.residenceCounty = QStringLiteral("110105");
    r.guardians << guardian(QStringLiteral("曾强"), QStringLiteral("parent"), guardianPhone, true, true);
    return r;
}

} // namespace

class TestClientRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    Actor m_frontDesk;
    Actor m_caseManager;
    Actor m_admin;

    Database& db() { return m_ws->database(); }
    ClientRepository repo() { return ClientRepository(m_ws->journal()); }
    const Actor& supervisor() { return m_ws->actor(); }

    qint64 rows(const char* table) { return db().queryInt(std::string("SELECT count(*) FROM ") + table); }

    // Row counts of every table a client write touches.
    QList<qint64> counts()
    {
        return {rows("clients"), rows("guardians"), rows("client_search"), rows("audit_log"), rows("outbox")};
    }

    // Whether any audit column holds `value` as text.
    bool auditMentions(const QString& value)
    {
        Statement s = db().prepare("SELECT count(*) FROM audit_log WHERE instr(at || '|' || actor || '|' || "
                                   "action || '|' || entity || '|' || entity_id || '|' || fields, ?) > 0");
        s.bind(1, value);
        s.step();
        return s.int64(0) > 0;
    }

    AuditEntry lastAudit() { return AuditLog(db()).recent(1).value(0); }

    QList<OutboxOperation> outboxSince(qint64 seq)
    {
        QList<OutboxOperation> out;
        for (const OutboxOperation& op : Outbox(db()).pending(10000))
            if (op.seq > seq)
                out << op;
        return out;
    }
    qint64 lastOutboxSeq() { return db().queryInt("SELECT coalesce(max(seq), 0) FROM outbox"); }

    QString create(const Actor& actor, const ClientRecord& r)
    {
        Result<ClientRepository::Saved> saved = repo().create(actor, r);
        if (!saved) {
            QTest::qFail(qPrintable(saved.error().describe()), __FILE__, __LINE__);
            return {};
        }
        return saved.value().id;
    }

    ClientRecord loadAsSupervisor(const QString& id)
    {
        std::optional<ClientRecord> r = repo().load(supervisor(), id);
        if (!r)
            QTest::qFail("the client record did not load", __FILE__, __LINE__);
        return r.value_or(ClientRecord{});
    }

    QSet<QString> searchKeysOf(const QString& clientId)
    {
        QSet<QString> keys;
        Statement s = db().prepare("SELECT key FROM client_search WHERE client_id = ?");
        s.bind(1, clientId);
        while (s.step())
            keys << s.text(0);
        return keys;
    }

    static QSet<QString> keysOf(const QJsonObject& o)
    {
        const QStringList k = o.keys();
        return QSet<QString>(k.begin(), k.end());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>();
        createStore(pathsIn(*m_dir), *m_clock);
        m_ws = std::make_unique<Workspace>(pathsIn(*m_dir), *m_clock);
        KQ_VERIFY_OK(m_ws->unlock(kUser, secret(kPassword)));
        QCOMPARE(supervisor().role, Role::Supervisor);
        m_frontDesk = addAccount(*m_ws, QStringLiteral("li.na"), QStringLiteral("李娜"), Role::FrontDesk);
        m_caseManager =
            addAccount(*m_ws, QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::CaseManager);
        m_admin = addAccount(*m_ws, QStringLiteral("sun.hao"), QStringLiteral("孙浩"), Role::Administrator);
        m_clock->advance(60 * 1000);
    }

    void cleanup()
    {
        m_ws.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void createAndLoadRoundTrip()
    {
        const ClientRecord in = fullRecord();
        const qint64 outboxBefore = lastOutboxSeq();
        const qint64 auditBefore = AuditLog(db()).count();
        Result<ClientRepository::Saved> saved = repo().create(m_caseManager, in);
        KQ_VERIFY_OK(saved);
        QVERIFY(saved.value().notices.isEmpty());
        const QString id = saved.value().id;
        QVERIFY(!id.isEmpty());
        QCOMPARE(repo().count(), 1);

        const std::optional<ClientRecord> loaded = repo().load(m_caseManager, id);
        QVERIFY(loaded);
        const ClientRecord& r = *loaded;
        QCOMPARE(r.id, id);
        QCOMPARE(r.name, in.name);
        QCOMPARE(r.gender, in.gender);
        QCOMPARE(r.birthDate, in.birthDate);
        QCOMPARE(r.idNumber, in.idNumber);
        QCOMPARE(r.phone, in.phone);
        QCOMPARE(r.address, in.address);
        QCOMPARE(r.householdCounty, in.householdCounty);
        QCOMPARE(r.residenceCounty, in.residenceCounty);
        QCOMPARE(r.diagnosisCode, in.diagnosisCode);
        QCOMPARE(r.severeDisorder, in.severeDisorder);
        QCOMPARE(r.riskLevel, in.riskLevel);
        QCOMPARE(r.riskAssessedOn, in.riskAssessedOn);
        QCOMPARE(r.riskAssessor, in.riskAssessor);
        QCOMPARE(r.disabilityCertificate, in.disabilityCertificate);
        QCOMPARE(r.disabilityLevel, in.disabilityLevel);
        QCOMPARE(r.lowIncome, in.lowIncome);
        QCOMPARE(r.hardshipAllowance, in.hardshipAllowance);
        QCOMPARE(r.severeDisabilityCare, in.severeDisabilityCare);
        QCOMPARE(r.guardianshipReward, in.guardianshipReward);
        QCOMPARE(r.insurance, in.insurance);
        QCOMPARE(r.caseManager, in.caseManager);
        QCOMPARE(r.status, in.status);
        QCOMPARE(r.notes, in.notes);
        QCOMPARE(r.rev, 1);

        QCOMPARE(r.guardians.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const Guardian& g = r.guardians[i];
            const Guardian& e = in.guardians[i];
            QVERIFY(!g.id.isEmpty());
            QCOMPARE(g.name, e.name);
            QCOMPARE(g.relation, e.relation);
            QCOMPARE(g.phone, e.phone);
            QCOMPARE(g.address, e.address);
            QCOMPARE(g.legalGuardian, e.legalGuardian);
            QCOMPARE(g.signingContact, e.signingContact);
        }
        QVERIFY(r.guardians[0].id != r.guardians[1].id);

        // Who created it, and the journal: one client and two guardian creates, audited and queued.
        Statement s = db().prepare("SELECT created_by, sort_key FROM clients WHERE id = ?");
        s.bind(1, id);
        QVERIFY(s.step());
        QCOMPARE(s.text(0), m_caseManager.username);
        QCOMPARE(s.text(1), ClientSearchKeys::sortKey(kName));
        QCOMPARE(AuditLog(db()).count(), auditBefore + 3);
        const QList<OutboxOperation> ops = outboxSince(outboxBefore);
        QCOMPARE(ops.size(), 3);
        QCOMPARE(ops[0].entity, QStringLiteral("client"));
        QCOMPARE(ops[0].entityId, id);
        QCOMPARE(ops[0].op, QStringLiteral("create"));
        QCOMPARE(ops[0].fields.value(QStringLiteral("id_number")).toString(), kIdNumber);
        QCOMPARE(ops[0].fields.value(QStringLiteral("diagnosis_code")).toString(), QStringLiteral("F20.0"));
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(ops[i].entity, QStringLiteral("guardian"));
            QCOMPARE(ops[i].op, QStringLiteral("create"));
            QCOMPARE(ops[i].entityId, r.guardians[i - 1].id);
            QCOMPARE(ops[i].fields.value(QStringLiteral("client_id")).toString(), id);
            QCOMPARE(ops[i].fields.value(QStringLiteral("position")).toInt(), i - 1);
        }
        // The audit log names the fields and never holds their values.
        const QList<AuditEntry> entries = AuditLog(db()).recent(3);
        QCOMPARE(entries[2].entity, QStringLiteral("client"));
        QCOMPARE(entries[2].action, QStringLiteral("create"));
        QCOMPARE(entries[2].actor, m_caseManager.username);
        QVERIFY(entries[2].fields.contains(QStringLiteral("id_number")));
        QVERIFY(entries[2].fields.contains(QStringLiteral("diagnosis_code")));
        for (const QString& value : {kIdNumber, kIdNumber.right(6), kPhone, kGuardianPhone, kLandline, kName,
                                     QStringLiteral("张建国"), QStringLiteral("F20.0")})
            QVERIFY2(!auditMentions(value), qPrintable(value));

        // Search keys are those of the saved record.
        const QStringList expected = ClientSearchKeys::forClient(r);
        QCOMPARE(searchKeysOf(id), QSet<QString>(expected.begin(), expected.end()));
    }

    void createNormalisesAndReturnsNotices()
    {
        ClientRecord in = otherRecord();
        in.name = QStringLiteral(" 李四 ");
        in.idNumber = kLegacyIdNumber;
        in.phone = QStringLiteral("+86 137 0000 1111");
        Result<ClientRepository::Saved> saved = repo().create(m_frontDesk, in);
        KQ_VERIFY_OK(saved);
        QCOMPARE(saved.value().notices.size(), 1);
        const ClientRecord r = loadAsSupervisor(saved.value().id);
        QCOMPARE(r.name, QStringLiteral("李四"));
        QCOMPARE(r.idNumber, kIdNumber);
        QCOMPARE(r.birthDate, QDate(1990, 3, 7));
        QCOMPARE(r.gender, Gender::Male);
        QCOMPARE(r.phone, QStringLiteral("13700001111"));
    }

    void duplicateIdNumberIsRefusedAndNothingWritten()
    {
        const QString first = create(m_caseManager, fullRecord());
        QVERIFY(!first.isEmpty());
        QCOMPARE(repo().findByIdNumber(kIdNumber).value_or(QString()), first);
        QVERIFY(!repo().findByIdNumber(kOtherIdNumber));

        const QList<qint64> before = counts();
        ClientRecord again = otherRecord();
        again.idNumber = kIdNumber;
        again.guardians << guardian(QStringLiteral("李父"), QStringLiteral("parent"), kGuardianPhone, true,
                                    true);
        Result<ClientRepository::Saved> saved = repo().create(m_frontDesk, again);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, int(ClientRepository::DuplicateIdNumber));
        QCOMPARE(saved.error().field, QStringLiteral("id-number"));
        QCOMPARE(counts(), before);

        // The 15-digit form of the same number is the same person.
        again.idNumber = kLegacyIdNumber;
        saved = repo().create(m_frontDesk, again);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, int(ClientRepository::DuplicateIdNumber));
        QCOMPARE(counts(), before);

        // Changing another record to the same number is refused too.
        const QString second = create(m_frontDesk, otherRecord());
        ClientRecord edit = loadAsSupervisor(second);
        const QList<qint64> beforeEdit = counts();
        edit.idNumber = kIdNumber;
        edit.birthDate = QDate(1990, 3, 7);
        edit.address = QStringLiteral("新地址");
        saved = repo().update(m_frontDesk, edit);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, int(ClientRepository::DuplicateIdNumber));
        QCOMPARE(saved.error().field, QStringLiteral("id-number"));
        QCOMPARE(counts(), beforeEdit);
        const ClientRecord unchanged = loadAsSupervisor(second);
        QCOMPARE(unchanged.idNumber, kOtherIdNumber);
        QVERIFY(unchanged.address.isEmpty());
        QCOMPARE(unchanged.rev, 1);
    }

    void clientsWithoutIdNumberAreNotDuplicates()
    {
        QVERIFY(!create(m_frontDesk, childRecord(QStringLiteral("曾小乐"), kGuardianPhone)).isEmpty());
        QVERIFY(!create(m_frontDesk, childRecord(QStringLiteral("曾小丽"), kGuardianPhone)).isEmpty());
        QCOMPARE(repo().count(), 2);
        QCOMPARE(db().queryInt("SELECT count(*) FROM clients WHERE id_number IS NULL"), 2);
    }

    void possibleDuplicates()
    {
        ClientRecord a = fullRecord();
        a.phone = kPhone;
        const QString aId = create(m_caseManager, a);

        // Same name and birth date, no ID number, another phone.
        ClientRecord sameNameBirth = childRecord(kName, kGuardianPhone);
        sameNameBirth.birthDate = QDate(1990, 3, 7);
        sameNameBirth.guardians.clear();
        sameNameBirth.phone = QStringLiteral("13911112222");
        QList<PossibleDuplicate> d = repo().possibleDuplicates(sameNameBirth);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].clientId, aId);
        QCOMPARE(d[0].name, kName);
        QVERIFY(!d[0].reason.isEmpty());
        const QString nameReason = d[0].reason;

        // Same phone, another person.
        ClientRecord samePhone = otherRecord();
        samePhone.phone = kPhone;
        d = repo().possibleDuplicates(samePhone);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].clientId, aId);
        QVERIFY(d[0].reason != nameReason);

        // Both at once: two warnings.
        sameNameBirth.phone = kPhone;
        QCOMPARE(repo().possibleDuplicates(sameNameBirth).size(), 2);

        // Someone else entirely, and the record itself when edited: no warning.
        QVERIFY(repo().possibleDuplicates(otherRecord()).isEmpty());
        QVERIFY(repo().possibleDuplicates(loadAsSupervisor(aId)).isEmpty());
        ClientRecord sameNameOtherDay = sameNameBirth;
        sameNameOtherDay.birthDate = QDate(1990, 3, 8);
        sameNameOtherDay.phone = QStringLiteral("13911112222");
        QVERIFY(repo().possibleDuplicates(sameNameOtherDay).isEmpty());
    }

    void staleUpdateIsRefused()
    {
        const QString id = create(m_caseManager, fullRecord());
        ClientRecord mine = loadAsSupervisor(id);
        ClientRecord theirs = loadAsSupervisor(id);
        QCOMPARE(mine.rev, 1);

        mine.address = QStringLiteral("先保存的地址");
        KQ_VERIFY_OK(repo().update(m_caseManager, mine));
        QCOMPARE(loadAsSupervisor(id).rev, 2);

        const QList<qint64> before = counts();
        theirs.notes = QStringLiteral("后保存的备注");
        Result<ClientRepository::Saved> saved = repo().update(m_frontDesk, theirs);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, int(ClientRepository::StaleRecord));
        QCOMPARE(counts(), before);
        const ClientRecord now = loadAsSupervisor(id);
        QCOMPARE(now.address, QStringLiteral("先保存的地址"));
        QCOMPARE(now.notes, fullRecord().notes);
        QCOMPARE(now.rev, 2);

        // Reopened, it saves.
        ClientRecord reopened = loadAsSupervisor(id);
        reopened.notes = QStringLiteral("后保存的备注");
        KQ_VERIFY_OK(repo().update(m_frontDesk, reopened));
        QCOMPARE(loadAsSupervisor(id).rev, 3);
    }

    void updateOfAMissingRecordIsNotFound()
    {
        ClientRecord r = fullRecord();
        r.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
        r.rev = 1;
        Result<ClientRepository::Saved> saved = repo().update(m_caseManager, r);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, int(ClientRepository::NotFound));
        QVERIFY(!repo().load(m_caseManager, r.id));
    }

    void updateJournalsOnlyTheChangedFields()
    {
        const QString id = create(m_caseManager, fullRecord());
        const qint64 outboxBefore = lastOutboxSeq();
        const qint64 auditBefore = AuditLog(db()).count();
        ClientRecord r = loadAsSupervisor(id);
        const QString newPhone = QStringLiteral("13566667777");
        r.phone = QStringLiteral("135 6666 7777");
        r.address = QStringLiteral("北京市朝阳区光华路8号");
        m_clock->advance(1000);
        KQ_VERIFY_OK(repo().update(m_frontDesk, r));

        QCOMPARE(AuditLog(db()).count(), auditBefore + 1);
        const AuditEntry e = lastAudit();
        QCOMPARE(e.action, QStringLiteral("update"));
        QCOMPARE(e.entity, QStringLiteral("client"));
        QCOMPARE(e.entityId, id);
        QCOMPARE(e.actor, m_frontDesk.username);
        QCOMPARE(e.fields, (QStringList{QStringLiteral("address"), QStringLiteral("phone")}));

        const QList<OutboxOperation> ops = outboxSince(outboxBefore);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops[0].entity, QStringLiteral("client"));
        QCOMPARE(ops[0].entityId, id);
        QCOMPARE(ops[0].op, QStringLiteral("update"));
        QCOMPARE(keysOf(ops[0].fields), (QSet<QString>{QStringLiteral("address"), QStringLiteral("phone")}));
        QCOMPARE(ops[0].fields.value(QStringLiteral("phone")).toString(), newPhone);

        const ClientRecord after = loadAsSupervisor(id);
        QCOMPARE(after.phone, newPhone);
        QCOMPARE(after.address, QStringLiteral("北京市朝阳区光华路8号"));
        QCOMPARE(after.rev, 2);
        QCOMPARE(after.diagnosisCode, QStringLiteral("F20.0"));
        QCOMPARE(after.guardians.size(), 2);

        // Neither old nor new identifiers nor names are in the audit log.
        for (const QString& value :
             {newPhone, kPhone, kIdNumber, kName, kGuardianPhone, kLandline, QStringLiteral("光华路")})
            QVERIFY2(!auditMentions(value), qPrintable(value));

        // The search keys follow the phone.
        QVERIFY(searchKeysOf(id).contains(QStringLiteral("t77776666531")));
        QVERIFY(!searchKeysOf(id).contains(QStringLiteral("t00083100831")));
    }

    void updateWithoutChangesJournalsNothing()
    {
        const QString id = create(m_caseManager, fullRecord());
        const QList<qint64> before = counts();
        KQ_VERIFY_OK(repo().update(m_caseManager, loadAsSupervisor(id)));
        QCOMPARE(counts(), before);
        QCOMPARE(loadAsSupervisor(id).rev, 1);

        // Text that normalises to the stored value is no change either.
        ClientRecord r = loadAsSupervisor(id);
        r.phone = QStringLiteral("138-0013-8000");
        r.name = QStringLiteral(" 张三 ");
        r.diagnosisCode = QStringLiteral("f20.0");
        KQ_VERIFY_OK(repo().update(m_caseManager, r));
        QCOMPARE(counts(), before);
        QCOMPARE(loadAsSupervisor(id).rev, 1);
    }

    void renameUpdatesSortKeyAndSearchKeys()
    {
        const QString id = create(m_caseManager, fullRecord());
        QVERIFY(searchKeysOf(id).contains(QStringLiteral("pzhangsan")));
        ClientRecord r = loadAsSupervisor(id);
        r.name = QStringLiteral("单田芳");
        KQ_VERIFY_OK(repo().update(m_caseManager, r));
        const QSet<QString> keys = searchKeysOf(id);
        QVERIFY(!keys.contains(QStringLiteral("pzhangsan")));
        QVERIFY(!keys.contains(QStringLiteral("h张三")));
        QVERIFY(keys.contains(QStringLiteral("h单田芳")));
        QVERIFY(keys.contains(QStringLiteral("pshantianfang")));
        Statement s = db().prepare("SELECT sort_key FROM clients WHERE id = ?");
        s.bind(1, id);
        QVERIFY(s.step());
        QCOMPARE(s.text(0), QStringLiteral("shantianfang"));
    }

    void guardianChangesAreJournalledAsGuardianOperations()
    {
        const QString id = create(m_caseManager, fullRecord());
        ClientRecord r = loadAsSupervisor(id);
        const QString keptId = r.guardians[0].id;
        const QString removedId = r.guardians[1].id;
        const qint64 outboxBefore = lastOutboxSeq();

        r.guardians[0].phone = QStringLiteral("139 0000 2222");
        r.guardians.removeAt(1);
        r.guardians << guardian(QStringLiteral("张姐"), QStringLiteral("sibling"),
                                QStringLiteral("13600003333"), false, false);
        KQ_VERIFY_OK(repo().update(m_frontDesk, r));

        const QList<OutboxOperation> ops = outboxSince(outboxBefore);
        QCOMPARE(ops.size(), 3);
        QHash<QString, OutboxOperation> byOp;
        for (const OutboxOperation& op : ops) {
            QCOMPARE(op.entity, QStringLiteral("guardian"));
            byOp.insert(op.op, op);
        }
        QCOMPARE(byOp.size(), 3);
        QCOMPARE(byOp[QStringLiteral("update")].entityId, keptId);
        QCOMPARE(keysOf(byOp[QStringLiteral("update")].fields), QSet<QString>{QStringLiteral("phone")});
        QCOMPARE(byOp[QStringLiteral("update")].fields.value(QStringLiteral("phone")).toString(),
                 QStringLiteral("13900002222"));
        QCOMPARE(byOp[QStringLiteral("delete")].entityId, removedId);
        QCOMPARE(byOp[QStringLiteral("delete")].fields.value(QStringLiteral("client_id")).toString(), id);
        QCOMPARE(byOp[QStringLiteral("create")].fields.value(QStringLiteral("name")).toString(),
                 QStringLiteral("张姐"));
        QCOMPARE(byOp[QStringLiteral("create")].fields.value(QStringLiteral("position")).toInt(), 1);

        const ClientRecord after = loadAsSupervisor(id);
        QCOMPARE(after.rev, 2); // guardians are part of the record
        QCOMPARE(after.guardians.size(), 2);
        QCOMPARE(after.guardians[0].id, keptId);
        QCOMPARE(after.guardians[0].phone, QStringLiteral("13900002222"));
        QCOMPARE(after.guardians[1].name, QStringLiteral("张姐"));
        QCOMPARE(after.guardians[1].id, byOp[QStringLiteral("create")].entityId);
        QCOMPARE(rows("guardians"), 2);

        // The guardian search keys follow too.
        const QSet<QString> keys = searchKeysOf(id);
        QVERIFY(keys.contains(QStringLiteral("t22220000931")));
        QVERIFY(!keys.contains(QStringLiteral("t87654321931")));
        QVERIFY(!keys.contains(QStringLiteral("t65432156010")));

        // Reordering changes positions only.
        ClientRecord swapped = after;
        swapped.guardians.swapItemsAt(0, 1);
        const qint64 beforeSwap = lastOutboxSeq();
        KQ_VERIFY_OK(repo().update(m_frontDesk, swapped));
        const QList<OutboxOperation> moves = outboxSince(beforeSwap);
        QCOMPARE(moves.size(), 2);
        for (const OutboxOperation& op : moves) {
            QCOMPARE(op.op, QStringLiteral("update"));
            QCOMPARE(keysOf(op.fields), QSet<QString>{QStringLiteral("position")});
        }
        const ClientRecord reordered = loadAsSupervisor(id);
        QCOMPARE(reordered.rev, 3);
        QCOMPARE(reordered.guardians[0].name, QStringLiteral("张姐"));
        QCOMPARE(reordered.guardians[1].id, keptId);
    }

    void guardianOnlyChangeMakesOtherOpenCopiesStale()
    {
        const QString id = create(m_caseManager, fullRecord());
        ClientRecord mine = loadAsSupervisor(id);
        ClientRecord theirs = loadAsSupervisor(id);

        mine.guardians << guardian(QStringLiteral("张姐"), QStringLiteral("sibling"),
                                   QStringLiteral("13600003333"), false, false);
        KQ_VERIFY_OK(repo().update(m_frontDesk, mine));
        QCOMPARE(loadAsSupervisor(id).guardians.size(), 3);

        // The other copy does not know the new guardian: saving it would silently delete them.
        theirs.notes = QStringLiteral("另一台电脑上的修改");
        Result<ClientRepository::Saved> saved = repo().update(m_caseManager, theirs);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, int(ClientRepository::StaleRecord));
        QCOMPARE(loadAsSupervisor(id).guardians.size(), 3);
    }

    void frontDeskRegistersButNeverSetsClinicalFields()
    {
        // Clinical values from the front desk are refused, not silently dropped, so the CLI and
        // sync import learn that they were not saved; without them the registration goes through.
        ClientRecord in = fullRecord();
        const QList<qint64> before = counts();
        Result<ClientRepository::Saved> refused = repo().create(m_frontDesk, in);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, int(ClientRepository::NotPermitted));
        QCOMPARE(counts(), before);
        in.diagnosisCode.clear();
        in.severeDisorder = SevereDisorder::None;
        in.riskLevel = -1;
        in.riskAssessedOn = {};
        in.riskAssessor.clear();
        Result<ClientRepository::Saved> saved = repo().create(m_frontDesk, in);
        KQ_VERIFY_OK(saved);
        const ClientRecord r = *repo().load(m_caseManager, saved.value().id);
        QVERIFY(r.diagnosisCode.isEmpty());
        QCOMPARE(r.severeDisorder, SevereDisorder::None);
        QCOMPARE(r.riskLevel, -1);
        QVERIFY(!r.riskAssessedOn.isValid());
        QVERIFY(r.riskAssessor.isEmpty());
        // Everything else is kept.
        QCOMPARE(r.idNumber, kIdNumber);
        QCOMPARE(r.disabilityLevel, 2);
        QCOMPARE(r.guardians.size(), 2);
        QCOMPARE(r.caseManager, in.caseManager);
    }

    void frontDeskLoadsWithoutClinicalFields()
    {
        const QString id = create(m_caseManager, fullRecord());
        const ClientRecord r = *repo().load(m_frontDesk, id);
        QVERIFY(r.diagnosisCode.isEmpty());
        QCOMPARE(r.severeDisorder, SevereDisorder::None);
        QCOMPARE(r.riskLevel, -1);
        QVERIFY(!r.riskAssessedOn.isValid());
        QVERIFY(r.riskAssessor.isEmpty());
        QCOMPARE(r.name, kName);
        QCOMPARE(r.guardians.size(), 2);
        QCOMPARE(r.rev, 1);

        const ClientRecord full = *repo().load(m_caseManager, id);
        QCOMPARE(full.diagnosisCode, QStringLiteral("F20.0"));
        QCOMPARE(full.riskLevel, 2);
    }

    void frontDeskUpdateLeavesClinicalFieldsAlone()
    {
        const QString id = create(m_caseManager, fullRecord());
        ClientRecord r = *repo().load(m_frontDesk, id); // clinical fields empty
        r.address = QStringLiteral("北京市朝阳区光华路8号");
        r.diagnosisCode = QStringLiteral("F99"); // not the front desk's to change: ignored
        r.riskLevel = 5;
        r.riskAssessedOn = QDate(2026, 1, 1);
        const qint64 outboxBefore = lastOutboxSeq();
        KQ_VERIFY_OK(repo().update(m_frontDesk, r));

        const ClientRecord after = *repo().load(m_caseManager, id);
        QCOMPARE(after.address, QStringLiteral("北京市朝阳区光华路8号"));
        QCOMPARE(after.diagnosisCode, QStringLiteral("F20.0"));
        QCOMPARE(after.severeDisorder, SevereDisorder::Schizophrenia);
        QCOMPARE(after.riskLevel, 2);
        QCOMPARE(after.riskAssessedOn, QDate(2025, 12, 20));
        QCOMPARE(after.riskAssessor, QStringLiteral("zhao.min"));
        const QList<OutboxOperation> ops = outboxSince(outboxBefore);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(keysOf(ops[0].fields), QSet<QString>{QStringLiteral("address")});
        QCOMPARE(lastAudit().fields, QStringList{QStringLiteral("address")});
    }

    void caseManagerEditsClinicalFields()
    {
        const QString id = create(m_frontDesk, otherRecord());
        ClientRecord r = *repo().load(m_caseManager, id);
        r.diagnosisCode = QStringLiteral("F31.2");
        r.severeDisorder = SevereDisorder::Bipolar;
        r.riskLevel = 4;
        r.riskAssessedOn = QDate(2026, 1, 4);
        r.riskAssessor = m_caseManager.username;
        const qint64 outboxBefore = lastOutboxSeq();
        KQ_VERIFY_OK(repo().update(m_caseManager, r));

        const ClientRecord after = *repo().load(m_caseManager, id);
        QCOMPARE(after.diagnosisCode, QStringLiteral("F31.2"));
        QCOMPARE(after.severeDisorder, SevereDisorder::Bipolar);
        QCOMPARE(after.riskLevel, 4);
        QCOMPARE(after.riskAssessedOn, QDate(2026, 1, 4));
        QCOMPARE(after.riskAssessor, m_caseManager.username);
        const QList<OutboxOperation> ops = outboxSince(outboxBefore);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(keysOf(ops[0].fields),
                 (QSet<QString>{QStringLiteral("diagnosis_code"), QStringLiteral("severe_disorder"),
                                QStringLiteral("risk_level"), QStringLiteral("risk_assessed_on"),
                                QStringLiteral("risk_assessor")}));
        QCOMPARE(ops[0].fields.value(QStringLiteral("risk_level")).toInt(), 4);
        QVERIFY(!auditMentions(QStringLiteral("F31.2")));

        // And the front desk still sees none of it.
        const ClientRecord seen = *repo().load(m_frontDesk, id);
        QVERIFY(seen.diagnosisCode.isEmpty());
        QCOMPARE(seen.riskLevel, -1);
    }

    void administratorMayNotRegisterOrEdit()
    {
        const QList<qint64> before = counts();
        Result<ClientRepository::Saved> saved = repo().create(m_admin, fullRecord());
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, int(ClientRepository::NotPermitted));
        QCOMPARE(counts(), before);

        const QString id = create(m_caseManager, fullRecord());
        const QList<qint64> beforeEdit = counts();
        ClientRecord r = loadAsSupervisor(id);
        r.address = QStringLiteral("管理员改的地址");
        saved = repo().update(m_admin, r);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, int(ClientRepository::NotPermitted));
        QCOMPARE(counts(), beforeEdit);
        QCOMPARE(loadAsSupervisor(id).address, fullRecord().address);

        // Nor does the administrator see the record at all (it holds full identifiers).
        QVERIFY(!repo().load(m_admin, id));
    }

    void caseManagerMustBeAnActiveAccountThatKeepsCaseRecords()
    {
        const QList<qint64> before = counts();
        for (const QString& who : {QStringLiteral("nobody.here"), m_frontDesk.username}) {
            ClientRecord r = fullRecord();
            r.caseManager = who;
            const Result<ClientRepository::Saved> saved = repo().create(m_caseManager, r);
            QVERIFY(!saved);
            QCOMPARE(saved.error().field, QStringLiteral("case-manager"));
        }
        QCOMPARE(counts(), before);
    }

    void revealIsAuditedWithoutTheValue()
    {
        const QString id = create(m_caseManager, fullRecord());
        const ClientRecord r = loadAsSupervisor(id);
        const qint64 outboxBefore = lastOutboxSeq();

        qint64 audits = AuditLog(db()).count();
        Result<QString> value = repo().reveal(m_frontDesk, id, ClientRepository::Identifier::IdNumber);
        KQ_VERIFY_OK(value);
        QCOMPARE(value.value(), kIdNumber);
        QCOMPARE(AuditLog(db()).count(), ++audits);
        AuditEntry e = lastAudit();
        QCOMPARE(e.action, QStringLiteral("reveal"));
        QCOMPARE(e.entity, QStringLiteral("client"));
        QCOMPARE(e.entityId, id);
        QCOMPARE(e.actor, m_frontDesk.username);
        QCOMPARE(e.fields, QStringList{QStringLiteral("id_number")});

        value = repo().reveal(m_caseManager, id, ClientRepository::Identifier::Phone);
        KQ_VERIFY_OK(value);
        QCOMPARE(value.value(), kPhone);
        QCOMPARE(AuditLog(db()).count(), ++audits);
        e = lastAudit();
        QCOMPARE(e.action, QStringLiteral("reveal"));
        QCOMPARE(e.actor, m_caseManager.username);
        QCOMPARE(e.fields, QStringList{QStringLiteral("phone")});

        value = repo().reveal(m_frontDesk, r.guardians[1].id, ClientRepository::Identifier::GuardianPhone);
        KQ_VERIFY_OK(value);
        QCOMPARE(value.value(), kLandline);
        QCOMPARE(AuditLog(db()).count(), ++audits);
        e = lastAudit();
        QCOMPARE(e.action, QStringLiteral("reveal"));
        QCOMPARE(e.entity, QStringLiteral("guardian"));
        QCOMPARE(e.entityId, r.guardians[1].id);
        QCOMPARE(e.fields, QStringList{QStringLiteral("phone")});

        // A reveal is an access event: audited, never synced.
        QCOMPARE(lastOutboxSeq(), outboxBefore);
        for (const QString& v : {kIdNumber, kPhone, kLandline})
            QVERIFY2(!auditMentions(v), qPrintable(v));
    }

    void revealIsRefusedToTheAdministrator()
    {
        const QString id = create(m_caseManager, fullRecord());
        const ClientRecord r = loadAsSupervisor(id);
        const QList<qint64> before = counts();
        for (const auto which :
             {ClientRepository::Identifier::IdNumber, ClientRepository::Identifier::Phone}) {
            const Result<QString> value = repo().reveal(m_admin, id, which);
            QVERIFY(!value);
            QCOMPARE(value.error().code, int(ClientRepository::NotPermitted));
        }
        const Result<QString> g =
            repo().reveal(m_admin, r.guardians[0].id, ClientRepository::Identifier::GuardianPhone);
        QVERIFY(!g);
        QCOMPARE(g.error().code, int(ClientRepository::NotPermitted));
        QCOMPARE(counts(), before);
    }

    void revealOfAnUnknownRecordIsNotFound()
    {
        const QString id = create(m_caseManager, fullRecord());
        const QList<qint64> before = counts();
        Result<QString> value = repo().reveal(m_caseManager, QStringLiteral("no-such-id"),
                                              ClientRepository::Identifier::IdNumber);
        QVERIFY(!value);
        QCOMPARE(value.error().code, int(ClientRepository::NotFound));
        // A client id is not a guardian id.
        value = repo().reveal(m_caseManager, id, ClientRepository::Identifier::GuardianPhone);
        QVERIFY(!value);
        QCOMPARE(value.error().code, int(ClientRepository::NotFound));
        QCOMPARE(counts(), before);
    }

    void invalidRecordSavesNothing()
    {
        ClientRecord bad = fullRecord();
        bad.residenceCounty = QStringLiteral("110000");
        bad.guardians[1].phone = QStringLiteral("12345");
        const QList<qint64> before = counts();
        Result<ClientRepository::Saved> saved = repo().create(m_caseManager, bad);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, int(ClientRepository::Invalid));
        QCOMPARE(saved.error().field, QStringLiteral("residence-county"));
        QVERIFY2(saved.error().message.count(u'\n') >= 1, qPrintable(saved.error().message)); // both problems
        QCOMPARE(counts(), before);

        // An update that fails validation leaves the stored record as it was.
        const QString id = create(m_caseManager, fullRecord());
        const QList<qint64> beforeEdit = counts();
        ClientRecord r = loadAsSupervisor(id);
        r.address = QStringLiteral("不会保存的地址");
        r.guardians[0].name.clear();
        r.guardians << guardian(QStringLiteral("张姐"), QStringLiteral("sibling"),
                                QStringLiteral("13600003333"), false, false);
        saved = repo().update(m_caseManager, r);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, int(ClientRepository::Invalid));
        QCOMPARE(saved.error().field, QStringLiteral("guardian-1-name"));
        QCOMPARE(counts(), beforeEdit);
        const ClientRecord unchanged = loadAsSupervisor(id);
        QCOMPARE(unchanged.address, fullRecord().address);
        QCOMPARE(unchanged.guardians.size(), 2);
        QCOMPARE(unchanged.guardians[0].name, QStringLiteral("张建国"));
        QCOMPARE(unchanged.rev, 1);
    }

    void storeFailureHalfWayRollsEverythingBack()
    {
        // A guardian insert that fails after the client row was written.
        db().exec("CREATE TEMP TRIGGER kq_test_fail BEFORE INSERT ON guardians "
                  "BEGIN SELECT RAISE(ABORT, 'test failure'); END");
        const QList<qint64> before = counts();
        bool threw = false;
        try {
            (void)repo().create(m_caseManager, fullRecord());
        } catch (const StoreError&) {
            threw = true;
        }
        QVERIFY(threw);
        QVERIFY(!db().inTransaction());
        QCOMPARE(counts(), before);
        QVERIFY(!repo().findByIdNumber(kIdNumber));
        db().exec("DROP TRIGGER kq_test_fail");
        QVERIFY(!create(m_caseManager, fullRecord()).isEmpty());
    }

    void aNestedWriteFailingHalfWayRollsBackTheOuterTransaction()
    {
        const QList<qint64> before = counts();
        bool threw = false;
        try {
            Transaction tx(db());
            QVERIFY(!create(m_caseManager, otherRecord()).isEmpty());
            db().exec("CREATE TEMP TRIGGER kq_test_fail BEFORE INSERT ON guardians "
                      "BEGIN SELECT RAISE(ABORT, 'test failure'); END");
            try {
                (void)repo().create(m_caseManager, fullRecord()); // writes the client, then fails
            } catch (const StoreError&) {
            }
            tx.commit(); // must refuse: the failed write cannot be undone on its own
        } catch (const StoreError&) {
            threw = true;
        }
        db().exec("DROP TRIGGER IF EXISTS kq_test_fail");
        QVERIFY(threw);
        QVERIFY(!db().inTransaction());
        QCOMPARE(counts(), before);
    }

    void failedSaveInsideAnOuterTransactionKeepsTheOthers()
    {
        // How the demo command and bulk import batch writes.
        const QList<qint64> before = counts();
        {
            Transaction tx(db());
            QVERIFY(!create(m_caseManager, fullRecord()).isEmpty());
            ClientRecord dup = otherRecord();
            dup.idNumber = kIdNumber;
            Result<ClientRepository::Saved> saved = repo().create(m_caseManager, dup);
            QVERIFY(!saved);
            QCOMPARE(saved.error().code, int(ClientRepository::DuplicateIdNumber));
            ClientRecord bad = otherRecord();
            bad.residenceCounty.clear();
            QVERIFY(!repo().create(m_caseManager, bad));
            QVERIFY(!create(m_caseManager, otherRecord()).isEmpty());
            QVERIFY(db().inTransaction());
            tx.commit();
        }
        QCOMPARE(repo().count(), 2);
        QCOMPARE(rows("guardians"), before[1] + 2);
        QCOMPARE(rows("outbox"), before[4] + 4); // two clients, two guardians
        QCOMPARE(rows("audit_log"), before[3] + 4);
    }
};

QTEST_GUILESS_MAIN(TestClientRepository)
#include "TestClientRepository.moc"
