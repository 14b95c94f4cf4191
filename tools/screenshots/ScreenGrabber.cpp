#include "ScreenGrabber.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMessageBox>
#include <QPixmap>
#include <QSet>
#include <QWidget>

#include <cstdio>

namespace kq::shots {

namespace {
// A picture of a window has text, frames and fields: far more than a few colours. A blank or
// unpainted grab is one or two.
bool looksBlank(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 5) {
            colours.insert(image.pixel(x, y));
            if (colours.size() > 16)
                return false;
        }
    return true;
}
} // namespace

ScreenGrabber::ScreenGrabber(const QString& outDir, QStringList only) : m_dir(outDir), m_only(std::move(only))
{
    m_dir.mkpath(QStringLiteral("."));
    m_watch.setInterval(250);
    QObject::connect(&m_watch, &QTimer::timeout, [this] { closeUnexpectedBoxes(); });
    m_watch.start();
}

ScreenGrabber::~ScreenGrabber() = default;

bool ScreenGrabber::wants(const QString& name) const
{
    return m_only.isEmpty() || m_only.contains(name);
}

void ScreenGrabber::settle(int msecs)
{
    QElapsedTimer timer;
    timer.start();
    do {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    } while (timer.elapsed() < msecs);
}

bool ScreenGrabber::waitFor(const std::function<bool()>& done, int msecs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > msecs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

bool ScreenGrabber::save(QWidget* widget, const QString& name, QSize size)
{
    if (!wants(name))
        return true;
    if (size.isValid())
        widget->resize(size);
    if (!widget->isVisible())
        widget->show();
    settle();
    const QImage image = widget->grab().toImage();
    const QString path = m_dir.filePath(name + QStringLiteral(".png"));
    if (image.isNull() || looksBlank(image)) {
        m_failures << name;
        std::fprintf(stderr, "kangqiao-screenshots: %s came out blank\n", qPrintable(name));
        return false;
    }
    if (!image.save(path, "PNG")) {
        m_failures << name;
        std::fprintf(stderr, "kangqiao-screenshots: could not write %s\n", qPrintable(path));
        return false;
    }
    m_saved << name;
    return true;
}

void ScreenGrabber::closeUnexpectedBoxes()
{
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    if (!box)
        return;
    const QString text = box->windowTitle() + QStringLiteral(": ") + box->text();
    m_unexpected << text;
    std::fprintf(stderr, "kangqiao-screenshots: closed an unexpected message: %s\n", qPrintable(text));
    box->done(QMessageBox::Cancel);
}

} // namespace kq::shots
