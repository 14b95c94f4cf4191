// What the statistics page does on request: drill-down, exports, the rule. Kept apart from the
// page's layout and computation (StatisticsPage.cpp) to keep both files short.
#include "DrillDownDialog.h"
#include "StandardRuleDialog.h"
#include "StatisticsPage.h"
#include "StatisticsPdf.h"
#include "TrendCharts.h"
#include "auth/Actor.h"
#include "common/Banner.h"
#include "common/BusyTask.h"
#include "core/AtomicFile.h"
#include "statistics/ReportWriter.h"
#include "statistics/ReportXlsx.h"
#include "statistics/StatisticsBuilder.h"
#include "store/Workspace.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QTableWidget>

namespace kq::ui {

void StatisticsPage::drillDown(int row)
{
    const Actor& actor = m_workspace.actor();
    const QTableWidgetItem* label = m_table->item(row, 1);
    if (!label || m_trend.months.isEmpty() || !actor.can(Permission::ViewClinicalRecords))
        return;
    const QString key = label->data(Qt::UserRole).toString();
    if (!key.startsWith(QStringLiteral("clients.")) && !key.startsWith(QStringLiteral("standard_service.")))
        return; // session, meeting and staff numbers do not name clients
    const Indicator* indicator = TrendCharts::find(m_trend.report, key);
    if (!indicator)
        return;
    if (indicator->records.isEmpty() && indicator->value > 0) {
        // The page shows figures without ids (perhaps kept ones): the month counted once more, with
        // them. Shown in full, in case a write changed a number since.
        StatisticsBuilder::Options options;
        options.period = m_trend.report.period;
        options.keepRecords = actor.can(Permission::ViewClients);
        Journal& journal = m_workspace.journal();
        Result<StatisticsReport> full =
            runBusy(this, [&] { return StatisticsBuilder(journal).build(actor, options); });
        if (!full) {
            m_banner->showError(full.error().message);
            return;
        }
        m_trend.report = full.take();
        showTiles();
        showTable();
        indicator = TrendCharts::find(m_trend.report, key);
        if (!indicator)
            return;
    }

    DrillDownDialog dialog(m_workspace, *indicator, m_trend.report.period.key(), this);
    dialog.exec();
}

void StatisticsPage::changeRule()
{
    StandardRuleDialog dialog(StandardServiceRule::load(m_workspace.database()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<void> saved =
        StandardServiceRule::save(m_workspace.journal(), m_workspace.actor(), dialog.rule());
    if (!saved) {
        m_banner->showError(saved.error().message);
        return;
    }
    recompute(tr("The standardised-service rule was saved.")); // the whole trend follows the new rule
}

void StatisticsPage::askExport(const QString& format)
{
    if (m_trend.months.isEmpty())
        return;
    const QHash<QString, QString> filters = {{QStringLiteral("xlsx"), tr("Excel workbook (*.xlsx)")},
                                             {QStringLiteral("csv"), tr("CSV file (*.csv)")},
                                             {QStringLiteral("json"), tr("JSON file (*.json)")},
                                             {QStringLiteral("pdf"), tr("PDF report (*.pdf)")}};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("statistics-%1.%2").arg(m_trend.report.period.key(), format));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export statistics"), suggested, filters.value(format));
    if (!path.isEmpty())
        exportTo(path, format);
}

bool StatisticsPage::exportTo(const QString& path, const QString& format)
{
    const Actor& actor = m_workspace.actor();
    if (m_trend.months.isEmpty() || !actor.can(Permission::ExportData)) {
        m_banner->showError(tr("There is nothing you may export."));
        return false;
    }
    // The shown month with the sharing choice; exports carry aggregates only, never the ids.
    StatisticsReport report = m_trend.report;
    report.suppressBelow = m_suppress->isChecked() ? kSuppressBelow : 0;
    for (IndicatorGroup& g : report.groups)
        for (Indicator& i : g.indicators)
            i.records.clear();

    QByteArray bytes;
    if (format == QStringLiteral("xlsx")) {
        Result<QByteArray> workbook = ReportXlsx::render(report);
        if (!workbook) {
            m_banner->showError(workbook.error().message);
            return false;
        }
        bytes = workbook.take();
    } else if (format == QStringLiteral("csv")) {
        bytes = ReportWriter::csv(report);
    } else if (format == QStringLiteral("json")) {
        bytes = ReportWriter::json(report);
    } else if (format == QStringLiteral("pdf")) {
        // The charts as they are on the page, so the printed report shows what was seen.
        QList<QImage> charts;
        for (QChartView* view : std::as_const(m_charts))
            charts << view->grab().toImage();
        bytes = StatisticsPdf::render(report, charts);
    } else {
        m_banner->showError(tr("Unknown export format %1.").arg(format));
        return false;
    }
    // Owner-only and all-or-nothing: a half-written report never lies around.
    if (!writeFileAtomically(path, bytes)) {
        m_banner->showError(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const Result<void> audited = StatisticsBuilder(m_workspace.journal()).recordExport(actor, report, format);
    if (!audited) {
        m_banner->showError(audited.error().message);
        return false;
    }
    m_banner->show(Banner::Kind::Success, tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace kq::ui
