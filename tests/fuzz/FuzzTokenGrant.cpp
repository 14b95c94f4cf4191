#include "WireMessageFuzzing.h"
#include "protocol/TokenGrant.h"

// The workstation decodes a rotated token; the token goes into every later request's header.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    kq::fuzz::fuzzWireMessage<kq::sync::TokenGrant>(data, size);
    return 0;
}
