#include "StatisticsBuilder.h"

#include "ClientIndicators.h"
#include "ReferralIndicators.h"
#include "ServiceIndicators.h"
#include "StandardServiceRule.h"
#include "StatisticsResults.h"
#include "auth/Actor.h"
#include "centre/CentreRepository.h"
#include "core/Clock.h"
#include "core/Ids.h"
#include "lifecycle/CalendarRepository.h"
#include "staff/StaffIndicators.h"
#include "store/Journal.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StatisticsBuilder)
};
} // namespace

Result<StatisticsReport> StatisticsBuilder::build(const Actor& actor, const Options& options)
{
    if (!actor.can(Permission::ViewStatistics))
        return Error{Tr::tr("Your role may not see statistics."), {}, NotPermitted};
    if (!options.period.isValid())
        return Error{Tr::tr("The period is not a valid range of days."), QStringLiteral("period"), BadPeriod};
    // The ids behind a number are clinical records: only for those who may read them.
    const bool records = options.keepRecords && actor.can(Permission::ViewClinicalRecords);
    Database& db = m_journal.database();

    StatisticsReport report;
    if (const std::optional<CentreProfile> centre = CentreRepository(m_journal).load()) {
        report.centreName = centre->name;
        report.centreCode = centre->code;
    }
    report.period = options.period;
    report.suppressBelow = options.suppressBelow;
    report.generatedAt = m_journal.clock().now();
    report.generatedBy = actor.displayName.isEmpty()
                             ? actor.username
                             : QStringLiteral("%1 (%2)").arg(actor.displayName, actor.username);
    const StandardServiceRule rule = StandardServiceRule::load(db);
    report.rule = rule.describe();
    report.groups << counted(options.period, rule, records, options.fresh);
    // Training counts by calendar year, up to the period's last day.
    report.groups << StaffIndicators::compute(db, options.period.to.year(), options.period.to, records);
    return report;
}

// Clients, standardised service, services, referrals: kept figures when the period is closed and
// nothing has reached it since they were counted; else counted, and kept for next time.
// Figures counted under a rule since replaced are kept under that rule's variant: still right.
QList<IndicatorGroup> StatisticsBuilder::counted(const ReportPeriod& period, const StandardServiceRule& rule,
                                                 bool records, bool fresh)
{
    Database& db = m_journal.database();
    StatisticsResults kept(db);
    const bool keepable =
        !fresh && StatisticsResults::keepable(period, m_journal.clock().now().toLocalTime().date());
    const qint64 generation = keepable ? kept.generation() : 0; // before any record is read
    const QString variant = StatisticsResults::variant(rule);
    if (keepable && !records)
        if (std::optional<QList<IndicatorGroup>> groups = kept.report(period, variant))
            return *groups;
    QList<IndicatorGroup> groups = ClientIndicators::compute(db, period, rule, records);
    groups << ServiceIndicators::compute(db, period, records);
    groups << ReferralIndicators::compute(db, CalendarRepository(m_journal).load(), period, records);
    if (keepable)
        kept.keepReport(period, variant, groups, generation);
    return groups;
}

Result<void> StatisticsBuilder::recordExport(const Actor& actor, const StatisticsReport& report,
                                             const QString& format)
{
    if (!actor.can(Permission::ExportData))
        return Error{Tr::tr("Your role may not export statistics."), {}, NotPermitted};
    Transaction tx(m_journal.database());
    m_journal.record(actor, {QStringLiteral("statistics"),
                             newId(), // each export is its own event
                             Change::Op::None,
                             QStringLiteral("export"),
                             {{QStringLiteral("format"), format},
                              {QStringLiteral("period"), report.period.key()},
                              {QStringLiteral("suppress_below"), report.suppressBelow}},
                             std::nullopt,
                             false});
    tx.commit();
    return {};
}

} // namespace kq
