#include "IdleLock.h"

#include "common/BusyState.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace kq::ui {

IdleLock::IdleLock(const Clock& clock, int timeoutMinutes, QObject* parent)
    : QObject(parent), m_clock(clock), m_timeoutMsecs(qint64(timeoutMinutes) * 60'000)
{
    m_timer.setInterval(5'000);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::poll);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setTimeoutMinutes(int minutes)
{
    m_timeoutMsecs = qint64(minutes) * 60'000;
}

void IdleLock::arm()
{
    m_lastActivity = m_clock.now();
    m_armed = true;
    m_timer.start();
}

void IdleLock::disarm()
{
    m_armed = false;
    m_timer.stop();
}

void IdleLock::poll()
{
    if (busyTaskCount() > 0) {
        m_lastActivity = m_clock.now(); // the person is waiting on the program, not away
        return;
    }
    if (m_armed && m_lastActivity.msecsTo(m_clock.now()) >= m_timeoutMsecs) {
        disarm();
        Q_EMIT idle();
    }
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        m_lastActivity = m_clock.now();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kq::ui
