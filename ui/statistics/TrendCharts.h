#pragma once

#include "statistics/StatisticsReport.h"

#include <QCoreApplication>
#include <QHash>

class QChart;

namespace kq {
struct StaffProfile;
}

namespace kq::ui {

// The dashboard's charts, built from reports of consecutive months (oldest first). Each chart is
// new and unowned: the caller hands it to a QChartView, which then owns it.
class TrendCharts {
    Q_DECLARE_TR_FUNCTIONS(TrendCharts)
public:
    // The indicator with this key, or nullptr when the report has none.
    static const Indicator* find(const StatisticsReport& report, const QString& key);

    static QChart* clientsInService(const QList<StatisticsReport>& months);
    // The rate in percent, against the yearly targets of 30, 45 and 60 % (2023, 2024, 2025).
    static QChart* standardServiceRate(const QList<StatisticsReport>& months);
    // Stacked per month: the six contents with most services over the whole span, then "Other".
    // `contentNames` maps a content key to its name in the catalogue.
    static QChart* servicesByContent(const QList<StatisticsReport>& months,
                                     const QHash<QString, QString>& contentNames);
    // Hours of training this year per direct-service staff member, against the 20 h a year.
    static QChart* staffTraining(const StatisticsReport& month, const QList<StaffProfile>& staff);
};

} // namespace kq::ui
