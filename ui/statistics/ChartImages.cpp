#include "ChartImages.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

namespace kq::ui::ChartImages {

QList<QImage> render(const QList<QChart*>& charts, const QSize& size)
{
    constexpr qreal kScale = 2.0;
    QList<QImage> out;
    for (QChart* chart : charts) {
        QGraphicsScene scene; // owns the chart from addItem on, and deletes it
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
        scene.setSceneRect(chart->geometry());
        QImage image(size * kScale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(kScale);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
        painter.end();
        out << image;
    }
    return out;
}

} // namespace kq::ui::ChartImages
