#pragma once

#include <QStringList>

namespace kq::platform {

// `kangqiao-platform admin --data DIR <command> [options]`: the platform operator's tools
// (add-centre, issue-code, assign-referral, revoke-device, expire-token, devices). Safe while the
// server runs (same store, WAL, busy timeout).
class AdminCommand {
public:
    // The process exit code; output on stdout, every failure one line on stderr.
    static int run(const QStringList& args);
};

} // namespace kq::platform
