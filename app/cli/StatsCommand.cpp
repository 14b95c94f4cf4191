#include "StatsCommand.h"

#include "ExitCode.h"
#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "statistics/ChartImages.h"
#include "statistics/ReportWriter.h"
#include "statistics/ReportXlsx.h"
#include "statistics/StatisticsBuilder.h"
#include "statistics/StatisticsPdf.h"
#include "statistics/TrendCharts.h"
#include "statistics/TrendReports.h"
#include "store/Database.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QFileInfo>

#include <optional>

namespace kq::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)
};

// The months the PDF's trend charts cover, ending with the report's last month (as the dashboard).
constexpr int kTrendMonths = 12;
} // namespace

QString StatsCommand::description() const
{
    return Tr::tr("Write the statistics report of a month (or of --from/--to) to a file: xlsx, csv, json, or "
                  "pdf with the dashboard's charts of the 12 months up to the report's last month (drawn "
                  "without a display); aggregates only, written owner-only and recorded in the audit log.");
}

bool StatsCommand::needsGuiApplication(const QStringList& arguments)
{
    // Charts are QGraphicsWidgets: only the PDF needs them. Parsed as run() will parse it, silently.
    QCommandLineParser parser;
    parser.addHelpOption();
    addOptions(parser);
    return parser.parse(QStringList{QStringLiteral("kangqiao ") + name()} + arguments) &&
           parser.value(QStringLiteral("format")) == u"pdf";
}

void StatsCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    addUserOptions(parser);
    parser.addOption({QStringLiteral("month"), Tr::tr("The month, e.g. 2026-11."), Tr::tr("YYYY-MM")});
    parser.addOption(
        {QStringLiteral("from"), Tr::tr("First day of a range instead of a month."), Tr::tr("DATE")});
    parser.addOption({QStringLiteral("to"), Tr::tr("Last day of the range."), Tr::tr("DATE")});
    parser.addOption({QStringLiteral("format"), Tr::tr("xlsx, csv, json or pdf."), Tr::tr("FORMAT")});
    parser.addOption({QStringLiteral("out"), Tr::tr("The file to write."), Tr::tr("FILE")});
    parser.addOption({QStringLiteral("suppress-small"),
                      Tr::tr("Show counts from 1 to 4 as <5, for sharing outside the centre.")});
}

int StatsCommand::run(const QCommandLineParser& parser)
{
    int code = Ok;
    const QString db = required(parser, QStringLiteral("db"), code);
    if (code != Ok)
        return code;
    const QString format = required(parser, QStringLiteral("format"), code);
    if (code != Ok)
        return code;
    if (format != u"xlsx" && format != u"csv" && format != u"json" && format != u"pdf")
        return fail(Usage, Tr::tr("--format: give xlsx, csv, json or pdf"));
    // main() makes a QApplication (offscreen) when needsGuiApplication() says so; never draw without.
    if (format == u"pdf" && !qobject_cast<QApplication*>(QCoreApplication::instance()))
        return fail(Failure, Tr::tr("--format: the PDF's charts cannot be drawn in this process"));
    const QString out = required(parser, QStringLiteral("out"), code);
    if (code != Ok)
        return code;
    if (!QFileInfo(QFileInfo(out).absolutePath()).isDir())
        return fail(Usage, Tr::tr("--out: the folder %1 does not exist").arg(QFileInfo(out).absolutePath()));

    StatisticsBuilder::Options options;
    if (parser.isSet(QStringLiteral("month"))) {
        if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to")))
            return fail(Usage, Tr::tr("--month: give either --month or --from and --to"));
        const QDate first =
            QDate::fromString(parser.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
        if (!first.isValid() || parser.value(QStringLiteral("month")).size() != 7)
            return fail(Usage, Tr::tr("--month: give a month as YYYY-MM, e.g. 2026-11"));
        options.period = ReportPeriod::month(first.year(), first.month());
    } else {
        options.period.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        options.period.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
        if (!parser.isSet(QStringLiteral("from")))
            return fail(Usage, Tr::tr("--month: give --month YYYY-MM, or --from and --to as YYYY-MM-DD"));
        if (!options.period.from.isValid())
            return fail(Usage, Tr::tr("--from: give the first day as YYYY-MM-DD"));
        if (!options.period.to.isValid())
            return fail(Usage, Tr::tr("--to: give the last day as YYYY-MM-DD"));
        if (!options.period.isValid())
            return fail(Usage, Tr::tr("--to: the range ends before it starts"));
    }
    options.suppressBelow = parser.isSet(QStringLiteral("suppress-small")) ? 5 : 0;

    Workspace workspace(StorePaths{db}, Clock::system());
    if (const int signedIn = signIn(parser, workspace); signedIn != Ok)
        return signedIn;
    if (!workspace.actor().can(Permission::ExportData))
        return fail(Refused, Tr::tr("--user: this account's role may not export statistics"));
    // The cache the Statistics page counts with: a PDF's thirteen months read far more than 32 MiB.
    workspace.database().setCacheSizeMiB(TrendReports::kReaderCacheMiB);
    const auto refusal = [&](const Error& e) {
        return fail(e.code == StatisticsBuilder::NotPermitted ? Refused : Failure, e.message);
    };
    // A PDF carries the dashboard's charts: the months up to the report's last one.
    std::optional<TrendReports> trend;
    if (format == u"pdf") {
        Result<TrendReports> r = TrendReports::compute(workspace.journal(), workspace.actor(),
                                                       options.period.to, kTrendMonths, false);
        if (!r)
            return refusal(r.error());
        trend = r.take();
    }
    StatisticsBuilder builder(workspace.journal());
    StatisticsReport report;
    if (trend && trend->report.period.from == options.period.from &&
        trend->report.period.to == options.period.to) {
        report = trend->report; // a month's report is the trend's last: computed once
        report.suppressBelow = options.suppressBelow;
    } else {
        Result<StatisticsReport> built = builder.build(workspace.actor(), options);
        if (!built)
            return refusal(built.error());
        report = built.take();
    }
    QByteArray bytes;
    if (format == u"xlsx") {
        Result<QByteArray> xlsx = ReportXlsx::render(report);
        if (!xlsx)
            return fail(Failure, xlsx.error().message);
        bytes = xlsx.take();
    } else if (format == u"pdf") {
        // Drawn offscreen; the staff chart shows the report's own training figures.
        bytes =
            ui::StatisticsPdf::render(report, ui::ChartImages::render(ui::TrendCharts::all(*trend, report)));
    } else {
        bytes = format == u"csv" ? ReportWriter::csv(report) : ReportWriter::json(report);
    }
    // Owner-only, whole or not at all.
    if (!writeFileAtomically(out, bytes))
        return fail(Failure, Tr::tr("--out: could not write %1").arg(out));
    if (Result<void> audited = builder.recordExport(workspace.actor(), report, format); !audited)
        return fail(Failure, audited.error().message);
    print(Tr::tr("Wrote the %1 report of %2 to %3.").arg(format, options.period.key(), out));
    return Ok;
}

} // namespace kq::cli
