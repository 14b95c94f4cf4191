#pragma once

#include <QRandomGenerator>

#include <chrono>

namespace kq::sync {

// Exponential backoff with full jitter: after the n-th consecutive failure wait a random time in
// [base·2^(n-1) / 2, base·2^(n-1)], capped, so many workstations coming back together after an
// outage do not retry in step. Seedable for tests.
class Backoff {
public:
    using Ms = std::chrono::milliseconds;

    explicit Backoff(Ms base = Ms(2000), Ms cap = Ms(15 * 60 * 1000), quint32 seed = 0);

    Ms next(); // the wait after one more failure
    void reset();
    int failures() const { return m_failures; }

private:
    Ms m_base;
    Ms m_cap;
    int m_failures = 0;
    QRandomGenerator m_random;
};

} // namespace kq::sync
