#pragma once

#include <QString>

namespace kq {

// Record ids are client-generated UUIDs, so records made offline on several workstations never
// collide. Version 7 (RFC 9562: 48-bit Unix milliseconds, then random bits): ids made one after
// another sort together, so inserting them touches the end of each index instead of a random page
// (with 100,000 clients that is the difference between cached and decrypted-from-disk pages).
QString newId();

} // namespace kq
