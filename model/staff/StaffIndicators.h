#pragma once

#include "statistics/Indicator.h"

#include <QDate>

namespace kq {

class Database;

// The staff indicators (DOMAIN.md "Indicators"): qualified share >= 30% and >= 20 training hours a
// year for each member of staff who serves clients directly.
//
// Staff are the active accounts other than administrators (StaffTrainingRepository::staff).
// Training counts from 1 January of `year` to `asOf` or 31 December, whichever is earlier, in
// whole minutes (keys say "minutes"). Keys, all in group "staff":
//   staff.headcount               staff counted (records: usernames)
//   staff.qualified               rate: psychiatry, mental-health nursing, social work or psychology
//                                 over headcount (records: usernames)
//   staff.direct_service          staff who serve clients directly (records: usernames)
//   staff.training_minutes_avg    average minutes of training per direct-service member, rounded
//                                 to the nearest minute (0 when there is nobody)
//   staff.training_short          direct-service staff below 20 hours (records: usernames)
//   staff.training_minutes.<user> minutes of each member of staff (records: training record ids)
class StaffIndicators {
public:
    static constexpr int kQualifiedTargetPercent = 30;
    static constexpr int kYearlyTrainingMinutes = 20 * 60;

    // No permission check: callers are the statistics pages and exports, which check their own.
    static IndicatorGroup compute(Database& db, int year, const QDate& asOf, bool keepRecords);
};

} // namespace kq
