#include "ServerRevisions.h"

#include "store/Database.h"

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
    // Never backwards: a late answer for an older change must not lower the base.
    auto s = m_db.cached("INSERT OR REPLACE INTO sync_revisions(entity, entity_id, server_rev) "
                         "SELECT ?1, ?2, max(?3, coalesce((SELECT server_rev FROM sync_revisions "
                         "WHERE entity = ?1 AND entity_id = ?2), 0))");
    s->bindAll(entity, id, rev);
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
