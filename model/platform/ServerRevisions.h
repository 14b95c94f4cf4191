#pragma once

#include <QString>

#include <optional>

namespace kq {

class Database;

// The platform's revision of each record this workstation has seen (table sync_revisions): the
// base a local change is made against, so the platform can tell a merge from a conflict.
class ServerRevisions {
public:
    explicit ServerRevisions(Database& db) : m_db(db) {}

    std::optional<qint64> of(const QString& entity, const QString& id);
    void set(const QString& entity, const QString& id, qint64 rev);
    void forget(const QString& entity, const QString& id);
    qint64 count();

private:
    Database& m_db;
};

} // namespace kq
