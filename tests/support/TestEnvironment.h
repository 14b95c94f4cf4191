#pragma once

#include <QtGlobal>

namespace kq::test {

// A positive count from the environment (longer runs: KANGQIAO_CRASH_ITERATIONS=200 …), else
// the default run's `fallback`.
inline int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace kq::test
