#include "SignInBackoff.h"

#include "core/AtomicFile.h"
#include "core/Clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kq {

SignInBackoff::SignInBackoff(QString stateFile, const Clock& clock)
    : m_file(std::move(stateFile)), m_clock(clock)
{
    load();
}

qint64 SignInBackoff::delayAfter(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int exponent = std::min(failures - kFreeAttempts + 1, 16);
    return std::min<qint64>(qint64(1) << exponent, kMaxDelaySecs);
}

qint64 SignInBackoff::secondsToWait() const
{
    const qint64 delay = delayAfter(m_failures);
    if (delay == 0 || !m_lastFailure.isValid())
        return 0;
    const QDateTime now = m_clock.now();
    const qint64 elapsed = m_lastFailure.secsTo(now);
    // A clock set backwards must not unlock early nor lock forever: the wait starts again from
    // the new "now", so it counts down as real time passes.
    if (elapsed < 0) {
        m_lastFailure = now;
        save();
        return delay;
    }
    return std::max<qint64>(0, delay - elapsed);
}

void SignInBackoff::recordFailure()
{
    ++m_failures;
    m_lastFailure = m_clock.now();
    save();
}

void SignInBackoff::recordSuccess()
{
    if (m_failures == 0)
        return;
    m_failures = 0;
    m_lastFailure = {};
    save();
}

void SignInBackoff::load()
{
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
    m_failures = std::clamp(o.value(QStringLiteral("failures")).toInt(), 0, 1000);
    m_lastFailure =
        QDateTime::fromString(o.value(QStringLiteral("last_failure")).toString(), Qt::ISODateWithMs);
}

void SignInBackoff::save() const
{
    const QJsonObject o{{QStringLiteral("failures"), m_failures},
                        {QStringLiteral("last_failure"), m_lastFailure.toUTC().toString(Qt::ISODateWithMs)}};
    // Best effort: failing to persist must not stop a person from signing in.
    (void)writeFileAtomically(m_file, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace kq
