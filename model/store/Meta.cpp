#include "Meta.h"

#include "Database.h"

namespace kq::Meta {

QString read(Database& db, const QString& key)
{
    auto s = db.cached("SELECT value FROM meta WHERE key = ?");
    s->bind(1, key);
    return s->step() ? s->text(0) : QString();
}

void write(Database& db, const QString& key, const QString& value)
{
    // UPDATE first: a REPLACE would delete and re-insert the row (and its index entry) every time.
    db.cached("UPDATE meta SET value = ? WHERE key = ?")->bindAll(value, key).exec();
    if (db.changes() == 0)
        db.cached("INSERT INTO meta(key, value) VALUES (?, ?)")->bindAll(key, value).exec();
}

} // namespace kq::Meta
