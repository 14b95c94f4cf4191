#include "WireMessageFuzzing.h"
#include "protocol/Enrolment.h"

// The workstation decodes the platform's answer to its enrolment (device id, token, centre).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    kq::fuzz::fuzzWireMessage<kq::sync::Enrolment>(data, size);
    return 0;
}
