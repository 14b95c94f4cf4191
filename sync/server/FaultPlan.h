#pragma once

#include <QRandomGenerator>

namespace kq::platform {

// Faults the reference server can inject into /v1/push and /v1/pull, so the client's retry,
// idempotency and backoff are tested against the real thing (docs/platform-server.md).
struct FaultSettings {
    double drop = 0;      // abort without answering: half before applying, half after
    double reset = 0;     // apply, write part of the response, abort
    double fail5xx = 0;   // answer 503 server_error without applying
    double duplicate = 0; // handle the request twice (as if delivered twice), answer the second
    int delayMs = 0;      // wait 0..delayMs before handling
    quint32 seed = 0;

    bool any() const { return drop > 0 || reset > 0 || fail5xx > 0 || duplicate > 0 || delayMs > 0; }
};

class FaultPlan {
public:
    enum class Outcome { Answer, Fail, DropBefore, DropAfter, Reset };
    struct Decision {
        Outcome outcome = Outcome::Answer;
        bool duplicate = false;
        int delayMs = 0;
    };

    explicit FaultPlan(const FaultSettings& s) : m_settings(s), m_random(s.seed) {}

    bool active() const { return m_settings.any(); }
    // The faults of the next request; a fixed seed gives the same sequence every run.
    Decision next();

private:
    bool roll(double p);

    FaultSettings m_settings;
    QRandomGenerator m_random;
};

} // namespace kq::platform
