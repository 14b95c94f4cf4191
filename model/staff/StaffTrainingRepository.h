#pragma once

#include "StaffTraining.h"
#include "core/Result.h"

namespace kq {

class Database;
class Journal;
struct Actor;

// Training records and staff profiles, kept by supervisors (ManageTraining). Centre-local: writes
// go through the Journal for the audit log but are not synced.
class StaffTrainingRepository {
public:
    enum ErrorCode { NotPermitted = 700, NotFound, Invalid };

    explicit StaffTrainingRepository(Journal& journal) : m_journal(journal) {}

    // Returns the new record's id. Invalid names the first field at fault: "username" (not an
    // account), "held-on" (missing or after today), "hours" (not within 1 minute to 24 hours),
    // "topic" (missing or over 200 characters), "provider" (over 200 characters).
    Result<QString> add(const Actor& actor, TrainingRecord record);
    Result<void> remove(const Actor& actor, const QString& id);
    // The records held in `year`, by date then person. ManageTraining or ViewStatistics.
    Result<QList<TrainingRecord>> list(const Actor& actor, int year);

    // Sets qualification and direct service of an account. Invalid: "username", "qualification".
    Result<void> setProfile(const Actor& actor, const StaffProfile& profile);
    // The staff the indicators count, with their profiles. ManageTraining or ViewStatistics.
    Result<QList<StaffProfile>> profiles(const Actor& actor);

    // Staff are the active accounts other than administrators (who keep the system running and
    // serve no clients), by display name; no permission check, for the indicators.
    static QList<StaffProfile> staff(Database& db);

private:
    Journal& m_journal;
};

} // namespace kq
