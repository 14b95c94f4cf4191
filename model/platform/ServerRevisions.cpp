#include "ServerRevisions.h"

#include "store/Database.h"

#include <algorithm>

namespace kq {

std::optional<qint64> ServerRevisions::of(const QString& entity, const QString& id)
{
    auto s = m_db.cached("SELECT server_rev FROM sync_revisions WHERE entity = ? AND entity_id = ?");
    s->bindAll(entity, id);
    if (!s->step())
        return std::nullopt;
    return s->int64(0);
}

void ServerRevisions::set(const QString& entity, const QString& id, qint64 rev)
{
    // Never backwards: a late answer for an older change must not lower the base. Read, then write
    // only a higher revision with a single-row INSERT or UPDATE: the former `INSERT OR REPLACE …
    // SELECT` ran for every pulled record and opened a statement journal each time, whose pages
    // SQLCipher encrypts (decision 0005).
    const std::optional<qint64> known = of(entity, id);
    if (known && *known >= rev)
        return;
    if (!known) {
        auto s = m_db.cached("INSERT INTO sync_revisions(entity, entity_id, server_rev) VALUES (?, ?, ?)");
        s->bindAll(entity, id, std::max<qint64>(rev, 0));
        s->exec();
        return;
    }
    auto s = m_db.cached("UPDATE sync_revisions SET server_rev = ? WHERE entity = ? AND entity_id = ?");
    s->bindAll(rev, entity, id);
    s->exec();
}

void ServerRevisions::forget(const QString& entity, const QString& id)
{
    auto s = m_db.cached("DELETE FROM sync_revisions WHERE entity = ? AND entity_id = ?");
    s->bindAll(entity, id);
    s->exec();
}

qint64 ServerRevisions::count()
{
    return m_db.queryInt("SELECT count(*) FROM sync_revisions");
}

} // namespace kq
