#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace kq {
class Clock;
}

namespace kq::ui {

// Watches the whole application for keyboard and mouse input; when there has been none for the
// timeout, emits idle() once. Time comes from a Clock so tests can move it; poll() does the check
// (a timer calls it every few seconds).
class IdleLock : public QObject {
    Q_OBJECT
public:
    IdleLock(const Clock& clock, int timeoutMinutes, QObject* parent = nullptr);

    void setTimeoutMinutes(int minutes);
    // Start watching (after sign-in) / stop (while locked).
    void arm();
    void disarm();
    void poll();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock& m_clock;
    qint64 m_timeoutMsecs;
    QDateTime m_lastActivity;
    QTimer m_timer;
    bool m_armed = false;
};

} // namespace kq::ui
