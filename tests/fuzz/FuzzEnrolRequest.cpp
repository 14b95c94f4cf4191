#include "WireMessageFuzzing.h"
#include "protocol/EnrolRequest.h"

// The platform decodes POST /v1/enrol bodies from anyone who reaches it: no token yet.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    kq::fuzz::fuzzWireMessage<kq::sync::EnrolRequest>(data, size);
    return 0;
}
