#pragma once

#include "core/Result.h"

#include <QDate>
#include <QRandomGenerator>
#include <QStringList>

namespace kq {

class Journal;
struct Actor;

// The service history of the demo's cases: individual session logs and group meetings with
// attendance, on working days inside each client's time in service, with realistic mixes of
// content, form, place and length. Written through the repositories' history import (checked,
// audited per batch, not queued for sync). Same seed and cases, same history.
class DemoSessions {
public:
    DemoSessions(quint32 seed, QDate today, Journal& journal, QStringList staff);

    struct Counts {
        int sessions = 0;
        int meetings = 0;
        int attendances = 0;         // present
        bool alreadyPresent = false; // this seed's history was added today already: nothing added
    };

    // About `sessions` individual logs spread over the clients who have been in service, in
    // proportion to their time in service, and one group meeting for every kSessionsPerMeeting.
    Result<Counts> add(const Actor& actor, int sessions);

    static constexpr int kSessionsPerMeeting = 20;

private:
    QRandomGenerator m_random;
    quint32 m_seed;
    QDate m_today;
    Journal& m_journal;
    QStringList m_staff;
};

} // namespace kq
