#pragma once

// What the benchmark programs share: their store (created once with the fastest KDF, reused with
// --db), the password it is opened with, and percentiles.

#include "core/Clock.h"
#include "keys/KdfParams.h"
#include "store/Workspace.h"

#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace kq::bench {

inline const QString kPassword = QStringLiteral("Quartz-Meadow-Lantern-7");

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

// Every prefix of `text`, as a person types it.
inline QStringList keystrokes(const QString& text)
{
    QStringList out;
    for (qsizetype i = 1; i <= text.size(); ++i)
        out << text.left(i);
    return out;
}

inline int fail(const Error& e)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(e.describe()));
    return 1;
}

// The benchmark store at `paths`, created when it does not exist (then `created` is set) and
// signed in as "bench"; nullptr after printing why not.
inline std::unique_ptr<Workspace> openStore(const StorePaths& paths, const Clock& clock, bool& created)
{
    created = !QFileInfo::exists(paths.database);
    if (created) {
        Workspace::Setup setup;
        setup.centre = CentreProfile{
            {}, QStringLiteral("BENCH-0001"), QStringLiteral("基准测试中心"), QStringLiteral("110105")};
        setup.username = QStringLiteral("bench");
        setup.displayName = QStringLiteral("Bench");
        setup.kdf = KdfParams::fastest();
        if (Result<SecureBytes> r =
                Workspace::initialise(paths, setup, SecureBytes::fromUtf8(kPassword), clock);
            !r) {
            fail(r.error());
            return nullptr;
        }
    }
    auto workspace = std::make_unique<Workspace>(paths, clock);
    if (Result<void> r = workspace->unlock(QStringLiteral("bench"), SecureBytes::fromUtf8(kPassword)); !r) {
        fail(r.error());
        return nullptr;
    }
    return workspace;
}

} // namespace kq::bench
