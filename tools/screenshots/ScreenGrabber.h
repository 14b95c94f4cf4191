#pragma once

#include <QDir>
#include <QSize>
#include <QStringList>
#include <QTimer>

#include <functional>

class QWidget;

namespace kq::shots {

// Saves pictures of widgets as docs/images/<lang>/NN-name.png and keeps the tour moving: a message
// box nobody planned for (a warning a dialog raised) is reported and closed instead of waiting for
// a click that never comes.
class ScreenGrabber {
public:
    // `only`: names to save (empty: all).
    ScreenGrabber(const QString& outDir, QStringList only);
    ~ScreenGrabber();

    bool wants(const QString& name) const;
    // Lays `widget` out at `size` (if valid), shows it, lets it paint, and saves it as `name`.png
    // when wanted. False (with the reason on stderr) when the picture could not be written or
    // came out blank.
    bool save(QWidget* widget, const QString& name, QSize size = {});
    QStringList saved() const { return m_saved; }
    QStringList failures() const { return m_failures; }
    QStringList unexpected() const { return m_unexpected; }

    // Lets queued work (layouts, paints, worker results) happen.
    static void settle(int msecs = 60);
    // Waits until `done` holds or `msecs` pass; false on timeout.
    static bool waitFor(const std::function<bool()>& done, int msecs = 30'000);

private:
    void closeUnexpectedBoxes();

    QDir m_dir;
    QStringList m_only;
    QStringList m_saved;
    QStringList m_failures;
    QStringList m_unexpected;
    QTimer m_watch;
};

} // namespace kq::shots
