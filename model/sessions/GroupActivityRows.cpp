#include "GroupActivityRows.h"

#include "store/Database.h"
#include "store/StoredValues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace kq::GroupActivityRows {

namespace {
using Attendee = GroupActivity::Attendee;

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString members(const QStringList& ids)
{
    return ids.join(QLatin1Char(' '));
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
} // namespace

QString entity()
{
    return QStringLiteral("group_activity");
}

QString hhmm(const QTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

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

void redactNotes(GroupActivity& a)
{
    a.notes.clear();
    for (Attendee& p : a.roster)
        p.note.clear();
}

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

QList<GroupActivity> between(Database& db, const QDate& from, const QDate& to)
{
    Statement s = db.prepare(std::string(kActivitySelect) +
                             "WHERE held_on BETWEEN ? AND ? ORDER BY held_on, starts_at, topic, id");
    s.bindAll(isoDate(from), isoDate(to));
    QList<GroupActivity> out;
    QHash<QString, qsizetype> index;
    while (s.step()) {
        index.insert(s.text(0), out.size());
        out.append(readActivity(s));
    }
    Statement r = db.prepare("SELECT a.activity_id, a.client_id, c.name, a.present, a.note "
                             "FROM group_activities g JOIN group_attendance a ON a.activity_id = g.id "
                             "JOIN clients c ON c.id = a.client_id WHERE g.held_on BETWEEN ? AND ? "
                             "ORDER BY c.sort_key, c.name");
    r.bindAll(isoDate(from), isoDate(to));
    while (r.step())
        if (const auto it = index.constFind(r.text(0)); it != index.cend())
            out[*it].roster.append(readAttendee(r, 1));
    return out;
}

QList<GroupAttendance> forClient(Database& db, const QString& clientId)
{
    Statement s = db.prepare(
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

bool clientExists(Database& db, const QString& clientId)
{
    auto c = db.cached("SELECT 1 FROM clients WHERE id = ?");
    c->bind(1, clientId);
    return c->step();
}

void insertActivity(Database& db, const GroupActivity& a, const QString& createdAt, const QString& updatedAt)
{
    // OR FAIL: no statement journal under the statistics triggers (see SessionLogRepository).
    db.cached("INSERT OR FAIL INTO group_activities(id, series_id, topic, facilitators, held_on, starts_at, "
              "minutes, "
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
    auto s = db.cached(
        "INSERT OR FAIL INTO group_attendance(activity_id, client_id, present, note) VALUES (?, ?, ?, ?)");
    s->bindAll(activityId, a.clientId);
    if (a.present)
        s->bind(3, *a.present);
    else
        s->bind(3, nullptr);
    s->bind(4, nullIfEmpty(a.note));
    s->exec();
}

void updateDetails(Database& db, const GroupActivity& a, const QString& now)
{
    db.cached(
          "UPDATE group_activities SET topic = ?, facilitators = ?, held_on = ?, starts_at = ?, minutes = ?, "
          "content = ?, form = ?, place = ?, capacity = ?, notes = ?, rev = rev + 1, updated_at = ? "
          "WHERE id = ?")
        ->bindAll(a.topic, a.facilitators.join(QLatin1Char(' ')), isoDate(a.heldOn), hhmm(a.startsAt),
                  a.minutes, a.content, a.form, ServicePlaces::key(a.place), a.capacity, nullIfEmpty(a.notes),
                  now, a.id)
        .exec();
}

void touch(Database& db, const QString& activityId, const QString& now)
{
    db.cached("UPDATE group_activities SET rev = rev + 1, updated_at = ? WHERE id = ?")
        ->bindAll(now, activityId)
        .exec();
}

void replaceRoster(Database& db, const QString& activityId, const QList<Attendee>& before,
                   const QList<Attendee>& after)
{
    QSet<QString> was;
    for (const Attendee& a : before)
        was.insert(a.clientId);
    QSet<QString> onRoster;
    for (const Attendee& a : after) {
        onRoster.insert(a.clientId);
        if (!was.contains(a.clientId))
            insertAttendee(db, activityId, a);
    }
    for (const Attendee& a : before)
        if (!onRoster.contains(a.clientId))
            db.cached("DELETE FROM group_attendance WHERE activity_id = ? AND client_id = ?")
                ->bindAll(activityId, a.clientId)
                .exec();
}

void writeAttendance(Database& db, const QString& activityId, const QList<Attendee>& roster,
                     const QString& now)
{
    for (const Attendee& a : roster)
        db.cached("UPDATE group_attendance SET present = ?, note = ? WHERE activity_id = ? AND client_id = ?")
            ->bindAll(a.present.value_or(false), nullIfEmpty(a.note), activityId, a.clientId)
            .exec();
    // The first taking is when attendance was taken; corrections are in the audit log.
    db.cached("UPDATE group_activities SET attendance_on = COALESCE(attendance_on, ?), rev = rev + 1, "
              "updated_at = ? WHERE id = ?")
        ->bindAll(now, now, activityId)
        .exec();
}

void remove(Database& db, const QString& activityId)
{
    db.cached("DELETE FROM group_attendance WHERE activity_id = ?")->bindAll(activityId).exec();
    db.cached("DELETE FROM group_activities WHERE id = ?")->bindAll(activityId).exec();
}

QString attendanceTakenOn(Database& db, const QString& activityId)
{
    auto s = db.cached("SELECT attendance_on FROM group_activities WHERE id = ?");
    s->bind(1, activityId);
    return s->step() ? s->text(0) : QString();
}

QString groupIdByName(Database& db, const QString& name)
{
    auto s = db.cached("SELECT id FROM saved_groups WHERE name = ?");
    s->bind(1, name);
    return s->step() ? s->text(0) : QString();
}

void insertGroup(Database& db, const SavedGroup& group, const QString& createdBy, const QString& now)
{
    db.cached("INSERT INTO saved_groups(id, name, members, created_by, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?)")
        ->bindAll(group.id, group.name, members(group.members), createdBy, now, now)
        .exec();
}

void updateGroupMembers(Database& db, const QString& id, const QStringList& ids, const QString& now)
{
    db.cached("UPDATE saved_groups SET members = ?, updated_at = ? WHERE id = ?")
        ->bindAll(members(ids), now, id)
        .exec();
}

bool removeGroup(Database& db, const QString& id)
{
    db.cached("DELETE FROM saved_groups WHERE id = ?")->bindAll(id).exec();
    return db.changes() > 0;
}

QList<SavedGroup> savedGroups(Database& db)
{
    Statement s = db.prepare("SELECT id, name, members FROM saved_groups ORDER BY name");
    QList<SavedGroup> out;
    while (s.step())
        out.append({s.text(0), s.text(1), s.text(2).split(QLatin1Char(' '), Qt::SkipEmptyParts)});
    return out;
}

} // namespace kq::GroupActivityRows
