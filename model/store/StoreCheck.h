#pragma once

#include <QString>
#include <QStringList>

namespace kq {

class Database;

// The checks behind `kangqiao check`: SQLite's integrity_check and foreign_key_check, and the
// audit hash chain. Never throws: a damaged page shows up as a failed check.
struct StoreCheck {
    bool integrityOk = false;
    bool foreignKeysOk = false;
    bool auditOk = false;
    qint64 auditEntries = 0;
    QStringList problems; // untranslated, one line each, first problem first

    bool ok() const { return integrityOk && foreignKeysOk && auditOk; }
    static StoreCheck run(Database& db);
};

} // namespace kq
