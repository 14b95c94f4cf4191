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
    db.cached("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")->bindAll(key, value).exec();
}

} // namespace kq::Meta
