#pragma once

namespace kq::platform {

// SIGTERM and SIGINT quit the event loop (a clean shutdown: open requests finish, the store closes)
// instead of killing the process mid-transaction. A self-pipe: a signal handler may only write().
void quitOnTerminationSignals();

} // namespace kq::platform
