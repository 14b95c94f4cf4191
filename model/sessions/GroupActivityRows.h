#pragma once

#include "GroupActivity.h"

#include <QVariantMap>

#include <optional>

namespace kq {

class Database;

// The rows behind GroupActivityRepository: group_activities, group_attendance and saved_groups,
// and the text forms they and the journal use. No rules and no permissions here: the repository
// checks, these read and write. Internal to the model.
namespace GroupActivityRows {

// The journal's entity for a meeting.
QString entity();
// "HH:mm", or empty for an invalid time.
QString hhmm(const QTime& t);
// The roster as the outbox sends it: a compact JSON array of client ids (no JSON1 in SQLite 3.15).
QString rosterJson(const QList<GroupActivity::Attendee>& roster);
// The attendance for the journal: [{client_id, present, note}, ...] as compact JSON.
QString attendanceJson(const QList<GroupActivity::Attendee>& roster);
// The meeting as the outbox sends it; also what update() compares to find the changed fields.
QVariantMap fieldsOf(const GroupActivity& a);
// The roster without blanks or repeats, trimmed, in the order given.
QList<GroupActivity::Attendee> distinct(const QList<GroupActivity::Attendee>& roster);
// What readers without ViewClinicalRecords do not see: the meeting's notes and each attendee's.
void redactNotes(GroupActivity& a);

// A stored meeting with its roster (by sort key, then name) and the server's revision, if synced.
struct Stored {
    GroupActivity activity;
    std::optional<qint64> serverRev;
};
std::optional<Stored> load(Database& db, const QString& id);
// Meetings held from..to inclusive, by date, time and topic, with their rosters (one read for all).
QList<GroupActivity> between(Database& db, const QDate& from, const QDate& to);
// One client's meetings, newest first.
QList<GroupAttendance> forClient(Database& db, const QString& clientId);
bool clientExists(Database& db, const QString& clientId);

// createdAt/updatedAt are ISO texts (UTC); the roster is written separately, by insertAttendee.
void insertActivity(Database& db, const GroupActivity& a, const QString& createdAt, const QString& updatedAt);
void insertAttendee(Database& db, const QString& activityId, const GroupActivity::Attendee& a);
// Details only (not the roster, not attendance); bumps rev.
void updateDetails(Database& db, const GroupActivity& a, const QString& now);
// Bumps rev and updated_at, for a change to the roster alone.
void touch(Database& db, const QString& activityId, const QString& now);
// Writes rows for clients on `after` but not `before` and deletes those of clients no longer on it;
// the rows of clients who stay are left as they are.
void replaceRoster(Database& db, const QString& activityId, const QList<GroupActivity::Attendee>& before,
                   const QList<GroupActivity::Attendee>& after);
// present/note of every attendee (each marked), and the first taking's time if not yet set.
void writeAttendance(Database& db, const QString& activityId, const QList<GroupActivity::Attendee>& roster,
                     const QString& now);
// The meeting and its roster.
void remove(Database& db, const QString& activityId);
// attendance_on as stored (the first taking, UTC ISO text), empty before.
QString attendanceTakenOn(Database& db, const QString& activityId);

// Saved groups: members as space-separated client ids.
QString groupIdByName(Database& db, const QString& name); // empty when there is none
void insertGroup(Database& db, const SavedGroup& group, const QString& createdBy, const QString& now);
void updateGroupMembers(Database& db, const QString& id, const QStringList& members, const QString& now);
bool removeGroup(Database& db, const QString& id); // false when there was none
QList<SavedGroup> savedGroups(Database& db);

} // namespace GroupActivityRows

} // namespace kq
