#pragma once

#include "StatisticsReport.h"
#include "core/Result.h"

#include <QList>

namespace kq {

class Journal;
class StandardServiceRule;
struct Actor;

// Puts a report together: the centre, the period, the standardised-service rule in words, and
// the indicator groups (clients, standardised service, services, referrals and outcomes, staff).
// Needs ViewStatistics. Exports are recorded in the audit log (not synced). The figures of a period
// that ended before today are kept and read back until a write reaches them (StatisticsResults,
// decision 0015); ids are never kept, so asking for them counts afresh.
class StatisticsBuilder {
public:
    enum ErrorCode { NotPermitted = 760, BadPeriod };

    struct Options {
        ReportPeriod period;
        int suppressBelow = 0;    // > 0 for sharing outside the centre
        bool keepRecords = false; // ids behind each number, for drill-down (ViewClinicalRecords)
        // Count from the records only: neither read nor keep figures (decision 0015). For checks.
        bool fresh = false;
    };

    explicit StatisticsBuilder(Journal& journal) : m_journal(journal) {}

    Result<StatisticsReport> build(const Actor& actor, const Options& options);
    // The audit entry of an export: format (xlsx, csv, json, pdf), period, suppression. Needs
    // ExportData.
    Result<void> recordExport(const Actor& actor, const StatisticsReport& report, const QString& format);

private:
    QList<IndicatorGroup> counted(const ReportPeriod& period, const StandardServiceRule& rule, bool records,
                                  bool fresh);

    Journal& m_journal;
};

} // namespace kq
