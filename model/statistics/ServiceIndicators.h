#pragma once

#include "Indicator.h"
#include "ReportPeriod.h"

namespace kq {

class Database;

// The services of a period (issue 8, "Services"): individual sessions held, group meetings held
// (attendance taken), attendances (clients present; each is one service for that client), total
// services, service minutes, clients served at least once, and services by content, form, place
// and staff.
//
// Counting rules:
// - A session with several contents counts once under each content, but once in the totals.
// - By content, form and place count services: sessions plus attendances, a meeting's content,
//   form and place once for each client present.
// - By staff counts the work of each member of staff: sessions written and meetings facilitated
//   (a meeting with two facilitators counts for both).
// - Minutes: session minutes plus each meeting's minutes once for each client present (service
//   time received, as the national report counts it).
//
// With `keepRecords`, `records` holds ids: client ids for services.clients_served, otherwise the
// ids of the sessions and meetings behind the number (session and meeting ids are UUIDs, so a
// drill-down looks an id up in both tables); a meeting is listed once however many were present.
class ServiceIndicators {
public:
    static IndicatorGroup compute(Database& db, const ReportPeriod& period, bool keepRecords);
};

} // namespace kq
