#include "GroupActivityRepository.h"

#include "LastContact.h"
#include "accounts/AccountRepository.h"
#include "auth/Actor.h"
#include "core/Clock.h"
#include "core/Ids.h"
#include "documents/ServiceGate.h"
#include "lifecycle/CaseState.h"
#include "services/ServiceCatalogue.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/StoredValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GroupActivityRepository)
};

using Attendee = GroupActivity::Attendee;

constexpr int kMaxMinutes = 720;
constexpr int kMaxNotesLength = 2000;
constexpr int kMaxGroupNameLength = 50;

QString entity()
{
    return QStringLiteral("group_activity");
}

QString hhmm(const QTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The roster and the attendance travel as compact JSON text (no JSON1 in SQLite 3.15).
QString rosterJson(const QList<Attendee>& roster)
{
    QJsonArray array;
    for (const Attendee& a : roster)
        array.append(a.clientId);
    return compact(array);
}

QString attendanceJson(const QList<Attendee>& roster)
{
    QJsonArray array;
    for (const Attendee& a : roster)
        array.append(
            QJsonObject{{QStringLiteral("client_id"), a.clientId},
                        {QStringLiteral("present"), a.present ? QJsonValue(*a.present) : QJsonValue()},
                        {QStringLiteral("note"), a.note}});
    return compact(array);
}

// The meeting as the outbox sends it; also what update() compares to find the changed fields.
QVariantMap fieldsOf(const GroupActivity& a)
{
    return {{QStringLiteral("series_id"), a.seriesId.isEmpty() ? QVariant() : QVariant(a.seriesId)},
            {QStringLiteral("topic"), a.topic},
            {QStringLiteral("facilitators"), a.facilitators.join(QLatin1Char(' '))},
            {QStringLiteral("held_on"), isoDate(a.heldOn)},
            {QStringLiteral("starts_at"), hhmm(a.startsAt)},
            {QStringLiteral("minutes"), a.minutes},
            {QStringLiteral("content"), a.content},
            {QStringLiteral("form"), a.form},
            {QStringLiteral("place"), ServicePlaces::key(a.place)},
            {QStringLiteral("capacity"), a.capacity},
            {QStringLiteral("notes"), a.notes},
            {QStringLiteral("roster"), rosterJson(a.roster)}};
}

// Every problem on its own line; the field and code of the first, so the form focuses it.
Error combined(const QList<Error>& errors)
{
    QStringList lines;
    for (const Error& e : errors)
        lines << e.message;
    return Error{lines.join(QLatin1Char('\n')), errors.first().field, errors.first().code};
}

QStringList prefixed(const QString& name, const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << Tr::tr("%1: %2").arg(name, line);
    return lines;
}

void checkKey(QList<Error>& errors, const QString& key, const std::optional<ServiceEntry>& entry,
              bool content)
{
    const QString field = content ? QStringLiteral("content") : QStringLiteral("form");
    const int code = GroupActivityRepository::Invalid;
    if (key.isEmpty())
        errors.append(
            Error{content ? Tr::tr("Choose the service content.") : Tr::tr("Choose the service form."), field,
                  code});
    else if (!entry)
        errors.append(Error{content ? Tr::tr("“%1” is not in the list of service contents.").arg(key)
                                    : Tr::tr("“%1” is not in the list of service forms.").arg(key),
                            field, code});
    else if (!entry->active)
        errors.append(Error{(content ? Tr::tr("“%1” is no longer offered; choose another service content.")
                                     : Tr::tr("“%1” is no longer offered; choose another service form."))
                                .arg(ServiceCatalogue::displayName(*entry)),
                            field, code});
}

// The roster without blanks or repeats, in the order given.
QList<Attendee> distinct(const QList<Attendee>& roster)
{
    QList<Attendee> out;
    QSet<QString> seen;
    for (Attendee a : roster) {
        a.clientId = a.clientId.trimmed();
        a.note = a.note.trimmed();
        if (!a.clientId.isEmpty() && !seen.contains(a.clientId)) {
            seen.insert(a.clientId);
            out.append(a);
        }
    }
    return out;
}

GroupActivity readActivity(const Statement& s)
{
    GroupActivity a;
    a.id = s.text(0);
    a.seriesId = s.text(1);
    a.topic = s.text(2);
    a.facilitators = s.text(3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    a.heldOn = dateFromIso(s.text(4));
    a.startsAt = QTime::fromString(s.text(5), QStringLiteral("HH:mm"));
    a.minutes = int(s.int64(6));
    a.content = s.text(7);
    a.form = s.text(8);
    a.place = ServicePlaces::fromKey(s.text(9)).value_or(ServicePlace::Centre);
    a.capacity = int(s.int64(10));
    a.notes = s.text(11);
    if (!s.isNull(12))
        a.attendanceTakenAt = QDateTime::fromString(s.text(12), Qt::ISODateWithMs);
    a.createdBy = s.text(13);
    a.createdAt = QDateTime::fromString(s.text(14), Qt::ISODateWithMs);
    return a;
}

Attendee readAttendee(const Statement& s, int first)
{
    Attendee a;
    a.clientId = s.text(first);
    a.clientName = s.text(first + 1);
    if (!s.isNull(first + 2))
        a.present = s.int64(first + 2) != 0;
    a.note = s.text(first + 3);
    return a;
}

const char* const kActivitySelect =
    "SELECT id, series_id, topic, facilitators, held_on, starts_at, minutes, content, form, place, "
    "capacity, notes, attendance_on, created_by, created_at, server_rev FROM group_activities ";

struct Stored {
    GroupActivity activity;
    std::optional<qint64> serverRev;
};

std::optional<Stored> load(Database& db, const QString& id)
{
    Statement s = db.prepare(std::string(kActivitySelect) + "WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    Stored out{readActivity(s), s.isNull(15) ? std::nullopt : std::optional<qint64>(s.int64(15))};
    Statement r = db.prepare("SELECT a.client_id, c.name, a.present, a.note FROM group_attendance a "
                             "JOIN clients c ON c.id = a.client_id WHERE a.activity_id = ? "
                             "ORDER BY c.sort_key, c.name");
    r.bind(1, id);
    while (r.step())
        out.activity.roster.append(readAttendee(r, 0));
    return out;
}

// What readers without ViewClinicalRecords do not see.
void redactNotes(GroupActivity& a)
{
    a.notes.clear();
    for (Attendee& p : a.roster)
        p.note.clear();
}

void insertActivity(Database& db, const GroupActivity& a, const QString& createdAt, const QString& updatedAt)
{
    db.cached("INSERT INTO group_activities(id, series_id, topic, facilitators, held_on, starts_at, minutes, "
              "content, form, place, capacity, notes, attendance_on, created_by, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        ->bindAll(a.id, nullIfEmpty(a.seriesId), a.topic, a.facilitators.join(QLatin1Char(' ')),
                  isoDate(a.heldOn), hhmm(a.startsAt), a.minutes, a.content, a.form,
                  ServicePlaces::key(a.place), a.capacity, nullIfEmpty(a.notes),
                  a.attendanceTaken() ? a.attendanceTakenAt.toUTC().toString(Qt::ISODateWithMs) : QString(),
                  a.createdBy, createdAt, updatedAt)
        .exec();
}

void insertAttendee(Database& db, const QString& activityId, const Attendee& a)
{
    auto s =
        db.cached("INSERT INTO group_attendance(activity_id, client_id, present, note) VALUES (?, ?, ?, ?)");
    s->bindAll(activityId, a.clientId);
    if (a.present)
        s->bind(3, *a.present);
    else
        s->bind(3, nullptr);
    s->bind(4, nullIfEmpty(a.note));
    s->exec();
}
} // namespace

QList<Error> GroupActivityRepository::checkDetails(GroupActivity& a, QHash<QString, bool>& staff)
{
    QList<Error> errors;
    const auto add = [&errors](const QString& message, const char* field, int code = Invalid) {
        errors.append(Error{message, QLatin1String(field), code});
    };
    a.topic = a.topic.trimmed();
    a.notes = a.notes.trimmed();
    if (a.topic.isEmpty())
        add(Tr::tr("Enter the topic of the meeting."), "topic");
    else if (a.topic.size() > GroupActivity::kMaxTopicLength)
        add(Tr::tr("The topic is longer than %1 characters.").arg(GroupActivity::kMaxTopicLength), "topic");

    QStringList facilitators;
    for (const QString& f : std::as_const(a.facilitators))
        if (const QString u = f.trimmed(); !u.isEmpty() && !facilitators.contains(u))
            facilitators << u;
    a.facilitators = facilitators;
    if (facilitators.isEmpty())
        add(Tr::tr("Choose at least one facilitator."), "facilitators");
    for (const QString& u : std::as_const(facilitators)) {
        // The same people who may keep case records (PlanRepository's rule for the responsible).
        if (!staff.contains(u)) {
            const std::optional<Account> account = AccountRepository(m_journal).findByUsername(u);
            staff.insert(u, account && account->active &&
                                roleAllows(account->role, Permission::EditClinicalRecords));
        }
        if (!staff.value(u))
            add(Tr::tr("%1 is not an active staff member who keeps case records.").arg(u), "facilitators");
    }

    if (!a.heldOn.isValid())
        add(Tr::tr("Enter the date of the meeting."), "held-on");
    if (!a.startsAt.isValid())
        add(Tr::tr("Enter the time the meeting starts, e.g. 14:30."), "starts-at");
    if (a.minutes < 1 || a.minutes > kMaxMinutes)
        add(Tr::tr("A meeting lasts 1 to %1 minutes.").arg(kMaxMinutes), "minutes");
    const ServiceCatalogue catalogue = ServiceCatalogue::load(m_journal.database());
    a.content = a.content.trimmed();
    a.form = a.form.trimmed();
    checkKey(errors, a.content, catalogue.content(a.content), true);
    checkKey(errors, a.form, catalogue.form(a.form), false);
    if (a.capacity < 1 || a.capacity > GroupActivity::kMaxCapacity)
        add(Tr::tr("The capacity is 1 to %1 people.").arg(GroupActivity::kMaxCapacity), "capacity");
    if (a.notes.size() > kMaxNotesLength)
        add(Tr::tr("The notes are longer than %1 characters.").arg(kMaxNotesLength), "notes");

    a.roster = distinct(a.roster);
    if (a.capacity >= 1 && a.roster.size() > a.capacity)
        add(Tr::tr("The roster has %1 people but the capacity is %2.").arg(a.roster.size()).arg(a.capacity),
            "roster", OverCapacity);
    return errors;
}

QList<Error> GroupActivityRepository::checkRoster(QList<Attendee>& roster, const QDate& day,
                                                  QSet<QString>& settled, QStringList& warnings)
{
    Database& db = m_journal.database();
    const QString field = QStringLiteral("roster");
    QList<Error> errors;
    for (Attendee& a : roster) {
        auto c = db.cached("SELECT name, status FROM clients WHERE id = ?");
        c->bind(1, a.clientId);
        if (!c->step()) {
            errors.append(Error{Tr::tr("A client on the roster was not found."), field, NotFound});
            continue;
        }
        a.clientName = c->text(0);
        const std::optional<CaseState> state = CaseStates::fromKey(c->text(1));
        if (settled.contains(a.clientId))
            continue;
        // A client is named once however many meetings of a series have the same problem.
        if (state != CaseState::InService) {
            settled.insert(a.clientId);
            errors.append(Error{Tr::tr("%1 is not in service (%2); only clients in service join a group.")
                                    .arg(a.clientName, state ? CaseStates::name(*state) : c->text(1)),
                                field, NotInService});
            continue;
        }
        const Result<QStringList> gate = ServiceGate::check(db, a.clientId, day);
        if (!gate) {
            settled.insert(a.clientId);
            errors.append(Error{prefixed(a.clientName, gate.error().message).join(QLatin1Char('\n')), field,
                                gate.error().code});
        } else if (!gate.value().isEmpty()) {
            settled.insert(a.clientId);
            warnings << prefixed(a.clientName, gate.value().join(QLatin1Char('\n')));
        }
    }
    return errors;
}

Result<GroupActivityRepository::Saved>
GroupActivityRepository::create(const Actor& actor, GroupActivity activity, const QDate& repeatWeeklyUntil)
{
    if (!actor.can(Permission::EditClinicalRecords))
        return Error{Tr::tr("Your role may not plan group activities."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    QHash<QString, bool> staff;
    QList<Error> errors = checkDetails(activity, staff);

    QList<QDate> days;
    if (activity.heldOn.isValid()) {
        days << activity.heldOn;
        if (repeatWeeklyUntil.isValid() && repeatWeeklyUntil < activity.heldOn) {
            errors.append(Error{Tr::tr("A weekly series ends on or after its first meeting."),
                                QStringLiteral("repeat-until"), Invalid});
        } else if (repeatWeeklyUntil.isValid()) {
            const qint64 count = activity.heldOn.daysTo(repeatWeeklyUntil) / 7 + 1;
            if (count > GroupActivity::kMaxWeeks)
                errors.append(
                    Error{Tr::tr("A weekly series has at most %1 meetings; end it by %2.")
                              .arg(GroupActivity::kMaxWeeks)
                              .arg(isoDate(activity.heldOn.addDays(7 * (GroupActivity::kMaxWeeks - 1)))),
                          QStringLiteral("repeat-until"), Invalid});
            else
                for (qint64 i = 1; i < count; ++i)
                    days << activity.heldOn.addDays(7 * i);
        }
    }
    // Every meeting of a series is checked: documents may run out half-way through.
    QStringList warnings;
    QSet<QString> settled;
    for (const QDate& day : std::as_const(days))
        errors << checkRoster(activity.roster, day, settled, warnings);
    if (!errors.isEmpty())
        return combined(errors);

    activity.seriesId = days.size() > 1 ? newId() : QString();
    activity.createdBy = actor.username;
    activity.createdAt = m_journal.clock().now();
    activity.attendanceTakenAt = {};
    for (Attendee& a : activity.roster)
        a.present.reset(); // attendance is taken later, by takeAttendance
    const QString now = m_journal.clock().nowIso();
    Saved saved;
    saved.warnings = warnings;
    for (const QDate& day : std::as_const(days)) {
        GroupActivity meeting = activity;
        meeting.id = newId();
        meeting.heldOn = day;
        insertActivity(db, meeting, now, now);
        for (const Attendee& a : std::as_const(meeting.roster))
            insertAttendee(db, meeting.id, a);
        QVariantMap fields = fieldsOf(meeting);
        fields.insert(QStringLiteral("created_by"), meeting.createdBy);
        m_journal.record(actor, {entity(), meeting.id, Change::Op::Create, {}, fields, std::nullopt, true});
        saved.ids << meeting.id;
    }
    tx.commit();
    return saved;
}

Result<GroupActivityRepository::Saved> GroupActivityRepository::update(const Actor& actor,
                                                                       GroupActivity activity)
{
    if (!actor.can(Permission::EditClinicalRecords))
        return Error{Tr::tr("Your role may not plan group activities."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    const std::optional<Stored> stored = load(db, activity.id);
    if (!stored)
        return Error{Tr::tr("The group meeting was not found."), {}, NotFound};
    const GroupActivity& before = stored->activity;
    QHash<QString, bool> staff;
    QList<Error> errors = checkDetails(activity, staff);
    const QDate today = m_journal.clock().now().toLocalTime().date();
    if (before.attendanceTaken() && activity.heldOn.isValid() && activity.heldOn > today)
        errors.append(
            Error{Tr::tr("Attendance has been taken; the meeting cannot move to a day after today."),
                  QStringLiteral("held-on"), TooEarly});

    // Clients who stay keep their attendance and, on the same day, are not checked again: a
    // client discharged since must not stop a correction of the topic.
    QHash<QString, Attendee> kept;
    for (const Attendee& a : before.roster)
        kept.insert(a.clientId, a);
    QSet<QString> settled;
    if (activity.heldOn == before.heldOn)
        for (const Attendee& a : std::as_const(activity.roster))
            if (kept.contains(a.clientId))
                settled.insert(a.clientId);
    QStringList warnings;
    if (activity.heldOn.isValid())
        errors << checkRoster(activity.roster, activity.heldOn, settled, warnings);
    if (!errors.isEmpty())
        return combined(errors);

    activity.seriesId = before.seriesId;
    activity.createdBy = before.createdBy;
    activity.createdAt = before.createdAt;
    activity.attendanceTakenAt = before.attendanceTakenAt;
    for (Attendee& a : activity.roster) {
        const Attendee old = kept.value(a.clientId);
        a.present = old.present;
        a.note = old.note;
    }
    const QVariantMap old = fieldsOf(before);
    QVariantMap changed = fieldsOf(activity);
    for (auto it = changed.begin(); it != changed.end();)
        it = old.value(it.key()) == it.value() ? changed.erase(it) : std::next(it);
    Saved saved{{activity.id}, warnings};
    if (changed.isEmpty())
        return saved;

    const QString now = m_journal.clock().nowIso();
    db.cached(
          "UPDATE group_activities SET topic = ?, facilitators = ?, held_on = ?, starts_at = ?, minutes = ?, "
          "content = ?, form = ?, place = ?, capacity = ?, notes = ?, rev = rev + 1, updated_at = ? "
          "WHERE id = ?")
        ->bindAll(activity.topic, activity.facilitators.join(QLatin1Char(' ')), isoDate(activity.heldOn),
                  hhmm(activity.startsAt), activity.minutes, activity.content, activity.form,
                  ServicePlaces::key(activity.place), activity.capacity, nullIfEmpty(activity.notes), now,
                  activity.id)
        .exec();
    QSet<QString> onRoster;
    for (const Attendee& a : std::as_const(activity.roster)) {
        onRoster.insert(a.clientId);
        if (!kept.contains(a.clientId))
            insertAttendee(db, activity.id, a);
    }
    for (const Attendee& a : before.roster)
        if (!onRoster.contains(a.clientId))
            db.cached("DELETE FROM group_attendance WHERE activity_id = ? AND client_id = ?")
                ->bindAll(activity.id, a.clientId)
                .exec();
    m_journal.record(actor,
                     {entity(), activity.id, Change::Op::Update, {}, changed, stored->serverRev, true});
    // A new day or a client taken off changes the last contact of those who attended.
    if (before.attendanceTaken()) {
        for (const QString& id : kept.keys())
            onRoster.insert(id);
        for (const QString& id : std::as_const(onRoster))
            LastContact::refresh(db, id);
    }
    tx.commit();
    return saved;
}

Result<GroupActivityRepository::Saved>
GroupActivityRepository::takeAttendance(const Actor& actor, const QString& activityId,
                                        const QList<GroupActivity::Attendee>& attendance)
{
    if (!actor.can(Permission::EditClinicalRecords))
        return Error{Tr::tr("Your role may not take attendance."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    std::optional<Stored> stored = load(db, activityId);
    if (!stored)
        return Error{Tr::tr("The group meeting was not found."), {}, NotFound};
    GroupActivity& meeting = stored->activity;
    const QString field = QStringLiteral("attendance");
    const QDate today = m_journal.clock().now().toLocalTime().date();
    if (meeting.heldOn > today)
        return Error{Tr::tr("Attendance is taken on or after the day of the meeting (%1).")
                         .arg(isoDate(meeting.heldOn)),
                     field, TooEarly};
    if (meeting.roster.isEmpty())
        return Error{Tr::tr("Nobody is on the roster of this meeting."), QStringLiteral("roster"), Invalid};

    QHash<QString, Attendee> given;
    for (const Attendee& a : attendance)
        given.insert(a.clientId, a);
    QList<Error> errors;
    QStringList unmarked;
    QStringList warnings;
    QSet<QString> onRoster;
    bool unchanged = meeting.attendanceTaken();
    for (Attendee& a : meeting.roster) {
        onRoster.insert(a.clientId);
        const auto it = given.constFind(a.clientId);
        if (it == given.cend() || !it->present) {
            unmarked << a.clientName;
            continue;
        }
        const QString note = it->note.trimmed();
        if (note.size() > GroupActivity::kMaxNoteLength)
            errors.append(Error{Tr::tr("The note for %1 is longer than %2 characters.")
                                    .arg(a.clientName)
                                    .arg(GroupActivity::kMaxNoteLength),
                                QStringLiteral("note-") + a.clientId, Invalid});
        if (*it->present) {
            // Each client present receives a service that day: the same gate as a session log.
            const Result<QStringList> gate = ServiceGate::check(db, a.clientId, meeting.heldOn);
            if (!gate)
                errors.append(Error{prefixed(a.clientName, gate.error().message).join(QLatin1Char('\n')),
                                    field, gate.error().code});
            else
                warnings << prefixed(a.clientName, gate.value().join(QLatin1Char('\n')));
        }
        unchanged = unchanged && a.present == it->present && a.note == note;
        a.present = it->present;
        a.note = note;
    }
    if (!unmarked.isEmpty())
        errors.prepend(
            Error{Tr::tr("Mark whether each client was present: %1.").arg(unmarked.join(Tr::tr(", "))), field,
                  Invalid});
    for (const Attendee& a : attendance)
        if (!onRoster.contains(a.clientId)) {
            errors.append(Error{Tr::tr("A client in the attendance is not on the roster."), field, Invalid});
            break;
        }
    if (!errors.isEmpty())
        return combined(errors);
    Saved saved{{activityId}, warnings};
    if (unchanged)
        return saved;

    const QString now = m_journal.clock().nowIso();
    for (const Attendee& a : std::as_const(meeting.roster))
        db.cached("UPDATE group_attendance SET present = ?, note = ? WHERE activity_id = ? AND client_id = ?")
            ->bindAll(*a.present, nullIfEmpty(a.note), activityId, a.clientId)
            .exec();
    // The first taking is when attendance was taken; corrections are in the audit log.
    db.cached("UPDATE group_activities SET attendance_on = COALESCE(attendance_on, ?), rev = rev + 1, "
              "updated_at = ? WHERE id = ?")
        ->bindAll(now, now, activityId)
        .exec();
    m_journal.record(actor, {entity(),
                             activityId,
                             Change::Op::Update,
                             {},
                             {{QStringLiteral("attendance"), attendanceJson(meeting.roster)}},
                             stored->serverRev,
                             true});
    for (const Attendee& a : std::as_const(meeting.roster))
        LastContact::refresh(db, a.clientId);
    tx.commit();
    return saved;
}

Result<void> GroupActivityRepository::remove(const Actor& actor, const QString& activityId)
{
    if (!actor.can(Permission::EditClinicalRecords))
        return Error{Tr::tr("Your role may not plan group activities."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    const std::optional<Stored> stored = load(db, activityId);
    if (!stored)
        return Error{Tr::tr("The group meeting was not found."), {}, NotFound};
    if (stored->activity.attendanceTaken())
        return Error{Tr::tr("Attendance has been taken for this meeting, so it is kept; correct the "
                            "attendance instead."),
                     {},
                     Locked};
    db.cached("DELETE FROM group_attendance WHERE activity_id = ?")->bindAll(activityId).exec();
    db.cached("DELETE FROM group_activities WHERE id = ?")->bindAll(activityId).exec();
    m_journal.record(actor, {entity(), activityId, Change::Op::Delete, {}, {}, stored->serverRev, true});
    tx.commit();
    return {};
}

Result<GroupActivity> GroupActivityRepository::find(const Actor& actor, const QString& id)
{
    if (!actor.can(Permission::ViewClients))
        return Error{Tr::tr("Your role may not see group activities."), {}, NotPermitted};
    std::optional<Stored> stored = load(m_journal.database(), id);
    if (!stored)
        return Error{Tr::tr("The group meeting was not found."), {}, NotFound};
    if (!actor.can(Permission::ViewClinicalRecords))
        redactNotes(stored->activity);
    return stored->activity;
}

Result<QList<GroupActivity>> GroupActivityRepository::between(const Actor& actor, const QDate& from,
                                                              const QDate& to)
{
    if (!actor.can(Permission::ViewClients))
        return Error{Tr::tr("Your role may not see group activities."), {}, NotPermitted};
    Database& db = m_journal.database();
    Statement s = db.prepare(std::string(kActivitySelect) +
                             "WHERE held_on BETWEEN ? AND ? ORDER BY held_on, starts_at, topic, id");
    s.bindAll(isoDate(from), isoDate(to));
    QList<GroupActivity> out;
    QHash<QString, qsizetype> index;
    while (s.step()) {
        index.insert(s.text(0), out.size());
        out.append(readActivity(s));
    }
    // All rosters of the range in one read rather than one per meeting.
    Statement r = db.prepare("SELECT a.activity_id, a.client_id, c.name, a.present, a.note "
                             "FROM group_activities g JOIN group_attendance a ON a.activity_id = g.id "
                             "JOIN clients c ON c.id = a.client_id WHERE g.held_on BETWEEN ? AND ? "
                             "ORDER BY c.sort_key, c.name");
    r.bindAll(isoDate(from), isoDate(to));
    while (r.step())
        if (const auto it = index.constFind(r.text(0)); it != index.cend())
            out[*it].roster.append(readAttendee(r, 1));
    if (!actor.can(Permission::ViewClinicalRecords))
        for (GroupActivity& a : out)
            redactNotes(a);
    return out;
}

Result<QList<GroupAttendance>> GroupActivityRepository::forClient(const Actor& actor, const QString& clientId)
{
    if (!actor.can(Permission::ViewClinicalRecords))
        return Error{Tr::tr("Your role may not see group attendance."), {}, NotPermitted};
    Statement s = m_journal.database().prepare(
        "SELECT g.id, g.topic, g.held_on, g.starts_at, g.minutes, g.content, g.place, g.facilitators, "
        "a.present, a.note FROM group_attendance a JOIN group_activities g ON g.id = a.activity_id "
        "WHERE a.client_id = ? ORDER BY g.held_on DESC, g.starts_at DESC, g.id");
    s.bind(1, clientId);
    QList<GroupAttendance> out;
    while (s.step()) {
        GroupAttendance a;
        a.activityId = s.text(0);
        a.topic = s.text(1);
        a.heldOn = dateFromIso(s.text(2));
        a.startsAt = QTime::fromString(s.text(3), QStringLiteral("HH:mm"));
        a.minutes = int(s.int64(4));
        a.content = s.text(5);
        a.place = ServicePlaces::fromKey(s.text(6)).value_or(ServicePlace::Centre);
        a.facilitators = s.text(7).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!s.isNull(8))
            a.present = s.int64(8) != 0;
        a.note = s.text(9);
        out.append(a);
    }
    return out;
}

Result<QString> GroupActivityRepository::saveGroup(const Actor& actor, const QString& name,
                                                   const QStringList& clientIds)
{
    if (!actor.can(Permission::EditClinicalRecords))
        return Error{Tr::tr("Your role may not save groups."), {}, NotPermitted};
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{Tr::tr("Enter a name for the group."), QStringLiteral("name"), Invalid};
    if (trimmed.size() > kMaxGroupNameLength)
        return Error{Tr::tr("The name is longer than %1 characters.").arg(kMaxGroupNameLength),
                     QStringLiteral("name"), Invalid};
    QStringList members;
    for (const QString& id : clientIds)
        if (!id.trimmed().isEmpty() && !members.contains(id.trimmed()))
            members << id.trimmed();
    if (members.isEmpty())
        return Error{Tr::tr("A group needs at least one client."), QStringLiteral("members"), Invalid};
    if (members.size() > GroupActivity::kMaxCapacity)
        return Error{Tr::tr("A group has at most %1 clients.").arg(GroupActivity::kMaxCapacity),
                     QStringLiteral("members"), Invalid};
    Database& db = m_journal.database();
    Transaction tx(db);
    for (const QString& id : std::as_const(members)) {
        auto c = db.cached("SELECT 1 FROM clients WHERE id = ?");
        c->bind(1, id);
        if (!c->step())
            return Error{Tr::tr("A client of the group was not found."), QStringLiteral("members"), NotFound};
    }
    const QString now = m_journal.clock().nowIso();
    const QString joined = members.join(QLatin1Char(' '));
    QString id;
    {
        auto s = db.cached("SELECT id FROM saved_groups WHERE name = ?");
        s->bind(1, trimmed);
        if (s->step())
            id = s->text(0);
    }
    const Change::Op op = id.isEmpty() ? Change::Op::Create : Change::Op::Update;
    if (id.isEmpty()) {
        id = newId();
        db.cached("INSERT INTO saved_groups(id, name, members, created_by, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)")
            ->bindAll(id, trimmed, joined, actor.username, now, now)
            .exec();
    } else {
        db.cached("UPDATE saved_groups SET members = ?, updated_at = ? WHERE id = ?")
            ->bindAll(joined, now, id)
            .exec();
    }
    m_journal.record(actor, {QStringLiteral("saved_group"),
                             id,
                             op,
                             {},
                             {{QStringLiteral("name"), trimmed}, {QStringLiteral("members"), joined}},
                             std::nullopt,
                             false});
    tx.commit();
    return id;
}

Result<void> GroupActivityRepository::removeGroup(const Actor& actor, const QString& id)
{
    if (!actor.can(Permission::EditClinicalRecords))
        return Error{Tr::tr("Your role may not remove saved groups."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    db.cached("DELETE FROM saved_groups WHERE id = ?")->bindAll(id).exec();
    if (db.changes() == 0)
        return Error{Tr::tr("The saved group was not found."), {}, NotFound};
    m_journal.record(actor,
                     {QStringLiteral("saved_group"), id, Change::Op::Delete, {}, {}, std::nullopt, false});
    tx.commit();
    return {};
}

Result<QList<SavedGroup>> GroupActivityRepository::savedGroups(const Actor& actor)
{
    if (!actor.can(Permission::ViewClients))
        return Error{Tr::tr("Your role may not see saved groups."), {}, NotPermitted};
    Statement s = m_journal.database().prepare("SELECT id, name, members FROM saved_groups ORDER BY name");
    QList<SavedGroup> out;
    while (s.step())
        out.append({s.text(0), s.text(1), s.text(2).split(QLatin1Char(' '), Qt::SkipEmptyParts)});
    return out;
}

Result<int> GroupActivityRepository::importHistory(const Actor& actor, const QList<GroupActivity>& activities)
{
    if (!actor.can(Permission::EditClinicalRecords))
        return Error{Tr::tr("Your role may not plan group activities."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    QHash<QString, bool> staff;
    QSet<QString> attended;
    const QDateTime now = m_journal.clock().now();
    const QString nowIso = m_journal.clock().nowIso();
    int written = 0;
    for (GroupActivity a : activities) {
        QList<Error> errors = checkDetails(a, staff);
        for (const Attendee& p : std::as_const(a.roster)) {
            auto c = db.cached("SELECT 1 FROM clients WHERE id = ?");
            c->bind(1, p.clientId);
            if (!c->step())
                errors.append(Error{Tr::tr("A client on the roster was not found."), QStringLiteral("roster"),
                                    NotFound});
            if (p.note.size() > GroupActivity::kMaxNoteLength)
                errors.append(
                    Error{Tr::tr("A note is longer than %1 characters.").arg(GroupActivity::kMaxNoteLength),
                          QStringLiteral("note-") + p.clientId, Invalid});
        }
        if (!errors.isEmpty()) {
            Error e = combined(errors);
            e.message = Tr::tr("Meeting %1 (%2): %3").arg(written + 1).arg(isoDate(a.heldOn), e.message);
            return e;
        }
        if (a.id.isEmpty())
            a.id = newId();
        if (a.createdBy.isEmpty())
            a.createdBy = actor.username;
        const QString createdAt = a.createdAt.isValid() ? a.createdAt.toUTC().toString(Qt::ISODateWithMs)
                                                        : now.toUTC().toString(Qt::ISODateWithMs);
        insertActivity(db, a, createdAt, nowIso);
        for (const Attendee& p : std::as_const(a.roster)) {
            insertAttendee(db, a.id, p);
            if (p.present.value_or(false))
                attended.insert(p.clientId);
        }
        ++written;
    }
    for (const QString& id : std::as_const(attended))
        LastContact::refresh(db, id);
    if (written > 0)
        m_journal.record(actor, {entity(),
                                 newId(), // the batch: the audit log needs an id, the meetings have their own
                                 Change::Op::Create,
                                 QStringLiteral("import"),
                                 {{QStringLiteral("count"), written}},
                                 std::nullopt,
                                 false});
    tx.commit();
    return written;
}

} // namespace kq
