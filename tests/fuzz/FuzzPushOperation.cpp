#include "WireMessageFuzzing.h"
#include "protocol/PushOperation.h"

// The platform decodes each pushed operation on its own (OperationApplier), whatever its neighbours hold.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    kq::fuzz::fuzzWireMessage<kq::sync::PushOperation>(data, size);
    return 0;
}
