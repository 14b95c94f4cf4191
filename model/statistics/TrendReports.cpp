#include "TrendReports.h"

#include "CaseFacts.h"
#include "StatisticsBuilder.h"
#include "StatisticsResults.h"
#include "core/Clock.h"
#include "services/ServiceCatalogue.h"
#include "staff/StaffTrainingRepository.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/StoredValues.h"

#include <QByteArray>
#include <QHash>

#include <string>
#include <string_view>

namespace kq {

namespace {
const QString kInService = QStringLiteral("clients.state.in_service");
const QString kRate = QStringLiteral("standard_service.rate");
const QString kContentPrefix = QStringLiteral("services.by_content.");
} // namespace

TrendPoint TrendPoint::fromReport(const StatisticsReport& report)
{
    TrendPoint p;
    p.period = report.period;
    for (const IndicatorGroup& g : report.groups)
        for (const Indicator& i : g.indicators) {
            if (i.key == kInService) {
                p.inService = i.value;
            } else if (i.key == kRate) {
                p.standardService = i.value;
                p.standardServiceOf = i.denominator;
            } else if (i.key.startsWith(kContentPrefix)) {
                p.byContent.insert(i.key.mid(kContentPrefix.size()), i.value);
            }
        }
    return p;
}

Result<TrendReports> TrendReports::compute(Journal& journal, const Actor& actor, const QDate& lastMonth,
                                           int months, bool keepRecordsForLast)
{
    TrendReports out;
    StatisticsBuilder::Options options;
    options.period = ReportPeriod::month(lastMonth.year(), lastMonth.month());
    options.keepRecords = keepRecordsForLast;
    Result<StatisticsReport> report = StatisticsBuilder(journal).build(actor, options); // checks the role
    if (!report)
        return report.error();
    out.report = report.take();
    Database& db = journal.database();
    QList<ReportPeriod> earlier;
    for (int n = months - 1; n >= 1; --n) {
        const QDate month = lastMonth.addMonths(-n);
        earlier << ReportPeriod::month(month.year(), month.month());
    }
    if (!earlier.isEmpty())
        out.months = keptPoints(db, earlier, journal.clock().now().toLocalTime().date());
    out.months << TrendPoint::fromReport(out.report);
    if (Result<QList<StaffProfile>> staff = StaffTrainingRepository(journal).profiles(actor))
        out.staff = staff.take();
    const ServiceCatalogue catalogue = ServiceCatalogue::load(db);
    for (const ServiceEntry& e : catalogue.contents())
        out.contentNames.insert(e.key, catalogue.contentName(e.key));
    return out;
}

// Kept points of closed months are read back; the others are counted in one pass and kept.
QList<TrendPoint> TrendReports::keptPoints(Database& db, const QList<ReportPeriod>& periods,
                                           const QDate& today)
{
    StatisticsResults kept(db);
    const qint64 generation = kept.generation(); // before anything is read
    const StandardServiceRule rule = StandardServiceRule::load(db);
    const QString variant = StatisticsResults::variant(rule);
    QList<std::optional<TrendPoint>> found;
    QList<ReportPeriod> missing;
    for (const ReportPeriod& p : periods) {
        found << (StatisticsResults::keepable(p, today) ? kept.point(p, variant) : std::nullopt);
        if (!found.constLast())
            missing << p;
    }
    QList<TrendPoint> counted = missing.isEmpty() ? QList<TrendPoint>() : points(db, missing, rule);
    QList<TrendPoint> out, keep;
    qsizetype next = 0;
    for (const std::optional<TrendPoint>& f : std::as_const(found)) {
        out << (f ? *f : counted[next++]);
        if (!f && StatisticsResults::keepable(out.constLast().period, today))
            keep << out.constLast();
    }
    if (!keep.isEmpty())
        kept.keepPoints(keep, variant, generation);
    return out;
}

// Counting follows ClientIndicators (in service, the rate: CaseFacts, as there) and
// ServiceIndicators (by content: each content of a session once, a meeting's content once for each
// client present, the catalogue's contents listed with zeros) for every period at once.
QList<TrendPoint> TrendReports::points(Database& db, const QList<ReportPeriod>& periods,
                                       const StandardServiceRule& rule)
{
    QList<TrendPoint> out;
    if (periods.isEmpty())
        return out;
    CaseFacts facts(db, periods, CaseFacts::CasesOnly);
    const int n = int(periods.size());
    const QString first = isoDate(periods.constFirst().from);
    const QString last = isoDate(periods.constLast().to);
    QList<QHash<QString, qint64>> contents(n);

    // The sessions of the whole span from sessions_by_day_all, in day order: their contents by
    // period (counted by the session's list of contents, split once at the end), and who was served
    // when. Ids come in no useful order here, so a hash finds them.
    QHash<QByteArray, qsizetype> clients;
    clients.reserve(facts.size());
    for (qsizetype i = 0; i < facts.size(); ++i)
        clients.insert(facts.client(i).key, i);
    const auto clientAt = [&](std::string_view id) {
        return clients.value(QByteArray::fromRawData(id.data(), qsizetype(id.size())), -1);
    };
    QList<QHash<QByteArray, qint64>> lists(n); // a contents text → sessions with it, by period
    Statement s =
        db.prepare("SELECT held_on, contents, client_id FROM sessions WHERE held_on BETWEEN ? AND ? "
                   "ORDER BY held_on");
    s.bindAll(first, last);
    int k = -1;
    std::string day;
    while (s.step()) {
        if (const std::string_view held = s.utf8(0); held != std::string_view(day)) { // which period
            day.assign(held);
            k = facts.periodOf(QString::fromUtf8(held.data(), qsizetype(held.size())));
        }
        if (k < 0)
            continue;
        const std::string_view text = s.utf8(1);
        auto it = lists[k].find(QByteArray::fromRawData(text.data(), qsizetype(text.size())));
        if (it == lists[k].end())
            it = lists[k].insert(QByteArray(text.data(), qsizetype(text.size())), 0);
        ++*it;
        if (const qsizetype i = clientAt(s.utf8(2)); i >= 0)
            facts.markServed(i, k);
    }
    for (int p = 0; p < n; ++p)
        for (auto it = lists[p].cbegin(); it != lists[p].cend(); ++it)
            for (const QString& key : QString::fromUtf8(it.key()).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                contents[p][key] += it.value();

    // The span's group meetings: every client present was served (ClientIndicators counts the
    // attendance as recorded); at a meeting held (attendance taken) each is one service of its content.
    Statement m = db.prepare("SELECT g.held_on, ga.client_id, g.attendance_on IS NOT NULL, g.content "
                             "FROM group_activities g JOIN group_attendance ga ON ga.activity_id = g.id "
                             "WHERE g.held_on BETWEEN ? AND ? AND ga.present = 1");
    m.bindAll(first, last);
    while (m.step()) {
        const int p = facts.periodOf(m.text(0));
        if (p < 0)
            continue;
        if (const qsizetype i = clientAt(m.utf8(1)); i >= 0)
            facts.markServed(i, p);
        if (m.int64(2) != 0)
            ++contents[p][m.text(3)];
    }

    const ServiceCatalogue catalogue = ServiceCatalogue::load(db);
    for (int p = 0; p < n; ++p) {
        TrendPoint point;
        point.period = periods[p];
        for (const ServiceEntry& e : catalogue.contents())
            point.byContent.insert(e.key, 0);
        for (auto it = contents[p].cbegin(); it != contents[p].cend(); ++it)
            if (it.value() > 0)
                point.byContent.insert(it.key(), it.value());
        for (qsizetype i = 0; i < facts.size(); ++i) {
            if (facts.state(i, p) == u"in_service")
                ++point.inService;
            if (!facts.livesAtHome(i, p))
                continue;
            ++point.standardServiceOf;
            bool all = true;
            for (const StandardServiceRule::Component c : rule.components())
                all = all && facts.meets(i, p, c);
            if (all)
                ++point.standardService;
        }
        out << point;
    }
    return out;
}

} // namespace kq
