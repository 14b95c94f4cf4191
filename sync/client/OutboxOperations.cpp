#include "OutboxOperations.h"

namespace kq::sync {

PushOperation toPushOperation(const OutboxOperation& o)
{
    return {o.opId, o.entity, o.entityId, o.op, o.fields, o.baseServerRev};
}

} // namespace kq::sync
