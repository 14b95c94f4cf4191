#pragma once

#include <QHeaderView>
#include <QTableView>

namespace kq::ui {

// resizeColumnsToContents() lays out the text of every row it reads (font shaping), and Qt reads
// up to 1,000 rows by default: for a client with 500 session logs that was three quarters of
// opening the record. Widths from the first rows (and the visible ones) are as good.
inline constexpr int kColumnSampleRows = 60;

inline void sizeColumnsFromSample(QTableView* view)
{
    view->horizontalHeader()->setResizeContentsPrecision(kColumnSampleRows);
    view->verticalHeader()->setResizeContentsPrecision(kColumnSampleRows);
}

} // namespace kq::ui
