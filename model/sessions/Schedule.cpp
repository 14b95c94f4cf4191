#include "Schedule.h"

#include "auth/Actor.h"
#include "services/ServiceCatalogue.h"
#include "store/Database.h"
#include "store/StoredValues.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Schedule)
};

QTime timeFrom(const QString& text)
{
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

QStringList usernames(const QString& spaceSeparated)
{
    return spaceSeparated.split(u' ', Qt::SkipEmptyParts);
}
} // namespace

QString ScheduleEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Session:
        return Tr::tr("Session");
    case Kind::GroupActivity:
        return Tr::tr("Group activity");
    case Kind::Appointment:
        return Tr::tr("Appointment");
    }
    return {};
}

QList<ScheduleEntry> Schedule::between(Database& db, const Actor& actor, QDate from, QDate to,
                                       const QString& staffUsername)
{
    QList<ScheduleEntry> out;
    if (!actor.can(Permission::ViewClients) || !from.isValid() || !to.isValid() || from > to)
        return out;
    const QString first = isoDate(from);
    const QString last = isoDate(to);
    const bool everyone = staffUsername.isEmpty();
    // CROSS JOIN keeps the sessions outermost: a range of sessions_by_day_all (or sessions_by_next),
    // then one clients lookup by primary key each, never a walk over 100k clients.
    Statement held =
        db.prepare("SELECT s.id, s.client_id, c.name, s.contents, s.held_on, s.starts_at, "
                   "s.minutes, s.staff FROM sessions s CROSS JOIN clients c ON c.id = s.client_id "
                   "WHERE s.held_on BETWEEN ?1 AND ?2 AND (?3 IS NULL OR s.staff = ?3)");
    held.bindAll(first, last, everyone ? QString() : staffUsername);
    const ServiceCatalogue catalogue = ServiceCatalogue::load(db);
    while (held.step()) {
        QStringList contents;
        for (const QString& key : held.text(3).split(u' ', Qt::SkipEmptyParts))
            contents << catalogue.contentName(key);
        ScheduleEntry e;
        e.kind = ScheduleEntry::Kind::Session;
        e.id = held.text(0);
        e.clientId = held.text(1);
        e.clientName = held.text(2);
        e.title = QLocale().createSeparatedList(contents);
        e.day = held.date(4);
        e.startsAt = timeFrom(held.text(5));
        e.minutes = int(held.int64(6));
        e.staff = {held.text(7)};
        out.append(e);
    }

    // The roster count reads group_attendance's primary key (activity_id, client_id).
    Statement meetings = db.prepare(
        "SELECT g.id, g.topic, g.held_on, g.starts_at, g.minutes, g.facilitators, g.capacity, "
        "g.attendance_on IS NOT NULL, (SELECT count(*) FROM group_attendance a WHERE a.activity_id = g.id) "
        "FROM group_activities g WHERE g.held_on BETWEEN ?1 AND ?2");
    meetings.bindAll(first, last);
    while (meetings.step()) {
        const QStringList facilitators = usernames(meetings.text(5));
        if (!everyone && !facilitators.contains(staffUsername))
            continue;
        ScheduleEntry e;
        e.kind = ScheduleEntry::Kind::GroupActivity;
        e.id = meetings.text(0);
        e.title = meetings.text(1);
        e.day = meetings.date(2);
        e.startsAt = timeFrom(meetings.text(3));
        e.minutes = int(meetings.int64(4));
        e.staff = facilitators;
        e.capacity = int(meetings.int64(6));
        e.attendanceTaken = meetings.int64(7) != 0;
        e.rosterSize = int(meetings.int64(8));
        out.append(e);
    }

    out.append(appointments(db, actor, from, to, staffUsername));

    std::stable_sort(out.begin(), out.end(), [](const ScheduleEntry& a, const ScheduleEntry& b) {
        if (a.day != b.day)
            return a.day < b.day;
        // An invalid time (an appointment for the day) counts as the start of the day.
        const int ta = a.startsAt.isValid() ? a.startsAt.msecsSinceStartOfDay() : -1;
        const int tb = b.startsAt.isValid() ? b.startsAt.msecsSinceStartOfDay() : -1;
        if (ta != tb)
            return ta < tb;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return QString::compare(a.clientName + a.title, b.clientName + b.title) < 0;
    });
    return out;
}

QList<ScheduleEntry> Schedule::appointments(Database& db, const Actor& actor, QDate from, QDate to,
                                            const QString& staffUsername)
{
    QList<ScheduleEntry> out;
    if (!actor.can(Permission::ViewClients) || !from.isValid() || !to.isValid() || from > to)
        return out;
    // An appointment stands until the client is seen on or after its day, or a later session
    // sets another one (it was moved). Both checks read sessions_by_client for that one client.
    Statement next = db.prepare(
        "SELECT s.id, s.client_id, c.name, s.next_on, s.next_at, s.staff "
        "FROM sessions s CROSS JOIN clients c ON c.id = s.client_id "
        "WHERE s.next_on BETWEEN ?1 AND ?2 AND (?3 IS NULL OR s.staff = ?3) "
        "AND NOT EXISTS (SELECT 1 FROM sessions l WHERE l.client_id = s.client_id AND l.id <> s.id "
        "AND (l.held_on >= s.next_on OR (l.next_on IS NOT NULL AND (l.held_on > s.held_on "
        "OR (l.held_on = s.held_on AND l.starts_at > s.starts_at)))))");
    next.bindAll(isoDate(from), isoDate(to), staffUsername.isEmpty() ? QString() : staffUsername);
    while (next.step()) {
        ScheduleEntry e;
        e.kind = ScheduleEntry::Kind::Appointment;
        e.id = next.text(0);
        e.clientId = next.text(1);
        e.clientName = next.text(2);
        e.title = ScheduleEntry::kindName(ScheduleEntry::Kind::Appointment);
        e.day = next.date(3);
        e.startsAt = timeFrom(next.text(4));
        e.staff = {next.text(5)};
        out.append(e);
    }
    return out;
}

} // namespace kq
