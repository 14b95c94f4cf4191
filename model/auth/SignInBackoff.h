#pragma once

#include <QDateTime>
#include <QString>

namespace kq {

class Clock;

// Slows down password guessing at this workstation: after a few failures each further attempt
// must wait twice as long as the last (capped). The state lives in a small file next to the
// database so restarting the program does not reset it.
class SignInBackoff {
public:
    static constexpr int kFreeAttempts = 3;
    static constexpr qint64 kMaxDelaySecs = 300;

    SignInBackoff(QString stateFile, const Clock& clock);

    // Seconds until the next attempt is allowed; 0 when allowed now.
    qint64 secondsToWait() const;
    void recordFailure();
    void recordSuccess();
    int failures() const { return m_failures; }

    // The delay that follows `failures` consecutive failures.
    static qint64 delayAfter(int failures);

private:
    void load();
    void save() const;

    QString m_file;
    const Clock& m_clock;
    int m_failures = 0;
    mutable QDateTime m_lastFailure; // re-anchored when the clock is found to have gone back
};

} // namespace kq
