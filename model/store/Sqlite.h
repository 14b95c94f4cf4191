#pragma once

// The one place that includes SQLCipher's header. SQLITE_HAS_CODEC comes from the build (the 3.4
// header hides sqlite3_key without it).
#include <sqlcipher/sqlite3.h>
