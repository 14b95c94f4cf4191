#pragma once

#include "ReportPeriod.h"
#include "StandardServiceRule.h"
#include "StatisticsReport.h"
#include "core/Result.h"
#include "staff/StaffTraining.h"

#include <QHash>
#include <QMap>

namespace kq {

class Database;
class Journal;
struct Actor;

// The numbers the dashboard's trend charts draw for one period, each exactly as the period's full
// report counts it: clients.state.in_service, standard_service.rate (value and denominator) and
// services.by_content.<key> (every content the report lists, zeros included).
struct TrendPoint {
    ReportPeriod period;
    qint64 inService = 0;
    qint64 standardService = 0;   // clients meeting the rule
    qint64 standardServiceOf = 0; // of the registered clients living at home
    QMap<QString, qint64> byContent;

    double standardServiceRate() const
    {
        return standardServiceOf > 0 ? double(standardService) / double(standardServiceOf) : 0.0;
    }
    static TrendPoint fromReport(const StatisticsReport& report);
    bool sameNumbers(const TrendPoint& other) const
    {
        return period.from == other.period.from && period.to == other.period.to &&
               inService == other.inService && standardService == other.standardService &&
               standardServiceOf == other.standardServiceOf && byContent == other.byContent;
    }
};

// What the dashboard and the PDF report draw: the chosen month's full report, the trend of the
// months up to it, the staff with their profiles (the training chart) and the names of the service
// contents (the content chart). No widgets: the window computes it off the GUI thread, the command
// line for `kangqiao stats --format pdf`.
struct TrendReports {
    QList<TrendPoint> months;             // oldest first; the last is `report`'s month
    StatisticsReport report;              // the last month, in full
    QList<StaffProfile> staff;            // empty when the role may not list them
    QHash<QString, QString> contentNames; // service content key → name in the catalogue

    // The page cache of the connection the dashboard counts on, kept open while the page is: a
    // month's count at 100,000 clients reads far more than the default 32 MiB, so each count
    // decrypted the same pages again (docs/performance.md).
    static constexpr int kReaderCacheMiB = 128;

    // `months` months ending with the month of `lastMonth` (any day of it). The last month is built
    // as StatisticsBuilder builds it (with the ids behind the numbers when `keepRecordsForLast`);
    // the months before it only as trend points, all in one pass (points()). Closed months' figures
    // are kept and read back until a write reaches them (decision 0015). Fails as
    // StatisticsBuilder::build does.
    static Result<TrendReports> compute(Journal& journal, const Actor& actor, const QDate& lastMonth,
                                        int months, bool keepRecordsForLast);

    // The trend points of `periods` (ascending, not overlapping, at most 64), from one pass over
    // each source for all of them together: the case events, the sessions of the whole span and
    // its group meetings, instead of one full report per period. Read-only; the caller checks
    // Permission::ViewStatistics.
    static QList<TrendPoint> points(Database& db, const QList<ReportPeriod>& periods,
                                    const StandardServiceRule& rule);

private:
    // points() under the stored rule, with the kept points of closed periods read back and the
    // counted ones kept (StatisticsResults, decision 0015).
    static QList<TrendPoint> keptPoints(Database& db, const QList<ReportPeriod>& periods, const QDate& today);
};

} // namespace kq
