#pragma once

#include "DemoDocuments.h"
#include "clients/ClientRecord.h"
#include "core/Result.h"
#include "lifecycle/CaseState.h"

#include <QRandomGenerator>
#include <QStringList>

namespace kq {

class Journal;
class ScaleLibrary;
struct Actor;

// Takes demo clients through the referral workflow to a realistic spread of states, each step
// dated in the past and checked by the same rules as a person's: applications by every way in,
// waiting lists (some past the 3-month re-review), intake assessments with SDSS, plans, green
// channel stays, transfers and closures with their post-service assessment, and the consent and
// service agreements each case in service has signed (DemoDocuments). Same seed, same cases.
class DemoCases {
public:
    DemoCases(quint32 seed, QDate today, Journal& journal, const ScaleLibrary& scales, QStringList staff);

    // Applies for `client` and walks the case; returns the client id.
    Result<QString> add(const Actor& actor, ClientRecord client);

private:
    CaseState pickState();
    Result<void> walk(const Actor& actor, const ClientRecord& client, CaseState target, QDate appliedOn,
                      const QString& manager);

    QRandomGenerator m_random;
    QDate m_today;
    Journal& m_journal;
    const ScaleLibrary& m_scales;
    QStringList m_staff;
    DemoDocuments m_documents;
};

} // namespace kq
