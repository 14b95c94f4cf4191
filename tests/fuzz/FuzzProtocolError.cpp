#include "WireMessageFuzzing.h"
#include "protocol/ProtocolError.h"

// Error answers as the platform writes them and its contract tests read them back.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    kq::fuzz::fuzzWireMessage<kq::sync::ProtocolError>(data, size);
    return 0;
}
