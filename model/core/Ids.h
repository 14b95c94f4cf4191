#pragma once

#include <QString>

namespace kq {

// Record ids are client-generated UUIDs, so records made offline on several workstations never
// collide. Version 7 (RFC 9562: 48-bit Unix milliseconds, then random bits): ids made one after
// another sort together, so inserting them touches the end of each index instead of a random page
// (with 100,000 clients that is the difference between cached and decrypted-from-disk pages).
QString newId();

// The id of a record that has one natural key instead of an id of its own (a calendar day, a
// staff profile's username, a client's case file, a platform referral's case): a name-based UUID
// (version 5) of `entity` and `key`, so every workstation derives the same id and their changes
// meet on one record at the platform.
QString derivedId(const QString& entity, const QString& key);

} // namespace kq
