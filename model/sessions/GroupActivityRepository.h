#pragma once

#include "GroupActivity.h"
#include "core/Result.h"

#include <QHash>
#include <QSet>

namespace kq {

class Journal;
struct Actor;

// Group activities, their rosters and attendance. Planning, attendance and removal need
// EditClinicalRecords; booking clients onto a meeting and saved groups need BookActivities (the
// front desk books people onto them). Writes go through the Journal (entity
// "group_activity", synced) in one transaction. The rows themselves are GroupActivityRows'.
//
// Rules: a topic; at least one facilitator, each an active account that keeps case records; date,
// start time, 1..720 minutes; a known, active content and form; capacity 1..kMaxCapacity and a
// roster no larger; roster clients exist, are in service and pass ServiceGate on the meeting day
// (block mode refuses naming the client; warn mode returns warnings). Attendance is taken on or
// after the meeting day, for every client on the roster; it may be corrected later (audited). A
// meeting whose attendance has been taken is not deleted.
class GroupActivityRepository {
public:
    enum ErrorCode { NotPermitted = 620, NotFound, Invalid, OverCapacity, NotInService, TooEarly, Locked };
    // Field names: "topic", "facilitators", "held-on", "starts-at", "minutes", "content", "form",
    // "place", "capacity", "notes", "roster", "repeat-until", "attendance", "note-<clientId>".

    struct Saved {
        QStringList ids;      // one per meeting created (a weekly series: every meeting)
        QStringList warnings; // the gate's, in warn mode
    };

    explicit GroupActivityRepository(Journal& journal) : m_journal(journal) {}

    // A meeting, or a weekly series from activity.heldOn through repeatWeeklyUntil (inclusive,
    // at most kMaxWeeks meetings), each with the same roster.
    Result<Saved> create(const Actor& actor, GroupActivity activity, const QDate& repeatWeeklyUntil = {});
    // Details and roster of one stored meeting (attendance is kept for clients still on the roster).
    Result<Saved> update(const Actor& actor, GroupActivity activity);
    // The roster of one stored meeting, replaced by `clientIds` (BookActivities): clients who stay
    // keep their rows; those booked now pass the roster rules on the meeting's day, and the roster
    // fits the capacity (the clients without a place are named). Locked once attendance is taken.
    // Journaled as an update of the roster.
    Result<Saved> book(const Actor& actor, const QString& activityId, const QStringList& clientIds);
    // present/note for every client on the roster, in one pass.
    Result<Saved> takeAttendance(const Actor& actor, const QString& activityId,
                                 const QList<GroupActivity::Attendee>& attendance);
    // Before attendance is taken only (Locked otherwise).
    Result<void> remove(const Actor& actor, const QString& activityId);

    // Need ViewClients (rosters list names only; notes need ViewClinicalRecords).
    Result<GroupActivity> find(const Actor& actor, const QString& id);
    // Meetings held from..to inclusive, by date and time, with their rosters.
    Result<QList<GroupActivity>> between(const Actor& actor, const QDate& from, const QDate& to);
    // One client's meetings, newest first. Needs ViewClinicalRecords.
    Result<QList<GroupAttendance>> forClient(const Actor& actor, const QString& clientId);

    // Saved groups (BookActivities to save or remove; ViewClients to list). Saving under an
    // existing name replaces its members. Not synced: a working list of this centre's staff.
    Result<QString> saveGroup(const Actor& actor, const QString& name, const QStringList& clientIds);
    Result<void> removeGroup(const Actor& actor, const QString& id);
    Result<QList<SavedGroup>> savedGroups(const Actor& actor);

    // Meetings written elsewhere (the demo's history): checked field by field, not against the
    // gate or the case state; no outbox operations, one audit entry per batch. Call inside a
    // transaction. Returns how many meetings were written.
    Result<int> importHistory(const Actor& actor, const QList<GroupActivity>& activities);

private:
    // Trims and de-duplicates, then every field rule (staff: usernames already looked up).
    QList<Error> checkDetails(GroupActivity& activity, QHash<QString, bool>& staff);
    // Names and case states of the roster, and the gate on `day`; clients in `settled` are only
    // named, and any client with a problem joins it (so a series names each client once).
    QList<Error> checkRoster(QList<GroupActivity::Attendee>& roster, const QDate& day, QSet<QString>& settled,
                             QStringList& warnings);

    Journal& m_journal;
};

} // namespace kq
