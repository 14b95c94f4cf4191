#pragma once

#include "Indicator.h"
#include "ReportPeriod.h"

#include <QDateTime>

namespace kq {

// One report as exported (XLSX, CSV, JSON, PDF) and shown: aggregates only, never names or ids.
// `suppressBelow` > 0 hides counts from 1 to suppressBelow - 1 (for sharing outside the centre:
// small cells could point at a person); zero stays zero, it identifies no one.
struct StatisticsReport {
    QString centreName;
    QString centreCode;
    ReportPeriod period;
    QString rule; // the standardised-service rule used, in words
    QDateTime generatedAt;
    QString generatedBy; // display name (username)
    int suppressBelow = 0;
    QList<IndicatorGroup> groups;

    bool isSuppressed(qint64 count) const { return suppressBelow > 0 && count > 0 && count < suppressBelow; }
};

} // namespace kq
