#include "SessionLogRepository.h"

#include "LastContact.h"
#include "accounts/AccountRepository.h"
#include "auth/Actor.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/Ids.h"
#include "documents/ServiceGate.h"
#include "lifecycle/CaseState.h"
#include "services/ServiceCatalogue.h"
#include "statistics/StatisticsResults.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/StoredValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SessionLogRepository)
};

const char* const kSelect =
    "SELECT id, client_id, staff, held_on, starts_at, minutes, contents, form, place, goal_id, observations, "
    "risk_flag, next_step, next_on, next_at, amended, created_by, created_at, updated_at FROM sessions ";

QString timeText(const QTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

QTime timeFrom(const QString& text)
{
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

SessionLog readLog(const Statement& s)
{
    SessionLog l;
    l.id = s.text(0);
    l.clientId = s.text(1);
    l.staff = s.text(2);
    l.heldOn = s.date(3);
    l.startsAt = timeFrom(s.text(4));
    l.minutes = int(s.int64(5));
    l.contents = s.text(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    l.form = s.text(7);
    l.place = ServicePlaces::fromKey(s.text(8)).value_or(ServicePlace::Centre);
    l.goalId = s.text(9);
    l.observations = s.text(10);
    l.riskFlag = s.int64(11) != 0;
    l.nextStep = s.text(12);
    l.nextOn = s.date(13);
    l.nextAt = timeFrom(s.text(14));
    l.amended = s.int64(15) != 0;
    l.createdBy = s.text(16);
    l.createdAt = QDateTime::fromString(s.text(17), Qt::ISODateWithMs);
    l.updatedAt = QDateTime::fromString(s.text(18), Qt::ISODateWithMs);
    return l;
}

// The stored form of every field a person writes: what the journal, the outbox and amendments carry.
QVariantMap fieldsOf(const SessionLog& l)
{
    return {{QStringLiteral("client_id"), l.clientId},
            {QStringLiteral("staff"), l.staff},
            {QStringLiteral("held_on"), isoDate(l.heldOn)},
            {QStringLiteral("starts_at"), timeText(l.startsAt)},
            {QStringLiteral("minutes"), l.minutes},
            {QStringLiteral("contents"), l.contents.join(QLatin1Char(' '))},
            {QStringLiteral("form"), l.form},
            {QStringLiteral("place"), ServicePlaces::key(l.place)},
            {QStringLiteral("goal_id"), l.goalId},
            {QStringLiteral("observations"), l.observations},
            {QStringLiteral("risk_flag"), l.riskFlag},
            {QStringLiteral("next_step"), l.nextStep},
            {QStringLiteral("next_on"), isoDate(l.nextOn)},
            {QStringLiteral("next_at"), timeText(l.nextAt)}};
}

// The fields whose stored value differs, as (before, after).
std::pair<QVariantMap, QVariantMap> differences(const SessionLog& before, const SessionLog& after)
{
    const QVariantMap a = fieldsOf(before);
    const QVariantMap b = fieldsOf(after);
    QVariantMap was, is;
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        if (a.value(it.key()) != it.value()) {
            was.insert(it.key(), a.value(it.key()));
            is.insert(it.key(), it.value());
        }
    return {was, is};
}

QString jsonText(const QVariantMap& map)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

QVariantMap mapFrom(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

void bindRow(Statement& s, const SessionLog& l)
{
    s.bindAll(l.clientId, l.staff, isoDate(l.heldOn), timeText(l.startsAt), l.minutes,
              l.contents.join(QLatin1Char(' ')), l.form, ServicePlaces::key(l.place), nullIfEmpty(l.goalId),
              l.observations, l.riskFlag, nullIfEmpty(l.nextStep), isoDate(l.nextOn), timeText(l.nextAt));
}

// OR FAIL: the statistics triggers make the insert a multi-row write, which would otherwise get a
// statement journal that SQLCipher encrypts page by page (decision 0005); a failed insert fails
// its whole transaction anyway.
const char* const kInsert =
    "INSERT OR FAIL INTO sessions(client_id, staff, held_on, starts_at, minutes, contents, form, place, "
    "goal_id, "
    "observations, risk_flag, next_step, next_on, next_at, id, amended, created_by, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)";
} // namespace

SessionLogRepository::Change SessionLogRepository::changeAllowed(const Actor& actor,
                                                                 const SessionLog& stored) const
{
    if (!actor.can(Permission::EditClinicalRecords))
        return Change::None;
    if (m_journal.clock().now() < stored.editableUntil())
        return stored.createdBy == actor.username ? Change::Edit : Change::None;
    return Change::Amend;
}

Result<SessionLogRepository::Saved> SessionLogRepository::save(const Actor& actor, SessionLog log)
{
    if (!actor.can(Permission::EditClinicalRecords))
        return Error{Tr::tr("Your role may not write session logs."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    const Result<QStringList> gate = checkCase(log);
    if (!gate)
        return gate.error();
    if (const QList<Error> errors = checkFields(log, nullptr); !errors.isEmpty())
        return combinedErrors(errors, Invalid);

    log.id = newId();
    log.createdBy = actor.username;
    log.createdAt = m_journal.clock().now();
    log.updatedAt = log.createdAt;
    log.amended = false;
    const QString now = m_journal.clock().nowIso();
    auto insert = db.cached(kInsert);
    bindRow(*insert, log);
    insert->bind(15, log.id).bind(16, log.createdBy).bind(17, now).bind(18, now).exec();
    QVariantMap fields = fieldsOf(log);
    fields.insert(QStringLiteral("created_by"), log.createdBy);
    fields.insert(QStringLiteral("created_at"), now);
    m_journal.record(
        actor, {QStringLiteral("session"), log.id, ::kq::Change::Op::Create, {}, fields, std::nullopt, true});
    LastContact::refresh(db, log.clientId);
    tx.commit();
    return Saved{log.id, gate.value()};
}

Result<SessionLogRepository::Saved> SessionLogRepository::edit(const Actor& actor, const SessionLog& log)
{
    Result<SessionLog> stored = find(actor, log.id);
    if (!stored)
        return stored.error();
    switch (changeAllowed(actor, stored.value())) {
    case Change::Edit:
        return write(actor, log, &stored.value(), {});
    case Change::Amend:
        return Error{Tr::tr("This log was written more than %1 days ago; amend it with a reason instead.")
                         .arg(SessionLog::kEditDays),
                     {},
                     WindowClosed};
    case Change::None:
        break;
    }
    if (!actor.can(Permission::EditClinicalRecords))
        return Error{Tr::tr("Your role may not write session logs."), {}, NotPermitted};
    return Error{Tr::tr("Only %1, who wrote this log, may edit it in its first %2 days.")
                     .arg(stored.value().createdBy)
                     .arg(SessionLog::kEditDays),
                 {},
                 NotAuthor};
}

Result<SessionLogRepository::Saved> SessionLogRepository::amend(const Actor& actor, const SessionLog& log,
                                                                const QString& reason)
{
    Result<SessionLog> stored = find(actor, log.id);
    if (!stored)
        return stored.error();
    switch (changeAllowed(actor, stored.value())) {
    case Change::Amend:
        break;
    case Change::Edit:
    case Change::None:
        if (!actor.can(Permission::EditClinicalRecords))
            return Error{Tr::tr("Your role may not write session logs."), {}, NotPermitted};
        return Error{Tr::tr("In its first %1 days a log is edited by its author, not amended.")
                         .arg(SessionLog::kEditDays),
                     {},
                     WindowOpen};
    }
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{Tr::tr("Say why the log is amended."), QStringLiteral("reason"), ReasonMissing};
    if (why.size() > SessionLog::kMaxReasonLength)
        return Error{Tr::tr("The reason is longer than %1 characters.").arg(SessionLog::kMaxReasonLength),
                     QStringLiteral("reason"), ReasonMissing};
    return write(actor, log, &stored.value(), why);
}

// An edit (reason empty) or an amendment of the stored log.
Result<SessionLogRepository::Saved> SessionLogRepository::write(const Actor& actor, const SessionLog& input,
                                                                const SessionLog* stored,
                                                                const QString& reason)
{
    Database& db = m_journal.database();
    Transaction tx(db);
    SessionLog log = input;
    log.clientId = stored->clientId; // a log never moves to another client
    {
        auto c = db.cached("SELECT status FROM clients WHERE id = ?");
        c->bind(1, log.clientId);
        if (c->step())
            if (const std::optional<CaseState> state = CaseStates::fromKey(c->text(0));
                state && CaseStates::isReadOnly(*state))
                return Error{Tr::tr("This client was transferred to another centre; the record is read-only "
                                    "here."),
                             {},
                             ReadOnly};
    }
    if (const QList<Error> errors = checkFields(log, stored); !errors.isEmpty())
        return combinedErrors(errors, Invalid);
    QStringList warnings;
    if (log.heldOn != stored->heldOn) {
        const Result<QStringList> gate = ServiceGate::check(db, log.clientId, log.heldOn);
        if (!gate)
            return gate.error();
        warnings = gate.value();
    }
    const auto [before, after] = differences(*stored, log);
    if (after.isEmpty())
        return Error{Tr::tr("Nothing was changed."), {}, NoChange};

    const bool amending = !reason.isEmpty();
    const QString now = m_journal.clock().nowIso();
    auto update = db.cached("UPDATE sessions SET client_id = ?, staff = ?, held_on = ?, starts_at = ?, "
                            "minutes = ?, contents = ?, form = ?, place = ?, goal_id = ?, observations = ?, "
                            "risk_flag = ?, next_step = ?, next_on = ?, next_at = ?, amended = ?, "
                            "rev = rev + 1, updated_at = ? WHERE id = ?");
    bindRow(*update, log);
    update->bind(15, amending || stored->amended).bind(16, now).bind(17, log.id).exec();
    QVariantMap changed = after;
    if (amending) // the flag the lists show travels with the amendment
        changed.insert(QStringLiteral("amended"), true);
    m_journal.record(actor, {QStringLiteral("session"), log.id, ::kq::Change::Op::Update,
                             amending ? QStringLiteral("amend") : QString(), changed, std::nullopt, true});
    if (amending) {
        // The old values stay readable next to the new: the amendment keeps them.
        const QString id = newId();
        db.cached("INSERT INTO session_amendments(id, session_id, reason, before, after, amended_by, "
                  "amended_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
            ->bindAll(id, log.id, reason, jsonText(before), jsonText(after), actor.username, now)
            .exec();
        m_journal.record(actor, {QStringLiteral("session_amendment"),
                                 id,
                                 ::kq::Change::Op::Create,
                                 {},
                                 {{QStringLiteral("session_id"), log.id},
                                  {QStringLiteral("reason"), reason},
                                  {QStringLiteral("before"), jsonText(before)},
                                  {QStringLiteral("after"), jsonText(after)},
                                  {QStringLiteral("amended_by"), actor.username},
                                  {QStringLiteral("amended_at"), now}},
                                 std::nullopt,
                                 true});
    }
    LastContact::refresh(db, log.clientId);
    tx.commit();
    return Saved{log.id, warnings};
}

// The client exists, is not read-only, is in service (or in hospital: contact with the family goes
// on) and passes the consent gate on the day of the session. Ok holds the gate's warnings.
Result<QStringList> SessionLogRepository::checkCase(const SessionLog& log)
{
    Database& db = m_journal.database();
    auto c = db.cached("SELECT status FROM clients WHERE id = ?");
    c->bind(1, log.clientId);
    if (!c->step())
        return Error{Tr::tr("The client record was not found."), QStringLiteral("client"), NotFound};
    const std::optional<CaseState> state = CaseStates::fromKey(c->text(0));
    if (state && CaseStates::isReadOnly(*state))
        return Error{Tr::tr("This client was transferred to another centre; the record is read-only here."),
                     {},
                     ReadOnly};
    if (state != CaseState::InService && state != CaseState::Hospitalised)
        return Error{Tr::tr("Sessions are logged for clients in service; this case is %1.")
                         .arg(state ? CaseStates::name(*state) : c->text(0)),
                     QStringLiteral("client"), NotInService};
    if (!log.heldOn.isValid())
        return QStringList{}; // checkFields names the missing date
    return ServiceGate::check(db, log.clientId, log.heldOn);
}

// Every field, trimmed in place. `stored` is the log being edited or amended: a staff member who has
// since left, or a content the centre no longer offers, may stay on it.
QList<Error> SessionLogRepository::checkFields(SessionLog& log, const SessionLog* stored)
{
    QList<Error> errors;
    Database& db = m_journal.database();
    log.staff = log.staff.trimmed();
    if (log.staff.isEmpty()) {
        errors.append(
            Error{Tr::tr("Choose the member of staff who gave the session."), QStringLiteral("staff")});
    } else if (!stored || stored->staff != log.staff) {
        const std::optional<Account> staff = AccountRepository(m_journal).findByUsername(log.staff);
        if (!staff || !staff->active || !roleAllows(staff->role, Permission::EditClinicalRecords))
            errors.append(
                Error{Tr::tr("%1 is not an active staff member who keeps case records.").arg(log.staff),
                      QStringLiteral("staff")});
    }
    const QDate today = m_journal.clock().now().toLocalTime().date();
    if (!log.heldOn.isValid())
        errors.append(Error{Tr::tr("Enter the date of the session."), QStringLiteral("held-on")});
    else if (log.heldOn > today)
        errors.append(Error{Tr::tr("A session is logged once it has happened; the date is in the future."),
                            QStringLiteral("held-on")});
    if (!log.startsAt.isValid())
        errors.append(Error{Tr::tr("Enter the time the session started."), QStringLiteral("starts-at")});
    if (log.minutes < 1 || log.minutes > SessionLog::kMaxMinutes)
        errors.append(Error{Tr::tr("The duration must be from 1 to %1 minutes.").arg(SessionLog::kMaxMinutes),
                            QStringLiteral("minutes")});

    const ServiceCatalogue catalogue = ServiceCatalogue::load(db);
    QStringList contents;
    for (const QString& raw : std::as_const(log.contents)) {
        const QString key = raw.trimmed();
        if (key.isEmpty() || contents.contains(key))
            continue;
        const std::optional<ServiceEntry> entry = catalogue.content(key);
        if (!entry)
            errors.append(Error{Tr::tr("“%1” is not in the list of service contents.").arg(key),
                                QStringLiteral("contents")});
        else if (!entry->active && !(stored && stored->contents.contains(key)))
            errors.append(Error{Tr::tr("“%1” is no longer offered; choose another service content.")
                                    .arg(ServiceCatalogue::displayName(*entry)),
                                QStringLiteral("contents")});
        contents << key;
    }
    if (contents.isEmpty())
        errors.append(Error{Tr::tr("Choose at least one service content."), QStringLiteral("contents")});
    log.contents = contents;
    log.form = log.form.trimmed();
    if (log.form.isEmpty()) {
        errors.append(Error{Tr::tr("Choose the service form."), QStringLiteral("form")});
    } else if (const std::optional<ServiceEntry> form = catalogue.form(log.form); !form) {
        errors.append(
            Error{Tr::tr("“%1” is not in the list of service forms.").arg(log.form), QStringLiteral("form")});
    } else if (!form->active && !(stored && stored->form == log.form)) {
        errors.append(Error{Tr::tr("“%1” is no longer offered; choose another service form.")
                                .arg(ServiceCatalogue::displayName(*form)),
                            QStringLiteral("form")});
    }

    log.goalId = log.goalId.trimmed();
    if (!log.goalId.isEmpty()) {
        // Goals keep their ids from plan to plan: any plan of the client may hold it.
        bool found = false;
        auto plans = db.cached("SELECT goals FROM plans WHERE client_id = ?");
        plans->bind(1, log.clientId);
        while (!found && plans->step())
            for (const QJsonValue g : QJsonDocument::fromJson(plans->text(0).toUtf8()).array())
                found = found || g[QStringLiteral("id")].toString() == log.goalId;
        plans->reset();
        if (!found)
            errors.append(Error{Tr::tr("The goal is not in this client's plans."), QStringLiteral("goal")});
    }
    log.observations = log.observations.trimmed();
    if (log.observations.isEmpty())
        errors.append(Error{Tr::tr("Write what was done and observed."), QStringLiteral("observations")});
    else if (log.observations.size() > SessionLog::kMaxObservationsLength)
        errors.append(Error{
            Tr::tr("The observations are longer than %1 characters.").arg(SessionLog::kMaxObservationsLength),
            QStringLiteral("observations")});
    log.nextStep = log.nextStep.trimmed();
    if (log.nextStep.size() > SessionLog::kMaxNextStepLength)
        errors.append(
            Error{Tr::tr("The next step is longer than %1 characters.").arg(SessionLog::kMaxNextStepLength),
                  QStringLiteral("next-step")});
    if (log.nextOn.isValid() && log.heldOn.isValid() && log.nextOn < log.heldOn)
        errors.append(
            Error{Tr::tr("The next appointment cannot be before the session."), QStringLiteral("next-on")});
    if (!log.nextOn.isValid() && log.nextAt.isValid())
        errors.append(Error{Tr::tr("Enter the date of the next appointment, or clear its time."),
                            QStringLiteral("next-on")});
    return errors;
}

Result<SessionLog> SessionLogRepository::find(const Actor& actor, const QString& id)
{
    if (!actor.can(Permission::ViewClinicalRecords))
        return Error{Tr::tr("Your role may not see session logs."), {}, NotPermitted};
    Statement s = m_journal.database().prepare(std::string(kSelect) + "WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return Error{Tr::tr("The session log was not found."), {}, NotFound};
    return readLog(s);
}

Result<QList<SessionLog>> SessionLogRepository::list(const Actor& actor, const QString& clientId)
{
    if (!actor.can(Permission::ViewClinicalRecords))
        return Error{Tr::tr("Your role may not see session logs."), {}, NotPermitted};
    Statement s = m_journal.database().prepare(std::string(kSelect) +
                                               "WHERE client_id = ? ORDER BY held_on DESC, starts_at DESC");
    s.bind(1, clientId);
    QList<SessionLog> out;
    while (s.step())
        out.append(readLog(s));
    return out;
}

Result<QList<SessionAmendment>> SessionLogRepository::amendments(const Actor& actor, const QString& sessionId)
{
    if (!actor.can(Permission::ViewClinicalRecords))
        return Error{Tr::tr("Your role may not see session logs."), {}, NotPermitted};
    Statement s = m_journal.database().prepare(
        "SELECT id, reason, before, after, amended_by, amended_at FROM session_amendments "
        "WHERE session_id = ? ORDER BY amended_at, rowid");
    s.bind(1, sessionId);
    QList<SessionAmendment> out;
    while (s.step())
        out.append(SessionAmendment{s.text(0), sessionId, s.text(1), mapFrom(s.text(2)), mapFrom(s.text(3)),
                                    s.text(4), QDateTime::fromString(s.text(5), Qt::ISODateWithMs)});
    return out;
}

std::optional<SessionLog> SessionLogRepository::latestBy(const Actor& actor, const QString& author,
                                                         const QString& clientId)
{
    if (!actor.can(Permission::ViewClinicalRecords))
        return std::nullopt;
    Database& db = m_journal.database();
    Statement own = db.prepare(std::string(kSelect) + "WHERE client_id = ? AND staff = ? "
                                                      "ORDER BY held_on DESC, starts_at DESC LIMIT 1");
    own.bindAll(clientId, author);
    if (own.step())
        return readLog(own);
    Statement any =
        db.prepare(std::string(kSelect) + "WHERE staff = ? ORDER BY held_on DESC, starts_at DESC LIMIT 1");
    any.bind(1, author);
    if (any.step())
        return readLog(any);
    return std::nullopt;
}

Result<int> SessionLogRepository::importHistory(const Actor& actor, const QList<SessionLog>& logs)
{
    if (!actor.can(Permission::EditClinicalRecords))
        return Error{Tr::tr("Your role may not write session logs."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    StatisticsResults::suspendTriggersForBulk(db, logs.size());
    auto insert = db.cached(kInsert);
    const QString now = m_journal.clock().nowIso();
    QSet<QString> touched;
    for (const SessionLog& l : logs) {
        // The shape only: these records were accepted where they were written.
        if (l.id.isEmpty() || l.clientId.isEmpty() || l.staff.isEmpty() || !l.heldOn.isValid() ||
            !l.startsAt.isValid() || l.minutes < 1 || l.minutes > SessionLog::kMaxMinutes ||
            l.contents.isEmpty() || l.form.isEmpty() || l.observations.trimmed().isEmpty())
            return Error{Tr::tr("Session log %1 is incomplete.").arg(l.id), {}, Invalid};
        const QString created = l.createdAt.isValid() ? l.createdAt.toUTC().toString(Qt::ISODateWithMs) : now;
        insert->reset(); // one prepared statement for the whole batch
        bindRow(*insert, l);
        insert->bind(15, l.id).bind(16, l.createdBy.isEmpty() ? l.staff : l.createdBy).bind(17, created);
        insert->bind(18, created).exec();
        touched.insert(l.clientId);
    }
    for (const QString& client : std::as_const(touched))
        LastContact::refresh(db, client);
    // The batch has its own id: the audit names one import, not each record.
    m_journal.record(actor, {QStringLiteral("session"),
                             newId(),
                             ::kq::Change::Op::Create,
                             QStringLiteral("import"),
                             {{QStringLiteral("count"), int(logs.size())}},
                             std::nullopt,
                             false});
    tx.commit();
    return int(logs.size());
}

} // namespace kq
