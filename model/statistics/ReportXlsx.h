#pragma once

#include "StatisticsReport.h"
#include "core/Result.h"

namespace kq {

// The report as an Excel workbook (libxlsxwriter): a cover sheet (centre, period, rule, generated
// at and by), then one sheet per indicator group with a frozen header row, whole numbers as
// numbers, rates as percentages, suppressed counts as "<N".
namespace ReportXlsx {

// The workbook's bytes. libxlsxwriter writes files only: it works in a private temporary folder
// (owner-only, removed after) and the bytes come back here, so the caller decides where they go.
Result<QByteArray> render(const StatisticsReport& report);

} // namespace ReportXlsx

} // namespace kq
