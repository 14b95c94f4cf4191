#include "WireMessageFuzzing.h"
#include "protocol/PushResponse.h"

// The workstation decodes the platform's answer to a push: applied, duplicate, conflict, rejected.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    kq::fuzz::fuzzWireMessage<kq::sync::PushResponse>(data, size);
    return 0;
}
