#pragma once

#include "core/Result.h"
#include "store/StorePaths.h"

#include <QDate>
#include <QStringList>

namespace kq {
class Clock;
class Workspace;
} // namespace kq

namespace kq::shots {

// The centre the guides show: a store made with the model's own demo data (as `kangqiao demo`
// makes it), the staff of a small centre, a price list, training records and this week's group
// meeting. Everything is fictitious; the same every run but for the dates, which follow today.
class DemoCentre {
public:
    static const QString kPassword;       // every account's, for the sign-in picture
    static const QString kSupervisor;     // username the tour signs in with
    static constexpr int kClients = 160;  // enough for lists, charts and a due list; made in ~1 s
    static constexpr int kSessions = 900; // session logs over the clients' time in service

    // Creates the store at `paths` and leaves `workspace` (on those paths) unlocked by the
    // supervisor.
    static Result<void> create(const StorePaths& paths, Workspace& workspace, const Clock& clock);

    // Clients of the demo in service today (ids), for rosters.
    static QStringList inService(Workspace& workspace);

private:
    static Result<void> addStaff(Workspace& workspace);
    static Result<void> addClients(Workspace& workspace, const QDate& today);
    static Result<void> addTraining(Workspace& workspace, const QDate& today);
    static Result<void> addGroupMeeting(Workspace& workspace, const QDate& today);
};

} // namespace kq::shots
