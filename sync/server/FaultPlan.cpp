#include "FaultPlan.h"

namespace kq::platform {

bool FaultPlan::roll(double p)
{
    // Always draw, so each request consumes the same randomness whatever the probabilities.
    const double r = m_random.generateDouble();
    return p > 0 && r < p;
}

FaultPlan::Decision FaultPlan::next()
{
    Decision d;
    const bool fail = roll(m_settings.fail5xx);
    const bool drop = roll(m_settings.drop);
    const bool dropAfter = roll(0.5);
    const bool reset = roll(m_settings.reset);
    d.duplicate = roll(m_settings.duplicate);
    d.delayMs = m_settings.delayMs > 0 ? int(m_random.bounded(m_settings.delayMs + 1)) : 0;
    if (fail)
        d.outcome = Outcome::Fail;
    else if (drop)
        d.outcome = dropAfter ? Outcome::DropAfter : Outcome::DropBefore;
    else if (reset)
        d.outcome = Outcome::Reset;
    return d;
}

} // namespace kq::platform
