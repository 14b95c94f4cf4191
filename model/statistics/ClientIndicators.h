#pragma once

#include "Indicator.h"
#include "ReportPeriod.h"
#include "StandardServiceRule.h"

#include <QList>

namespace kq {

class Database;

// The client indicators of issue 8 for any report period, in two groups:
// - "clients": clients.registered_total (case_files.registered_on on or before the last day),
//   clients.registered_new (registered within the period); clients.state.<CaseState key> for every
//   state, the state at the period's end replayed from case_events (the to_status of each
//   client's latest event on or before the last day; clients without one are not counted);
//   clients.waiting_over_3_months (waiting at the end, waiting_since 3 months or more before it,
//   as the re-review rule counts); closures.total and closures.<transfer outcome> (the outcome of
//   the latest transfer assessment on or before the closure, closures.unknown without one;
//   withdrawals count as closures.withdrawn); transfers_out; and the clients in service at the end
//   by age group (age on the last day), gender, residence county, diagnosis group (first three
//   characters of the diagnosis code, "none" when empty) and risk level:
//   clients.in_service.by_age.<key>, .by_gender.<key>, .by_county.<code>, .by_diagnosis.<F20>,
//   .by_risk.<0..5|not_assessed>. Fixed vocabularies are listed in full (zeros included);
//   counties and diagnosis groups only as they occur, in code order.
// - "standard_service": standard_service.rate (numerator: denominator clients meeting every
//   component of the rule; denominator: registered clients living at home, i.e. in state registered,
//   waiting, referred, assessing, awaiting_agreement or in_service at the end) and
//   standard_service.component.<key> for each component of the rule, the denominator clients
//   meeting it, as rates of the same denominator: what holds the rate down.
// With keepRecords each indicator's records are the client ids behind it, sorted; else empty.
//
// Days are Beijing days as the rules count them: an event belongs to the local day of its
// occurred_at (UTC text), date-only texts to their date. Case-file dates (registered_on,
// waiting_since, review_due) are the current ones, so a past period sees today's values of those.
//
// The caller checks Permission::ViewStatistics, and asks for records (drill-down to clients) only
// for a user who also has Permission::ViewClinicalRecords. Read-only; no audit entry.
class ClientIndicators {
public:
    static QList<IndicatorGroup> compute(Database& db, const ReportPeriod& period,
                                         const StandardServiceRule& rule, bool keepRecords);
};

} // namespace kq
