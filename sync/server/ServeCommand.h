#pragma once

#include <QStringList>

namespace kq::platform {

// `kangqiao-platform --listen HOST:PORT --data DIR [...]`: serves until SIGTERM/SIGINT. Prints the
// bound port alone on the first line of stdout (tests listen on port 0 and read it).
class ServeCommand {
public:
    // The process exit code; every failure is one line on stderr.
    static int run(const QStringList& args);
};

} // namespace kq::platform
