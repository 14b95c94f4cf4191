#pragma once

#include <QString>

#include <stdexcept>

namespace kq::platform {

// The platform store failed (disk, lock timeout, corrupt file): not a caller's mistake, so it is
// an exception; the HTTP layer answers 500 server_error and the admin CLI prints one line.
class StoreFailure : public std::runtime_error {
public:
    explicit StoreFailure(const QString& what) : std::runtime_error(what.toStdString()) {}
};

} // namespace kq::platform
