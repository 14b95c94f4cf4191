#pragma once

namespace kq::ui {

// How many slow calls (runBusy) are in progress. While any is, the idle lock waits: locking closes
// the database under the worker thread that is using it (a re-key, a password change).
inline int& busyTaskCount()
{
    static int count = 0;
    return count;
}

// Counts one busy task for its lifetime.
class BusyTaskScope {
public:
    BusyTaskScope() { ++busyTaskCount(); }
    ~BusyTaskScope() { --busyTaskCount(); }
    BusyTaskScope(const BusyTaskScope&) = delete;
    BusyTaskScope& operator=(const BusyTaskScope&) = delete;
};

} // namespace kq::ui
