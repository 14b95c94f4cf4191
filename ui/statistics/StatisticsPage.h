#pragma once

#include "shell/WorkspacePage.h"
#include "statistics/TrendReports.h"

#include <QHash>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {

class BackgroundReader;
class Banner;

// The supervisors' dashboard (issue 8): a month's tiles, 12-month trend charts, staff training
// progress, every indicator of the month in a table (client numbers drill down to names for roles
// that may read records), the standardised-service rule, and audited exports.
class StatisticsPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit StatisticsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~StatisticsPage() override;
    QString title() const override { return tr("Statistics"); }
    void reload() override;
    void clearData() override;
    void activate() override;

    // Writes the chosen month as `format` ("xlsx", "csv", "json" or "pdf", the PDF with the charts as
    // shown) to `path`, owner-only, and records the export in the audit log. The export buttons call
    // it after their file dialog.
    // False (and the reason in the banner) on any failure.
    bool exportTo(const QString& path, const QString& format);

    static constexpr int kSuppressBelow = 5; // the smallest count shown when sharing outside

Q_SIGNALS:
    // The figures asked for last (on reload, a month picked, the rule changed) are shown, or why not.
    void reportShown();

private:
    // Counts the chosen month and its trend in the background; `doneMessage` is said when shown.
    void recompute(const QString& doneMessage = {});
    void setCounting(bool counting);
    void showTiles();
    void showTable();
    void showCharts();
    void askExport(const QString& format);
    void drillDown(int row);
    void changeRule();
    QDate today() const;
    void showFailure(const QString& message);

    Workspace& m_workspace;
    // Counts on a worker thread with a connection kept open while the page is (and a larger page
    // cache: counting another month reads pages already decrypted); a newer request supersedes.
    BackgroundReader* m_counter;
    Banner* m_banner;
    QWidget* m_content; // hidden for roles without ViewStatistics
    QComboBox* m_month;
    QCheckBox* m_suppress;
    QList<QPushButton*> m_exports;
    QHash<QString, QLabel*> m_tiles; // indicator key → tile
    QLabel* m_rule;
    QPushButton* m_changeRule;
    QList<QChartView*> m_charts;
    QTableWidget* m_table;
    TrendReports m_trend;   // 12 months ending at the chosen one, oldest first; staff; content names
    bool m_filling = false; // the month list is being filled: no recomputing yet
};

} // namespace kq::ui
