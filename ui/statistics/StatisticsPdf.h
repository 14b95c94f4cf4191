#pragma once

#include "statistics/StatisticsReport.h"

#include <QByteArray>
#include <QImage>
#include <QList>

namespace kq::ui {

// The report as a PDF (A4): the cover (centre, period, rule, generated at and by, how small counts
// are shown), the charts as drawn on the page, then every indicator group as a table. Small counts
// are suppressed as in the other formats. The text stays selectable (decision 0008's font).
namespace StatisticsPdf {
QByteArray render(const StatisticsReport& report, const QList<QImage>& charts);
}

} // namespace kq::ui
