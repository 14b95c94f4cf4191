#include "SignaturePad.h"

#include <QBuffer>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>
#include <QTouchEvent>

#include <algorithm>

namespace kq::ui {

namespace {

constexpr qreal kMouseWidth = 2.5;
constexpr qreal kTouchWidth = 3.0;
constexpr qreal kMinPointDistance = 1.0; // closer points only add jitter

qreal penWidth(qreal pressure)
{
    return 1.0 + 4.0 * std::clamp(pressure, 0.0, 1.0);
}

} // namespace

SignaturePad::SignaturePad(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Signature"));
    setAccessibleDescription(tr("Signature pad. Ctrl+Z undoes the last stroke, Delete clears it."));
}

void SignaturePad::setCaption(const QString& caption)
{
    m_caption = caption;
    setAccessibleName(caption.isEmpty() ? tr("Signature") : caption);
    update();
}

void SignaturePad::setCaptionDrawn(bool drawn)
{
    m_captionDrawn = drawn;
    update();
}

QSize SignaturePad::sizeHint() const
{
    return {480, 180};
}

QSize SignaturePad::minimumSizeHint() const
{
    return {360, 140};
}

void SignaturePad::clear()
{
    if (m_strokes.isEmpty())
        return;
    m_strokes.clear();
    m_touchStrokes.clear();
    m_current = -1;
    m_input = Input::None;
    update();
    Q_EMIT changed();
}

void SignaturePad::undo()
{
    if (m_strokes.isEmpty())
        return;
    m_strokes.removeLast();
    // A stroke still being drawn may have been the one removed; stop extending it.
    m_touchStrokes.clear();
    m_current = -1;
    m_input = Input::None;
    update();
    Q_EMIT changed();
}

QRectF SignaturePad::padRect() const
{
    return QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
}

qreal SignaturePad::baselineY() const
{
    return height() - std::max(28.0, height() * 0.25);
}

// Strokes are stored in the coordinates the pad had when signing began; after a resize they are
// scaled uniformly (never stretched) so the signature keeps its shape and stays on the baseline.
QTransform SignaturePad::strokeToWidget() const
{
    if (m_strokeSpace.isEmpty() || QSizeF(size()) == m_strokeSpace)
        return {};
    const qreal scale = std::min(width() / m_strokeSpace.width(), height() / m_strokeSpace.height());
    QTransform t;
    t.translate((width() - m_strokeSpace.width() * scale) / 2,
                (height() - m_strokeSpace.height() * scale) / 2);
    t.scale(scale, scale);
    return t;
}

qsizetype SignaturePad::beginStroke(QPointF widgetPos, qreal width)
{
    if (m_strokes.isEmpty())
        m_strokeSpace = size();
    const QTransform toStroke = strokeToWidget().inverted();
    const qreal scale = toStroke.m11();
    m_strokes.append(Stroke{QPolygonF{toStroke.map(widgetPos)}, {width * scale}});
    update();
    return m_strokes.size() - 1;
}

void SignaturePad::extendStroke(qsizetype index, QPointF widgetPos, qreal width)
{
    if (index < 0 || index >= m_strokes.size())
        return;
    const QTransform toStroke = strokeToWidget().inverted();
    const QPointF p = toStroke.map(widgetPos);
    Stroke& s = m_strokes[index];
    if (QLineF(s.points.last(), p).length() < kMinPointDistance)
        return;
    s.points.append(p);
    s.widths.append(width * toStroke.m11());
    update();
}

void SignaturePad::finishStroke()
{
    m_current = -1;
    m_input = Input::None;
    Q_EMIT changed();
}

void SignaturePad::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_input != Input::None || !m_touchStrokes.isEmpty()) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_input = Input::Mouse;
    m_current = beginStroke(event->position(), kMouseWidth);
    event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event)
{
    // Follows the press rather than buttons(): some platforms send moves without the button state.
    if (m_input != Input::Mouse) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    extendStroke(m_current, event->position(), kMouseWidth);
    event->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_input != Input::Mouse || event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    extendStroke(m_current, event->position(), kMouseWidth);
    finishStroke();
    event->accept();
}

void SignaturePad::tabletEvent(QTabletEvent* event)
{
    switch (event->type()) {
    case QEvent::TabletPress:
        if (m_input != Input::None)
            break;
        setFocus(Qt::OtherFocusReason);
        m_input = Input::Tablet;
        m_current = beginStroke(event->position(), penWidth(event->pressure()));
        break;
    case QEvent::TabletMove:
        if (m_input == Input::Tablet)
            extendStroke(m_current, event->position(), penWidth(event->pressure()));
        break;
    case QEvent::TabletRelease:
        if (m_input == Input::Tablet)
            finishStroke();
        break;
    default:
        break;
    }
    // Accepted so Qt does not also deliver the same movement as synthesised mouse events.
    event->accept();
}

bool SignaturePad::handleTouch(QTouchEvent* event)
{
    if (event->type() == QEvent::TouchCancel) {
        // The system took the gesture over: what the fingers drew so far was not meant as ink.
        QList<qsizetype> drawn = m_touchStrokes.values();
        std::sort(drawn.begin(), drawn.end(), std::greater<>());
        for (qsizetype i : drawn)
            if (i < m_strokes.size())
                m_strokes.removeAt(i);
        m_touchStrokes.clear();
        update();
        return true;
    }
    bool finished = false;
    for (const QEventPoint& point : event->points()) {
        switch (point.state()) {
        case QEventPoint::Pressed:
            if (m_input == Input::None)
                m_touchStrokes.insert(point.id(), beginStroke(point.position(), kTouchWidth));
            break;
        case QEventPoint::Updated:
            extendStroke(m_touchStrokes.value(point.id(), -1), point.position(), kTouchWidth);
            break;
        case QEventPoint::Released:
            if (m_touchStrokes.contains(point.id())) {
                extendStroke(m_touchStrokes.take(point.id()), point.position(), kTouchWidth);
                finished = true;
            }
            break;
        default:
            break;
        }
    }
    if (event->type() == QEvent::TouchBegin)
        setFocus(Qt::OtherFocusReason);
    if (finished)
        Q_EMIT changed();
    event->accept();
    return true;
}

bool SignaturePad::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
        return handleTouch(static_cast<QTouchEvent*>(event));
    default:
        return QWidget::event(event);
    }
}

void SignaturePad::keyPressEvent(QKeyEvent* event)
{
    // Handled here rather than with QShortcut so the keys act only on the focused pad (a form
    // holds several) and work without an active window.
    if (event->matches(QKeySequence::Undo)) {
        undo();
    } else if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        clear();
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

// Joins the points with quadratic curves through their midpoints, which smooths the corners
// that sampled input leaves.
void SignaturePad::paintStrokes(QPainter& painter, const QList<Stroke>& strokes, const QColor& ink)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    QPen pen(ink, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (const Stroke& s : strokes) {
        const QPolygonF& p = s.points;
        if (p.size() == 1) {
            pen.setWidthF(s.widths.first());
            painter.setPen(pen);
            painter.drawPoint(p.first());
            continue;
        }
        const auto mid = [&p](qsizetype i) { return (p[i] + p[i + 1]) / 2; };
        const bool uniform = std::all_of(s.widths.begin(), s.widths.end(),
                                         [&s](qreal w) { return qFuzzyCompare(w, s.widths.first()); });
        if (uniform) {
            QPainterPath path(p.first());
            path.lineTo(mid(0));
            for (qsizetype i = 1; i + 1 < p.size(); ++i)
                path.quadTo(p[i], mid(i));
            path.lineTo(p.last());
            pen.setWidthF(s.widths.first());
            painter.setPen(pen);
            painter.drawPath(path);
            continue;
        }
        // Pressure varies along the stroke: each piece gets its own width (ink is opaque, so the
        // overlapping round caps do not show).
        for (qsizetype i = 0; i + 1 < p.size(); ++i) {
            QPainterPath piece(i == 0 ? p.first() : mid(i - 1));
            if (i == 0)
                piece.lineTo(mid(0));
            else
                piece.quadTo(p[i], mid(i));
            if (i + 2 == p.size())
                piece.lineTo(p.last());
            pen.setWidthF((s.widths[i] + s.widths[i + 1]) / 2);
            painter.setPen(pen);
            painter.drawPath(piece);
        }
    }
}

void SignaturePad::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    QColor faint = pal.color(QPalette::Text);
    faint.setAlphaF(0.35f);

    const qreal margin = 16;
    const qreal baseline = baselineY();
    painter.setPen(QPen(faint, 1.5));
    painter.drawLine(QPointF(margin, baseline), QPointF(width() - margin, baseline));
    // The customary cross at the start of a signature line.
    const QPointF cross(margin + 6, baseline - 10);
    painter.drawLine(cross + QPointF(-5, -5), cross + QPointF(5, 5));
    painter.drawLine(cross + QPointF(-5, 5), cross + QPointF(5, -5));

    if (m_captionDrawn && !m_caption.isEmpty()) {
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRectF(margin, 6, width() - 2 * margin, fontMetrics().height()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         fontMetrics().elidedText(m_caption, Qt::ElideRight, width() - 2 * int(margin)));
    }
    if (m_strokes.isEmpty()) {
        QFont promptFont = font();
        promptFont.setPointSizeF(promptFont.pointSizeF() * 1.4);
        painter.setFont(promptFont);
        painter.setPen(faint);
        painter.drawText(QRectF(margin + 20, 0, width() - 2 * margin - 20, baseline - 6),
                         Qt::AlignLeft | Qt::AlignBottom, tr("Sign here"));
        painter.setFont(font());
    }

    painter.save();
    painter.setTransform(strokeToWidget(), true);
    paintStrokes(painter, m_strokes, pal.color(QPalette::Text));
    painter.restore();

    painter.setBrush(Qt::NoBrush);
    painter.setPen(
        QPen(hasFocus() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), hasFocus() ? 2 : 1));
    painter.drawRoundedRect(padRect().adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

QImage SignaturePad::toImage(QSize size, const QColor& background) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    if (m_strokes.isEmpty() || size.isEmpty())
        return image;

    QRectF bounds;
    qreal widest = 0;
    for (const Stroke& s : m_strokes) {
        bounds |= s.points.boundingRect();
        widest = std::max(widest, *std::max_element(s.widths.begin(), s.widths.end()));
    }
    bounds.adjust(-widest, -widest, widest, widest);
    const qreal margin = 0.05 * std::min(size.width(), size.height());
    // Capped so a lone dot or a tiny scribble is not blown up to fill the image.
    const qreal scale = std::min(
        {(size.width() - 2 * margin) / bounds.width(), (size.height() - 2 * margin) / bounds.height(), 4.0});

    QPainter painter(&image);
    painter.translate(size.width() / 2.0, size.height() / 2.0);
    painter.scale(scale, scale);
    painter.translate(-bounds.center());
    paintStrokes(painter, m_strokes, Qt::black);
    return image;
}

QByteArray SignaturePad::toPng(QSize size) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    toImage(size).save(&buffer, "PNG");
    return bytes;
}

} // namespace kq::ui
