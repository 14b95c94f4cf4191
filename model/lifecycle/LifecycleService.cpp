#include "LifecycleService.h"

#include "LifecycleRules.h"
#include "auth/Actor.h"
#include "core/Clock.h"
#include "core/Ids.h"
#include "documents/ServiceGate.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/StoredValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LifecycleService)
};

QString toJson(const QVariantMap& m)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(m)).toJson(QJsonDocument::Compact));
}

QVariantMap fromJson(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object().toVariantMap();
}
} // namespace

Permission LifecycleService::permissionFor(CaseAction action)
{
    switch (action) {
    case CaseAction::Register:
    case CaseAction::DeclineRegistration:
    case CaseAction::PlaceOnWaitingList:
    case CaseAction::ReferToCentre:
    case CaseAction::Reapply:
        return Permission::RegisterClients; // the front desk's administrative steps
    case CaseAction::StartService:
        return Permission::SignDocuments;
    default:
        return Permission::EditClinicalRecords; // social work and clinical judgement
    }
}

Result<ClientRepository::Saved> LifecycleService::apply(const Actor& actor, ClientRecord record,
                                                        const Application& application)
{
    if (!actor.can(Permission::RegisterClients))
        return Error{Tr::tr("Your role may not take applications."), {}, NotPermitted};
    const QDate today = m_journal.clock().now().toLocalTime().date();
    if (Result<void> valid = application.validate(today); !valid)
        return valid.error();
    const CaseState state = application.wayIn == WayIn::Platform ? CaseState::Referred : CaseState::Applied;
    record.status = CaseStates::key(state);

    Database& db = m_journal.database();
    Transaction tx(db);
    Result<ClientRepository::Saved> saved = ClientRepository(m_journal).create(actor, std::move(record));
    if (!saved)
        return saved;
    const QString now = m_journal.clock().nowIso();
    const QString applied = isoDate(application.appliedOn);
    db.prepare(
          "INSERT INTO case_files(client_id, way_in, applied_on, registered_on, state_since, updated_at) "
          "VALUES (?, ?, ?, ?, ?, ?)")
        .bindAll(saved.value().id, WaysIn::key(application.wayIn), applied,
                 state == CaseState::Referred ? applied : QString(), applied, now)
        .exec();
    QVariantMap file{{QStringLiteral("way_in"), WaysIn::key(application.wayIn)},
                     {QStringLiteral("applied_on"), applied},
                     {QStringLiteral("state_since"), applied}};
    if (state == CaseState::Referred)
        file.insert(QStringLiteral("registered_on"), applied);
    recordCaseFile(m_journal, actor, saved.value().id, file, true);
    CaseInput input;
    input.details = application.toDetails();
    writeEvent(actor, saved.value().id, QStringLiteral("apply"), std::nullopt, state,
               QDateTime(application.appliedOn, QTime(0, 0)), input);
    tx.commit();
    return saved;
}

std::optional<CaseFacts> LifecycleService::facts(const QString& clientId)
{
    Database& db = m_journal.database();
    // Cached: every action reads the facts, and bulk jobs (demo, sync imports) run many actions.
    auto s = db.cached(
        "SELECT c.status, f.way_in, f.applied_on, f.needs_reviewed_on, f.registered_on, f.waiting_since, "
        "f.waiting_reviewed_on, f.resume_status, f.agreement_ref, f.follow_up_due, f.follow_up_done, "
        "f.state_since, f.review_due FROM clients c LEFT JOIN case_files f ON f.client_id = c.id WHERE c.id "
        "= ?");
    s->bind(1, clientId);
    if (!s->step())
        return std::nullopt;
    CaseFacts f;
    f.state = CaseStates::fromKey(s->text(0)).value_or(CaseState::Registered);
    f.wayIn = WaysIn::fromKey(s->text(1)).value_or(WayIn::Voluntary);
    f.appliedOn = s->date(2);
    f.needsReviewedOn = s->date(3);
    f.registeredOn = s->date(4);
    f.waitingSince = s->date(5);
    f.waitingReviewedOn = s->date(6);
    f.resumeState = CaseStates::fromKey(s->text(7));
    f.agreementSigned = !s->text(8).isEmpty(); // a paper reference recorded when service started
    f.followUpDue = s->date(9);
    f.followUpDone = s->date(10);
    f.stateSince = s->date(11);
    f.reviewDue = s->date(12);

    // Assessments and plans of the current case only: on or after its application.
    const QString since = isoDate(f.appliedOn.isValid() ? f.appliedOn : QDate(1900, 1, 1));
    auto exists = [&](const char* sql) {
        auto q = db.cached(sql);
        q->bindAll(clientId, since);
        return q->step();
    };
    f.intakeAssessed = exists(
        "SELECT 1 FROM assessments WHERE client_id = ? AND kind = 'intake' AND assessed_on >= ? LIMIT 1");
    f.planned = exists("SELECT 1 FROM plans p JOIN assessments a ON a.id = p.assessment_id "
                       "WHERE p.client_id = ? AND a.kind = 'intake' AND a.assessed_on >= ? LIMIT 1");
    // Consent and agreement signed (on screen or on paper with a scan) and in force today: the same
    // rule the service gate applies to session logs, in block mode whatever the setting.
    if (!f.agreementSigned)
        f.agreementSigned = ServiceGate::check(db, clientId, m_journal.clock().now().toLocalTime().date(),
                                               CentreSettings::GateMode::Block)
                                .ok();
    f.transferAssessed = exists("SELECT 1 FROM assessments WHERE client_id = ? AND kind = 'transfer' "
                                "AND outcome IS NOT NULL AND assessed_on >= ? LIMIT 1");
    return f;
}

Result<CaseState> LifecycleService::perform(const Actor& actor, const QString& clientId, CaseAction action,
                                            const CaseInput& input)
{
    if (!actor.can(permissionFor(action)))
        return Error{
            Tr::tr("Your role may not do this: %1.").arg(CaseActions::name(action)), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    const std::optional<CaseFacts> f = facts(clientId);
    if (!f)
        return Error{Tr::tr("The client record was not found."), {}, NotFound};
    const QDateTime nowTime = m_journal.clock().now();
    const QDate today = nowTime.toLocalTime().date();
    Result<CaseState> target = LifecycleRules::check(*f, action, input, today);
    if (!target)
        return target;
    const CaseState to = target.value();
    const QDateTime at = input.at.isValid() ? input.at : nowTime;
    const QString day = isoDate(at.toLocalTime().date());
    const QString now = m_journal.clock().nowIso();

    // The case file: what this action changes, column by column (all nullable, no statement journal).
    QList<std::pair<const char*, QString>> sets;
    switch (action) {
    case CaseAction::ReviewNeeds:
        sets = {{"needs_reviewed_on", day}};
        break;
    case CaseAction::Register:
        sets = {{"registered_on", day}};
        break;
    case CaseAction::PlaceOnWaitingList:
    case CaseAction::DeclineReferral:
        sets = {{"waiting_since", day}, {"waiting_reviewed_on", QString()}};
        break;
    case CaseAction::ReviewWaiting:
        sets = {{"waiting_reviewed_on", day}};
        break;
    case CaseAction::StartService:
        if (!input.document.trimmed().isEmpty())
            sets = {{"agreement_ref", input.document.trimmed()}};
        break;
    case CaseAction::GreenChannel:
        sets = {{"resume_status", CaseStates::key(f->state)}};
        break;
    case CaseAction::ResumeService:
        sets = {{"resume_status", QString()}};
        break;
    case CaseAction::Close:
        sets = {{"follow_up_due", input.details.value(QStringLiteral("follow_up_on")).toString()},
                {"follow_up_done", QString()}};
        break;
    case CaseAction::RecordFollowUp:
        sets = {{"follow_up_done", day}};
        break;
    case CaseAction::Reapply: {
        const Application app = Application::fromDetails(input.details);
        const QString applied = isoDate(app.appliedOn);
        sets = {{"way_in", WaysIn::key(app.wayIn)},
                {"applied_on", applied},
                {"needs_reviewed_on", QString()},
                {"registered_on", to == CaseState::Referred ? applied : QString()},
                {"waiting_since", QString()},
                {"waiting_reviewed_on", QString()},
                {"resume_status", QString()},
                {"agreement_ref", QString()},
                {"follow_up_due", QString()},
                {"follow_up_done", QString()}};
        break;
    }
    default:
        break;
    }
    if (to != f->state)
        sets.append({"state_since", day});
    sets.append({"updated_at", now});
    // A client entered before the workflow may have no case file yet.
    db.cached("INSERT OR IGNORE INTO case_files(client_id, way_in, applied_on, state_since, updated_at) "
              "SELECT id, 'voluntary', substr(created_at, 1, 10), substr(created_at, 1, 10), updated_at "
              "FROM clients WHERE id = ?")
        ->bind(1, clientId)
        .exec();
    const bool fileCreated = db.changes() > 0;
    QStringList assignments;
    for (const auto& [column, value] : sets)
        assignments << QString::fromLatin1(column) + QStringLiteral(" = ?");
    // Cached per column set: each action has its own, a dozen in all.
    auto upd = db.cached(QStringLiteral("UPDATE case_files SET %1 WHERE client_id = ?")
                             .arg(assignments.join(QStringLiteral(", ")))
                             .toStdString());
    int i = 0;
    for (const auto& [column, value] : sets)
        upd->bind(++i, value.isEmpty() ? QString() : value);
    upd->bind(++i, clientId);
    upd->exec();
    QVariantMap file;
    if (fileCreated) { // the whole row, as the fallback above and this action left it
        Statement row =
            db.prepare("SELECT way_in, applied_on, state_since FROM case_files WHERE client_id = ?");
        row.bind(1, clientId);
        if (row.step())
            file = {{QStringLiteral("way_in"), row.text(0)},
                    {QStringLiteral("applied_on"), row.text(1)},
                    {QStringLiteral("state_since"), row.text(2)}};
    }
    for (const auto& [column, value] : sets)
        if (qstrcmp(column, "updated_at") != 0)
            file.insert(QString::fromLatin1(column), value.isEmpty() ? QVariant() : QVariant(value));
    if (!file.isEmpty())
        recordCaseFile(m_journal, actor, clientId, file, fileCreated);

    if (to != f->state) {
        db.cached("UPDATE clients SET status = ?, rev = rev + 1, updated_at = ? WHERE id = ?")
            ->bindAll(CaseStates::key(to), now, clientId)
            .exec();
        m_journal.record(actor, {QStringLiteral("client"),
                                 clientId,
                                 Change::Op::Update,
                                 {},
                                 {{QStringLiteral("status"), CaseStates::key(to)}},
                                 std::nullopt,
                                 true});
    }
    writeEvent(actor, clientId, CaseActions::key(action), f->state, to, at, input);
    tx.commit();
    return to;
}

void LifecycleService::writeEvent(const Actor& actor, const QString& clientId, const QString& action,
                                  std::optional<CaseState> from, CaseState to, const QDateTime& at,
                                  const CaseInput& input)
{
    const QString id = newId();
    const QString fromKey = from ? CaseStates::key(*from) : QString();
    const QString occurred = at.toUTC().toString(Qt::ISODateWithMs);
    const QString details = toJson(input.details);
    const QString recorded = m_journal.clock().nowIso();
    m_journal.database()
        .cached("INSERT INTO case_events(id, client_id, action, from_status, to_status, occurred_at, "
                "recorded_at, actor, reason, document, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        ->bindAll(id, clientId, action, fromKey, CaseStates::key(to), occurred, recorded, actor.username,
                  nullIfEmpty(input.reason.trimmed()), nullIfEmpty(input.document.trimmed()), details)
        .exec();
    QVariantMap fields{{QStringLiteral("client_id"), clientId},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("from_status"), fromKey},
                       {QStringLiteral("to_status"), CaseStates::key(to)},
                       {QStringLiteral("occurred_at"), occurred}};
    if (!input.reason.trimmed().isEmpty())
        fields.insert(QStringLiteral("reason"), input.reason.trimmed());
    if (!input.document.trimmed().isEmpty())
        fields.insert(QStringLiteral("document"), input.document.trimmed());
    fields.insert(QStringLiteral("details"), details);
    fields.insert(QStringLiteral("recorded_at"), recorded);
    fields.insert(QStringLiteral("actor"), actor.username);
    // The platform hears of transfers, green-channel referrals and closures through the outbox.
    m_journal.record(
        actor, {QStringLiteral("case_event"), id, Change::Op::Create, action, fields, std::nullopt, true});
}

void LifecycleService::recordCaseFile(Journal& journal, const Actor& actor, const QString& clientId,
                                      QVariantMap columns, bool created)
{
    columns.insert(QStringLiteral("client_id"), clientId); // every change names its row
    journal.record(actor, {QStringLiteral("case_file"),
                           derivedId(QStringLiteral("case_file"), clientId),
                           created ? Change::Op::Create : Change::Op::Update,
                           {},
                           columns,
                           std::nullopt,
                           true});
}

QList<CaseEvent> LifecycleService::events(const Actor& actor, const QString& clientId)
{
    QList<CaseEvent> out;
    if (!actor.can(Permission::ViewClients))
        return out;
    const bool clinical = actor.can(Permission::ViewClinicalRecords);
    Statement s =
        m_journal.database().prepare("SELECT id, action, from_status, to_status, occurred_at, recorded_at, "
                                     "actor, reason, document, details "
                                     "FROM case_events WHERE client_id = ? ORDER BY recorded_at, rowid");
    s.bind(1, clientId);
    while (s.step()) {
        CaseEvent e;
        e.id = s.text(0);
        e.clientId = clientId;
        e.action = s.text(1);
        e.from = CaseStates::fromKey(s.text(2));
        e.to = CaseStates::fromKey(s.text(3)).value_or(CaseState::Applied);
        e.occurredAt = QDateTime::fromString(s.text(4), Qt::ISODateWithMs);
        e.recordedAt = QDateTime::fromString(s.text(5), Qt::ISODateWithMs);
        e.actor = s.text(6);
        if (clinical) {
            e.reason = s.text(7);
            e.document = s.text(8);
            e.details = fromJson(s.text(9));
        }
        out << e;
    }
    return out;
}

QStringList LifecycleService::recentDetailValues(CaseAction action, const QString& key, int limit)
{
    QStringList out;
    Statement s = m_journal.database().prepare(
        "SELECT details FROM case_events WHERE action = ? ORDER BY occurred_at DESC LIMIT 500");
    s.bind(1, CaseActions::key(action));
    while (s.step() && out.size() < limit) {
        const QString value = fromJson(s.text(0)).value(key).toString().trimmed();
        if (!value.isEmpty() && !out.contains(value))
            out << value;
    }
    return out;
}

std::optional<Application> LifecycleService::application(const QString& clientId)
{
    Statement s = m_journal.database().prepare(
        "SELECT details FROM case_events WHERE client_id = ? AND action IN ('apply', 'reapply') "
        "ORDER BY recorded_at DESC, rowid DESC LIMIT 1");
    s.bind(1, clientId);
    if (!s.step())
        return std::nullopt;
    return Application::fromDetails(fromJson(s.text(0)));
}

} // namespace kq
