#pragma once

#include <QDate>
#include <QList>
#include <QStringList>
#include <QTime>

namespace kq {

class Database;
struct Actor;

// One thing on the centre's calendar: an individual session held, a group meeting, or a next
// appointment set by a session. Only what a calendar shows: never the session's observations.
struct ScheduleEntry {
    enum class Kind { Session, GroupActivity, Appointment };

    Kind kind = Kind::Session;
    QString id;         // the session (for an appointment: the session that set it) or the meeting
    QString clientId;   // empty for a group meeting
    QString clientName; // empty for a group meeting
    QString title;      // the session's service contents, the group's topic, or "Appointment"
    QDate day;
    QTime startsAt;     // invalid for an appointment made without a time
    int minutes = 0;    // 0 for an appointment
    QStringList staff;  // usernames: the session's member of staff or the group's facilitators
    int rosterSize = 0; // group meetings: clients on the roster
    int capacity = 0;   // group meetings
    bool attendanceTaken = false;

    static QString kindName(Kind kind); // for people, translated
};

// The centre's week: sessions, group meetings and appointments between two days.
class Schedule {
public:
    // Entries from `from` to `to` (both included), ordered by day, then time (an appointment
    // without a time first), then kind and name. With `staffUsername`, only that person's sessions
    // and appointments and the meetings they facilitate. Needs ViewClients: the titles are service
    // contents, not clinical notes. An appointment is left out once the client has a later
    // session on or after its day, or a later session set a new appointment (rescheduled).
    static QList<ScheduleEntry> between(Database& db, const Actor& actor, QDate from, QDate to,
                                        const QString& staffUsername = {});
    // Only the appointments of between(), in no particular order (the today list reads these).
    static QList<ScheduleEntry> appointments(Database& db, const Actor& actor, QDate from, QDate to,
                                             const QString& staffUsername = {});
};

} // namespace kq
