#pragma once

#include <QString>

#include <span>

namespace kq {

class Database;

// Numbered schema migrations. Migration N moves the schema from version N-1 to N inside one
// transaction, together with PRAGMA user_version, so a failed step leaves the previous version.
struct Migration {
    int version;
    const char* description;
    const char* sql;
};

namespace Migrations {

std::span<const Migration> all();
int latestVersion();

// Brings `db` up to `target` (default: latest). Throws StoreError when the file is newer than
// this program understands, or when a step fails.
void migrate(Database& db, int target = -1);
int currentVersion(Database& db);

} // namespace Migrations
} // namespace kq
