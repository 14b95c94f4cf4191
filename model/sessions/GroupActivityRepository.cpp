#include "GroupActivityRepository.h"

#include "GroupActivityRows.h"
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
#include <QHash>
#include <QSet>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GroupActivityRepository)
};

namespace Rows = GroupActivityRows;
using Attendee = GroupActivity::Attendee;

constexpr int kMaxMinutes = 720;
constexpr int kMaxNotesLength = 2000;
constexpr int kMaxGroupNameLength = 50;

// Every problem on its own line; the field and code of the first, so the form focuses it.
Error combined(const QList<Error>& errors)
{
    return combinedErrors(errors, errors.first().code);
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

Error notPlanner()
{
    return Error{
        Tr::tr("Your role may not plan group activities."), {}, GroupActivityRepository::NotPermitted};
}

Error meetingNotFound()
{
    return Error{Tr::tr("The group meeting was not found."), {}, GroupActivityRepository::NotFound};
}

// The stored roster by client: clients who stay keep their attendance and note.
QHash<QString, Attendee> byClient(const QList<Attendee>& roster)
{
    QHash<QString, Attendee> out;
    for (const Attendee& a : roster)
        out.insert(a.clientId, a);
    return out;
}

void keepAttendance(QList<Attendee>& roster, const QHash<QString, Attendee>& kept)
{
    for (Attendee& a : roster) {
        const Attendee old = kept.value(a.clientId);
        a.present = old.present;
        a.note = old.note;
    }
}

// Clients already on the roster of a meeting that keeps its day are not checked again: a client
// discharged since must not stop a correction of the topic, nor the booking of someone else.
QSet<QString> staying(const QList<Attendee>& roster, const QHash<QString, Attendee>& kept)
{
    QSet<QString> out;
    for (const Attendee& a : roster)
        if (kept.contains(a.clientId))
            out.insert(a.clientId);
    return out;
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

    a.roster = Rows::distinct(a.roster);
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
        return notPlanner();
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
        Rows::insertActivity(db, meeting, now, now);
        for (const Attendee& a : std::as_const(meeting.roster))
            Rows::insertAttendee(db, meeting.id, a);
        QVariantMap fields = Rows::fieldsOf(meeting);
        fields.insert(QStringLiteral("created_by"), meeting.createdBy);
        fields.insert(QStringLiteral("created_at"), now);
        m_journal.record(actor,
                         {Rows::entity(), meeting.id, Change::Op::Create, {}, fields, std::nullopt, true});
        saved.ids << meeting.id;
    }
    tx.commit();
    return saved;
}

Result<GroupActivityRepository::Saved> GroupActivityRepository::update(const Actor& actor,
                                                                       GroupActivity activity)
{
    if (!actor.can(Permission::EditClinicalRecords))
        return notPlanner();
    Database& db = m_journal.database();
    Transaction tx(db);
    const std::optional<Rows::Stored> stored = Rows::load(db, activity.id);
    if (!stored)
        return meetingNotFound();
    const GroupActivity& before = stored->activity;
    QHash<QString, bool> staff;
    QList<Error> errors = checkDetails(activity, staff);
    const QDate today = m_journal.clock().now().toLocalTime().date();
    if (before.attendanceTaken() && activity.heldOn.isValid() && activity.heldOn > today)
        errors.append(
            Error{Tr::tr("Attendance has been taken; the meeting cannot move to a day after today."),
                  QStringLiteral("held-on"), TooEarly});

    const QHash<QString, Attendee> kept = byClient(before.roster);
    QSet<QString> settled =
        activity.heldOn == before.heldOn ? staying(activity.roster, kept) : QSet<QString>();
    QStringList warnings;
    if (activity.heldOn.isValid())
        errors << checkRoster(activity.roster, activity.heldOn, settled, warnings);
    if (!errors.isEmpty())
        return combined(errors);

    activity.seriesId = before.seriesId;
    activity.createdBy = before.createdBy;
    activity.createdAt = before.createdAt;
    activity.attendanceTakenAt = before.attendanceTakenAt;
    keepAttendance(activity.roster, kept);
    const QVariantMap old = Rows::fieldsOf(before);
    QVariantMap changed = Rows::fieldsOf(activity);
    for (auto it = changed.begin(); it != changed.end();)
        it = old.value(it.key()) == it.value() ? changed.erase(it) : std::next(it);
    Saved saved{{activity.id}, warnings};
    if (changed.isEmpty())
        return saved;

    Rows::updateDetails(db, activity, m_journal.clock().nowIso());
    Rows::replaceRoster(db, activity.id, before.roster, activity.roster);
    // Attendance already taken travels with a new roster, so the other workstations know the
    // attendance of the clients who stay and that those added have none yet.
    if (before.attendanceTaken() && changed.contains(QStringLiteral("roster")))
        changed.insert(QStringLiteral("attendance"), Rows::attendanceJson(activity.roster));
    m_journal.record(actor,
                     {Rows::entity(), activity.id, Change::Op::Update, {}, changed, stored->serverRev, true});
    // A new day or a client taken off changes the last contact of those who attended.
    if (before.attendanceTaken()) {
        QSet<QString> touched(kept.keyBegin(), kept.keyEnd());
        for (const Attendee& a : std::as_const(activity.roster))
            touched.insert(a.clientId);
        for (const QString& id : std::as_const(touched))
            LastContact::refresh(db, id);
    }
    tx.commit();
    return saved;
}

Result<GroupActivityRepository::Saved>
GroupActivityRepository::book(const Actor& actor, const QString& activityId, const QStringList& clientIds)
{
    if (!actor.can(Permission::BookActivities))
        return Error{Tr::tr("Your role may not book clients onto group activities."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    const std::optional<Rows::Stored> stored = Rows::load(db, activityId);
    if (!stored)
        return meetingNotFound();
    const GroupActivity& before = stored->activity;
    const QString field = QStringLiteral("roster");
    if (before.attendanceTaken())
        return Error{Tr::tr("Attendance has been taken for this meeting, so its roster is kept; a case "
                            "manager corrects it with the attendance."),
                     field, Locked};

    QList<Attendee> roster;
    for (const QString& id : clientIds)
        roster.append({id, {}, {}, {}});
    roster = Rows::distinct(roster);
    // The meeting keeps its day, so only the clients booked now are checked.
    const QHash<QString, Attendee> kept = byClient(before.roster);
    QSet<QString> settled = staying(roster, kept);
    QStringList warnings;
    QList<Error> errors = checkRoster(roster, before.heldOn, settled, warnings);
    if (roster.size() > before.capacity) {
        // Those who stay had their places already: the last clients booked now are the ones over.
        QStringList over;
        for (qsizetype i = roster.size() - 1; i >= 0 && over.size() < roster.size() - before.capacity; --i)
            if (!kept.contains(roster[i].clientId))
                over.prepend(roster[i].clientName.isEmpty() ? roster[i].clientId : roster[i].clientName);
        errors.prepend(Error{Tr::tr("The meeting holds %1 people; there is no room for %2.")
                                 .arg(before.capacity)
                                 .arg(over.join(Tr::tr(", "))),
                             field, OverCapacity});
    }
    if (!errors.isEmpty())
        return combined(errors);

    keepAttendance(roster, kept);
    Saved saved{{activityId}, warnings};
    QSet<QString> ids;
    for (const Attendee& a : std::as_const(roster))
        ids.insert(a.clientId);
    if (ids == QSet<QString>(kept.keyBegin(), kept.keyEnd()))
        return saved;

    Rows::replaceRoster(db, activityId, before.roster, roster);
    Rows::touch(db, activityId, m_journal.clock().nowIso());
    m_journal.record(actor, {Rows::entity(),
                             activityId,
                             Change::Op::Update,
                             {},
                             {{QStringLiteral("roster"), Rows::rosterJson(roster)}},
                             stored->serverRev,
                             true});
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
    std::optional<Rows::Stored> stored = Rows::load(db, activityId);
    if (!stored)
        return meetingNotFound();
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

    Rows::writeAttendance(db, activityId, meeting.roster, m_journal.clock().nowIso());
    m_journal.record(actor, {Rows::entity(),
                             activityId,
                             Change::Op::Update,
                             {},
                             {{QStringLiteral("attendance"), Rows::attendanceJson(meeting.roster)},
                              {QStringLiteral("attendance_on"), Rows::attendanceTakenOn(db, activityId)}},
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
        return notPlanner();
    Database& db = m_journal.database();
    Transaction tx(db);
    const std::optional<Rows::Stored> stored = Rows::load(db, activityId);
    if (!stored)
        return meetingNotFound();
    if (stored->activity.attendanceTaken())
        return Error{Tr::tr("Attendance has been taken for this meeting, so it is kept; correct the "
                            "attendance instead."),
                     {},
                     Locked};
    Rows::remove(db, activityId);
    m_journal.record(actor,
                     {Rows::entity(), activityId, Change::Op::Delete, {}, {}, stored->serverRev, true});
    tx.commit();
    return {};
}

Result<GroupActivity> GroupActivityRepository::find(const Actor& actor, const QString& id)
{
    if (!actor.can(Permission::ViewClients))
        return Error{Tr::tr("Your role may not see group activities."), {}, NotPermitted};
    std::optional<Rows::Stored> stored = Rows::load(m_journal.database(), id);
    if (!stored)
        return meetingNotFound();
    if (!actor.can(Permission::ViewClinicalRecords))
        Rows::redactNotes(stored->activity);
    return stored->activity;
}

Result<QList<GroupActivity>> GroupActivityRepository::between(const Actor& actor, const QDate& from,
                                                              const QDate& to)
{
    if (!actor.can(Permission::ViewClients))
        return Error{Tr::tr("Your role may not see group activities."), {}, NotPermitted};
    QList<GroupActivity> out = Rows::between(m_journal.database(), from, to);
    if (!actor.can(Permission::ViewClinicalRecords))
        for (GroupActivity& a : out)
            Rows::redactNotes(a);
    return out;
}

Result<QList<GroupAttendance>> GroupActivityRepository::forClient(const Actor& actor, const QString& clientId)
{
    if (!actor.can(Permission::ViewClinicalRecords))
        return Error{Tr::tr("Your role may not see group attendance."), {}, NotPermitted};
    return Rows::forClient(m_journal.database(), clientId);
}

Result<QString> GroupActivityRepository::saveGroup(const Actor& actor, const QString& name,
                                                   const QStringList& clientIds)
{
    if (!actor.can(Permission::BookActivities))
        return Error{Tr::tr("Your role may not save groups."), {}, NotPermitted};
    SavedGroup group{{}, name.trimmed(), {}};
    if (group.name.isEmpty())
        return Error{Tr::tr("Enter a name for the group."), QStringLiteral("name"), Invalid};
    if (group.name.size() > kMaxGroupNameLength)
        return Error{Tr::tr("The name is longer than %1 characters.").arg(kMaxGroupNameLength),
                     QStringLiteral("name"), Invalid};
    for (const QString& id : clientIds)
        if (!id.trimmed().isEmpty() && !group.members.contains(id.trimmed()))
            group.members << id.trimmed();
    if (group.members.isEmpty())
        return Error{Tr::tr("A group needs at least one client."), QStringLiteral("members"), Invalid};
    if (group.members.size() > GroupActivity::kMaxCapacity)
        return Error{Tr::tr("A group has at most %1 clients.").arg(GroupActivity::kMaxCapacity),
                     QStringLiteral("members"), Invalid};
    Database& db = m_journal.database();
    Transaction tx(db);
    for (const QString& id : std::as_const(group.members))
        if (!Rows::clientExists(db, id))
            return Error{Tr::tr("A client of the group was not found."), QStringLiteral("members"), NotFound};
    const QString now = m_journal.clock().nowIso();
    group.id = Rows::groupIdByName(db, group.name);
    const Change::Op op = group.id.isEmpty() ? Change::Op::Create : Change::Op::Update;
    if (group.id.isEmpty()) {
        group.id = newId();
        Rows::insertGroup(db, group, actor.username, now);
    } else {
        Rows::updateGroupMembers(db, group.id, group.members, now);
    }
    m_journal.record(actor, {QStringLiteral("saved_group"),
                             group.id,
                             op,
                             {},
                             {{QStringLiteral("name"), group.name},
                              {QStringLiteral("members"), group.members.join(QLatin1Char(' '))}},
                             std::nullopt,
                             false});
    tx.commit();
    return group.id;
}

Result<void> GroupActivityRepository::removeGroup(const Actor& actor, const QString& id)
{
    if (!actor.can(Permission::BookActivities))
        return Error{Tr::tr("Your role may not remove saved groups."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    if (!Rows::removeGroup(db, id))
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
    return Rows::savedGroups(m_journal.database());
}

Result<int> GroupActivityRepository::importHistory(const Actor& actor, const QList<GroupActivity>& activities)
{
    if (!actor.can(Permission::EditClinicalRecords))
        return notPlanner();
    Database& db = m_journal.database();
    Transaction tx(db);
    StatisticsResults::suspendTriggersForBulk(db, activities.size());
    QHash<QString, bool> staff;
    QSet<QString> attended;
    const QDateTime now = m_journal.clock().now();
    const QString nowIso = m_journal.clock().nowIso();
    int written = 0;
    for (GroupActivity a : activities) {
        QList<Error> errors = checkDetails(a, staff);
        for (const Attendee& p : std::as_const(a.roster)) {
            if (!Rows::clientExists(db, p.clientId))
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
        Rows::insertActivity(db, a, createdAt, nowIso);
        for (const Attendee& p : std::as_const(a.roster)) {
            Rows::insertAttendee(db, a.id, p);
            if (p.present.value_or(false))
                attended.insert(p.clientId);
        }
        ++written;
    }
    for (const QString& id : std::as_const(attended))
        LastContact::refresh(db, id);
    if (written > 0)
        m_journal.record(actor, {Rows::entity(),
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
