#pragma once

#include "StatisticsReport.h"

#include <QByteArray>

namespace kq {

// The text formats of a report. Both carry the cover (centre, period, rule, generated at and by)
// and every indicator by its stable key, with suppressed counts marked instead of written.
namespace ReportWriter {

// UTF-8 JSON: {"centre": {...}, "period": {...}, "rule", "generated_at", "generated_by",
// "suppress_below", "groups": [{"key", "title", "indicators": [{"key", "label", "value",
// "denominator"?, "rate"?, "suppressed"?}]}]}. A suppressed value is null with "suppressed": true.
QByteArray json(const StatisticsReport& report);

// UTF-8 with a byte-order mark (Excel opens Chinese correctly), CRLF lines, RFC 4180 quoting:
// a cover block of "field,value" lines, a blank line, then "group,key,indicator,value,denominator,
// rate" rows; a suppressed count is written as "<N".
QByteArray csv(const StatisticsReport& report);

} // namespace ReportWriter

} // namespace kq
