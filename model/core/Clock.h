#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace kq {

// Anything that depends on "now" (auto-lock, back-off, deadlines, edit windows) asks a Clock,
// so tests can move time without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // "now" as stored in the database: UTC, ISO 8601 with milliseconds.
    QString nowIso() const { return now().toUTC().toString(Qt::ISODateWithMs); }

    static const Clock& system();
};

// A clock that only moves when told to; for tests and demo data.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void advance(qint64 msecs) { m_now = m_now.addMSecs(msecs); }
    void set(const QDateTime& t) { m_now = t; }

private:
    QDateTime m_now;
};

} // namespace kq
