#pragma once

#include "SyncConflict.h"

#include <QList>

namespace kq {

class Database;

// Reads and writes sync_conflicts. A conflict reaches a workstation twice (in the answer to its
// push and in the next pull) and other workstations once: record() keeps the first copy, and a
// resolution made elsewhere closes it here. Joins the caller's transaction.
class ConflictStore {
public:
    explicit ConflictStore(Database& db) : m_db(db) {}

    void record(const SyncConflict& conflict);
    // A resolution that arrived from the platform (or was made here).
    void markResolved(const QString& id, const QString& resolution, const QJsonObject& values,
                      const QString& by, const QDateTime& at);
    std::optional<SyncConflict> find(const QString& id);
    QList<SyncConflict> open();
    qint64 openCount();

private:
    Database& m_db;
};

} // namespace kq
