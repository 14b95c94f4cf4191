#include "WireMessageFuzzing.h"
#include "protocol/PullPage.h"

// The workstation decodes each page of GET /v1/pull: the changes it will apply to its store.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    kq::fuzz::fuzzWireMessage<kq::sync::PullPage>(data, size);
    return 0;
}
