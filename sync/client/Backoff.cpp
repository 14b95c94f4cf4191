#include "Backoff.h"

#include <algorithm>

namespace kq::sync {

Backoff::Backoff(Ms base, Ms cap, quint32 seed)
    : m_base(base), m_cap(cap), m_random(seed ? seed : QRandomGenerator::global()->generate())
{
}

Backoff::Ms Backoff::next()
{
    ++m_failures;
    const int doublings = std::min(m_failures - 1, 30);
    const qint64 ceiling = std::min<qint64>(m_cap.count(), m_base.count() << std::min(doublings, 20));
    const qint64 floor = ceiling / 2;
    return Ms(floor + qint64(m_random.bounded(quint64(ceiling - floor + 1))));
}

void Backoff::reset()
{
    m_failures = 0;
}

} // namespace kq::sync
