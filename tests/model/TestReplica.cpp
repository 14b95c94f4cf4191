#include "SessionFixture.h"

#include "centre/CentreRepository.h"
#include "clients/ClientListModel.h"
#include "core/Ids.h"
#include "documents/FormTemplateRepository.h"
#include "lifecycle/CalendarRepository.h"
#include "replica/Replica.h"
#include "sessions/GroupActivityRepository.h"
#include "sessions/SessionLogRepository.h"
#include "staff/StaffTrainingRepository.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

// Every synced table with its primary key, compared row by row between two stores.
const QList<std::pair<const char*, const char*>> kTables{
    {"centre", "id"},
    {"clients", "id"},
    {"guardians", "id"},
    {"client_search", "key, client_id"},
    {"case_files", "client_id"},
    {"case_events", "id"},
    {"assessments", "id"},
    {"assessment_scales", "assessment_id, scale_id"},
    {"plans", "id"},
    {"signed_documents", "id"},
    {"document_images", "document_id, role"},
    {"sessions", "id"},
    {"session_amendments", "id"},
    {"group_activities", "id"},
    {"group_attendance", "activity_id, client_id"},
    {"staff_training", "id"},
    {"staff_profiles", "username"},
    {"calendar_days", "day"},
    {"form_templates", "id"},
    {"price_items", "id"},
};

// Local bookkeeping, not compared between stores: rev counts this store's own writes (stale-form
// detection) and server_rev is what this store last heard from the platform; updated_at is when
// this store last wrote the row (sending it would make every two concurrent edits a conflict).
const QStringList kLocalColumns{QStringLiteral("rev"), QStringLiteral("server_rev"),
                                QStringLiteral("updated_at")};

QStringList columnsOf(Database& db, const char* table)
{
    QStringList out;
    Statement s = db.prepare(std::string("PRAGMA table_info(") + table + ")");
    while (s.step())
        out << s.text(1);
    return out;
}

// The table's rows as typed SQL literals (quote()), all columns or all but the local ones.
QStringList rowsOf(Database& db, const char* table, const char* key, bool allColumns)
{
    QStringList quoted;
    for (const QString& c : columnsOf(db, table))
        if (allColumns || !kLocalColumns.contains(c))
            quoted << QStringLiteral("'%1=' || quote(%1)").arg(c);
    Statement s = db.prepare(
        QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
            .arg(quoted.join(QStringLiteral(" || ' | ' || ")), QLatin1String(table), QLatin1String(key))
            .toStdString());
    QStringList rows;
    while (s.step())
        rows << s.text(0);
    return rows;
}

QMap<QString, QStringList> snapshot(Database& db, bool allColumns)
{
    QMap<QString, QStringList> out;
    for (const auto& [table, key] : kTables)
        out.insert(QLatin1String(table), rowsOf(db, table, key, allColumns));
    return out;
}

// The platform's view of an outbox: one record per (entity, id) with the latest value of each
// field ever pushed, a deletion as a tombstone, ordered by each record's last change (its rev).
QList<ReplicaRecord> merged(const QList<OutboxOperation>& ops)
{
    QHash<QString, ReplicaRecord> records;
    QHash<QString, qint64> lastChange;
    for (const OutboxOperation& op : ops) {
        const QString key = op.entity + QLatin1Char('/') + op.entityId;
        ReplicaRecord& r = records[key];
        r.entity = op.entity;
        r.id = op.entityId;
        if (op.op == u"delete") {
            r.deleted = true;
            r.fields = {};
        } else {
            for (auto it = op.fields.constBegin(); it != op.fields.constEnd(); ++it)
                r.fields.insert(it.key(), it.value());
        }
        lastChange.insert(key, op.seq);
    }
    QList<ReplicaRecord> out = records.values();
    std::sort(out.begin(), out.end(), [&lastChange](const ReplicaRecord& a, const ReplicaRecord& b) {
        return lastChange.value(a.entity + u'/' + a.id) < lastChange.value(b.entity + u'/' + b.id);
    });
    return out;
}

QList<ReplicaRecord> oneByOne(const QList<OutboxOperation>& ops)
{
    QList<ReplicaRecord> out;
    for (const OutboxOperation& op : ops)
        out << ReplicaRecord{op.entity, op.entityId, op.op == u"delete",
                             op.op == u"delete" ? QJsonObject() : op.fields};
    return out;
}

} // namespace

// Records written on one workstation through the real repositories, pushed (outbox), merged as the
// platform merges them and applied on another workstation of the same centre, end up the same.
class TestReplica : public QObject {
    Q_OBJECT

private:
    StoreFixture m_a;
    StoreFixture m_b;
    QString m_served; // a client in service on A, with guardians

    Replica replicaOf(StoreFixture& s) { return Replica(s.journal()); }

    // Applies `records` to `store` in one transaction, as the sync engine applies a page.
    Result<Replica::Page> applyTo(StoreFixture& store, const QList<ReplicaRecord>& records)
    {
        Transaction tx(store.db());
        Result<Replica::Page> page = replicaOf(store).applyPage(records);
        if (page)
            tx.commit();
        return page;
    }

    qint64 count(StoreFixture& s, const char* sql, const QString& arg = {})
    {
        Statement q = s.db().prepare(sql);
        if (!arg.isNull())
            q.bind(1, arg);
        return q.step() ? q.int64(0) : -1;
    }

    // Every kind of write a centre makes, on A.
    void writeEverything()
    {
        Workspace& ws = m_a.ws();
        Journal& journal = m_a.journal();
        const Actor supervisor = ws.actor();
        const Actor manager =
            addAccount(ws, QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::CaseManager);
        const QDate today = m_a.today();
        const QString item = addDayTraining(journal, supervisor);

        // A client with guardians, edited: a guardian removed, one added, the order changed.
        ClientRecord person = samplePerson(QStringLiteral("王强"));
        person.phone = QStringLiteral("13800138000");
        person.guardians = {{{},
                             QStringLiteral("王建国"),
                             QStringLiteral("parent"),
                             QStringLiteral("13900139000"),
                             {},
                             true,
                             true},
                            {{},
                             QStringLiteral("李梅"),
                             QStringLiteral("parent"),
                             QStringLiteral("13700137000"),
                             {},
                             false,
                             false}};
        m_served =
            CaseDriver(ws).admit(person, hospitalApplication(today.addDays(-20)), CaseState::InService);
        ClientRepository clients(journal);
        ClientRecord edit = *clients.load(supervisor, m_served);
        edit.address = QStringLiteral("朝阳区幸福路1号");
        edit.guardians.removeLast();
        edit.guardians.prepend({{},
                                QStringLiteral("王芳"),
                                QStringLiteral("sibling"),
                                QStringLiteral("13600136000"),
                                {},
                                false,
                                false});
        KQ_VERIFY_OK(clients.update(supervisor, edit));

        // Consent and agreement; a second consent, and the first revoked.
        const QDate signedOn = today.addDays(-10);
        const QString consent = signedOk(journal, supervisor, sampleConsent(m_served, signedOn));
        signedOk(journal, supervisor, sampleAgreement(m_served, signedOn, item));
        signedOk(journal, supervisor, sampleConsent(m_served, signedOn.addDays(1)));
        KQ_VERIFY_OK(SignedDocumentRepository(journal).revoke(supervisor, consent, signedOn.addDays(2),
                                                              QStringLiteral("换新版本")));

        // A periodic assessment with a scale (risk level, next review) and a plan from it.
        Assessment periodic;
        periodic.clientId = m_served;
        periodic.kind = Assessment::Kind::Periodic;
        periodic.assessedOn = today;
        periodic.participants = {{QStringLiteral("psychiatrist"), QStringLiteral("李建国")}};
        periodic.riskLevel = 1;
        ScaleAnswers answers;
        for (const char* i :
             {"work", "marriage", "parenting", "withdrawal", "outside-activities", "household-inactivity",
              "family-role", "self-care", "interest", "responsibility"})
            answers.insert(QString::fromLatin1(i), 1);
        periodic.scales = {{QStringLiteral("sdss"), 1, answers, 0, {}, false}};
        const ScaleLibrary scales;
        const Result<AssessmentRepository::Recorded> assessed =
            AssessmentRepository(journal, scales).record(supervisor, periodic);
        KQ_VERIFY_OK(assessed);
        CaseDriver(ws).writePlan(m_served, assessed.value().id);

        // Other cases: one in service who goes to hospital and back, one transferred out.
        const QString second = servedClient(ws, supervisor, QStringLiteral("李娜"), item, signedOn);
        CaseDriver cases(ws);
        cases.perform(
            second, CaseAction::GreenChannel,
            because(QStringLiteral("病情波动"), {{QStringLiteral("hospital"), QStringLiteral("安定医院")}}));
        cases.perform(second, CaseAction::ResumeService);
        const QString moving = cases.admit(samplePerson(QStringLiteral("张伟")),
                                           voluntaryApplication(today.addDays(-5)), CaseState::InService);
        cases.perform(
            moving, CaseAction::TransferOut,
            because(QStringLiteral("搬家"), {{QStringLiteral("county"), QStringLiteral("110108")}}));

        // Session logs: written and edited by their author.
        SessionLogRepository sessions(journal);
        const Result<SessionLogRepository::Saved> log =
            sessions.save(manager, sampleSession(m_served, manager.username, today));
        KQ_VERIFY_OK(log);
        SessionLog changed = sessions.find(manager, log.value().id).take();
        changed.observations = QStringLiteral("按时服药，情绪平稳，愿意参加小组。");
        KQ_VERIFY_OK(sessions.edit(manager, changed));

        // A weekly group series: roster, attendance, a roster change after it, a booking, a removal.
        GroupActivityRepository groups(journal);
        GroupActivity meeting;
        meeting.topic = QStringLiteral("服药自我管理");
        meeting.facilitators = {manager.username};
        meeting.heldOn = today;
        meeting.startsAt = QTime(14, 0);
        meeting.content = QStringLiteral("medication_training");
        meeting.roster = {{m_served, {}, {}, {}}, {second, {}, {}, {}}};
        const Result<GroupActivityRepository::Saved> series =
            groups.create(manager, meeting, today.addDays(14));
        KQ_VERIFY_OK(series);
        const QStringList ids = series.value().ids;
        KQ_VERIFY_OK(groups.takeAttendance(
            manager, ids[0], {{m_served, {}, true, QStringLiteral("积极")}, {second, {}, false, {}}}));
        GroupActivity first = groups.find(manager, ids[0]).take();
        first.roster.removeIf([&second](const GroupActivity::Attendee& a) { return a.clientId == second; });
        first.notes = QStringLiteral("李娜请假");
        KQ_VERIFY_OK(groups.update(manager, first));
        KQ_VERIFY_OK(groups.book(supervisor, ids[1], {m_served}));
        KQ_VERIFY_OK(groups.remove(manager, ids[2]));

        // Staff training and profile; the calendar; the centre; a form text; a price change.
        StaffTrainingRepository training(journal);
        TrainingRecord course{
            {}, manager.username, today.addDays(-3), 180, QStringLiteral("危机干预"), {}, {}, {}};
        KQ_VERIFY_OK(training.add(supervisor, course));
        course.topic = QStringLiteral("录入错误");
        const Result<QString> mistake = training.add(supervisor, course);
        KQ_VERIFY_OK(mistake);
        KQ_VERIFY_OK(training.remove(supervisor, mistake.value()));
        KQ_VERIFY_OK(
            training.setProfile(supervisor, {manager.username, {}, QStringLiteral("social_work"), true}));
        KQ_VERIFY_OK(
            training.setProfile(supervisor, {manager.username, {}, QStringLiteral("social_work"), false}));
        CalendarRepository calendar(journal);
        KQ_VERIFY_OK(calendar.set(supervisor, QDate(2027, 1, 1), WorkingCalendar::DayKind::Holiday,
                                  QStringLiteral("元旦")));
        KQ_VERIFY_OK(calendar.set(supervisor, QDate(2027, 2, 7), WorkingCalendar::DayKind::Workday, {}));
        KQ_VERIFY_OK(calendar.set(supervisor, QDate(2027, 2, 8), WorkingCalendar::DayKind::Holiday, {}));
        KQ_VERIFY_OK(calendar.remove(supervisor, QDate(2027, 2, 8)));
        CentreRepository centres(journal);
        CentreProfile centre = *centres.load();
        centre.name = QStringLiteral("朝阳区阳光社区康复中心");
        KQ_VERIFY_OK(centres.update(supervisor, centre));
        const QString shipped =
            *FormTemplateRepository::shippedBody(FormTemplate::Kind::Consent, QStringLiteral("zh_CN"));
        KQ_VERIFY_OK(FormTemplateRepository(journal).saveNewVersion(
            supervisor, FormTemplate::Kind::Consent, QStringLiteral("zh_CN"),
            shipped + QStringLiteral("<p>补充条款</p>")));
        KQ_VERIFY_OK(PriceListRepository(journal).changePrice(supervisor, item, 3500, today.addDays(30), {}));

        // A week later: the log's edit window has closed, so a change is an amendment.
        m_a.clock().advance(8LL * 24 * 3600 * 1000);
        changed = sessions.find(supervisor, log.value().id).take();
        changed.minutes = 50;
        KQ_VERIFY_OK(sessions.amend(supervisor, changed, QStringLiteral("时长记错")));
    }

private Q_SLOTS:
    void init()
    {
        m_a.open(kMondayMorning);
        m_b.open(kMondayMorning); // set up as the same centre (sampleSetup), before its first pull
        writeEverything();
    }
    void cleanup()
    {
        m_a.close();
        m_b.close();
    }

    void theWireCarriesScalarsOnly()
    {
        for (const OutboxOperation& op : Outbox(m_a.db()).pending(100000))
            for (auto it = op.fields.constBegin(); it != op.fields.constEnd(); ++it)
                QVERIFY2(!it.value().isArray() && !it.value().isObject(),
                         qPrintable(op.entity + QLatin1Char('.') + it.key()));
    }

    void mergedRecordsReproduceEveryRow()
    {
        const QList<OutboxOperation> ops = Outbox(m_a.db()).pending(100000);
        const qint64 outbox = Outbox(m_b.db()).pendingCount();
        const qint64 audit = count(m_b, "SELECT count(*) FROM audit_log");
        const Result<Replica::Page> page = applyTo(m_b, merged(ops));
        KQ_VERIFY_OK(page);
        QVERIFY(page.value().waiting.isEmpty());
        QVERIFY(page.value().written > 0);
        // Nothing pushed back, nothing audited per record: the caller audits the page.
        QCOMPARE(Outbox(m_b.db()).pendingCount(), outbox);
        QCOMPARE(count(m_b, "SELECT count(*) FROM audit_log"), audit);

        const QMap<QString, QStringList> a = snapshot(m_a.db(), false);
        const QMap<QString, QStringList> b = snapshot(m_b.db(), false);
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key())); // every kind of row was written
            QCOMPARE(b.value(it.key()), it.value());
        }
        // Derived here, not sent: the search keys, the last contact.
        QVERIFY(count(m_b, "SELECT count(*) FROM client_search WHERE client_id = ?", m_served) > 0);
        QVERIFY(count(m_b, "SELECT count(*) FROM case_files WHERE last_contact_on IS NOT NULL") > 0);
    }

    void operationByOperationGivesTheSameRows()
    {
        const QList<OutboxOperation> ops = Outbox(m_a.db()).pending(100000);
        const Result<Replica::Page> page = applyTo(m_b, oneByOne(ops));
        KQ_VERIFY_OK(page);
        QVERIFY(page.value().waiting.isEmpty());
        QCOMPARE(snapshot(m_b.db(), false), snapshot(m_a.db(), false));
    }

    void applyingTwiceChangesNothing()
    {
        const QList<ReplicaRecord> records = merged(Outbox(m_a.db()).pending(100000));
        KQ_VERIFY_OK(applyTo(m_b, records));
        const QMap<QString, QStringList> once = snapshot(m_b.db(), true); // rev and updated_at too
        m_b.clock().advance(60 * 1000);
        const Result<Replica::Page> again = applyTo(m_b, records);
        KQ_VERIFY_OK(again);
        QCOMPARE(again.value().written, 0);
        QCOMPARE(snapshot(m_b.db(), true), once);
    }

    void aBadFieldIsRefusedByNameAndLeavesTheStoreAsItWas()
    {
        const QList<ReplicaRecord> records = merged(Outbox(m_a.db()).pending(100000));
        KQ_VERIFY_OK(applyTo(m_b, records));
        const QMap<QString, QStringList> before = snapshot(m_b.db(), true);
        // A good change first, then the bad one: the page fails whole.
        const QList<std::pair<QJsonObject, QString>> bad{
            {{{QStringLiteral("risk_level"), QStringLiteral("high")}}, QStringLiteral("risk_level")},
            {{{QStringLiteral("risk_level"), 9}}, QStringLiteral("risk_level")},
            {{{QStringLiteral("birth_date"), QStringLiteral("1990-02-30")}}, QStringLiteral("birth_date")},
            {{{QStringLiteral("shoe_size"), 42}}, QStringLiteral("shoe_size")},
            {{{QStringLiteral("status"), QStringLiteral("flying")}}, QStringLiteral("status")},
        };
        for (const auto& [fields, field] : bad) {
            const Result<Replica::Page> page =
                applyTo(m_b, {{QStringLiteral("client"),
                               m_served,
                               false,
                               {{QStringLiteral("notes"), QStringLiteral("新备注")}}},
                              {QStringLiteral("client"), m_served, false, fields}});
            QVERIFY(!page);
            QCOMPARE(page.error().field, field);
            QVERIFY2(page.error().message.contains(m_served), qPrintable(page.error().message));
            QCOMPARE(snapshot(m_b.db(), true), before);
        }
        const Result<Replica::Applied> unknown =
            replicaOf(m_b).apply(QStringLiteral("spaceship"), newId(), {}, false);
        QCOMPARE(unknown.error().code, int(Replica::UnknownEntity));
        // A new row needs its required fields; a signed document changes only by revocation.
        const Result<Replica::Applied> partial = replicaOf(m_b).apply(
            QStringLiteral("client"), newId(), {{QStringLiteral("name"), QStringLiteral("赵六")}}, false);
        QCOMPARE(partial.error().code, int(Replica::MissingField));
        const QString doc = m_b.db().queryText("SELECT id FROM signed_documents LIMIT 1");
        const Result<Replica::Applied> rewrite =
            replicaOf(m_b).apply(QStringLiteral("signed_document"), doc,
                                 {{QStringLiteral("html"), QStringLiteral("<p>改</p>")}}, false);
        QCOMPARE(rewrite.error().field, QStringLiteral("html"));
        QCOMPARE(snapshot(m_b.db(), true), before);
    }

    void aChildBeforeItsParentWaitsForIt()
    {
        const QString client = newId();
        const QString guardian = newId();
        const ReplicaRecord child{
            QStringLiteral("guardian"),
            guardian,
            false,
            {{QStringLiteral("client_id"), client},
             {QStringLiteral("position"), 0},
             {QStringLiteral("name"), QStringLiteral("赵大")},
             {QStringLiteral("relation"), QStringLiteral("parent")},
             {QStringLiteral("phone"), QStringLiteral("13500135000")},
             {QStringLiteral("created_at"), QStringLiteral("2026-11-20T01:00:00.000Z")}}};
        Result<Replica::Page> page = applyTo(m_b, {child});
        KQ_VERIFY_OK(page);
        QCOMPARE(page.value().waiting.size(), 1); // its client is on a later page
        const QJsonObject person{{QStringLiteral("name"), QStringLiteral("赵六")},
                                 {QStringLiteral("gender"), QStringLiteral("male")},
                                 {QStringLiteral("birth_date"), QStringLiteral("1970-01-01")},
                                 {QStringLiteral("residence_county"), QStringLiteral("110105")},
                                 {QStringLiteral("created_at"), QStringLiteral("2026-11-20T01:00:00.000Z")},
                                 {QStringLiteral("created_by"), QStringLiteral("wang.li")}};
        page = applyTo(m_b, {child, {QStringLiteral("client"), client, false, person}});
        KQ_VERIFY_OK(page);
        QVERIFY(page.value().waiting.isEmpty());
        QCOMPARE(page.value().written, 2);
        // The guardian's phone finds the client: search keys follow the guardians.
        QCOMPARE(count(m_b, "SELECT count(*) FROM client_search WHERE key = 't00053100531' AND client_id = ?",
                       client),
                 qint64(1));
    }

    void aReferralOpensOneCase()
    {
        const QString referral = newId();
        const QJsonObject fields{{QStringLiteral("name"), QStringLiteral("陈静")},
                                 {QStringLiteral("gender"), QStringLiteral("female")},
                                 {QStringLiteral("birth_date"), QStringLiteral("1990-03-04")},
                                 {QStringLiteral("residence_county"), QStringLiteral("110105")},
                                 {QStringLiteral("way_in"), QStringLiteral("platform")},
                                 {QStringLiteral("platform_reference"), QStringLiteral("ZJ-2026-0042")},
                                 {QStringLiteral("from_centre"), QStringLiteral("海淀区康复中心")},
                                 {QStringLiteral("referred_on"), QStringLiteral("2026-11-20")},
                                 {QStringLiteral("referred_at"), QStringLiteral("2026-11-20T02:00:00.000Z")}};
        const qint64 clients = count(m_b, "SELECT count(*) FROM clients");
        for (int i = 0; i < 2; ++i) {
            Transaction tx(m_b.db());
            const Result<Replica::Applied> r =
                replicaOf(m_b).apply(QStringLiteral("referral"), referral, fields, false);
            KQ_VERIFY_OK(r);
            QCOMPARE(r.value().outcome, i == 0 ? Replica::Outcome::Written : Replica::Outcome::Unchanged);
            QCOMPARE(r.value().clientId, derivedId(QStringLiteral("referral-client"), referral));
            tx.commit();
        }
        const QString id = derivedId(QStringLiteral("referral-client"), referral);
        QCOMPARE(count(m_b, "SELECT count(*) FROM clients"), clients + 1);
        QCOMPARE(m_b.db().queryText("SELECT status FROM clients WHERE name = '陈静'"),
                 QStringLiteral("referred"));
        QCOMPARE(count(m_b, "SELECT count(*) FROM case_events WHERE client_id = ?", id), qint64(1));
        QCOMPARE(count(m_b,
                       "SELECT count(*) FROM case_files WHERE client_id = ? AND way_in = 'platform' "
                       "AND applied_on = '2026-11-20'",
                       id),
                 qint64(1));
        const std::optional<Application> app = LifecycleService(m_b.journal()).application(id);
        QVERIFY(app);
        QCOMPARE(app->platformReference, QStringLiteral("ZJ-2026-0042"));
        // The case goes on through the ordinary rules here.
        QCOMPARE(LifecycleService(m_b.journal())
                     .perform(m_b.ws().actor(), id, CaseAction::AcceptReferral, {})
                     .value(),
                 CaseState::Assessing);
    }

    void aReferralOfSomeoneRegisteredLinksToThem()
    {
        const QString idNumber = QStringLiteral("110105199003041232");
        const QString existing =
            CaseDriver(m_b.ws()).admit(samplePerson(QStringLiteral("陈静"), idNumber),
                                       hospitalApplication(m_b.today()), CaseState::Registered);
        const qint64 clients = count(m_b, "SELECT count(*) FROM clients");
        Transaction tx(m_b.db());
        const Result<Replica::Applied> r =
            replicaOf(m_b).apply(QStringLiteral("referral"), newId(),
                                 {{QStringLiteral("name"), QStringLiteral("陈静")},
                                  {QStringLiteral("id_number"), idNumber},
                                  {QStringLiteral("residence_county"), QStringLiteral("110105")},
                                  {QStringLiteral("platform_reference"), QStringLiteral("ZJ-2026-0043")}},
                                 false);
        KQ_VERIFY_OK(r);
        tx.commit();
        QCOMPARE(r.value().clientId, existing);
        QCOMPARE(r.value().notices.size(), 1); // an open case: no second one
        QCOMPARE(count(m_b, "SELECT count(*) FROM clients"), clients);
    }

    void aConflictIsHandedBack()
    {
        const QString id = newId();
        const Result<Replica::Applied> r =
            replicaOf(m_b).apply(QStringLiteral("conflict"), id,
                                 {{QStringLiteral("entity"), QStringLiteral("client")},
                                  {QStringLiteral("record_id"), m_served},
                                  {QStringLiteral("field"), QStringLiteral("phone")},
                                  {QStringLiteral("server_value"), QStringLiteral("13800000001")},
                                  {QStringLiteral("proposed_value"), QStringLiteral("13800000002")},
                                  {QStringLiteral("base_rev"), 12},
                                  {QStringLiteral("status"), QStringLiteral("open")}},
                                 false);
        KQ_VERIFY_OK(r);
        QVERIFY(r.value().conflict);
        QCOMPARE(r.value().conflict->field, QStringLiteral("phone"));
        QCOMPARE(r.value().conflict->baseRev, std::optional<qint64>(12));
    }

    void theClientListFindsAReplicatedClientByPinyin()
    {
        KQ_VERIFY_OK(applyTo(m_b, merged(Outbox(m_a.db()).pending(100000))));
        ClientListModel list;
        list.setSource(&m_b.db(), m_b.today(), true);
        list.setFilter({QStringLiteral("wangq"), {}, {}, -2, {}, {}});
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.clientIdAt(0), m_served);
    }
};

QTEST_GUILESS_MAIN(TestReplica)
#include "TestReplica.moc"
