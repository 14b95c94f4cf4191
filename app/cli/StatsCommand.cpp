#include "StatsCommand.h"

#include "ExitCode.h"
#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "statistics/ReportWriter.h"
#include "statistics/ReportXlsx.h"
#include "statistics/StatisticsBuilder.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace kq::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)
};
} // namespace

QString StatsCommand::description() const
{
    return Tr::tr("Write the statistics report of a month (or of --from/--to) to a file: xlsx, csv or json; "
                  "aggregates only, written owner-only and recorded in the audit log.");
}

void StatsCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    addUserOptions(parser);
    parser.addOption({QStringLiteral("month"), Tr::tr("The month, e.g. 2026-11."), Tr::tr("YYYY-MM")});
    parser.addOption(
        {QStringLiteral("from"), Tr::tr("First day of a range instead of a month."), Tr::tr("DATE")});
    parser.addOption({QStringLiteral("to"), Tr::tr("Last day of the range."), Tr::tr("DATE")});
    parser.addOption({QStringLiteral("format"), Tr::tr("xlsx, csv or json."), Tr::tr("FORMAT")});
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
    if (format != u"xlsx" && format != u"csv" && format != u"json")
        return fail(Usage, Tr::tr("--format: give xlsx, csv or json"));
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
        if (!options.period.from.isValid())
            return fail(Usage, Tr::tr("--month: give --month YYYY-MM, or --from and --to as YYYY-MM-DD"));
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
    StatisticsBuilder builder(workspace.journal());
    Result<StatisticsReport> report = builder.build(workspace.actor(), options);
    if (!report)
        return fail(report.error().code == StatisticsBuilder::NotPermitted ? Refused : Failure,
                    report.error().message);
    QByteArray bytes;
    if (format == u"xlsx") {
        Result<QByteArray> xlsx = ReportXlsx::render(report.value());
        if (!xlsx)
            return fail(Failure, xlsx.error().message);
        bytes = xlsx.take();
    } else {
        bytes = format == u"csv" ? ReportWriter::csv(report.value()) : ReportWriter::json(report.value());
    }
    // Owner-only, whole or not at all.
    if (!writeFileAtomically(out, bytes))
        return fail(Failure, Tr::tr("--out: could not write %1").arg(out));
    if (Result<void> audited = builder.recordExport(workspace.actor(), report.value(), format); !audited)
        return fail(Failure, audited.error().message);
    print(Tr::tr("Wrote the %1 report of %2 to %3.").arg(format, options.period.key(), out));
    return Ok;
}

} // namespace kq::cli
