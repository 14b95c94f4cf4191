#pragma once

#include <QImage>
#include <QList>
#include <QSize>

class QChart;

namespace kq::ui {

// Charts drawn into images with no window: the PDF report of `kangqiao stats --format pdf`, where
// nothing is on screen to grab. Needs a QApplication (any platform, offscreen included).
namespace ChartImages {

// The size each chart is laid out at, in logical pixels: about the dashboard's, so titles, legends
// and axis labels keep the proportions they have on screen and in the window's PDF.
inline constexpr QSize kPrintSize{720, 400};

// Each chart laid out at `size` and drawn at twice that resolution on white (sharp when printed);
// the images report a device pixel ratio of 2. Takes the charts and deletes them.
QList<QImage> render(const QList<QChart*>& charts, const QSize& size = kPrintSize);

} // namespace ChartImages

} // namespace kq::ui
