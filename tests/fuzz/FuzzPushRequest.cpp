#include "WireMessageFuzzing.h"
#include "protocol/PushRequest.h"

// The platform decodes POST /v1/push bodies (audit head and operations) from every enrolled workstation.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    kq::fuzz::fuzzWireMessage<kq::sync::PushRequest>(data, size);
    return 0;
}
