#pragma once

#include "statistics/StatisticsReport.h"
#include "statistics/TrendReports.h"

#include <QCoreApplication>
#include <QHash>

class QChart;

namespace kq::ui {

// The dashboard's charts, built from the trend points of consecutive months (oldest first). Each
// chart is new and unowned: the caller hands it to a QChartView (or ChartImages), which then owns it.
class TrendCharts {
    Q_DECLARE_TR_FUNCTIONS(TrendCharts)
public:
    // The indicator with this key, or nullptr when the report has none.
    static const Indicator* find(const StatisticsReport& report, const QString& key);

    // The dashboard's four charts in its order (the PDF report prints the same): clients in service,
    // the standardised-service rate, services by content over `trend`'s months, and the training
    // of `current`'s staff indicators (the month shown, or the exported period).
    static QList<QChart*> all(const TrendReports& trend, const StatisticsReport& current);

    static QChart* clientsInService(const QList<TrendPoint>& months);
    // The rate in percent, against the yearly targets of 30, 45 and 60 % (2023, 2024, 2025).
    static QChart* standardServiceRate(const QList<TrendPoint>& months);
    // Stacked per month: the six contents with most services over the whole span, then "Other".
    // `contentNames` maps a content key to its name in the catalogue.
    static QChart* servicesByContent(const QList<TrendPoint>& months,
                                     const QHash<QString, QString>& contentNames);
    // Hours of training this year per direct-service staff member, against the 20 h a year.
    static QChart* staffTraining(const StatisticsReport& month, const QList<StaffProfile>& staff);
};

} // namespace kq::ui
