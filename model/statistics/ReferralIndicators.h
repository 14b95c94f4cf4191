#pragma once

#include "Indicator.h"
#include "ReportPeriod.h"

namespace kq {

class Database;
class WorkingCalendar;

// Referrals, deadlines and outcomes of a period (issue 8, "Referrals"), from the case events, case
// files and assessments:
// - applications by way in, registrations, referrals to a centre, platform referrals accepted and
//   declined, transfers out, green-channel referrals (the relapse proxy), closures by the outcome
//   of the client's latest transfer assessment, withdrawals;
// - deadline breaches: a registration, or the first referral step after it (refer to a centre or
//   place on the waiting list), taken in the period later than 5 working days after the
//   application or the registration (管理办法), dated by the events;
// - assessments done in the period by kind, and periodic assessments overdue at its end (review
//   due on or before the last day, for cases the front page's due list follows). The case file
//   holds only the current due date, so for a past month this counts the cases still overdue now;
// - SDSS, Barthel and ADL change: for each client whose latest assessment with the scale up to the
//   end of the period falls in the period, that total against the one before (improved, same,
//   worse; lower is better for SDSS and ADL, higher for Barthel).
// Events are placed on the local day they happened (the rules count days in local time). With `keepRecords`,
// `records` holds the client ids behind each number, each once.
class ReferralIndicators {
public:
    static IndicatorGroup compute(Database& db, const WorkingCalendar& calendar, const ReportPeriod& period,
                                  bool keepRecords);
};

} // namespace kq
