#pragma once

#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QWidget>

class QPainter;
class QTouchEvent;

namespace kq::ui {

// Captures a handwritten signature (client, guardian or staff) with the mouse, a pen or a finger.
// Strokes are kept as vector points with per-point widths, so repainting after a resize and the
// exported image stay sharp at any size.
class SignaturePad : public QWidget {
    Q_OBJECT
public:
    explicit SignaturePad(QWidget* parent = nullptr);

    // Shown at the top of the pad (e.g. "Client: 张三") and used as the accessible name.
    void setCaption(const QString& caption);
    QString caption() const { return m_caption; }
    // A surrounding widget that shows the caption itself turns the painted one off.
    void setCaptionDrawn(bool drawn);

    bool isEmpty() const { return m_strokes.isEmpty(); }
    qsizetype strokeCount() const { return m_strokes.size(); }

    // The strokes in black, scaled to fit `size` and centred; `background` is transparent by
    // default so the image can be laid over a printed form.
    QImage toImage(QSize size = {600, 200}, const QColor& background = Qt::transparent) const;
    QByteArray toPng(QSize size = {600, 200}) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void clear();
    void undo();

Q_SIGNALS:
    // A stroke was finished, undone or everything was cleared.
    void changed();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Stroke {
        QPolygonF points;    // in stroke space (see strokeToWidget)
        QList<qreal> widths; // one pen width per point, from pressure where there is any
    };
    enum class Input { None, Mouse, Tablet };

    qsizetype beginStroke(QPointF widgetPos, qreal width);
    void extendStroke(qsizetype index, QPointF widgetPos, qreal width);
    void finishStroke();
    bool handleTouch(QTouchEvent* event);
    QTransform strokeToWidget() const;
    QRectF padRect() const;
    qreal baselineY() const;
    static void paintStrokes(QPainter& painter, const QList<Stroke>& strokes, const QColor& ink);

    QList<Stroke> m_strokes;
    QSizeF m_strokeSpace;                 // the pad size when the first stroke began
    Input m_input = Input::None;          // the device drawing the current stroke, so a pen or
    qsizetype m_current = -1;             // touch does not also draw through synthesised mouse
    QHash<int, qsizetype> m_touchStrokes; // touch point id -> its stroke
    QString m_caption;
    bool m_captionDrawn = true;
};

} // namespace kq::ui
