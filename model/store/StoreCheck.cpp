#include "StoreCheck.h"

#include "Database.h"
#include "StoreError.h"
#include "audit/AuditLog.h"

namespace kq {

StoreCheck StoreCheck::run(Database& db)
{
    StoreCheck c;
    try {
        Statement s = db.prepare("PRAGMA integrity_check");
        QStringList lines;
        while (s.step())
            lines << s.text(0);
        c.integrityOk = lines == QStringList{QStringLiteral("ok")};
        if (!c.integrityOk)
            c.problems << QStringLiteral("integrity_check: %1").arg(lines.value(0));
    } catch (const StoreError& e) {
        c.problems << QStringLiteral("integrity_check: %1").arg(e.message());
    }
    try {
        Statement s = db.prepare("PRAGMA foreign_key_check");
        c.foreignKeysOk = !s.step();
        if (!c.foreignKeysOk)
            c.problems << QStringLiteral("foreign_key_check: table %1 row %2 refers to a missing %3")
                              .arg(s.text(0), s.text(1), s.text(2));
    } catch (const StoreError& e) {
        c.problems << QStringLiteral("foreign_key_check: %1").arg(e.message());
    }
    try {
        AuditLog log(db);
        c.auditEntries = log.count();
        const std::optional<AuditLog::Break> b = log.verify();
        c.auditOk = !b;
        if (b)
            c.problems << QStringLiteral("audit chain: %1").arg(b->reason);
    } catch (const StoreError& e) {
        c.problems << QStringLiteral("audit chain: %1").arg(e.message());
    }
    return c;
}

} // namespace kq
