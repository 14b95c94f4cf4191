#pragma once

// One figure of kangqiao-bench: its runs in milliseconds and, where it has one, the same
// statements' runs on the raw-SQLite baseline; printed as median, p95 and their ratio.

#include "BenchSupport.h"

#include <QFile>
#include <QJsonObject>

#include <vector>

namespace kq::bench {

class Figure {
public:
    void add(double ms) { m_ms.push_back(ms); }
    // A negative time is a replay that failed: the figure then has no baseline.
    void addBaseline(double ms)
    {
        if (ms < 0)
            m_baselineFailed = true;
        m_baselineMs.push_back(ms);
    }
    void merge(const Figure& other)
    {
        m_ms.insert(m_ms.end(), other.m_ms.begin(), other.m_ms.end());
        m_baselineMs.insert(m_baselineMs.end(), other.m_baselineMs.begin(), other.m_baselineMs.end());
        m_baselineFailed = m_baselineFailed || other.m_baselineFailed;
    }

    // `targetMs` > 0 adds the target and whether the p95 is within it.
    QJsonObject toJson(double targetMs = 0) const
    {
        QJsonObject o{{QStringLiteral("median_ms"), percentile(m_ms, 0.5)},
                      {QStringLiteral("p95_ms"), percentile(m_ms, 0.95)},
                      {QStringLiteral("runs"), int(m_ms.size())}};
        if (!m_baselineMs.empty() && !m_baselineFailed) {
            const double raw = percentile(m_baselineMs, 0.5);
            o.insert(QStringLiteral("raw_sqlite_median_ms"), raw);
            o.insert(QStringLiteral("raw_sqlite_p95_ms"), percentile(m_baselineMs, 0.95));
            if (raw > 0)
                o.insert(QStringLiteral("ratio_to_raw_sqlite"), percentile(m_ms, 0.5) / raw);
        }
        if (targetMs > 0) {
            o.insert(QStringLiteral("target_ms"), targetMs);
            o.insert(QStringLiteral("within_target"), percentile(m_ms, 0.95) <= targetMs);
        }
        return o;
    }

private:
    std::vector<double> m_ms;
    std::vector<double> m_baselineMs;
    bool m_baselineFailed = false;
};

// The 1-minute load average: figures from a busy machine are not comparable.
inline double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return f.readAll().split(' ').value(0).toDouble();
}

} // namespace kq::bench
