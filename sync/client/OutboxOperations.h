#pragma once

#include "protocol/PushOperation.h"
#include "store/Outbox.h"

namespace kq::sync {

// The wire form of an operation the journal wrote.
PushOperation toPushOperation(const OutboxOperation& o);

} // namespace kq::sync
